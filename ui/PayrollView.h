#pragma once

#include "ui/WorkspaceView.h"

class QLabel;
class QTableView;
class QTableWidget;

namespace purser {

class NetPayChart;
class RecordActionBar;
class RecordTableModel;

// Payroll runs from the cache with status and totals, the selected run's payslips (fetched
// when online and the role may read them), the workflow actions the role and state allow,
// with the four-eyes rule spelled out, and a chart of net pay per period.
class PayrollView : public WorkspaceView
{
    Q_OBJECT
public:
    explicit PayrollView(const Workspace& workspace, QWidget* parent = nullptr);

    void reload() override;

    QTableView* runs() const { return m_runs; }
    RecordTableModel* model() const { return m_model; }
    RecordActionBar* actions() const { return m_actions; } // null for roles without actions
    NetPayChart* chart() const { return m_chart; }
    QLabel* fourEyesNote() const { return m_fourEyes; }
    QTableWidget* payslips() const { return m_payslips; } // null without payslip access

private:
    void onSelection();
    void trigger(const QString& action, const QJsonObject& run);
    void loadPayslips(const QString& runId);

    RecordTableModel* m_model;
    QTableView* m_runs;
    RecordActionBar* m_actions = nullptr;
    QLabel* m_fourEyes = nullptr;
    QTableWidget* m_payslips = nullptr;
    NetPayChart* m_chart;
};

} // namespace purser
