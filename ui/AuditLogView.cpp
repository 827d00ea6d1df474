#include "ui/AuditLogView.h"

#include "cache/AuditTreeStore.h"
#include "cache/CacheStore.h"
#include "core/AuditChain.h"
#include "core/CanonicalJson.h"
#include "core/PermissionMatrix.h"
#include "models/AuditLogModel.h"
#include "net/AuditSync.h"
#include "net/CheckpointCheck.h"
#include "net/RequiredWitnesses.h"
#include "services/AuditExport.h"
#include "services/AuditExportEvidence.h"
#include "ui/AuditReportWriter.h"
#include "ui/TestHooks.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace purser {

AuditLogView::AuditLogView(const Workspace& workspace, QWidget* parent)
    : WorkspaceView(workspace, parent), m_model(new AuditLogModel(workspace.cache, this)),
      m_entity(new QComboBox(this)), m_action(new QComboBox(this)), m_actor(new QLineEdit(this)),
      m_text(new QLineEdit(this)), m_useDates(new QCheckBox(tr("&Dates:"), this)),
      m_from(new QDateEdit(QDate::currentDate().addMonths(-1), this)),
      m_to(new QDateEdit(QDate::currentDate(), this)), m_table(new QTableView(this)),
      m_detail(new QTextBrowser(this)), m_bom(new QCheckBox(tr("UTF-8 &BOM for Excel"), this)),
      m_verify(new QPushButton(tr("&Verify integrity"), this)), m_searchDelay(new QTimer(this)),
      m_searching(new QLabel(this)), m_alarm(new QLabel(this))
{
    m_alarm->setWordWrap(true);
    m_alarm->setAccessibleName(tr("Audit history alarm"));
    m_alarm->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_alarm->setStyleSheet(QStringLiteral(
        "QLabel { color: white; background: #b00020; padding: 10px; font-weight: bold; }"));
    m_alarm->hide();
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(searchDelayMs);
    m_entity->setAccessibleName(tr("Record type"));
    m_entity->addItem(tr("Any record type"), QString());
    for (const char* type : {"employee", "payroll_run", "claim", "receipt", "member", "invitation",
                             "api_key", "settings", "session"}) {
        m_entity->addItem(QLatin1String(type), QLatin1String(type));
    }
    m_action->setAccessibleName(tr("Action"));
    m_action->addItem(tr("Any action"), QString());
    for (const char* action : {"create", "update", "delete", "submit", "approve", "reject",
                               "return", "mark_paid", "upload", "sign_in", "sign_out"}) {
        m_action->addItem(QLatin1String(action), QLatin1String(action));
    }
    m_actor->setPlaceholderText(tr("Who"));
    m_actor->setAccessibleName(tr("Actor"));
    m_text->setPlaceholderText(tr("Search the audit log"));
    m_text->setAccessibleName(tr("Search the audit log"));
    m_text->setClearButtonEnabled(true);
    m_from->setCalendarPopup(true);
    m_to->setCalendarPopup(true);
    m_from->setAccessibleName(tr("From date"));
    m_to->setAccessibleName(tr("To date"));

    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Audit log"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_detail->setAccessibleName(tr("Audit entry details"));

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_text, 2);
    filters->addWidget(m_entity);
    filters->addWidget(m_action);
    filters->addWidget(m_actor, 1);
    filters->addWidget(m_useDates);
    filters->addWidget(m_from);
    filters->addWidget(m_to);
    filters->addWidget(m_searching);
    m_searching->hide();
    connect(m_model, &AuditLogModel::searchProgress, this, [this](int percent) {
        m_searching->setText(tr("Searching… %1%").arg(percent));
        m_searching->show();
    });
    connect(m_model, &AuditLogModel::searchFinished, m_searching, &QWidget::hide);
    auto* buttons = new QHBoxLayout;
    if (allows(workspace.role(), Permission::AuditExport)) {
        m_export = new QPushButton(tr("E&xport"), this);
        auto* menu = new QMenu(m_export);
        connect(menu->addAction(tr("CSV…")), &QAction::triggered, this,
                [this]() { chooseExport(ExportFormat::Csv); });
        connect(menu->addAction(tr("JSON Lines…")), &QAction::triggered, this,
                [this]() { chooseExport(ExportFormat::Jsonl); });
        connect(menu->addAction(tr("PDF report…")), &QAction::triggered, this,
                [this]() { chooseExport(ExportFormat::Pdf); });
        m_export->setMenu(menu);
        buttons->addWidget(m_export);
        buttons->addWidget(m_bom);
    } else {
        m_bom->hide();
    }
    buttons->addStretch(1);
    buttons->addWidget(m_verify);
    connect(m_verify, &QPushButton::clicked, this,
            [this]() { tell(tr("Audit log integrity"), verifyIntegrity()); });

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_alarm);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);

    // Typing restarts the delay, so a word typed quickly is one query, not one per letter.
    connect(m_text, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_actor, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &AuditLogView::applyFilter);
    connect(m_text, &QLineEdit::returnPressed, this, &AuditLogView::applyFilter);
    connect(m_actor, &QLineEdit::returnPressed, this, &AuditLogView::applyFilter);
    connect(m_entity, &QComboBox::currentIndexChanged, this, &AuditLogView::applyFilter);
    connect(m_action, &QComboBox::currentIndexChanged, this, &AuditLogView::applyFilter);
    connect(m_useDates, &QCheckBox::toggled, this, &AuditLogView::applyFilter);
    connect(m_from, &QDateEdit::dateChanged, this, &AuditLogView::applyFilter);
    connect(m_to, &QDateEdit::dateChanged, this, &AuditLogView::applyFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AuditLogView::showDetail);
    applyFilter();
    sizeWhenColumn();
    showAlarm();
}

