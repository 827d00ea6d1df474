#include "server/api/ReceiptsApi.h"

#include "core/FileType.h"
#include "core/FilenameSanitizer.h"
#include "core/MultipartFormData.h"
#include "core/Workflow.h"
#include "server/Logging.h"
#include "server/api/ApiError.h"
#include "server/api/ClaimsApi.h"
#include "server/api/OrgContext.h"
#include "server/api/RequestAudit.h"
#include "server/audit/AuditLog.h"
#include "server/store/ChangeCounter.h"
#include "server/store/ClaimStore.h"
#include "server/store/Database.h"
#include "server/store/DomainSettings.h"
#include "server/store/ReceiptFiles.h"
#include "server/store/SqlValues.h"
#include "server/store/Transaction.h"

#include <QCryptographicHash>
#include <QFile>
#include <QUrl>
#include <QUuid>

namespace purser::server {
namespace {

// RFC 6266: an ASCII fallback in filename= and the exact name in filename*=UTF-8''.
QByteArray contentDisposition(const QString& filename)
{
    QByteArray ascii;
    for (const QChar c : filename) {
        const char16_t u = c.unicode();
        ascii += (u >= 0x20 && u < 0x7f && u != u'"' && u != u'\\') ? static_cast<char>(u) : '_';
    }
    return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" +
           QUrl::toPercentEncoding(filename);
}

} // namespace

void ReceiptsApi::registerRoutes(Router& router)
{
    router.addUpload(
        QStringLiteral("POST"), QStringLiteral("/api/v1/orgs/{org}/claims/{id}/receipts"),
        [this](HttpRequest& r) { return upload(r); },
        [this](const HttpRequest& r) { return uploadBodyLimit(r); });
    router.add(QStringLiteral("GET"),
               QStringLiteral("/api/v1/orgs/{org}/claims/{id}/receipts/{rid}"),
               [this](HttpRequest& r) { return download(r); });
}

std::size_t ReceiptsApi::uploadBodyLimit(const HttpRequest& request) const
{
    // Decided before the body is read, after the router's gate found the caller a member of
    // the organisation or its key (RequestGate): a stranger never gets this far.
    const auto orgId = sql::canonicalUuid(request.pathParam(QStringLiteral("org")));
    if (!orgId) {
        return Router::kDefaultBodyLimit;
    }
    Transaction tx(m_db.connection(), *orgId);
    const DomainSettings settings = DomainSettings::load(tx.db(), *orgId);
    tx.commit();
    return static_cast<std::size_t>(settings.uploadMaxBytes + kMultipartOverhead);
}

HttpResponse ReceiptsApi::upload(HttpRequest& request)
{
    HttpResponse error;
    const auto context = OrgContext::resolve(m_db, request, Permission::ClaimsWriteOwn, &error);
    if (!context) {
        return error;
    }
    const auto claimId = sql::canonicalUuid(request.pathParam(QStringLiteral("id")));
    if (!claimId) {
        return ApiError::notFound();
    }
    DomainSettings settings;
    std::optional<Claim> claim;
    {
        Transaction tx(m_db.connection(), context->orgId);
        settings = DomainSettings::load(tx.db(), context->orgId);
        claim = ClaimStore(tx.db()).byId(context->orgId, *claimId);
        tx.commit();
    }
    if (!claim || !ClaimsApi::mayRead(*context, *claim)) {
        return ApiError::notFound();
    }
    if (!ClaimsApi::mayWrite(*context, *claim)) {
        return ApiError::forbidden();
    }
    if (claim->status != u"draft" && claim->status != u"submitted") {
        return ApiError::conflict(
            QStringLiteral("Receipts attach only to draft or submitted claims; this one is %1.")
                .arg(claim->status));
    }
    if (request.body.size() > settings.uploadMaxBytes + kMultipartOverhead) {
        return ApiError::payloadTooLarge(settings.uploadMaxBytes); // chunked bodies
    }

    QString parseError;
    const auto parts = MultipartFormData::parse(
        request.header("content-type").value_or(QByteArray()), request.body, &parseError);
    if (!parts) {
        return ApiError::badRequest(
            QStringLiteral("The body must be multipart/form-data: %1.").arg(parseError));
    }
    const MultipartPart* file = nullptr;
    for (const MultipartPart& part : *parts) {
        if (part.name != u"file" || file) {
            return ApiError::badRequest(QStringLiteral("Send exactly one part, named \"file\"."));
        }
        file = &part;
    }
    if (!file) {
        return ApiError::badRequest(QStringLiteral("Send exactly one part, named \"file\"."));
    }
    if (file->data.size() > settings.uploadMaxBytes) {
        return ApiError::payloadTooLarge(settings.uploadMaxBytes);
    }
    if (file->data.isEmpty()) {
        return ApiError::validationFailed({{QStringLiteral("file"), QStringLiteral("is empty")}});
    }
    const auto type = FileType::sniff(file->data.left(FileType::sniffLength));
    if (!type) {
        return ApiError::unsupportedMediaType(
            QStringLiteral("Receipts must be PDF, JPEG, PNG or WEBP files."));
    }
    if (!FileType::declaredTypeAgrees(file->contentType, *type)) {
        return ApiError::unsupportedMediaType(
            QStringLiteral("The declared type does not match the file's content (%1).")
                .arg(FileType::contentType(*type)));
    }

    Receipt receipt;
    receipt.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    receipt.claimId = claim->id;
    receipt.employeeId = claim->employeeId;
    receipt.storageName = QUuid::createUuid().toString(QUuid::WithoutBraces);
    // The kept name carries the sniffed type's extension: what the download says it is.
    receipt.filename = sanitizeFilenameFor(file->filename.value_or(QString()), *type);
    receipt.contentType = FileType::contentType(*type);
    receipt.size = file->data.size();
    receipt.sha256 = QString::fromLatin1(
        QCryptographicHash::hash(file->data, QCryptographicHash::Sha256).toHex());
    receipt.uploadedBy = context->session.userId;
    receipt.uploadedAt = QDateTime::currentDateTimeUtc();

    // 1. stage the bytes, 2. commit the row, 3. publish (see ReceiptFiles).
    const ReceiptFiles files(m_dataDir);
    if (!files.stage(context->orgId, receipt, file->data)) {
        return ApiError::internal();
    }
    try {
        Transaction tx(m_db.connection(), context->orgId);
        ClaimStore store(tx.db());
        auto current = store.byId(context->orgId, claim->id, sql::RowLock::ForUpdate);
        if (!current || (current->status != u"draft" && current->status != u"submitted")) {
            files.discardStaged(context->orgId, receipt.employeeId, receipt.storageName);
            return ApiError::conflict(QStringLiteral("The claim changed meanwhile; try again."));
        }
        store.insertReceipt(context->orgId, receipt);
        // A receipt changes the claim: a new version, visible to sync readers.
        current->version += 1;
        current->updatedAt = receipt.uploadedAt;
        store.update(context->orgId, *current, ChangeCounter(tx.db()).reserve(context->orgId));
        AuditEvent event = requestAudit(
            *context, request, tx.db(), QStringLiteral("upload"), QStringLiteral("receipt"),
            receipt.id,
            QStringLiteral("Attached receipt \"%1\" (%2, %3 bytes) to a claim")
                .arg(receipt.filename, receipt.contentType, QString::number(receipt.size)));
        event.changes = {
            {QStringLiteral("claim_id"), AuditEvent::change(QJsonValue(), claim->id)},
            {QStringLiteral("sha256"), AuditEvent::change(QJsonValue(), receipt.sha256)}};
        AuditLog(tx.db()).append(event);
        // Publish only once the row is durable: this transaction may be nested in the
        // Idempotency-Key guard's, which commits after the handler returns.
        tx.onOutcome(
            [files, orgId = context->orgId, receipt] {
                if (!files.publish(orgId, receipt.employeeId, receipt.storageName)) {
                    // The row is committed and the temp file complete: start-up recovery
                    // publishes it.
                    qCWarning(lcApi) << "receipt" << receipt.id << "left staged for recovery";
                }
            },
            [files, orgId = context->orgId, receipt] {
                files.discardStaged(orgId, receipt.employeeId, receipt.storageName);
            });
        tx.commit();
    } catch (...) {
        files.discardStaged(context->orgId, receipt.employeeId, receipt.storageName);
        throw;
    }
    return HttpResponse::json(201, receipt.toJson());
}

HttpResponse ReceiptsApi::download(HttpRequest& request)
{
    HttpResponse error;
    const auto context = OrgContext::resolve(m_db, request, Permission::ReceiptsRead, &error);
    if (!context) {
        return error;
    }
    const auto claimId = sql::canonicalUuid(request.pathParam(QStringLiteral("id")));
    const auto receiptId = sql::canonicalUuid(request.pathParam(QStringLiteral("rid")));
    if (!claimId || !receiptId) {
        return ApiError::notFound();
    }
    Transaction tx(m_db.connection(), context->orgId);
    ClaimStore store(tx.db());
    const auto claim = store.byId(context->orgId, *claimId);
    const auto receipt = claim ? store.receipt(context->orgId, *claimId, *receiptId) : std::nullopt;
    tx.commit();
    if (!claim || !receipt ||
        !allows(context->role, Permission::ReceiptsRead,
                claim->employeeUserId && *claim->employeeUserId == context->session.userId)) {
        return ApiError::notFound();
    }
    auto bytes = ReceiptFiles(m_dataDir).read(context->orgId, *receipt);
    if (!bytes) {
        return ApiError::internal(); // logged: missing, or an integrity error (never served)
    }
    HttpResponse response;
    response.status = 200;
    response.body = std::move(*bytes);
    response.setHeader("Content-Type", receipt->contentType.toLatin1());
    response.setHeader("Content-Disposition", contentDisposition(receipt->filename));
    response.setHeader("Content-Security-Policy", "default-src 'none'");
    return response;
}

} // namespace purser::server
