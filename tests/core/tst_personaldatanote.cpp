// The signed note of a personal-data export (docs/audit-log.md): built, signed, parsed back
// and verified; malformed notes, other keys and other note kinds refused with a reason.
#include "core/KeyAnnouncement.h"
#include "core/PersonalDataNote.h"
#include "core/SignedNote.h"
#include "core/TreeCheckpoint.h"

#include <QTest>
#include <sodium.h>

using namespace purser;

class TestPersonalDataNote : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void bodyIsTheContractsFiveLines();
    void signsAndVerifiesRoundTrip();
    void anotherKeyOrNameDoesNotVerify();
    void aChangedLineDoesNotVerify();
    void otherNoteKindsAreRefused();
    void malformedBodiesAreRefusedWithAReason_data();
    void malformedBodiesAreRefusedWithAReason();

private:
    static PersonalDataNote sample();
    QByteArray m_secret;
    QByteArray m_public;
    QByteArray m_otherSecret;
    QByteArray m_otherPublic;
};

namespace {

void makeKey(QByteArray* secret, QByteArray* publicKey)
{
    publicKey->resize(crypto_sign_PUBLICKEYBYTES);
    secret->resize(crypto_sign_SECRETKEYBYTES);
    crypto_sign_keypair(reinterpret_cast<unsigned char*>(publicKey->data()),
                        reinterpret_cast<unsigned char*>(secret->data()));
}

const QByteArray kHash = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

} // namespace

void TestPersonalDataNote::initTestCase()
{
    QVERIFY(sodium_init() >= 0);
    makeKey(&m_secret, &m_public);
    makeKey(&m_otherSecret, &m_otherPublic);
}

PersonalDataNote TestPersonalDataNote::sample()
{
    PersonalDataNote note;
    note.serverIdentity = QStringLiteral("purser.example.test");
    note.organizationId = QStringLiteral("0b6f3c1e-2f4a-4c1d-9a43-2b7e1d7c0a11");
    note.employeeId = QStringLiteral("7d2c4e55-0a9b-4f3e-8c21-5e6f7a8b9c0d");
    note.documentSha256 = QString::fromLatin1(kHash);
    note.generatedAt = QStringLiteral("2026-12-06T05:04:03Z");
    return note;
}

void TestPersonalDataNote::bodyIsTheContractsFiveLines()
{
    QCOMPARE(sample().text(),
             QByteArray("purser-personal-data/v1\n"
                        "purser.example.test/0b6f3c1e-2f4a-4c1d-9a43-2b7e1d7c0a11\n"
                        "7d2c4e55-0a9b-4f3e-8c21-5e6f7a8b9c0d\n" +
                        kHash + "\n2026-12-06T05:04:03Z\n"));
}

void TestPersonalDataNote::signsAndVerifiesRoundTrip()
{
    const QByteArray signedText = sample().sign(m_secret);
    QVERIFY(signedText.startsWith(sample().text() + '\n'));
    QVERIFY(signedText.contains("\n\xE2\x80\x94 purser.example.test "));
    QString reason;
    const auto parsed = PersonalDataNote::verify(signedText, m_public, &reason);
    QVERIFY2(parsed, qPrintable(reason));
    QCOMPARE(parsed->serverIdentity, sample().serverIdentity);
    QCOMPARE(parsed->organizationId, sample().organizationId);
    QCOMPARE(parsed->employeeId, sample().employeeId);
    QCOMPARE(parsed->documentSha256, sample().documentSha256);
    QCOMPARE(parsed->generatedAt, sample().generatedAt);
    // Parsing without a key reads the same fields (a verifier first reads, then checks).
    const auto unverified = PersonalDataNote::parse(signedText, &reason);
    QVERIFY2(unverified, qPrintable(reason));
    QCOMPARE(unverified->text(), sample().text());
}

void TestPersonalDataNote::anotherKeyOrNameDoesNotVerify()
{
    QString reason;
    QVERIFY(!PersonalDataNote::verify(sample().sign(m_otherSecret), m_public, &reason));
    QVERIFY2(reason.contains(QStringLiteral("signature")), qPrintable(reason));
    // Signed by the right key under another name than the identity the note names.
    SignedNote note;
    note.text = sample().text();
    note.sign(QStringLiteral("someone.else"), m_secret);
    QVERIFY(!PersonalDataNote::verify(note.serialize(), m_public, &reason));
    QVERIFY2(reason.contains(QStringLiteral("signature")), qPrintable(reason));
}

