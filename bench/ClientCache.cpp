#include "bench/BenchArguments.h"
#include "bench/BenchCommands.h"

#include "cache/CacheDatabase.h"
#include "cache/KeychainSecretStore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QUrl>
#include <cstdio>

namespace purser::bench {
namespace {

constexpr int kPage = 200; // rows a table view shows and fetches at once

// A keyset page as an audit view would ask for it: newest first, decoded to JSON objects.
// `where` filters on the stored JSON text (the cache keeps entries as the server sent them).
double keysetPage(QSqlDatabase db, const QString& where, int* rows)
{
    QElapsedTimer timer;
    timer.start();
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.exec(QStringLiteral("SELECT seq, body FROM audit_entries ") +
               (where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where) +
               QStringLiteral(" ORDER BY seq DESC LIMIT %1").arg(kPage));
    *rows = 0;
    while (query.next()) {
        const QJsonObject entry = QJsonDocument::fromJson(query.value(1).toByteArray()).object();
        *rows += entry.isEmpty() ? 0 : 1;
    }
    return timer.nsecsElapsed() / 1e6;
}

} // namespace

int clientCache(const QStringList& arguments)
{
    const CacheIdentity identity{QUrl(option(arguments, QStringLiteral("server"))),
                                 option(arguments, QStringLiteral("email")),
                                 option(arguments, QStringLiteral("org"))};
    const QString csv = option(arguments, QStringLiteral("export-floor"));
    KeychainSecretStore keychain;
    QString path;
    {
        QElapsedTimer timer;
        timer.start();
        CacheDatabase cache(&keychain);
        if (!cache.open(identity)) {
            std::fprintf(stderr, "client-cache: %s\n", qPrintable(cache.errorMessage()));
            return 1;
        }
        const double openMs = timer.nsecsElapsed() / 1e6;
        path = cache.pathFor(identity);
        QSqlDatabase db = cache.database();
        timer.restart();
        QSqlQuery count(db);
        count.exec(QStringLiteral("SELECT count(*), max(seq) FROM audit_entries"));
        count.next();
        const qint64 entries = count.value(0).toLongLong();
        const qint64 maxSeq = count.value(1).toLongLong();
        int rows = 0;
        const double countMs = timer.nsecsElapsed() / 1e6;
        const double firstPageMs = keysetPage(db, {}, &rows);
        // A time-range filter: the hour of the entry in the middle of the log.
        QSqlQuery middle(db);
        middle.exec(
            QStringLiteral("SELECT body FROM audit_entries WHERE seq = %1").arg(maxSeq / 2));
        middle.next();
        const QString hour = QJsonDocument::fromJson(middle.value(0).toByteArray())
                                 .object()
                                 .value(QStringLiteral("occurred_at"))
                                 .toString()
                                 .left(13);
        std::printf("audit_view entries=%lld cache_open_ms=%.1f count_ms=%.1f open_ms=%.1f",
                    static_cast<long long>(entries), openMs, countMs, countMs + firstPageMs);
        const QList<QPair<QString, QString>> filters = {
            {QStringLiteral("action"), QStringLiteral("body LIKE '%\"action\":\"approve\"%'")},
            {QStringLiteral("entity"), QStringLiteral("body LIKE '%\"entity_type\":\"claim\"%'")},
            {QStringLiteral("actor"), QStringLiteral("body LIKE '%\"display\":\"Bench User 3\"%'")},
            {QStringLiteral("time"),
             QStringLiteral("body LIKE '%\"occurred_at\":\"") + hour + QStringLiteral("%'")},
            {QStringLiteral("text"), QStringLiteral("body LIKE '%change 4242 %'")},
            {QStringLiteral("nomatch"), QStringLiteral("body LIKE '%no such thing%'")},
        };
        for (const auto& [name, where] : filters) {
            const double ms = keysetPage(db, where, &rows);
            std::printf(" %s_ms=%.1f %s_rows=%d", qPrintable(name), ms, qPrintable(name), rows);
        }
        std::printf("\n");
    }
    if (!csv.isEmpty()) {
        // The floor for an export: the sqlcipher CLI dumping the same table of the same file.
        QString error;
        std::optional<QByteArray> key = keychain.read(identity.keyName(), &error);
        if (!key) {
            std::fprintf(stderr, "client-cache: no cache key: %s\n", qPrintable(error));
            return 1;
        }
        QProcess sqlcipher;
        sqlcipher.start(QStringLiteral("sqlcipher"), {path});
        QElapsedTimer timer;
        timer.start();
        sqlcipher.waitForStarted();
        sqlcipher.write("PRAGMA key = \"x'" + *key + "'\";\n.headers on\n.mode csv\n.output " +
                        QFile::encodeName(csv) +
                        "\nSELECT seq, hash, body FROM audit_entries ORDER BY seq;\n");
        key->fill('0');
        sqlcipher.closeWriteChannel();
        sqlcipher.waitForFinished(600000);
        const double seconds = timer.elapsed() / 1000.0;
        if (sqlcipher.exitCode() != 0 || QFile(csv).size() == 0) {
            std::fprintf(stderr, "client-cache: sqlcipher failed: %s\n",
                         sqlcipher.readAllStandardError().constData());
            return 1;
        }
        std::printf("export_floor seconds=%.2f bytes=%lld\n", seconds,
                    static_cast<long long>(QFile(csv).size()));
    }
    return 0;
}

} // namespace purser::bench
