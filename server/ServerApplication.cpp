#include "server/ServerApplication.h"

#include "server/Logging.h"
#include "server/api/AuditLogApi.h"
#include "server/api/AuthApi.h"
#include "server/api/ClaimsApi.h"
#include "server/api/EmployeeWriteApi.h"
#include "server/api/EmployeesApi.h"
#include "server/api/HealthApi.h"
#include "server/api/IdempotencyGuard.h"
#include "server/api/MetricsApi.h"
#include "server/api/PayrollApi.h"
#include "server/api/ReceiptsApi.h"
#include "server/audit/SigningKeys.h"
#include "server/auth/PasswordHasher.h"
#include "server/crypto/EncryptionAtRest.h"
#include "server/crypto/KeyCommands.h"
#include "server/demo/DemoSeeder.h"
#include "server/http/HttpServer.h"
#include "server/http/Router.h"
#include "server/http/TlsCertificate.h"
#include "server/ops/ForwardedFor.h"
#include "server/ops/Metrics.h"
#include "server/ops/RequestLog.h"
#include "server/store/ClaimStore.h"
#include "server/store/Database.h"
#include "server/store/ReceiptFiles.h"
#include "server/store/StoreError.h"

#include <QDir>
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
    if (!QDir().mkpath(dataDir)) {
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

    SigningKeys signingKeys(dataDir);
    if (!signingKeys.open(&error)) {
        return fail(error);
    }
    if (!db.open(&error)) {
        return fail(error);
    }
    // Encryption at rest: the master key outside the database, values still in the clear sealed.
    if (!EncryptionAtRest::start(db, KeyCommands::masterKeyFile(options), &error)) {
        return fail(error);
    }
    try {
        // Settle uploads a crash interrupted, before anyone can ask for them.
        ClaimStore claims(db.connection());
        ReceiptFiles(dataDir).recover(
            [&claims](const QString& name) { return claims.storageNameRecorded(name); });
    } catch (const StoreError& e) {
        return fail(QString::fromUtf8(e.what()));
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
    // Prepare the dummy hash now, so even the first unknown-email sign-in costs the same.
    PasswordHasher::dummyVerify(QString());

    Router router;
    HealthApi health(db);
    AuthApi auth(db);
    EmployeesApi employees(db);
    EmployeeWriteApi employeeWrites(db);
    PayrollApi payroll(db);
    ClaimsApi claimsApi(db, dataDir);
    ReceiptsApi receipts(db, dataDir);
    AuditLogApi auditLog(db, signingKeys);
    MetricsApi metrics(options.metricsAllow);
    metrics.registerRoutes(router);
    health.registerRoutes(router);
    auth.registerRoutes(router);
    employees.registerRoutes(router);
    employeeWrites.registerRoutes(router);
    payroll.registerRoutes(router);
    claimsApi.registerRoutes(router);
    receipts.registerRoutes(router);
    auditLog.registerRoutes(router);
    router.setMutationMiddleware(IdempotencyGuard(db));

    HttpServer::Config config;
    config.host = options.listenHost;
    config.port = options.listenPort;
    config.certificateFile = certFile;
    config.privateKeyFile = keyFile;
    config.threads = options.threads;
    config.threadFinished = [&db] { db.closeThreadConnection(); };
    config.requestFinished = [](const HttpRequest& request, int status, qint64 micros) {
        Metrics::instance().recordRequest(request.method, request.route, status, micros);
        RequestLog::request(request, status, micros);
    };
    Metrics::instance().setDatabaseGauges(db.backendName(), &Database::openConnectionCount,
                                          options.threads + 1);
    const QList<ServerOptions::Subnet> trustedProxies = options.trustedProxies;
    config.bodyLimitFor = [&router](HttpRequest& request) { return router.bodyLimit(request); };
    HttpServer server(config, [&router, &trustedProxies](HttpRequest& request) {
        ForwardedFor::resolveClientAddress(request, trustedProxies);
        return router.dispatch(request);
    });
    if (!server.listen(&error)) {
        return fail(error);
    }

    const QString host =
        options.listenHost.contains(u':') ? u'[' + options.listenHost + u']' : options.listenHost;
    std::printf("listening on https://%s:%u\n", qPrintable(host), unsigned(server.port()));
    std::printf("certificate SHA-256 fingerprint: %s\n", qPrintable(fingerprint));
    std::fflush(stdout);
    qCInfo(lcMain).noquote() << "database:" << db.backendName() << "threads:" << options.threads;

    server.run();
    db.close();
    qCInfo(lcMain) << "stopped";
    return 0;
}

} // namespace purser::server
