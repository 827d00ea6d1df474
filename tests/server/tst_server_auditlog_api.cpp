// The audit log as an auditor sees it through the API: entries chained (verified with core's
// AuditChain), a changed entry caught at its seq, filters, roles, and Ed25519-signed
// checkpoints verified with core's AuditCheckpoint against /server/signing-keys.
#include "core/AuditChain.h"
#include "core/CheckpointVerifier.h"
#include "tests/support/DomainTestClient.h"

#include <QFile>
#include <QTest>

using purser::AuditChain;
using purser::AuditCheckpoint;
using purser::test::DomainReply;
using purser::test::DomainTestClient;

namespace {
const QString kOwner = QStringLiteral("owner@acme.example");
const QString kAdmin = QStringLiteral("admin@acme.example");
const QString kFinance = QStringLiteral("finance@acme.example");
const QString kAuditor = QStringLiteral("auditor@acme.example");
const QString kMember = QStringLiteral("member@acme.example");
} // namespace

class TestServerAuditLogApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void wholeLogVerifiesWithCore();
    void alteredEntryFailsAtItsSeq();
    void everyChangeHasItsEntry();
    void filtersAndPaging();
    void rolesAndBadQueries();
    void checkpointVerifiesAndFailsWhenChanged();
    void signingKeyFileIsPrivate();

private:
    QJsonArray wholeLog(const QString& email);
    DomainTestClient m_client;
};

void TestServerAuditLogApi::initTestCase()
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

void TestServerAuditLogApi::cleanupTestCase()
{
    QCOMPARE(m_client.stop(), 0);
}

QJsonArray TestServerAuditLogApi::wholeLog(const QString& email)
{
    QJsonArray all;
    qint64 after = 0;
    for (;;) {
        const DomainReply page =
            m_client.as(email, "GET", QStringLiteral("/audit-log?limit=500&after=%1").arg(after));
        if (page.status != 200) {
            qWarning() << page.status << page.body;
            return all;
        }
        const QJsonArray items = page.json().value(QStringLiteral("items")).toArray();
        for (const QJsonValue& item : items) {
            all.append(item);
        }
        if (!page.json().value(QStringLiteral("has_more")).toBool() || items.isEmpty()) {
            return all;
        }
        after = items.last().toObject().value(QStringLiteral("seq")).toInteger();
    }
}

void TestServerAuditLogApi::wholeLogVerifiesWithCore()
{
    const QJsonArray log = wholeLog(kAuditor);
    QVERIFY(log.size() > 500); // demo: employees, payroll, claims, receipts
    AuditChain chain;
    qint64 expected = 1;
    for (const QJsonValue& entry : log) {
        QCOMPARE(entry.toObject().value(QStringLiteral("seq")).toInteger(), expected++);
        QVERIFY2(chain.append(entry.toObject()), qPrintable(chain.verdict().reason));
    }
}

void TestServerAuditLogApi::alteredEntryFailsAtItsSeq()
{
    QJsonArray log = wholeLog(kAuditor);
    QJsonObject victim = log[41].toObject();
    victim.insert(QStringLiteral("summary"), QStringLiteral("Nothing to see here"));
    log[41] = victim;
    AuditChain chain;
    bool failed = false;
    for (const QJsonValue& entry : log) {
        if (!chain.append(entry.toObject())) {
            failed = true;
            break;
        }
    }
    QVERIFY(failed);
    QCOMPARE(chain.verdict().badSeq, 42);
}

