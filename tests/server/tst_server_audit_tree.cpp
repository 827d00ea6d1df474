// The audit log's Merkle tree through the API (issue 15): the signed checkpoint note names the
// root an auditor recomputes from the entries, inclusion and consistency proofs verify with
// core's RFC 9162 verifier, bad proof queries are 4xx, a tree rebuilt from existing entries is
// the same tree, and a range rewritten in the database is refused before it is signed.
#include "core/MerkleFrontier.h"
#include "core/MerkleHash.h"
#include "core/MerkleVerifier.h"
#include "core/Rfc3339.h"
#include "core/SignedNote.h"
#include "core/TreeCheckpoint.h"
#include "core/WitnessCosignature.h"
#include "tests/support/AuditLogTamper.h"
#include "tests/support/DomainTestClient.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>

using namespace purser;
using purser::test::DomainReply;
using purser::test::DomainTestClient;

namespace {
const QString kAuditor = QStringLiteral("auditor@acme.example");
const QString kFinance = QStringLiteral("finance@acme.example");
const QString kOwner = QStringLiteral("owner@acme.example");
constexpr int kCosignaturesPerWindow = 60; // api.md: per caller per 15 minutes

QList<QByteArray> hashesOf(const QJsonObject& proof)
{
    QList<QByteArray> hashes;
    for (const QJsonValue& value : proof.value(QStringLiteral("hashes")).toArray()) {
        hashes.append(QByteArray::fromBase64(value.toString().toLatin1()));
    }
    return hashes;
}
} // namespace

class TestServerAuditTree : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void checkpointNoteSignsTheRootOfTheEntries();
    void inclusionProofsVerify();
    void consistencyProofsVerify();
    void checkpointsGrowAndStayConsistent();
    void badProofQueriesAreRefused();
    void signingKeysListNoteKeys();
    void existingEntriesJoinTheTreeAtStart();
    void witnessCosignaturesAreCheckedKeptAndServed();
    void signsAtLeastEveryMinuteWhileEntriesArrive();
    void rewrittenRangeIsNotSigned();

private:
    QJsonArray wholeLog();
    void writeAnEntry(int month);
    QList<QByteArray> rootsOf(const QJsonArray& log);
    QSqlDatabase rawDatabase();
    qint64 newestCheckpointSize();
    bool restartAt(qint64 clockOffsetSeconds);
    DomainTestClient m_client;
};

void TestServerAuditTree::initTestCase()
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

void TestServerAuditTree::cleanupTestCase()
{
    qunsetenv("PURSER_TEST_CLOCK_OFFSET_SECONDS");
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
    QCOMPARE(m_client.stop(), 0);
}

QJsonArray TestServerAuditTree::wholeLog()
{
    QJsonArray all;
    qint64 after = 0;
    for (;;) {
        const DomainReply page = m_client.as(
            kAuditor, "GET", QStringLiteral("/audit-log?limit=5000&after=%1").arg(after));
        const QJsonArray items = page.json().value(QStringLiteral("items")).toArray();
        for (const QJsonValue& item : items) {
            all.append(item);
        }
        if (page.status != 200 || items.isEmpty() ||
            !page.json().value(QStringLiteral("has_more")).toBool()) {
            return all;
        }
        after = items.last().toObject().value(QStringLiteral("seq")).toInteger();
    }
}

void TestServerAuditTree::writeAnEntry(int month)
{
    const QString start = QStringLiteral("2031-%1-01").arg(month, 2, 10, QChar(u'0'));
    const QString end = QStringLiteral("2031-%1-28").arg(month, 2, 10, QChar(u'0'));
    QCOMPARE(m_client
                 .as(kFinance, "POST", QStringLiteral("/payroll-runs"),
                     {{QStringLiteral("period_start"), start},
                      {QStringLiteral("period_end"), end},
                      {QStringLiteral("pay_date"), end}})
                 .status,
             201);
}

