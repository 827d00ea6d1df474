#include "ui/ImportEmployeesDialog.h"

#include "cache/CacheStore.h"
#include "cache/OutboxStore.h"
#include "net/Outbox.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

namespace purser {

namespace {
constexpr int sliceRows = 200; // queued per turn of the event loop
} // namespace

ImportEmployeesDialog::ImportEmployeesDialog(EmployeeImport import,
                                             EmployeeImport::Organization organization,
                                             QSqlDatabase cache, Outbox* outbox, bool online,
                                             QWidget* parent)
    : QDialog(parent), m_importer(std::move(import)), m_organization(std::move(organization)),
      m_cache(std::move(cache)), m_outbox(outbox), m_online(online),
      m_preview(new QTableWidget(0, 4, this)), m_summary(new QLabel(this)),
      m_import(new QPushButton(tr("&Import"), this)), m_progress(new QProgressBar(this)),
      m_report(new QLabel(this))
{
    setWindowTitle(tr("Import employees"));
    resize(900, 640);
    const QJsonObject saved =
        QJsonDocument::fromJson(QSettings().value(savedMappingKey()).toByteArray()).object();
    EmployeeImport::Mapping initial = EmployeeImport::guessMapping(m_importer.headers());
    const EmployeeImport::Mapping remembered = EmployeeImport::mappingFromJson(saved);
    for (auto it = remembered.begin(); it != remembered.end(); ++it) {
        if (m_importer.headers().contains(it.value())) {
            initial.insert(it.key(), it.value()); // the saved choice, where the file has it
        }
    }
    auto* form = new QFormLayout;
    for (const QString& field : EmployeeImport::fields()) {
        auto* combo = new QComboBox(this);
        combo->addItem(tr("(not in the file)"), QString());
        for (const QString& header : m_importer.headers()) {
            combo->addItem(header, header);
        }
        combo->setCurrentIndex(qMax(0, combo->findData(initial.value(field))));
        combo->setAccessibleName(tr("Column for %1").arg(field));
        form->addRow(field + u':', combo);
        m_columns.insert(field, combo);
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportEmployeesDialog::recheck);
    }
    m_preview->setHorizontalHeaderLabels(
        {tr("Line"), tr("Employee no."), tr("Name"), tr("Problems")});
    m_preview->setAccessibleName(tr("Rows and their problems"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->verticalHeader()->setVisible(false);
    m_preview->horizontalHeader()->setStretchLastSection(true);
    m_summary->setAccessibleName(tr("Summary"));
    m_report->setAccessibleName(tr("Report"));
    m_report->setWordWrap(true);
    m_progress->setAccessibleName(tr("Import progress"));
    m_progress->setVisible(false);
    m_import->setAccessibleName(tr("Import"));
    m_import->setEnabled(false);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_import, QDialogButtonBox::ActionRole);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_import, &QPushButton::clicked, this, &ImportEmployeesDialog::startImport);

    auto* layout = new QVBoxLayout(this);
    auto* mappingBox = new QWidget(this);
    mappingBox->setLayout(form);
    layout->addWidget(mappingBox);
    layout->addWidget(m_summary);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_report);
    layout->addWidget(buttons);
    if (m_outbox) {
        connect(m_outbox, &Outbox::itemSent, this, [this](qint64 id) {
            if (m_queued.contains(id)) {
                ++m_sent;
                updateReport();
            }
        });
        connect(m_outbox, &Outbox::itemFailed, this, [this](qint64 id, const QString& message) {
            if (m_queued.contains(id)) {
                m_refused << tr("line %1: %2").arg(m_queued.value(id)).arg(message);
                updateReport();
            }
        });
    }
    recheck();
}

EmployeeImport::Mapping ImportEmployeesDialog::mapping() const
{
    EmployeeImport::Mapping result;
    for (auto it = m_columns.begin(); it != m_columns.end(); ++it) {
        const QString header = it.value()->currentData().toString();
        if (!header.isEmpty()) {
            result.insert(it.key(), header);
        }
    }
    return result;
}

