#include "app/ImportEmployeesCommand.h"

#include "app/HeadlessClient.h"
#include "cache/CacheStore.h"
#include "cache/OutboxStore.h"
#include "net/Outbox.h"
#include "net/SyncEngine.h"
#include "services/EmployeeImport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <iostream>

namespace purser::headless {

namespace {

// The organisation's facts from the offline data (a sync has just refreshed them).
EmployeeImport::Organization organizationFacts(const CacheStore& store)
{
    EmployeeImport::Organization org;
    org.currency = store.meta(QStringLiteral("currency"));
    QSet<QString> departments;
    for (const QJsonObject& e : store.records(QStringLiteral("employees"))) {
        org.employeeNumbers.insert(e.value(QStringLiteral("employee_no")).toString());
        departments.insert(e.value(QStringLiteral("department")).toString());
    }
    departments.remove(QString());
    org.departments = QStringList(departments.begin(), departments.end());
    return org;
}

void printReport(const QJsonObject& report)
{
    std::cout << QJsonDocument(report).toJson(QJsonDocument::Indented).toStdString();
}

} // namespace

int importEmployees(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption org(QStringLiteral("org"),
                                 QCoreApplication::translate("purser", "Organisation id."),
                                 QStringLiteral("id"));
    const QCommandLineOption dryRun(
        QStringLiteral("dry-run"),
        QCoreApplication::translate("purser", "Check every row and report; send nothing."));
    const QCommandLineOption mappingFile(
        QStringLiteral("mapping"),
        QCoreApplication::translate("purser", "JSON file: field → CSV column."),
        QStringLiteral("file"));
    parser.addOptions({org, dryRun, mappingFile});
    if (!parser.parse(arguments) || parser.positionalArguments().size() != 1 ||
        !parser.isSet(org)) {
        complain(QCoreApplication::translate(
            "purser", "Usage: purser import-employees FILE --org ORG [--dry-run] [--mapping "
                      "FILE]"));
        return Usage;
    }
    EmployeeImport import;
    QString error;
    if (!import.load(parser.positionalArguments().first(), &error)) {
        complain(error);
        return Failed;
    }
    EmployeeImport::Mapping mapping = EmployeeImport::guessMapping(import.headers());
    if (parser.isSet(mappingFile)) {
        QFile file(parser.value(mappingFile));
        QJsonParseError parseError;
        const QJsonDocument json = file.open(QIODevice::ReadOnly)
                                       ? QJsonDocument::fromJson(file.readAll(), &parseError)
                                       : QJsonDocument();
        if (!json.isObject()) {
            complain(QCoreApplication::translate(
                "purser", "--mapping needs a JSON object such as {\"full_name\": \"Name\"}."));
            return Usage;
        }
        mapping = EmployeeImport::mappingFromJson(json.object());
    }

    Client client;
    if (const int code = client.resume(); code != Done) {
        return code;
    }
    CacheDatabase cache(client.secrets());
    if (const int code = openCache(client, cache, parser.value(org), false); code != Done) {
        return code;
    }
    // Fresh facts first (numbers and departments as the server has them now).
    // Its outcomes set the session's connection state, as in the window.
    const auto engine = client.services.startSyncEngine(&cache, parser.value(org));
    ApiError failure;
    QObject::connect(engine.get(), &SyncEngine::syncFinished,
                     [&failure](bool, const ApiError& e) { failure = e; });
    engine->syncNow();
    waitFor(engine.get(), &SyncEngine::syncFinished);
    const bool offline = failure.kind == ApiError::Kind::Unreachable;
    if (failure.isError() && !offline) {
        complain(failure.message);
        return exitFor(failure);
    }
    CacheStore store(cache.database());
    const QList<EmployeeImport::Row> rows = import.check(mapping, organizationFacts(store));
    QJsonObject report = EmployeeImport::report(rows);
    report.insert(QStringLiteral("mapping"), EmployeeImport::mappingToJson(mapping));
    report.insert(QStringLiteral("dry_run"), parser.isSet(dryRun));
    const int invalid = report.value(QStringLiteral("invalid")).toInt();
    if (parser.isSet(dryRun)) {
        printReport(report);
        return invalid == 0 ? Done : Failed;
    }

    // Queued in transactions of 500: each row its own outbox item (and Idempotency-Key).
    Outbox* outbox = engine->outbox();
    QHash<qint64, int> lineOf;
    for (qsizetype start = 0; start < rows.size(); start += 500) {
        CacheStore::Transaction tx(cache.database());
        QList<QJsonObject> bodies;
        QList<int> lines;
        for (qsizetype i = start; i < std::min(rows.size(), start + 500); ++i) {
            if (rows.at(i).problems.isEmpty()) {
                bodies.append(rows.at(i).body);
                lines.append(rows.at(i).line);
            }
        }
        const auto ids = outbox->createRecords(QStringLiteral("employee.create"),
                                               QStringLiteral("employees"), bodies);
        if (!ids) {
            complain(QCoreApplication::translate("purser", "Cannot write to the offline data."));
            return CacheProblem;
        }
        if (!tx.commit()) {
            complain(QCoreApplication::translate("purser", "Cannot write to the offline data."));
            return CacheProblem;
        }
        for (qsizetype i = 0; i < ids->size(); ++i) {
            lineOf.insert(ids->at(i), lines.at(i));
        }
    }
    QJsonArray refused;
    int sent = 0;
    QObject::connect(outbox, &Outbox::itemSent, [&](qint64 id) { sent += lineOf.contains(id); });
    QObject::connect(outbox, &Outbox::itemFailed, [&](qint64 id, const QString& message) {
        if (lineOf.contains(id)) {
            refused.append(QJsonObject{{QStringLiteral("line"), lineOf.value(id)},
                                       {QStringLiteral("problem"), message}});
        }
    });
    ApiError stopped;
    bool done = false;
    if (!offline) {
        outbox->flush([&](const ApiError& e) {
            stopped = e;
            done = true;
        });
        while (!done) {
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        }
    }
    const int waiting = static_cast<int>(lineOf.size()) - sent - static_cast<int>(refused.size());
    report.insert(QStringLiteral("sent"), sent);
    report.insert(QStringLiteral("refused"), refused);
    report.insert(QStringLiteral("waiting_in_outbox"), waiting);
    printReport(report);
    if (waiting > 0) {
        complain(QCoreApplication::translate(
                     "purser", "%1 row(s) wait in the outbox; \"purser sync\" sends them.")
                     .arg(waiting));
        return stopped.isError() ? exitFor(stopped) : OfflineExit;
    }
    return invalid == 0 && refused.isEmpty() ? Done : Failed;
}

} // namespace purser::headless
