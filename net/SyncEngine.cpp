#include "net/SyncEngine.h"

#include "cache/CacheDatabase.h"
#include "cache/CacheLogging.h"
#include "cache/CacheStore.h"
#include "core/PermissionMatrix.h"
#include "core/SessionInfo.h"
#include "net/AuditSync.h"
#include "net/Outbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QUrl>

namespace purser {

namespace {

constexpr int firstBackoffMs = 2000;
constexpr int maxBackoffMs = 5 * 60 * 1000;
constexpr int maxPages = 100000; // a guard against a server that never says "done"

const QString auditResource = QStringLiteral("audit-log");
const QString payslipsResource = QStringLiteral("payslips");
// The version of a run whose payslips the cache holds: fetched again only when it changed.
const QString payslipsOfRunKey = QStringLiteral("payslips_of_run:");
const QString roleKey = QStringLiteral("role");
const QString ownEmployeeKey = QStringLiteral("own_employee_id");
const QString sessionMetaKey = QStringLiteral("session");
const QString uploadLimitKey = QStringLiteral("upload_max_bytes");

} // namespace

SyncEngine::SyncEngine(ApiClient* api, CacheDatabase* cache, QObject* parent)
    : QObject(parent), m_api(api), m_cache(cache),
      m_store(std::make_unique<CacheStore>(cache->database())),
      m_outbox(std::make_unique<Outbox>(api, cache)),
      m_audit(std::make_unique<AuditSync>(api, m_store.get(), cache->secrets()))
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &SyncEngine::syncNow);
    connect(&m_background, &QTimer::timeout, this, [this]() {
        if (m_lastOk) {
            syncNow();
        }
    });
}

SyncEngine::~SyncEngine() = default;

void SyncEngine::setOrganization(const QString& organizationId)
{
    m_org = organizationId;
    m_outbox->setOrganization(organizationId);
}

QDateTime SyncEngine::lastSync() const
{
    return QDateTime::fromString(m_store->meta(QStringLiteral("last_sync")), Qt::ISODateWithMs);
}

int SyncEngine::retryInMs() const
{
    return m_retry.isActive() ? m_retry.remainingTime() : 0;
}

void SyncEngine::setBackgroundInterval(int intervalMs)
{
    if (intervalMs <= 0) {
        m_background.stop();
        return;
    }
    m_background.start(intervalMs);
}

QStringList SyncEngine::resourcesFor(Role role)
{
    QStringList resources;
    if (grantsAny(role, Permission::EmployeesRead)) {
        resources << QStringLiteral("employees");
    }
    if (grantsAny(role, Permission::PayrollRead)) {
        resources << QStringLiteral("payroll-runs");
    }
    if (access(role, Permission::PayrollReadPayslips) == Access::Own) {
        // A member's own payslips, kept offline ("My payslips", their PDFs); after the runs.
        resources << payslipsResource;
    }
    if (grantsAny(role, Permission::ClaimsRead)) {
        resources << QStringLiteral("claims");
    }
    if (grantsAny(role, Permission::MembersRead)) {
        resources << QStringLiteral("members");
    }
    if (grantsAny(role, Permission::AuditRead)) {
        resources << auditResource;
    }
    return resources;
}

QString SyncEngine::orgPath(const QString& rest) const
{
    return QStringLiteral("/orgs/") + QString::fromLatin1(QUrl::toPercentEncoding(m_org)) + rest;
}

void SyncEngine::syncNow()
{
    if (m_running) {
        m_again = true; // one more round after this one, so nothing asked for is missed
        return;
    }
    m_retry.stop();
    m_running = true;
    Q_EMIT syncStarted();
    // Local changes go first: a pull must never hide a change the user is waiting to send.
    m_outbox->flush([this](const ApiError& error) {
        if (error.isError()) {
            finish(error);
            return;
        }
        checkSession();
    });
}

void SyncEngine::finish(const ApiError& error)
{
    m_running = false;
    if (!error.isError()) {
        m_backoffMs = 0;
        m_lastOk = true;
        qCInfo(lcSync) << "sync complete";
        Q_EMIT syncFinished(true, {});
        if (m_again) {
            m_again = false;
            syncNow();
        }
        return;
    }
    m_again = false;
    m_lastOk = false;
    // Whether to try again by itself; the connection state is the Session's (followSync).
    bool retry = false;
    switch (error.kind) {
    case ApiError::Kind::CertificateChanged: // the user decides (the status bar asks)
        break;
    case ApiError::Kind::Http:
        retry = error.status != 401 && Outbox::isWorthRetrying(error); // 401: sign in again
        break;
    default: // unreachable, TLS, nonsense: the next try may work
        retry = true;
        break;
    }
    if (retry) {
        m_backoffMs = m_backoffMs == 0 ? firstBackoffMs : qMin(m_backoffMs * 2, maxBackoffMs);
        m_retry.start(m_backoffMs);
        qCInfo(lcSync) << "sync stopped; retrying in" << m_backoffMs / 1000 << "s";
    }
    Q_EMIT syncFinished(false, error);
}

