// A person's data on request (issue 18, access and portability) against the real server:
// POST /orgs/{org}/employees/{id}/personal-data-export holds the person's employee record,
// claims with receipts, payslips, account and audit entries, and nothing of anyone else; its
// signed note verifies with the server's key and names the SHA-256 of the document's canonical
// JSON; every audit entry it holds has an inclusion proof to the checkpoint it carries; the
// export is itself an audit entry (without personal data) and a disclosure; roles without
// personal_data.export get 403, another organisation's person 404. PURSER_TEST_BACKEND chooses
// SQLite or PostgreSQL.
#include "core/CanonicalJson.h"
#include "core/MerkleHash.h"
#include "core/MerkleVerifier.h"
#include "core/PersonalDataNote.h"
#include "core/SignedNote.h"
#include "core/TreeCheckpoint.h"
#include "tests/support/DomainTestClient.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

using namespace purser;
using purser::test::DomainReply;
using purser::test::DomainTestClient;

namespace {
const QString kOwner = QStringLiteral("owner@acme.example");
const QString kAdmin = QStringLiteral("admin@acme.example");
const QString kFinance = QStringLiteral("finance@acme.example");
const QString kAuditor = QStringLiteral("auditor@acme.example");
const QString kMember = QStringLiteral("member@acme.example");
const QString kViewer = QStringLiteral("viewer@acme.example");
constexpr int kExportsPerHour = 30; // api.md

QByteArray pngBytes()
{
    return QByteArray::fromHex(
        "89504e470d0a1a0a0000000d4948445200000001000000010802000000907753de"
        "0000000c4944415408d763f8ffff3f0005fe02fea7d6a4830000000049454e44ae426082");
}

QByteArray pdfBytes()
{
    return QByteArrayLiteral("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n% export test\n");
}

QSet<QString> idsOf(const QJsonArray& items)
{
    QSet<QString> ids;
    for (const QJsonValue& item : items) {
        ids.insert(item.toObject().value(QStringLiteral("id")).toString());
    }
    return ids;
}

QHash<QString, QJsonObject> byId(const QJsonArray& items)
{
    QHash<QString, QJsonObject> map;
    for (const QJsonValue& item : items) {
        map.insert(item.toObject().value(QStringLiteral("id")).toString(), item.toObject());
    }
    return map;
}
} // namespace

class TestServerPersonalData : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void exportHoldsThePersonsRecordsAndNothingElse();
    void noteAndProofsVerify();
    void theRequestIsAnAuditEntryWithoutPersonalData();
    void entriesAboutOthersAreWithheldAndCounted();
    void aPersonWithoutAnAccount();
    void deletedClaimsStayInTheirPayeesExport();
    void invitationsToTheirAddressAreTheirs();
    void rolesWithoutThePermissionGet403();
    void anotherOrganisationsPersonIs404();
    void bodyIsNoneOrAnEmptyObject();
    void replayStoresNoPersonalData();
    void thirtyExportsPerHour();

private:
    DomainReply exportOf(const QString& email, const QString& employeeId,
                         const QByteArray& body = {},
                         const QList<QPair<QByteArray, QByteArray>>& headers = {});
    QString employeeOf(const QString& email);
    QJsonObject fullRecord(const QString& employeeId);
    QString newClaim(const QString& email, const QString& description);
    // An employee record without an account; its id, empty on failure.
    QString newPerson(const QString& number, const QString& name, const QString& email);
    void upload(const QString& email, const QString& claimId, const QString& name,
                const QByteArray& type, const QByteArray& bytes);
    void assertNothingOf(const QByteArray& body, const QJsonObject& other);
    // The audit entries of an export (by the owner) about one entity.
    static QStringList actionsOn(const QJsonObject& document, const QString& entityId);

    DomainTestClient m_client;
    QString m_subject;      // the member's employee record
    QJsonObject m_other;    // another employee's whole record (the viewer's)
    QString m_subjectName;  // the member's full name
    QString m_nationalId;   // the member's national id
    int m_ownerExports = 0; // against the owner's hourly budget
};

void TestServerPersonalData::initTestCase()
{
    QString reason;
    bool skip = false;
    if (!m_client.start(&reason, &skip)) {
        if (skip) {
            QSKIP(qPrintable(reason));
        }
        QFAIL(qPrintable(reason));
    }
    m_subject = employeeOf(kMember);
    QVERIFY(!m_subject.isEmpty());
    const QJsonObject subject = fullRecord(m_subject);
    m_subjectName = subject.value(QStringLiteral("full_name")).toString();
    m_nationalId = subject.value(QStringLiteral("national_id")).toString();
    QVERIFY(!m_subjectName.isEmpty() && !m_nationalId.isEmpty());
    m_other = fullRecord(employeeOf(kViewer));
    QVERIFY(!m_other.value(QStringLiteral("national_id")).toString().isEmpty());
    QVERIFY(!m_other.value(QStringLiteral("bank_account")).toString().isEmpty());
}