void TestServerAuditLogApi::everyChangeHasItsEntry()
{
    const qint64 before = wholeLog(kAuditor).size();
    const QJsonObject run = m_client
                                .as(kFinance, "POST", QStringLiteral("/payroll-runs"),
                                    {{QStringLiteral("period_start"), QStringLiteral("2026-11-01")},
                                     {QStringLiteral("period_end"), QStringLiteral("2026-11-30")},
                                     {QStringLiteral("pay_date"), QStringLiteral("2026-11-27")}})
                                .json();
    const QString path =
        QStringLiteral("/payroll-runs/") + run.value(QStringLiteral("id")).toString();
    QCOMPARE(m_client.as(kFinance, "POST", path + QStringLiteral("/submit")).status, 200);
    QCOMPARE(m_client.as(kFinance, "POST", path + QStringLiteral("/approve")).status,
             403); // refused: no entry
    QCOMPARE(m_client.as(kOwner, "POST", path + QStringLiteral("/approve")).status, 200);
    const QJsonArray all = wholeLog(kAuditor);
    // Signing in is audited too (session entries); everything else new is about the run.
    QJsonArray log;
    for (qsizetype i = before; i < all.size(); ++i) {
        const QJsonObject e = all[i].toObject();
        if (e.value(QStringLiteral("entity_type")).toString() == u"session") {
            QCOMPARE(e.value(QStringLiteral("action")).toString(), QStringLiteral("sign_in"));
            continue;
        }
        log.append(e);
    }
    QCOMPARE(log.size(), 3);
    QStringList actions;
    for (qsizetype i = 0; i < log.size(); ++i) {
        const QJsonObject e = log[i].toObject();
        QCOMPARE(e.value(QStringLiteral("entity_type")).toString(), QStringLiteral("payroll_run"));
        QCOMPARE(e.value(QStringLiteral("entity_id")).toString(),
                 run.value(QStringLiteral("id")).toString());
        QVERIFY(!e.value(QStringLiteral("request_id")).toString().isEmpty());
        QCOMPARE(e.value(QStringLiteral("ip")).toString(), QStringLiteral("127.0.0.1"));
        actions.append(e.value(QStringLiteral("action")).toString());
    }
    QCOMPARE(actions, (QStringList{QStringLiteral("create"), QStringLiteral("submit"),
                                   QStringLiteral("approve")}));
}

void TestServerAuditLogApi::filtersAndPaging()
{
    DomainReply reply = m_client.as(
        kAuditor, "GET", QStringLiteral("/audit-log?entity_type=claim&action=reject&limit=5000"));
    QCOMPARE(reply.status, 200);
    const QJsonArray rejects = reply.json().value(QStringLiteral("items")).toArray();
    QVERIFY(!rejects.isEmpty());
    for (const QJsonValue& e : rejects) {
        QCOMPARE(e.toObject().value(QStringLiteral("action")).toString(), QStringLiteral("reject"));
    }
    const QString financeId = m_client.userId(kFinance);
    reply = m_client.as(kAuditor, "GET",
                        QStringLiteral("/audit-log?actor=%1&limit=5000").arg(financeId));
    for (const QJsonValue& e : reply.json().value(QStringLiteral("items")).toArray()) {
        QCOMPARE(e.toObject()
                     .value(QStringLiteral("actor"))
                     .toObject()
                     .value(QStringLiteral("id"))
                     .toString(),
                 financeId);
    }
    reply = m_client.as(kAuditor, "GET", QStringLiteral("/audit-log?limit=10"));
    QCOMPARE(reply.json().value(QStringLiteral("items")).toArray().size(), 10);
    QVERIFY(reply.json().value(QStringLiteral("has_more")).toBool());
    reply =
        m_client.as(kAuditor, "GET", QStringLiteral("/audit-log?from=2999-01-01T00:00:00.000Z"));
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.json().value(QStringLiteral("items")).toArray().isEmpty());
    QVERIFY(!reply.json().value(QStringLiteral("has_more")).toBool());
    reply = m_client.as(kAuditor, "GET", QStringLiteral("/audit-log?to=2000-01-01T00:00:00.000Z"));
    QVERIFY(reply.json().value(QStringLiteral("items")).toArray().isEmpty());
}

