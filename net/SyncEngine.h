#pragma once

#include "core/Role.h"
#include "net/ApiClient.h"

#include <QDateTime>
#include <QObject>
#include <QStringList>
#include <QTimer>
#include <memory>
#include <optional>

namespace purser {

class CacheDatabase;
class AuditSync;
class CacheStore;
class Outbox;

// Keeps the encrypted cache in step with the server: sends the outbox first, checks the
// session and the role (purging what a lost permission may no longer read), reads the
// organisation's upload limit, then pulls every resource the role may read with the server's
// cursors, page by page. Each page (its items, tombstones and the next cursor) is written in one
// transaction, so a sync killed at any point leaves a consistent cache and the next one continues
// after the last whole page. The audit log is pulled by AuditSync: by seq, its hash chain checked
// on arrival, every new entry checked against a signed checkpoint that extends the last one this
// computer verified (an alarm otherwise).
//
// It reports each sync's outcome (syncStarted, syncFinished) and retries with backoff when the
// server was unreachable or failed (retryNow() for the "retry now" button). What an outcome
// means for the connection state is the Session's to decide (Session::followSync): one owner.
class SyncEngine : public QObject
{
    Q_OBJECT
public:
    SyncEngine(ApiClient* api, CacheDatabase* cache, QObject* parent = nullptr);
    ~SyncEngine() override;

    void setOrganization(const QString& organizationId);
    QString organizationId() const { return m_org; }
    void setPageSize(int items) { m_pageSize = qBound(1, items, 1000); }
    Outbox* outbox() const { return m_outbox.get(); }
    CacheStore* store() const { return m_store.get(); }

    // The last sync reached the server and finished (the background timer syncs only then).
    bool lastSyncSucceeded() const { return m_lastOk; }
    bool isRunning() const { return m_running; }
    // When the last complete sync finished (invalid before the first one).
    QDateTime lastSync() const;
    // Milliseconds until the next automatic retry while offline; 0 when none is planned.
    int retryInMs() const;

    void syncNow();
    void retryNow() { syncNow(); }
    // Syncs every intervalMs while online (0 stops the timer).
    void setBackgroundInterval(int intervalMs);

    // The resources a role pulls, in order (api.md names).
    static QStringList resourcesFor(Role role);

Q_SIGNALS:
    void syncStarted();
    void progress(const QString& resource, int items, int pages);
    void syncFinished(bool ok, const purser::ApiError& error);
    void roleChanged(purser::Role from, purser::Role to);
    void dataChanged();

private:
    void finish(const ApiError& error);
    void checkSession();
    void applyRole(Role role, const QString& userId);
    void pullSettings();
    void pullNext(QStringList remaining);
    void pullPage(const QString& resource, QStringList remaining, int items, int pages);
    void pullAudit();
    void pullPayslips(QStringList runIds, QStringList remaining);
    void finalPurge();
    QString orgPath(const QString& rest) const;

    ApiClient* m_api;
    CacheDatabase* m_cache;
    std::unique_ptr<CacheStore> m_store;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<AuditSync> m_audit;
    QString m_org;
    Role m_role = Role::Viewer;
    QString m_userId;
    int m_pageSize = 500;
    bool m_running = false;
    bool m_again = false;
    bool m_lastOk = false;
    QTimer m_background;
    QTimer m_retry;
    int m_backoffMs = 0;
};

} // namespace purser
