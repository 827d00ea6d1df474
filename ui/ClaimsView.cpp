#include "ui/ClaimsView.h"

#include "cache/OutboxStore.h"
#include "core/PermissionMatrix.h"
#include "core/Workflow.h"
#include "models/RecordNames.h"
#include "models/RecordTableModel.h"
#include "net/Outbox.h"
#include "ui/ClaimFormDialog.h"
#include "ui/ReceiptDropArea.h"
#include "ui/ReceiptList.h"
#include "ui/RecordActionBar.h"
#include "ui/TestHooks.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

namespace purser {

namespace {
QString claimText(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}
} // namespace

ClaimsView::ClaimsView(const Workspace& workspace, QWidget* parent)
    : WorkspaceView(workspace, parent), m_status(new QComboBox(this)),
      m_table(new QTableView(this)), m_names(std::make_shared<RecordNames>(workspace.cache))
{
    const std::shared_ptr<RecordNames> names = m_names;
    m_model = new RecordTableModel(
        workspace.cache, QStringLiteral("claims"),
        {{tr("Incurred on"), [](const QJsonObject& c) { return claimText(c, "incurred_on"); }},
         {tr("Claimant"),
          [names](const QJsonObject& c) { return names->employee(claimText(c, "employee_id")); }},
         {tr("Category"), [](const QJsonObject& c) { return claimText(c, "category"); }},
         {tr("Description"), [](const QJsonObject& c) { return claimText(c, "description"); }},
         {tr("Amount"),
          [](const QJsonObject& c) { return moneyText(c.value(QStringLiteral("amount"))); },
          Qt::AlignRight | Qt::AlignVCenter},
         {tr("Status"), [](const QJsonObject& c) { return claimText(c, "status"); }},
         {tr("Receipts"),
          [](const QJsonObject& c) {
              return static_cast<int>(c.value(QStringLiteral("receipts")).toArray().size());
          }},
         {tr("Reviewed by"),
          [names](const QJsonObject& c) { return names->user(claimText(c, "reviewed_by")); }},
         {tr("Reviewer's note"), [](const QJsonObject& c) { return claimText(c, "review_note"); }}},
        this);
    m_status->setAccessibleName(tr("Claim status"));
    m_status->addItem(tr("Any status"), QString());
    for (const QString& state : Workflow::claim().states()) {
        m_status->addItem(state, state);
    }
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Claims"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Status:"), this));
    top->addWidget(m_status);
    top->addStretch(1);
    const Role role = workspace.role();
    const bool writes = workspace.outbox != nullptr;
    if (grantsAny(role, Permission::ClaimsWriteOwn) && writes) {
        m_new = new QPushButton(tr("&New claim…"), this);
        m_edit = new QPushButton(tr("Ed&it draft…"), this);
        m_delete = new QPushButton(tr("De&lete draft…"), this);
        for (QPushButton* button : {m_new, m_edit, m_delete}) {
            button->setAccessibleName(button->text().remove(u'&').remove(u'…'));
            top->addWidget(button);
        }
        m_edit->setEnabled(false);
        m_delete->setEnabled(false);
        connect(m_new, &QPushButton::clicked, this, &ClaimsView::newClaim);
        connect(m_edit, &QPushButton::clicked, this, &ClaimsView::editSelected);
        connect(m_delete, &QPushButton::clicked, this, &ClaimsView::deleteSelected);
    }
    QList<RecordActionBar::Action> actions;
    const QString own = workspace.ownEmployeeId();
    const auto notOwn = [own](const QJsonObject& claim) {
        return claim.value(QStringLiteral("employee_id")).toString() == own
                   ? tr("You cannot review your own claim.")
                   : QString();
    };
    if (grantsAny(role, Permission::ClaimsWriteOwn)) {
        actions << RecordActionBar::Action{QStringLiteral("submit"), tr("&Submit"), {}};
    }
    if (grantsAny(role, Permission::ClaimsReview)) {
        actions << RecordActionBar::Action{QStringLiteral("approve"), tr("&Approve"), notOwn};
        actions << RecordActionBar::Action{QStringLiteral("reject"), tr("Re&ject…"), notOwn};
    }
    if (grantsAny(role, Permission::ClaimsMarkPaid)) {
        actions << RecordActionBar::Action{QStringLiteral("mark_paid"), tr("Mark &paid"), {}};
    }
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 2);
    if (workspace.api && grantsAny(role, Permission::ReceiptsRead)) {
        m_receipts = new ReceiptList(workspace.api, workspace.organizationId(), this);
        layout->addWidget(m_receipts);
    }
    if (!actions.isEmpty() && writes) {
        m_actions = new RecordActionBar(Workflow::claim(), actions, this);
        layout->addWidget(m_actions);
        connect(m_actions, &RecordActionBar::actionTriggered, this, &ClaimsView::trigger);
    }
    if (m_new) {
        m_drop = new ReceiptDropArea(this);
        m_drop->setLimit(workspace.uploadLimitBytes());
        layout->addWidget(m_drop); // the claims table keeps the room
        connect(m_drop, &ReceiptDropArea::filesAccepted, this, &ClaimsView::queueReceipts);
        if (workspace.outbox) {
            connect(workspace.outbox, &Outbox::uploadProgress, this,
                    [this](qint64 id, qint64 sent, qint64 total) {
                        const auto item = this->workspace().outbox->store()->item(id);
                        if (item && total > 0) {
                            m_uploads.insert(id, item->filePath);
                            m_drop->setProgress(item->filePath,
                                                static_cast<int>(sent * 100 / total),
                                                tr("uploading"));
                        }
                    });
            // The line ends in what became of the upload, not at "uploading (100%)".
            connect(workspace.outbox, &Outbox::itemSent, this, [this](qint64 id) {
                if (m_uploads.contains(id)) {
                    m_drop->setProgress(m_uploads.take(id), 100, tr("uploaded"));
                }
            });
            connect(workspace.outbox, &Outbox::itemFailed, this,
                    [this](qint64 id, const QString& message) {
                        if (m_uploads.contains(id)) {
                            m_drop->setProgress(m_uploads.take(id), 0, message);
                        }
                    });
        }
    }
    connect(m_status, &QComboBox::currentIndexChanged, this, &ClaimsView::applyFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ClaimsView::onSelection);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ClaimsView::onSelection);
    reload();
}

