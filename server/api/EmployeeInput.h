#pragma once

#include "core/EmployeeInput.h"

#include <QJsonObject>

namespace purser::server {

// Turns a create or PATCH body into a whole Employee, with one reason per bad field
// (422 `fields`). The rules of the body itself are core's EmployeeInput (the client checks
// the same ones before it queues); the ones that need the organisation (currency, manager,
// user, unique number) are done by the caller.
namespace EmployeeInput {

using purser::EmployeeInput::checkDepartment;
using purser::EmployeeInput::forCreate;
using purser::EmployeeInput::forPatch;
using purser::EmployeeInput::isSensitive;
using purser::EmployeeInput::writableKeys;

// {field: [old, new]} for every changed field, sensitive values redacted.
QJsonObject changes(const Employee& before, const Employee& after);

} // namespace EmployeeInput
} // namespace purser::server
