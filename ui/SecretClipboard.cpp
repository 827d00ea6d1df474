#include "ui/SecretClipboard.h"

#include <QApplication>
#include <QClipboard>
#include <QMimeData>
#include <QPointer>
#include <QTimer>

namespace purser {

SecretClipboard* SecretClipboard::instance()
{
    // Owned by the application object, so the clipboard is cleared as Purser quits; made
    // again for a later application object (a QPointer, so never a dangling one).
    static QPointer<SecretClipboard> clipboard;
    if (!clipboard) {
        clipboard = new SecretClipboard(qApp);
    }
    return clipboard;
}

SecretClipboard::SecretClipboard(QObject* parent) : QObject(parent), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(kClearAfterMs);
    connect(m_timer, &QTimer::timeout, this, &SecretClipboard::clearIfUnchanged);
}

SecretClipboard::~SecretClipboard()
{
    clearIfUnchanged();
}

void SecretClipboard::copySecret(const QString& secret)
{
    auto* data = new QMimeData;
    data->setText(secret);
    data->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
    QApplication::clipboard()->setMimeData(data);
    m_secret = secret;
    m_timer->start();
}

void SecretClipboard::clearIfUnchanged()
{
    m_timer->stop();
    if (m_secret.isEmpty()) {
        return;
    }
    // Something the user copied since is theirs: leave it.
    if (QApplication::clipboard()->text() == m_secret) {
        QApplication::clipboard()->clear();
    }
    m_secret.clear();
}

} // namespace purser
