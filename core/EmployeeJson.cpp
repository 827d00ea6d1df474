#include "core/EmployeeJson.h"

#include "core/JsonText.h"
#include "core/Rfc3339.h"

namespace purser {

void appendEmployeeJson(QByteArray& out, const Employee& employee)
{
    // The keys in the order QJsonObject keeps them (sorted), the values as toJson() has them.
    const auto key = [&out](const char* name, bool first = false) {
        out.append(first ? "{\"" : ",\"");
        out.append(name);
        out.append("\":");
    };
    const auto text = [&out](const QString& value) { appendJsonString(out, value); };
    const auto textOrNull = [&](const std::optional<QString>& value) {
        if (value) {
            text(*value);
        } else {
            out.append("null");
        }
    };
    bool first = true;
    const auto optionalKey = [&](const char* name, const std::optional<QString>& value) {
        if (value) {
            key(name, first);
            first = false;
            text(*value);
        }
    };
    optionalKey("bank_account", employee.bankAccount);
    optionalKey("bank_name", employee.bankName);
    if (employee.baseSalary) {
        key("base_salary", first);
        first = false;
        out.append("{\"amount\":");
        out.append(QByteArray::number(employee.baseSalary->amount));
        out.append(",\"currency\":");
        text(employee.baseSalary->currency);
        out.append('}');
    }
    key("department", first);
    text(employee.department);
    key("email");
    text(employee.email);
    key("employee_no");
    text(employee.employeeNo);
    key("employment_type");
    text(employee.employmentType);
    key("end_date");
    textOrNull(employee.endDate ? std::optional<QString>(toIsoDate(*employee.endDate))
                                : std::nullopt);
    key("full_name");
    text(employee.fullName);
    key("id");
    text(employee.id);
    if (!employee.integrityErrors.isEmpty()) {
        key("integrity_errors");
        out.append('[');
        for (qsizetype i = 0; i < employee.integrityErrors.size(); ++i) {
            if (i > 0) {
                out.append(',');
            }
            text(employee.integrityErrors.at(i));
        }
        out.append(']');
    }
    key("manager_id");
    textOrNull(employee.managerId);
    if (employee.nationalId) {
        key("national_id");
        text(*employee.nationalId);
    }
    key("position");
    text(employee.position);
    key("start_date");
    text(toIsoDate(employee.startDate));
    key("status");
    text(employee.status);
    key("updated_at");
    text(toRfc3339(employee.updatedAt));
    key("user_id");
    textOrNull(employee.userId);
    key("version");
    out.append(QByteArray::number(employee.version));
    out.append('}');
}

} // namespace purser