void ImportEmployeesDialog::recheck()
{
    m_rows = m_importer.check(mapping(), m_organization);
    int valid = 0;
    // Problem rows first: they are what needs reading.
    QList<const EmployeeImport::Row*> ordered;
    for (const auto& row : std::as_const(m_rows)) {
        if (!row.problems.isEmpty()) {
            ordered.append(&row);
        }
    }
    for (const auto& row : std::as_const(m_rows)) {
        if (row.problems.isEmpty()) {
            ordered.append(&row);
            ++valid;
        }
    }
    // The table shows at most this many rows; the summary counts them all.
    constexpr int shown = 2000;
    m_preview->setUpdatesEnabled(false);
    m_preview->setRowCount(static_cast<int>(std::min<qsizetype>(ordered.size(), shown)));
    for (int r = 0; r < m_preview->rowCount(); ++r) {
        const EmployeeImport::Row& row = *ordered.at(r);
        const QStringList cells{
            QString::number(row.line), row.body.value(QStringLiteral("employee_no")).toString(),
            row.body.value(QStringLiteral("full_name")).toString(),
            row.problems.isEmpty() ? tr("ready") : row.problems.join(QStringLiteral("; "))};
        for (int c = 0; c < cells.size(); ++c) {
            m_preview->setItem(r, c, new QTableWidgetItem(cells.at(c)));
        }
    }
    m_preview->setUpdatesEnabled(true);
    m_preview->resizeColumnsToContents();
    m_summary->setText(tr("%1 row(s) ready to import, %2 with problems (not imported).")
                           .arg(valid)
                           .arg(m_rows.size() - valid));
    m_import->setText(tr("&Import %n row(s)", nullptr, valid));
    m_import->setEnabled(valid > 0 && m_outbox && m_next == 0);
}

void ImportEmployeesDialog::startImport()
{
    if (!m_outbox || m_next > 0) {
        return;
    }
    QSettings().setValue(
        savedMappingKey(),
        QJsonDocument(EmployeeImport::mappingToJson(mapping())).toJson(QJsonDocument::Compact));
    for (QComboBox* combo : std::as_const(m_columns)) {
        combo->setEnabled(false);
    }
    m_import->setEnabled(false);
    m_progress->setVisible(true);
    m_progress->setRange(0, static_cast<int>(m_rows.size()));
    queueSlice();
}

void ImportEmployeesDialog::queueSlice()
{
    // One transaction per slice; then the event loop runs (painting, input) before the next.
    {
        CacheStore::Transaction tx(m_cache);
        const qsizetype end = std::min(m_rows.size(), m_next + sliceRows);
        for (; m_next < end; ++m_next) {
            const EmployeeImport::Row& row = m_rows.at(m_next);
            if (!row.problems.isEmpty()) {
                continue;
            }
            const auto id = m_outbox->createRecord(QStringLiteral("employee.create"),
                                                   QStringLiteral("employees"), row.body);
            if (id) {
                m_queued.insert(*id, row.line);
            }
        }
        tx.commit();
    }
    m_progress->setValue(static_cast<int>(m_next));
    updateReport();
    if (m_next < m_rows.size()) {
        QTimer::singleShot(0, this, &ImportEmployeesDialog::queueSlice);
        return;
    }
    if (m_online) {
        m_outbox->flush([](const ApiError&) {});
    }
}

void ImportEmployeesDialog::updateReport()
{
    const int queued = static_cast<int>(m_queued.size());
    QString text = tr("Queued %1 of %2 row(s); sent %3; refused %4.")
                       .arg(queued)
                       .arg(m_rows.size())
                       .arg(m_sent)
                       .arg(m_refused.size());
    if (!m_online && queued > 0) {
        text += u' ' + tr("Offline: they are sent when the server answers again.");
    }
    if (!m_refused.isEmpty()) {
        text += u'\n' + m_refused.mid(0, 20).join(u'\n');
    }
    m_report->setText(text);
    m_finished = m_next >= m_rows.size() && (m_sent + m_refused.size() >= queued || !m_online);
}

} // namespace purser
