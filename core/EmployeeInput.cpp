#include "core/EmployeeInput.h"

#include "core/EmployeeRules.h"
#include "core/VisibleText.h"

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

// The free-text fields and the value each has in employee (null: absent).
QList<std::pair<QString, QString*>> textFields(Employee& e)
{
    return {{QStringLiteral("employee_no"), &e.employeeNo},
            {QStringLiteral("full_name"), &e.fullName},
            {QStringLiteral("department"), &e.department},
            {QStringLiteral("position"), &e.position},
            {QStringLiteral("national_id"), e.nationalId ? &*e.nationalId : nullptr},
            {QStringLiteral("bank_name"), e.bankName ? &*e.bankName : nullptr},
            {QStringLiteral("bank_account"), e.bankAccount ? &*e.bankAccount : nullptr}};
}

// Stores the checked text fields as they look (VisibleText), so uniqueness and spelling checks,
// the database's index and every later reader see the same text: the name in NFC, the codes
// and labels in NFKC (the employee number trimmed as well).
void normaliseText(Employee& e, const QStringList& checked)
{
    const auto normalise = [&checked](const QString& key, QString* text) {
        if (!text || !checked.contains(key)) {
            return;
        }
        *text = key == u"employee_no" ? EmployeeRules::normalisedEmployeeNo(*text)
                : key == u"full_name" ? VisibleText::name(*text)
                                      : VisibleText::identifier(*text);
    };
    for (const auto& [key, text] : textFields(e)) {
        normalise(key, text);
    }
    normalise(QStringLiteral("email"), &e.email);
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
    normaliseText(*employee, checked);
    employee->employeeNo = employee->employeeNo.trimmed(); // stored trimmed since migration 0140
    if (employee->employeeNo.isEmpty()) {
        errors->add(QStringLiteral("employee_no"), QStringLiteral("required text"));
    }
    // Required text that shows nothing once normalised (a braille blank, a lone mark) is none.
    for (const auto& [key, text] : {std::pair{QStringLiteral("full_name"), &employee->fullName},
                                    std::pair{QStringLiteral("department"), &employee->department},
                                    std::pair{QStringLiteral("position"), &employee->position}}) {
        if (checked.contains(key) && text->trimmed().isEmpty()) {
            errors->add(key, QStringLiteral("required text"));
        }
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
        } else if (checked.contains(key) && VisibleText::hasControlCharacter(*text)) {
            errors->add(key, QStringLiteral("must not contain control characters (tab, line "
                                            "breaks and the like)"));
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
