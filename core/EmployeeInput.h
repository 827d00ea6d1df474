#pragma once

#include "core/Employee.h"
#include "core/EmployeeRules.h"
#include "core/FieldErrors.h"
#include "purser_core_export.h"

#include <QJsonObject>
#include <optional>

namespace purser {

// The rules a create or PATCH body of an employee must meet on its own (api.md, Employees):
// the server enforces them (422 `fields`), the client's forms and CSV import check them before
// anything is queued. The value rules themselves are EmployeeRules (trimmed employee number,
// no formula-like text, real email addresses). Checks that need the organisation (unique
// number by EmployeeRules::employeeNoKey, department spelling, currency, manager and user in
// the organisation) are the caller's, with the organisation's facts.
namespace EmployeeInput {

// The writable keys; id, version and updated_at are the server's.
PURSER_CORE_EXPORT const QStringList& writableKeys();
// Sensitive keys (audit changes are redacted for them).
PURSER_CORE_EXPORT bool isSensitive(const QString& key);

// A new record from a create body. base is the server's id/version/updated_at.
PURSER_CORE_EXPORT std::optional<Employee> forCreate(const QJsonObject& body, const Employee& base,
                                                     FieldErrors* errors);
// The record after applying a PATCH body (keys present replace, null clears) to current.
PURSER_CORE_EXPORT std::optional<Employee> forPatch(const QJsonObject& body,
                                                    const Employee& current, FieldErrors* errors);

// The department rule (EmployeeRules::checkDepartment) as a field error, known being the
// organisation's departments.
PURSER_CORE_EXPORT void checkDepartment(const QString& department, const QStringList& known,
                                        EmployeeRules::NewDepartment newDepartment,
                                        FieldErrors* errors);

} // namespace EmployeeInput
} // namespace purser
