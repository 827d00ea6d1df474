#include "server/api/AuditCosignatureApi.h"

#include "core/KeyAnnouncement.h"
#include "core/Rfc3339.h"
#include "core/WitnessCosignature.h"
#include "server/api/ApiError.h"
#include "server/api/JsonBody.h"
#include "server/api/JsonFields.h"
#include "server/api/OrgContext.h"
#include "server/audit/AuditCosignatures.h"
#include "server/audit/AuditLog.h"
#include "server/auth/RateLimiter.h"
#include "server/auth/ServerClock.h"
#include "server/store/Database.h"
#include "server/store/Transaction.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace purser::server {

void AuditCosignatureApi::registerRoutes(Router& router)
{
    // The caller (and so the role) is resolved by a database worker once the body is read: the
    // route reads no more than a cosignature needs (its fields are at most ~600 bytes).
    router.add(
        QStringLiteral("POST"), QStringLiteral("/api/v1/orgs/{org}/audit-log/cosignatures"),
        [this](HttpRequest& r) { return add(r); },
        [](const HttpRequest&) { return kCosignatureBodyLimit; });
    router.add(QStringLiteral("GET"), QStringLiteral("/api/v1/orgs/{org}/audit-log/cosignatures"),
               [this](HttpRequest& r) { return list(r); });
}

HttpResponse AuditCosignatureApi::list(HttpRequest& request)
{
    HttpResponse error;
    const auto context = OrgContext::resolve(m_db, request, Permission::AuditRead, &error);
    if (!context) {
        return error;
    }
    static const QRegularExpression digits(QStringLiteral("\\A[0-9]{1,18}\\z"));
    static const QRegularExpression fingerprint(QStringLiteral("\\A[0-9a-f]{64}\\z"));
    std::optional<qint64> wanted;
    QStringList witnesses;
    for (const auto& [key, value] : request.query) {
        if (key == u"witness" && fingerprint.match(value).hasMatch() && witnesses.size() < 16) {
            witnesses.append(value);
            continue;
        }
        if (key != u"tree_size" || wanted || !digits.match(value).hasMatch()) {
            return ApiError::badRequest(
                QStringLiteral("The query parameters are tree_size, a number of entries, or "
                               "witness, a witness key's fingerprint (64 lowercase hex digits, "
                               "up to 16), not both."));
        }
        wanted = value.toLongLong();
    }
    if (wanted && !witnesses.isEmpty()) {
        return ApiError::badRequest(QStringLiteral(
            "The query parameters are tree_size, a number of entries, or witness, a witness "
            "key's fingerprint (64 lowercase hex digits, up to 16), not both."));
    }
    witnesses.removeDuplicates();
    Transaction tx(m_db.connection(), context->orgId);
    AuditCosignatures store(tx.db());
    // Default: the newest checkpoint any witness (or every named witness) cosigned.
    const qint64 treeSize = wanted ? *wanted : store.newestCosignedSize(context->orgId, witnesses);
    const auto note = treeSize > 0 ? store.checkpointNote(context->orgId, treeSize) : std::nullopt;
    if (wanted && !note) {
        return ApiError::make(404, QStringLiteral("unknown_checkpoint"),
                              QStringLiteral("This server signed no checkpoint of %1 entries for "
                                             "this organisation.")
                                  .arg(treeSize));
    }
    const QJsonArray cosignatures =
        note ? AuditCosignatures::toJson(store.forSize(context->orgId, treeSize)) : QJsonArray();
    tx.commit();
    return HttpResponse::json(
        200, QJsonObject{{QStringLiteral("tree_size"), note ? treeSize : 0},
                         {QStringLiteral("note"), note ? QString::fromUtf8(*note) : QString()},
                         {QStringLiteral("cosignatures"), cosignatures}});
}

