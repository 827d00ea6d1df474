#include "core/AuditChain.h"

#include <QJsonArray>
#include <QTest>

using namespace purser;

class TestAuditChain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void intactChainVerifies();
    void alteredEntryFailsAtItsSeq();
    void removedEntryIsNamed();
    void reorderedEntriesFail();
    void rehashedEditBreaksTheNextLink();
    void resumesMidLog();

private:
    static QList<QJsonObject> makeChain(int count);
};

QList<QJsonObject> TestAuditChain::makeChain(int count)
{
    QList<QJsonObject> entries;
    QString prev = AuditChain::genesisHash();
    for (int seq = 1; seq <= count; ++seq) {
        QJsonObject entry{
            {QStringLiteral("seq"), seq},
            {QStringLiteral("action"), QStringLiteral("update")},
            {QStringLiteral("entity_type"), QStringLiteral("employee")},
            {QStringLiteral("summary"), QStringLiteral("Changed department of E%1").arg(seq)},
            {QStringLiteral("changes"),
             QJsonObject{{QStringLiteral("department"),
                          QJsonArray{QStringLiteral("Sales"), QStringLiteral("Finance")}}}},
            {QStringLiteral("prev_hash"), prev},
        };
        entry.insert(QStringLiteral("hash"), AuditChain::computeHash(entry));
        prev = entry.value(QStringLiteral("hash")).toString();
        entries.append(entry);
    }
    return entries;
}

void TestAuditChain::intactChainVerifies()
{
    AuditChain chain;
    for (const QJsonObject& e : makeChain(50)) {
        QVERIFY(chain.append(e));
    }
    QVERIFY(chain.verdict().ok);
    QCOMPARE(chain.lastSeq(), 50);
    QCOMPARE(chain.lastHash().size(), 64);
}

void TestAuditChain::alteredEntryFailsAtItsSeq()
{
    auto entries = makeChain(20);
    entries[12].insert(QStringLiteral("summary"), QStringLiteral("Nothing happened here"));
    AuditChain chain;
    for (const QJsonObject& e : entries) {
        chain.append(e);
    }
    QVERIFY(!chain.verdict().ok);
    QCOMPARE(chain.verdict().badSeq, 13);
    QVERIFY(chain.verdict().reason.contains(QStringLiteral("changed")));
}

void TestAuditChain::removedEntryIsNamed()
{
    auto entries = makeChain(10);
    entries.removeAt(4); // seq 5
    AuditChain chain;
    for (const QJsonObject& e : entries) {
        chain.append(e);
    }
    QCOMPARE(chain.verdict().badSeq, 5);
    QVERIFY(chain.verdict().reason.contains(QStringLiteral("missing")));
}

void TestAuditChain::reorderedEntriesFail()
{
    auto entries = makeChain(10);
    entries.swapItemsAt(2, 3);
    AuditChain chain;
    for (const QJsonObject& e : entries) {
        chain.append(e);
    }
    QCOMPARE(chain.verdict().badSeq, 3);
}

void TestAuditChain::rehashedEditBreaksTheNextLink()
{
    // An attacker who edits entry 6 and recomputes its hash still breaks entry 7's link.
    auto entries = makeChain(10);
    entries[5].insert(QStringLiteral("summary"), QStringLiteral("forged"));
    entries[5].insert(QStringLiteral("hash"), AuditChain::computeHash(entries[5]));
    AuditChain chain;
    for (const QJsonObject& e : entries) {
        chain.append(e);
    }
    QCOMPARE(chain.verdict().badSeq, 7);
}

void TestAuditChain::resumesMidLog()
{
    const auto entries = makeChain(10);
    AuditChain chain(5, entries[4].value(QStringLiteral("hash")).toString());
    for (int i = 5; i < 10; ++i) {
        QVERIFY(chain.append(entries[i]));
    }
    AuditChain wrongStart(5, AuditChain::genesisHash());
    QVERIFY(!wrongStart.append(entries[5]));
}

QTEST_GUILESS_MAIN(TestAuditChain)
#include "tst_auditchain.moc"
