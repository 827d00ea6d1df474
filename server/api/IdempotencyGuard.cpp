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
#include <QSqlQuery>
#include <QUrl>

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

} // namespace

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
    const auto session = Authenticator(m_db).authenticate(request);
    if (!session) {
        return handler(request); // answers 401, or a route without a caller: nothing to key
    }
    std::optional<QString> orgId;
    if (!request.pathParam(QStringLiteral("org")).isEmpty()) {
        orgId = sql::canonicalUuid(request.pathParam(QStringLiteral("org")));
        if (!orgId || !UserStore(m_db.connection()).role(*orgId, session->userId)) {
            return handler(request); // the handler answers 404 the usual way
        }
    }
    const QString scope = orgId.value_or(QStringLiteral("-"));
    const QString hash = requestHash(request);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString expiredBefore = toRfc3339(now.addSecs(-kLifetimeSeconds));

    auto bindKey = [&](QSqlQuery& q) {
        q.addBindValue(scope);
        q.addBindValue(session->userId);
        q.addBindValue(QString::fromLatin1(key));
    };

    {
        std::optional<Transaction> tx;
        if (orgId) {
            tx.emplace(m_db.connection(), *orgId);
        } else {
            tx.emplace(m_db.connection());
        }
        QSqlQuery find(tx->db());
        find.prepare(QStringLiteral(
            "SELECT request_hash, status, content_type, body, created_at FROM idempotency_keys "
            "WHERE scope = ? AND caller_id = ? AND idem_key = ?"));
        bindKey(find);
        Database::exec(find, "find idempotency key");
        if (find.next()) {
            if (find.value(4).toString() >= expiredBefore) {
                if (find.value(0).toString() != hash) {
                    return ApiError::make(
                        422, QStringLiteral("idempotency_key_reused"),
                        QStringLiteral("This Idempotency-Key was used for a different request."));
                }
                const int status = find.value(1).toInt();
                if (status == 0) {
                    return ApiError::conflict(QStringLiteral(
                        "A request with this Idempotency-Key is still being processed."));
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
        QSqlQuery claim(tx->db());
        claim.prepare(QStringLiteral(
            "INSERT INTO idempotency_keys (org_id, scope, caller_id, idem_key, request_hash, "
            "status, created_at) VALUES (?, ?, ?, ?, ?, 0, ?)"));
        claim.addBindValue(orgValue(orgId));
        bindKey(claim);
        claim.addBindValue(hash);
        claim.addBindValue(toRfc3339(now));
        if (!claim.exec()) {
            // Another request with the same key got there first (unique key).
            return ApiError::conflict(
                QStringLiteral("A request with this Idempotency-Key is still being processed."));
        }
        tx->commit();
    }

    auto finish = [&](const HttpResponse* response) {
        std::optional<Transaction> tx;
        if (orgId) {
            tx.emplace(m_db.connection(), *orgId);
        } else {
            tx.emplace(m_db.connection());
        }
        QSqlQuery q(tx->db());
        if (!response || response->status >= 500) {
            q.prepare(QStringLiteral(
                "DELETE FROM idempotency_keys WHERE scope = ? AND caller_id = ? AND idem_key = ?"));
            bindKey(q);
        } else {
            q.prepare(
                QStringLiteral("UPDATE idempotency_keys SET status = ?, content_type = ?, "
                               "body = ? WHERE scope = ? AND caller_id = ? AND idem_key = ?"));
            q.addBindValue(response->status);
            q.addBindValue(QString::fromLatin1(response->header("Content-Type")));
            q.addBindValue(response->body);
            bindKey(q);
        }
        Database::exec(q, "store idempotent answer");
        tx->commit();
    };

    HttpResponse response;
    try {
        response = handler(request);
    } catch (...) {
        finish(nullptr);
        throw;
    }
    finish(&response);
    return response;
}

} // namespace purser::server
