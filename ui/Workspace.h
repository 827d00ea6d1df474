#pragma once

#include "core/Role.h"
#include "core/SessionInfo.h"

#include <QSqlDatabase>
#include <QUrl>

namespace purser {

class ApiClient;
class CacheDatabase;
class CertificatePinStore;
class Outbox;
class SyncEngine;

// What every view works with: who is signed in where, as what, and the open cache. Views read
// the cache and write through the outbox; nothing here is owned by the views.
struct Workspace
{
    SessionInfo session;
    QUrl server;
    QSqlDatabase cache;
    SyncEngine* sync = nullptr;         // null when there is no server connection at all
    Outbox* outbox = nullptr;           // null: the views are read-only
    ApiClient* api = nullptr;           // for receipt downloads; may be null
    CacheDatabase* cacheFile = nullptr; // for Settings (size, remove); may be null
    CertificatePinStore* pins = nullptr;
    // Where the session token and the cache key are kept, in plain words (SecretStore).
    QString secretsDescription;

    Role role() const
    {
        const auto membership = session.activeMembership();
        return membership ? membership->role : Role::Viewer;
    }
    QString organizationId() const { return session.activeOrganizationId; }
    QString ownEmployeeId() const;
    qint64 uploadLimitBytes() const; // the org's upload_max_bytes, 5 MiB when unknown
    QString currency() const;        // the org's currency (ISO 4217); empty before a sync
};

} // namespace purser
