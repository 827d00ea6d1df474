// Witnesses on other computers (issue 15): two auditors' computers, each with its own witness
// key, cosign the organisation's audit checkpoints through the REAL purser-server; a third
// computer, whose Settings require both witnesses, exports. Its bundle must carry the checkpoint
// with every cosignature the server holds for it, so that `verify-export --require-witness`
// passes offline for both, and fails (its own exit code, naming the witness) for a witness that
// did not cosign, or when a witness's genuine cosignature of another checkpoint is put in.
#include "services/AuditExport.h"
#include "tests/client/HeadlessInstallation.h"
#include "tests/support/DomainTestClient.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>
#include <QtTest>

using namespace purser;
using namespace purser::test;

namespace {

const QString kAuditor = QStringLiteral("auditor@acme.example");
const QString kOwner = QStringLiteral("owner@acme.example");
const QString kAdmin = QStringLiteral("admin@acme.example");
const QString kFinance = QStringLiteral("finance@acme.example");
const QByteArray kPassphrase = "a passphrase for this computer";
constexpr int kWitnessMissing = 7;

} // namespace

class TestAuditWitnesses : public QObject
{
    Q_OBJECT

private:
    DomainTestClient m_server;
    HeadlessInstallation m_first;                                               // the auditor's
    HeadlessInstallation m_second{HeadlessInstallation::Secrets::Passphrase};   // the owner's
    HeadlessInstallation m_exporter{HeadlessInstallation::Secrets::Passphrase}; // the admin's

    // An audited write: the log grows, so the next sync proves a new checkpoint extends the last.
    void growLog()
    {
        const QJsonObject run =
            m_server
                .as(kFinance, "POST", QStringLiteral("/payroll-runs"),
                    {{QStringLiteral("period_start"), QStringLiteral("2032-03-01")},
                     {QStringLiteral("period_end"), QStringLiteral("2032-03-31")},
                     {QStringLiteral("pay_date"), QStringLiteral("2032-03-28")}})
                .json();
        const QString path =
            QStringLiteral("/payroll-runs/") + run.value(QStringLiteral("id")).toString();
        QCOMPARE(m_server.as(kFinance, "POST", path + QStringLiteral("/submit")).status, 200);
    }

    int signIn(const HeadlessInstallation& computer, const QString& email, bool passphrase)
    {
        QByteArray input = DomainTestClient::password().toUtf8() + '\n';
        if (passphrase) {
            input += kPassphrase + '\n';
        }
        return computer.run({QStringLiteral("sign-in"), QStringLiteral("--server"),
                             m_server.server().baseUrl().toString(), QStringLiteral("--email"),
                             email, QStringLiteral("--pin-sha256"),
                             m_server.server().fingerprint()},
                            input);
    }

    static QString witnessOf(const HeadlessInstallation& computer)
    {
        return QSettings(computer.settingsFile(), QSettings::IniFormat)
            .value(QStringLiteral("audit/witnessFingerprint"))
            .toString();
    }

    static QJsonObject readManifest(const QString& path)
    {
        QFile file(AuditExport::manifestPath(path));
        return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object()
                                              : QJsonObject();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString reason;
        bool skip = false;
        QVERIFY2(m_server.start(&reason, &skip), qPrintable(reason));
        QCOMPARE(signIn(m_first, kAuditor, false), 0);
        QCOMPARE(signIn(m_second, kOwner, true), 0);
        QCOMPARE(signIn(m_exporter, kAdmin, true), 0);
        // A first sync trusts and verifies; only a later one proves extension and cosigns.
        QCOMPARE(m_first.run({QStringLiteral("sync")}), 0);
        QCOMPARE(m_second.run({QStringLiteral("sync")}, kPassphrase + '\n'), 0);
    }

    void cleanupTestCase() { QCOMPARE(m_server.stop(), 0); }

