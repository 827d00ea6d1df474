#pragma once

#include "server/crypto/DataKeyRing.h"

#include <QByteArrayView>
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
    // An absent value (no national ID, say) is sealed too, as an envelope of its own kind,
    // so a NULL written into a sealed column is told apart from a genuine "none".
    QString sealAbsent(QSqlDatabase db, const SealedFieldRef& ref);
    QString sealAbsentWith(const DataKeyRing::Key& key, const SealedFieldRef& ref) const;

    // Strict: every value of a sealed column must be a valid envelope; plaintext and NULL are
    // integrity errors (logged, never served, never adopted). Set once the start-up sweep has
    // sealed everything (data migration 0050_seal_absent_values); before that, values from
    // before encryption at rest are read as they are so the sweep can seal them.
    void setStrict(bool strict) { m_strict = strict; }
    bool strict() const { return m_strict; }

    struct Opened
    {
        std::optional<QByteArray> value; // nullopt: a sealed absent value, or integrity error
        bool integrityError = false;     // logged already, without the value
        bool wasPlaintext = false;       // not strict: written before encryption at rest
    };
    Opened open(QSqlDatabase db, const SealedFieldRef& ref, const QVariant& stored);
    // The same from the column's bytes as the database returned them (nullopt: NULL), so a
    // page read through NativeStatement opens its fields without a QVariant or QString.
    Opened openStored(QSqlDatabase db, const SealedFieldRef& ref,
                      std::optional<QByteArrayView> stored);

    static bool isSealed(const QVariant& stored);
    static int keyVersionOf(const QString& sealed); // 0 when not sealed
    static QString sealedPrefix(int keyVersion);    // "v1:<version>:" for LIKE scans

private:
    QString encrypt(const DataKeyRing::Key& key, const QByteArray& ad,
                    const QByteArray& plaintext) const;
    Opened integrityError(const SealedFieldRef& ref, const QString& what) const;

    DataKeyRing m_keys;
    bool m_strict = false;
};

} // namespace purser::server