QList<QByteArray> TestServerAuditTree::rootsOf(const QJsonArray& log)
{
    MerkleFrontier frontier;
    QList<QByteArray> roots = {frontier.root()};
    for (const QJsonValue& entry : log) {
        frontier.append(MerkleHash::entryLeaf(entry.toObject()));
        roots.append(frontier.root());
    }
    return roots;
}

QSqlDatabase TestServerAuditTree::rawDatabase()
{
    const QString name = QStringLiteral("tamper");
    if (QSqlDatabase::contains(name)) {
        return QSqlDatabase::database(name);
    }
    QSqlDatabase db;
    if (m_client.postgres()) {
        const QUrl url(m_client.databaseUrl());
        db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setPassword(url.password());
        db.setDatabaseName(url.path().mid(1));
    } else {
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_client.server().dataDir() + QStringLiteral("/purser.db"));
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    }
    db.open();
    return db;
}

void TestServerAuditTree::checkpointNoteSignsTheRootOfTheEntries()
{
    const QJsonObject keys = m_client.send("GET", QStringLiteral("/api/v1/server/signing-keys"))
                                 .array()
                                 .first()
                                 .toObject();
    QString keyName;
    QByteArray publicKey;
    QVERIFY(SignedNote::parseVerifierKey(keys.value(QStringLiteral("note_key")).toString(),
                                         &keyName, &publicKey));
    const DomainReply reply = m_client.as(kAuditor, "GET", QStringLiteral("/audit-log/checkpoint"));
    QCOMPARE(reply.status, 200);
    QString reason;
    const auto note =
        SignedNote::parse(reply.json().value(QStringLiteral("note")).toString().toUtf8(), &reason);
    QVERIFY2(note, qPrintable(reason));
    QVERIFY(note->verifiedBy(keyName, publicKey));
    const auto checkpoint = TreeCheckpoint::parse(note->text, &reason);
    QVERIFY2(checkpoint, qPrintable(reason));
    QCOMPARE(checkpoint->origin, keyName + u'/' + m_client.acme());
    // The auditor's own computation from the entries gives the signed root.
    const QJsonArray log = wholeLog();
    QVERIFY(checkpoint->size > 500 && checkpoint->size <= log.size());
    QCOMPARE(checkpoint->root.toHex(), rootsOf(log).at(checkpoint->size).toHex());
    QCOMPARE(reply.json().value(QStringLiteral("tree_size")).toInteger(), checkpoint->size);
}

void TestServerAuditTree::inclusionProofsVerify()
{
    const QJsonArray log = wholeLog();
    const QList<QByteArray> roots = rootsOf(log);
    const qint64 n = log.size();
    for (const qint64 size : {qint64(1), qint64(2), qint64(7), qint64(64), n - 1, n}) {
        for (const qint64 seq : {qint64(1), size / 2 + 1, size}) {
            const DomainReply reply =
                m_client.as(kAuditor, "GET",
                            QStringLiteral("/audit-log/proof/inclusion?seq=%1&tree_size=%2")
                                .arg(seq)
                                .arg(size));
            QCOMPARE(reply.status, 200);
            const QList<QByteArray> path = hashesOf(reply.json());
            QString reason;
            QVERIFY2(MerkleVerifier::verifyInclusion(
                         seq - 1, size, MerkleHash::entryLeaf(log.at(seq - 1).toObject()), path,
                         roots.at(size), &reason),
                     qPrintable(reason));
        }
    }
}

