#pragma once

#include "server/crypto/DataKeyRing.h"

#include <QSqlDatabase>
#include <QVariant>
#include <memory>
#include <optional>

namespace purser::server {

// Where a sealed value lives; all of it (and the key version) is the associated data, so a
// ciphertext copied to another organisation, table, row or column fails to open.
struct SealedFieldRef
{
    QString orgId;
    QString table;
    QString recordId;
    QString field;
};

// Seals and opens sensitive column values with the organisation's data key
// (XChaCha20-Poly1305 IETF). Stored form: "v1:<key_version>:<base64(nonce || ciphertext)>".
// One instance per process, installed at start (ServerApplication, key commands) and used by
// the stores, so every write path seals and every read path opens.
class FieldCrypto
{
public:
    explicit FieldCrypto(MasterKeyFile masterKeyFile) : m_keys(std::move(masterKeyFile)) {}

    static void install(std::shared_ptr<FieldCrypto> crypto);
    static FieldCrypto& instance(); // throws StoreError when none is installed

    DataKeyRing& keys() { return m_keys; }

    // Seals with the current data key (making one when the organisation has none).
    QString seal(QSqlDatabase db, const SealedFieldRef& ref, const QByteArray& plaintext);
    QString sealWith(const DataKeyRing::Key& key, const SealedFieldRef& ref,
                     const QByteArray& plaintext) const;

    struct Opened
    {
        std::optional<QByteArray> value; // nullopt: NULL in the database, or integrity error
        bool integrityError = false;     // logged already, without the value
        bool wasPlaintext = false;       // a value written before encryption at rest
    };
    Opened open(QSqlDatabase db, const SealedFieldRef& ref, const QVariant& stored);

    static bool isSealed(const QVariant& stored);
    static int keyVersionOf(const QString& sealed); // 0 when not sealed
    static QString sealedPrefix(int keyVersion);    // "v1:<version>:" for LIKE scans

private:
    DataKeyRing m_keys;
};

} // namespace purser::server
