// The encrypted offline cache against the REAL SQLCipher library and the REAL keychain (run
// under scripts/with-keyring): no plaintext on disk, wrong key / missing key / damaged file
// reported in plain words with the number of unsent changes at stake, the project's own
// driver behaving like a Qt SQL driver, and the passphrase-wrapped secrets file.
#include "cache/AuditNamesBackfill.h"
#include "cache/AuditRecordNames.h"
#include "cache/CacheDatabase.h"
#include "cache/CacheKey.h"
#include "cache/CachePageCheck.h"
#include "cache/CacheStore.h"
#include "cache/KeychainSecretStore.h"
#include "cache/OutboxStore.h"
#include "cache/PassphraseSecretStore.h"
#include "cache/SqlCipherDriver.h"
#include "tests/client/CacheFileDamage.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace purser;

namespace {

const QString secretName = QStringLiteral("Zebulon Quartermaine-Okonkwo");

// An audit entry about an employee whose changes give its name fields ([old, new]).
QJsonObject auditEntry(qint64 seq, const QString& action, const QString& employeeId,
                       const QJsonValue& oldName, const QJsonValue& newName)
{
    return QJsonObject{{QStringLiteral("seq"), seq},
                       {QStringLiteral("hash"), QStringLiteral("h%1").arg(seq)},
                       {QStringLiteral("action"), action},
                       {QStringLiteral("entity_type"), QStringLiteral("employee")},
                       {QStringLiteral("entity_id"), employeeId},
                       {QStringLiteral("changes"),
                        QJsonObject{{QStringLiteral("full_name"), QJsonArray{oldName, newName}}}}};
}

QString nameOf(CacheDatabase& cache, const QString& employeeId)
{
    const auto fields =
        AuditRecordNames(cache.database()).fields(QStringLiteral("employee"), employeeId);
    return fields ? fields->value(QStringLiteral("full_name")).toString() : QString();
}

QJsonObject employee(int i)
{
    return QJsonObject{
        {QStringLiteral("id"), QStringLiteral("emp-%1").arg(i, 4, 10, QChar(u'0'))},
        {QStringLiteral("version"), 1},
        {QStringLiteral("full_name"), i == 0 ? secretName : QStringLiteral("Person %1").arg(i)},
        {QStringLiteral("national_id"), QStringLiteral("S%1A").arg(1000000 + i)}};
}

} // namespace

class TestOfflineCache : public QObject
{
    Q_OBJECT

private:
    CacheIdentity identity() const
    {
        return CacheIdentity{QUrl(QStringLiteral("https://127.0.0.1:9")),
                             QStringLiteral("tester-%1@acme.example").arg(m_run),
                             QStringLiteral("org-1")};
    }
    QString folder() const { return m_dir.filePath(QStringLiteral("cache")); }

    void fill(CacheDatabase& cache, int employees, int queued)
    {
        CacheStore store(cache.database());
        CacheStore::Transaction tx(cache.database());
        for (int i = 0; i < employees; ++i) {
            QVERIFY(store.putRecord(QStringLiteral("employees"), employee(i)));
        }
        QVERIFY(tx.commit());
        OutboxStore outbox(cache.database(), [&cache](int n) { cache.recordQueuedChanges(n); });
        for (int i = 0; i < queued; ++i) {
            OutboxItem item;
            item.kind = QStringLiteral("employee.update");
            item.method = QStringLiteral("PATCH");
            item.path = QStringLiteral("/orgs/org-1/employees/emp-0000");
            item.body = QJsonObject{{QStringLiteral("position"), QStringLiteral("Lead")}};
            QVERIFY(outbox.enqueue(item));
        }
    }

    // A cache of 300 employees with 16 bytes flipped inside a data page near the end,
    // which nothing reads at open but a full check.
    void makeDamagedCache()
    {
        QString path;
        {
            CacheDatabase cache(&m_keychain, folder());
            QVERIFY(cache.open(identity()));
            fill(cache, 300, 0);
            path = cache.pathFor(identity());
        }
        QVERIFY(test::damagePageNearTheEnd(path));
    }

