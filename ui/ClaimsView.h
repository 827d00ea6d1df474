#pragma once

#include "ui/WorkspaceView.h"

#include <QHash>
#include <memory>

class QComboBox;
class QPushButton;
class QTableView;

namespace purser {

class ReceiptDropArea;
class ReceiptList;
class RecordActionBar;
class RecordNames;
class RecordTableModel;

// Expense claims from the cache: a status filter, a new-claim form, a receipt drop area for
// the selected claim (checked at once, queued in the outbox, uploaded when online), reviewer
// actions for roles that may review, and opening a receipt that was attached here.
class ClaimsView : public WorkspaceView
{
    Q_OBJECT
public:
    explicit ClaimsView(const Workspace& workspace, QWidget* parent = nullptr);

    void reload() override;

    QTableView* table() const { return m_table; }
    RecordTableModel* model() const { return m_model; }
    QComboBox* statusFilter() const { return m_status; }
    QPushButton* newClaimButton() const { return m_new; }  // null without claims.write_own
    ReceiptDropArea* dropArea() const { return m_drop; }   // null without claims.write_own
    RecordActionBar* actions() const { return m_actions; } // null for read-only roles
    ReceiptList* receipts() const { return m_receipts; }   // null without a server connection

    // null without claims.write_own; enabled for a draft the user may write
    QPushButton* editButton() const { return m_edit; }
    QPushButton* deleteButton() const { return m_delete; }

    void newClaim();
    void editSelected();
    void deleteSelected();
    void selectRow(int row);

private:
    void applyFilter();
    void onSelection();
    void queueReceipts(const QStringList& paths);
    void trigger(const QString& action, const QJsonObject& claim);
    bool canWrite(const QJsonObject& claim) const;

    RecordTableModel* m_model;
    QComboBox* m_status;
    QTableView* m_table;
    QPushButton* m_new = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_delete = nullptr;
    std::shared_ptr<RecordNames> m_names;
    ReceiptList* m_receipts = nullptr;
    QHash<qint64, QString> m_uploads; // outbox item → file, while it uploads
    ReceiptDropArea* m_drop = nullptr;
    RecordActionBar* m_actions = nullptr;
};

} // namespace purser
