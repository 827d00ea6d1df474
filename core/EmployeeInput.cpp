#include "core/EmployeeInput.h"

#include "core/EmployeeRules.h"

#include <utility>

namespace purser::EmployeeInput {
namespace {

bool checkKeys(const QJsonObject& body, FieldErrors* errors)
{
    bool ok = true;
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (it.key() == u"id" || it.key() == u"version" || it.key() == u"updated_at") {
            errors->add(it.key(), QStringLiteral("is set by the server"));
            ok = false;
        } else if (!writableKeys().contains(it.key())) {
            errors->add(it.key(), QStringLiteral("unknown field"));
            ok = false;
        }
    }
    return ok;
}

// The free-text fields and the value each has in employee.
QList<std::pair<QString, const QString*>> textFields(const Employee& e)
{
    return {{QStringLiteral("employee_no"), &e.employeeNo},
            {QStringLiteral("full_name"), &e.fullName},
            {QStringLiteral("department"), &e.department},
            {QStringLiteral("position"), &e.position},
            {QStringLiteral("national_id"), e.nationalId ? &*e.nationalId : nullptr},
            {QStringLiteral("bank_name"), e.bankName ? &*e.bankName : nullptr},
            {QStringLiteral("bank_account"), e.bankAccount ? &*e.bankAccount : nullptr}};
}

// checked: the keys whose values are judged by the value rules (all on create; on a PATCH
// those it sets, so a record stored before a rule existed can still be corrected field by
// field).
std::optional<Employee> finish(const QJsonObject& merged, const QStringList& checked,
                               FieldErrors* errors)
{
    auto employee = Employee::fromJson(merged, errors);
    if (!employee) {
        return std::nullopt;
    }
    employee->employeeNo = EmployeeRules::normalisedEmployeeNo(employee->employeeNo);
    if (employee->employeeNo.isEmpty()) {
        errors->add(QStringLiteral("employee_no"), QStringLiteral("required text"));
    }
    const bool emailFits = checked.contains(u"email")
                               ? EmployeeRules::isEmailAddress(employee->email)
                               : employee->email.contains(u'@') && employee->email.size() <= 254;
    if (!emailFits) {
        errors->add(QStringLiteral("email"), QStringLiteral("must be an email address"));
    }
    for (const auto& [key, text] : textFields(*employee)) {
        if (!text) {
            continue;
        }
        if (checked.contains(key) && EmployeeRules::startsLikeFormula(*text)) {
            errors->add(key, QStringLiteral("starts like a spreadsheet formula"));
        } else if (text->size() > 200 && key != u"national_id" && key != u"bank_name" &&
                   key != u"bank_account") {
            errors->add(key, QStringLiteral("at most 200 characters"));
        }
    }
    if (employee->endDate && *employee->endDate < employee->startDate) {
        errors->add(QStringLiteral("end_date"), QStringLiteral("must not be before start_date"));
    }
    if (employee->baseSalary && employee->baseSalary->amount < 0) {
        errors->add(QStringLiteral("base_salary"), QStringLiteral("must not be negative"));
    }
    if (!errors->isEmpty()) {
        return std::nullopt;
    }
    return employee;
}

} // namespace

const QStringList& writableKeys()
{
    static const QStringList keys = {
        QStringLiteral("employee_no"), QStringLiteral("full_name"),
        QStringLiteral("email"),       QStringLiteral("department"),
        QStringLiteral("position"),    QStringLiteral("employment_type"),
        QStringLiteral("start_date"),  QStringLiteral("end_date"),
        QStringLiteral("status"),      QStringLiteral("manager_id"),
        QStringLiteral("user_id"),     QStringLiteral("national_id"),
        QStringLiteral("bank_name"),   QStringLiteral("bank_account"),
        QStringLiteral("base_salary")};
    return keys;
}

bool isSensitive(const QString& key)
{
    return key == u"national_id" || key == u"bank_name" || key == u"bank_account" ||
           key == u"base_salary";
}

std::optional<Employee> forCreate(const QJsonObject& body, const Employee& base,
                                  FieldErrors* errors)
{
    checkKeys(body, errors);
    QJsonObject merged = body;
    merged.insert(QStringLiteral("id"), base.id);
    merged.insert(QStringLiteral("version"), base.version);
    merged.insert(QStringLiteral("updated_at"), base.toJson().value(QStringLiteral("updated_at")));
    if (!merged.contains(QStringLiteral("status"))) {
        merged.insert(QStringLiteral("status"), QStringLiteral("active"));
    }
    return finish(merged, writableKeys(), errors);
}

std::optional<Employee> forPatch(const QJsonObject& body, const Employee& current,
                                 FieldErrors* errors)
{
    checkKeys(body, errors);
    QJsonObject merged = current.toJson();
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (!writableKeys().contains(it.key())) {
            continue;
        }
        if (it.value().isNull()) {
            merged.remove(it.key());
        } else {
            merged.insert(it.key(), it.value());
        }
    }
    return finish(merged, body.keys(), errors);
}

void checkDepartment(const QString& department, const QStringList& known,
                     EmployeeRules::NewDepartment newDepartment, FieldErrors* errors)
{
    const auto check = EmployeeRules::checkDepartment(department, known, newDepartment);
    if (check.result == EmployeeRules::DepartmentCheck::OtherSpelling) {
        errors->add(QStringLiteral("department"),
                    QStringLiteral("spelled \"%1\" in this organisation").arg(check.knownSpelling));
    } else if (check.result == EmployeeRules::DepartmentCheck::Unknown) {
        errors->add(QStringLiteral("department"), QStringLiteral("unknown department"));
    }
}

} // namespace purser::EmployeeInput
