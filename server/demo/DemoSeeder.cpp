#include "server/demo/DemoSeeder.h"

#include "server/Logging.h"
#include "server/auth/PasswordHasher.h"
#include "server/demo/DemoActivity.h"
#include "server/demo/DemoData.h"
#include "server/store/ChangeCounter.h"
#include "server/store/EmployeeStore.h"
#include "server/store/StoreError.h"
#include "server/store/UserStore.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

namespace purser::server {

bool DemoSeeder::alreadySeeded()
{
    return UserStore(m_db).credentialsByEmail(QStringLiteral("owner@acme.example")).has_value();
}

bool DemoSeeder::seedOnce(QString* error)
{
    try {
        if (alreadySeeded()) {
            qCInfo(lcDemo) << "demo data present already; nothing to seed";
            return true;
        }
        if (!m_db.transaction()) {
            throw StoreError(QStringLiteral("cannot start the seeding transaction"),
                             m_db.lastError());
        }
        try {
            seed();
        } catch (...) {
            m_db.rollback();
            throw;
        }
        if (!m_db.commit()) {
            const QSqlError commitError = m_db.lastError();
            m_db.rollback();
            throw StoreError(QStringLiteral("cannot commit the demo data"), commitError);
        }
    } catch (const StoreError& e) {
        *error = QStringLiteral("cannot seed the demo data: ") + QString::fromUtf8(e.what());
        error->replace(u'\n', u' ');
        return false;
    }
    return true;
}

void DemoSeeder::seed()
{
    DemoData data(20260105);
    UserStore users(m_db);
    EmployeeStore employees(m_db);
    ChangeCounter counter(m_db);
    const QDateTime created(QDate(2026, 1, 5), QTime(9, 0), QTimeZone::utc());
    int employeeTotal = 0;
    QHash<QString, QString> userIds; // email → id, for users in more than one organisation
    // Every demo user has the same published password, so one Argon2id hash serves them all:
    // a salt shared between them tells nothing the README does not. One hash instead of ten
    // is most of a demo server's start-up (the test suite starts a few hundred). A password
    // changed later gets its own hash and salt as always.
    const QString demoPasswordHash = PasswordHasher::hash(DemoData::password());
    for (DemoData::Organization org : DemoData::organizations()) {
        const QString orgId = data.uuid();
        users.createOrganization(orgId, org.name, created);
        if (m_db.driverName() == u"QPSQL") {
            // Row-level security (FORCE) binds the table owner too: name the organisation.
            QSqlQuery scope(m_db);
            scope.prepare(QStringLiteral("SELECT set_config('app.org_id', ?, true)"));
            scope.addBindValue(orgId);
            if (!scope.exec()) {
                throw StoreError(QStringLiteral("cannot scope the seeding"), scope.lastError());
            }
        }
        counter.create(orgId);
        for (DemoData::User& user : org.users) {
            if (const auto existing = userIds.constFind(user.email); existing != userIds.cend()) {
                user.id = *existing; // a member of an organisation seeded before
            } else {
                user.id = data.uuid();
                users.createUser(SessionUser{user.id, user.email, user.name, false},
                                 demoPasswordHash, created);
                users.markEmailVerified(user.id, created); // demo addresses need no proof
                userIds.insert(user.email, user.id);
            }
            users.addMembership(orgId, user.id, user.role, created);
        }
        const QList<Employee> list = data.employees(org);
        qint64 seq = counter.reserve(orgId, list.size());
        for (const Employee& employee : list) {
            employees.insert(orgId, employee, seq++);
        }
        employeeTotal += static_cast<int>(list.size());
        // 300 claims in all: 240 for Acme, 60 for Globex.
        DemoActivity(m_db, m_dataDir, 20260105 + static_cast<quint32>(employeeTotal))
            .seed(orgId, org, list, org.country == DemoData::Country::Singapore ? 240 : 60);
        qCInfo(lcDemo).noquote() << "seeded" << org.name << "with" << org.users.size()
                                 << "users and" << list.size() << "employees";
    }
    qCInfo(lcDemo) << "demo data seeded:" << employeeTotal << "employees";
}

} // namespace purser::server
