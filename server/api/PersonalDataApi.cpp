#include "server/api/PersonalDataApi.h"

#include "core/CanonicalJson.h"
#include "core/MerkleProofs.h"
#include "core/PersonalDataNote.h"
#include "server/api/ApiError.h"
#include "server/api/AuditLogApi.h"
#include "server/api/JsonBody.h"
#include "server/api/JsonFields.h"
#include "server/api/OrgContext.h"
#include "server/audit/AuditCheckpoints.h"
#include "server/audit/AuditLog.h"
#include "server/audit/AuditTree.h"
#include "server/audit/SigningKeys.h"
#include "server/auth/RateLimiter.h"
#include "server/privacy/PersonalAuditScope.h"
#include "server/privacy/PersonalDataDocument.h"
#include "server/store/Database.h"
#include "server/store/EmployeeStore.h"
#include "server/store/SqlValues.h"
#include "server/store/StoreError.h"
#include "server/store/Transaction.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QTimeZone>

namespace purser::server {
namespace {

constexpr qint64 kRateWindowSeconds = 3600;

// No body, or an empty JSON object: the export takes no options.
bool emptyBody(const HttpRequest& request, HttpResponse* error)
{
    if (request.body.trimmed().isEmpty()) {
        return true;
    }
    const auto body = parseJsonObject(request, error);
    if (!body) {
        return false;
    }
    JsonFields fields(*body);
    fields.allowOnly({});
    if (fields.hasErrors()) {
        *error = fields.errorResponse();
        return false;
    }
    return true;
}

QJsonObject inclusionProofs(const Database& db, const QString& orgId, const QList<qint64>& seqs,
                            qint64 treeSize)
{
    Transaction tx(db.connection(), orgId, Transaction::Intent::Read);
    AuditTree tree(tx.db(), orgId);
    QJsonObject proofs;
    for (const qint64 seq : seqs) {
        const auto proof = MerkleProofs::inclusion(tree, seq - 1, treeSize);
        if (!proof) {
            throw StoreError(QStringLiteral("audit tree: nodes missing for an inclusion proof"));
        }
        QJsonArray hashes;
        for (const QByteArray& hash : *proof) {
            hashes.append(QString::fromLatin1(hash.toBase64()));
        }
        proofs.insert(QString::number(seq), hashes);
    }
    tx.commit();
    return proofs;
}

} // namespace

void PersonalDataApi::registerRoutes(Router& router)
{
    router.add(QStringLiteral("POST"),
               QStringLiteral("/api/v1/orgs/{org}/employees/{id}/personal-data-export"),
               [this](HttpRequest& r) { return exportPerson(r); });
}

HttpResponse PersonalDataApi::exportPerson(HttpRequest& request)
{
    HttpResponse error;
    const auto context = OrgContext::resolve(m_db, request, Permission::PersonalDataExport, &error);
    if (!context) {
        return error;
    }
    if (!emptyBody(request, &error)) {
        return error;
    }
    const auto id = sql::canonicalUuid(request.pathParam(QStringLiteral("id")));
    if (!id) {
        return ApiError::notFound();
    }
    // Each export is an audit entry for good and decrypts a whole record: a budget per acting
    // member (an API key counts against its creator).
    const auto slot =
        RateLimiter(m_db.connection())
            .acquire(QStringLiteral("personal-data-export:user:") + context->session.userId,
                     kExportsPerHour, kRateWindowSeconds);
    if (!slot.granted) {
        return ApiError::rateLimited(slot.retryAfter);
    }

    PersonalDataDocument::Request exportRequest;
    exportRequest.requestedBy = context->actor;
    exportRequest.generatedAt =
        QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), QTimeZone::utc());
    std::optional<PersonalDataDocument::Gathered> gathered;
    QByteArray documentSha256;
    {
        Transaction tx(m_db.connection(), context->orgId);
        if (!EmployeeStore(tx.db()).byId(context->orgId, *id, sql::RowLock::ForUpdate)) {
            return ApiError::notFound(); // unknown here, or another organisation's: one answer
        }
        // The entry names the record, never its content: no personal data in the log.
        AuditEvent event = context->auditEvent(request);
        event.action = PersonalAuditScope::exportAction();
        event.entityType = QStringLiteral("employee");
        event.entityId = *id;
        event.summary = QStringLiteral("Personal data exported (access request)");
        exportRequest.auditSeq =
            AuditLog(tx.db()).append(event).value(QStringLiteral("seq")).toInteger();
        gathered = PersonalDataDocument::gather(tx.db(), context->orgId, *id, exportRequest);
        if (!gathered) {
            return ApiError::notFound();
        }
        // Before the entry commits: an export that cannot be signed leaves no entry behind.
        const auto canonical = canonicalJson(gathered->document);
        if (!canonical) {
            throw StoreError(QStringLiteral("personal data: the document cannot be canonicalised"));
        }
        documentSha256 = QCryptographicHash::hash(*canonical, QCryptographicHash::Sha256).toHex();
        tx.commit();
    }

    AuditCheckpoints::Signed checkpoint;
    try {
        checkpoint = AuditCheckpoints(m_db, m_keys).latest(context->orgId);
    } catch (const AuditIntegrityError&) {
        return AuditLogApi::integrityError();
    }
    const QJsonObject proofs =
        inclusionProofs(m_db, context->orgId, gathered->auditSeqs, checkpoint.treeSize);

    PersonalDataNote note;
    note.serverIdentity = m_keys.identity();
    note.organizationId = context->orgId;
    note.employeeId = *id;
    note.documentSha256 = QString::fromLatin1(documentSha256);
    note.generatedAt = PersonalDataDocument::timeText(exportRequest.generatedAt);

    return HttpResponse::json(
        200, QJsonObject{{QStringLiteral("document"), gathered->document},
                         {QStringLiteral("signature"),
                          QString::fromUtf8(m_keys.signNote(note.text()).serialize())},
                         {QStringLiteral("audit"),
                          QJsonObject{{QStringLiteral("note"), QString::fromUtf8(checkpoint.note)},
                                      {QStringLiteral("public_key"),
                                       QString::fromLatin1(m_keys.currentPublicKey().toBase64())},
                                      {QStringLiteral("inclusion"), proofs}}}});
}

} // namespace purser::server