void TestServerAuditTree::consistencyProofsVerify()
{
    const QJsonArray log = wholeLog();
    const QList<QByteArray> roots = rootsOf(log);
    const qint64 n = log.size();
    for (const auto& [first, second] : QList<QPair<qint64, qint64>>{
             {1, n}, {2, 3}, {64, n}, {n / 3, n - 2}, {n, n}, {0, n}, {n - 1, n}}) {
        const DomainReply reply =
            m_client.as(kAuditor, "GET",
                        QStringLiteral("/audit-log/proof/consistency?first=%1&second=%2")
                            .arg(first)
                            .arg(second));
        QCOMPARE(reply.status, 200);
        QString reason;
        QVERIFY2(MerkleVerifier::verifyConsistency(first, second, roots.at(first), roots.at(second),
                                                   hashesOf(reply.json()), &reason),
                 qPrintable(QStringLiteral("%1 -> %2: %3").arg(first).arg(second).arg(reason)));
        QVERIFY(hashesOf(reply.json()).size() <= 2 * 12);
    }
}

void TestServerAuditTree::checkpointsGrowAndStayConsistent()
{
    const QJsonObject before =
        m_client.as(kAuditor, "GET", QStringLiteral("/audit-log/checkpoint")).json();
    // A change writes an entry; the next checkpoint covers it and extends the one before.
    writeAnEntry(1);
    const QJsonObject after =
        m_client.as(kAuditor, "GET", QStringLiteral("/audit-log/checkpoint")).json();
    const qint64 first = before.value(QStringLiteral("tree_size")).toInteger();
    const qint64 second = after.value(QStringLiteral("tree_size")).toInteger();
    QVERIFY(second > first);
    const DomainReply proof = m_client.as(
        kAuditor, "GET",
        QStringLiteral("/audit-log/proof/consistency?first=%1&second=%2").arg(first).arg(second));
    QString reason;
    QVERIFY2(MerkleVerifier::verifyConsistency(
                 first, second,
                 QByteArray::fromBase64(before.value(QStringLiteral("root")).toString().toLatin1()),
                 QByteArray::fromBase64(after.value(QStringLiteral("root")).toString().toLatin1()),
                 hashesOf(proof.json()), &reason),
             qPrintable(reason));
    // Asking again without a change serves the same signed note.
    QCOMPARE(m_client.as(kAuditor, "GET", QStringLiteral("/audit-log/checkpoint"))
                 .json()
                 .value(QStringLiteral("note")),
             after.value(QStringLiteral("note")));
}

void TestServerAuditTree::badProofQueriesAreRefused()
{
    const qint64 n = wholeLog().size();
    const QString inclusion = QStringLiteral("/audit-log/proof/inclusion?");
    const QString consistency = QStringLiteral("/audit-log/proof/consistency?");
    const QList<QPair<QString, int>> cases = {
        {inclusion + QStringLiteral("seq=1"), 400},
        {inclusion + QStringLiteral("seq=x&tree_size=2"), 400},
        {inclusion + QStringLiteral("seq=-1&tree_size=2"), 400},
        {inclusion + QStringLiteral("seq=1&seq=1&tree_size=2"), 400},
        {inclusion + QStringLiteral("seq=1&tree_size=2&colour=red"), 400},
        {inclusion + QStringLiteral("seq=0&tree_size=2"), 422},
        {inclusion + QStringLiteral("seq=3&tree_size=2"), 422},
        {inclusion + QStringLiteral("seq=1&tree_size=0"), 422},
        {inclusion + QStringLiteral("seq=1&tree_size=%1").arg(n + 1), 422},
        {inclusion + QStringLiteral("seq=1&tree_size=999999999999999999"), 422},
        {consistency + QStringLiteral("first=3&second=2"), 422},
        {consistency + QStringLiteral("first=1&second=%1").arg(n + 1), 422},
        {consistency + QStringLiteral("first=1"), 400},
    };
    for (const auto& [path, status] : cases) {
        QCOMPARE(m_client.as(kAuditor, "GET", path).status, status);
    }
    // Attacker finding: lenient numbers ("5.0", a trailing newline, a sign) were taken; each
    // is a 400 naming the parameter.
    const QList<QPair<QString, QString>> lenient = {
        {inclusion + QStringLiteral("seq=1&tree_size=2.0"), QStringLiteral("tree_size")},
        {inclusion + QStringLiteral("seq=1&tree_size=2%0A"), QStringLiteral("tree_size")},
        {inclusion + QStringLiteral("seq=%2B1&tree_size=2"), QStringLiteral("seq")},
        {inclusion + QStringLiteral("seq=%201&tree_size=2"), QStringLiteral("seq")},
        {consistency + QStringLiteral("first=1.0&second=2"), QStringLiteral("first")},
        {consistency + QStringLiteral("first=1&second=2e0"), QStringLiteral("second")},
    };
    for (const auto& [path, parameter] : lenient) {
        const DomainReply reply = m_client.as(kAuditor, "GET", path);
        QVERIFY2(reply.status == 400 && QString::fromUtf8(reply.body).contains(parameter),
                 qPrintable(path + u' ' + QString::number(reply.status) + u' ' +
                            QString::fromUtf8(reply.body)));
    }
    QCOMPARE(m_client.as(kFinance, "GET", inclusion + QStringLiteral("seq=1&tree_size=1")).status,
             403);
    QCOMPARE(m_client.as(kFinance, "GET", consistency + QStringLiteral("first=1&second=1")).status,
             403);
}