    QTemporaryDir m_dir;
    KeychainSecretStore m_keychain;
    QString m_run = QString::number(QDateTime::currentMSecsSinceEpoch());

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString why;
        QVERIFY2(
            KeychainSecretStore::isAvailable(&why),
            qPrintable(QStringLiteral("no keychain (run under scripts/with-keyring): ") + why));
    }

    void cleanup()
    {
        CacheDatabase cache(&m_keychain, folder());
        QVERIFY(cache.discard(identity()));
    }

    void driverBehavesLikeAQtSqlDriver()
    {
        SqlCipherDriver::registerDriver();
        QSqlDatabase db =
            QSqlDatabase::addDatabase(SqlCipherDriver::driverName(), QStringLiteral("d"));
        db.setDatabaseName(m_dir.filePath(QStringLiteral("driver.db")));
        db.setPassword(QString::fromLatin1(CacheKey::generateHex()));
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        {
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT, "
                                              "blob BLOB, note TEXT)")));
            QVERIFY(query.prepare(QStringLiteral("INSERT INTO t (name, blob, note) VALUES (:name, "
                                                 ":blob, :note)")));
            query.bindValue(QStringLiteral(":name"), QStringLiteral("Ünïcode ✓"));
            query.bindValue(QStringLiteral(":blob"), QByteArray("\x00\x01\x02", 3));
            query.bindValue(QStringLiteral(":note"), QVariant(QMetaType(QMetaType::QString)));
            QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
            QCOMPARE(query.lastInsertId().toLongLong(), 1);
            QCOMPARE(query.numRowsAffected(), 1);

            QVERIFY(db.transaction());
            QVERIFY(query.exec(QStringLiteral("INSERT INTO t (name) VALUES ('rolled back')")));
            QVERIFY(db.rollback());

            QVERIFY(query.exec(QStringLiteral("SELECT id, name, blob, note FROM t")));
            QVERIFY(query.next());
            QCOMPARE(query.value(1).toString(), QStringLiteral("Ünïcode ✓"));
            QCOMPARE(query.value(2).toByteArray(), QByteArray("\x00\x01\x02", 3));
            QVERIFY(query.isNull(3));
            QVERIFY(!query.next());
            QVERIFY(!query.exec(QStringLiteral("SELECT nonsense FROM nowhere")));
            QVERIFY(query.lastError().isValid());
            QVERIFY(db.tables().contains(QStringLiteral("t")));
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("d"));

        // A key that is not 64 hex digits is refused before anything is created.
        QSqlDatabase bad =
            QSqlDatabase::addDatabase(SqlCipherDriver::driverName(), QStringLiteral("b"));
        bad.setDatabaseName(m_dir.filePath(QStringLiteral("bad.db")));
        bad.setPassword(QStringLiteral("x'; ATTACH DATABASE 'evil' AS e; --"));
        QVERIFY(!bad.open());
        QCOMPARE(bad.lastError().nativeErrorCode(), SqlCipherDriver::badKeyFormatCode());
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("bad.db"))));
        bad = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("b"));
    }

    void cacheFileHoldsNoPlaintext()
    {
        CacheDatabase cache(&m_keychain, folder());
        QVERIFY2(cache.open(identity()), qPrintable(cache.errorMessage()));
        QVERIFY(!cache.cipherVersion().isEmpty());
        fill(cache, 50, 0);
        const QString path = cache.pathFor(identity());
        cache.close();

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.size() > 4096);
        QVERIFY(!bytes.startsWith("SQLite format 3"));
        QVERIFY(!bytes.contains(secretName.toUtf8()));
        QVERIFY(!bytes.contains("Quartermaine"));
        QVERIFY(!bytes.contains("S1000000A"));
        QVERIFY(!bytes.contains("full_name"));
        QVERIFY(!bytes.contains("CREATE TABLE"));
        // The file name reveals neither the user nor the server.
        QVERIFY(!path.contains(QStringLiteral("tester")));
        // The key is in the keychain, 32 random bytes as hex.
        QString error;
        const auto key = m_keychain.read(identity().keyName(), &error);
        QVERIFY(key && CacheKey::isValidHex(*key));

        // And it opens again with its key, data intact.
        CacheDatabase again(&m_keychain, folder());
        QVERIFY2(again.open(identity()), qPrintable(again.errorMessage()));
        QCOMPARE(CacheStore(again.database()).count(QStringLiteral("employees")), 50);
    }

    void wrongKeyIsReportedInPlainWordsWithQueuedChanges()
    {
        {
            CacheDatabase cache(&m_keychain, folder());
            QVERIFY(cache.open(identity()));
            fill(cache, 10, 3);
        }
        QString error;
        QVERIFY(m_keychain.write(identity().keyName(), CacheKey::generateHex(), &error));

        CacheDatabase cache(&m_keychain, folder());
        QVERIFY(!cache.open(identity()));
        QCOMPARE(cache.problem(), CacheDatabase::Problem::WrongKeyOrDamaged);
        QVERIFY2(cache.errorMessage().contains(
                     QStringLiteral("key does not match or the file is damaged")),
                 qPrintable(cache.errorMessage()));
        QVERIFY2(cache.errorMessage().contains(QStringLiteral("discard")),
                 qPrintable(cache.errorMessage()));
        QVERIFY2(cache.errorMessage().contains(QStringLiteral("3 change(s)")),
                 qPrintable(cache.errorMessage()));
        QCOMPARE(cache.queuedChangesAtRisk(identity()), 3);
        QVERIFY(QFile::exists(cache.pathFor(identity()))); // nothing discarded by itself

        // Discarding and opening again gives a fresh, empty cache with a new key.
        QVERIFY(cache.discard(identity()));
        QVERIFY2(cache.open(identity()), qPrintable(cache.errorMessage()));
        QCOMPARE(CacheStore(cache.database()).count(QStringLiteral("employees")), 0);
        QCOMPARE(cache.queuedChangesAtRisk(identity()), 0);
    }

    void missingKeyIsReported()
    {
        {
            CacheDatabase cache(&m_keychain, folder());
            QVERIFY(cache.open(identity()));
            fill(cache, 5, 1);
        }
        QString error;
        QVERIFY(m_keychain.remove(identity().keyName(), &error));
        CacheDatabase cache(&m_keychain, folder());
        QVERIFY(!cache.open(identity()));
        QCOMPARE(cache.problem(), CacheDatabase::Problem::MissingKey);
        QVERIFY2(cache.errorMessage().contains(QStringLiteral("key is missing")),
                 qPrintable(cache.errorMessage()));
        QVERIFY2(cache.errorMessage().contains(QStringLiteral("1 change(s)")),
                 qPrintable(cache.errorMessage()));
    }

    void damagedFileIsReported()
    {
        makeDamagedCache();
        if (QTest::currentTestFailed()) {
            return;
        }
        CacheDatabase cache(&m_keychain, folder());
        QVERIFY(!cache.open(identity()));
        QCOMPARE(cache.problem(), CacheDatabase::Problem::WrongKeyOrDamaged);
        QVERIFY2(cache.errorMessage().contains(QStringLiteral("damaged")),
                 qPrintable(cache.errorMessage()));
        QVERIFY2(cache.errorMessage().contains(QStringLiteral("No unsent changes would be lost")),
                 qPrintable(cache.errorMessage()));
    }

    // The window opens a large cache without reading every page first; the worker thread's
    // check finds the same damage open() would have, and passes an intact file.
    void deferredPageCheckFindsDamage()
    {
        makeDamagedCache();
        if (QTest::currentTestFailed()) {
            return;
        }
        CacheDatabase cache(&m_keychain, folder());
        QVERIFY2(cache.open(identity(), CacheDatabase::PageCheck::Deferred),
                 qPrintable(cache.errorMessage()));
        std::unique_ptr<CachePageCheck> check(cache.startPageCheck(nullptr));
        QVERIFY(check);
        QSignalSpy finished(check.get(), &CachePageCheck::finished);
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QVERIFY2(cache.damagedMessage().contains(QStringLiteral("damaged")),
                 qPrintable(cache.damagedMessage()));
        QVERIFY(!cache.startPageCheck(nullptr)); // one check per open: the key is gone
    }

    void deferredPageCheckPassesIntactFile()
    {
        {
            CacheDatabase cache(&m_keychain, folder());
            QVERIFY(cache.open(identity()));
            fill(cache, 300, 2);
        }
        CacheDatabase cache(&m_keychain, folder());
        QVERIFY(cache.open(identity(), CacheDatabase::PageCheck::Deferred));
        std::unique_ptr<CachePageCheck> check(cache.startPageCheck(nullptr));
        QVERIFY(check);
        QSignalSpy finished(check.get(), &CachePageCheck::finished);
        // The window keeps reading while the worker checks.
        QSqlQuery read(cache.database());
        QVERIFY(read.exec(QStringLiteral("SELECT count(*) FROM outbox")) && read.next());
        QCOMPARE(read.value(0).toInt(), 2);
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.at(0).at(0).toBool(), true);
    }

    // Offline data from before the names table: its entries are named afterwards, a slice at a
    // time from the event loop, never by a lookup (a lookup that indexed a million entries
    // held the window 40 s). The newest entry's name wins, also over one that arrived meanwhile.
    void olderAuditEntriesAreNamedInSlices()
    {
        {
            CacheDatabase cache(&m_keychain, folder());
            QVERIFY(cache.open(identity()));
            // As a cache written before migration 0082 was: entries, no names.
            QSqlQuery query(cache.database());
            QVERIFY(query.exec(QStringLiteral("DROP TABLE audit_record_names")));
            QVERIFY(query.exec(QStringLiteral("DELETE FROM schema_migrations WHERE version = 82")));
            QVERIFY(query.prepare(
                QStringLiteral("INSERT INTO audit_entries (seq, hash, body) VALUES (?, ?, ?)")));
            const QList<QJsonObject> older = {
                auditEntry(1, QStringLiteral("create"), QStringLiteral("emp-a"), QJsonValue(),
                           QStringLiteral("Aisyah Old")),
                auditEntry(2, QStringLiteral("create"), QStringLiteral("emp-b"), QJsonValue(),
                           QStringLiteral("Bala First")),
                auditEntry(3, QStringLiteral("update"), QStringLiteral("emp-b"),
                           QStringLiteral("Bala First"), QStringLiteral("Bala Second")),
                auditEntry(4, QStringLiteral("create"), QStringLiteral("emp-c"), QJsonValue(),
                           QStringLiteral("Chen Gone")),
                auditEntry(5, QStringLiteral("delete"), QStringLiteral("emp-c"),
                           QStringLiteral("Chen Gone"), QJsonValue()),
            };
            for (const QJsonObject& entry : older) {
                query.addBindValue(entry.value(QStringLiteral("seq")).toInteger());
                query.addBindValue(entry.value(QStringLiteral("hash")).toString());
                query.addBindValue(
                    QString::fromUtf8(QJsonDocument(entry).toJson(QJsonDocument::Compact)));
                QVERIFY(query.exec());
            }
        }
        CacheDatabase cache(&m_keychain, folder());
        QVERIFY2(cache.open(identity()), qPrintable(cache.errorMessage())); // 0082 runs now
        QVERIFY(AuditRecordNames(cache.database()).hasBacklog());
        QCOMPARE(nameOf(cache, QStringLiteral("emp-b")), QString()); // a lookup indexes nothing
        // A sync brings a newer rename of emp-a before the backlog gets to it.
        QVERIFY(CacheStore(cache.database())
                    .appendAudit(auditEntry(6, QStringLiteral("update"), QStringLiteral("emp-a"),
                                            QStringLiteral("Aisyah Old"),
                                            QStringLiteral("Aisyah New"))));

        // One slice reads the two newest held entries and no more.
        QCOMPARE(AuditRecordNames(cache.database()).indexBacklog(2), 3);
        QCOMPARE(nameOf(cache, QStringLiteral("emp-c")), QStringLiteral("Chen Gone"));
        QCOMPARE(nameOf(cache, QStringLiteral("emp-b")), QString());

        AuditNamesBackfill backfill(cache.database(), nullptr, 2); // the rest, from the loop
        QSignalSpy finished(&backfill, &AuditNamesBackfill::finished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().first().toBool(), true);
        QCOMPARE(nameOf(cache, QStringLiteral("emp-a")), QStringLiteral("Aisyah New"));
        QCOMPARE(nameOf(cache, QStringLiteral("emp-b")), QStringLiteral("Bala Second"));
        QCOMPARE(nameOf(cache, QStringLiteral("emp-c")), QStringLiteral("Chen Gone"));
        QVERIFY(!AuditRecordNames(cache.database()).hasBacklog());
    }

    void passphraseStoreWrapsSecrets()
    {
        const QString path = m_dir.filePath(QStringLiteral("secrets.json"));
        const QByteArray secret = CacheKey::generateHex();
        QString error;
        {
            PassphraseSecretStore store(path);
            QVERIFY(!store.unlock(QStringLiteral("short"), &error));
            QVERIFY2(store.unlock(QStringLiteral("a long enough passphrase"), &error),
                     qPrintable(error));
            QVERIFY(store.write(QStringLiteral("cache key"), secret, &error));
            QVERIFY(store.write(QStringLiteral("token"), "ps_secret_token_value", &error));
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(!bytes.contains(secret));
        QVERIFY(!bytes.contains("ps_secret_token_value"));
        QVERIFY(!bytes.contains("a long enough passphrase"));
        QCOMPARE(int(file.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup)), 0);

        PassphraseSecretStore wrong(path);
        QVERIFY(!wrong.unlock(QStringLiteral("not the passphrase"), &error));
        QCOMPARE(error, QStringLiteral("The passphrase is not correct."));
        QVERIFY(!wrong.read(QStringLiteral("cache key"), &error));

        PassphraseSecretStore right(path);
        QVERIFY(right.unlock(QStringLiteral("a long enough passphrase"), &error));
        QCOMPARE(right.read(QStringLiteral("cache key"), &error).value_or(QByteArray()), secret);

        // The cache works the same over the passphrase store.
        CacheDatabase cache(&right, m_dir.filePath(QStringLiteral("pcache")));
        QVERIFY2(cache.open(identity()), qPrintable(cache.errorMessage()));
        QVERIFY(cache.discard(identity()));
    }
};

QTEST_GUILESS_MAIN(TestOfflineCache)
#include "tst_offlinecache.moc"
