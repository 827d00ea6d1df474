#pragma once

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <optional>

namespace purser::server {

// An organisation's settings (api.md): name, email-domain allowlist (IDNA ASCII, lowercase),
// require_two_factor, upload_max_bytes. Kept on the organizations row. Throws StoreError.
class OrgSettingsStore
{
public:
    struct Settings
    {
        QString name;
        QStringList emailDomainAllowlist;
        bool requireTwoFactor = false;
        qint64 uploadMaxBytes = kDefaultUploadMaxBytes;

        QJsonObject toJson() const;
    };

    static constexpr qint64 kDefaultUploadMaxBytes = 5 * 1024 * 1024;
    static constexpr qint64 kMaxUploadMaxBytes = 25 * 1024 * 1024;

    explicit OrgSettingsStore(QSqlDatabase db) : m_db(std::move(db)) {}

    std::optional<Settings> load(const QString& orgId);
    void save(const QString& orgId, const Settings& settings);

private:
    QSqlDatabase m_db;
};

} // namespace purser::server
