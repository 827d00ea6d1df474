#include "server/api/AuditLogProofApi.h"

#include "core/MerkleProofs.h"
#include "server/api/ApiError.h"
#include "server/api/OrgContext.h"
#include "server/audit/AuditTree.h"
#include "server/store/Database.h"
#include "server/store/StoreError.h"
#include "server/store/Transaction.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace purser::server {
namespace {

// The named query parameters as numbers; anything else (unknown, repeated, not a number) is
// a 400 naming it.
std::optional<QHash<QString, qint64>> numbers(const HttpRequest& request, const QStringList& names,
                                              HttpResponse* error)
{
    // \A...\z: "$" would also match before a final newline.
    static const QRegularExpression digits(QStringLiteral("\\A[0-9]{1,18}\\z"));
    QHash<QString, qint64> values;
    for (const auto& [key, value] : request.query) {
        if (!names.contains(key)) {
            *error = ApiError::badRequest(QStringLiteral("Unknown query parameter: %1").arg(key));
            return std::nullopt;
        }
        if (values.contains(key)) {
            *error = ApiError::badRequest(QStringLiteral("Repeated query parameter: %1").arg(key));
            return std::nullopt;
        }
        if (!digits.match(value).hasMatch()) {
            *error = ApiError::badRequest(QStringLiteral("%1 must be a whole number.").arg(key));
            return std::nullopt;
        }
        values.insert(key, value.toLongLong());
    }
    for (const QString& name : names) {
        if (!values.contains(name)) {
            *error = ApiError::badRequest(QStringLiteral("%1 is required.").arg(name));
            return std::nullopt;
        }
    }
    return values;
}

QJsonArray base64(const QList<QByteArray>& hashes)
{
    QJsonArray array;
    for (const QByteArray& hash : hashes) {
        array.append(QString::fromLatin1(hash.toBase64()));
    }
    return array;
}

} // namespace

void AuditLogProofApi::registerRoutes(Router& router)
{
    router.add(QStringLiteral("GET"),
               QStringLiteral("/api/v1/orgs/{org}/audit-log/proof/inclusion"),
               [this](HttpRequest& r) { return inclusion(r); });
    router.add(QStringLiteral("GET"),
               QStringLiteral("/api/v1/orgs/{org}/audit-log/proof/consistency"),
               [this](HttpRequest& r) { return consistency(r); });
}

HttpResponse AuditLogProofApi::inclusion(HttpRequest& request)
{
    HttpResponse error;
    const auto context = OrgContext::resolve(m_db, request, Permission::AuditRead, &error);
    if (!context) {
        return error;
    }
    const auto values =
        numbers(request, {QStringLiteral("seq"), QStringLiteral("tree_size")}, &error);
    if (!values) {
        return error;
    }
    const qint64 seq = values->value(QStringLiteral("seq"));
    const qint64 treeSize = values->value(QStringLiteral("tree_size"));
    Transaction tx(m_db.connection(), context->orgId);
    AuditTree tree(tx.db(), context->orgId);
    const qint64 current = tree.head().size();
    if (treeSize < 1 || treeSize > current) {
        return ApiError::validationFailed(
            QStringLiteral("tree_size"),
            QStringLiteral("must be from 1 to the tree's size, %1").arg(current));
    }
    if (seq < 1 || seq > treeSize) {
        return ApiError::validationFailed(QStringLiteral("seq"),
                                          QStringLiteral("must be from 1 to tree_size"));
    }
    const auto proof = MerkleProofs::inclusion(tree, seq - 1, treeSize);
    if (!proof) {
        throw StoreError(QStringLiteral("audit tree: nodes missing for an inclusion proof"));
    }
    tx.commit();
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("seq"), seq},
                                               {QStringLiteral("leaf_index"), seq - 1},
                                               {QStringLiteral("tree_size"), treeSize},
                                               {QStringLiteral("hashes"), base64(*proof)}});
}

HttpResponse AuditLogProofApi::consistency(HttpRequest& request)
{
    HttpResponse error;
    const auto context = OrgContext::resolve(m_db, request, Permission::AuditRead, &error);
    if (!context) {
        return error;
    }
    const auto values =
        numbers(request, {QStringLiteral("first"), QStringLiteral("second")}, &error);
    if (!values) {
        return error;
    }
    const qint64 first = values->value(QStringLiteral("first"));
    const qint64 second = values->value(QStringLiteral("second"));
    Transaction tx(m_db.connection(), context->orgId);
    AuditTree tree(tx.db(), context->orgId);
    const qint64 current = tree.head().size();
    if (second > current) {
        return ApiError::validationFailed(
            QStringLiteral("second"),
            QStringLiteral("must be at most the tree's size, %1").arg(current));
    }
    if (first > second) {
        return ApiError::validationFailed(QStringLiteral("first"),
                                          QStringLiteral("must be at most second"));
    }
    const auto proof = MerkleProofs::consistency(tree, first, second);
    if (!proof) {
        throw StoreError(QStringLiteral("audit tree: nodes missing for a consistency proof"));
    }
    tx.commit();
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("first"), first},
                                               {QStringLiteral("second"), second},
                                               {QStringLiteral("hashes"), base64(*proof)}});
}

} // namespace purser::server
