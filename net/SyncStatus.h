#pragma once

#include "net/ConnectionState.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

namespace purser {

class Session;
class SyncEngine;

// What the window's status bar shows about offline work: the connection state, when the last
// sync finished, how many changes wait in the outbox (and how many need the user: conflicts
// and refusals), and the progress of a running sync. It outlives the sync engine it watches
// (sign-out, another account), so the window can hold it for its whole life; without an
// engine it reports "signed out" and nothing pending.
class SyncStatus : public QObject
{
    Q_OBJECT
public:
    // session: not owned, outlives this; the one owner of the connection state.
    explicit SyncStatus(Session* session, QObject* parent = nullptr);

    // Not owned; nullptr detaches. The engine's signals drive every change signal below.
    void attach(SyncEngine* engine);
    SyncEngine* engine() const;

    ConnectionState state() const;       // the session's
    QDateTime lastSync() const;          // invalid before the first complete sync
    int pendingChanges() const;          // every outbox item not yet confirmed by the server
    int changesNeedingAttention() const; // conflicts and refused changes among them
    bool isSyncing() const;
    int retryInMs() const; // while offline: time to the next automatic try
    QString lastError() const { return m_lastError; } // plain words; empty after a good sync

public Q_SLOTS:
    void syncNow();
    void retryNow();

Q_SIGNALS:
    void stateChanged(purser::ConnectionState state);
    void lastSyncChanged(const QDateTime& lastSync);
    void pendingChangesChanged(int pending);
    void syncingChanged(bool syncing);
    // resource is the API's name (employees, payroll-runs, claims, audit-log).
    void progress(const QString& resource, int items, int pages);
    void syncFailed(const QString& message);

private:
    Session* m_session;
    QPointer<SyncEngine> m_engine;
    QList<QMetaObject::Connection> m_connections;
    QString m_lastError;
};

} // namespace purser
