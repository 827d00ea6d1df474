#pragma once

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
    QPushButton* editButton() const { return m_edit; } // null for read-only roles
    QTextBrowser* detail() const { return m_detail; }
    CachedEmployeeModel* model() const { return m_model; }

    void applyFilter();
    void editSelected();

private:
    void showDetail();

    CachedEmployeeModel* m_model;
    QLineEdit* m_search;
    QComboBox* m_department;
    QComboBox* m_status;
    QComboBox* m_type;
    QTableView* m_table;
    QTextBrowser* m_detail;
    QPushButton* m_edit = nullptr;
};

} // namespace purser
