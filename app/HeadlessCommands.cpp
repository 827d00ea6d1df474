#include "app/HeadlessCommands.h"

#include "app/HeadlessClient.h"
#include "app/ImportEmployeesCommand.h"
#include "app/PersonExportCommands.h"

#include "cache/AuditTreeStore.h"
#include "cache/CacheDatabase.h"
#include "cache/CacheStore.h"
#include "cache/KeychainSecretStore.h"
#include "cache/OutboxStore.h"
#include "cache/PassphraseSecretStore.h"
#include "net/ApiClient.h"
#include "net/CertificateDetails.h"
#include "net/CertificatePinStore.h"
#include "net/Outbox.h"
#include "net/RequiredWitnesses.h"
#include "net/Session.h"
#include "net/SessionStore.h"
#include "net/SyncEngine.h"
#include "services/AuditExport.h"
#include "services/AuditExportEvidence.h"
#include "services/OfflineDataIndex.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QGuiApplication>
#include <QTimeZone>
#include <cstring>
#include <iostream>
#include <memory>
#include <string>

namespace purser {

namespace {

using namespace headless;

int signIn(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption server(QStringLiteral("server"), tr("Server address."),
                                    QStringLiteral("url"));
    const QCommandLineOption email(QStringLiteral("email"), tr("Your email."),
                                   QStringLiteral("email"));
    const QCommandLineOption pin(
        QStringLiteral("pin-sha256"),
        tr("Trust the server's certificate with this SHA-256 fingerprint."),
        QStringLiteral("fingerprint"));
    parser.addOptions({server, email, pin});
    if (!parser.parse(arguments) || !parser.isSet(server) || !parser.isSet(email)) {
        complain(tr("Usage: purser sign-in --server URL --email EMAIL [--pin-sha256 FINGERPRINT] "
                    "(password on standard input)"));
        return Usage;
    }
    const auto url = ApiClient::normalizeServerUrl(parser.value(server));
    if (!url) {
        complain(tr("\"%1\" is not an https server address.").arg(parser.value(server)));
        return Usage;
    }
    Client client;
    if (parser.isSet(pin)) {
        const QString fingerprint = normalizedFingerprint(parser.value(pin));
        if (fingerprint.isEmpty()) {
            complain(tr("--pin-sha256 needs a SHA-256 fingerprint (64 hex digits)."));
            return Usage;
        }
        client.pins.pin(ApiClient::hostPort(*url), fingerprint);
    }
    const QString password = readStdinLine();
    if (password.isEmpty()) {
        complain(tr("Give the password on standard input."));
        return Usage;
    }
    if (!client.chooseSecrets()) {
        return Failed;
    }
    ApiError failure;
    QObject::connect(&client.session, &Session::signInFinished,
                     [&failure](bool, const ApiError& error) { failure = error; });
    client.session.signIn(*url, parser.value(email), password);
    waitFor(&client.session, &Session::signInFinished);
    if (!client.session.isSignedIn()) {
        complain(failure.isError() ? failure.message : tr("Sign-in failed."));
        return failure.kind == ApiError::Kind::Unreachable ? OfflineExit : Failed;
    }
    const auto membership = client.session.activeMembership();
    if (!membership) {
        say(tr("Signed in, but you are not a member of any organisation."));
        return Done;
    }
    CacheDatabase cache(client.secrets());
    if (const int code = openCache(client, cache, membership->organizationId, false);
        code != Done) {
        return code;
    }
    say(tr("Signed in as %1 to %2 (%3). Run \"purser sync\" to download the offline data.")
            .arg(client.store.lastEmail(), membership->organizationName,
                 roleName(membership->role)));
    return Done;
}

int sync(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption org(QStringLiteral("org"), tr("Organisation id."),
                                 QStringLiteral("id"));
    const QCommandLineOption pageSize(QStringLiteral("page-size"), tr("Items per page."),
                                      QStringLiteral("n"));
    const QCommandLineOption discard(QStringLiteral("discard-offline-data"),
                                     tr("Discard offline data that cannot be opened."));
    parser.addOptions({org, pageSize, discard});
    if (!parser.parse(arguments)) {
        complain(parser.errorText());
        return Usage;
    }
    Client client;
    if (const int code = client.resume(); code != Done) {
        return code;
    }
    QString organization = parser.value(org);
    if (organization.isEmpty()) {
        const auto membership = client.session.activeMembership();
        organization = membership ? membership->organizationId : client.index.lastOrganization();
    }
    if (organization.isEmpty()) {
        complain(tr("Which organisation? Use --org."));
        return Usage;
    }
    CacheDatabase cache(client.secrets());
    if (const int code = openCache(client, cache, organization, parser.isSet(discard));
        code != Done) {
        return code;
    }
    // Its outcomes set the session's connection state, as in the window.
    const auto engine = client.services.startSyncEngine(&cache, organization);
    if (parser.isSet(pageSize)) {
        engine->setPageSize(parser.value(pageSize).toInt());
    }
    QObject::connect(
        engine.get(), &SyncEngine::progress, [](const QString& resource, int items, int pages) {
            say(QStringLiteral("%1: %2 items, %3 pages").arg(resource).arg(items).arg(pages));
        });
    ApiError failure;
    QObject::connect(engine.get(), &SyncEngine::syncFinished,
                     [&failure](bool, const ApiError& error) { failure = error; });
    engine->syncNow();
    waitFor(engine.get(), &SyncEngine::syncFinished);
    const int unsent = engine->outbox()->store()->unsentCount();
    if (failure.isError()) {
        complain(failure.message);
        if (unsent > 0) {
            complain(tr("%1 change(s) are kept and will be sent on the next sync.").arg(unsent));
        }
        return exitFor(failure);
    }
    say(tr("Synced. %1 change(s) still need your attention.").arg(unsent));
    return Done;
}

int signOut(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption remove(QStringLiteral("remove-offline-data"),
                                    tr("Also delete the offline data and its key."));
    const QCommandLineOption discardUnsent(QStringLiteral("discard-unsent"),
                                           tr("Remove offline data even with unsent changes."));
    parser.addOptions({remove, discardUnsent});
    if (!parser.parse(arguments)) {
        complain(parser.errorText());
        return Usage;
    }
    Client client;
    if (!client.chooseSecrets()) {
        return Failed;
    }
    if (parser.isSet(remove) && !parser.isSet(discardUnsent)) {
        if (const int atRisk = client.services.unsentChangesAtRisk(); atRisk > 0) {
            complain(tr("%1 change(s) made here have not reached the server and would be lost. "
                        "Run \"purser sync\" first, or add --discard-unsent.")
                         .arg(atRisk));
            return Failed;
        }
    }
    client.session.resume();
    waitFor(&client.session, &Session::resumeFinished);
    client.session.signOut();
    waitFor(&client.session, &Session::signedOut);
    if (parser.isSet(remove)) {
        if (QString error; !client.services.removeOfflineData(&error)) {
            complain(error);
            return Failed;
        }
        say(tr("Signed out; the offline data and its key were removed."));
        return Done;
    }
    say(tr("Signed out. The offline data stays encrypted on this computer."));
    return Done;
}

std::optional<QDateTime> parseTime(const QString& text, bool endOfDay)
{
    // A bare day first: QDateTime would also take "2026-03-01", as midnight local time, and
    // "--to DAY" would then end where the day begins.
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (date.isValid()) {
        const QDateTime start(endOfDay ? date.addDays(1) : date, QTime(0, 0), QTimeZone::utc());
        return endOfDay ? start.addMSecs(-1) : start;
    }
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid()) {
        return std::nullopt;
    }
    return time.toUTC();
}

int exportAudit(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption org(QStringLiteral("org"), tr("Organisation id."),
                                 QStringLiteral("id"));
    const QCommandLineOption from(QStringLiteral("from"), tr("First day or time."),
                                  QStringLiteral("time"));
    const QCommandLineOption to(QStringLiteral("to"), tr("Last day or time."),
                                QStringLiteral("time"));
    const QCommandLineOption format(QStringLiteral("format"), tr("csv or jsonl."),
                                    QStringLiteral("format"));
    const QCommandLineOption out(QStringLiteral("out"), tr("Output file."), QStringLiteral("file"));
    const QCommandLineOption entity(QStringLiteral("entity"),
                                    tr("Only the entries about this record id."),
                                    QStringLiteral("id"));
    parser.addOptions({org, from, to, format, out, entity});
    const QString kind = parser.parse(arguments) ? parser.value(format) : QString();
    if (!parser.isSet(org) || !parser.isSet(out) ||
        (kind != QStringLiteral("csv") && kind != QStringLiteral("jsonl"))) {
        complain(tr("Usage: purser export-audit --org ORG [--from T] [--to T] [--entity ID] "
                    "--format csv|jsonl --out FILE"));
        return Usage;
    }
    std::optional<QDateTime> start;
    std::optional<QDateTime> end;
    if (parser.isSet(from) && !(start = parseTime(parser.value(from), false))) {
        complain(tr("--from needs a date (YYYY-MM-DD) or an RFC 3339 time."));
        return Usage;
    }
    if (parser.isSet(to) && !(end = parseTime(parser.value(to), true))) {
        complain(tr("--to needs a date (YYYY-MM-DD) or an RFC 3339 time."));
        return Usage;
    }
    Client client;
    if (!client.chooseSecrets()) {
        return Failed;
    }
    CacheDatabase cache(client.secrets());
    if (!cache.exists(client.identity(parser.value(org)))) {
        complain(tr("There is no offline data for that organisation. Run \"purser sync\" first."));
        return CacheProblem;
    }
    if (const int code = openCache(client, cache, parser.value(org), false); code != Done) {
        return code;
    }
    CacheStore store(cache.database());
    qint64 tip = store.auditTip().seq;
    // Read and written a chunk at a time: a million entries never sit in memory at once.
    const auto entriesInPeriod = [&](const AuditExport::ChunkSink& sink) {
        constexpr qint64 chunkSeqs = 5000;
        for (qint64 chunkStart = 1; chunkStart <= tip; chunkStart += chunkSeqs) {
            QList<QJsonObject> chunk;
            for (const QJsonObject& entry :
                 store.auditEntries(chunkStart, qMin(tip, chunkStart + chunkSeqs - 1))) {
                const QDateTime at = QDateTime::fromString(
                    entry.value(QStringLiteral("occurred_at")).toString(), Qt::ISODateWithMs);
                if ((!start || at >= *start) && (!end || at <= *end) &&
                    (!parser.isSet(entity) ||
                     entry.value(QStringLiteral("entity_id")).toString() == parser.value(entity))) {
                    chunk.append(entry);
                }
            }
            if (!chunk.isEmpty() && !sink(chunk)) {
                return false;
            }
        }
        return true;
    };
    // The verified checkpoint the proofs lead to, with its cosignatures; with witnesses
    // required in Settings, the newest one they all cosigned, and the export stops there.
    const AuditExportEvidence::Choice choice = AuditExportEvidence::choose(
        cache.database(), &store, RequiredWitnesses::fingerprints(), client.secrets());
    if (!choice.notice.isEmpty()) {
        say(choice.notice);
    }
    if (choice.lastSeq > 0) {
        tip = qMin(tip, choice.lastSeq);
    }
    const AuditExport::Result result = AuditExport::write(
        parser.value(out),
        kind == QStringLiteral("csv") ? AuditExport::Format::Csv : AuditExport::Format::Jsonl,
        parser.value(org), entriesInPeriod, store.checkpoint(), false, choice.evidence);
    (result.ok ? say(result.message) : complain(result.message));
    return result.ok ? Done : Failed;
}

int verifyExport(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption trustedKey = trustedKeyOption();
    parser.addOption(trustedKey);
    const QCommandLineOption requireWitness(
        QStringLiteral("require-witness"),
        tr("SHA-256 fingerprint of a witness key whose cosignature the export must carry "
           "(repeatable)."),
        QStringLiteral("fingerprint"));
    parser.addOption(requireWitness);
    parser.addPositionalArgument(QStringLiteral("file"), tr("The exported file."));
    if (!parser.parse(arguments) || parser.positionalArguments().size() != 1) {
        complain(tr("Usage: purser verify-export [--trusted-key FINGERPRINT]... "
                    "[--require-witness FINGERPRINT]... FILE"));
        return Usage;
    }
    const QStringList trusted = trustedKeys(parser.values(trustedKey));
    // Without --require-witness: the witnesses Settings requires.
    const QStringList witnesses = parser.isSet(requireWitness) ? parser.values(requireWitness)
                                                               : RequiredWitnesses::fingerprints();
    const AuditExport::Result result =
        AuditExport::verify(parser.positionalArguments().first(), trusted, witnesses);
    (result.ok ? say(result.message) : complain(result.message));
    if (result.ok) {
        return Done;
    }
    return result.missingWitness ? WitnessMissing : (result.untrusted ? Untrusted : Failed);
}

} // namespace

