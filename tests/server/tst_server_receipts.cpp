// Receipt uploads and downloads through the real server (api.md, Claims and receipts): every
// allowed type, refused types and lies, empty files, size limits from the headers, path
// traversal names, roles and other organisations; and crash recovery of staged files.
#include "tests/support/DomainTestClient.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTest>
#include <QUuid>

using purser::test::DomainReply;
using purser::test::DomainTestClient;

namespace {
const QString kOwner = QStringLiteral("owner@acme.example");
const QString kFinance = QStringLiteral("finance@acme.example");
const QString kMember = QStringLiteral("member@acme.example");
const QString kViewer = QStringLiteral("viewer@acme.example");
const QString kAuditor = QStringLiteral("auditor@acme.example");
constexpr qint64 kLimit = 5 * 1024 * 1024;

QByteArray pngBytes()
{
    return QByteArray::fromHex(
        "89504e470d0a1a0a0000000d4948445200000001000000010802000000907753de"
        "0000000c4944415408d763f8ffff3f0005fe02fea7d6a4830000000049454e44ae426082");
}
QByteArray jpegBytes()
{
    return QByteArray::fromHex("ffd8ffe000104a46494600010100000100010000ffd9");
}
QByteArray pdfBytes()
{
    return QByteArrayLiteral("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
}
QByteArray webpBytes()
{
    // "RIFF" size "WEBP" "VP8L" and a lossless 1x1 bitstream.
    return QByteArray::fromHex(
        "524946461a000000574542505650384c0d0000002f00000010071011118888fe0700");
}
} // namespace

class TestServerReceipts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void eachAllowedTypeRoundTrips_data();
    void eachAllowedTypeRoundTrips();
    void refusedContent_data();
    void refusedContent();
    void sizeLimitDecidedFromHeaders();
    void fileOneByteOverLimit();
    void pathTraversalNameIsOnlyMetadata();
    void misleadingNamesAreNotKept_data();
    void misleadingNamesAreNotKept();
    void rolesAndStates();
    void otherOrganisationsClaimIsNotFound();
    void stagedFilesAreSettledAtStart();

private:
    QString draftClaim(const QString& email);
    DomainReply upload(const QString& email, const QString& claimId, const QString& filename,
                       const QByteArray& type, const QByteArray& data, const QString& org = {});
    DomainTestClient m_client;
};

void TestServerReceipts::initTestCase()
{
    QString reason;
    bool skip = false;
    if (!m_client.start(&reason, &skip)) {
        if (skip) {
            QSKIP(qPrintable(reason));
        }
        QFAIL(qPrintable(reason));
    }
}

void TestServerReceipts::cleanupTestCase()
{
    QCOMPARE(m_client.stop(), 0);
}

QString TestServerReceipts::draftClaim(const QString& email)
{
    // In the organisation's own currency (Globex pays in MYR); any other is refused.
    const QString currency = m_client.as(email, "GET", QStringLiteral("/settings"))
                                 .json()
                                 .value(QStringLiteral("currency"))
                                 .toString();
    const DomainReply reply = m_client.as(
        email, "POST", QStringLiteral("/claims"),
        {{QStringLiteral("category"), QStringLiteral("equipment")},
         {QStringLiteral("description"), QStringLiteral("Keyboard")},
         {QStringLiteral("amount"),
          QJsonObject{{QStringLiteral("amount"), 12900}, {QStringLiteral("currency"), currency}}},
         {QStringLiteral("incurred_on"), QStringLiteral("2025-12-03")}});
    return reply.json().value(QStringLiteral("id")).toString();
}

DomainReply TestServerReceipts::upload(const QString& email, const QString& claimId,
                                       const QString& filename, const QByteArray& type,
                                       const QByteArray& data, const QString& org)
{
    QByteArray contentType;
    const QByteArray body = DomainTestClient::multipart("file", filename, type, data, &contentType);
    return m_client.send("POST",
                         QStringLiteral("/api/v1/orgs/%1/claims/%2/receipts")
                             .arg(org.isEmpty() ? m_client.orgId(email) : org, claimId),
                         body, m_client.token(email), {}, contentType);
}

void TestServerReceipts::eachAllowedTypeRoundTrips_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QByteArray>("type");
    QTest::newRow("png") << pngBytes() << QByteArray("image/png");
    QTest::newRow("jpeg") << jpegBytes() << QByteArray("image/jpeg");
    QTest::newRow("pdf") << pdfBytes() << QByteArray("application/pdf");
    QTest::newRow("webp") << webpBytes() << QByteArray("image/webp");
}