void TestServerPersonalData::cleanupTestCase()
{
    QCOMPARE(m_client.stop(), 0);
}

DomainReply TestServerPersonalData::exportOf(const QString& email, const QString& employeeId,
                                             const QByteArray& body,
                                             const QList<QPair<QByteArray, QByteArray>>& headers)
{
    const DomainReply reply =
        m_client.send("POST",
                      QStringLiteral("/api/v1/orgs/%1/employees/%2/personal-data-export")
                          .arg(m_client.acme(), employeeId),
                      body, m_client.token(email), headers);
    if (email == kOwner && reply.status == 200) {
        ++m_ownerExports;
    }
    return reply;
}

// The employee record linked to a demo user.
QString TestServerPersonalData::employeeOf(const QString& email)
{
    const QString userId = m_client.userId(email);
    for (const QJsonValue& item : m_client.listAll(kOwner, QStringLiteral("employees"))) {
        if (item.toObject().value(QStringLiteral("user_id")).toString() == userId) {
            return item.toObject().value(QStringLiteral("id")).toString();
        }
    }
    return {};
}

QJsonObject TestServerPersonalData::fullRecord(const QString& employeeId)
{
    return m_client.as(kOwner, "GET", QStringLiteral("/employees/") + employeeId).json();
}

QString TestServerPersonalData::newClaim(const QString& email, const QString& description)
{
    const DomainReply reply =
        m_client.as(email, "POST", QStringLiteral("/claims"),
                    {{QStringLiteral("category"), QStringLiteral("travel")},
                     {QStringLiteral("description"), description},
                     {QStringLiteral("amount"),
                      QJsonObject{{QStringLiteral("amount"), 4250},
                                  {QStringLiteral("currency"), QStringLiteral("SGD")}}},
                     {QStringLiteral("incurred_on"), QStringLiteral("2026-11-20")}});
    if (reply.status != 201) {
        qWarning() << reply.status << reply.body;
    }
    return reply.json().value(QStringLiteral("id")).toString();
}

QString TestServerPersonalData::newPerson(const QString& number, const QString& name,
                                          const QString& email)
{
    const DomainReply reply =
        m_client.as(kAdmin, "POST", QStringLiteral("/employees"),
                    {{QStringLiteral("employee_no"), number},
                     {QStringLiteral("full_name"), name},
                     {QStringLiteral("email"), email},
                     {QStringLiteral("department"), QStringLiteral("Operations")},
                     {QStringLiteral("position"), QStringLiteral("Analyst")},
                     {QStringLiteral("employment_type"), QStringLiteral("full_time")},
                     {QStringLiteral("start_date"), QStringLiteral("2026-01-05")}});
    if (reply.status != 201) {
        qWarning() << reply.status << reply.body;
    }
    return reply.json().value(QStringLiteral("id")).toString();
}

void TestServerPersonalData::upload(const QString& email, const QString& claimId,
                                    const QString& name, const QByteArray& type,
                                    const QByteArray& bytes)
{
    QByteArray contentType;
    const QByteArray body = DomainTestClient::multipart("file", name, type, bytes, &contentType);
    const DomainReply reply = m_client.send(
        "POST", QStringLiteral("/api/v1/orgs/%1/claims/%2/receipts").arg(m_client.acme(), claimId),
        body, m_client.token(email), {}, contentType);
    QVERIFY2(reply.status == 201, reply.body.constData());
}

// Another employee's name, national ID and bank account appear nowhere in the answer.
void TestServerPersonalData::assertNothingOf(const QByteArray& body, const QJsonObject& other)
{
    for (const char* field : {"full_name", "national_id", "bank_account"}) {
        const QByteArray value = other.value(QLatin1String(field)).toString().toUtf8();
        QVERIFY2(!value.isEmpty(), field);
        QVERIFY2(!body.contains(value), qPrintable(QStringLiteral("another employee's %1 is in "
                                                                  "the export")
                                                       .arg(QLatin1String(field))));
    }
    QVERIFY(!body.contains(other.value(QStringLiteral("id")).toString().toUtf8()));
}