void TestServerAuditTree::signingKeysListNoteKeys()
{
    const QJsonArray keys =
        m_client.send("GET", QStringLiteral("/api/v1/server/signing-keys")).array();
    QCOMPARE(keys.size(), 1);
    const QJsonObject key = keys.first().toObject();
    const QByteArray publicKey =
        QByteArray::fromBase64(key.value(QStringLiteral("public_key")).toString().toLatin1());
    QCOMPARE(key.value(QStringLiteral("fingerprint")).toString().toLatin1(),
             QCryptographicHash::hash(publicKey, QCryptographicHash::Sha256).toHex());
    QVERIFY(key.value(QStringLiteral("fingerprint"))
                .toString()
                .startsWith(key.value(QStringLiteral("key_id")).toString()));
    QVERIFY(key.value(QStringLiteral("current")).toBool());
    QVERIFY(key.value(QStringLiteral("announcement")).isNull()); // the first key
}

void TestServerAuditTree::existingEntriesJoinTheTreeAtStart()
{
    const QJsonObject before =
        m_client.as(kAuditor, "GET", QStringLiteral("/audit-log/checkpoint")).json();
    const QString dataDir = m_client.server().dataDir();
    QCOMPARE(m_client.server().stop(), 0);
    // As the migration leaves an organisation that existed before the tree: entries, no tree.
    {
        QSqlDatabase db = rawDatabase();
        QSqlQuery query(db);
        const QStringList statements =
            m_client.postgres()
                ? QStringList{QStringLiteral("ALTER TABLE audit_tree_nodes DISABLE TRIGGER USER"),
                              QStringLiteral("DELETE FROM audit_tree_nodes"),
                              QStringLiteral("ALTER TABLE audit_tree_nodes ENABLE TRIGGER USER"),
                              QStringLiteral(
                                  "UPDATE audit_heads SET tree_size = 0, tree_frontier = ''")}
                : QStringList{
                      QStringLiteral("DROP TRIGGER audit_tree_nodes_no_delete"),
                      QStringLiteral("DELETE FROM audit_tree_nodes"),
                      QStringLiteral("UPDATE audit_heads SET tree_size = 0, tree_frontier = ''")};
        for (const QString& sql : statements) {
            QVERIFY2(query.exec(sql), qPrintable(query.lastError().text()));
        }
        db.close();
    }
    purser::test::ServerProcess::Options options;
    options.dataDir = dataDir;
    options.databaseUrl = m_client.databaseUrl();
    QVERIFY2(m_client.server().start(options), qPrintable(m_client.server().errorString()));
    QVERIFY(m_client.server().output().contains("audit tree: added"));
    const QJsonObject after =
        m_client.as(kAuditor, "GET", QStringLiteral("/audit-log/checkpoint")).json();
    QCOMPARE(after.value(QStringLiteral("tree_size")), before.value(QStringLiteral("tree_size")));
    QCOMPARE(after.value(QStringLiteral("root")), before.value(QStringLiteral("root")));
    QCOMPARE(after.value(QStringLiteral("note")), before.value(QStringLiteral("note")));
}

