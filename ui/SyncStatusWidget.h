#pragma once

#include "net/ConnectionState.h"

#include <QDateTime>
#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace purser {

class Outbox;
class SyncEngine;

// The status bar's right side: online/offline, the last sync time, the number of changes
// waiting in the outbox (click for the list) and a progress bar while a sync runs.
class SyncStatusWidget : public QWidget
{
    Q_OBJECT
public:
    explicit SyncStatusWidget(QWidget* parent = nullptr);

    // Either may be null (no server connection); the widget then shows what it knows.
    void attach(SyncEngine* sync, Outbox* outbox);

    void setConnectionState(ConnectionState state);
    void setLastSync(const QDateTime& when);
    void setSyncProgress(const QString& resource, int items); // items < 0: finished
    void refreshPending();

    QString connectionText() const;
    QString lastSyncText() const;
    int pendingCount() const { return m_pending; }
    QProgressBar* progressBar() const { return m_progress; }
    QToolButton* pendingButton() const { return m_pendingButton; }

private:
    void showPendingList();

    Outbox* m_outbox = nullptr;
    QLabel* m_stateIcon;
    QLabel* m_state;
    QLabel* m_lastSync;
    QToolButton* m_pendingButton;
    QProgressBar* m_progress;
    QDateTime m_lastSyncAt;
    int m_pending = 0;
};

} // namespace purser
