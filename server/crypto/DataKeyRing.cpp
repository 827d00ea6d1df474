#include "server/crypto/DataKeyRing.h"

#include "core/Rfc3339.h"
#include "server/crypto/CryptoLog.h"
#include "server/store/Database.h"
#include "server/store/StoreError.h"

#include <QDateTime>
#include <QMutexLocker>
#include <QSqlQuery>
#include <QTimeZone>
#include <sodium.h>

namespace purser::server {
namespace {

QByteArray wrapAssociatedData(const QString& orgId, int version, const QString& masterKeyId)
{
    return QStringLiteral("purser-data-key|v1|org=%1|version=%2|master=%3")
        .arg(orgId)
        .arg(version)
        .arg(masterKeyId)
        .toUtf8();
}

// Looked up for every sealed field a page opens: a pair, not a string built per lookup.
std::pair<QString, int> cacheKey(const QString& orgId, int version)
{
    return {orgId, version};
}

bool isPostgres(const QSqlDatabase& db)
{
    return db.driverName() == u"QPSQL";
}

} // namespace

QString DataKeyRing::wrap(const QByteArray& dataKey, const MasterKey& masterKey,
                          const QString& orgId, int version)
{
    const QByteArray ad = wrapAssociatedData(orgId, version, masterKey.id);
    QByteArray out(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES + dataKey.size() +
                       crypto_aead_xchacha20poly1305_ietf_ABYTES,
                   Qt::Uninitialized);
    auto* nonce = reinterpret_cast<unsigned char*>(out.data());
    randombytes_buf(nonce, crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        nonce + crypto_aead_xchacha20poly1305_ietf_NPUBBYTES, &written,
        reinterpret_cast<const unsigned char*>(dataKey.constData()), size_t(dataKey.size()),
        reinterpret_cast<const unsigned char*>(ad.constData()), size_t(ad.size()), nullptr, nonce,
        reinterpret_cast<const unsigned char*>(masterKey.bytes.constData()));
    return QString::fromLatin1(out.toBase64());
}

std::optional<QByteArray> DataKeyRing::unwrap(const QString& wrapped, const MasterKey& masterKey,
                                              const QString& orgId, int version)
{
    const QByteArray sealed = QByteArray::fromBase64(wrapped.toLatin1());
    const qsizetype overhead =
        crypto_aead_xchacha20poly1305_ietf_NPUBBYTES + crypto_aead_xchacha20poly1305_ietf_ABYTES;
    if (sealed.size() != overhead + 32) {
        return std::nullopt;
    }
    const QByteArray ad = wrapAssociatedData(orgId, version, masterKey.id);
    QByteArray key(32, Qt::Uninitialized);
    unsigned long long length = 0;
    const auto* nonce = reinterpret_cast<const unsigned char*>(sealed.constData());
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            reinterpret_cast<unsigned char*>(key.data()), &length, nullptr,
            nonce + crypto_aead_xchacha20poly1305_ietf_NPUBBYTES,
            size_t(sealed.size()) - crypto_aead_xchacha20poly1305_ietf_NPUBBYTES,
            reinterpret_cast<const unsigned char*>(ad.constData()), size_t(ad.size()), nonce,
            reinterpret_cast<const unsigned char*>(masterKey.bytes.constData())) != 0) {
        return std::nullopt;
    }
    return key;
}

QString DataKeyRing::wrappingMasterKeyId(QSqlDatabase db)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT master_key_id FROM org_data_keys LIMIT 1"));
    Database::exec(q, "find the wrapping master key");
    return q.next() ? q.value(0).toString() : QString();
}

std::optional<MasterKey> DataKeyRing::masterKey(const QString& id) const
{
    QString error;
    for (const MasterKey& key : m_masterKeyFile.available(&error)) {
        if (key.id == id) {
            return key;
        }
    }
    return std::nullopt;
}