void TestServerAuditTree::witnessCosignaturesAreCheckedKeptAndServed()
{
    const QJsonObject served =
        m_client.as(kAuditor, "GET", QStringLiteral("/audit-log/checkpoint")).json();
    const qint64 size = served.value(QStringLiteral("tree_size")).toInteger();
    const auto note =
        SignedNote::parse(served.value(QStringLiteral("note")).toString().toUtf8(), nullptr);
    QVERIFY(note && size > 0);
    const QByteArray secret = WitnessCosignature::newSecretKey();
    const WitnessCosignature cosignature =
        WitnessCosignature::make(QStringLiteral("auditor-laptop"), secret, note->text,
                                 quint64(QDateTime::currentSecsSinceEpoch()));
    QVERIFY(cosignature.verifies(note->text));
    const auto body = [&](const WitnessCosignature& c, qint64 treeSize) {
        return QJsonObject{
            {QStringLiteral("tree_size"), treeSize},
            {QStringLiteral("public_key"), QString::fromLatin1(c.publicKey.toBase64())},
            {QStringLiteral("cosignature"), QString::fromUtf8(c.line())}};
    };
    const QString route = QStringLiteral("/audit-log/cosignatures");

    // A forged signature, a checkpoint this server never signed, the other organisation's
    // checkpoint cosigned and sent as this one's, malformed fields: clear 4xx, nothing kept.
    WitnessCosignature forged = cosignature;
    forged.signature[5] = char(forged.signature.at(5) ^ 0x01);
    DomainReply reply = m_client.as(kAuditor, "POST", route, body(forged, size));
    QCOMPARE(reply.status, 422);
    QCOMPARE(reply.errorCode(), QStringLiteral("bad_cosignature"));
    reply = m_client.as(kAuditor, "POST", route, body(cosignature, size + 100000));
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.errorCode(), QStringLiteral("unknown_checkpoint"));
    const QString globexOwner = QStringLiteral("owner@globex.example");
    const auto globexNote =
        SignedNote::parse(m_client.as(globexOwner, "GET", QStringLiteral("/audit-log/checkpoint"))
                              .json()
                              .value(QStringLiteral("note"))
                              .toString()
                              .toUtf8(),
                          nullptr);
    QVERIFY(globexNote);
    const WitnessCosignature otherOrg =
        WitnessCosignature::make(QStringLiteral("auditor-laptop"), secret, globexNote->text,
                                 quint64(QDateTime::currentSecsSinceEpoch()));
    reply = m_client.as(kAuditor, "POST", route, body(otherOrg, size));
    QCOMPARE(reply.status, 422);
    QCOMPARE(reply.errorCode(), QStringLiteral("bad_cosignature"));
    reply = m_client.send("POST", QStringLiteral("/api/v1/orgs/") + m_client.globex() + route,
                          QJsonDocument(body(otherOrg, size)).toJson(), m_client.token(kAuditor));
    QCOMPARE(reply.status, 404); // not a member there
    QJsonObject bad = body(cosignature, size);
    bad.insert(QStringLiteral("public_key"), QStringLiteral("AAAA"));
    QCOMPARE(m_client.as(kAuditor, "POST", route, bad).status, 422);
    bad = body(cosignature, size);
    bad.insert(QStringLiteral("cosignature"), QStringLiteral("not a signature line"));
    QCOMPARE(m_client.as(kAuditor, "POST", route, bad).errorCode(),
             QStringLiteral("validation_failed"));
    QCOMPARE(m_client.as(kFinance, "POST", route, body(cosignature, size)).status, 403);
    // Attacker findings: names that pass for another witness (bidi override, zero-width,
    // Cyrillic letters) and a time in the future are refused, signature or not.
    const QList<QString> disguises{QChar(0x202E) + QStringLiteral("evil"),
                                   QStringLiteral("auditor") + QChar(0x200B) + QStringLiteral("x"),
                                   QChar(0x0440) + QStringLiteral("urser-witness-1")};
    for (const QString& name : disguises) {
        const WitnessCosignature disguised = WitnessCosignature::make(
            name, secret, note->text, quint64(QDateTime::currentSecsSinceEpoch()));
        QCOMPARE(m_client.as(kAuditor, "POST", route, body(disguised, size)).status, 422);
    }
    const WitnessCosignature future =
        WitnessCosignature::make(QStringLiteral("auditor-laptop"), secret, note->text,
                                 quint64(QDateTime::currentSecsSinceEpoch()) + 100000000);
    QCOMPARE(m_client.as(kAuditor, "POST", route, body(future, size)).status, 422);
    // Evening attacker: a time before the checkpoint existed (1970), and another witness's
    // Purser name under one's own key (a reader would take it for that witness).
    const WitnessCosignature past =
        WitnessCosignature::make(QStringLiteral("auditor-laptop"), secret, note->text, 1000);
    QCOMPARE(m_client.as(kAuditor, "POST", route, body(past, size)).status, 422);
    const QByteArray otherWitness = WitnessCosignature::newSecretKey();
    const WitnessCosignature impostor = WitnessCosignature::make(
        WitnessCosignature::nameFor(otherWitness.right(32)), secret, note->text,
        quint64(QDateTime::currentSecsSinceEpoch()));
    reply = m_client.as(kAuditor, "POST", route, body(impostor, size));
    QCOMPARE(reply.status, 422);
    QVERIFY2(reply.body.contains("another witness key"), reply.body.constData());
    const WitnessCosignature ownName = WitnessCosignature::make(
        WitnessCosignature::nameFor(secret.right(32)), secret, note->text,
        quint64(QDateTime::currentSecsSinceEpoch()));
    QString why;
    QVERIFY2(WitnessCosignature::parseLine(ownName.line().trimmed(), secret.right(32), &why),
             qPrintable(why)); // its own Purser name is fine
    QCOMPARE(
        m_client.as(kAuditor, "GET", route).json().value(QStringLiteral("tree_size")).toInteger(),
        qint64(0));

    // The real one: kept, audited once, served with the checkpoint it is on.
    reply = m_client.as(kAuditor, "POST", route, body(cosignature, size));
    QCOMPARE(reply.status, 201);
    QCOMPARE(reply.json().value(QStringLiteral("witness_fingerprint")).toString(),
             cosignature.fingerprint());
    // A repeat (here with a later time, so another line) answers the line that is held.
    const WitnessCosignature later =
        WitnessCosignature::make(QStringLiteral("auditor-laptop"), secret, note->text,
                                 quint64(QDateTime::currentSecsSinceEpoch()) + 1);
    QVERIFY(later.line() != cosignature.line());
    reply = m_client.as(kAuditor, "POST", route, body(later, size));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(QStringLiteral("cosignature")).toString().toUtf8(),
             cosignature.line());
    const QJsonArray log = wholeLog();
    int audited = 0;
    for (const QJsonValue& entry : log) {
        if (entry[QStringLiteral("action")] == QStringLiteral("cosign") &&
            entry[QStringLiteral("entity_id")] == QString::number(size)) {
            ++audited;
        }
    }
    QCOMPARE(audited, 1);
    const QJsonObject held = m_client.as(kAuditor, "GET", route).json();
    QCOMPARE(held.value(QStringLiteral("tree_size")).toInteger(), size);
    QCOMPARE(held.value(QStringLiteral("note")).toString().toUtf8(), note->serialize());
    const QJsonArray lines = held.value(QStringLiteral("cosignatures")).toArray();
    QCOMPARE(lines.size(), 1);
    const auto parsed = WitnessCosignature::parseLine(
        lines.at(0)[QStringLiteral("cosignature")].toString().toUtf8(),
        QByteArray::fromBase64(lines.at(0)[QStringLiteral("public_key")].toString().toLatin1()),
        nullptr);
    QVERIFY(parsed && parsed->verifies(note->text));
    QCOMPARE(m_client.as(kAuditor, "GET", route + QStringLiteral("?tree_size=%1").arg(size))
                 .json()
                 .value(QStringLiteral("cosignatures"))
                 .toArray()
                 .size(),
             1);
    QCOMPARE(m_client.as(kAuditor, "GET", route + QStringLiteral("?tree_size=%1").arg(size + 1000))
                 .status,
             404);
    QCOMPARE(m_client.as(kAuditor, "GET", route + QStringLiteral("?tree_size=x")).status, 400);

    // The newest checkpoint every named witness cosigned, with all it holds: a second witness
    // on the same checkpoint, then one that cosigned only a later one.
    const QByteArray secondSecret = WitnessCosignature::newSecretKey();
    const WitnessCosignature second =
        WitnessCosignature::make(QStringLiteral("second-auditor"), secondSecret, note->text,
                                 quint64(QDateTime::currentSecsSinceEpoch()));
    QCOMPARE(m_client.as(kOwner, "POST", route, body(second, size)).status, 201);
    const QJsonObject newer =
        m_client.as(kAuditor, "GET", QStringLiteral("/audit-log/checkpoint")).json();
    const qint64 newerSize = newer.value(QStringLiteral("tree_size")).toInteger();
    QVERIFY(newerSize > size);
    const auto newerNote =
        SignedNote::parse(newer.value(QStringLiteral("note")).toString().toUtf8(), nullptr);
    QVERIFY(newerNote);
    QCOMPARE(m_client
                 .as(kOwner, "POST", route,
                     body(WitnessCosignature::make(QStringLiteral("second-auditor"), secondSecret,
                                                   newerNote->text,
                                                   quint64(QDateTime::currentSecsSinceEpoch())),
                          newerSize))
                 .status,
             201);
    const QString both = route + QStringLiteral("?witness=%1&witness=%2")
                                     .arg(cosignature.fingerprint(), second.fingerprint());
    const QJsonObject met = m_client.as(kAuditor, "GET", both).json();
    QCOMPARE(met.value(QStringLiteral("tree_size")).toInteger(), size);
    QCOMPARE(met.value(QStringLiteral("cosignatures")).toArray().size(), 2);
    QCOMPARE(
        m_client.as(kAuditor, "GET", route + QStringLiteral("?witness=") + second.fingerprint())
            .json()
            .value(QStringLiteral("tree_size"))
            .toInteger(),
        newerSize);
    QCOMPARE(m_client.as(kAuditor, "GET", route + QStringLiteral("?witness=") + QString(64, u'e'))
                 .json()
                 .value(QStringLiteral("tree_size"))
                 .toInteger(),
             qint64(0));
    QCOMPARE(m_client.as(kAuditor, "GET", route + QStringLiteral("?witness=ABC")).status, 400);

    // Attacker finding: the role is checked after the body is read (the caller is resolved by
    // a database worker), so the route reads no more than a cosignature needs.
    const DomainReply large =
        m_client.send("POST", QStringLiteral("/api/v1/orgs/") + m_client.acme() + route,
                      QByteArray(8 * 1024, ' ') + QJsonDocument(body(cosignature, size)).toJson(),
                      m_client.token(kFinance));
    QCOMPARE(large.status, 413);

    // Every cosignature kept is an audit entry for good: one caller cannot post without bound
    // (attacker finding: 742 in four seconds).
    int answered = 0;
    int limited = 0;
    for (int i = 0; i < 70 && limited == 0; ++i, ++answered) {
        const WitnessCosignature another = WitnessCosignature::make(
            QStringLiteral("flood-%1").arg(i), WitnessCosignature::newSecretKey(), note->text,
            quint64(QDateTime::currentSecsSinceEpoch()));
        limited += m_client.as(kOwner, "POST", route, body(another, size)).status == 429;
    }
    QVERIFY2(limited == 1 && answered <= kCosignaturesPerWindow + 1, "no limit per caller");
}

