#include "server/api/IdempotencyGuard.h"

#include "core/Rfc3339.h"
#include "server/Logging.h"
#include "server/api/ApiError.h"
#include "server/auth/Authenticator.h"
#include "server/store/Database.h"
#include "server/store/SqlValues.h"
#include "server/store/StoreError.h"
#include "server/store/Transaction.h"
#include "server/store/UserStore.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QUrl>
#include <cstring>
#include <optional>

namespace purser::server {
namespace {

QString requestHash(const HttpRequest& request)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(request.method.toUtf8());
    hash.addData("\n");
    hash.addData(request.path.toUtf8());
    for (const auto& [key, value] : request.query) {
        hash.addData("\n");
        hash.addData(QUrl::toPercentEncoding(key));
        hash.addData("=");
        hash.addData(QUrl::toPercentEncoding(value));
    }
    hash.addData("\n");
    hash.addData(request.header("content-type").value_or(QByteArray()));
    hash.addData("\n");
    hash.addData(request.body);
    return QString::fromLatin1(hash.result().toHex());
}

bool validKey(const QByteArray& key)
{
    if (key.isEmpty() || key.size() > 200) {
        return false;
    }
    for (const char c : key) {
        if (c < 0x21 || c > 0x7e) {
            return false;
        }
    }
    return true;
}

QVariant orgValue(const std::optional<QString>& orgId)
{
    return orgId ? QVariant(*orgId) : sql::nullText();
}

HttpResponse inProgress()
{
    return ApiError::conflict(
        QStringLiteral("A request with this Idempotency-Key is still being processed."));
}

// The advisory lock id of one (scope, caller, key): the first 8 bytes of their SHA-256. A
// collision between two live keys costs one spurious 409, never a wrong replay.
qint64 advisoryLockId(const QString& scope, const QString& callerId, const QByteArray& key)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(scope.toUtf8());
    hash.addData("\n");
    hash.addData(callerId.toUtf8());
    hash.addData("\n");
    hash.addData(key);
    qint64 id = 0;
    const QByteArray digest = hash.result();
    std::memcpy(&id, digest.constData(), sizeof id);
    return id;
}

void commitQuietly(Transaction& tx)
{
    try {
        tx.commit();
    } catch (const StoreError&) {
        // The original exception matters more; the destructor rolls back.
    }
}

// A secret token's shape (auth/SecretToken): a Purser prefix and 43 base64url characters.
bool looksLikeSecretToken(const QString& text)
{
    static const QRegularExpression token(
        QStringLiteral("(^|[^A-Za-z0-9])p[a-z]_[A-Za-z0-9_-]{43}"));
    return token.match(text).hasMatch();
}

bool isSecret(const QString& name, const QJsonValue& value)
{
    return IdempotencyGuard::secretFields().contains(name) ||
           (value.isString() && looksLikeSecretToken(value.toString()));
}

QJsonValue withoutSecrets(const QJsonValue& value, bool* removed)
{
    if (value.isObject()) {
        QJsonObject kept;
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (isSecret(it.key(), it.value())) {
                *removed = true;
            } else {
                kept.insert(it.key(), withoutSecrets(it.value(), removed));
            }
        }
        return kept;
    }
    if (value.isArray()) {
        QJsonArray kept;
        for (const QJsonValue& item : value.toArray()) {
            if (item.isString() && looksLikeSecretToken(item.toString())) {
                *removed = true;
            } else {
                kept.append(withoutSecrets(item, removed));
            }
        }
        return kept;
    }
    return value;
}

} // namespace

const QStringList& IdempotencyGuard::secretFields()
{
    static const QStringList fields{QStringLiteral("key"), QStringLiteral("token"),
                                    QStringLiteral("secret"), QStringLiteral("otpauth_uri"),
                                    QStringLiteral("backup_codes"),
                                    // A personal-data export's document: shown once, never
                                    // kept in the clear (the note and proofs are kept).
                                    QStringLiteral("document")};
    return fields;
}

QByteArray IdempotencyGuard::storableBody(const QByteArray& body)
{
    if (body.isEmpty()) {
        return body;
    }
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject() && !document.isArray()) {
        // Not JSON (never a secret-bearing answer today); still refuse to keep a token.
        return looksLikeSecretToken(QString::fromUtf8(body)) ? QByteArray() : body;
    }
    bool removed = false;
    QJsonValue kept = withoutSecrets(document.isObject() ? QJsonValue(document.object())
                                                         : QJsonValue(document.array()),
                                     &removed);
    if (!removed) {
        return body;
    }
    if (kept.isObject()) {
        QJsonObject object = kept.toObject();
        object.insert(QStringLiteral("secret_shown_once"), true);
        return QJsonDocument(object).toJson(QJsonDocument::Compact);
    }
    return QJsonDocument(kept.toArray()).toJson(QJsonDocument::Compact);
}

