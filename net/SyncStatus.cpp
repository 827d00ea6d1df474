#include "net/SyncStatus.h"

#include "cache/OutboxStore.h"
#include "net/Outbox.h"
#include "net/Session.h"
#include "net/SyncEngine.h"

namespace purser {

SyncStatus::SyncStatus(Session* session, QObject* parent) : QObject(parent), m_session(session)
{
    // The session owns the connection state; this only passes it on to the status bar.
    connect(session, &Session::stateChanged, this, &SyncStatus::stateChanged);
}

ConnectionState SyncStatus::state() const
{
    return m_session->state();
}

void SyncStatus::attach(SyncEngine* engine)
{
    for (const QMetaObject::Connection& connection : std::as_const(m_connections)) {
        disconnect(connection);
    }
    m_connections.clear();
    m_engine = engine;
    m_lastError.clear();
    if (!engine) {
        Q_EMIT pendingChangesChanged(0);
        Q_EMIT syncingChanged(false);
        return;
    }
    m_connections << connect(engine, &SyncEngine::syncStarted, this,
                             [this]() { Q_EMIT syncingChanged(true); });
    m_connections << connect(engine, &SyncEngine::progress, this, &SyncStatus::progress);
    m_connections << connect(engine, &SyncEngine::syncFinished, this,
                             [this](bool ok, const ApiError& error) {
                                 m_lastError = ok ? QString() : error.message;
                                 Q_EMIT syncingChanged(false);
                                 if (ok) {
                                     Q_EMIT lastSyncChanged(lastSync());
                                 } else {
                                     Q_EMIT syncFailed(m_lastError);
                                 }
                                 Q_EMIT pendingChangesChanged(pendingChanges());
                             });
    m_connections << connect(engine->outbox(), &Outbox::changed, this,
                             [this]() { Q_EMIT pendingChangesChanged(pendingChanges()); });
    Q_EMIT lastSyncChanged(lastSync());
    Q_EMIT pendingChangesChanged(pendingChanges());
}

SyncEngine* SyncStatus::engine() const
{
    return m_engine;
}

QDateTime SyncStatus::lastSync() const
{
    return m_engine ? m_engine->lastSync() : QDateTime();
}

int SyncStatus::pendingChanges() const
{
    return m_engine ? m_engine->outbox()->store()->unsentCount() : 0;
}

int SyncStatus::changesNeedingAttention() const
{
    if (!m_engine) {
        return 0;
    }
    int count = 0;
    for (const OutboxItem& item : m_engine->outbox()->store()->items()) {
        count += item.status == OutboxItem::Status::Pending ? 0 : 1;
    }
    return count;
}

bool SyncStatus::isSyncing() const
{
    return m_engine && m_engine->isRunning();
}

int SyncStatus::retryInMs() const
{
    return m_engine ? m_engine->retryInMs() : 0;
}

void SyncStatus::syncNow()
{
    if (m_engine) {
        m_engine->syncNow();
    }
}

void SyncStatus::retryNow()
{
    if (m_engine) {
        m_engine->retryNow();
    }
}

} // namespace purser
