#include "net/SyncStatus.h"

#include "cache/OutboxStore.h"
#include "net/Outbox.h"
#include "net/SyncEngine.h"

namespace purser {

SyncStatus::SyncStatus(QObject* parent) : QObject(parent)
{
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
        setState(ConnectionState::SignedOut);
        Q_EMIT pendingChangesChanged(0);
        Q_EMIT syncingChanged(false);
        return;
    }
    m_connections << connect(engine, &SyncEngine::stateChanged, this, &SyncStatus::setState);
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
    setState(engine->state());
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

void SyncStatus::setState(ConnectionState state)
{
    if (state == m_state) {
        return;
    }
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace purser
