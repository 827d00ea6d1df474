#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

namespace purser::server {

// The server sends no email itself: a message is a file in DATA_DIR/mail/ (mode 0600) that
// the operator's mail relay picks up, plus a row in mail_outbox recording that it went out.
// A message may carry a single-use token (password reset, email verification): only the file
// holds it; the row keeps the text with the token replaced. The file is removed as soon as
// its token is used, and at the next sweep once it has expired.
class MailOutbox
{
public:
    struct Message
    {
        QString id;
        QString recipient;
        QString subject;
        QString body; // with the token: goes only to the file
        QDateTime createdAt;
    };

    enum class TokenTable
    {
        PasswordResets,
        EmailVerifications,
    };

    explicit MailOutbox(QString dataDir) : m_dataDir(std::move(dataDir)) {}

    // Records the message (inside the caller's transaction); bodyTemplate holds %1 where the
    // token goes. Throws StoreError.
    static Message record(QSqlDatabase db, const QString& recipient, const QString& subject,
                          const QString& bodyTemplate, const QString& token);
    // Notes which message carries the token of row rowId, so its file goes when the token does.
    static void linkToken(QSqlDatabase db, TokenTable table, const QString& rowId,
                          const QString& messageId);
    // Writes the file, after the transaction committed. False when it cannot.
    bool deliver(const Message& message) const;
    // Removes the files whose token (password_resets, email_verifications) was used or has
    // expired, and forgets their mail id. Throws StoreError.
    void sweep(QSqlDatabase db) const;

private:
    static QString tableName(TokenTable table);
    void remove(const QString& messageId) const;
    QString folder() const;

    QString m_dataDir;
};

} // namespace purser::server