void TestServerReceipts::eachAllowedTypeRoundTrips()
{
    QFETCH(QByteArray, data);
    QFETCH(QByteArray, type);
    const QString claim = draftClaim(kMember);
    const DomainReply reply = upload(kMember, claim, QStringLiteral("Beleg März.bin"), type, data);
    QCOMPARE(reply.status, 201);
    const QJsonObject receipt = reply.json();
    QCOMPARE(receipt.value(QStringLiteral("content_type")).toString(), QString::fromLatin1(type));
    QCOMPARE(receipt.value(QStringLiteral("size")).toInteger(), data.size());
    QCOMPARE(
        receipt.value(QStringLiteral("sha256")).toString(),
        QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex()));
    QCOMPARE(receipt.value(QStringLiteral("uploaded_by")).toString(), m_client.userId(kMember));

    const DomainReply back =
        m_client.as(kFinance, "GET",
                    QStringLiteral("/claims/%1/receipts/%2")
                        .arg(claim, receipt.value(QStringLiteral("id")).toString()));
    QCOMPARE(back.status, 200);
    QCOMPARE(back.body, data);
    QCOMPARE(back.header("Content-Type"), type);
    QCOMPARE(back.header("Content-Security-Policy"), QByteArray("default-src 'none'"));
    const QByteArray disposition = back.header("Content-Disposition");
    QVERIFY2(disposition.startsWith("attachment; filename=\""), disposition.constData());
    // ".bin" is not what the content is: the kept name carries the sniffed type's extension.
    const QByteArray extension = type == "image/jpeg" ? "jpg" : type.mid(type.indexOf('/') + 1);
    QVERIFY2(disposition.contains("filename*=UTF-8''Beleg%20M%C3%A4rz." + extension),
             disposition.constData());
    QCOMPARE(back.header("X-Content-Type-Options"), QByteArray("nosniff"));
    // The claim lists it.
    const QJsonObject claimJson =
        m_client.as(kMember, "GET", QStringLiteral("/claims/") + claim).json();
    QCOMPARE(claimJson.value(QStringLiteral("receipts")).toArray().size(), 1);
    // The auditor may read receipts but never upload.
    QCOMPARE(m_client
                 .as(kAuditor, "GET",
                     QStringLiteral("/claims/%1/receipts/%2")
                         .arg(claim, receipt.value(QStringLiteral("id")).toString()))
                 .status,
             200);
}

void TestServerReceipts::refusedContent_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QByteArray>("type");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("status");
    QTest::newRow("svg")
        << QByteArray("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>")
        << QByteArray("image/svg+xml") << QStringLiteral("logo.svg") << 415;
    QTest::newRow("html named .png")
        << QByteArray("<html><script>alert(1)</script></html>") << QByteArray("image/png")
        << QStringLiteral("receipt.png") << 415;
    QTest::newRow("png declared as pdf")
        << pngBytes() << QByteArray("application/pdf") << QStringLiteral("r.pdf") << 415;
    QTest::newRow("png declared octet-stream")
        << pngBytes() << QByteArray("application/octet-stream") << QStringLiteral("r.png") << 415;
    QTest::newRow("empty") << QByteArray() << QByteArray("image/png") << QStringLiteral("e.png")
                           << 422;
}

void TestServerReceipts::refusedContent()
{
    QFETCH(QByteArray, data);
    QFETCH(QByteArray, type);
    QFETCH(QString, name);
    QFETCH(int, status);
    const QString claim = draftClaim(kMember);
    const DomainReply reply = upload(kMember, claim, name, type, data);
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.errorCode(), status == 415 ? QStringLiteral("unsupported_media_type")
                                              : QStringLiteral("validation_failed"));
    QVERIFY(m_client.as(kMember, "GET", QStringLiteral("/claims/") + claim)
                .json()
                .value(QStringLiteral("receipts"))
                .toArray()
                .isEmpty());
}

void TestServerReceipts::sizeLimitDecidedFromHeaders()
{
    // Only the headers are sent, announcing a body over the limit: the answer comes at once.
    const QString claim = draftClaim(kMember);
    const QByteArray request =
        "POST /api/v1/orgs/" + m_client.acme().toLatin1() + "/claims/" + claim.toLatin1() +
        "/receipts HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " +
        m_client.token(kMember).toLatin1() +
        "\r\nContent-Type: multipart/form-data; boundary=x\r\nContent-Length: " +
        QByteArray::number(kLimit + 16 * 1024 + 1) + "\r\n\r\n";
    const QByteArray answer = m_client.rawTls(request, 5000);
    QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.left(200).constData());
    QVERIFY(answer.contains("payload_too_large"));
    QVERIFY(answer.contains("limit_bytes"));
    // The same headers on a JSON route are refused at 64 KiB (for a member: a stranger's
    // body is refused with 401 before its size matters).
    const QByteArray json = "POST /api/v1/orgs/" + m_client.acme().toLatin1() +
                            "/claims HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " +
                            m_client.token(kMember).toLatin1() +
                            "\r\nContent-Type: application/json\r\nContent-Length: "
                            "65537\r\n\r\n";
    QVERIFY(m_client.rawTls(json, 5000).startsWith("HTTP/1.1 413"));
}

