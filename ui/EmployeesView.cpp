#include "ui/EmployeesView.h"

#include "core/PermissionMatrix.h"
#include "models/CachedEmployeeModel.h"
#include "net/Outbox.h"
#include "ui/EmployeeEditDialog.h"
#include "ui/TestHooks.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace purser {

EmployeesView::EmployeesView(const Workspace& workspace, QWidget* parent)
    : WorkspaceView(workspace, parent),
      m_model(new CachedEmployeeModel(workspace.cache, workspace.role(), this)),
      m_search(new QLineEdit(this)), m_department(new QComboBox(this)),
      m_status(new QComboBox(this)), m_type(new QComboBox(this)), m_table(new QTableView(this)),
      m_detail(new QTextBrowser(this))
{
    m_search->setPlaceholderText(tr("Search employees"));
    m_search->setAccessibleName(tr("Search employees"));
    m_search->setClearButtonEnabled(true);
    m_department->setAccessibleName(tr("Department"));
    m_status->setAccessibleName(tr("Status"));
    m_type->setAccessibleName(tr("Employment type"));
    m_department->addItem(tr("All departments"), QString());
    m_status->addItem(tr("Any status"), QString());
    m_status->addItem(tr("Active"), QStringLiteral("active"));
    m_status->addItem(tr("On leave"), QStringLiteral("on_leave"));
    m_status->addItem(tr("Terminated"), QStringLiteral("terminated"));
    m_type->addItem(tr("Any type"), QString());
    m_type->addItem(tr("Full time"), QStringLiteral("full_time"));
    m_type->addItem(tr("Part time"), QStringLiteral("part_time"));
    m_type->addItem(tr("Contract"), QStringLiteral("contract"));
    m_type->addItem(tr("Intern"), QStringLiteral("intern"));

    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Employees"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_detail->setAccessibleName(tr("Employee details"));

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    filters->addWidget(m_department, 1);
    filters->addWidget(m_status);
    filters->addWidget(m_type);
    if (allows(workspace.role(), Permission::EmployeesWrite) && workspace.outbox) {
        m_edit = new QPushButton(tr("&Edit…"), this);
        m_edit->setEnabled(false);
        filters->addWidget(m_edit);
        connect(m_edit, &QPushButton::clicked, this, &EmployeesView::editSelected);
        connect(m_table, &QTableView::doubleClicked, this, &EmployeesView::editSelected);
    }
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);

    connect(m_search, &QLineEdit::textChanged, this, &EmployeesView::applyFilter);
    for (QComboBox* box : {m_department, m_status, m_type}) {
        connect(box, &QComboBox::currentIndexChanged, this, &EmployeesView::applyFilter);
    }
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &EmployeesView::showDetail);
    connect(m_model, &QAbstractItemModel::modelReset, this, &EmployeesView::showDetail);
    reload();
}

void EmployeesView::reload()
{
    const QString current = m_department->currentData().toString();
    {
        const QSignalBlocker blocker(m_department);
        while (m_department->count() > 1) {
            m_department->removeItem(1);
        }
        for (const QString& name : m_model->departments()) {
            m_department->addItem(name, name);
        }
        m_department->setCurrentIndex(qMax(0, m_department->findData(current)));
    }
    applyFilter();
    m_table->resizeColumnsToContents();
}

void EmployeesView::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void EmployeesView::applyFilter()
{
    EmployeeFilter filter;
    filter.text = m_search->text().trimmed();
    filter.department = m_department->currentData().toString();
    filter.status = m_status->currentData().toString();
    filter.employmentType = m_type->currentData().toString();
    m_model->setFilter(filter);
}

void EmployeesView::showDetail()
{
    const auto employee = m_model->employee(m_table->currentIndex().row());
    if (m_edit) {
        m_edit->setEnabled(employee.has_value());
    }
    if (!employee) {
        m_detail->setPlainText(tr("Select an employee to see the details."));
        return;
    }
    QString html = QStringLiteral("<h3>") + employee->fullName.toHtmlEscaped() +
                   QStringLiteral("</h3><table>");
    for (int c = 0; c < m_model->columnCount(); ++c) {
        const EmployeeColumn column = m_model->columns().at(c);
        html += QStringLiteral("<tr><td><b>") + employeeColumnTitle(column).toHtmlEscaped() +
                QStringLiteral("</b></td><td>") +
                m_model->displayText(*employee, column).toHtmlEscaped() +
                QStringLiteral("</td></tr>");
    }
    m_detail->setHtml(html + QStringLiteral("</table>"));
}

void EmployeesView::editSelected()
{
    const auto employee = m_model->employee(m_table->currentIndex().row());
    if (!employee || !workspace().outbox) {
        return;
    }
    EmployeeEditDialog dialog(
        *employee, allows(workspace().role(), Permission::EmployeesReadBankAndSalary), this);
    if (!TestHooks::execDialog(&dialog)) {
        return;
    }
    const QJsonObject changes = dialog.changes();
    if (changes.isEmpty()) {
        return;
    }
    if (!workspace().outbox->updateEmployee(employee->id, changes, employee->version)) {
        QMessageBox::warning(this, tr("Not saved"),
                             tr("The change could not be written to the offline data."));
        return;
    }
    if (workspace().sync) {
        workspace().outbox->flush([](const ApiError&) {});
    }
}

} // namespace purser