void TestServerPersonalData::exportHoldsThePersonsRecordsAndNothingElse()
{
    // The person's own claims with a PNG and a PDF receipt, one reviewed by finance; a payroll
    // run that pays them (and everybody else).
    const QString first = newClaim(kMember, QStringLiteral("Export taxi"));
    const QString second = newClaim(kMember, QStringLiteral("Export hotel"));
    upload(kMember, first, QStringLiteral("taxi.png"), "image/png", pngBytes());
    upload(kMember, second, QStringLiteral("hotel.pdf"), "application/pdf", pdfBytes());
    QCOMPARE(m_client.as(kMember, "POST", QStringLiteral("/claims/%1/submit").arg(first)).status,
             200);
    QCOMPARE(m_client.as(kFinance, "POST", QStringLiteral("/claims/%1/approve").arg(first)).status,
             200);
    const DomainReply run =
        m_client.as(kFinance, "POST", QStringLiteral("/payroll-runs"),
                    {{QStringLiteral("period_start"), QStringLiteral("2031-03-01")},
                     {QStringLiteral("period_end"), QStringLiteral("2031-03-31")},
                     {QStringLiteral("pay_date"), QStringLiteral("2031-03-27")}});
    QCOMPARE(run.status, 201);
    const QString runId = run.json().value(QStringLiteral("id")).toString();

    const DomainReply reply = exportOf(kAdmin, m_subject);
    QVERIFY2(reply.status == 200, reply.body.left(400).constData());
    const QJsonObject document = reply.json().value(QStringLiteral("document")).toObject();
    QCOMPARE(document.value(QStringLiteral("format")).toString(),
             QStringLiteral("purser-personal-data/v1"));
    QCOMPARE(document.value(QStringLiteral("organization"))
                 .toObject()
                 .value(QStringLiteral("id"))
                 .toString(),
             m_client.acme());

    // The employee record with every field the owner reads, sensitive ones included.
    QCOMPARE(document.value(QStringLiteral("employee")).toObject(), fullRecord(m_subject));

    // Every claim of theirs, exactly as GET claims gives it (the member sees only their own),
    // with both receipts' SHA-256.
    const QJsonArray ownClaims = m_client.listAll(kMember, QStringLiteral("claims"));
    const QJsonArray claims = document.value(QStringLiteral("claims")).toArray();
    QCOMPARE(idsOf(claims), idsOf(ownClaims));
    QVERIFY(idsOf(claims).contains(first) && idsOf(claims).contains(second));
    const QHash<QString, QJsonObject> listed = byId(ownClaims);
    for (const QJsonValue& claim : claims) {
        const QString id = claim.toObject().value(QStringLiteral("id")).toString();
        QCOMPARE(claim.toObject(), listed.value(id));
    }
    QSet<QString> receiptSums;
    for (const QJsonValue& claim : claims) {
        for (const QJsonValue& receipt :
             claim.toObject().value(QStringLiteral("receipts")).toArray()) {
            receiptSums.insert(receipt.toObject().value(QStringLiteral("sha256")).toString());
        }
    }
    for (const QByteArray& bytes : {pngBytes(), pdfBytes()}) {
        QVERIFY(receiptSums.contains(QString::fromLatin1(
            QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex())));
    }

    // Every payslip of theirs, in every run, as GET payslips gives it, with its run.
    QHash<QString, QJsonObject> ownSlips;
    for (const QJsonValue& r : m_client.listAll(kMember, QStringLiteral("payroll-runs"))) {
        const QString id = r.toObject().value(QStringLiteral("id")).toString();
        const QJsonObject page =
            m_client.as(kMember, "GET", QStringLiteral("/payroll-runs/%1/payslips").arg(id)).json();
        for (const QJsonValue& slip : page.value(QStringLiteral("items")).toArray()) {
            ownSlips.insert(slip.toObject().value(QStringLiteral("id")).toString(),
                            slip.toObject());
        }
    }
    const QJsonArray payslips = document.value(QStringLiteral("payslips")).toArray();
    QCOMPARE(payslips.size(), ownSlips.size());
    bool inNewRun = false;
    for (const QJsonValue& value : payslips) {
        QJsonObject slip = value.toObject();
        const QJsonObject slipRun = slip.take(QStringLiteral("run")).toObject();
        QCOMPARE(slip, ownSlips.value(slip.value(QStringLiteral("id")).toString()));
        QCOMPARE(slipRun.value(QStringLiteral("id")), slip.value(QStringLiteral("run_id")));
        QVERIFY(slipRun.contains(QStringLiteral("period_start")) &&
                slipRun.contains(QStringLiteral("pay_date")));
        inNewRun = inNewRun || slipRun.value(QStringLiteral("id")).toString() == runId;
    }
    QVERIFY(inNewRun);

    // Their account and this organisation's membership.
    const QJsonObject user = document.value(QStringLiteral("user")).toObject();
    QCOMPARE(user.value(QStringLiteral("id")).toString(), m_client.userId(kMember));
    QCOMPARE(user.value(QStringLiteral("email")).toString(), kMember);
    const QJsonArray memberships = document.value(QStringLiteral("memberships")).toArray();
    QCOMPARE(memberships.size(), 1);
    QCOMPARE(memberships.first().toObject().value(QStringLiteral("role")).toString(),
             QStringLiteral("member"));

    // Audit entries about their record and claims are there: the approval, the uploads.
    QSet<QString> entities;
    for (const QJsonValue& entry : document.value(QStringLiteral("audit_entries")).toArray()) {
        entities.insert(entry.toObject().value(QStringLiteral("entity_id")).toString());
    }
    QVERIFY(entities.contains(first) && entities.contains(second) && entities.contains(m_subject));

    // Nothing of anyone else anywhere in the answer.
    assertNothingOf(reply.body, m_other);
    // The run's other payslips: a colleague paid by the same run.
    QVERIFY(!reply.body.contains(
        fullRecord(employeeOf(kAuditor)).value(QStringLiteral("national_id")).toString().toUtf8()));
}

