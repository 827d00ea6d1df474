#pragma once

#include "core/Role.h"
#include "purser_core_export.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace purser {

struct PURSER_CORE_EXPORT Membership
{
    QString organizationId;
    QString organizationName;
    Role role = Role::Viewer;

    friend bool operator==(const Membership&, const Membership&) = default;
};

struct PURSER_CORE_EXPORT SessionUser
{
    QString id;
    QString email;
    QString name;
    bool twoFactorEnabled = false;

    friend bool operator==(const SessionUser&, const SessionUser&) = default;
};

// The session object of api.md. The token is present only in the answer to sign-in.
struct PURSER_CORE_EXPORT SessionInfo
{
    std::optional<QString> token;
    QDateTime expiresAt;
    SessionUser user;
    QList<Membership> memberships;
    QString activeOrganizationId;

    friend bool operator==(const SessionInfo&, const SessionInfo&) = default;

    // The membership of the active organisation, if the user still has one.
    std::optional<Membership> activeMembership() const;

    QJsonObject toJson() const;
    static std::optional<SessionInfo> fromJson(const QJsonObject& object);
};

} // namespace purser