qint64 TestServerAuditTree::newestCheckpointSize()
{
    QSqlQuery query(rawDatabase());
    query.prepare(QStringLiteral("SELECT MAX(tree_size) FROM audit_checkpoints WHERE org_id = ?"));
    query.addBindValue(m_client.acme());
    return query.exec() && query.next() ? query.value(0).toLongLong() : -1;
}

bool TestServerAuditTree::restartAt(qint64 clockOffsetSeconds)
{
    const QString dataDir = m_client.server().dataDir();
    if (m_client.server().stop() != 0) {
        return false;
    }
    qputenv("PURSER_TEST_CLOCK_OFFSET_SECONDS", QByteArray::number(clockOffsetSeconds));
    purser::test::ServerProcess::Options options;
    options.dataDir = dataDir;
    options.databaseUrl = m_client.databaseUrl();
    return m_client.server().start(options);
}

void TestServerAuditTree::signsAtLeastEveryMinuteWhileEntriesArrive()
{
    // Nobody asks for a checkpoint: the server's own job must sign the new entry within a
    // minute of the last checkpoint. The minute passes on the server's test clock.
    writeAnEntry(3);
    const qint64 size = wholeLog().size();
    QVERIFY(newestCheckpointSize() < size);
    QVERIFY(restartAt(90));
    QTRY_COMPARE_WITH_TIMEOUT(newestCheckpointSize(), size, 20000);
    QSqlQuery query(rawDatabase());
    query.prepare(QStringLiteral("SELECT signed_at FROM audit_checkpoints WHERE org_id = ? AND "
                                 "tree_size = ?"));
    query.addBindValue(m_client.acme());
    query.addBindValue(size);
    QVERIFY(query.exec() && query.next());
    // Signed by the server's clock (a minute and a half ahead here), as the note's reader sees.
    const auto signedAt = purser::fromRfc3339(query.value(0).toString());
    QVERIFY(signedAt && QDateTime::currentDateTimeUtc().secsTo(*signedAt) > 60);
    // The next entry is not signed at once (at most once a minute), but within the minute.
    writeAnEntry(4);
    QVERIFY(newestCheckpointSize() == size);
}

void TestServerAuditTree::rewrittenRangeIsNotSigned()
{
    QJsonArray log = wholeLog();
    const QJsonObject signedBefore =
        m_client.as(kAuditor, "GET", QStringLiteral("/audit-log/checkpoint")).json();
    QCOMPARE(signedBefore.value(QStringLiteral("tree_size")).toInteger(), log.size());
    QString error;
    QVERIFY2(test::AuditLogTamper::rewriteFrom(rawDatabase(), m_client.postgres(), m_client.acme(),
                                               log, log.size() - 20, &error),
             qPrintable(error));
    // Everything the server reads is consistent again: the chain verifies from the rows...
    // ...but the next checkpoint would not extend the one it signed, so it refuses to sign.
    writeAnEntry(2);
    const DomainReply reply = m_client.as(kAuditor, "GET", QStringLiteral("/audit-log/checkpoint"));
    QCOMPARE(reply.status, 500);
    QCOMPARE(reply.errorCode(), QStringLiteral("audit_integrity"));
    QVERIFY(m_client.server().output().contains("audit integrity"));
}

QTEST_GUILESS_MAIN(TestServerAuditTree)
#include "tst_server_audit_tree.moc"
