// Audit-log export and verification end to end, through the headless `purser` commands as
// child processes against a REAL purser-server and the REAL keychain: the auditor syncs,
// exports (JSON Lines and CSV) from the offline data, and verify-export passes; one edited
// byte in one entry makes verification fail, naming that entry.
#include "tests/client/HeadlessInstallation.h"
#include "tests/support/DomainTestClient.h"

#include <QDate>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QtTest>

using namespace purser;
using namespace purser::test;

namespace {

const QString auditor = QStringLiteral("auditor@acme.example");

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeAll(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

// Changes one letter of the summary in the line (row) that holds entry `seq`; returns false
// when there is no such line.
bool editOneByte(QByteArray* bytes, qint64 seq, bool csv)
{
    QList<QByteArray> lines = bytes->split('\n');
    for (QByteArray& line : lines) {
        const QByteArray marker = csv ? QByteArray("\"\"summary\"\":\"\"") : "\"summary\":\"";
        const bool isEntry =
            csv ? line.startsWith('"' + QByteArray::number(seq) + "\",")
                : QJsonDocument::fromJson(line).object().value(QStringLiteral("seq")).toInteger() ==
                      seq;
        const qsizetype at = line.indexOf(marker);
        if (!isEntry || at < 0) {
            continue;
        }
        char& c = line[at + marker.size()];
        c = c == 'X' ? 'Y' : 'X';
        *bytes = lines.join('\n');
        return true;
    }
    return false;
}

} // namespace

class TestExportFlow : public QObject
{
    Q_OBJECT

private:
    DomainTestClient m_server;
    HeadlessInstallation m_client;

    void exportThenTamper(const QString& format)
    {
        const QString out = m_client.root() + QStringLiteral("/audit.") + format;
        QByteArray output;
        QCOMPARE(m_client.run({QStringLiteral("export-audit"), QStringLiteral("--org"),
                               m_client.organization(), QStringLiteral("--format"), format,
                               QStringLiteral("--out"), out},
                              {}, &output),
                 0);
        QVERIFY(QFile::exists(out + QStringLiteral(".manifest.json")));
        QCOMPARE(m_client.run({QStringLiteral("verify-export"), out}, {}, &output), 0);
        QVERIFY2(output.contains("Verified"), output.constData());

        const QByteArray original = readAll(out);
        QByteArray tampered = original;
        const qint64 victim = 4;
        QVERIFY(editOneByte(&tampered, victim, format == QStringLiteral("csv")));
        QCOMPARE(tampered.size(), original.size());
        int differing = 0;
        for (qsizetype i = 0; i < original.size(); ++i) {
            differing += original[i] != tampered[i] ? 1 : 0;
        }
        QCOMPARE(differing, 1);
        writeAll(out, tampered);
        QCOMPARE(m_client.run({QStringLiteral("verify-export"), out}, {}, &output), 1);
        QVERIFY2(QString::fromUtf8(output).contains(
                     QRegularExpression(QStringLiteral("entry %1\\b").arg(victim),
                                        QRegularExpression::CaseInsensitiveOption)),
                 output.constData());
        QVERIFY2(output.contains("FAILED") || output.contains("changed"), output.constData());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString reason;
        bool skip = false;
        QVERIFY2(m_server.start(&reason, &skip), qPrintable(reason));
        // Some activity of our own on top of the demo's, so the log has several entries.
        const QString admin = QStringLiteral("admin@acme.example");
        const QJsonArray employees = m_server.listAll(admin, QStringLiteral("employees"));
        for (int i = 0; i < 3; ++i) {
            const QJsonObject e = employees.at(i).toObject();
            QCOMPARE(
                m_server
                    .as(admin, "PATCH",
                        QStringLiteral("/employees/") + e.value(QStringLiteral("id")).toString(),
                        {{QStringLiteral("department"), QStringLiteral("Audit %1").arg(i)}})
                    .status,
                200);
        }
        QCOMPARE(
            m_client.run({QStringLiteral("sign-in"), QStringLiteral("--server"),
                          m_server.server().baseUrl().toString(), QStringLiteral("--email"),
                          auditor, QStringLiteral("--pin-sha256"), m_server.server().fingerprint()},
                         DomainTestClient::password().toUtf8() + '\n'),
            0);
        QByteArray output;
        QCOMPARE(m_client.run({QStringLiteral("sync")}, {}, &output), 0);
        QVERIFY2(output.contains("audit-log:"), output.constData());
    }