bool isHeadlessCommand(const char* argument)
{
    for (const char* command : {"sign-in", "sync", "sign-out", "export-audit", "verify-export",
                                "import-employees", "export-person", "verify-person-export"}) {
        if (std::strcmp(argument, command) == 0) {
            return true;
        }
    }
    return false;
}

int runHeadlessCommand(int argc, char* argv[],
                       const std::function<void(QCoreApplication&)>& installTranslations)
{
    if (std::strcmp(argv[1], "export-person") == 0) {
        // summary.pdf is laid out with fonts, which need a QGuiApplication; the offscreen
        // platform gives one without a display.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
        }
        QGuiApplication app(argc, argv);
        if (installTranslations) {
            installTranslations(app);
        }
        QStringList arguments = QCoreApplication::arguments();
        arguments.removeAt(1);
        return headless::exportPerson(arguments);
    }
    QCoreApplication app(argc, argv);
    QStringList arguments = QCoreApplication::arguments();
    const QString command = arguments.takeAt(1); // "purser sync --x" → "purser --x"
    if (command == QStringLiteral("verify-person-export")) {
        if (installTranslations) {
            installTranslations(app);
        }
        return headless::verifyPersonExport(arguments);
    }
    if (command == QStringLiteral("sign-in")) {
        return signIn(arguments);
    }
    if (command == QStringLiteral("sync")) {
        return sync(arguments);
    }
    if (command == QStringLiteral("sign-out")) {
        return signOut(arguments);
    }
    if (command == QStringLiteral("export-audit")) {
        return exportAudit(arguments);
    }
    if (command == QStringLiteral("import-employees")) {
        return headless::importEmployees(arguments);
    }
    return verifyExport(arguments);
}

} // namespace purser
