#pragma once

#include "core/Employee.h"
#include "core/FieldErrors.h"

#include <QJsonObject>
#include <optional>

namespace purser::server {

// Turns a create or PATCH body into a whole Employee, with one reason per bad field
// (422 `fields`). Structural checks come from core's Employee::fromJson; the ones that need
// the organisation (currency, manager, user, unique number) are done by the caller.
namespace EmployeeInput {

// The writable keys; id, version and updated_at are the server's.
const QStringList& writableKeys();
// Sensitive keys (audit changes are redacted for them).
bool isSensitive(const QString& key);

// A new record from a create body. base is the server's id/version/updated_at.
std::optional<Employee> forCreate(const QJsonObject& body, const Employee& base,
                                  FieldErrors* errors);
// The record after applying a PATCH body (keys present replace, null clears) to current.
std::optional<Employee> forPatch(const QJsonObject& body, const Employee& current,
                                 FieldErrors* errors);

// {field: [old, new]} for every changed field, sensitive values redacted.
QJsonObject changes(const Employee& before, const Employee& after);

} // namespace EmployeeInput
} // namespace purser::server
