#include "tests/server/ServerOpsHelpers.h"

#include <QEventLoop>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSslConfiguration>
#include <QTimer>

namespace purser::test {

ServerOpsHelpers::Run ServerOpsHelpers::run(const QStringList& args,
                                            const QMap<QString, QString>& env,
                                            const QByteArray& input)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // The caller's shell must not leak settings into the test.
    for (const QString& key : environment.keys()) {
        if (key.startsWith(QStringLiteral("PURSER_")) && !key.startsWith(u"PURSER_TEST")) {
            environment.remove(key);
        }
    }
    for (auto it = env.cbegin(); it != env.cend(); ++it) {
        environment.insert(it.key(), it.value());
    }
    process.setProcessEnvironment(environment);
    process.start(ServerProcess::serverBinary(), args);
    process.waitForStarted();
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

ServerOpsHelpers::Reply ServerOpsHelpers::send(const ServerProcess& server,
                                               const QByteArray& method, const QString& path,
                                               const QByteArray& body,
                                               const QList<QPair<QByteArray, QByteArray>>& headers)
{
    QUrl url = server.baseUrl();
    url.setPath(path);
    QNetworkRequest request(url);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates({server.certificate()});
    request.setSslConfiguration(tls);
    for (const auto& [name, value] : headers) {
        request.setRawHeader(name, value);
    }
    if (!body.isNull()) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    }
    QNetworkReply* reply = m_nam.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    loop.exec();
    Reply result{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                 reply->readAll(), reply->rawHeader("X-Request-Id"),
                 reply->rawHeader("Content-Type")};
    reply->deleteLater();
    return result;
}

int ServerOpsHelpers::count(const QString& dbFile, const QString& sql)
{
    const QString name = QStringLiteral("count-") + dbFile;
    int result = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(dbFile);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(sql) && query.next()) {
                result = query.value(0).toInt();
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace purser::test
