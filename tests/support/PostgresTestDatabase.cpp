#include "tests/support/PostgresTestDatabase.h"

#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace purser::test {
namespace {

bool openAdmin(const QString& adminUrl, const QString& connection, QString* error)
{
    const QUrl url(adminUrl);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
    db.setHostName(url.host());
    db.setPort(url.port(5432));
    db.setUserName(url.userName());
    db.setPassword(url.password());
    db.setDatabaseName(url.path().mid(1));
    if (!db.open()) {
        *error = db.lastError().text();
        return false;
    }
    return true;
}

} // namespace

bool PostgresTestDatabase::required()
{
    return qEnvironmentVariable("PURSER_REQUIRE_POSTGRES") == u"1";
}

PostgresTestDatabase::PostgresTestDatabase()
{
    m_adminUrl = qEnvironmentVariable("PURSER_TEST_POSTGRES_URL");
    if (m_adminUrl.isEmpty()) {
        m_reason = QStringLiteral("PURSER_TEST_POSTGRES_URL is not set (scripts/test sets it)");
        return;
    }
    m_name = QStringLiteral("purser_test_%1").arg(QRandomGenerator::system()->generate64(), 0, 16);
    const QString connection = QStringLiteral("admin-") + m_name;
    QString error;
    {
        if (!openAdmin(m_adminUrl, connection, &error)) {
            m_reason = QStringLiteral("cannot reach PostgreSQL: ") + error;
        } else {
            QSqlQuery query(QSqlDatabase::database(connection));
            if (!query.exec(QStringLiteral("CREATE DATABASE ") + m_name)) {
                m_reason = QStringLiteral("cannot create a database: ") + query.lastError().text();
            } else {
                QUrl url(m_adminUrl);
                url.setPath(u'/' + m_name);
                m_url = url.toString();
            }
        }
        QSqlDatabase::database(connection).close();
    }
    QSqlDatabase::removeDatabase(connection);
}

PostgresTestDatabase::~PostgresTestDatabase()
{
    if (m_url.isEmpty()) {
        return;
    }
    const QString connection = QStringLiteral("drop-") + m_name;
    QString error;
    {
        if (openAdmin(m_adminUrl, connection, &error)) {
            QSqlQuery query(QSqlDatabase::database(connection));
            query.exec(QStringLiteral("DROP DATABASE IF EXISTS ") + m_name +
                       QStringLiteral(" WITH (FORCE)"));
        }
        QSqlDatabase::database(connection).close();
    }
    QSqlDatabase::removeDatabase(connection);
}

} // namespace purser::test