    void bundleOfAThirdComputerCarriesBothAuditorsCosignatures()
    {
        growLog();
        QCOMPARE(m_first.run({QStringLiteral("sync")}), 0);
        growLog();
        QCOMPARE(m_second.run({QStringLiteral("sync")}, kPassphrase + '\n'), 0);
        const QString first = witnessOf(m_first);
        const QString second = witnessOf(m_second);
        QCOMPARE(first.size(), 64);
        QCOMPARE(second.size(), 64);
        QVERIFY(first != second); // two computers, two witness keys

        // The exporter's Settings require both auditors' witness keys.
        {
            QSettings settings(m_exporter.settingsFile(), QSettings::IniFormat);
            settings.setValue(QStringLiteral("audit/requiredWitnesses"),
                              QStringList{first, second});
        }
        QByteArray output;
        QCOMPARE(m_exporter.run({QStringLiteral("sync")}, kPassphrase + '\n', &output), 0);
        const QString out = m_exporter.root() + QStringLiteral("/witnessed.jsonl");
        QCOMPARE(m_exporter.run({QStringLiteral("export-audit"), QStringLiteral("--org"),
                                 m_exporter.organization(), QStringLiteral("--format"),
                                 QStringLiteral("jsonl"), QStringLiteral("--out"), out},
                                kPassphrase + '\n', &output),
                 0);

        // Offline, on any computer: both required witnesses cosigned the bundle's checkpoint.
        const QStringList verify{QStringLiteral("verify-export"),
                                 QStringLiteral("--require-witness"),
                                 first,
                                 QStringLiteral("--require-witness"),
                                 second,
                                 out};
        QCOMPARE(m_exporter.run(verify, kPassphrase + '\n', &output), 0);
        QVERIFY2(output.contains("Verified"), output.constData());
        // The exporter's Settings alone say the same.
        QCOMPARE(
            m_exporter.run({QStringLiteral("verify-export"), out}, kPassphrase + '\n', &output), 0);

        // A witness that did not cosign: its own exit code, and it is named.
        const QString absent = QString(64, u'e');
        QCOMPARE(
            m_exporter.run({QStringLiteral("verify-export"), QStringLiteral("--require-witness"),
                            first, QStringLiteral("--require-witness"), absent, out},
                           kPassphrase + '\n', &output),
            kWitnessMissing);
        QVERIFY2(output.contains(absent.toLatin1()) && output.contains("did not cosign"),
                 output.constData());

        // The second auditor's genuine cosignature of ANOTHER checkpoint, put in the bundle in
        // place of its cosignature of this one: it does not count.
        QJsonObject manifest = readManifest(out);
        const QJsonObject tree = manifest.value(QStringLiteral("tree")).toObject();
        const QJsonArray held =
            m_server.as(kOwner, "GET", QStringLiteral("/audit-log/cosignatures"))
                .json()
                .value(QStringLiteral("cosignatures"))
                .toArray();
        QString otherLine;
        qint64 otherSize = m_server.as(kOwner, "GET", QStringLiteral("/audit-log/cosignatures"))
                               .json()
                               .value(QStringLiteral("tree_size"))
                               .toInteger();
        for (const QJsonValue& value : held) {
            if (value.toObject().value(QStringLiteral("witness_fingerprint")).toString() ==
                second) {
                otherLine = value.toObject().value(QStringLiteral("cosignature")).toString();
            }
        }
        QVERIFY2(!otherLine.isEmpty(), "the second auditor cosigned its newest checkpoint");
        QVERIFY(
            !tree.value(QStringLiteral("note"))
                 .toString()
                 .contains(QStringLiteral("\n%1\n").arg(otherSize))); // really another checkpoint
        QJsonArray witnesses = manifest.value(QStringLiteral("witnesses")).toArray();
        int replaced = 0;
        for (qsizetype i = 0; i < witnesses.size(); ++i) {
            QJsonObject witness = witnesses.at(i).toObject();
            const QByteArray key = QByteArray::fromBase64(
                witness.value(QStringLiteral("public_key")).toString().toLatin1());
            if (QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex() ==
                second.toLatin1()) {
                witness.insert(QStringLiteral("cosignature"), otherLine);
                witnesses.replace(i, witness);
                ++replaced;
            }
        }
        QCOMPARE(replaced, 1);
        manifest.insert(QStringLiteral("witnesses"), witnesses);
        QFile file(AuditExport::manifestPath(out));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(manifest).toJson());
        file.close();
        QCOMPARE(m_exporter.run(verify, kPassphrase + '\n', &output), kWitnessMissing);
        QVERIFY2(output.contains(second.toLatin1()) && !output.contains("Verified:"),
                 output.constData());
    }
};

QTEST_GUILESS_MAIN(TestAuditWitnesses)
#include "tst_auditwitnesses.moc"