void AuditLogView::sizeWhenColumn()
{
    // Sized for a whole timestamp (not to the contents of a million rows): the form the
    // server writes (RFC 3339 with milliseconds) or the header, whichever is wider.
    const QFontMetrics metrics(m_table->font());
    const int text =
        metrics.horizontalAdvance(QStringLiteral("2088-08-28T28:58:58.888Z")) +
        2 * m_table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_table) + 12;
    const int header = m_table->horizontalHeader()->sectionSizeHint(AuditLogModel::OccurredAt);
    m_table->horizontalHeader()->resizeSection(AuditLogModel::OccurredAt, qMax(text, header));
    // The entry number: seven digits (a million entries and more) rather than a wide column.
    m_table->horizontalHeader()->resizeSection(
        AuditLogModel::Seq,
        metrics.horizontalAdvance(QStringLiteral("8888888")) +
            2 * m_table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_table) + 12);
}

void AuditLogView::reload()
{
    m_model->reload();
    showAlarm();
}

void AuditLogView::showAlarm()
{
    const auto alarm =
        workspace().cache.isOpen() ? AuditTreeStore(workspace().cache).alarm() : std::nullopt;
    m_alarm->setText(alarm ? AuditSync::describe(*alarm) : QString());
    m_alarm->setVisible(alarm.has_value());
}

void AuditLogView::focusSearch()
{
    m_text->setFocus(Qt::ShortcutFocusReason);
    m_text->selectAll();
}

void AuditLogView::applyFilter()
{
    AuditFilter filter;
    m_searchDelay->stop(); // whatever was typed is in this query
    filter.text = m_text->text().trimmed();
    filter.actor = m_actor->text().trimmed();
    filter.entityType = m_entity->currentData().toString();
    filter.action = m_action->currentData().toString();
    if (m_useDates->isChecked()) {
        filter.from = m_from->date();
        filter.to = m_to->date();
    }
    m_model->setFilter(filter);
    showDetail();
}