void TestServerPersonalData::noteAndProofsVerify()
{
    const DomainReply reply = exportOf(kOwner, m_subject);
    QCOMPARE(reply.status, 200);
    const QJsonObject answer = reply.json();
    const QJsonObject document = answer.value(QStringLiteral("document")).toObject();

    QString keyName;
    QByteArray publicKey;
    const QJsonObject key = m_client.send("GET", QStringLiteral("/api/v1/server/signing-keys"))
                                .array()
                                .first()
                                .toObject();
    QVERIFY(SignedNote::parseVerifierKey(key.value(QStringLiteral("note_key")).toString(), &keyName,
                                         &publicKey));
    const QJsonObject audit = answer.value(QStringLiteral("audit")).toObject();
    QCOMPARE(audit.value(QStringLiteral("public_key")).toString(),
             QString::fromLatin1(publicKey.toBase64()));

    // The note: signed by the server's key, naming this person and the document's SHA-256.
    QString reason;
    const auto note = PersonalDataNote::verify(
        answer.value(QStringLiteral("signature")).toString().toUtf8(), publicKey, &reason);
    QVERIFY2(note, qPrintable(reason));
    QCOMPARE(note->serverIdentity, keyName);
    QCOMPARE(note->organizationId, m_client.acme());
    QCOMPARE(note->employeeId, m_subject);
    QCOMPARE(note->generatedAt, document.value(QStringLiteral("generated_at")).toString());
    const auto canonical = canonicalJson(document);
    QVERIFY(canonical);
    QCOMPARE(note->documentSha256,
             QString::fromLatin1(
                 QCryptographicHash::hash(*canonical, QCryptographicHash::Sha256).toHex()));
    // One changed byte of the document no longer matches.
    QJsonObject changed = document;
    changed.insert(QStringLiteral("audit_entries_withheld"),
                   document.value(QStringLiteral("audit_entries_withheld")).toInteger() + 1);
    QVERIFY(QCryptographicHash::hash(*canonicalJson(changed), QCryptographicHash::Sha256).toHex() !=
            note->documentSha256.toLatin1());

    // The checkpoint note: same key, and every entry's proof leads to its root.
    const auto checkpointNote =
        SignedNote::parse(audit.value(QStringLiteral("note")).toString().toUtf8(), &reason);
    QVERIFY2(checkpointNote, qPrintable(reason));
    QVERIFY(checkpointNote->verifiedBy(keyName, publicKey));
    const auto checkpoint = TreeCheckpoint::parse(checkpointNote->text, &reason);
    QVERIFY2(checkpoint, qPrintable(reason));
    QCOMPARE(checkpoint->origin, TreeCheckpoint::originFor(keyName, m_client.acme()));
    const QJsonObject inclusion = audit.value(QStringLiteral("inclusion")).toObject();
    QSet<QString> seqs;
    for (const char* list : {"audit_entries", "disclosures"}) {
        for (const QJsonValue& value : document.value(QLatin1String(list)).toArray()) {
            const QJsonObject entry = value.toObject();
            const qint64 seq = entry.value(QStringLiteral("seq")).toInteger();
            seqs.insert(QString::number(seq));
            QList<QByteArray> path;
            for (const QJsonValue& hash : inclusion.value(QString::number(seq)).toArray()) {
                path.append(QByteArray::fromBase64(hash.toString().toLatin1()));
            }
            QVERIFY2(MerkleVerifier::verifyInclusion(seq - 1, checkpoint->size,
                                                     MerkleHash::entryLeaf(entry), path,
                                                     checkpoint->root, &reason),
                     qPrintable(QStringLiteral("seq %1: %2").arg(seq).arg(reason)));
        }
    }
    QVERIFY(seqs.size() > 3);
    const QStringList proved = inclusion.keys();
    QCOMPARE(QSet<QString>(proved.cbegin(), proved.cend()), seqs);
    // A changed entry does not verify against the root.
    const QJsonObject entry =
        document.value(QStringLiteral("audit_entries")).toArray().first().toObject();
    QJsonObject forged = entry;
    forged.insert(QStringLiteral("summary"), QStringLiteral("Nothing happened"));
    QList<QByteArray> path;
    for (const QJsonValue& hash :
         inclusion.value(QString::number(entry.value(QStringLiteral("seq")).toInteger()))
             .toArray()) {
        path.append(QByteArray::fromBase64(hash.toString().toLatin1()));
    }
    QVERIFY(!MerkleVerifier::verifyInclusion(entry.value(QStringLiteral("seq")).toInteger() - 1,
                                             checkpoint->size, MerkleHash::entryLeaf(forged), path,
                                             checkpoint->root, &reason));
}

