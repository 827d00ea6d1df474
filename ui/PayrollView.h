#pragma once

#include "ui/WorkspaceView.h"

#include <QJsonObject>
#include <QList>

class QLabel;
class QPushButton;
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
    // null for roles that may not prepare runs (roles.md: payroll.prepare)
    QPushButton* startButton() const { return m_start; }
    QPushButton* deleteButton() const { return m_delete; }

    QPushButton* payslipPdfButton() const { return m_slipPdf; }
    QPushButton* allPayslipPdfsButton() const { return m_allPdfs; }

    void startRun();
    void deleteSelectedDraft();
    // The selected payslip as a PDF where the user chooses; every payslip of the run into a
    // folder the user chooses (one file each). Returns the files written.
    QStringList savePayslipPdf();
    QStringList saveAllPayslipPdfs();

private:
    void onSelection();
    void trigger(const QString& action, const QJsonObject& run);
    void loadPayslips(const QJsonObject& run);
    bool writePayslipPdf(const QJsonObject& slip, const QString& path) const;

    RecordTableModel* m_model;
    QTableView* m_runs;
    RecordActionBar* m_actions = nullptr;
    QLabel* m_fourEyes = nullptr;
    QTableWidget* m_payslips = nullptr;
    QPushButton* m_start = nullptr;
    QPushButton* m_delete = nullptr;
    QPushButton* m_slipPdf = nullptr;
    QPushButton* m_allPdfs = nullptr;
    QJsonObject m_slipsRun;
    QList<QJsonObject> m_slips;
    NetPayChart* m_chart;
};

} // namespace purser