HttpResponse AuditCosignatureApi::add(HttpRequest& request)
{
    HttpResponse error;
    const auto context = OrgContext::resolve(m_db, request, Permission::AuditRead, &error);
    if (!context) {
        return error;
    }
    const auto body = parseJsonObject(request, &error);
    if (!body) {
        return error;
    }
    JsonFields fields(*body);
    fields.allowOnly(
        {QStringLiteral("tree_size"), QStringLiteral("public_key"), QStringLiteral("cosignature")});
    const auto treeSize = fields.integer(QStringLiteral("tree_size"));
    const auto publicKeyText = fields.string(QStringLiteral("public_key"), true, 100);
    const auto line = fields.string(QStringLiteral("cosignature"), true, 400);
    if (treeSize && *treeSize < 1) {
        fields.invalid(QStringLiteral("tree_size"), QStringLiteral("must be at least 1"));
    }
    const QByteArray publicKey =
        publicKeyText ? QByteArray::fromBase64(publicKeyText->toLatin1()) : QByteArray();
    if (publicKeyText &&
        (publicKey.size() != 32 || publicKey.toBase64() != publicKeyText->toLatin1())) {
        fields.invalid(QStringLiteral("public_key"),
                       QStringLiteral("must be the base64 of a 32-byte Ed25519 public key"));
    }
    std::optional<WitnessCosignature> cosignature;
    if (line && publicKey.size() == 32) {
        QString reason;
        cosignature = WitnessCosignature::parseLine(line->toUtf8(), publicKey, &reason);
        if (!cosignature) {
            fields.invalid(QStringLiteral("cosignature"), reason);
        } else if (cosignature->timestamp >
                   static_cast<quint64>(ServerClock::now().toSecsSinceEpoch() +
                                        kClockSkewSeconds)) {
            // A witness cannot have cosigned in the future (and the time fits a JSON number).
            fields.invalid(QStringLiteral("cosignature"),
                           QStringLiteral("its time is in the future"));
        }
    }
    if (fields.hasErrors()) {
        return fields.errorResponse();
    }
    // Each kept cosignature is an audit entry for good: a caller's budget bounds how fast
    // anyone with audit.read can grow the log.
    RateLimiter limiter(m_db.connection());
    const auto slot = limiter.acquire(QStringLiteral("cosign:user:") + context->session.userId,
                                      kCosignaturesPerWindow);
    if (!slot.granted) {
        return ApiError::rateLimited(slot.retryAfter);
    }

    Transaction tx(m_db.connection(), context->orgId);
    AuditCosignatures store(tx.db());
    const auto text = store.checkpointText(context->orgId, *treeSize);
    if (!text) {
        return ApiError::make(404, QStringLiteral("unknown_checkpoint"),
                              QStringLiteral("This server signed no checkpoint of %1 entries for "
                                             "this organisation.")
                                  .arg(*treeSize));
    }
    const auto signedAt = store.firstSignedAt(context->orgId, *treeSize);
    if (signedAt && cosignature->timestamp + static_cast<quint64>(kClockSkewSeconds) <
                        static_cast<quint64>(signedAt->toSecsSinceEpoch())) {
        // A witness cannot have cosigned a checkpoint before it existed.
        fields.invalid(QStringLiteral("cosignature"),
                       QStringLiteral("its time is before the checkpoint was signed"));
        return fields.errorResponse();
    }
    if (!cosignature->verifies(*text)) {
        return ApiError::make(422, QStringLiteral("bad_cosignature"),
                              QStringLiteral("The cosignature does not verify over the checkpoint "
                                             "of %1 entries this server signed for this "
                                             "organisation.")
                                  .arg(*treeSize));
    }
    const bool added =
        store.add(context->orgId, *treeSize, *cosignature, toRfc3339(ServerClock::now()));
    // A repeat answers what is held (the first cosignature of this key), not what was sent.
    const WitnessCosignature kept =
        added ? *cosignature
              : store.held(context->orgId, *treeSize, cosignature->fingerprint())
                    .value_or(*cosignature);
    if (added) {
        AuditEvent event = context->auditEvent(request);
        event.action = QStringLiteral("cosign");
        event.entityType = QStringLiteral("audit_checkpoint");
        event.entityId = QString::number(*treeSize);
        event.summary = QStringLiteral("Witness %1 (key %2) cosigned the checkpoint of %3 entries")
                            .arg(cosignature->witnessName, cosignature->fingerprint().left(16),
                                 QString::number(*treeSize));
        AuditLog(tx.db()).append(event);
    }
    tx.commit();
    return HttpResponse::json(
        added ? 201 : 200,
        QJsonObject{{QStringLiteral("tree_size"), *treeSize},
                    {QStringLiteral("witness_name"), kept.witnessName},
                    {QStringLiteral("witness_fingerprint"), kept.fingerprint()},
                    {QStringLiteral("cosignature"), QString::fromUtf8(kept.line())}});
}

} // namespace purser::server