void TestServerPersonalData::theRequestIsAnAuditEntryWithoutPersonalData()
{
    const DomainReply first = exportOf(kAdmin, m_subject);
    QCOMPARE(first.status, 200);
    const QJsonObject document = first.json().value(QStringLiteral("document")).toObject();
    const QJsonObject request = document.value(QStringLiteral("request")).toObject();
    const qint64 seq = request.value(QStringLiteral("audit_seq")).toInteger();
    QVERIFY(seq > 0);
    const QJsonObject requestedBy = request.value(QStringLiteral("requested_by")).toObject();
    QCOMPARE(requestedBy.value(QStringLiteral("kind")).toString(), QStringLiteral("user"));
    QCOMPARE(requestedBy.value(QStringLiteral("id")).toString(), m_client.userId(kAdmin));

    // The entry as the audit log serves it to an auditor.
    const QJsonArray page =
        m_client.as(kAuditor, "GET", QStringLiteral("/audit-log?after=%1&limit=1").arg(seq - 1))
            .json()
            .value(QStringLiteral("items"))
            .toArray();
    QCOMPARE(page.size(), 1);
    const QJsonObject entry = page.first().toObject();
    QCOMPARE(entry.value(QStringLiteral("seq")).toInteger(), seq);
    QCOMPARE(entry.value(QStringLiteral("action")).toString(),
             QStringLiteral("export_personal_data"));
    QCOMPARE(entry.value(QStringLiteral("entity_type")).toString(), QStringLiteral("employee"));
    QCOMPARE(entry.value(QStringLiteral("entity_id")).toString(), m_subject);
    QCOMPARE(entry.value(QStringLiteral("summary")).toString(),
             QStringLiteral("Personal data exported (access request)"));
    const QByteArray entryBytes = *canonicalJson(entry);
    QVERIFY(!entryBytes.contains(m_subjectName.toUtf8()));
    QVERIFY(!entryBytes.contains(m_nationalId.toUtf8()));
    QVERIFY(!entryBytes.contains(kMember.toUtf8()));

    // It is in the document, among the audit entries and the disclosures.
    const auto seqsIn = [](const QJsonObject& doc, const char* list) {
        QSet<qint64> seqs;
        for (const QJsonValue& value : doc.value(QLatin1String(list)).toArray()) {
            seqs.insert(value.toObject().value(QStringLiteral("seq")).toInteger());
        }
        return seqs;
    };
    QVERIFY(seqsIn(document, "audit_entries").contains(seq));
    QVERIFY(seqsIn(document, "disclosures").contains(seq));
    const QJsonObject listed = [&] {
        for (const QJsonValue& value : document.value(QStringLiteral("disclosures")).toArray()) {
            if (value.toObject().value(QStringLiteral("seq")).toInteger() == seq) {
                return value.toObject();
            }
        }
        return QJsonObject();
    }();
    QCOMPARE(listed, entry);

    // A second export lists both.
    const DomainReply second = exportOf(kOwner, m_subject);
    QCOMPARE(second.status, 200);
    const QJsonObject again = second.json().value(QStringLiteral("document")).toObject();
    const qint64 secondSeq = again.value(QStringLiteral("request"))
                                 .toObject()
                                 .value(QStringLiteral("audit_seq"))
                                 .toInteger();
    QVERIFY(secondSeq > seq);
    const QSet<qint64> disclosures = seqsIn(again, "disclosures");
    QVERIFY(disclosures.contains(seq) && disclosures.contains(secondSeq));
    for (const QJsonValue& value : again.value(QStringLiteral("disclosures")).toArray()) {
        QCOMPARE(value.toObject().value(QStringLiteral("entity_id")).toString(), m_subject);
        QCOMPARE(value.toObject().value(QStringLiteral("action")).toString(),
                 QStringLiteral("export_personal_data"));
    }
}

