#include "server/ServerApplication.h"

#include "server/Logging.h"
#include "server/api/ApiKeysApi.h"
#include "server/api/AuditCosignatureApi.h"
#include "server/api/AuditLogApi.h"
#include "server/api/AuditLogProofApi.h"
#include "server/api/AuthApi.h"
#include "server/api/ClaimsApi.h"
#include "server/api/DatabaseRetry.h"
#include "server/api/EmailVerificationApi.h"
#include "server/api/EmployeeWriteApi.h"
#include "server/api/EmployeesApi.h"
#include "server/api/HealthApi.h"
#include "server/api/IdempotencyGuard.h"
#include "server/api/InvitationsApi.h"
#include "server/api/MembersApi.h"
#include "server/api/MetricsApi.h"
#include "server/api/PasswordResetApi.h"
#include "server/api/PayrollApi.h"
#include "server/api/PersonalDataApi.h"
#include "server/api/ReceiptsApi.h"
#include "server/api/RequestGate.h"
#include "server/api/SessionsApi.h"
#include "server/api/SettingsApi.h"
#include "server/api/TwoFactorApi.h"
#include "server/audit/AuditTree.h"
#include "server/audit/CheckpointTimer.h"
#include "server/audit/SigningKeys.h"
#include "server/auth/PasswordHasher.h"
#include "server/auth/ServerClock.h"
#include "server/auth/TrustedProxies.h"
#include "server/crypto/EncryptionAtRest.h"
#include "server/crypto/KeyCommands.h"
#include "server/demo/DemoSeeder.h"
#include "server/http/HttpServer.h"
#include "server/http/Router.h"
#include "server/http/TlsCertificate.h"
#include "server/ops/DataFolder.h"
#include "server/ops/Metrics.h"
#include "server/ops/RequestLog.h"
#include "server/store/ClaimStore.h"
#include "server/store/Database.h"
#include "server/store/MailOutbox.h"
#include "server/store/ReceiptFiles.h"
#include "server/store/StoreError.h"
#include "server/store/Transaction.h"

#include <QDir>
#include <QUuid>
#include <cstdio>