void ClaimsView::reload()
{
    if (m_drop) {
        m_drop->setLimit(workspace().uploadLimitBytes()); // the first sync may have brought it
    }
    m_names->clear();
    applyFilter();
    m_table->resizeColumnsToContents();
}

void ClaimsView::applyFilter()
{
    const QString status = m_status->currentData().toString();
    m_model->setFilter(
        status.isEmpty() ? QStringList()
                         : QStringList{RecordPager::fieldPattern(QStringLiteral("status"), status)},
        [status](const QJsonObject& claim) {
            return status.isEmpty() || claim.value(QStringLiteral("status")).toString() == status;
        });
}

void ClaimsView::selectRow(int row)
{
    m_table->setCurrentIndex(m_model->index(row, 0));
}

bool ClaimsView::canWrite(const QJsonObject& claim) const
{
    const bool own =
        claim.value(QStringLiteral("employee_id")).toString() == workspace().ownEmployeeId();
    const Role role = workspace().role();
    // Own claims need claims.write_own; anyone else's need claims.write_any (roles.md).
    return own ? allows(role, Permission::ClaimsWriteOwn, true)
               : allows(role, Permission::ClaimsWriteAny);
}

void ClaimsView::onSelection()
{
    const QJsonObject claim = m_model->record(m_table->currentIndex().row());
    if (m_receipts) {
        m_receipts->setClaim(claim);
    }
    const bool editableDraft = !claim.isEmpty() &&
                               Workflow::claim().isEditable(claimText(claim, "status")) &&
                               canWrite(claim);
    for (QPushButton* button : {m_edit, m_delete}) {
        if (button) {
            button->setEnabled(editableDraft);
        }
    }
    if (m_actions) {
        m_actions->setRecord(claim);
        // Submitting is the claimant's (or someone acting for them) step.
        if (QPushButton* submit = m_actions->button(QStringLiteral("submit"))) {
            submit->setEnabled(submit->isEnabled() && canWrite(claim));
        }
    }
    if (m_drop) {
        const QString state = claim.value(QStringLiteral("status")).toString();
        if (claim.isEmpty()) {
            m_drop->setEnabledForDrops(false, tr("Select a claim to attach receipts."));
        } else if (state != QLatin1String("draft") && state != QLatin1String("submitted")) {
            m_drop->setEnabledForDrops(false, tr("Receipts attach only while a claim is draft or "
                                                 "submitted."));
        } else if (!canWrite(claim)) {
            m_drop->setEnabledForDrops(false, tr("You may not attach receipts to this claim."));
        } else {
            m_drop->setEnabledForDrops(true, {});
        }
    }
}