void TestServerPersonalData::entriesAboutOthersAreWithheldAndCounted()
{
    // Finance's own person: what they do to the member's claims is the member's data.
    const QString financePerson = employeeOf(kFinance);
    QVERIFY(!financePerson.isEmpty());
    const DomainReply before = exportOf(kAdmin, financePerson);
    QCOMPARE(before.status, 200);
    const qint64 withheld = before.json()
                                .value(QStringLiteral("document"))
                                .toObject()
                                .value(QStringLiteral("audit_entries_withheld"))
                                .toInteger();

    const QString claim = newClaim(kMember, QStringLiteral("Reviewed by finance"));
    QCOMPARE(m_client.as(kMember, "POST", QStringLiteral("/claims/%1/submit").arg(claim)).status,
             200);
    QCOMPARE(m_client
                 .as(kFinance, "POST", QStringLiteral("/claims/%1/reject").arg(claim),
                     {{QStringLiteral("note"), QStringLiteral("Wrong month")}})
                 .status,
             200);

    const DomainReply after = exportOf(kAdmin, financePerson);
    QCOMPARE(after.status, 200);
    const QJsonObject document = after.json().value(QStringLiteral("document")).toObject();
    QCOMPARE(document.value(QStringLiteral("audit_entries_withheld")).toInteger(), withheld + 1);
    // The rejection is not there, nor anything of the member.
    QVERIFY(!after.body.contains(claim.toUtf8()));
    QVERIFY(!after.body.contains(m_subject.toUtf8()));
    QVERIFY(!after.body.contains(m_nationalId.toUtf8()));
    QVERIFY(!after.body.contains(m_subjectName.toUtf8()));
    // What finance did that is theirs or the organisation's stays: their sign-in.
    bool signIn = false;
    for (const QJsonValue& value : document.value(QStringLiteral("audit_entries")).toArray()) {
        const QJsonObject entry = value.toObject();
        signIn = signIn || entry.value(QStringLiteral("action")).toString() == u"sign_in";
        const QString type = entry.value(QStringLiteral("entity_type")).toString();
        if (type == u"employee") {
            QCOMPARE(entry.value(QStringLiteral("entity_id")).toString(), financePerson);
        }
    }
    QVERIFY(signIn);
}

// An employee record no account is linked to: no user, no membership, their record's entries.
void TestServerPersonalData::aPersonWithoutAnAccount()
{
    const QString id = newPerson(QStringLiteral("PD-1"), QStringLiteral("Nobody Signs In"),
                                 QStringLiteral("pd1@acme.example"));
    QVERIFY(!id.isEmpty());
    const DomainReply reply = exportOf(kAdmin, id);
    QCOMPARE(reply.status, 200);
    const QJsonObject document = reply.json().value(QStringLiteral("document")).toObject();
    QVERIFY(document.value(QStringLiteral("user")).isNull());
    QVERIFY(document.value(QStringLiteral("memberships")).toArray().isEmpty());
    QVERIFY(document.value(QStringLiteral("claims")).toArray().isEmpty());
    QCOMPARE(document.value(QStringLiteral("audit_entries_withheld")).toInteger(), 0);
    QStringList actions;
    for (const QJsonValue& entry : document.value(QStringLiteral("audit_entries")).toArray()) {
        QCOMPARE(entry.toObject().value(QStringLiteral("entity_id")).toString(), id);
        actions.append(entry.toObject().value(QStringLiteral("action")).toString());
    }
    QCOMPARE(actions,
             QStringList({QStringLiteral("create"), QStringLiteral("export_personal_data")}));
    assertNothingOf(reply.body, m_other);
}

QStringList TestServerPersonalData::actionsOn(const QJsonObject& document, const QString& entityId)
{
    QStringList actions;
    for (const QJsonValue& value : document.value(QStringLiteral("audit_entries")).toArray()) {
        const QJsonObject entry = value.toObject();
        if (entry.value(QStringLiteral("entity_id")).toString() == entityId) {
            actions.append(entry.value(QStringLiteral("action")).toString());
        }
    }
    return actions;
}