void TestServerAuditLogApi::rolesAndBadQueries()
{
    QCOMPARE(m_client.as(kMember, "GET", QStringLiteral("/audit-log")).status, 403);
    QCOMPARE(m_client.as(kFinance, "GET", QStringLiteral("/audit-log")).status, 403);
    QCOMPARE(m_client.as(kFinance, "GET", QStringLiteral("/audit-log/checkpoint")).status, 403);
    QCOMPARE(m_client.as(kAdmin, "GET", QStringLiteral("/audit-log?limit=1")).status, 200);
    for (const char* query :
         {"limit=0", "limit=5001", "after=-1", "from=yesterday", "colour=red", "limit=1&limit=2",
          // text a database would not keep as sent (a NUL cut PostgreSQL's filter short: 500)
          "actor=a%00b", "action=%00", "entity_type=%EF%BF%BF", "actor=%EF%BB%BFx"}) {
        QCOMPARE(m_client.as(kAuditor, "GET", QStringLiteral("/audit-log?") + QLatin1String(query))
                     .status,
                 400);
    }
    // No route changes the log.
    QCOMPARE(m_client.as(kOwner, "DELETE", QStringLiteral("/audit-log")).status, 405);
    QCOMPARE(m_client.as(kOwner, "POST", QStringLiteral("/audit-log"), {}).status, 405);
}

void TestServerAuditLogApi::checkpointVerifiesAndFailsWhenChanged()
{
    const DomainReply keysReply =
        m_client.send("GET", QStringLiteral("/api/v1/server/signing-keys"));
    QCOMPARE(keysReply.status, 200);
    const QJsonArray keys = keysReply.array();
    QCOMPARE(keys.size(), 1);
    const QString keyId = keys.first().toObject().value(QStringLiteral("key_id")).toString();
    const QByteArray publicKey = QByteArray::fromBase64(
        keys.first().toObject().value(QStringLiteral("public_key")).toString().toLatin1());
    QCOMPARE(publicKey.size(), 32);

    const DomainReply reply = m_client.as(kAuditor, "GET", QStringLiteral("/audit-log/checkpoint"));
    QCOMPARE(reply.status, 200);
    const AuditCheckpoint checkpoint = AuditCheckpoint::fromJson(m_client.acme(), reply.json());
    QCOMPARE(checkpoint.keyId, keyId);
    QVERIFY(checkpoint.verify(publicKey));
    // The checkpoint names the last entry of the log.
    const QJsonArray log = wholeLog(kAuditor);
    QCOMPARE(checkpoint.seq, log.last().toObject().value(QStringLiteral("seq")).toInteger());
    QCOMPARE(checkpoint.hash, log.last().toObject().value(QStringLiteral("hash")).toString());

    AuditCheckpoint changed = checkpoint;
    changed.seq -= 1;
    QVERIFY(!changed.verify(publicKey));
    changed = checkpoint;
    changed.orgId = m_client.globex();
    QVERIFY(!changed.verify(publicKey));
    changed = checkpoint;
    changed.signature[5] = static_cast<char>(changed.signature[5] ^ 0x01);
    QVERIFY(!changed.verify(publicKey));
    changed = checkpoint;
    changed.hash[0] = changed.hash[0] == u'0' ? u'1' : u'0';
    QVERIFY(!changed.verify(publicKey));
    QByteArray otherKey = publicKey;
    otherKey[0] = static_cast<char>(otherKey[0] ^ 0x01);
    QVERIFY(!checkpoint.verify(otherKey));
}

void TestServerAuditLogApi::signingKeyFileIsPrivate()
{
    const QString dir = m_client.server().dataDir() + QStringLiteral("/keys/");
    QFile current(dir + QStringLiteral("current"));
    QVERIFY(current.open(QIODevice::ReadOnly));
    const QString keyId = QString::fromLatin1(current.readAll().trimmed());
    const QFile::Permissions permissions =
        QFile::permissions(dir + keyId + QStringLiteral(".secret"));
    QVERIFY(permissions & QFileDevice::ReadOwner);
    QVERIFY(!(permissions & (QFileDevice::ReadGroup | QFileDevice::ReadOther)));
}

QTEST_GUILESS_MAIN(TestServerAuditLogApi)
#include "tst_server_auditlog_api.moc"