void AuditLogView::showDetail()
{
    const QJsonObject entry = m_model->entry(m_table->currentIndex().row());
    if (entry.isEmpty()) {
        m_detail->setPlainText(tr("Select an entry to see what changed."));
        return;
    }
    QString html =
        QStringLiteral("<h3>") + entry.value(QStringLiteral("summary")).toString().toHtmlEscaped() +
        QStringLiteral("</h3><table><tr><th>") + tr("Field") + QStringLiteral("</th><th>") +
        tr("Before") + QStringLiteral("</th><th>") + tr("After") + QStringLiteral("</th></tr>");
    const QJsonObject changes = entry.value(QStringLiteral("changes")).toObject();
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        const QJsonArray pair = it.value().toArray();
        const auto show = [](const QJsonValue& v) {
            return v.isString() ? v.toString()
                                : QString::fromUtf8(canonicalJson(v).value_or(QByteArray()));
        };
        html += QStringLiteral("<tr><td>") + it.key().toHtmlEscaped() +
                QStringLiteral("</td><td>") + show(pair.at(0)).toHtmlEscaped() +
                QStringLiteral("</td><td>") + show(pair.at(1)).toHtmlEscaped() +
                QStringLiteral("</td></tr>");
    }
    html +=
        QStringLiteral("</table><pre>") +
        QString::fromUtf8(QJsonDocument(entry).toJson(QJsonDocument::Indented)).toHtmlEscaped() +
        QStringLiteral("</pre>");
    m_detail->setHtml(html);
}

void AuditLogView::tell(const QString& title, const QString& text)
{
    // Through TestHooks so a GUI test reads the verdict without a human closing the box.
    QMessageBox box(QMessageBox::Information, title, text, QMessageBox::Ok, this);
    TestHooks::execDialog(&box);
}

void AuditLogView::chooseExport(ExportFormat format)
{
    const QString filter = format == ExportFormat::Csv     ? tr("CSV files (*.csv)")
                           : format == ExportFormat::Jsonl ? tr("JSON Lines (*.jsonl)")
                                                           : tr("PDF files (*.pdf)");
    const QString path = TestHooks::saveFileName(this, tr("Export the audit log"), filter);
    if (!path.isEmpty()) {
        tell(tr("Export"), exportTo(format, path));
    }
}