// A deleted draft is still the person's: the entries about it (and its receipts) stay in their
// export whoever made them, and are never counted as withheld (about other people's records).
void TestServerPersonalData::deletedClaimsStayInTheirPayeesExport()
{
    const auto documentOf = [this](const QString& employeeId) {
        const DomainReply reply = exportOf(kOwner, employeeId);
        if (reply.status != 200) {
            qWarning() << reply.status << reply.body.left(300);
        }
        return reply.json().value(QStringLiteral("document")).toObject();
    };
    const auto withheld = [](const QJsonObject& document) {
        return document.value(QStringLiteral("audit_entries_withheld")).toInteger();
    };
    const auto remove = [this](const QString& email, const QString& claimId) {
        return m_client.as(email, "DELETE", QStringLiteral("/claims/") + claimId).status;
    };
    const QString financePerson = employeeOf(kFinance);
    const QString ownerPerson = employeeOf(kOwner);
    QVERIFY(!financePerson.isEmpty() && !ownerPerson.isEmpty());
    const qint64 memberBefore = withheld(documentOf(m_subject));
    const qint64 financeBefore = withheld(documentOf(financePerson));

    // The owner's own draft, created and deleted by the owner.
    const QString ownerClaim = newClaim(kOwner, QStringLiteral("Owner's own draft"));
    QVERIFY(!ownerClaim.isEmpty());
    QCOMPARE(remove(kOwner, ownerClaim), 204);
    // The member's own draft, created and deleted by her.
    const QString ownClaim = newClaim(kMember, QStringLiteral("Own draft, deleted"));
    QVERIFY(!ownClaim.isEmpty());
    QCOMPARE(remove(kMember, ownClaim), 204);
    // A draft finance files for her with a receipt, then deletes.
    const DomainReply filed =
        m_client.as(kFinance, "POST", QStringLiteral("/claims"),
                    {{QStringLiteral("employee_id"), m_subject},
                     {QStringLiteral("category"), QStringLiteral("training")},
                     {QStringLiteral("description"), QStringLiteral("Filed for her, deleted")},
                     {QStringLiteral("amount"),
                      QJsonObject{{QStringLiteral("amount"), 9900},
                                  {QStringLiteral("currency"), QStringLiteral("SGD")}}},
                     {QStringLiteral("incurred_on"), QStringLiteral("2026-11-21")}});
    QCOMPARE(filed.status, 201);
    const QString filedClaim = filed.json().value(QStringLiteral("id")).toString();
    upload(kFinance, filedClaim, QStringLiteral("course.pdf"), "application/pdf", pdfBytes());
    const QJsonArray receipts =
        m_client.as(kFinance, "GET", QStringLiteral("/claims/") + filedClaim)
            .json()
            .value(QStringLiteral("receipts"))
            .toArray();
    QCOMPARE(receipts.size(), 1);
    const QString receipt = receipts.at(0).toObject().value(QStringLiteral("id")).toString();
    QCOMPARE(remove(kFinance, filedClaim), 204);

    const QStringList createDelete{QStringLiteral("create"), QStringLiteral("delete")};
    const QJsonObject owner = documentOf(ownerPerson);
    QCOMPARE(actionsOn(owner, ownerClaim), createDelete);

    const QJsonObject member = documentOf(m_subject);
    QCOMPARE(actionsOn(member, ownClaim), createDelete);
    QCOMPARE(actionsOn(member, filedClaim), createDelete);
    QCOMPARE(actionsOn(member, receipt), QStringList{QStringLiteral("upload")});
    QCOMPARE(withheld(member), memberBefore);
    QVERIFY(!actionsOn(owner, ownClaim).contains(QStringLiteral("create")));

    // For finance they are another person's records: withheld, counted, not shown.
    const QJsonObject finance = documentOf(financePerson);
    QCOMPARE(withheld(finance), financeBefore + 3);
    QVERIFY(actionsOn(finance, filedClaim).isEmpty());
    QVERIFY(actionsOn(finance, receipt).isEmpty());
}

// An invitation sent to the address of their record (or account) is about them.
void TestServerPersonalData::invitationsToTheirAddressAreTheirs()
{
    const QString person =
        newPerson(QStringLiteral("PD-INV-1"), QStringLiteral("Invited Not Joined"),
                  QStringLiteral("Invited.PD@acme.example"));
    QVERIFY(!person.isEmpty());
    const DomainReply invited =
        m_client.as(kAdmin, "POST", QStringLiteral("/invitations"),
                    {{QStringLiteral("email"), QStringLiteral("invited.pd@acme.example")},
                     {QStringLiteral("role"), QStringLiteral("member")}});
    QCOMPARE(invited.status, 201);
    const QString invitation = invited.json().value(QStringLiteral("id")).toString();
    QVERIFY(!invitation.isEmpty());
    const DomainReply reply = exportOf(kOwner, person);
    QCOMPARE(reply.status, 200);
    const QJsonObject document = reply.json().value(QStringLiteral("document")).toObject();
    QCOMPARE(actionsOn(document, invitation), QStringList{QStringLiteral("invite")});
    QCOMPARE(document.value(QStringLiteral("audit_entries_withheld")).toInteger(), 0);
}

