#pragma once

#include "core/Role.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

class QTableWidget;

namespace purser {

struct ApiResponse;
class FieldErrors;

// What the Organisation panels share: a read-only, row-selecting table of the server's items,
// and the `fields` of a 422 answer.
namespace OrgAdminTable {

QString field(const QJsonObject& object, const char* key);
// The item's "role" (viewer when unknown): as a value, and in the user's words.
Role role(const QJsonObject& item);
QString roleText(const QJsonObject& item);
void prepare(QTableWidget* table, const QStringList& headers, const QString& accessibleName);
// Replaces the rows with these cells (one list per row) and sizes the columns to them.
void fill(QTableWidget* table, const QList<QStringList>& rows);
// Selects the first item whose key has this value; false when there is none.
bool select(QTableWidget* table, const QList<QJsonObject>& items, const char* key,
            const QString& value);
std::optional<QJsonObject> current(const QTableWidget* table, const QList<QJsonObject>& items);
FieldErrors fieldErrors(const ApiResponse& response);

} // namespace OrgAdminTable
} // namespace purser
