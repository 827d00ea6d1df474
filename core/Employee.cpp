#include "core/Employee.h"

#include "core/Rfc3339.h"

#include <QJsonArray>
#include <QJsonValue>

namespace purser {
namespace {

const QString kId = QStringLiteral("id");
const QString kEmployeeNo = QStringLiteral("employee_no");
const QString kFullName = QStringLiteral("full_name");
const QString kEmail = QStringLiteral("email");
const QString kDepartment = QStringLiteral("department");
const QString kPosition = QStringLiteral("position");
const QString kEmploymentType = QStringLiteral("employment_type");
const QString kStartDate = QStringLiteral("start_date");
const QString kEndDate = QStringLiteral("end_date");
const QString kStatus = QStringLiteral("status");
const QString kManagerId = QStringLiteral("manager_id");
const QString kUserId = QStringLiteral("user_id");
const QString kVersion = QStringLiteral("version");
const QString kUpdatedAt = QStringLiteral("updated_at");
const QString kNationalId = QStringLiteral("national_id");
const QString kBankName = QStringLiteral("bank_name");
const QString kBankAccount = QStringLiteral("bank_account");
const QString kBaseSalary = QStringLiteral("base_salary");

// Reads fields one by one, recording a reason for each that is missing or malformed.
class Reader
{
public:
    Reader(const QJsonObject& object, FieldErrors& errors) : m_object(object), m_errors(errors) {}

    QString requiredString(const QString& key)
    {
        const QJsonValue value = m_object.value(key);
        if (!value.isString() || value.toString().trimmed().isEmpty()) {
            m_errors.add(key, QStringLiteral("required text"));
            return {};
        }
        return value.toString();
    }

    std::optional<QString> optionalString(const QString& key)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() || value.isNull()) {
            return std::nullopt;
        }
        if (!value.isString()) {
            m_errors.add(key, QStringLiteral("must be text"));
            return std::nullopt;
        }
        return value.toString();
    }

    QString oneOf(const QString& key, const QStringList& allowed)
    {
        const QString value = requiredString(key);
        if (!value.isEmpty() && !allowed.contains(value)) {
            m_errors.add(key,
                         QStringLiteral("must be one of: ") + allowed.join(QStringLiteral(", ")));
        }
        return value;
    }

    std::optional<QDate> date(const QString& key, bool required)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() || value.isNull()) {
            if (required) {
                m_errors.add(key, QStringLiteral("required date (YYYY-MM-DD)"));
            }
            return std::nullopt;
        }
        const auto parsed = value.isString() ? fromIsoDate(value.toString()) : std::nullopt;
        if (!parsed) {
            m_errors.add(key, QStringLiteral("must be a date (YYYY-MM-DD)"));
        }
        return parsed;
    }

    qint64 nonNegativeInteger(const QString& key)
    {
        const QJsonValue value = m_object.value(key);
        const double raw = value.toDouble(-1);
        if (!value.isDouble() || raw < 0 || raw != static_cast<double>(static_cast<qint64>(raw))) {
            m_errors.add(key, QStringLiteral("must be a non-negative integer"));
            return 0;
        }
        return static_cast<qint64>(raw);
    }

    QDateTime time(const QString& key)
    {
        const auto parsed = fromRfc3339(m_object.value(key).toString());
        if (!parsed) {
            m_errors.add(key, QStringLiteral("must be an RFC 3339 time"));
            return {};
        }
        return *parsed;
    }

    std::optional<Money> money(const QString& key)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() || value.isNull()) {
            return std::nullopt;
        }
        auto parsed = Money::fromJson(value);
        if (!parsed) {
            m_errors.add(key, Money::jsonRequirement());
        }
        return parsed;
    }

private:
    const QJsonObject& m_object;
    FieldErrors& m_errors;
};

void insertOptional(QJsonObject& object, const QString& key, const std::optional<QString>& value)
{
    if (value) {
        object.insert(key, *value);
    }
}

} // namespace

const QStringList& Employee::employmentTypes()
{
    static const QStringList types = {QStringLiteral("full_time"), QStringLiteral("part_time"),
                                      QStringLiteral("contract"), QStringLiteral("intern")};
    return types;
}

const QStringList& Employee::statuses()
{
    static const QStringList values = {QStringLiteral("active"), QStringLiteral("on_leave"),
                                       QStringLiteral("terminated")};
    return values;
}

QJsonObject Employee::toJson() const
{
    QJsonObject object{
        {kId, id},
        {kEmployeeNo, employeeNo},
        {kFullName, fullName},
        {kEmail, email},
        {kDepartment, department},
        {kPosition, position},
        {kEmploymentType, employmentType},
        {kStartDate, toIsoDate(startDate)},
        {kEndDate, endDate ? QJsonValue(toIsoDate(*endDate)) : QJsonValue(QJsonValue::Null)},
        {kStatus, status},
        {kManagerId, managerId ? QJsonValue(*managerId) : QJsonValue(QJsonValue::Null)},
        {kUserId, userId ? QJsonValue(*userId) : QJsonValue(QJsonValue::Null)},
        {kVersion, version},
        {kUpdatedAt, toRfc3339(updatedAt)},
    };
    insertOptional(object, kNationalId, nationalId);
    insertOptional(object, kBankName, bankName);
    insertOptional(object, kBankAccount, bankAccount);
    if (baseSalary) {
        object.insert(kBaseSalary, baseSalary->toJson());
    }
    if (!integrityErrors.isEmpty()) {
        object.insert(QStringLiteral("integrity_errors"),
                      QJsonArray::fromStringList(integrityErrors));
    }
    return object;
}

std::optional<Employee> Employee::fromJson(const QJsonObject& object, FieldErrors* errors)
{
    FieldErrors local;
    FieldErrors& sink = errors ? *errors : local;
    Reader read(object, sink);

    Employee e;
    e.id = read.requiredString(kId);
    e.employeeNo = read.requiredString(kEmployeeNo);
    e.fullName = read.requiredString(kFullName);
    e.email = read.requiredString(kEmail);
    e.department = read.requiredString(kDepartment);
    e.position = read.requiredString(kPosition);
    e.employmentType = read.oneOf(kEmploymentType, employmentTypes());
    e.startDate = read.date(kStartDate, true).value_or(QDate());
    e.endDate = read.date(kEndDate, false);
    e.status = read.oneOf(kStatus, statuses());
    e.managerId = read.optionalString(kManagerId);
    e.userId = read.optionalString(kUserId);
    e.version = read.nonNegativeInteger(kVersion);
    e.updatedAt = read.time(kUpdatedAt);
    e.nationalId = read.optionalString(kNationalId);
    e.bankName = read.optionalString(kBankName);
    e.bankAccount = read.optionalString(kBankAccount);
    e.baseSalary = read.money(kBaseSalary);

    if (!sink.isEmpty()) {
        return std::nullopt;
    }
    return e;
}

} // namespace purser
