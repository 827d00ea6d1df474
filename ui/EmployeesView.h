#pragma once

#include "ui/EmployeeFormDialog.h"
#include "ui/WorkspaceView.h"

class QComboBox;
class QLineEdit;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace purser {

class CachedEmployeeModel;

// The employee directory over the cache: instant search, department/status/type filters,
// columns that fit the role, a detail panel, and an edit form for roles that may write.
class EmployeesView : public WorkspaceView
{
    Q_OBJECT
public:
    explicit EmployeesView(const Workspace& workspace, QWidget* parent = nullptr);

    void reload() override;
    void focusSearch() override;

    QTableView* table() const { return m_table; }
    QLineEdit* searchBox() const { return m_search; }
    QComboBox* departmentFilter() const { return m_department; }
    QComboBox* statusFilter() const { return m_status; }
    QComboBox* typeFilter() const { return m_type; }
    // null for roles that may not write employees (roles.md: employees.write)
    QPushButton* addButton() const { return m_add; }
    QPushButton* editButton() const { return m_edit; }
    QPushButton* endButton() const { return m_end; }
    QPushButton* deleteButton() const { return m_delete; }
    // null for roles without personal_data.export (owner, admin) or without a connection
    QPushButton* exportPersonalDataButton() const { return m_exportPersonal; }
    QTextBrowser* detail() const { return m_detail; }
    CachedEmployeeModel* model() const { return m_model; }

    void applyFilter();
    void addEmployee();
    void editSelected();
    void endSelectedEmployment();
    void deleteSelected();
    // File → Import employees… (roles that may write) and File → Export employees… (every
    // role: the rows the filters show, only the columns the role may read).
    bool mayImport() const { return m_add != nullptr; }
    void importEmployees();
    void exportVisible();
    // "Export personal data…" (an access request, docs/privacy.md): asks for a folder, writes
    // the selected person's export into a new folder inside it while showing progress, then
    // says what was written; nothing is left behind when it fails.
    void exportPersonalData();

Q_SIGNALS:
    // After the export's last dialog: whether it was written, and the words shown.
    void personalDataExportFinished(bool ok, const QString& message);

private:
    void showDetail();
    EmployeeFormDialog::Context formContext(const QString& exceptId) const;
    void runForm(EmployeeFormDialog& dialog,
                 const std::function<std::optional<qint64>(const QJsonObject&)>& queue);

    CachedEmployeeModel* m_model;
    QLineEdit* m_search;
    QComboBox* m_department;
    QComboBox* m_status;
    QComboBox* m_type;
    QTableView* m_table;
    QTextBrowser* m_detail;
    QPushButton* m_add = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_end = nullptr;
    QPushButton* m_delete = nullptr;
    QPushButton* m_exportPersonal = nullptr;
};

} // namespace purser
