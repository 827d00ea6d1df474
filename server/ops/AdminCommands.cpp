#include "server/ops/AdminCommands.h"

#include "core/Role.h"
#include "server/Logging.h"
#include "server/audit/AuditLog.h"
#include "server/audit/SigningKeys.h"
#include "server/auth/PasswordHasher.h"
#include "server/store/ChangeCounter.h"
#include "server/store/StoreError.h"
#include "server/store/Transaction.h"
#include "server/store/UserStore.h"

#include <QDateTime>
#include <QDir>
#include <QSqlQuery>
#include <QTimeZone>
#include <QUuid>
#include <cstdio>

namespace purser::server {
namespace {

constexpr int kMinPasswordLength = 12;

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

void print(const QString& line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

AuditEvent cliEvent(const QString& orgId)
{
    AuditEvent event;
    event.orgId = orgId;
    event.actor = AuditActor::system();
    event.channel = QStringLiteral("system");
    return event;
}

} // namespace

int AdminCommands::fail(const QString& message)
{
    QString line = message;
    line.replace(u'\n', u' ');
    std::fprintf(stderr, "purser-server: error: %s\n", qPrintable(line));
    std::fflush(stderr);
    return 1;
}

std::optional<Database> AdminCommands::openDatabase(const ServerOptions& options, QString* error)
{
    std::optional<Database> db;
    if (!options.databaseUrl.isEmpty()) {
        const auto url = DatabaseUrl::parse(options.databaseUrl, error);
        if (!url) {
            return std::nullopt;
        }
        db = Database::postgres(*url);
    } else {
        const QString dataDir = QDir(options.dataDir).absolutePath();
        if (!QDir().mkpath(dataDir)) {
            *error = QStringLiteral("cannot create the data folder %1").arg(dataDir);
            return std::nullopt;
        }
        db = Database::sqlite(dataDir + QStringLiteral("/purser.db"));
    }
    if (!db->open(error)) {
        return std::nullopt;
    }
    return db;
}

int AdminCommands::migrate()
{
    QString error;
    auto db = openDatabase(m_options, &error);
    if (!db) {
        return fail(QStringLiteral("migration failed: ") + error);
    }
    for (const QString& name : db->appliedMigrations()) {
        print(QStringLiteral("applied %1").arg(name));
    }
    print(QStringLiteral("%1 database at schema version %2 (%3 applied now)")
              .arg(db->backendName())
              .arg(db->schemaVersion())
              .arg(db->appliedMigrations().size()));
    db->close();
    return 0;
}

int AdminCommands::createOrg()
{
    QString error;
    auto db = openDatabase(m_options, &error);
    if (!db) {
        return fail(error);
    }
    const QString orgId = newId();
    try {
        Transaction tx(db->connection(), orgId);
        UserStore(tx.db()).createOrganization(orgId, m_options.orgName,
                                              QDateTime::currentDateTimeUtc());
        ChangeCounter(tx.db()).create(orgId);
        AuditEvent event = cliEvent(orgId);
        event.action = QStringLiteral("create");
        event.entityType = QStringLiteral("settings");
        event.entityId = orgId;
        event.summary = QStringLiteral("Organisation created from the server command line");
        event.changes.insert(QStringLiteral("name"),
                             AuditEvent::change(QJsonValue(), m_options.orgName));
        AuditLog(tx.db()).append(event);
        tx.commit();
    } catch (const StoreError& e) {
        qCWarning(lcStore) << "create-org failed:" << e.what();
        return fail(QStringLiteral("could not create the organisation (see the log above)"));
    }
    db->closeThreadConnection();
    db->close();
    print(orgId);
    return 0;
}

int AdminCommands::createUser(QTextStream& passwordInput)
{
    const QString email = m_options.userEmail.trimmed().toLower();
    if (!email.contains(u'@') || email.startsWith(u'@') || email.endsWith(u'@') ||
        email.contains(u' ')) {
        return fail(QStringLiteral("--email must be an email address"));
    }
    const auto role = roleFromName(m_options.userRole);
    if (!role) {
        return fail(QStringLiteral("--role must be one of owner, admin, finance, auditor, member, "
                                   "viewer"));
    }
    if (QUuid::fromString(m_options.userOrg).isNull()) {
        return fail(QStringLiteral("--org must be an organisation id (create-org prints it)"));
    }
    // The password never goes on the command line (visible in ps and shell history).
    const QString password = passwordInput.readLine();
    if (password.size() < kMinPasswordLength) {
        return fail(QStringLiteral("the password (first line of standard input) must have at "
                                   "least %1 characters")
                        .arg(kMinPasswordLength));
    }

    QString error;
    auto db = openDatabase(m_options, &error);
    if (!db) {
        return fail(error);
    }
    const QString userId = newId();
    int code = 0;
    try {
        Transaction tx(db->connection(), m_options.userOrg);
        QSqlQuery org(tx.db());
        org.prepare(QStringLiteral("SELECT name FROM organizations WHERE id = ?"));
        org.addBindValue(m_options.userOrg);
        Database::exec(org, "find organisation");
        UserStore users(tx.db());
        if (!org.next()) {
            code = fail(
                QStringLiteral("there is no organisation with the id %1").arg(m_options.userOrg));
        } else if (users.credentialsByEmail(email)) {
            code = fail(QStringLiteral("a user with the email %1 already exists").arg(email));
        } else {
            const QDateTime now = QDateTime::currentDateTimeUtc();
            users.createUser(SessionUser{userId, email, m_options.userName.trimmed(), false},
                             PasswordHasher::hash(password), now);
            // The operator vouches for the address.
            users.markEmailVerified(userId, now);
            users.addMembership(m_options.userOrg, userId, *role, now);
            AuditEvent event = cliEvent(m_options.userOrg);
            event.action = QStringLiteral("create");
            event.entityType = QStringLiteral("member");
            event.entityId = userId;
            event.summary = QStringLiteral("%1 added as %2 from the server command line")
                                .arg(email, roleName(*role));
            event.changes.insert(QStringLiteral("role"),
                                 AuditEvent::change(QJsonValue(), roleName(*role)));
            AuditLog(tx.db()).append(event);
            tx.commit();
        }
    } catch (const StoreError& e) {
        qCWarning(lcStore) << "create-user failed:" << e.what();
        code = fail(QStringLiteral("could not create the user (see the log above)"));
    }
    db->closeThreadConnection();
    db->close();
    if (code == 0) {
        print(userId);
    }
    return code;
}

int AdminCommands::rotateSigningKey()
{
    const QString dataDir = QDir(m_options.dataDir).absolutePath();
    SigningKeys keys(dataDir);
    QString error;
    if (!keys.open(&error)) { // creates the first key when there is none yet
        return fail(error);
    }
    const QString previous = keys.currentKeyId();
    if (!keys.addKey(&error)) {
        return fail(error);
    }
    print(QStringLiteral("new signing key %1 (previous %2; %3 keys kept for verification)")
              .arg(keys.currentKeyId(), previous)
              .arg(keys.publicKeys().size()));
    print(QStringLiteral("restart purser-server to sign checkpoints with the new key"));
    return 0;
}

} // namespace purser::server
