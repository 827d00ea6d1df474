#include "services/PersonalDataExport.h"

#include "core/CanonicalJson.h"
#include "core/FilenameSanitizer.h"
#include "core/KeyAnnouncement.h"
#include "net/ApiClient.h"
#include "services/ExportFolder.h"
#include "services/PersonalDataSummary.h"
#include "services/PersonalDataVerifier.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QUrlQuery>
#include <QUuid>

namespace purser {
namespace {

QString receiptPath(const QString& orgId, const QString& claimId, const QString& receiptId)
{
    return QStringLiteral("/orgs/%1/claims/%2/receipts/%3").arg(orgId, claimId, receiptId);
}

} // namespace

PersonalDataExport::PersonalDataExport(ApiClient* api, QObject* parent)
    : QObject(parent), m_api(api)
{
}

PersonalDataExport::~PersonalDataExport() = default;

QString PersonalDataExport::describe(const Counts& counts)
{
    return tr("%n payslip(s)", nullptr, counts.payslips) + QStringLiteral(", ") +
           tr("%n claim(s)", nullptr, counts.claims) + QStringLiteral(", ") +
           tr("%n receipt(s)", nullptr, counts.receipts) + QStringLiteral(", ") +
           tr("%n audit entries", nullptr, counts.auditEntries) + QStringLiteral(", ") +
           tr("%n disclosure(s) in the past year", nullptr, counts.disclosures);
}

void PersonalDataExport::start(const QString& organizationId, const QString& employee,
                               const QString& folder, const QStringList& trustedFingerprints,
                               const QLocale& locale)
{
    m_org = organizationId;
    m_target = folder;
    m_trusted = trustedFingerprints;
    m_locale = locale;
    m_total = 4; // the request, the summary, the check, the move; receipts add theirs
    report(tr("Asking the server for the person's data…"));
    // A folder that is in the way is refused before the server records a disclosure.
    QString error;
    if (ExportFolder probe(folder); !probe.open(&error)) {
        fail(error);
        return;
    }
    if (QUuid::fromString(employee).isNull()) {
        findByNumber(employee.trimmed(), {});
        return;
    }
    requestDocument(employee);
}

void PersonalDataExport::findByNumber(const QString& number, const QString& cursor)
{
    QUrlQuery query{{QStringLiteral("limit"), QStringLiteral("1000")}};
    if (!cursor.isEmpty()) {
        query.addQueryItem(QStringLiteral("since"), cursor);
    }
    m_api->get(this, QStringLiteral("/orgs/%1/employees").arg(m_org), query,
               [this, number](const ApiResponse& response) {
                   if (!response.ok()) {
                       fail(response.error.message, response.error);
                       return;
                   }
                   const QJsonObject page = response.object();
                   for (const QJsonValue& item : page.value(QStringLiteral("items")).toArray()) {
                       const QJsonObject employee = item.toObject();
                       if (employee.value(QStringLiteral("employee_no"))
                               .toString()
                               .compare(number, Qt::CaseInsensitive) == 0) {
                           requestDocument(employee.value(QStringLiteral("id")).toString());
                           return;
                       }
                   }
                   if (page.value(QStringLiteral("has_more")).toBool()) {
                       findByNumber(number, page.value(QStringLiteral("next_cursor")).toString());
                       return;
                   }
                   Result result;
                   result.notFound = true;
                   result.message = tr("There is no employee with the id or number \"%1\" in this "
                                       "organisation.")
                                        .arg(number);
                   Q_EMIT finished(result);
               });
}

void PersonalDataExport::requestDocument(const QString& employeeId)
{
    // Idempotency-Key: a retried request is the same disclosure, not a second one.
    const ApiClient::Headers headers{
        {QByteArrayLiteral("Idempotency-Key"),
         QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1()}};
    m_api->request(
        this, QByteArrayLiteral("POST"),
        QStringLiteral("/orgs/%1/employees/%2/personal-data-export").arg(m_org, employeeId),
        QJsonObject(), headers, [this](const ApiResponse& response) {
            if (!response.ok()) {
                const ApiError& error = response.error;
                if (error.kind == ApiError::Kind::Http && error.status == 403) {
                    fail(tr("Your role may not export personal data: only an owner or an admin "
                            "of the organisation can. Nothing was written."),
                         error);
                } else if (error.kind == ApiError::Kind::Http && error.status == 404) {
                    fail(tr("There is no such employee in this organisation. Nothing was "
                            "written."),
                         error);
                } else if (error.kind == ApiError::Kind::Http && error.status == 429) {
                    fail(tr("Too many personal-data exports in the last hour. Try again later; "
                            "nothing was written."),
                         error);
                } else {
                    fail(tr("The export failed: %1 Nothing was written.").arg(error.message),
                         error);
                }
                return;
            }
            onDocument(response.object());
        });
}

void PersonalDataExport::onDocument(const QJsonObject& answer)
{
    m_answer = answer;
    m_document = answer.value(QStringLiteral("document")).toObject();
    // A replayed request (same Idempotency-Key) gets the signature without the personal data,
    // which the server shows once (api.md, "Idempotency").
    if (answer.value(QStringLiteral("secret_shown_once")).toBool() && m_document.isEmpty()) {
        fail(tr("The server had already answered this request and sends the personal data only "
                "once. Start the export again. Nothing was written."));
        return;
    }
    const auto canonical = canonicalJson(m_document);
    if (m_document.isEmpty() || !canonical ||
        !answer.value(QStringLiteral("signature")).isString() ||
        !answer.value(QStringLiteral("audit")).isObject()) {
        fail(tr("The server's answer is not a personal-data export. Nothing was written."));
        return;
    }
    m_folder = std::make_unique<ExportFolder>(m_target);
    QString error;
    if (!m_folder->open(&error) ||
        !m_folder->add(QStringLiteral("person.json"), *canonical, &error) ||
        !m_folder->add(QStringLiteral("signature.note"),
                       answer.value(QStringLiteral("signature")).toString().toUtf8(), &error)) {
        fail(error);
        return;
    }
    m_counts.payslips = int(m_document.value(QStringLiteral("payslips")).toArray().size());
    m_counts.auditEntries = int(m_document.value(QStringLiteral("audit_entries")).toArray().size());
    m_counts.disclosures = int(m_document.value(QStringLiteral("disclosures")).toArray().size());
    for (const QJsonValue& value : m_document.value(QStringLiteral("claims")).toArray()) {
        const QJsonObject claim = value.toObject();
        ++m_counts.claims;
        for (const QJsonValue& receipt : claim.value(QStringLiteral("receipts")).toArray()) {
            m_pendingReceipts.append(
                QJsonObject{{QStringLiteral("claim_id"), claim.value(QStringLiteral("id"))},
                            {QStringLiteral("receipt"), receipt}});
        }
    }
    m_total += int(m_pendingReceipts.size());
    fetchNextReceipt();
}

void PersonalDataExport::fetchNextReceipt()
{
    if (m_pendingReceipts.isEmpty()) {
        writeRest();
        return;
    }
    const QJsonObject next = m_pendingReceipts.takeAt(0).toObject();
    const QJsonObject receipt = next.value(QStringLiteral("receipt")).toObject();
    const QString id = receipt.value(QStringLiteral("id")).toString();
    const QString shown = sanitizeFilename(receipt.value(QStringLiteral("filename")).toString());
    report(tr("Fetching receipt %1…").arg(shown));
    m_api->download(
        this, receiptPath(m_org, next.value(QStringLiteral("claim_id")).toString(), id),
        [this, receipt, id, shown](const ApiResponse& response) {
            if (!response.ok()) {
                fail(tr("The receipt %1 could not be fetched: %2 Nothing was written.")
                         .arg(shown, response.error.message),
                     response.error);
                return;
            }
            const QString sha = QString::fromLatin1(
                QCryptographicHash::hash(response.raw, QCryptographicHash::Sha256).toHex());
            if (sha != receipt.value(QStringLiteral("sha256")).toString()) {
                fail(tr("The receipt %1 the server sent differs from the one its record names. "
                        "Nothing was written.")
                         .arg(shown));
                return;
            }
            // Unique, case-insensitively (two "receipt.pdf" on a Mac would be one file).
            const QFileInfo parts(shown);
            QString name = shown;
            for (int n = 2; m_usedNames.contains(name.toLower()); ++n) {
                name = parts.completeSuffix().isEmpty()
                           ? QStringLiteral("%1 (%2)").arg(parts.baseName()).arg(n)
                           : QStringLiteral("%1 (%2).%3")
                                 .arg(parts.baseName())
                                 .arg(n)
                                 .arg(parts.completeSuffix());
            }
            m_usedNames.insert(name.toLower());
            QString error;
            if (!m_folder->add(QStringLiteral("receipts/") + name, response.raw, &error)) {
                fail(error);
                return;
            }
            m_receiptNames.insert(id, name);
            ++m_counts.receipts;
            fetchNextReceipt();
        });
}

void PersonalDataExport::writeRest()
{
    QString error;
    const QJsonObject audit = m_answer.value(QStringLiteral("audit")).toObject();
    if (!m_folder->add(QStringLiteral("audit-proofs.json"),
                       canonicalJson(audit).value_or(QByteArray()), &error)) {
        fail(error);
        return;
    }
    report(tr("Writing the summary…"));
    if (!PersonalDataSummary::write(m_document, m_receiptNames,
                                    m_folder->stagingPath(QStringLiteral("summary.pdf")),
                                    m_locale) ||
        !m_folder->addWritten(QStringLiteral("summary.pdf"), &error)) {
        fail(error.isEmpty() ? tr("Cannot write summary.pdf. Nothing was written.") : error);
        return;
    }
    const QByteArray publicKey =
        QByteArray::fromBase64(audit.value(QStringLiteral("public_key")).toString().toLatin1());
    const QJsonObject manifest{
        {QStringLiteral("format"), QStringLiteral("purser-personal-data-export/v1")},
        {QStringLiteral("organization_id"),
         m_document.value(QStringLiteral("organization")).toObject().value(QStringLiteral("id"))},
        {QStringLiteral("employee_id"),
         m_document.value(QStringLiteral("employee")).toObject().value(QStringLiteral("id"))},
        {QStringLiteral("generated_at"), m_document.value(QStringLiteral("generated_at"))},
        {QStringLiteral("key_fingerprint"), KeyAnnouncement::fingerprint(publicKey)}};
    // The staging folder gets its manifest, then the same check a recipient runs: what the
    // server sent must verify before it is handed to anyone.
    report(tr("Checking the export…"));
    const QString staging = m_folder->stagingPath();
    if (!m_folder->writeManifest(manifest, &error)) {
        fail(error);
        return;
    }
    const PersonalDataVerifier::Result verdict = PersonalDataVerifier::verify(staging, m_trusted);
    if (!verdict.ok && !verdict.untrusted) {
        fail(tr("The server's answer does not verify, so it was not saved. %1")
                 .arg(verdict.message));
        return;
    }
    report(tr("Saving the folder…"));
    if (!m_folder->moveIntoPlace(&error)) {
        fail(error);
        return;
    }
    Result result;
    result.ok = true;
    result.folder = m_folder->target();
    result.fingerprint = verdict.fingerprint;
    result.trusted = verdict.ok;
    result.counts = m_counts;
    result.message =
        tr("Exported the personal data of %1 to %2: %3. Signing key %4%5.")
            .arg(m_document.value(QStringLiteral("employee"))
                     .toObject()
                     .value(QStringLiteral("full_name"))
                     .toString(),
                 result.folder, describe(m_counts), verdict.fingerprint,
                 verdict.ok ? tr(", which you trust")
                            : tr(" (compare it with your organisation's signing key)"));
    Q_EMIT finished(result);
}

void PersonalDataExport::fail(const QString& message, const ApiError& error)
{
    m_folder.reset(); // removes the staging folder
    Result result;
    result.message = message;
    result.error = error;
    result.refused = error.kind == ApiError::Kind::Http && error.status == 403;
    result.notFound = error.kind == ApiError::Kind::Http && error.status == 404;
    Q_EMIT finished(result);
}

void PersonalDataExport::report(const QString& step)
{
    Q_EMIT progress(m_done, m_total, step);
    ++m_done;
}

} // namespace purser