void DataKeyRing::insertVersion(QSqlDatabase db, const QString& orgId, int version)
{
    QString masterId = wrappingMasterKeyId(db);
    std::optional<MasterKey> master;
    if (masterId.isEmpty()) {
        QString error;
        master = MasterKeyFile::read(m_masterKeyFile.path(), &error);
    } else {
        master = masterKey(masterId);
    }
    if (!master) {
        throw StoreError(QStringLiteral("the master key is not available"));
    }
    QByteArray key(32, Qt::Uninitialized);
    crypto_aead_xchacha20poly1305_ietf_keygen(reinterpret_cast<unsigned char*>(key.data()));
    QSqlQuery q(db);
    // Two first writers of an organisation may race: one insert wins, the other re-reads it.
    q.prepare(QStringLiteral("INSERT INTO org_data_keys (org_id, key_version, wrapped_key, "
                             "master_key_id, created_at) VALUES (?, ?, ?, ?, ?) "
                             "ON CONFLICT DO NOTHING"));
    q.addBindValue(orgId);
    q.addBindValue(version);
    q.addBindValue(wrap(key, *master, orgId, version));
    q.addBindValue(master->id);
    q.addBindValue(toRfc3339(QDateTime::currentDateTimeUtc()));
    Database::exec(q, "store a data key");
    sodium_memzero(key.data(), size_t(key.size()));
}

DataKeyRing::Key DataKeyRing::current(QSqlDatabase db, const QString& orgId)
{
    for (int attempt = 0; attempt < 2; ++attempt) {
        QSqlQuery q(db);
        // FOR SHARE: rotate-data-key deletes a retired version only after every transaction
        // that sealed with it has committed (PostgreSQL; SQLite serialises writers anyway).
        q.prepare(QStringLiteral("SELECT key_version FROM org_data_keys WHERE org_id = ? "
                                 "ORDER BY key_version DESC LIMIT 1") +
                  (isPostgres(db) ? QStringLiteral(" FOR SHARE") : QString()));
        q.addBindValue(orgId);
        Database::exec(q, "find the current data key");
        if (q.next()) {
            const int version = q.value(0).toInt();
            if (auto key = forVersion(db, orgId, version)) {
                return {version, *key};
            }
            throw StoreError(QStringLiteral("the current data key cannot be unwrapped"));
        }
        insertVersion(db, orgId, 1);
    }
    throw StoreError(QStringLiteral("cannot make a data key"));
}

std::optional<QByteArray> DataKeyRing::forVersion(QSqlDatabase db, const QString& orgId,
                                                  int version)
{
    {
        QMutexLocker lock(&m_mutex);
        const auto it = m_cache.constFind(cacheKey(orgId, version));
        if (it != m_cache.constEnd()) {
            return *it;
        }
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT wrapped_key, master_key_id FROM org_data_keys "
                             "WHERE org_id = ? AND key_version = ?"));
    q.addBindValue(orgId);
    q.addBindValue(version);
    Database::exec(q, "load a data key");
    if (!q.next()) {
        return std::nullopt;
    }
    const auto master = masterKey(q.value(1).toString());
    if (!master) {
        qCCritical(lcCrypto) << "the master key that wraps a data key of organisation" << orgId
                             << "is not available";
        return std::nullopt;
    }
    const auto key = unwrap(q.value(0).toString(), *master, orgId, version);
    if (!key) {
        qCCritical(lcCrypto) << "integrity error: data key version" << version << "of organisation"
                             << orgId << "does not unwrap";
        return std::nullopt;
    }
    QMutexLocker lock(&m_mutex);
    m_cache.insert(cacheKey(orgId, version), *key);
    return key;
}

int DataKeyRing::addVersion(QSqlDatabase db, const QString& orgId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT MAX(key_version) FROM org_data_keys WHERE org_id = ?"));
    q.addBindValue(orgId);
    Database::exec(q, "find the highest data key version");
    const int next = (q.next() && !q.value(0).isNull() ? q.value(0).toInt() : 0) + 1;
    insertVersion(db, orgId, next);
    return next;
}

} // namespace purser::server
