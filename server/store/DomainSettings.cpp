#include "server/store/DomainSettings.h"

#include "server/store/Database.h"

#include <QSqlQuery>

namespace purser::server {

DomainSettings DomainSettings::load(QSqlDatabase db, const QString& orgId)
{
    // The upload limit is the one the settings route (PUT /settings) manages, on the
    // organisation itself; org_domain_settings.upload_max_bytes is no longer read.
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "SELECT o.upload_max_bytes, s.currency, s.contribution_label, s.contribution_rate_bp "
        "FROM organizations o LEFT JOIN org_domain_settings s ON s.org_id = o.id "
        "WHERE o.id = ?"));
    query.addBindValue(orgId);
    Database::exec(query, "load domain settings");
    DomainSettings settings;
    if (query.next()) {
        settings.uploadMaxBytes = query.value(0).toLongLong();
        if (!query.isNull(1)) {
            settings.currency = query.value(1).toString();
            settings.contributionLabel = query.value(2).toString();
            settings.contributionRateBp = query.value(3).toInt();
        }
    }
    return settings;
}

void DomainSettings::save(QSqlDatabase db, const QString& orgId) const
{
    QSqlQuery remove(db);
    remove.prepare(QStringLiteral("DELETE FROM org_domain_settings WHERE org_id = ?"));
    remove.addBindValue(orgId);
    Database::exec(remove, "replace domain settings");
    QSqlQuery insert(db);
    insert.prepare(
        QStringLiteral("INSERT INTO org_domain_settings (org_id, currency, contribution_label, "
                       "contribution_rate_bp, upload_max_bytes) VALUES (?, ?, ?, ?, ?)"));
    insert.addBindValue(orgId);
    insert.addBindValue(currency);
    insert.addBindValue(contributionLabel);
    insert.addBindValue(contributionRateBp);
    insert.addBindValue(uploadMaxBytes);
    Database::exec(insert, "save domain settings");
    QSqlQuery limit(db);
    limit.prepare(QStringLiteral("UPDATE organizations SET upload_max_bytes = ? WHERE id = ?"));
    limit.addBindValue(uploadMaxBytes);
    limit.addBindValue(orgId);
    Database::exec(limit, "save upload limit");
}

} // namespace purser::server
