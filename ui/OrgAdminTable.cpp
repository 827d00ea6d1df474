#include "ui/OrgAdminTable.h"

#include "core/FieldErrors.h"
#include "net/ApiClient.h"
#include "ui/WorkspaceHeader.h"

#include <QHeaderView>
#include <QTableWidget>

namespace purser::OrgAdminTable {

QString field(const QJsonObject& object, const char* key)
{
    return object.value(QLatin1String(key)).toString();
}

Role role(const QJsonObject& item)
{
    return roleFromName(field(item, "role")).value_or(Role::Viewer);
}

QString roleText(const QJsonObject& item)
{
    return WorkspaceHeader::roleText(role(item));
}

void prepare(QTableWidget* table, const QStringList& headers, const QString& accessibleName)
{
    table->setColumnCount(int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->setAccessibleName(accessibleName);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();
}

void fill(QTableWidget* table, const QList<QStringList>& rows)
{
    table->setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        for (int column = 0; column < rows.at(row).size(); ++column) {
            table->setItem(row, column, new QTableWidgetItem(rows.at(row).at(column)));
        }
    }
    table->resizeColumnsToContents();
}

bool select(QTableWidget* table, const QList<QJsonObject>& items, const char* key,
            const QString& value)
{
    for (int row = 0; row < items.size(); ++row) {
        if (field(items.at(row), key) == value) {
            table->setCurrentCell(row, 0);
            return true;
        }
    }
    return false;
}

std::optional<QJsonObject> current(const QTableWidget* table, const QList<QJsonObject>& items)
{
    const int row = table->currentRow();
    if (row < 0 || row >= items.size()) {
        return std::nullopt;
    }
    return items.at(row);
}

FieldErrors fieldErrors(const ApiResponse& response)
{
    return FieldErrors::fromJson(response.object()
                                     .value(QStringLiteral("error"))
                                     .toObject()
                                     .value(QStringLiteral("fields"))
                                     .toObject());
}

} // namespace purser::OrgAdminTable
