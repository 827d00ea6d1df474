#include "core/EmployeeInput.h"

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

std::optional<Employee> finish(const QJsonObject& merged, FieldErrors* errors)
{
    auto employee = Employee::fromJson(merged, errors);
    if (!employee) {
        return std::nullopt;
    }
    if (!employee->email.contains(u'@') || employee->email.size() > 254) {
        errors->add(QStringLiteral("email"), QStringLiteral("must be an email address"));
    }
    for (const QString* text :
         {&employee->employeeNo, &employee->fullName, &employee->department, &employee->position}) {
        if (text->size() > 200) {
            errors->add(text == &employee->employeeNo   ? QStringLiteral("employee_no")
                        : text == &employee->fullName   ? QStringLiteral("full_name")
                        : text == &employee->department ? QStringLiteral("department")
                                                        : QStringLiteral("position"),
                        QStringLiteral("at most 200 characters"));
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
    return finish(merged, errors);
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
    return finish(merged, errors);
}

} // namespace purser::EmployeeInput
