#pragma once

#include <QSqlDatabase>
#include <QString>

namespace purser::server {

// Per-organisation settings the domain routes read (org_domain_settings). A missing row means
// the defaults: SGD, an employee CPF-style contribution of 20% of gross, uploads up to 5 MiB.
struct DomainSettings
{
    static constexpr qint64 kDefaultUploadMaxBytes = 5 * 1024 * 1024;
    static constexpr qint64 kMaxUploadMaxBytes = 25 * 1024 * 1024;

    QString currency = QStringLiteral("SGD");
    QString contributionLabel = QStringLiteral("Employee CPF contribution");
    int contributionRateBp = 2000; // basis points of gross pay
    qint64 uploadMaxBytes = kDefaultUploadMaxBytes;

    // Throws StoreError.
    static DomainSettings load(QSqlDatabase db, const QString& orgId);
    void save(QSqlDatabase db, const QString& orgId) const;
};

} // namespace purser::server