void TestServerPersonalData::rolesWithoutThePermissionGet403()
{
    for (const QString& email : {kFinance, kAuditor, kMember, kViewer}) {
        QCOMPARE(exportOf(email, m_subject).status, 403);
        QCOMPARE(exportOf(email, employeeOf(email)).status, 403); // one's own record too
    }
}

void TestServerPersonalData::anotherOrganisationsPersonIs404()
{
    const QJsonArray globex =
        m_client.listAll(QStringLiteral("owner@globex.example"), QStringLiteral("employees"));
    QVERIFY(!globex.isEmpty());
    const QString theirs = globex.first().toObject().value(QStringLiteral("id")).toString();
    const DomainReply foreign = exportOf(kAdmin, theirs);
    const DomainReply unknown =
        exportOf(kAdmin, QUuid::createUuid().toString(QUuid::WithoutBraces));
    QCOMPARE(foreign.status, 404);
    QCOMPARE(unknown.status, 404);
    QCOMPARE(foreign.json().value(QStringLiteral("error")).toObject(),
             unknown.json().value(QStringLiteral("error")).toObject());
    QCOMPARE(exportOf(kAdmin, QStringLiteral("not-an-id")).status, 404);
}

void TestServerPersonalData::bodyIsNoneOrAnEmptyObject()
{
    QCOMPARE(exportOf(kAdmin, m_subject, "{}").status, 200);
    const DomainReply unknown = exportOf(kAdmin, m_subject, R"({"include":"everything"})");
    QCOMPARE(unknown.status, 422);
    QCOMPARE(exportOf(kAdmin, m_subject, "[]").status, 400);
    QCOMPARE(exportOf(kAdmin, m_subject, "not json").status, 400);
}

void TestServerPersonalData::replayStoresNoPersonalData()
{
    const QList<QPair<QByteArray, QByteArray>> key{
        {"Idempotency-Key", QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1()}};
    const DomainReply first = exportOf(kAdmin, m_subject, {}, key);
    QCOMPARE(first.status, 200);
    QVERIFY(first.body.contains(m_nationalId.toUtf8()));
    const DomainReply replay = exportOf(kAdmin, m_subject, {}, key);
    QCOMPARE(replay.status, 200);
    QCOMPARE(replay.header("Idempotent-Replayed"), QByteArray("true"));
    // The replay is the same export (no second entry) without its document: the personal
    // data is shown once and never kept in the replay store.
    QCOMPARE(replay.json().value(QStringLiteral("signature")),
             first.json().value(QStringLiteral("signature")));
    QVERIFY(!replay.json().contains(QStringLiteral("document")));
    QVERIFY(replay.json().value(QStringLiteral("secret_shown_once")).toBool());
    QVERIFY(!replay.body.contains(m_nationalId.toUtf8()));
    QSqlDatabase db = m_client.openDatabase(QStringLiteral("personal-data-replay"));
    QVERIFY(db.isOpen());
    {
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT body FROM idempotency_keys")));
        int rows = 0;
        while (q.next()) {
            ++rows;
            const QByteArray body = q.value(0).toByteArray();
            QVERIFY(!body.contains(m_nationalId.toUtf8()));
            QVERIFY(!body.contains(m_subjectName.toUtf8()));
        }
        QVERIFY(rows > 0);
    }
    db.close();
}

void TestServerPersonalData::thirtyExportsPerHour()
{
    // The owner's budget, of which the tests above used some.
    DomainReply refused;
    for (int i = 0; i <= kExportsPerHour; ++i) {
        const DomainReply reply = exportOf(kOwner, m_subject);
        if (reply.status == 429) {
            refused = reply;
            break;
        }
        QCOMPARE(reply.status, 200);
    }
    QCOMPARE(refused.status, 429);
    QCOMPARE(m_ownerExports, kExportsPerHour);
    const qint64 retryAfter = refused.header("Retry-After").toLongLong();
    QVERIFY(retryAfter > 0 && retryAfter <= 3600);
    // Another caller still has its own budget.
    QCOMPARE(exportOf(kAdmin, m_subject).status, 200);
}

QTEST_GUILESS_MAIN(TestServerPersonalData)
#include "tst_server_personal_data.moc"
