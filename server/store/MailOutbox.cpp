#include "server/store/MailOutbox.h"

#include "core/Rfc3339.h"
#include "server/Logging.h"
#include "server/auth/ServerClock.h"
#include "server/store/Database.h"
#include "server/store/SqlValues.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QUuid>

namespace purser::server {

MailOutbox::Message MailOutbox::record(QSqlDatabase db, const QString& recipient,
                                       const QString& subject, const QString& bodyTemplate,
                                       const QString& token)
{
    Message message{QUuid::createUuid().toString(QUuid::WithoutBraces), recipient, subject,
                    bodyTemplate.arg(token), ServerClock::now()};
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO mail_outbox (id, recipient, subject, body, "
                                 "created_at) VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(message.id);
    query.addBindValue(recipient);
    query.addBindValue(subject);
    query.addBindValue(bodyTemplate.arg(QStringLiteral("(token only in the mail file)")));
    query.addBindValue(sql::time(message.createdAt));
    Database::exec(query, "queue mail");
    return message;
}

QString MailOutbox::tableName(TokenTable table)
{
    return table == TokenTable::PasswordResets ? QStringLiteral("password_resets")
                                               : QStringLiteral("email_verifications");
}

void MailOutbox::linkToken(QSqlDatabase db, TokenTable table, const QString& rowId,
                           const QString& messageId)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("UPDATE %1 SET mail_id = ? WHERE id = ?").arg(tableName(table)));
    query.addBindValue(messageId);
    query.addBindValue(rowId);
    Database::exec(query, "link mail to token");
}

QString MailOutbox::folder() const
{
    return m_dataDir + QStringLiteral("/mail");
}

bool MailOutbox::deliver(const Message& message) const
{
    if (!QDir().mkpath(folder())) {
        qCWarning(lcAuth) << "cannot create the mail folder";
        return false;
    }
    QFile file(folder() + QStringLiteral("/%1-%2.eml")
                              .arg(message.createdAt.toString(QStringLiteral("yyyyMMddThhmmsszzz")),
                                   message.id));
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        qCWarning(lcAuth) << "cannot write an outgoing mail file";
        return false;
    }
    // Owner-only before a byte of the token is written.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QString text = QStringLiteral("To: %1\nSubject: %2\nDate: %3\nMessage-Id: <%4@purser>\n"
                                        "Content-Type: text/plain; charset=utf-8\n\n%5\n")
                             .arg(message.recipient, message.subject, toRfc3339(message.createdAt),
                                  message.id, message.body);
    return file.write(text.toUtf8()) >= 0;
}

void MailOutbox::remove(const QString& messageId) const
{
    const QDir dir(folder());
    const QStringList names =
        dir.entryList({QStringLiteral("*-") + messageId + QStringLiteral(".eml")}, QDir::Files);
    for (const QString& name : names) {
        if (!QFile::remove(dir.filePath(name))) {
            qCWarning(lcAuth) << "cannot remove a spent mail file" << messageId;
        }
    }
}

void MailOutbox::sweep(QSqlDatabase db) const
{
    const QVariant now = sql::time(ServerClock::now());
    for (const TokenTable kind : {TokenTable::PasswordResets, TokenTable::EmailVerifications}) {
        const QString table = tableName(kind);
        QSqlQuery spent(db);
        spent.prepare(QStringLiteral("SELECT id, mail_id FROM %1 WHERE mail_id IS NOT NULL AND "
                                     "(used_at IS NOT NULL OR expires_at <= ?)")
                          .arg(table));
        spent.addBindValue(now);
        Database::exec(spent, "find spent mail");
        QList<QPair<QString, QString>> rows;
        while (spent.next()) {
            rows.append({spent.value(0).toString(), spent.value(1).toString()});
        }
        for (const auto& [id, messageId] : std::as_const(rows)) {
            remove(messageId);
            QSqlQuery forget(db);
            forget.prepare(QStringLiteral("UPDATE %1 SET mail_id = NULL WHERE id = ?").arg(table));
            forget.addBindValue(id);
            Database::exec(forget, "forget spent mail");
        }
    }
}

} // namespace purser::server
