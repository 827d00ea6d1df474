#pragma once

#include "net/ConnectionState.h"

#include <QDateTime>
#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace purser {

class Outbox;
class SyncStatus;

// The status bar's right side: online/offline (with "Retry now" while offline), the last sync
// time, the number of changes waiting in the outbox (click for the list) and a progress bar
// while a sync runs. It shows what SyncStatus reports; the outbox only feeds the list.
class SyncStatusWidget : public QWidget
{
    Q_OBJECT
public:
    explicit SyncStatusWidget(QWidget* parent = nullptr);

    // Either may be null (no offline data); the widget then shows what it knows. Not owned.
    void attach(SyncStatus* status, Outbox* outbox);

    void setConnectionState(ConnectionState state);
    void setLastSync(const QDateTime& when);
    void setSyncProgress(const QString& resource, int items); // items < 0: finished
    void refreshPending();
    // The organisation's audit history alarm (AuditSync::summarize), shown in red until the
    // evidence is dealt with; empty hides it.
    void setAuditAlarm(const QString& text);
    QString auditAlarmText() const;

    QString connectionText() const;
    QString lastSyncText() const;
    int pendingCount() const { return m_pending; }
    QProgressBar* progressBar() const { return m_progress; }
    QToolButton* pendingButton() const { return m_pendingButton; }
    QToolButton* retryButton() const { return m_retryButton; }
    QStringList pendingLines() const;

private:
    void showPendingList();

    SyncStatus* m_syncStatus = nullptr;
    Outbox* m_outbox = nullptr;
    QLabel* m_auditAlarm;
    QLabel* m_stateIcon;
    QLabel* m_state;
    QLabel* m_lastSync;
    QToolButton* m_pendingButton;
    QToolButton* m_retryButton;
    QProgressBar* m_progress;
    QDateTime m_lastSyncAt;
    int m_pending = 0;
};

} // namespace purser
