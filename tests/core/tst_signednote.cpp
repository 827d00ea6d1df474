// Signed notes and checkpoints against vectors signed by openssl (tests/core/note_vectors.py),
// and the parser's answers to malformed notes.
#include "core/SignedNote.h"
#include "core/TreeCheckpoint.h"
#include "core/WitnessCosignature.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <sodium.h>

using namespace purser;

class TestSignedNote : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void signsExactlyWhatOpensslSigns();
    void verifiesTheVectorAndNothingElse();
    void checkpointBodyRoundTrips();
    void verifierKeyRoundTrips();
    void malformedNotesAreRefusedWithAReason_data();
    void malformedNotesAreRefusedWithAReason();
    void malformedCheckpointsAreRefused();
    void witnessCosignsExactlyWhatOpensslSigns();

private:
    QJsonObject m_vector;
    QByteArray m_secret;
    QByteArray m_public;
};

void TestSignedNote::initTestCase()
{
    QFile file(QStringLiteral(PURSER_SOURCE_DIR "/tests/core/note_vectors.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    m_vector = QJsonDocument::fromJson(file.readAll()).object();
    QVERIFY(sodium_init() >= 0);
    const QByteArray seed =
        QByteArray::fromHex(m_vector.value(QStringLiteral("seed")).toString().toLatin1());
    m_public.resize(crypto_sign_PUBLICKEYBYTES);
    m_secret.resize(crypto_sign_SECRETKEYBYTES);
    crypto_sign_seed_keypair(reinterpret_cast<unsigned char*>(m_public.data()),
                             reinterpret_cast<unsigned char*>(m_secret.data()),
                             reinterpret_cast<const unsigned char*>(seed.constData()));
    QCOMPARE(m_public.toHex(), m_vector.value(QStringLiteral("public_key")).toString().toLatin1());
}

void TestSignedNote::signsExactlyWhatOpensslSigns()
{
    const TreeCheckpoint checkpoint{
        m_vector.value(QStringLiteral("origin")).toString(),
        m_vector.value(QStringLiteral("tree_size")).toInteger(),
        QByteArray::fromHex(m_vector.value(QStringLiteral("root")).toString().toLatin1())};
    SignedNote note;
    note.text = checkpoint.text();
    note.sign(m_vector.value(QStringLiteral("key_name")).toString(), m_secret);
    QCOMPARE(QString::fromUtf8(note.serialize()),
             m_vector.value(QStringLiteral("note")).toString());
    QCOMPARE(QStringLiteral("%1").arg(SignedNote::keyHash(QStringLiteral("example.test"), m_public),
                                      8, 16, QChar(u'0')),
             m_vector.value(QStringLiteral("key_hash")).toString());
}

void TestSignedNote::verifiesTheVectorAndNothingElse()
{
    QString reason;
    const QByteArray bytes = m_vector.value(QStringLiteral("note")).toString().toUtf8();
    const auto note = SignedNote::parse(bytes, &reason);
    QVERIFY2(note, qPrintable(reason));
    QVERIFY(note->verifiedBy(QStringLiteral("example.test"), m_public));
    QVERIFY(!note->verifiedBy(QStringLiteral("other.test"), m_public));
    QByteArray otherKey = m_public;
    otherKey[3] = static_cast<char>(otherKey[3] ^ 1);
    QVERIFY(!note->verifiedBy(QStringLiteral("example.test"), otherKey));
    // One changed byte of the text (the tree size 13 -> 12).
    QByteArray changed = bytes;
    changed.replace("\n13\n", "\n12\n");
    const auto forged = SignedNote::parse(changed, &reason);
    QVERIFY(forged);
    QVERIFY(!forged->verifiedBy(QStringLiteral("example.test"), m_public));
    QCOMPARE(note->serialize(), bytes);
}

void TestSignedNote::checkpointBodyRoundTrips()
{
    QString reason;
    const auto note =
        SignedNote::parse(m_vector.value(QStringLiteral("note")).toString().toUtf8(), &reason);
    QVERIFY(note);
    const auto checkpoint = TreeCheckpoint::parse(note->text, &reason);
    QVERIFY2(checkpoint, qPrintable(reason));
    QCOMPARE(checkpoint->origin, m_vector.value(QStringLiteral("origin")).toString());
    QCOMPARE(checkpoint->size, 13);
    QCOMPARE(checkpoint->root.toHex(),
             m_vector.value(QStringLiteral("root")).toString().toLatin1());
    QCOMPARE(checkpoint->text(), note->text);
}

void TestSignedNote::verifierKeyRoundTrips()
{
    const QString vkey = SignedNote::verifierKey(QStringLiteral("example.test"), m_public);
    QCOMPARE(vkey, m_vector.value(QStringLiteral("verifier_key")).toString());
    QString name;
    QByteArray key;
    QVERIFY(SignedNote::parseVerifierKey(vkey, &name, &key));
    QCOMPARE(name, QStringLiteral("example.test"));
    QCOMPARE(key, m_public);
    QVERIFY(
        !SignedNote::parseVerifierKey(QStringLiteral("other.test") + vkey.mid(12), &name, &key));
    QVERIFY(!SignedNote::parseVerifierKey(vkey.chopped(2), &name, &key));
    QVERIFY(!SignedNote::parseVerifierKey(QStringLiteral("a+b"), &name, &key));
}

void TestSignedNote::malformedNotesAreRefusedWithAReason_data()
{
    QTest::addColumn<QByteArray>("note");
    QTest::addColumn<QString>("reason");
    const QByteArray good =
        "o\n1\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n\n\xE2\x80\x94 k AAAAAAAA\n";
    QTest::newRow("empty") << QByteArray() << QStringLiteral("no blank line");
    QTest::newRow("no signatures") << QByteArray("o\n1\n\n") << QStringLiteral("signature block");
    QTest::newRow("no newline at end") << good.chopped(1) << QStringLiteral("signature block");
    QTest::newRow("hyphen not em dash")
        << QByteArray("o\n\n- k AAAAAAAA\n") << QStringLiteral("em dash");
    QTest::newRow("key name with plus")
        << QByteArray("o\n\n\xE2\x80\x94 k+x AAAAAAAA\n") << QStringLiteral("key name");
    QTest::newRow("bad base64") << QByteArray("o\n\n\xE2\x80\x94 k AAA*AAAA\n")
                                << QStringLiteral("base64");
    QTest::newRow("too short") << QByteArray("o\n\n\xE2\x80\x94 k AAAA\n")
                               << QStringLiteral("base64");
    QTest::newRow("blank line in text")
        << QByteArray("o\n\nx\n\n\xE2\x80\x94 k AAAAAAAA\n") << QStringLiteral("blank line");
    QTest::newRow("carriage return")
        << QByteArray(good).replace("o\n", "o\r\n") << QStringLiteral("carriage return");
    QTest::newRow("key name not utf-8") // found by fuzz_signed_note
        << QByteArray("o\n\n\xE2\x80\x94 \x92 AAAAAAAA\n") << QStringLiteral("key name");
    QTest::newRow("not utf-8") << QByteArray("\xff\n\n\xE2\x80\x94 k AAAAAAAA\n")
                               << QStringLiteral("UTF-8");
    QTest::newRow("huge") << QByteArray(SignedNote::kMaxSize + 1, 'a') << QStringLiteral("larger");
}

void TestSignedNote::malformedNotesAreRefusedWithAReason()
{
    QFETCH(QByteArray, note);
    QFETCH(QString, reason);
    QString why;
    QVERIFY(!SignedNote::parse(note, &why));
    QVERIFY2(why.contains(reason), qPrintable(why));
}

void TestSignedNote::malformedCheckpointsAreRefused()
{
    QString why;
    const QByteArray root = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";
    QVERIFY(TreeCheckpoint::parse("o\n0\n" + root + "\n", &why));
    for (const QByteArray& text :
         {QByteArray("o\n1\n" + root), QByteArray("\n1\n" + root + "\n"),
          QByteArray("o\n01\n" + root + "\n"), QByteArray("o\n-1\n" + root + "\n"),
          QByteArray("o\n1\nAAAA\n"), QByteArray("o\n1\n" + root + "\next\n"),
          QByteArray("o\n99999999999999999999\n" + root + "\n")}) {
        QVERIFY2(!TreeCheckpoint::parse(text, &why), text.constData());
        QVERIFY(!why.isEmpty());
    }
}

// The C2SP tlog-cosignature/v1 line of the vector's witness (tests/core/note_vectors.py, signed
// by openssl): made the same here, parsed back, verified over the checkpoint and nothing else.
void TestSignedNote::witnessCosignsExactlyWhatOpensslSigns()
{
    const QJsonObject witness = m_vector.value(QStringLiteral("cosignature")).toObject();
    const QByteArray seed =
        QByteArray::fromHex(witness.value(QStringLiteral("seed")).toString().toLatin1());
    const QByteArray publicKey =
        QByteArray::fromHex(witness.value(QStringLiteral("public_key")).toString().toLatin1());
    const auto note =
        SignedNote::parse(m_vector.value(QStringLiteral("note")).toString().toUtf8(), nullptr);
    QVERIFY(note);
    const WitnessCosignature made = WitnessCosignature::make(
        witness.value(QStringLiteral("name")).toString(), seed + publicKey, note->text,
        quint64(witness.value(QStringLiteral("timestamp")).toInteger()));
    const QByteArray line = witness.value(QStringLiteral("line")).toString().toUtf8();
    QCOMPARE(made.line(), line);
    QString reason;
    const auto parsed = WitnessCosignature::parseLine(line, publicKey, &reason);
    QVERIFY2(parsed, qPrintable(reason));
    QVERIFY(parsed->verifies(note->text));
    QVERIFY(!parsed->verifies(note->text + "x"));
    QVERIFY(!WitnessCosignature::parseLine(line, m_public, &reason)); // another key
    QVERIFY(reason.contains(QStringLiteral("key hash")));
    QByteArray bent = line;
    bent[bent.size() - 5] = bent.at(bent.size() - 5) == 'A' ? 'B' : 'A';
    const auto forged = WitnessCosignature::parseLine(bent, publicKey, &reason);
    QVERIFY(!forged || !forged->verifies(note->text));
}

QTEST_APPLESS_MAIN(TestSignedNote)
#include "tst_signednote.moc"
