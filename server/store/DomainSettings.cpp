#include "server/store/DomainSettings.h"

#include "server/store/Database.h"

#include <QSqlQuery>

namespace purser::server {

DomainSettings DomainSettings::load(QSqlDatabase db, const QString& orgId)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT currency, contribution_label, contribution_rate_bp, "
                                 "upload_max_bytes FROM org_domain_settings WHERE org_id = ?"));
    query.addBindValue(orgId);
    Database::exec(query, "load domain settings");
    DomainSettings settings;
    if (query.next()) {
        settings.currency = query.value(0).toString();
        settings.contributionLabel = query.value(1).toString();
        settings.contributionRateBp = query.value(2).toInt();
        settings.uploadMaxBytes = query.value(3).toLongLong();
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
}

} // namespace purser::server
