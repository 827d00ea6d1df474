#include "core/SessionInfo.h"

#include "core/Rfc3339.h"

#include <QJsonArray>

namespace purser {

std::optional<Membership> SessionInfo::activeMembership() const
{
    for (const Membership& m : memberships) {
        if (m.organizationId == activeOrganizationId) {
            return m;
        }
    }
    return std::nullopt;
}

QJsonObject SessionInfo::toJson() const
{
    QJsonArray membershipArray;
    for (const Membership& m : memberships) {
        membershipArray.append(
            QJsonObject{{QStringLiteral("organization_id"), m.organizationId},
                        {QStringLiteral("organization_name"), m.organizationName},
                        {QStringLiteral("role"), roleName(m.role)}});
    }
    QJsonObject object{
        {QStringLiteral("expires_at"), toRfc3339(expiresAt)},
        {QStringLiteral("user"),
         QJsonObject{{QStringLiteral("id"), user.id},
                     {QStringLiteral("email"), user.email},
                     {QStringLiteral("name"), user.name},
                     {QStringLiteral("two_factor_enabled"), user.twoFactorEnabled}}},
        {QStringLiteral("memberships"), membershipArray},
        {QStringLiteral("active_organization_id"), activeOrganizationId.isEmpty()
                                                       ? QJsonValue(QJsonValue::Null)
                                                       : QJsonValue(activeOrganizationId)},
    };
    if (token) {
        object.insert(QStringLiteral("token"), *token);
    }
    return object;
}

std::optional<SessionInfo> SessionInfo::fromJson(const QJsonObject& object)
{
    SessionInfo s;
    if (object.contains(QStringLiteral("token"))) {
        if (!object.value(QStringLiteral("token")).isString()) {
            return std::nullopt;
        }
        s.token = object.value(QStringLiteral("token")).toString();
    }
    const auto expires = fromRfc3339(object.value(QStringLiteral("expires_at")).toString());
    const QJsonObject user = object.value(QStringLiteral("user")).toObject();
    if (!expires || !user.value(QStringLiteral("id")).isString()) {
        return std::nullopt;
    }
    s.expiresAt = *expires;
    s.user.id = user.value(QStringLiteral("id")).toString();
    s.user.email = user.value(QStringLiteral("email")).toString();
    s.user.name = user.value(QStringLiteral("name")).toString();
    s.user.twoFactorEnabled = user.value(QStringLiteral("two_factor_enabled")).toBool();
    const QJsonArray memberships = object.value(QStringLiteral("memberships")).toArray();
    for (const QJsonValue& value : memberships) {
        const QJsonObject m = value.toObject();
        const auto role = roleFromName(m.value(QStringLiteral("role")).toString());
        if (!role || !m.value(QStringLiteral("organization_id")).isString()) {
            return std::nullopt;
        }
        s.memberships.append(Membership{m.value(QStringLiteral("organization_id")).toString(),
                                        m.value(QStringLiteral("organization_name")).toString(),
                                        *role});
    }
    s.activeOrganizationId = object.value(QStringLiteral("active_organization_id")).toString();
    return s;
}

} // namespace purser
