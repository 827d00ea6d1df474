#include "ui/SyncStatusWidget.h"

#include "cache/OutboxStore.h"
#include "net/Outbox.h"
#include "net/SyncStatus.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QProgressBar>
#include <QToolButton>

namespace purser {

SyncStatusWidget::SyncStatusWidget(QWidget* parent)
    : QWidget(parent), m_auditAlarm(new QLabel(this)), m_stateIcon(new QLabel(this)),
      m_state(new QLabel(this)), m_lastSync(new QLabel(this)),
      m_pendingButton(new QToolButton(this)), m_retryButton(new QToolButton(this)),
      m_progress(new QProgressBar(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_auditAlarm);
    layout->addWidget(m_progress);
    layout->addWidget(m_pendingButton);
    layout->addWidget(m_lastSync);
    layout->addWidget(m_stateIcon);
    layout->addWidget(m_state);
    layout->addWidget(m_retryButton);

    m_progress->setRange(0, 0); // busy indicator: a sync does not know its total in advance
    m_progress->setMaximumWidth(140);
    m_progress->setTextVisible(false);
    m_progress->setAccessibleName(tr("Sync progress"));
    m_progress->hide();

    m_pendingButton->setIcon(QIcon(QStringLiteral(":/icons/outbox.svg")));
    m_pendingButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_pendingButton->setAutoRaise(true);
    m_pendingButton->setAccessibleName(tr("Changes waiting to be sent"));
    connect(m_pendingButton, &QToolButton::clicked, this, &SyncStatusWidget::showPendingList);

    m_retryButton->setText(tr("Retry now"));
    m_retryButton->setAutoRaise(true);
    m_retryButton->setAccessibleName(tr("Retry the connection now"));
    m_retryButton->hide();
    connect(m_retryButton, &QToolButton::clicked, this, [this]() {
        if (m_syncStatus) {
            m_syncStatus->retryNow();
        }
    });

    m_auditAlarm->setAccessibleName(tr("Audit history alarm"));
    m_auditAlarm->setStyleSheet(
        QStringLiteral("QLabel { color: white; background: #b00020; padding: 2px 6px; "
                       "font-weight: bold; }"));
    m_auditAlarm->hide();

    m_stateIcon->setAccessibleName(tr("Connection state"));
    setConnectionState(ConnectionState::Offline);
    setLastSync({});
    refreshPending();
}

void SyncStatusWidget::setAuditAlarm(const QString& text)
{
    m_auditAlarm->setText(text);
    m_auditAlarm->setToolTip(text);
    m_auditAlarm->setVisible(!text.isEmpty());
}

QString SyncStatusWidget::auditAlarmText() const
{
    return m_auditAlarm->text();
}

void SyncStatusWidget::attach(SyncStatus* status, Outbox* outbox)
{
    if (m_syncStatus) {
        disconnect(m_syncStatus, nullptr, this, nullptr);
    }
    if (m_outbox) {
        disconnect(m_outbox, nullptr, this, nullptr);
    }
    m_syncStatus = status;
    m_outbox = outbox;
    if (status) {
        connect(status, &SyncStatus::stateChanged, this, &SyncStatusWidget::setConnectionState);
        connect(status, &SyncStatus::lastSyncChanged, this, &SyncStatusWidget::setLastSync);
        connect(status, &SyncStatus::pendingChangesChanged, this,
                &SyncStatusWidget::refreshPending);
        connect(
            status, &SyncStatus::progress, this,
            [this](const QString& resource, int items, int) { setSyncProgress(resource, items); });
        connect(status, &SyncStatus::syncingChanged, this, [this](bool syncing) {
            if (!syncing) {
                setSyncProgress({}, -1);
            }
        });
        setConnectionState(status->state());
        setLastSync(status->lastSync());
    }
    if (outbox) {
        connect(outbox, &Outbox::changed, this, &SyncStatusWidget::refreshPending);
    }
    refreshPending();
}

void SyncStatusWidget::setConnectionState(ConnectionState state)
{
    const bool online = state == ConnectionState::Online;
    m_stateIcon->setPixmap(
        QIcon(online ? QStringLiteral(":/icons/online.svg") : QStringLiteral(":/icons/offline.svg"))
            .pixmap(12, 12));
    m_state->setText(online ? tr("Online") : connectionStateDisplay(state));
    m_retryButton->setVisible(m_syncStatus && state == ConnectionState::Offline);
}

void SyncStatusWidget::setLastSync(const QDateTime& when)
{
    m_lastSyncAt = when;
    m_lastSync->setText(when.isValid()
                            ? tr("Last sync %1").arg(QLocale().toString(when, QLocale::ShortFormat))
                            : tr("Not synced yet"));
}

void SyncStatusWidget::setSyncProgress(const QString& resource, int items)
{
    if (items < 0) {
        m_progress->hide();
        return;
    }
    m_progress->show();
    m_progress->setToolTip(tr("Syncing %1: %n item(s)", nullptr, items).arg(resource));
}

void SyncStatusWidget::refreshPending()
{
    m_pending = m_syncStatus ? m_syncStatus->pendingChanges()
                : m_outbox   ? m_outbox->store()->unsentCount()
                             : 0;
    m_pendingButton->setText(tr("%n change(s) waiting", nullptr, m_pending));
    m_pendingButton->setEnabled(m_pending > 0);
}

QStringList SyncStatusWidget::pendingLines() const
{
    QStringList lines;
    if (!m_outbox) {
        return lines;
    }
    for (const OutboxItem& item : m_outbox->store()->items()) {
        QString line = item.kind + QStringLiteral("  ·  ") + outboxStatusName(item.status);
        if (!item.errorMessage.isEmpty()) {
            line += QStringLiteral("  ·  ") + item.errorMessage;
        }
        lines << line;
    }
    return lines;
}

void SyncStatusWidget::showPendingList()
{
    QMenu menu(this);
    for (const QString& line : pendingLines()) {
        menu.addAction(line)->setEnabled(false);
    }
    if (!menu.isEmpty()) {
        menu.exec(m_pendingButton->mapToGlobal(QPoint(0, 0)));
    }
}

QString SyncStatusWidget::connectionText() const
{
    return m_state->text();
}

QString SyncStatusWidget::lastSyncText() const
{
    return m_lastSync->text();
}

} // namespace purser
