// The outbox end to end against a REAL purser-server over TLS and the REAL keychain
// (scripts/with-keyring), through a TCP relay that can lose answers on the way back:
// - answers cut off mid-way: every change is applied exactly once (the retry carries the same
//   Idempotency-Key), checked on the server's audit log and versions;
// - a 412 conflict resolved with "keep mine" and with "take theirs";
// - a receipt upload streamed from the outbox with progress, and the pre-check refusing a
//   wrong type or an oversized file before anything is queued or sent.
#include "cache/CacheDatabase.h"
#include "cache/CacheStore.h"
#include "cache/KeychainSecretStore.h"
#include "cache/OutboxStore.h"
#include "net/ApiClient.h"
#include "net/CertificateDetails.h"
#include "net/CertificatePinStore.h"
#include "net/Outbox.h"
#include "net/SyncEngine.h"
#include "tests/client/TcpRelay.h"
#include "tests/support/DomainTestClient.h"

#include <QJsonArray>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace purser;
using namespace purser::test;

namespace {

const QString admin = QStringLiteral("admin@acme.example");

// A tiny valid PNG header followed by padding: enough for the server's sniffing.
QByteArray pngBytes(int size)
{
    QByteArray bytes("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", 16);
    bytes.append(QByteArray(qMax(0, size - int(bytes.size())), 'x'));
    return bytes;
}

} // namespace

class TestOutboxFlow : public QObject
{
    Q_OBJECT

private:
    // Waits for the engine's next syncFinished; returns its error.
    ApiError syncOnce()
    {
        std::optional<ApiError> result;
        const auto connection = connect(m_engine.get(), &SyncEngine::syncFinished,
                                        [&result](bool, const ApiError& error) { result = error; });
        m_engine->syncNow();
        const bool answered = QTest::qWaitFor([&result]() { return result.has_value(); }, 120000);
        Q_UNUSED(answered) // a timeout is reported through the returned error
        disconnect(connection);
        return result.value_or(
            ApiError::of(ApiError::Kind::Unreachable, QStringLiteral("sync timed out")));
    }

    ApiError flushOnce()
    {
        std::optional<ApiError> result;
        m_engine->outbox()->flush([&result](const ApiError& error) { result = error; });
        const bool answered = QTest::qWaitFor([&result]() { return result.has_value(); }, 60000);
        Q_UNUSED(answered) // a timeout is reported through the returned error
        return result.value_or(
            ApiError::of(ApiError::Kind::Unreachable, QStringLiteral("flush timed out")));
    }

    QJsonObject serverEmployee(const QString& id)
    {
        return m_server.as(admin, "GET", QStringLiteral("/employees/") + id).json();
    }

    // Audit entries after `afterSeq` about one entity and action, as the server has them.
    int auditCount(qint64 afterSeq, const QString& entityId, const QString& action)
    {
        const DomainReply reply = m_server.as(
            admin, "GET", QStringLiteral("/audit-log?limit=1000&after=%1").arg(afterSeq));
        int count = 0;
        for (const QJsonValue& entry : reply.json().value(QStringLiteral("items")).toArray()) {
            const QJsonObject e = entry.toObject();
            count += e.value(QStringLiteral("entity_id")).toString() == entityId &&
                             e.value(QStringLiteral("action")).toString() == action
                         ? 1
                         : 0;
        }
        return count;
    }

    qint64 auditHead()
    {
        const DomainReply reply =
            m_server.as(admin, "GET", QStringLiteral("/audit-log/checkpoint"));
        return reply.json().value(QStringLiteral("seq")).toInteger();
    }

    QList<QJsonObject> cachedEmployees(int count)
    {
        QList<QJsonObject> all = m_engine->store()->records(QStringLiteral("employees"));
        std::sort(all.begin(), all.end(), [](const QJsonObject& a, const QJsonObject& b) {
            return a.value(QStringLiteral("employee_no")).toString() <
                   b.value(QStringLiteral("employee_no")).toString();
        });
        return all.mid(m_nextEmployee += count, count);
    }

