#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

class QSettings;

namespace purser {

// Which organisations have offline data for an account, and which one was used last. Not
// secret (organisation ids only) and kept in QSettings, so the window and the headless
// commands find the same files, and an offline start knows which cache to open.
class OfflineDataIndex
{
public:
    explicit OfflineDataIndex(QSettings* settings) : m_settings(settings) {}

    void remember(const QUrl& server, const QString& email, const QString& organizationId);
    QStringList organizations(const QUrl& server, const QString& email) const;
    QString lastOrganization() const;
    void forget(const QUrl& server, const QString& email);

private:
    static QString key(const QUrl& server, const QString& email);

    QSettings* m_settings;
};

} // namespace purser