void SyncEngine::checkSession()
{
    m_api->get(this, QStringLiteral("/auth/session"), {}, [this](const ApiResponse& response) {
        if (!response.ok()) {
            finish(response.error);
            return;
        }
        const auto session = SessionInfo::fromJson(response.object());
        std::optional<Membership> membership;
        if (session) {
            for (const Membership& m : session->memberships) {
                if (m.organizationId == m_org) {
                    membership = m;
                }
            }
        }
        if (!membership) {
            // No longer a member: nothing of this organisation may stay readable.
            finish(ApiError::http(404, QStringLiteral("not_found"),
                                  tr("You are no longer a member of this organisation.")));
            return;
        }
        applyRole(membership->role, session->user.id);
        // The session as last seen, so a start without the server can still show who is
        // signed in and with which role.
        m_store->setMeta(
            sessionMetaKey,
            QString::fromUtf8(QJsonDocument(response.object()).toJson(QJsonDocument::Compact)));
        pullSettings();
    });
}

void SyncEngine::pullSettings()
{
    // Any member may read the organisation's settings (api.md); the client keeps the upload
    // limit (the receipt drop area refuses by the organisation's real limit) and the currency
    // (forms enter money in it, charts show it).
    m_api->get(this, orgPath(QStringLiteral("/settings")), {}, [this](const ApiResponse& response) {
        if (!response.ok()) {
            if (response.error.status == 404 || response.error.status == 403) {
                qCInfo(lcSync) << "no organisation settings" << response.error.status;
                pullNext(resourcesFor(m_role));
                return;
            }
            finish(response.error);
            return;
        }
        const qint64 limit =
            response.object().value(QStringLiteral("upload_max_bytes")).toInteger(0);
        if (limit > 0) {
            m_store->setMeta(uploadLimitKey, QString::number(limit));
        }
        const QString currency = response.object().value(QStringLiteral("currency")).toString();
        if (!currency.isEmpty()) {
            m_store->setMeta(QStringLiteral("currency"), currency);
        }
        pullNext(resourcesFor(m_role));
    });
}

void SyncEngine::applyRole(Role role, const QString& userId)
{
    m_userId = userId;
    const QString before = m_store->meta(roleKey);
    m_role = role;
    if (before == roleName(role)) {
        return;
    }
    CacheStore::Transaction tx(m_store->database());
    if (!before.isEmpty()) {
        // What the role may no longer read goes at once; the rest is pulled again from the
        // start, so the cache holds exactly what the new role sees.
        qCInfo(lcSync) << "role changed from" << before << "to" << roleName(role);
        m_store->purgeForRole(role, m_store->meta(ownEmployeeKey));
        for (const QString& resource : {QStringLiteral("employees"), QStringLiteral("payroll-runs"),
                                        QStringLiteral("claims"), QStringLiteral("members")}) {
            m_store->removeResource(resource);
        }
        if (!grantsAny(role, Permission::AuditRead)) {
            m_store->purgeAudit();
        }
    }
    m_store->setMeta(roleKey, roleName(role));
    m_store->setMeta(QStringLiteral("user_id"), userId);
    m_store->setMeta(QStringLiteral("organization_id"), m_org);
    tx.commit();
    if (!before.isEmpty()) {
        if (const auto previous = roleFromName(before)) {
            Q_EMIT roleChanged(*previous, role);
        }
        Q_EMIT dataChanged();
    }
}

void SyncEngine::pullNext(QStringList remaining)
{
    if (remaining.isEmpty()) {
        finalPurge();
        finish({});
        return;
    }
    const QString resource = remaining.takeFirst();
    if (resource == auditResource) {
        pullAudit();
        return;
    }
    if (resource == payslipsResource) {
        // Payslips of runs the cache no longer has go; runs new or changed are fetched.
        QSet<QString> runs;
        QStringList stale;
        for (const QJsonObject& run : m_store->records(QStringLiteral("payroll-runs"))) {
            const QString id = run.value(QStringLiteral("id")).toString();
            runs.insert(id);
            if (m_store->meta(payslipsOfRunKey + id) !=
                QString::number(run.value(QStringLiteral("version")).toInteger())) {
                stale << id;
            }
        }
        for (const QJsonObject& slip : m_store->records(payslipsResource)) {
            if (!runs.contains(slip.value(QStringLiteral("run_id")).toString())) {
                m_store->removeRecord(payslipsResource,
                                      slip.value(QStringLiteral("id")).toString());
            }
        }
        pullPayslips(std::move(stale), std::move(remaining));
        return;
    }
    pullPage(resource, std::move(remaining), 0, 0);
}