void TestServerReceipts::fileOneByteOverLimit()
{
    const QString claim = draftClaim(kMember);
    QByteArray big = pdfBytes();
    big.append(QByteArray(kLimit - big.size(), 'a'));
    QCOMPARE(upload(kMember, claim, QStringLiteral("exact.pdf"), "application/pdf", big).status,
             201);
    big.append('a');
    const DomainReply over =
        upload(kMember, claim, QStringLiteral("over.pdf"), "application/pdf", big);
    QCOMPARE(over.status, 413);
    QCOMPARE(over.json()
                 .value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("limit_bytes"))
                 .toInteger(),
             kLimit);
}

void TestServerReceipts::misleadingNamesAreNotKept_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QByteArray>("type");
    QTest::addColumn<QByteArray>("expected");
    // The attacks of issue 13 (round two): HTML appended to a PNG and named .html, a NUL to
    // cut the name for C code, a right-to-left override to show "exe" as something else.
    QTest::newRow("html name on a png")
        << QStringLiteral("a.html") << pngBytes() + QByteArray("<html><script>alert(1)</script>")
        << QByteArray("image/png") << QByteArray("a.png");
    QTest::newRow("nul in the name")
        << QStringLiteral("a.png") + QChar(u'\0') + QStringLiteral(".html") << pngBytes()
        << QByteArray("image/png") << QByteArray("a.png");
    QTest::newRow("rtl override") << QStringLiteral("invoice\u202Egnp.exe") << pngBytes()
                                  << QByteArray("image/png") << QByteArray("invoicegnp.png");
    QTest::newRow("exe holding a pdf")
        << QStringLiteral("invoice.exe") << pdfBytes() << QByteArray("application/pdf")
        << QByteArray("invoice.pdf");
}

void TestServerReceipts::misleadingNamesAreNotKept()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, data);
    QFETCH(QByteArray, type);
    QFETCH(QByteArray, expected);
    const QString claim = draftClaim(kMember);
    const DomainReply reply = upload(kMember, claim, name, type, data);
    QCOMPARE(reply.status, 201);
    QCOMPARE(reply.json().value(QStringLiteral("filename")).toString(),
             QString::fromLatin1(expected));
    const DomainReply back =
        m_client.as(kFinance, "GET",
                    QStringLiteral("/claims/%1/receipts/%2")
                        .arg(claim, reply.json().value(QStringLiteral("id")).toString()));
    QCOMPARE(back.status, 200);
    QCOMPARE(back.header("Content-Type"), type);
    QCOMPARE(back.header("Content-Disposition"),
             "attachment; filename=\"" + expected + "\"; filename*=UTF-8''" + expected);
}

void TestServerReceipts::pathTraversalNameIsOnlyMetadata()
{
    const QString claim = draftClaim(kMember);
    const DomainReply reply =
        upload(kMember, claim, QStringLiteral("../../../etc/passwd.png"), "image/png", pngBytes());
    QCOMPARE(reply.status, 201);
    const QString filename = reply.json().value(QStringLiteral("filename")).toString();
    QVERIFY2(!filename.contains(u'/') && !filename.contains(u'\\') && !filename.startsWith(u'.'),
             qPrintable(filename));
    // The bytes live under uploads/{org}/{employee}/{uuid}, nowhere else.
    const QDir uploads(m_client.server().dataDir() + QStringLiteral("/uploads"));
    QVERIFY(uploads.exists());
    QVERIFY(!QFile::exists(m_client.server().dataDir() + QStringLiteral("/etc/passwd.png")));
    const QString employee = m_client.as(kMember, "GET", QStringLiteral("/claims/") + claim)
                                 .json()
                                 .value(QStringLiteral("employee_id"))
                                 .toString();
    const QStringList files = QDir(uploads.filePath(m_client.acme() + u'/' + employee))
                                  .entryList(QDir::Files | QDir::Hidden);
    QVERIFY(!files.isEmpty());
    for (const QString& f : files) {
        QVERIFY2(QUuid::fromString(f).isNull() == false, qPrintable(f));
    }
}

