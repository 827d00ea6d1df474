#include "services/OfflineDataIndex.h"

#include "net/SessionStore.h"

#include <QSettings>

namespace purser {

namespace {

const QString lastOrganizationKey = QStringLiteral("cache/lastOrganization");

} // namespace

QString OfflineDataIndex::key(const QUrl& server, const QString& email)
{
    return QStringLiteral("cache/organizations/") +
           QString::fromLatin1(
               SessionStore::keychainKey(server, email)
                   .toUtf8()
                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

void OfflineDataIndex::remember(const QUrl& server, const QString& email,
                                const QString& organizationId)
{
    QStringList known = organizations(server, email);
    if (!known.contains(organizationId)) {
        known << organizationId;
        m_settings->setValue(key(server, email), known);
    }
    m_settings->setValue(lastOrganizationKey, organizationId);
    m_settings->sync();
}

QStringList OfflineDataIndex::organizations(const QUrl& server, const QString& email) const
{
    return m_settings->value(key(server, email)).toStringList();
}

QString OfflineDataIndex::lastOrganization() const
{
    return m_settings->value(lastOrganizationKey).toString();
}

void OfflineDataIndex::forget(const QUrl& server, const QString& email)
{
    m_settings->remove(key(server, email));
    m_settings->sync();
}

} // namespace purser