void ClaimsView::newClaim()
{
    QString currency = QStringLiteral("SGD");
    if (!m_model->records().isEmpty()) {
        currency = m_model->records()
                       .first()
                       .value(QStringLiteral("amount"))
                       .toObject()
                       .value(QStringLiteral("currency"))
                       .toString(currency);
    }
    ClaimFormDialog dialog(workspace().ownEmployeeId(), currency, this);
    if (!TestHooks::execDialog(&dialog)) {
        return;
    }
    workspace().outbox->createClaim(dialog.claim());
    if (workspace().sync) {
        workspace().outbox->flush([](const ApiError&) {});
    }
}

void ClaimsView::editSelected()
{
    const QJsonObject claim = m_model->record(m_table->currentIndex().row());
    if (claim.isEmpty() || !workspace().outbox || !canWrite(claim)) {
        return;
    }
    const QString currency = claim.value(QStringLiteral("amount"))
                                 .toObject()
                                 .value(QStringLiteral("currency"))
                                 .toString();
    ClaimFormDialog dialog(claimText(claim, "employee_id"), currency, this);
    dialog.setClaim(claim);
    if (!TestHooks::execDialog(&dialog)) {
        return;
    }
    QJsonObject changes;
    const QJsonObject edited = dialog.claim();
    for (auto it = edited.begin(); it != edited.end(); ++it) {
        if (it.key() != u"employee_id" && claim.value(it.key()) != it.value()) {
            changes.insert(it.key(), it.value());
        }
    }
    if (changes.isEmpty()) {
        return;
    }
    workspace().outbox->updateRecord(QStringLiteral("claim.update"), QStringLiteral("claims"),
                                     claimText(claim, "id"), changes,
                                     claim.value(QStringLiteral("version")).toInteger());
    if (workspace().sync) {
        workspace().outbox->flush([](const ApiError&) {});
    }
}

void ClaimsView::deleteSelected()
{
    const QJsonObject claim = m_model->record(m_table->currentIndex().row());
    if (claim.isEmpty() || !workspace().outbox || !canWrite(claim)) {
        return;
    }
    QMessageBox confirm(QMessageBox::Warning, tr("Delete draft claim"),
                        tr("Delete the draft claim “%1”?").arg(claimText(claim, "description")),
                        QMessageBox::Cancel, this);
    QPushButton* remove = confirm.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    confirm.setDefaultButton(QMessageBox::Cancel);
    // A message box's exec() answers with the button, not Accepted (a test's hook answers
    // for the user instead).
    const bool hooked = static_cast<bool>(TestHooks::dialogHook);
    const bool answered = TestHooks::execDialog(&confirm);
    if (hooked ? !answered : confirm.clickedButton() != remove) {
        return;
    }
    workspace().outbox->deleteRecord(QStringLiteral("claim.delete"), QStringLiteral("claims"),
                                     claimText(claim, "id"),
                                     claim.value(QStringLiteral("version")).toInteger());
    if (workspace().sync) {
        workspace().outbox->flush([](const ApiError&) {});
    }
}

void ClaimsView::queueReceipts(const QStringList& paths)
{
    const QJsonObject claim = m_model->record(m_table->currentIndex().row());
    const QString claimId = claim.value(QStringLiteral("id")).toString();
    for (const QString& path : paths) {
        QString error;
        if (workspace().outbox->uploadReceipt(claimId, path, workspace().uploadLimitBytes(),
                                              &error)) {
            m_drop->setProgress(path, 0, tr("queued"));
        } else {
            m_drop->setProgress(path, 0, error);
        }
    }
    if (workspace().sync) {
        workspace().outbox->flush([](const ApiError&) {});
    }
}

void ClaimsView::trigger(const QString& action, const QJsonObject& claim)
{
    QJsonObject body;
    if (action == QLatin1String("reject")) {
        QInputDialog dialog(this);
        dialog.setWindowTitle(tr("Reject claim"));
        dialog.setLabelText(tr("Why is this claim rejected? The claimant sees this note."));
        if (!TestHooks::execDialog(&dialog) || dialog.textValue().trimmed().isEmpty()) {
            return;
        }
        body.insert(QStringLiteral("note"), dialog.textValue().trimmed());
    }
    QString pathAction = action;
    pathAction.replace(u'_', u'-');
    workspace().outbox->changeState(QStringLiteral("claims"),
                                    claim.value(QStringLiteral("id")).toString(), pathAction,
                                    claim.value(QStringLiteral("version")).toInteger(), body);
    if (workspace().sync) {
        workspace().outbox->flush([](const ApiError&) {});
    }
}

} // namespace purser