void TestServerReceipts::rolesAndStates()
{
    const QString claim = draftClaim(kFinance);
    QCOMPARE(upload(kViewer, claim, QStringLiteral("r.png"), "image/png", pngBytes()).status, 403);
    QCOMPARE(upload(kAuditor, claim, QStringLiteral("r.png"), "image/png", pngBytes()).status, 403);
    // A member cannot attach to someone else's claim (it is not found for them).
    QCOMPARE(upload(kMember, claim, QStringLiteral("r.png"), "image/png", pngBytes()).status, 404);
    // Submitted: still allowed. Approved: refused.
    QCOMPARE(upload(kFinance, claim, QStringLiteral("r.png"), "image/png", pngBytes()).status, 201);
    QCOMPARE(m_client.as(kFinance, "POST", QStringLiteral("/claims/%1/submit").arg(claim)).status,
             200);
    QCOMPARE(upload(kFinance, claim, QStringLiteral("r2.png"), "image/png", pngBytes()).status,
             201);
    QCOMPARE(m_client.as(kOwner, "POST", QStringLiteral("/claims/%1/approve").arg(claim)).status,
             200);
    const DomainReply late =
        upload(kFinance, claim, QStringLiteral("r3.png"), "image/png", pngBytes());
    QCOMPARE(late.status, 409);
    // Not multipart at all.
    QCOMPARE(m_client
                 .send("POST",
                       QStringLiteral("/api/v1/orgs/%1/claims/%2/receipts")
                           .arg(m_client.acme(), draftClaim(kFinance)),
                       "{}", m_client.token(kFinance))
                 .status,
             400);
}

void TestServerReceipts::otherOrganisationsClaimIsNotFound()
{
    const QString globexClaim = draftClaim(QStringLiteral("admin@globex.example"));
    QVERIFY(!globexClaim.isEmpty());
    // An Acme user aiming at Globex's claim: through Acme's path and through Globex's.
    QCOMPARE(upload(kOwner, globexClaim, QStringLiteral("r.png"), "image/png", pngBytes()).status,
             404);
    QCOMPARE(upload(kOwner, globexClaim, QStringLiteral("r.png"), "image/png", pngBytes(),
                    m_client.globex())
                 .status,
             404);
}

void TestServerReceipts::stagedFilesAreSettledAtStart()
{
    // Simulate a crash after the row committed but before the rename, and one before the row.
    const QString claim = draftClaim(kMember);
    const QString employee = m_client.as(kMember, "GET", QStringLiteral("/claims/") + claim)
                                 .json()
                                 .value(QStringLiteral("employee_id"))
                                 .toString();
    const QString folder = m_client.server().dataDir() + QStringLiteral("/uploads/") +
                           m_client.acme() + u'/' + employee;
    const QStringList before = QDir(folder).entryList(QDir::Files);
    const DomainReply reply =
        upload(kMember, claim, QStringLiteral("crash.png"), "image/png", pngBytes());
    QCOMPARE(reply.status, 201);
    // The new file (sealed, so found by name rather than by content).
    QString storage;
    for (const QString& n : QDir(folder).entryList(QDir::Files)) {
        if (!before.contains(n)) {
            storage = n;
        }
    }
    QVERIFY(!storage.isEmpty());
    const QString orphan = folder + QStringLiteral("/.tmp-00000000-0000-4000-8000-00000000dead");
    const QString rid = reply.json().value(QStringLiteral("id")).toString();
    QVERIFY(QFile::rename(folder + u'/' + storage, folder + QStringLiteral("/.tmp-") + storage));
    {
        QFile f(orphan);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("half a fi");
    }
    QCOMPARE(m_client.stop(), 0);
    {
        purser::test::ServerProcess::Options options;
        options.dataDir = m_client.server().dataDir();
        options.databaseUrl = m_client.databaseUrl();
        QVERIFY2(m_client.server().start(options), qPrintable(m_client.server().errorString()));
    }
    QVERIFY(!QFile::exists(orphan));
    QVERIFY(QFile::exists(folder + u'/' + storage));
    QVERIFY(!QFile::exists(folder + QStringLiteral("/.tmp-") + storage));
    const DomainReply back =
        m_client.as(kMember, "GET", QStringLiteral("/claims/%1/receipts/%2").arg(claim, rid));
    QCOMPARE(back.status, 200);
}

QTEST_GUILESS_MAIN(TestServerReceipts)
#include "tst_server_receipts.moc"
