#pragma once

#include "core/FieldErrors.h"
#include "core/Money.h"
#include "purser_core_export.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace purser {

// An employee record and its JSON form (api.md, Employees). The sensitive fields are
// optional: a role that may not read them gets an object without those keys at all.
struct PURSER_CORE_EXPORT Employee
{
    QString id;
    QString employeeNo;
    QString fullName;
    QString email;
    QString department;
    QString position;
    QString employmentType; // full_time | part_time | contract | intern
    QDate startDate;
    std::optional<QDate> endDate;
    QString status; // active | on_leave | terminated
    std::optional<QString> managerId;
    std::optional<QString> userId;
    qint64 version = 0;
    QDateTime updatedAt;

    // Sensitive: present only when the reader may see them.
    std::optional<QString> nationalId;
    std::optional<QString> bankName;
    std::optional<QString> bankAccount;
    std::optional<Money> baseSalary;

    // Sensitive fields whose stored value failed its integrity check on the server (encryption
    // at rest): those keys are absent and listed in "integrity_errors" instead.
    QStringList integrityErrors;

    friend bool operator==(const Employee&, const Employee&) = default;

    QJsonObject toJson() const;

    // Parses a full record as the server sends it. On failure returns nullopt and fills
    // errors (when given) with one reason per bad field.
    static std::optional<Employee> fromJson(const QJsonObject& object,
                                            FieldErrors* errors = nullptr);

    static const QStringList& employmentTypes();
    static const QStringList& statuses();
};

} // namespace purser