void TestPersonalDataNote::aChangedLineDoesNotVerify()
{
    QByteArray forged = sample().sign(m_secret);
    forged.replace(kHash, QByteArray(kHash).replace('9', '8'));
    QString reason;
    QVERIFY(PersonalDataNote::parse(forged, &reason)); // still well formed
    QVERIFY(!PersonalDataNote::verify(forged, m_public, &reason));
}

void TestPersonalDataNote::otherNoteKindsAreRefused()
{
    // A checkpoint and a key announcement signed by the same key are not personal-data notes,
    // and a personal-data note never parses as a checkpoint.
    QString reason;
    SignedNote checkpoint;
    checkpoint.text =
        TreeCheckpoint{QStringLiteral("purser.example.test/o"), 3, QByteArray(32, '\0')}.text();
    checkpoint.sign(QStringLiteral("purser.example.test"), m_secret);
    QVERIFY(!PersonalDataNote::verify(checkpoint.serialize(), m_public, &reason));
    QVERIFY2(reason.contains(QStringLiteral("purser-personal-data/v1")), qPrintable(reason));
    SignedNote announcement;
    announcement.text = KeyAnnouncement::text(QStringLiteral("purser.example.test"), m_otherPublic);
    announcement.sign(QStringLiteral("purser.example.test"), m_secret);
    QVERIFY(!PersonalDataNote::parse(announcement.serialize(), &reason));
    QVERIFY(!TreeCheckpoint::parse(sample().text(), &reason));
}

void TestPersonalDataNote::malformedBodiesAreRefusedWithAReason_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("reason");
    const QByteArray head = "purser-personal-data/v1\n";
    const QByteArray origin = "s.test/org-1\n";
    const QByteArray employee = "emp-1\n";
    const QByteArray when = "2026-12-06T05:04:03Z\n";
    QTest::newRow("other first line")
        << QByteArray("purser-personal-data/v2\n" + origin + employee + kHash + "\n" + when)
        << QStringLiteral("purser-personal-data/v1");
    QTest::newRow("four lines") << QByteArray(head + origin + employee + kHash + "\n")
                                << QStringLiteral("not 5");
    QTest::newRow("extra line") << QByteArray(head + origin + employee + kHash + "\n" + when +
                                              "x\n")
                                << QStringLiteral("not 5");
    QTest::newRow("origin without slash")
        << QByteArray(head + "s.test\n" + employee + kHash + "\n" + when)
        << QStringLiteral("origin");
    QTest::newRow("origin empty org")
        << QByteArray(head + "s.test/\n" + employee + kHash + "\n" + when)
        << QStringLiteral("origin");
    QTest::newRow("employee with space")
        << QByteArray(head + origin + "emp 1\n" + kHash + "\n" + when)
        << QStringLiteral("employee");
    QTest::newRow("uppercase hash")
        << QByteArray(head + origin + employee + kHash.toUpper() + "\n" + when)
        << QStringLiteral("SHA-256");
    QTest::newRow("short hash") << QByteArray(head + origin + employee + kHash.left(62) + "\n" +
                                              when)
                                << QStringLiteral("SHA-256");
    QTest::newRow("milliseconds") << QByteArray(head + origin + employee + kHash +
                                                "\n2026-12-06T05:04:03.000Z\n")
                                  << QStringLiteral("generated_at");
    QTest::newRow("not a date") << QByteArray(head + origin + employee + kHash +
                                              "\n2026-13-40T05:04:03Z\n")
                                << QStringLiteral("generated_at");
}

void TestPersonalDataNote::malformedBodiesAreRefusedWithAReason()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, reason);
    SignedNote note;
    note.text = body;
    note.sign(QStringLiteral("s.test"), m_secret);
    QString why;
    QVERIFY(!PersonalDataNote::parse(note.serialize(), &why));
    QVERIFY2(why.contains(reason), qPrintable(why));
    QVERIFY(!PersonalDataNote::verify(note.serialize(), m_public, &why));
    // Not even a signed note.
    QVERIFY(!PersonalDataNote::parse(body, &why));
    QVERIFY(!why.isEmpty());
}

QTEST_APPLESS_MAIN(TestPersonalDataNote)
#include "tst_personaldatanote.moc"