    DomainTestClient m_server;
    std::unique_ptr<TcpRelay> m_relay;
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<CertificatePinStore> m_pins;
    std::unique_ptr<ApiClient> m_api;
    KeychainSecretStore m_keychain;
    std::unique_ptr<CacheDatabase> m_cache;
    std::unique_ptr<SyncEngine> m_engine;
    int m_nextEmployee = 0;

private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        QVERIFY2(
            KeychainSecretStore::isAvailable(&why),
            qPrintable(QStringLiteral("no keychain (run under scripts/with-keyring): ") + why));
        QString reason;
        bool skip = false;
        QVERIFY2(m_server.start(&reason, &skip), qPrintable(reason));
        m_relay = std::make_unique<TcpRelay>(quint16(m_server.server().port()));
        QVERIFY(m_relay->listen());

        const QUrl relayUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_relay->port()));
        m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("client.conf")),
                                                 QSettings::IniFormat);
        m_pins = std::make_unique<CertificatePinStore>(m_settings.get());
        m_pins->pin(ApiClient::hostPort(relayUrl),
                    normalizedFingerprint(m_server.server().fingerprint()));
        m_api = std::make_unique<ApiClient>(m_pins.get());
        m_api->setServer(relayUrl);
        m_api->setToken(m_server.token(admin));

        m_cache = std::make_unique<CacheDatabase>(&m_keychain, m_dir.filePath(QStringLiteral("c")));
        QVERIFY2(m_cache->open(CacheIdentity{relayUrl, admin, m_server.acme()}),
                 qPrintable(m_cache->errorMessage()));
        m_engine = std::make_unique<SyncEngine>(m_api.get(), m_cache.get());
        m_engine->setOrganization(m_server.acme());
        const ApiError first = syncOnce();
        QVERIFY2(!first.isError(), qPrintable(first.message));
        QCOMPARE(m_engine->store()->count(QStringLiteral("employees")), 200);
    }

    void cleanupTestCase()
    {
        m_engine.reset();
        if (m_cache) {
            m_cache->discard(m_cache->identity());
        }
        m_cache.reset();
        m_relay.reset();
        QCOMPARE(m_server.stop(), 0);
    }

    void lostAnswersApplyEachChangeOnce()
    {
        const QList<QJsonObject> employees = cachedEmployees(3);
        QCOMPARE(employees.size(), 3);
        const qint64 seqBefore = auditHead();
        Outbox* outbox = m_engine->outbox();
        QList<QString> ids;
        QList<qint64> versions;
        for (int i = 0; i < 3; ++i) {
            ids << employees[i].value(QStringLiteral("id")).toString();
            versions << employees[i].value(QStringLiteral("version")).toInteger();
            QVERIFY(outbox->updateEmployee(
                ids[i], {{QStringLiteral("department"), QStringLiteral("Relay %1").arg(i)}},
                versions[i]));
        }
        const QString description = QStringLiteral("Taxi to the airport (relay test)");
        QVERIFY(
            outbox->createClaim({{QStringLiteral("category"), QStringLiteral("travel")},
                                 {QStringLiteral("description"), description},
                                 {QStringLiteral("amount"),
                                  QJsonObject{{QStringLiteral("amount"), 3200},
                                              {QStringLiteral("currency"), QStringLiteral("SGD")}}},
                                 {QStringLiteral("incurred_on"), QStringLiteral("2025-12-04")}}));
        QCOMPARE(outbox->store()->unsentCount(), 4);
        // The edit shows in the cache at once, before the server has it.
        QCOMPARE(m_engine->store()
                     ->record(QStringLiteral("employees"), ids[0])
                     ->value(QStringLiteral("department"))
                     .toString(),
                 QStringLiteral("Relay 0"));

        // Round 1: the first change reaches the server, its answer is lost on the way back.
        m_relay->setSwallowAnswers(true);
        std::optional<ApiError> result;
        outbox->flush([&result](const ApiError& error) { result = error; });
        QTRY_COMPARE_WITH_TIMEOUT(
            serverEmployee(ids[0]).value(QStringLiteral("department")).toString(),
            QStringLiteral("Relay 0"), 30000);
        // Cut until the client gives up on this answer (Qt may try a fresh connection once).
        QTRY_VERIFY_WITH_TIMEOUT((m_relay->cutClients(), result.has_value()), 30000);
        QCOMPARE(result->kind, ApiError::Kind::Unreachable);
        QCOMPARE(outbox->store()->unsentCount(), 4); // nothing is dropped without an answer
        const auto head = outbox->store()->nextPending();
        QVERIFY(head);
        QCOMPARE(head->recordId, ids[0]);
        QCOMPARE(head->attempts, 1);
        const QString key = head->idempotencyKey;

        // Round 2: the same item again, its answer lost again: the key does not change.
        result.reset();
        outbox->flush([&result](const ApiError& error) { result = error; });
        QTRY_VERIFY_WITH_TIMEOUT(outbox->store()->nextPending()->attempts == 2, 30000);
        QTRY_VERIFY_WITH_TIMEOUT((m_relay->cutClients(), result.has_value()), 60000);
        QCOMPARE(outbox->store()->nextPending()->idempotencyKey, key);
        QCOMPARE(outbox->store()->unsentCount(), 4);

        // The network heals: everything left is sent, each change applied once.
        m_relay->setSwallowAnswers(false);
        const ApiError healed = flushOnce();
        QVERIFY2(!healed.isError(), qPrintable(healed.message));
        QCOMPARE(outbox->store()->unsentCount(), 0);
        for (int i = 0; i < 3; ++i) {
            const QJsonObject onServer = serverEmployee(ids[i]);
            QCOMPARE(onServer.value(QStringLiteral("department")).toString(),
                     QStringLiteral("Relay %1").arg(i));
            QCOMPARE(onServer.value(QStringLiteral("version")).toInteger(), versions[i] + 1);
            QCOMPARE(auditCount(seqBefore, ids[i], QStringLiteral("update")), 1);
            // The cache holds the server's record (its new version), not the guess.
            QCOMPARE(m_engine->store()
                         ->record(QStringLiteral("employees"), ids[i])
                         ->value(QStringLiteral("version"))
                         .toInteger(),
                     versions[i] + 1);
        }
        int claims = 0;
        for (const QJsonValue& claim : m_server.listAll(admin, QStringLiteral("claims"))) {
            claims +=
                claim.toObject().value(QStringLiteral("description")).toString() == description ? 1
                                                                                                : 0;
        }
        QCOMPARE(claims, 1);
    }

    void conflictKeepMine()
    {
        const QJsonObject employee = cachedEmployees(1).first();
        const QString id = employee.value(QStringLiteral("id")).toString();
        const qint64 version = employee.value(QStringLiteral("version")).toInteger();
        QCOMPARE(m_server
                     .as(admin, "PATCH", QStringLiteral("/employees/") + id,
                         {{QStringLiteral("position"), QStringLiteral("Theirs")}},
                         {{"If-Match", '"' + QByteArray::number(version) + '"'}})
                     .status,
                 200);
        Outbox* outbox = m_engine->outbox();
        QSignalSpy conflicts(outbox, &Outbox::itemConflict);
        const auto item = outbox->updateEmployee(
            id, {{QStringLiteral("position"), QStringLiteral("Mine")}}, version);
        QVERIFY(item);
        QVERIFY(!flushOnce().isError());
        QCOMPARE(conflicts.size(), 1);
        const auto conflict = outbox->store()->item(*item);
        QVERIFY(conflict);
        QCOMPARE(conflict->status, OutboxItem::Status::Conflict);
        QVERIFY(conflict->serverVersion && *conflict->serverVersion == version + 1);
        QVERIFY(!conflict->errorMessage.isEmpty());

        QVERIFY(outbox->keepMine(*item));
        QVERIFY(!flushOnce().isError());
        QCOMPARE(outbox->store()->unsentCount(), 0);
        const QJsonObject onServer = serverEmployee(id);
        QCOMPARE(onServer.value(QStringLiteral("position")).toString(), QStringLiteral("Mine"));
        QCOMPARE(onServer.value(QStringLiteral("version")).toInteger(), version + 2);
    }

    void conflictTakeTheirs()
    {
        const QJsonObject employee = cachedEmployees(1).first();
        const QString id = employee.value(QStringLiteral("id")).toString();
        const qint64 version = employee.value(QStringLiteral("version")).toInteger();
        QCOMPARE(m_server
                     .as(admin, "PATCH", QStringLiteral("/employees/") + id,
                         {{QStringLiteral("position"), QStringLiteral("Theirs")}},
                         {{"If-Match", '"' + QByteArray::number(version) + '"'}})
                     .status,
                 200);
        Outbox* outbox = m_engine->outbox();
        const auto item = outbox->updateEmployee(
            id, {{QStringLiteral("position"), QStringLiteral("Mine")}}, version);
        QVERIFY(item);
        QVERIFY(!flushOnce().isError());
        QCOMPARE(outbox->store()->item(*item)->status, OutboxItem::Status::Conflict);

        std::optional<ApiError> taken;
        outbox->takeTheirs(*item, [&taken](const ApiError& error) { taken = error; });
        QTRY_VERIFY_WITH_TIMEOUT(taken.has_value(), 30000);
        QVERIFY2(!taken->isError(), qPrintable(taken->message));
        QCOMPARE(outbox->store()->unsentCount(), 0);
        const auto cached = m_engine->store()->record(QStringLiteral("employees"), id);
        QCOMPARE(cached->value(QStringLiteral("position")).toString(), QStringLiteral("Theirs"));
        QCOMPARE(cached->value(QStringLiteral("version")).toInteger(), version + 1);
        QCOMPARE(serverEmployee(id).value(QStringLiteral("position")).toString(),
                 QStringLiteral("Theirs"));
    }

    void receiptUploadWithProgressAndPreCheck()
    {
        const DomainReply created =
            m_server.as(admin, "POST", QStringLiteral("/claims"),
                        {{QStringLiteral("category"), QStringLiteral("equipment")},
                         {QStringLiteral("description"), QStringLiteral("Monitor (receipt test)")},
                         {QStringLiteral("amount"),
                          QJsonObject{{QStringLiteral("amount"), 25900},
                                      {QStringLiteral("currency"), QStringLiteral("SGD")}}},
                         {QStringLiteral("incurred_on"), QStringLiteral("2025-12-05")}});
        QCOMPARE(created.status, 201);
        const QString claimId = created.json().value(QStringLiteral("id")).toString();
        Outbox* outbox = m_engine->outbox();
        const int queuedBefore = outbox->store()->unsentCount();

        // Refused before leaving: a text file dressed as a PNG, and a PNG over the limit.
        const QString fake = m_dir.filePath(QStringLiteral("notes.png"));
        {
            QFile file(fake);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("just some notes, not an image\n");
        }
        const int connectionsBefore = m_relay->connectionCount();
        QString error;
        QVERIFY(!outbox->uploadReceipt(claimId, fake, 5 * 1024 * 1024, &error));
        QVERIFY2(error.contains(QStringLiteral("not a PDF, JPEG, PNG or WEBP")), qPrintable(error));
        const QString big = m_dir.filePath(QStringLiteral("scan.png"));
        {
            QFile file(big);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(pngBytes(600 * 1024));
        }
        error.clear();
        QVERIFY(!outbox->uploadReceipt(claimId, big, 512 * 1024, &error));
        QVERIFY2(error.contains(QStringLiteral("512 KiB")), qPrintable(error));
        QCOMPARE(outbox->store()->unsentCount(), queuedBefore);
        QCOMPARE(m_relay->connectionCount(), connectionsBefore);

        // Within the limit: queued, then streamed with progress.
        QSignalSpy progress(outbox, &Outbox::uploadProgress);
        const auto item = outbox->uploadReceipt(claimId, big, 5 * 1024 * 1024, &error);
        QVERIFY2(item, qPrintable(error));
        QCOMPARE(outbox->store()->unsentCount(), queuedBefore + 1);
        const ApiError sent = flushOnce();
        QVERIFY2(!sent.isError(), qPrintable(sent.message));
        QCOMPARE(outbox->store()->unsentCount(), queuedBefore);
        QVERIFY(progress.size() >= 2);
        // Progress rises to the whole multipart body (Qt may add a final 0/0 once done).
        qint64 total = 0;
        bool reachedTotal = false;
        qint64 previous = 0;
        for (const QList<QVariant>& step : std::as_const(progress)) {
            QCOMPARE(step.at(0).toLongLong(), *item);
            if (step.at(2).toLongLong() > 0) {
                QVERIFY(step.at(1).toLongLong() >= previous);
                previous = step.at(1).toLongLong();
                total = qMax(total, step.at(2).toLongLong());
                reachedTotal = reachedTotal || step.at(1).toLongLong() == step.at(2).toLongLong();
            }
        }
        QVERIFY(total > 600 * 1024);
        QVERIFY(reachedTotal);
        const QJsonArray receipts = m_server.as(admin, "GET", QStringLiteral("/claims/") + claimId)
                                        .json()
                                        .value(QStringLiteral("receipts"))
                                        .toArray();
        QCOMPARE(receipts.size(), 1);
        QCOMPARE(receipts.first().toObject().value(QStringLiteral("size")).toInteger(), 600 * 1024);
    }
};

QTEST_GUILESS_MAIN(TestOutboxFlow)
#include "tst_outboxflow.moc"