HttpResponse IdempotencyGuard::operator()(HttpRequest& request,
                                          const Router::Handler& handler) const
{
    const auto rawKey = request.header("idempotency-key");
    if (!rawKey) {
        return handler(request);
    }
    const QByteArray key = rawKey->trimmed();
    if (!validKey(key)) {
        return ApiError::badRequest(
            QStringLiteral("Idempotency-Key must be 1 to 200 visible ASCII characters."));
    }
    const auto principal = Authenticator(m_db).authenticatePrincipal(request);
    if (!principal) {
        return handler(request); // answers 401, or a route without a caller: nothing to key
    }
    std::optional<QString> orgId;
    if (!request.pathParam(QStringLiteral("org")).isEmpty()) {
        orgId = sql::canonicalUuid(request.pathParam(QStringLiteral("org")));
    }
    // An API key is its own caller (it may only call its organisation's routes).
    const QString callerId = principal->apiKey ? QStringLiteral("api_key:") + principal->apiKey->id
                                               : principal->session->userId;
    if (principal->apiKey) {
        if (!orgId || *orgId != principal->apiKey->orgId) {
            return handler(request); // the handler answers 404 the usual way
        }
    } else if (!request.pathParam(QStringLiteral("org")).isEmpty() &&
               (!orgId || !UserStore(m_db.connection()).role(*orgId, callerId))) {
        return handler(request); // the handler answers 404 the usual way
    }
    const QString scope = orgId.value_or(QStringLiteral("-"));
    const QString hash = requestHash(request);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString expiredBefore = toRfc3339(now.addSecs(-kLifetimeSeconds));

    auto bindKey = [&](QSqlQuery& q) {
        q.addBindValue(scope);
        q.addBindValue(callerId);
        q.addBindValue(QString::fromLatin1(key));
    };

    // One transaction around the whole request: the handler's own transactions nest in it
    // (savepoints), and the stored answer commits together with the change it describes. A
    // crash anywhere before that commit leaves neither, so a retry runs the request afresh;
    // nothing "in progress" is ever committed. While it is open it also excludes a
    // concurrent duplicate: SQLite's write lock makes the duplicate wait and then replay;
    // on PostgreSQL a transaction-scoped advisory lock on the key answers it 409 at once.
    std::optional<Transaction> tx;
    if (orgId) {
        tx.emplace(m_db.connection(), *orgId);
    } else {
        tx.emplace(m_db.connection());
    }
    if (m_db.backend() == Database::Backend::Postgres) {
        QSqlQuery lock(tx->db());
        lock.prepare(QStringLiteral("SELECT pg_try_advisory_xact_lock(?)"));
        lock.addBindValue(advisoryLockId(scope, callerId, key));
        Database::exec(lock, "lock idempotency key");
        if (!lock.next() || !lock.value(0).toBool()) {
            return inProgress();
        }
    }
    QSqlQuery find(tx->db());
    find.prepare(
        QStringLiteral("SELECT request_hash, status, content_type, body, created_at FROM "
                       "idempotency_keys WHERE scope = ? AND caller_id = ? AND idem_key = ?"));
    bindKey(find);
    Database::exec(find, "find idempotency key");
    if (find.next()) {
        // Status 0 is the "in progress" marker older versions committed before the handler
        // ran; one found now was stranded by a crash, and the key is free again.
        const int status = find.value(1).toInt();
        if (status != 0 && find.value(4).toString() >= expiredBefore) {
            if (find.value(0).toString() != hash) {
                return ApiError::make(
                    422, QStringLiteral("idempotency_key_reused"),
                    QStringLiteral("This Idempotency-Key was used for a different request."));
            }
            HttpResponse replay;
            replay.status = status;
            replay.body = find.value(3).toByteArray();
            const QString contentType = find.value(2).toString();
            if (!contentType.isEmpty()) {
                replay.setHeader("Content-Type", contentType.toLatin1());
            }
            replay.setHeader("Idempotent-Replayed", "true");
            return replay;
        }
        QSqlQuery drop(tx->db());
        drop.prepare(QStringLiteral(
            "DELETE FROM idempotency_keys WHERE scope = ? AND caller_id = ? AND idem_key = ?"));
        bindKey(drop);
        Database::exec(drop, "drop expired idempotency key");
    }

    // An exception leaves the handler's committed savepoints in place and stores no answer,
    // as a 5xx does: what the handler committed stays committed, and a retry runs again.
    HttpResponse response;
    try {
        response = handler(request);
    } catch (...) {
        commitQuietly(*tx);
        throw;
    }
    if (response.status < 500) {
        if (orgId) {
            tx->scopeTo(*orgId); // the handler's transactions may have moved the scope
        }
        QSqlQuery store(tx->db());
        store.prepare(QStringLiteral(
            "INSERT INTO idempotency_keys (org_id, scope, caller_id, idem_key, request_hash, "
            "status, content_type, body, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        store.addBindValue(orgValue(orgId));
        bindKey(store);
        store.addBindValue(hash);
        store.addBindValue(response.status);
        store.addBindValue(QString::fromLatin1(response.header("Content-Type")));
        store.addBindValue(storableBody(response.body));
        store.addBindValue(toRfc3339(now));
        Database::exec(store, "store idempotent answer");
    }
    tx->commit();
    return response;
}

} // namespace purser::server
