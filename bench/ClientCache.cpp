#include "bench/BenchArguments.h"
#include "bench/BenchCommands.h"

#include "cache/CacheDatabase.h"
#include "cache/CachePageCheck.h"
#include "cache/KeychainSecretStore.h"
#include "models/AuditLogModel.h"
#include "ui/AuditLogView.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QLineEdit>
#include <QProcess>
#include <QTimer>
#include <QUrl>
#include <cstdio>

namespace purser::bench {
namespace {

// The time a change to the view takes until its first page is in the model and painted: the
// filter widgets' own signals apply the filter, as when a user picks or types.
// Typed text waits for a pause in typing; Return searches at once (what is timed). A search
// whose page does not fill at once goes on in slices from the event loop: timed to its end,
// with the longest time the window was held (`_held_ms`).
void timed(AuditLogView& view, const char* name, const std::function<void()>& change)
{
    QElapsedTimer timer;
    timer.start();
    change();
    if (view.searchDelay()->isActive()) {
        view.searchDelay()->stop();
        Q_EMIT view.textFilter()->returnPressed();
    }
    qint64 held = timer.elapsed();
    QElapsedTimer stall;
    stall.start();
    while (view.model()->isSearching()) {
        QCoreApplication::processEvents();
        held = qMax(held, stall.restart());
    }
    view.repaint();
    QCoreApplication::processEvents();
    std::printf(" %s_ms=%.1f %s_rows=%d %s_held_ms=%lld", name, timer.nsecsElapsed() / 1e6, name,
                view.model()->rowCount(), name, static_cast<long long>(held));
}

// The client's real audit-log view (ui/AuditLogView over models/AuditLogModel) on the cache
// that `purser sync` filled: open, then each filter alone, then back to no filter.
void timeAuditView(const CacheIdentity& identity, QSqlDatabase cache)
{
    Workspace workspace;
    workspace.session.user.id = QStringLiteral("bench");
    workspace.session.memberships << Membership{identity.organizationId, QStringLiteral("Bench"),
                                                Role::Owner};
    workspace.session.activeOrganizationId = identity.organizationId;
    workspace.cache = cache;

    QElapsedTimer timer;
    timer.start();
    AuditLogView view(workspace);
    view.resize(1100, 700);
    view.show();
    view.repaint();
    QCoreApplication::processEvents();
    const double openMs = timer.nsecsElapsed() / 1e6;
    const qint64 newest = view.model()->rowCount() > 0
                              ? view.model()->entry(0).value(QStringLiteral("seq")).toInteger()
                              : 0;
    std::printf("audit_view newest_seq=%lld open_ms=%.1f open_rows=%d",
                static_cast<long long>(newest), openMs, view.model()->rowCount());
    timed(view, "entity", [&view]() {
        view.entityFilter()->setCurrentIndex(
            view.entityFilter()->findData(QStringLiteral("claim")));
    });
    timed(view, "action", [&view]() {
        view.entityFilter()->setCurrentIndex(0);
        view.actionFilter()->setCurrentIndex(
            view.actionFilter()->findData(QStringLiteral("approve")));
    });
    timed(view, "actor", [&view]() {
        view.actionFilter()->setCurrentIndex(0);
        view.actorFilter()->setText(QStringLiteral("Bench User 3"));
    });
    // The day of the newest entry and the day before it: two binary searches over seq.
    const QDate day =
        QDateTime::fromString(
            view.model()->entry(0).value(QStringLiteral("occurred_at")).toString(), Qt::ISODate)
            .toUTC()
            .date();
    timed(view, "dates", [&view, day]() {
        view.actorFilter()->clear();
        view.fromDate()->setDate(day.addDays(-1));
        view.toDate()->setDate(day);
        view.dateRange()->setChecked(true);
    });
    // Text many entries hold (the first page fills at once), then text one entry holds (LIKE
    // reads the whole table: the worst case).
    timed(view, "text", [&view]() {
        view.dateRange()->setChecked(false);
        view.textFilter()->setText(QStringLiteral("to a record"));
    });
    timed(view, "text_rare",
          [&view]() { view.textFilter()->setText(QStringLiteral("Bench change 4242 ")); });
    timed(view, "none", [&view]() { view.textFilter()->clear(); });
    std::printf("\n");
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
        // As the window opens it: every page is read afterwards, on a worker thread.
        if (!cache.open(identity, CacheDatabase::PageCheck::Deferred)) {
            std::fprintf(stderr, "client-cache: %s\n", qPrintable(cache.errorMessage()));
            return 1;
        }
        const double openMs = timer.nsecsElapsed() / 1e6;
        path = cache.pathFor(identity);
        timeAuditView(identity, cache.database());
        std::unique_ptr<CachePageCheck> check(cache.startPageCheck(nullptr));
        QEventLoop loop;
        bool intact = false;
        QObject::connect(check.get(), &CachePageCheck::finished, &loop, [&](bool verdict) {
            intact = verdict;
            loop.quit();
        });
        timer.restart();
        loop.exec();
        std::printf("cache_open ms=%.1f page_check_ms=%lld page_check_intact=%d\n", openMs,
                    static_cast<long long>(timer.elapsed()), intact ? 1 : 0);
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
