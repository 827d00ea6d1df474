#include "ui/EmployeesView.h"

#include "models/EmployeeTableModel.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace purser {

EmployeesView::EmployeesView(Role readerRole, QWidget* parent)
    : QWidget(parent), m_model(new EmployeeTableModel(readerRole, this)),
      m_proxy(new QSortFilterProxyModel(this)), m_search(new QLineEdit(this)),
      m_table(new QTableView(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(EmployeeTableModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1); // search every visible column
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    m_search->setPlaceholderText(tr("Search employees"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);

    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(1, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_table);
}

void EmployeesView::setEmployees(const QList<Employee>& employees)
{
    m_model->setEmployees(employees);
    m_table->resizeColumnsToContents();
}

} // namespace purser
