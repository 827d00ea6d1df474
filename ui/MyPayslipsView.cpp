#include "ui/MyPayslipsView.h"

#include "cache/CacheStore.h"
#include "models/RecordTableModel.h"
#include "ui/PayslipPdf.h"
#include "ui/TestHooks.h"

#include <QDir>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>
#include <algorithm>

namespace purser {

MyPayslipsView::MyPayslipsView(const Workspace& workspace, QWidget* parent)
    : WorkspaceView(workspace, parent), m_table(new QTableWidget(0, 5, this)),
      m_open(new QPushButton(tr("&Open as PDF"), this)),
      m_save(new QPushButton(tr("&Save as PDF…"), this))
{
    m_table->setHorizontalHeaderLabels(
        {tr("Period"), tr("Pay date"), tr("Gross"), tr("Deductions"), tr("Net")});
    m_table->setAccessibleName(tr("My payslips"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_open->setAccessibleName(tr("Open as PDF"));
    m_save->setAccessibleName(tr("Save as PDF"));
    auto* title = new QLabel(QStringLiteral("<h3>%1</h3>").arg(tr("My payslips")), this);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addWidget(m_save);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    connect(m_open, &QPushButton::clicked, this, &MyPayslipsView::openSelected);
    connect(m_save, &QPushButton::clicked, this, &MyPayslipsView::saveSelected);
    connect(m_table, &QTableWidget::cellActivated, this, &MyPayslipsView::openSelected);
    reload();
}

void MyPayslipsView::reload()
{
    m_entries.clear();
    if (workspace().cache.isOpen()) {
        const CacheStore cache(workspace().cache);
        for (const QJsonObject& slip : cache.records(QStringLiteral("payslips"))) {
            const auto run = cache.record(QStringLiteral("payroll-runs"),
                                          slip.value(QStringLiteral("run_id")).toString());
            if (run) {
                m_entries.append({*run, slip});
            }
        }
    }
    // Newest first: by pay date, then period.
    std::sort(m_entries.begin(), m_entries.end(), [](const Entry& a, const Entry& b) {
        const auto key = [](const Entry& e) {
            return e.run.value(QStringLiteral("pay_date")).toString() +
                   e.run.value(QStringLiteral("period_start")).toString();
        };
        return key(a) > key(b);
    });
    m_table->setRowCount(static_cast<int>(m_entries.size()));
    const QLocale locale;
    for (int row = 0; row < m_entries.size(); ++row) {
        const PayslipPdf::Data slip =
            PayslipPdf::fromJson({}, m_entries.at(row).run, m_entries.at(row).payslip, {});
        qint64 deductions = 0;
        for (const auto& line : slip.deductions) {
            deductions += line.second.amount;
        }
        const QStringList cells{tr("%1 to %2")
                                    .arg(locale.toString(slip.periodStart, QLocale::ShortFormat),
                                         locale.toString(slip.periodEnd, QLocale::ShortFormat)),
                                locale.toString(slip.payDate, QLocale::ShortFormat),
                                slip.gross.toDisplayString(locale),
                                Money{deductions, slip.gross.currency}.toDisplayString(locale),
                                slip.net.toDisplayString(locale)};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            if (column >= 2) {
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            }
            if (column == 1) {
                item->setData(Qt::UserRole, slip.payDate.toString(Qt::ISODate));
            }
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    if (!m_entries.isEmpty() && m_table->currentRow() < 0) {
        m_table->setCurrentCell(0, 0);
    }
    m_open->setEnabled(!m_entries.isEmpty());
    m_save->setEnabled(!m_entries.isEmpty());
}

PayslipPdf::Data MyPayslipsView::pdfData(int row) const
{
    const auto membership = workspace().session.activeMembership();
    const QJsonObject employee =
        CacheStore(workspace().cache)
            .record(QStringLiteral("employees"), workspace().ownEmployeeId())
            .value_or(QJsonObject());
    return PayslipPdf::fromJson(membership ? membership->organizationName : QString(),
                                m_entries.at(row).run, m_entries.at(row).payslip, employee);
}

bool MyPayslipsView::writePdf(int row, const QString& path) const
{
    return row >= 0 && row < m_entries.size() && PayslipPdf::write(pdfData(row), path);
}

QString MyPayslipsView::payslipHtml(int row) const
{
    return row >= 0 && row < m_entries.size() ? PayslipPdf::html(pdfData(row), QLocale())
                                              : QString();
}

void MyPayslipsView::openSelected()
{
    const int row = m_table->currentRow();
    if (row < 0) {
        return;
    }
    // A private folder of the app's own, so the viewer has a file to open.
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::TempLocation) +
                        QStringLiteral("/purser-payslips");
    QDir().mkpath(dir);
    QFile::setPermissions(dir,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QString path = dir + u'/' + PayslipPdf::fileName(pdfData(row));
    if (!writePdf(row, path)) {
        QMessageBox::warning(this, tr("Payslip"), tr("Cannot write the payslip's PDF."));
        return;
    }
    TestHooks::openUrl(QUrl::fromLocalFile(path));
}

void MyPayslipsView::saveSelected()
{
    const int row = m_table->currentRow();
    if (row < 0) {
        return;
    }
    const QString path = TestHooks::saveFileName(this, tr("Save payslip"), tr("PDF (*.pdf)"));
    if (path.isEmpty()) {
        return;
    }
    if (!writePdf(row, path)) {
        QMessageBox::warning(this, tr("Payslip"), tr("Cannot write the payslip's PDF."));
    }
}

} // namespace purser
