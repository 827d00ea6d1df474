#pragma once

#include "server/crypto/MasterKeyFile.h"

#include <QHash>
#include <QMutex>
#include <QSqlDatabase>
#include <optional>

namespace purser::server {

// Per-organisation data keys (32 random bytes, XChaCha20-Poly1305) kept in org_data_keys,
// each wrapped by the master key whose id is stored beside it. The highest key_version is the
// one new values are sealed with; older versions stay readable until rotate-data-key has
// re-sealed every value, so a running server and a rotation can overlap. Unwrapped keys are
// cached per (org, version): a version's key material never changes, only its wrapping.
// All methods run on the caller's connection (inside its transaction) and throw StoreError.
class DataKeyRing
{
public:
    explicit DataKeyRing(MasterKeyFile masterKeyFile) : m_masterKeyFile(std::move(masterKeyFile)) {}

    struct Key
    {
        int version = 0;
        QByteArray bytes;
    };

    const MasterKeyFile& masterKeyFile() const { return m_masterKeyFile; }

    // The key new values are sealed with; makes version 1 when the organisation has none.
    Key current(QSqlDatabase db, const QString& orgId);
    std::optional<QByteArray> forVersion(QSqlDatabase db, const QString& orgId, int version);
    // rotate-data-key: a new random key one version above the highest; returns its version.
    int addVersion(QSqlDatabase db, const QString& orgId);

    // The id of the master key that wraps this database's data keys, empty when none does
    // yet. Rotation is one transaction, so every row names the same key.
    static QString wrappingMasterKeyId(QSqlDatabase db);
    // The master key with that id from the current or pending key file, or nullopt.
    std::optional<MasterKey> masterKey(const QString& id) const;

    static QString wrap(const QByteArray& dataKey, const MasterKey& masterKey, const QString& orgId,
                        int version);
    static std::optional<QByteArray> unwrap(const QString& wrapped, const MasterKey& masterKey,
                                            const QString& orgId, int version);

private:
    void insertVersion(QSqlDatabase db, const QString& orgId, int version);

    MasterKeyFile m_masterKeyFile;
    QMutex m_mutex;
    QHash<std::pair<QString, int>, QByteArray> m_cache; // (org, version) -> key
};

} // namespace purser::server