namespace purser::server {
namespace {

int fail(const QString& message)
{
    std::fprintf(stderr, "purser-server: error: %s\n", qPrintable(message));
    std::fflush(stderr);
    return 1;
}

} // namespace

int ServerApplication::run(const ServerOptions& options)
{
    const QString dataDir = QDir(options.dataDir).absolutePath();
    if (!DataFolder::prepare(dataDir)) {
        return fail(QStringLiteral("cannot create the data folder %1").arg(dataDir));
    }

    QString error;
    Database db = Database::sqlite(dataDir + QStringLiteral("/purser.db"));
    if (!options.databaseUrl.isEmpty()) {
        const auto url = DatabaseUrl::parse(options.databaseUrl, &error);
        if (!url) {
            return fail(error);
        }
        db = Database::postgres(*url);
    }

    // The list was validated when the options were read (command line, environment, file).
    const TrustedProxies proxies(options.trustedProxies);

    // Handlers only keep a reference to db: the route table exists before anything opens.
    Router router;
    HealthApi health(db);
    AuthApi auth(db, dataDir);
    SessionsApi sessions(db);
    EmailVerificationApi emailVerification(db, dataDir);
    PasswordResetApi passwordReset(db, dataDir);
    TwoFactorApi twoFactor(db);
    InvitationsApi invitations(db);
    MembersApi members(db);
    ApiKeysApi apiKeys(db);
    SettingsApi settings(db);
    EmployeesApi employees(db);
    EmployeeWriteApi employeeWrites(db);
    PayrollApi payroll(db);
    ClaimsApi claimsApi(db, dataDir);
    ReceiptsApi receipts(db, dataDir);
    SigningKeys signingKeys(dataDir); // opened below; the audit routes only keep a reference
    AuditLogApi auditLog(db, signingKeys);
    AuditLogProofApi auditProofs(db);
    AuditCosignatureApi auditCosignatures(db);
    PersonalDataApi personalData(db, signingKeys);
    MetricsApi metrics(options.metricsAllow);
    metrics.registerRoutes(router);
    health.registerRoutes(router);
    auth.registerRoutes(router);
    sessions.registerRoutes(router);
    emailVerification.registerRoutes(router);
    passwordReset.registerRoutes(router);
    twoFactor.registerRoutes(router);
    invitations.registerRoutes(router);
    members.registerRoutes(router);
    apiKeys.registerRoutes(router);
    settings.registerRoutes(router);
    employees.registerRoutes(router);
    employeeWrites.registerRoutes(router);
    payroll.registerRoutes(router);
    claimsApi.registerRoutes(router);
    receipts.registerRoutes(router);
    auditLog.registerRoutes(router);
    auditProofs.registerRoutes(router);
    auditCosignatures.registerRoutes(router);
    personalData.registerRoutes(router);
    router.setMutationMiddleware(IdempotencyGuard(db));
    router.setGate(RequestGate(db));
    if (options.listRoutes) {
        for (const auto& [method, pattern] : router.routes()) {
            std::printf("%s %s\n", qPrintable(method), qPrintable(pattern));
        }
        std::fflush(stdout);
        return 0;
    }

    QString certFile = options.tlsCert;
    QString keyFile = options.tlsKey;
    if (certFile.isEmpty() &&
        !TlsCertificate::ensureSelfSigned(dataDir, &certFile, &keyFile, &error)) {
        return fail(error);
    }
    const QString fingerprint = TlsCertificate::sha256Fingerprint(certFile, &error);
    if (fingerprint.isEmpty()) {
        return fail(error);
    }

    if (!signingKeys.open(&error)) {
        return fail(error);
    }
    if (!db.open(&error)) {
        return fail(error);
    }
    try {
        // Entries written before the audit tree existed (or by a bulk load) join it now.
        const qint64 joined = AuditTree::catchUpAll(db.connection());
        if (joined > 0) {
            qCInfo(lcMain) << "audit tree: added" << joined << "existing entries";
        }
    } catch (const StoreError& e) {
        return fail(QStringLiteral("The audit tree cannot be brought up to date: %1")
                        .arg(QString::fromUtf8(e.what())));
    }
    try {
        // Settle uploads a crash interrupted, before anyone can ask for them.
        // Each lookup runs scoped to the file's organisation: on PostgreSQL row-level
        // security is forced even for the tables' owner.
        ReceiptFiles(dataDir).recover([&db](const QString& orgId, const QString& name) {
            if (QUuid::fromString(orgId).isNull()) {
                return false; // not an organisation's folder: nothing can own the file
            }
            Transaction tx(db.connection(), orgId);
            return ClaimStore(tx.db()).storageNameRecorded(name);
        });
        // Mail files whose token was used or expired while the server was down.
        MailOutbox(dataDir).sweep(db.connection());
    } catch (const StoreError& e) {
        return fail(QString::fromUtf8(e.what()));
    }
    // Encryption at rest: the master key outside the database, values and receipt files still
    // in the clear sealed (after recovery, so every receipt file is where its row says).
    if (!EncryptionAtRest::start(db, KeyCommands::masterKeyFile(options), &error, true, dataDir)) {
        return fail(error);
    }
    if (options.demo) {
        bool seeded = false;
        try {
            seeded = DemoSeeder(db.connection(), dataDir).seedOnce(&error);
        } catch (const StoreError& e) {
            error = QString::fromUtf8(e.what());
        }
        if (!seeded) {
            return fail(error);
        }
    }
    db.closeThreadConnection();
    // Serve as the row-level-security-bound role (PostgreSQL; see migrations 0004).
    db.setServingRole(QStringLiteral("purser_app"));
    if (ServerClock::offsetSeconds() != 0) {
        qCWarning(lcMain) << "PURSER_TEST_CLOCK_OFFSET_SECONDS is set: the clock is moved by"
                          << ServerClock::offsetSeconds() << "s (for tests only)";
    }
    PasswordHasher::prepareDummy();

    HttpServer::Config config;
    config.host = options.listenHost;
    config.port = options.listenPort;
    config.certificateFile = certFile;
    config.privateKeyFile = keyFile;
    config.threads = options.threads;
    config.databaseWorkers = options.threads;
    config.databaseQueue = options.databaseQueue;
    config.answersWithoutDatabase = [&router](HttpRequest& request) {
        return router.answersWithoutDatabase(request);
    };
    config.threadFinished = [&db] { db.closeThreadConnection(); };
    config.requestFinished = [](const HttpRequest& request, int status, qint64 micros) {
        Metrics::instance().recordRequest(request.method, request.route, status, micros);
        RequestLog::request(request, status, micros);
    };
    Metrics::instance().setDatabaseGauges(db.backendName(), &Database::openConnectionCount,
                                          options.threads + 1);
    config.limits.maxConnections = options.maxConnections;
    config.limits.headerTimeoutSeconds = options.headerTimeoutSeconds;
    config.limits.bodyTimeoutSeconds = options.bodyTimeoutSeconds;
    config.limits.idleTimeoutSeconds = options.idleTimeoutSeconds;
    config.limits.requestsPerConnection = options.requestsPerConnection;
    config.limits.responseBudgetBytes = static_cast<std::size_t>(options.responseBudgetMiB) << 20;
    // Both the header-time admission and the handler survive a lost database connection.
    const DatabaseRetry retry(db);
    config.admit = [&router, &proxies, &retry](HttpRequest& request, std::size_t* bodyLimit) {
        request.clientAddress = proxies.clientAddress(request);
        std::optional<HttpResponse> refusal;
        if (auto unavailable =
                retry.run(request, true, [&] { refusal = router.admit(request, bodyLimit); })) {
            return unavailable;
        }
        return refusal;
    };
    HttpServer server(config, [&router, &proxies, &retry](HttpRequest& request) {
        request.clientAddress = proxies.clientAddress(request);
        HttpResponse response;
        if (auto unavailable = retry.run(request, DatabaseRetry::isRead(request),
                                         [&] { response = router.dispatch(request); })) {
            return *unavailable;
        }
        return response;
    });
    if (!server.listen(&error)) {
        return fail(error);
    }
    Metrics::instance().setDatabaseQueueGauge(
        [&server] { return server.databaseRequestsInFlight(); }, options.threads);

    const QString host =
        options.listenHost.contains(u':') ? u'[' + options.listenHost + u']' : options.listenHost;
    std::printf("listening on https://%s:%u\n", qPrintable(host), unsigned(server.port()));
    std::printf("certificate SHA-256 fingerprint: %s\n", qPrintable(fingerprint));
    std::fflush(stdout);
    qCInfo(lcMain).noquote() << "database:" << db.backendName() << "threads:" << options.threads;

    {
        // Checkpoints at least every minute while entries arrive, asked for or not.
        const CheckpointTimer checkpoints(db, signingKeys);
        server.run();
    }
    Metrics::instance().setDatabaseQueueGauge({}, 0); // the server it read is gone
    db.close();
    qCInfo(lcMain) << "stopped";
    return 0;
}

} // namespace purser::server