void SyncEngine::pullPayslips(QStringList runIds, QStringList remaining)
{
    if (runIds.isEmpty()) {
        pullNext(std::move(remaining));
        return;
    }
    const QString runId = runIds.takeFirst();
    const QString path =
        orgPath(QStringLiteral("/payroll-runs/") +
                QString::fromLatin1(QUrl::toPercentEncoding(runId)) + QStringLiteral("/payslips"));
    m_api->get(this, path, {},
               [this, runId, runIds = std::move(runIds),
                remaining = std::move(remaining)](const ApiResponse& response) mutable {
                   if (!response.ok() && response.error.status != 404) {
                       finish(response.error);
                       return;
                   }
                   const auto run = m_store->record(QStringLiteral("payroll-runs"), runId);
                   CacheStore::Transaction tx(m_store->database());
                   for (const QJsonObject& old : m_store->records(payslipsResource)) {
                       if (old.value(QStringLiteral("run_id")).toString() == runId) {
                           m_store->removeRecord(payslipsResource,
                                                 old.value(QStringLiteral("id")).toString());
                       }
                   }
                   for (const QJsonValue& item :
                        response.object().value(QStringLiteral("items")).toArray()) {
                       m_store->putRecord(payslipsResource, item.toObject());
                   }
                   if (run) {
                       m_store->setMeta(
                           payslipsOfRunKey + runId,
                           QString::number(run->value(QStringLiteral("version")).toInteger()));
                   }
                   if (!tx.commit()) {
                       finish(ApiError::of(ApiError::Kind::InvalidResponse,
                                           tr("Cannot write the offline data.")));
                       return;
                   }
                   pullPayslips(std::move(runIds), std::move(remaining));
               });
}

void SyncEngine::pullPage(const QString& resource, QStringList remaining, int items, int pages)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QString::number(m_pageSize));
    const QString cursor = m_store->cursor(resource);
    if (!cursor.isEmpty()) {
        query.addQueryItem(QStringLiteral("since"), cursor);
    }
    m_api->get(this, orgPath(u'/' + resource), query,
               [this, resource, cursor, remaining = std::move(remaining), items,
                pages](const ApiResponse& response) mutable {
                   if (!response.ok()) {
                       if (resource != QStringLiteral("employees") &&
                           (response.error.status == 404 || response.error.status == 403)) {
                           // Not offered by this server (or to this role): nothing to keep.
                           qCInfo(lcSync) << "skipping" << resource << response.error.status;
                           pullNext(std::move(remaining));
                           return;
                       }
                       finish(response.error);
                       return;
                   }
                   const QJsonObject page = response.object();
                   const QJsonArray received = page.value(QStringLiteral("items")).toArray();
                   CacheStore::Transaction tx(m_store->database());
                   OutboxStore* outbox = m_outbox->store();
                   for (const QJsonValue& id : page.value(QStringLiteral("deleted")).toArray()) {
                       m_store->removeRecord(resource, id.toString());
                   }
                   for (const QJsonValue& value : received) {
                       QJsonObject record = value.toObject();
                       if (!record.contains(QStringLiteral("id"))) {
                           // Members are known by their user id (names for the views).
                           record.insert(QStringLiteral("id"),
                                         record.value(QStringLiteral("user_id")));
                       }
                       const QString id = record.value(QStringLiteral("id")).toString();
                       if (id.isEmpty() || outbox->hasUnsentChange(resource, id)) {
                           continue; // a queued change shows until the server answers it
                       }
                       m_store->putRecord(resource, record);
                   }
                   const QString next = page.value(QStringLiteral("next_cursor")).toString();
                   if (!next.isEmpty()) {
                       m_store->setCursor(resource, next);
                   }
                   if (!tx.commit()) {
                       finish(ApiError::of(ApiError::Kind::InvalidResponse,
                                           tr("Cannot write the offline data.")));
                       return;
                   }
                   items += int(received.size());
                   ++pages;
                   Q_EMIT progress(resource, items, pages);
                   const bool more = page.value(QStringLiteral("has_more")).toBool();
                   if (more && !next.isEmpty() && next != cursor && pages < maxPages) {
                       pullPage(resource, std::move(remaining), items, pages);
                       return;
                   }
                   Q_EMIT dataChanged();
                   pullNext(std::move(remaining));
               });
}

void SyncEngine::pullAudit()
{
    m_audit->run(
        m_org, m_pageSize,
        [this](int items, int pages) { Q_EMIT progress(auditResource, items, pages); },
        [this](const ApiError& error) {
            if (error.isError()) {
                finish(error);
                return;
            }
            Q_EMIT dataChanged();
            pullNext({});
        });
}

void SyncEngine::finalPurge()
{
    // The caller's own employee record decides what "own" means for members.
    QString own;
    for (const QJsonObject& employee : m_store->records(QStringLiteral("employees"))) {
        if (!m_userId.isEmpty() &&
            employee.value(QStringLiteral("user_id")).toString() == m_userId) {
            own = employee.value(QStringLiteral("id")).toString();
        }
    }
    CacheStore::Transaction tx(m_store->database());
    if (!own.isEmpty()) {
        m_store->setMeta(ownEmployeeKey, own);
    }
    m_store->purgeForRole(m_role, own.isEmpty() ? m_store->meta(ownEmployeeKey) : own);
    m_store->setMeta(QStringLiteral("last_sync"),
                     QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    tx.commit();
}

} // namespace purser
