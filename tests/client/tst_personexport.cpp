// An access request answered end to end (issue 18), through the headless `purser` commands as
// child processes against a REAL purser-server and the REAL keychain: an admin exports a
// member who has claims, a real receipt and payslips; verify-person-export passes offline; one
// flipped byte in person.json, in the receipt or in an audit entry (the manifest fixed up, as a
// careful forger would) fails naming it; a key nobody trusts is exit 6; finance is refused and
// no folder appears; summary.pdf names the person, shows money and dates, and no internal id.
#include "tests/client/HeadlessInstallation.h"
#include "tests/gui/PdfText.h"
#include "tests/support/DomainTestClient.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QtTest>

using namespace purser;
using namespace purser::test;

namespace {

const QString admin = QStringLiteral("admin@acme.example");
const QString finance = QStringLiteral("finance@acme.example");
const QString member = QStringLiteral("member@acme.example");
const QString memberName = QStringLiteral("Siti Nurhaliza binti Rahman");

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

bool copyFolder(const QString& from, const QString& to)
{
    QDirIterator walk(from, QDir::Files, QDirIterator::Subdirectories);
    while (walk.hasNext()) {
        const QString source = walk.next();
        const QString target = QDir(to).filePath(QDir(from).relativeFilePath(source));
        if (!QDir().mkpath(QFileInfo(target).absolutePath()) || !QFile::copy(source, target)) {
            return false;
        }
    }
    return true;
}

// One byte changed: the letter at `at` becomes another letter.
QByteArray flipped(QByteArray bytes, qsizetype at)
{
    bytes[at] = bytes[at] == 'X' ? 'Y' : 'X';
    return bytes;
}

// The manifest's entry for path updated to the file's new hash and size, as a forger would.
void fixManifest(const QString& folder, const QString& path)
{
    const QString manifestPath = QDir(folder).filePath(QStringLiteral("manifest.json"));
    QJsonObject manifest = QJsonDocument::fromJson(readAll(manifestPath)).object();
    QJsonArray files = manifest.value(QStringLiteral("files")).toArray();
    const QByteArray bytes = readAll(QDir(folder).filePath(path));
    for (qsizetype i = 0; i < files.size(); ++i) {
        QJsonObject file = files.at(i).toObject();
        if (file.value(QStringLiteral("path")).toString() == path) {
            file.insert(QStringLiteral("sha256"),
                        QString::fromLatin1(
                            QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
            file.insert(QStringLiteral("size"), bytes.size());
            files.replace(i, file);
        }
    }
    manifest.insert(QStringLiteral("files"), files);
    QVERIFY(writeAll(manifestPath, QJsonDocument(manifest).toJson()));
}

QString squeezed(const QString& text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return text.normalized(QString::NormalizationForm_KC).remove(space);
}

} // namespace

class TestPersonExport : public QObject
{
    Q_OBJECT

private:
    DomainTestClient m_server;
    HeadlessInstallation m_admin;
    HeadlessInstallation m_finance;
    QString m_org;
    QString m_employeeId;
    QString m_employeeNo;
    QString m_claimId;
    QString m_folder;

    void signIn(const HeadlessInstallation& client, const QString& email)
    {
        QCOMPARE(
            client.run({QStringLiteral("sign-in"), QStringLiteral("--server"),
                        m_server.server().baseUrl().toString(), QStringLiteral("--email"), email,
                        QStringLiteral("--pin-sha256"), m_server.server().fingerprint()},
                       DomainTestClient::password().toUtf8() + '\n'),
            0);
        // The sync pins the server's signing key: the key verify-person-export trusts.
        QByteArray output;
        QCOMPARE(client.run({QStringLiteral("sync")}, {}, &output), 0);
    }

    // A copy of the export to spoil; verify-person-export's exit code and output.
    int verifyCopy(const std::function<void(const QString&)>& spoil, QByteArray* output,
                   const QStringList& options = {})
    {
        static int copies = 0;
        const QString copy = m_admin.root() + QStringLiteral("/copy-%1").arg(++copies);
        if (!copyFolder(m_folder, copy)) {
            return -1;
        }
        spoil(copy);
        return m_admin.run(QStringList{QStringLiteral("verify-person-export")} + options +
                               QStringList{copy},
                           {}, output);
    }

    QJsonObject person() const
    {
        return QJsonDocument::fromJson(readAll(m_folder + QStringLiteral("/person.json"))).object();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString reason;
        bool skip = false;
        QVERIFY2(m_server.start(&reason, &skip), qPrintable(reason));
        m_org = m_server.acme();
        const QString memberUser = m_server.userId(member);
        for (const QJsonValue& value : m_server.listAll(admin, QStringLiteral("employees"))) {
            const QJsonObject employee = value.toObject();
            if (employee.value(QStringLiteral("user_id")).toString() == memberUser) {
                m_employeeId = employee.value(QStringLiteral("id")).toString();
                m_employeeNo = employee.value(QStringLiteral("employee_no")).toString();
            }
        }
        QVERIFY(!m_employeeId.isEmpty());
        // A claim of the member's own with a real receipt (a PDF) on it.
        const DomainReply claim =
            m_server.as(member, "POST", QStringLiteral("/claims"),
                        {{QStringLiteral("category"), QStringLiteral("travel")},
                         {QStringLiteral("description"), QStringLiteral("Taxi to the client")},
                         {QStringLiteral("amount"),
                          QJsonObject{{QStringLiteral("amount"), 4250},
                                      {QStringLiteral("currency"), QStringLiteral("SGD")}}},
                         {QStringLiteral("incurred_on"), QStringLiteral("2026-11-20")}});
        QCOMPARE(claim.status, 201);
        m_claimId = claim.json().value(QStringLiteral("id")).toString();
        QByteArray contentType;
        const QByteArray body = DomainTestClient::multipart(
            "file", QStringLiteral("taxi receipt.pdf"), "application/pdf",
            QByteArrayLiteral("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"), &contentType);
        QCOMPARE(
            m_server
                .send("POST",
                      QStringLiteral("/api/v1/orgs/%1/claims/%2/receipts").arg(m_org, m_claimId),
                      body, m_server.token(member), {}, contentType)
                .status,
            201);
        signIn(m_admin, admin);
        signIn(m_finance, finance);

        // The export itself, by employee number, as the admin.
        m_folder = m_admin.root() + QStringLiteral("/siti");
        QByteArray output;
        QCOMPARE(m_admin.run({QStringLiteral("export-person"), QStringLiteral("--org"), m_org,
                              QStringLiteral("--employee"), m_employeeNo, QStringLiteral("--out"),
                              m_folder},
                             {}, &output),
                 0);
        QVERIFY2(QFile::exists(m_folder + QStringLiteral("/manifest.json")), output.constData());
    }

    void cleanupTestCase()
    {
        for (const HeadlessInstallation* client : {&m_admin, &m_finance}) {
            client->run({QStringLiteral("sign-out"), QStringLiteral("--remove-offline-data"),
                         QStringLiteral("--discard-unsent")});
        }
        QCOMPARE(m_server.stop(), 0);
    }

    void theFolderHoldsThePersonsRecordsAndVerifies()
    {
        const QJsonObject document = person();
        QCOMPARE(document.value(QStringLiteral("employee"))
                     .toObject()
                     .value(QStringLiteral("full_name"))
                     .toString(),
                 memberName);
        QVERIFY(!document.value(QStringLiteral("payslips")).toArray().isEmpty());
        bool claimFound = false;
        for (const QJsonValue& claim : document.value(QStringLiteral("claims")).toArray()) {
            claimFound |= claim.toObject().value(QStringLiteral("id")).toString() == m_claimId;
        }
        QVERIFY(claimFound);
        QVERIFY(QFile::exists(m_folder + QStringLiteral("/receipts/taxi receipt.pdf")));
        QVERIFY(
            readAll(m_folder + QStringLiteral("/receipts/taxi receipt.pdf")).startsWith("%PDF-"));
        QByteArray output;
        QCOMPARE(m_admin.run({QStringLiteral("verify-person-export"), m_folder}, {}, &output), 0);
        QVERIFY2(output.contains("Verified"), output.constData());
        // No staging folder is left next to it.
        const QStringList left =
            QDir(m_admin.root())
                .entryList({QStringLiteral(".*partial*")}, QDir::Dirs | QDir::Hidden);
        QVERIFY2(left.isEmpty(), qPrintable(left.join(u' ')));
    }

    void aByteFlippedInPersonJsonFailsNamingIt()
    {
        QByteArray output;
        const int code = verifyCopy(
            [](const QString& copy) {
                const QString path = copy + QStringLiteral("/person.json");
                const QByteArray bytes = readAll(path);
                const QByteArray name = "\"full_name\":\"Siti";
                QVERIFY(bytes.contains(name));
                QVERIFY(writeAll(path, flipped(bytes, bytes.indexOf(name) + name.size() - 1)));
            },
            &output);
        QCOMPARE(code, 1);
        QVERIFY2(output.contains("person.json"), output.constData());
    }

    void aByteFlippedInAReceiptFailsNamingIt()
    {
        QByteArray output;
        const int code = verifyCopy(
            [](const QString& copy) {
                const QString path = copy + QStringLiteral("/receipts/taxi receipt.pdf");
                QVERIFY(writeAll(path, flipped(readAll(path), 5)));
                fixManifest(copy, QStringLiteral("receipts/taxi receipt.pdf"));
            },
            &output);
        QCOMPARE(code, 1);
        QVERIFY2(output.contains("receipts/taxi receipt.pdf"), output.constData());
    }

    void aByteFlippedInAnAuditEntryFailsNamingTheEntry()
    {
        const QJsonArray entries = person().value(QStringLiteral("audit_entries")).toArray();
        QVERIFY(!entries.isEmpty());
        const QJsonObject victim = entries.first().toObject();
        const QByteArray summary =
            "\"summary\":\"" + victim.value(QStringLiteral("summary")).toString().toUtf8();
        QByteArray output;
        const int code = verifyCopy(
            [&](const QString& copy) {
                const QString path = copy + QStringLiteral("/person.json");
                const QByteArray bytes = readAll(path);
                const qsizetype at = bytes.indexOf(summary);
                QVERIFY(at > 0);
                QVERIFY(writeAll(path, flipped(bytes, at + summary.size() - 1)));
                fixManifest(copy, QStringLiteral("person.json"));
            },
            &output);
        QCOMPARE(code, 1);
        QVERIFY2(QString::fromUtf8(output).contains(
                     QStringLiteral("audit entry %1 ")
                         .arg(victim.value(QStringLiteral("seq")).toInteger())),
                 output.constData());
    }

    void aKeyNobodyTrustsIsExitSix()
    {
        QByteArray output;
        QCOMPARE(verifyCopy([](const QString&) {}, &output,
                            {QStringLiteral("--trusted-key"), QStringLiteral("0123456789abcdef")}),
                 6);
        QVERIFY2(output.contains("NOT VERIFIED"), output.constData());
    }

    void financeIsRefusedAndNoFolderAppears()
    {
        const QString folder = m_finance.root() + QStringLiteral("/refused");
        QByteArray output;
        QCOMPARE(m_finance.run({QStringLiteral("export-person"), QStringLiteral("--org"), m_org,
                                QStringLiteral("--employee"), m_employeeId, QStringLiteral("--out"),
                                folder},
                               {}, &output),
                 1);
        QVERIFY2(output.contains("only an owner or an admin"), output.constData());
        QVERIFY(!QFileInfo::exists(folder));
        QVERIFY(QDir(m_finance.root())
                    .entryList({QStringLiteral(".*partial*")}, QDir::Dirs | QDir::Hidden)
                    .isEmpty());
    }

    void theSummaryNamesThePersonWithMoneyAndDatesAndNoIds()
    {
        const QByteArray pdf = readAll(m_folder + QStringLiteral("/summary.pdf"));
        QVERIFY(pdf.startsWith("%PDF-"));
        const QString text = squeezed(pdfText(pdf));
        const QLocale locale;
        for (const QString& expected :
             {memberName, QStringLiteral("SGD42.50"), QStringLiteral("taxireceipt.pdf"),
              squeezed(locale.toString(QDate(2026, 11, 20), QLocale::LongFormat))}) {
            QVERIFY2(text.contains(squeezed(expected)),
                     qPrintable(QStringLiteral("summary.pdf lacks \"%1\"; it reads: %2")
                                    .arg(expected, text.left(600))));
        }
        const QJsonObject document = person();
        for (const QString& id : {m_employeeId, m_claimId, m_org,
                                  document.value(QStringLiteral("user"))
                                      .toObject()
                                      .value(QStringLiteral("id"))
                                      .toString()}) {
            QVERIFY2(!text.contains(id), qPrintable(id));
        }
    }

    // A user whose language is Malay gets summary.pdf in Malay, with the locale's dates.
    void theSummaryIsInTheUsersLanguage()
    {
        const QByteArray before = qgetenv("LC_ALL");
        qputenv("LC_ALL", "ms_MY.UTF-8");
        const QString folder = m_admin.root() + QStringLiteral("/siti-ms");
        QByteArray output;
        const int code = m_admin.run({QStringLiteral("export-person"), QStringLiteral("--org"),
                                      m_org, QStringLiteral("--employee"), m_employeeId,
                                      QStringLiteral("--out"), folder},
                                     {}, &output);
        before.isNull() ? qunsetenv("LC_ALL") : qputenv("LC_ALL", before);
        QCOMPARE(code, 0);
        const QString text = squeezed(pdfText(readAll(folder + QStringLiteral("/summary.pdf"))));
        const QLocale malay(QLocale::Malay, QLocale::Malaysia);
        for (const QString& expected :
             {QStringLiteral("Data peribadi ") + memberName, QStringLiteral("Slip gaji"),
              QStringLiteral("Tuntutan perbelanjaan"),
              malay.toString(QDate(2026, 11, 20), QLocale::LongFormat)}) {
            QVERIFY2(text.contains(squeezed(expected)),
                     qPrintable(QStringLiteral("summary.pdf lacks \"%1\"; it reads: %2")
                                    .arg(expected, text.left(600))));
        }
    }

    // Last (it damages the server's copy): a receipt that fails the server's integrity check
    // stops the export half way, and neither the folder nor its staging folder is left.
    void aFailureHalfWayLeavesNoFolder()
    {
        QDirIterator uploads(m_server.server().dataDir(), QDir::Files,
                             QDirIterator::Subdirectories);
        int damaged = 0;
        while (uploads.hasNext()) {
            const QString path = uploads.next();
            if (path.contains(QStringLiteral("/uploads/")) && path.contains(m_employeeId)) {
                QVERIFY(writeAll(path, flipped(readAll(path), 40)));
                ++damaged;
            }
        }
        QVERIFY(damaged > 0);
        const QString folder = m_admin.root() + QStringLiteral("/half");
        QByteArray output;
        QCOMPARE(m_admin.run({QStringLiteral("export-person"), QStringLiteral("--org"), m_org,
                              QStringLiteral("--employee"), m_employeeId, QStringLiteral("--out"),
                              folder},
                             {}, &output),
                 1);
        QVERIFY2(output.contains("Nothing was written"), output.constData());
        QVERIFY2(output.contains("Fetching receipt"), output.constData()); // past the request
        QVERIFY(!QFileInfo::exists(folder));
        QVERIFY(QDir(m_admin.root())
                    .entryList({QStringLiteral(".*partial*")}, QDir::Dirs | QDir::Hidden)
                    .isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPersonExport)
#include "tst_personexport.moc"
