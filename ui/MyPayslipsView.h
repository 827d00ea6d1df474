#pragma once

#include "ui/PayslipPdf.h"
#include "ui/WorkspaceView.h"

#include <QJsonObject>

class QPushButton;
class QTableWidget;

namespace purser {

// A member's Payroll view, "My payslips": their own payslips from the offline data (synced
// for roles that read only their own), newest first, each opening as its PDF; or saved as a
// PDF where the user chooses.
class MyPayslipsView : public WorkspaceView
{
    Q_OBJECT
public:
    explicit MyPayslipsView(const Workspace& workspace, QWidget* parent = nullptr);

    void reload() override;

    QTableWidget* table() const { return m_table; }
    QPushButton* openButton() const { return m_open; }
    QPushButton* saveButton() const { return m_save; }
    // The payslip's PDF written to path (false when there is no payslip in that row).
    bool writePdf(int row, const QString& path) const;
    // The payslip's layout as the PDF draws it (tests, previews).
    QString payslipHtml(int row) const;

    void openSelected();
    void saveSelected();

private:
    PayslipPdf::Data pdfData(int row) const;

    struct Entry
    {
        QJsonObject run;
        QJsonObject payslip;
    };

    QTableWidget* m_table;
    QPushButton* m_open;
    QPushButton* m_save;
    QList<Entry> m_entries;
};

} // namespace purser
