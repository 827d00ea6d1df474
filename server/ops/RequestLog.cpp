#include "server/ops/RequestLog.h"

#include "server/Logging.h"
#include "server/http/HttpRequest.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <cstdio>

namespace purser::server {
namespace {

ServerOptions::LogFormat g_format = ServerOptions::LogFormat::Text;
QMutex g_writeMutex;

QString levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return QStringLiteral("debug");
    case QtInfoMsg:
        return QStringLiteral("info");
    case QtWarningMsg:
        return QStringLiteral("warning");
    case QtCriticalMsg:
        return QStringLiteral("error");
    case QtFatalMsg:
        return QStringLiteral("fatal");
    }
    return QStringLiteral("info");
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

void writeJsonLine(const QJsonObject& object)
{
    const QByteArray line = QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
    QMutexLocker lock(&g_writeMutex);
    std::fwrite(line.constData(), 1, static_cast<std::size_t>(line.size()), stderr);
    std::fflush(stderr);
}

void jsonMessageHandler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    QJsonObject object{{QStringLiteral("time"), now()},
                       {QStringLiteral("level"), levelName(type)},
                       {QStringLiteral("category"), QString::fromLatin1(context.category)},
                       {QStringLiteral("message"), message}};
    writeJsonLine(object);
    if (type == QtFatalMsg) {
        std::abort();
    }
}

} // namespace

void RequestLog::install(ServerOptions::LogFormat format)
{
    g_format = format;
    if (format == ServerOptions::LogFormat::Json) {
        qInstallMessageHandler(jsonMessageHandler);
    }
}

void RequestLog::request(const HttpRequest& request, int status, qint64 microseconds)
{
    if (g_format == ServerOptions::LogFormat::Text) {
        qCInfo(lcHttp).noquote() << request.method << request.route << status << microseconds / 1000
                                 << "ms" << (QStringLiteral("request_id=") + request.requestId);
        return;
    }
    if (!lcHttp().isInfoEnabled()) {
        return;
    }
    writeJsonLine(QJsonObject{
        {QStringLiteral("time"), now()},
        {QStringLiteral("level"), QStringLiteral("info")},
        {QStringLiteral("category"), QString::fromLatin1(lcHttp().categoryName())},
        {QStringLiteral("msg"), QStringLiteral("request")},
        {QStringLiteral("request_id"), request.requestId},
        {QStringLiteral("method"), request.method.left(16)},
        {QStringLiteral("route"), request.route},
        {QStringLiteral("status"), status},
        {QStringLiteral("duration_ms"), static_cast<double>(microseconds) / 1000.0},
        {QStringLiteral("client_ip"),
         request.clientAddress.isEmpty() ? request.peerAddress : request.clientAddress},
    });
}

} // namespace purser::server
