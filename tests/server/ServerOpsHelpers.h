#pragma once

#include "tests/support/ServerProcess.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QNetworkAccessManager>
#include <QPair>
#include <QString>
#include <QStringList>

namespace purser::test {

// What the tests of operating purser-server share (tst_server_settings, _subcommands,
// _observability): running the binary with a clean environment, one HTTPS request to a
// ServerProcess trusting exactly its certificate, and counting rows in a SQLite file.
class ServerOpsHelpers
{
protected:
    static inline const QString kPassword = QStringLiteral("correct horse battery staple");

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    struct Reply
    {
        int status = 0;
        QByteArray body;
        QByteArray requestId;
        QByteArray contentType;
    };

    // Runs build/bin/purser-server with args; PURSER_* settings of the caller's shell are
    // removed (PURSER_TEST* kept) and env added; input goes to its stdin.
    static Run run(const QStringList& args, const QMap<QString, QString>& env = {},
                   const QByteArray& input = {});
    Reply send(const ServerProcess& server, const QByteArray& method, const QString& path,
               const QByteArray& body = {},
               const QList<QPair<QByteArray, QByteArray>>& headers = {});
    // The first column of the first row of sql on a SQLite file opened read-only; -1 if none.
    static int count(const QString& dbFile, const QString& sql);

    QNetworkAccessManager m_nam;
};

} // namespace purser::test
