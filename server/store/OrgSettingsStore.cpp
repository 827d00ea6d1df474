#include "server/store/OrgSettingsStore.h"

#include "server/store/Database.h"
#include "server/store/OneRoundTrip.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace purser::server {

QJsonObject OrgSettingsStore::Settings::toJson() const
{
    return QJsonObject{
        {QStringLiteral("name"), name},
        {QStringLiteral("email_domain_allowlist"),
         QJsonArray::fromStringList(emailDomainAllowlist)},
        {QStringLiteral("require_two_factor"), requireTwoFactor},
        {QStringLiteral("upload_max_bytes"), uploadMaxBytes},
    };
}

std::optional<OrgSettingsStore::Settings> OrgSettingsStore::load(const QString& orgId)
{
    QSqlQuery query(m_db);
    runInOneRoundTrip(query,
                      QStringLiteral("SELECT name, email_domain_allowlist, require_two_factor, "
                                     "upload_max_bytes FROM organizations WHERE id = ?"),
                      {orgId}, "load organisation settings");
    if (!query.next()) {
        return std::nullopt;
    }
    Settings settings;
    settings.name = query.value(0).toString();
    for (const QJsonValue& domain :
         QJsonDocument::fromJson(query.value(1).toString().toUtf8()).array()) {
        settings.emailDomainAllowlist.append(domain.toString());
    }
    settings.requireTwoFactor = query.value(2).toBool();
    settings.uploadMaxBytes = query.value(3).toLongLong();
    return settings;
}

void OrgSettingsStore::save(const QString& orgId, const Settings& settings)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE organizations SET name = ?, email_domain_allowlist = ?, "
                                 "require_two_factor = ?, upload_max_bytes = ? WHERE id = ?"));
    query.addBindValue(settings.name);
    query.addBindValue(
        QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(settings.emailDomainAllowlist))
                              .toJson(QJsonDocument::Compact)));
    query.addBindValue(settings.requireTwoFactor);
    query.addBindValue(settings.uploadMaxBytes);
    query.addBindValue(orgId);
    Database::exec(query, "save organisation settings");
}

} // namespace purser::server
