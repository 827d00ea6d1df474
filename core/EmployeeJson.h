#pragma once

#include "core/Employee.h"
#include "purser_core_export.h"

#include <QByteArray>

namespace purser {

// Appends what QJsonDocument(employee.toJson()).toJson(Compact) gives, byte for byte, without
// building the object: list pages write hundreds of records (issue 14).
PURSER_CORE_EXPORT void appendEmployeeJson(QByteArray& out, const Employee& employee);

} // namespace purser