QString AuditLogView::exportTo(ExportFormat format, const QString& path)
{
    CacheStore store(workspace().cache);
    const qint64 last = store.auditTip().seq;
    QProgressDialog progress(tr("Exporting the audit log…"), tr("Cancel"), 0, 1000, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    const auto checkpoint = store.checkpoint();
    // The matching entries go to the file a chunk at a time (CSV, JSON Lines), with progress.
    const auto matching = [&](const AuditExport::ChunkSink& sink) {
        return m_model->forEachMatching([&](const QList<QJsonObject>& chunk) {
            const qint64 seq = chunk.last().value(QStringLiteral("seq")).toInteger();
            progress.setValue(last > 0 ? static_cast<int>(seq * 1000 / last) : 0);
            return sink(chunk) && !progress.wasCanceled();
        });
    };
    if (format != ExportFormat::Pdf) {
        // Proven against a checkpoint with its cosignatures; with witnesses required in
        // Settings, the newest one they all cosigned, and the export stops there.
        const QStringList required = RequiredWitnesses::fingerprints();
        const AuditExportEvidence::Choice choice =
            AuditExportEvidence::choose(workspace().cache, &store, required, nullptr);
        const auto upToChoice = [&](const AuditExport::ChunkSink& sink) {
            return matching([&](const QList<QJsonObject>& chunk) {
                if (choice.lastSeq == 0) {
                    return sink(chunk);
                }
                QList<QJsonObject> kept;
                for (const QJsonObject& entry : chunk) {
                    if (entry.value(QStringLiteral("seq")).toInteger() <= choice.lastSeq) {
                        kept.append(entry);
                    }
                }
                return kept.isEmpty() || sink(kept);
            });
        };
        const auto result = AuditExport::write(
            path,
            format == ExportFormat::Csv ? AuditExport::Format::Csv : AuditExport::Format::Jsonl,
            workspace().organizationId(), upToChoice, checkpoint,
            format == ExportFormat::Csv && m_bom->isChecked(), choice.evidence);
        progress.reset();
        if (!result.ok || required.isEmpty()) {
            return result.message;
        }
        return result.message + u' ' +
               witnessVerdict(choice.evidence ? choice.evidence->witnesses : QJsonArray(),
                              choice.evidence ? choice.evidence->note : QByteArray(), required);
    }
    // A PDF report lays out pages from the whole list.
    QList<QJsonObject> entries;
    const bool complete = matching([&](const QList<QJsonObject>& chunk) {
        entries.append(chunk);
        return true;
    });
    progress.reset();
    if (!complete) {
        return tr("Export cancelled; nothing was written.");
    }
    QString error;
    const QString checkpointLine =
        checkpoint ? tr("Signed checkpoint: entry %1, hash %2, signed %3 by key %4")
                         .arg(checkpoint->seq)
                         .arg(checkpoint->hash, checkpoint->signedAt, checkpoint->keyId)
                   : tr("No signed checkpoint in the offline data yet.");
    if (!AuditReportWriter::write(path,
                                  workspace().session.activeMembership()
                                      ? workspace().session.activeMembership()->organizationName
                                      : workspace().organizationId(),
                                  entries, checkpointLine, &error)) {
        return error;
    }
    return tr("Wrote a report of %n entries to %1 with its manifest.", nullptr,
              static_cast<int>(entries.size()))
        .arg(path);
}

QString AuditLogView::verifyIntegrity()
{
    CacheStore store(workspace().cache);
    const qint64 last = store.auditTip().seq;
    if (last == 0) {
        return tr("There are no audit-log entries in the offline data to verify.");
    }
    QProgressDialog progress(tr("Verifying the audit log…"), tr("Cancel"), 0, 1000, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    AuditChain chain;
    const auto checkpoint = store.checkpoint();
    QString checkpointHash;
    constexpr qint64 chunk = 5000;
    for (qint64 from = 1; from <= last; from += chunk) {
        for (const QJsonObject& entry : store.auditEntries(from, from + chunk - 1)) {
            if (!chain.append(entry)) {
                return tr("NOT INTACT: %1").arg(chain.verdict().reason);
            }
            if (checkpoint && entry.value(QStringLiteral("seq")).toInteger() == checkpoint->seq) {
                checkpointHash = entry.value(QStringLiteral("hash")).toString();
            }
        }
        progress.setValue(static_cast<int>(qMin(last, from + chunk) * 1000 / last));
        if (progress.wasCanceled()) {
            return tr("Verification cancelled.");
        }
    }
    progress.reset();
    if (chain.lastSeq() != last) {
        return tr("NOT INTACT: entries after %1 are missing.").arg(chain.lastSeq());
    }
    if (!checkpoint) {
        return tr("The %n entries chain correctly, but there is no signed checkpoint yet to "
                  "vouch for them. Sync while online, then verify again.",
                  nullptr, static_cast<int>(last));
    }
    QString reason;
    if (!verifyStoredCheckpoint(workspace().organizationId(), *checkpoint, &reason)) {
        return tr("NOT INTACT: the signed checkpoint does not verify: %1").arg(reason);
    }
    if (checkpointHash != checkpoint->hash) {
        return tr("NOT INTACT: entry %1 differs from what the server signed.").arg(checkpoint->seq);
    }
    const QString intact = tr("Intact: all %1 entries chain correctly and entry %2 matches the "
                              "server's signed checkpoint.")
                               .arg(last)
                               .arg(checkpoint->seq);
    const QStringList required = RequiredWitnesses::fingerprints();
    if (required.isEmpty()) {
        return intact;
    }
    // The witnesses Settings requires: the newest checkpoint they all cosigned, or who did not.
    AuditTreeStore tree(workspace().cache);
    const auto cosigned = tree.newestCosignedBy(required);
    const auto verified = cosigned ? cosigned : tree.lastVerified();
    return intact + u' ' +
           witnessVerdict(verified ? tree.cosignatures(verified->treeSize) : QJsonArray(),
                          verified ? verified->note : QByteArray(), required);
}

QString AuditLogView::witnessVerdict(const QJsonArray& witnesses, const QByteArray& note,
                                     const QStringList& required)
{
    const QStringList absent = AuditExportEvidence::missing(witnesses, note, required);
    if (absent.isEmpty()) {
        return tr("Verified by witnesses: every witness required in Settings cosigned its "
                  "checkpoint.");
    }
    return tr("NOT VERIFIED by witnesses: witness %1, required in Settings, did not cosign its "
              "checkpoint.")
        .arg(absent.join(QStringLiteral(", ")));
}

} // namespace purser