    void cleanupTestCase()
    {
        m_client.run({QStringLiteral("sign-out"), QStringLiteral("--remove-offline-data"),
                      QStringLiteral("--discard-unsent")});
        QCOMPARE(m_server.stop(), 0);
    }

    void jsonLinesExportVerifiesAndNamesTheEditedEntry()
    {
        exportThenTamper(QStringLiteral("jsonl"));
    }

    void csvExportVerifiesAndNamesTheEditedEntry() { exportThenTamper(QStringLiteral("csv")); }

    // Entries are streamed to the file chunk by chunk; a period with no entries must still
    // leave nothing behind, and a period that holds some exports exactly those.
    void exportHonoursThePeriodAndWritesNothingWhenEmpty()
    {
        const QString empty = m_client.root() + QStringLiteral("/future.jsonl");
        QByteArray output;
        QCOMPARE(m_client.run({QStringLiteral("export-audit"), QStringLiteral("--org"),
                               m_client.organization(), QStringLiteral("--from"),
                               QStringLiteral("2999-01-01"), QStringLiteral("--format"),
                               QStringLiteral("jsonl"), QStringLiteral("--out"), empty},
                              {}, &output),
                 1);
        QVERIFY2(output.contains("match that period"), output.constData());
        QVERIFY(!QFile::exists(empty));
        QVERIFY(!QFile::exists(empty + QStringLiteral(".manifest.json")));

        const QString all = m_client.root() + QStringLiteral("/all.jsonl");
        QCOMPARE(m_client.run({QStringLiteral("export-audit"), QStringLiteral("--org"),
                               m_client.organization(), QStringLiteral("--format"),
                               QStringLiteral("jsonl"), QStringLiteral("--out"), all}),
                 0);
        const QList<QByteArray> allLines = readAll(all).trimmed().split('\n');
        QVERIFY(allLines.size() > 2);
        const auto dayOf = [](const QByteArray& line) {
            return QJsonDocument::fromJson(line)
                .object()
                .value(QStringLiteral("occurred_at"))
                .toString()
                .left(10);
        };
        // One day of the log, as the entries date it: exactly that day's entries come out.
        const QString day = dayOf(allLines.at(allLines.size() / 2));
        qsizetype expected = 0;
        for (const QByteArray& line : allLines) {
            expected += dayOf(line) == day ? 1 : 0;
        }
        const QString today = m_client.root() + QStringLiteral("/day.jsonl");
        QCOMPARE(m_client.run({QStringLiteral("export-audit"), QStringLiteral("--org"),
                               m_client.organization(), QStringLiteral("--from"), day,
                               QStringLiteral("--to"), day, QStringLiteral("--format"),
                               QStringLiteral("jsonl"), QStringLiteral("--out"), today}),
                 0);
        const QList<QByteArray> dayLines = readAll(today).trimmed().split('\n');
        QCOMPARE(dayLines.size(), expected);
        for (const QByteArray& line : dayLines) {
            QCOMPARE(dayOf(line), day);
        }
        QCOMPARE(m_client.run({QStringLiteral("verify-export"), today}, {}, &output), 0);
    }

    void verifyWithoutManifestFails()
    {
        const QString out = m_client.root() + QStringLiteral("/lonely.jsonl");
        writeAll(out, "{}\n");
        QByteArray output;
        QCOMPARE(m_client.run({QStringLiteral("verify-export"), out}, {}, &output), 1);
        QVERIFY2(output.contains("manifest"), output.constData());
    }
};

QTEST_GUILESS_MAIN(TestExportFlow)
#include "tst_exportflow.moc"
