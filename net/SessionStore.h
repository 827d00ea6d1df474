#pragma once

#include "net/ApiError.h"

#include <QObject>
#include <QString>
#include <QUrl>
#include <functional>
#include <optional>

class QSettings;

namespace purser {

// Keeps the session token in the OS keychain (QtKeychain: Secret Service, macOS Keychain,
// Windows Credential Manager), never in a settings file. The last server address and email are
// not secrets and go to QSettings so the next start can resume without asking.
class SecretStore;

// setSecretStore() routes the token through another SecretStore (the passphrase-wrapped file
// where no keychain works); without it the OS keychain is used directly.
class SessionStore : public QObject
{
    Q_OBJECT
public:
    using TokenCallback = std::function<void(const std::optional<QString>& token, const ApiError&)>;
    using DoneCallback = std::function<void(const ApiError&)>;

    // settings is not owned and must outlive the store.
    explicit SessionStore(QSettings* settings, QObject* parent = nullptr);

    static QString keychainService() { return QStringLiteral("Purser"); }
    // One keychain entry per server and user, so two accounts never overwrite each other.
    static QString keychainKey(const QUrl& server, const QString& email);

    // token is nullopt (and the error empty) when there is simply no entry. Callbacks run only
    // while context is alive.
    void readToken(QObject* context, const QUrl& server, const QString& email, TokenCallback done);
    void writeToken(QObject* context, const QUrl& server, const QString& email,
                    const QString& token, DoneCallback done);
    void deleteToken(QObject* context, const QUrl& server, const QString& email, DoneCallback done);
    // The known-client token the server gave this client for the account (api.md: sign-in).
    // It is a secret too, so it lives beside the session token in the same store; signing
    // out keeps it, so strangers guessing the password cannot lock this client out.
    static QString knownClientKey(const QUrl& server, const QString& email);
    void readKnownClient(QObject* context, const QUrl& server, const QString& email,
                         TokenCallback done);
    void writeKnownClient(QObject* context, const QUrl& server, const QString& email,
                          const QString& token, DoneCallback done);

    // Not owned; nullptr returns to the OS keychain.
    void setSecretStore(SecretStore* secrets) { m_secrets = secrets; }
    SecretStore* secretStore() const { return m_secrets; }

    QUrl lastServer() const;
    QString lastEmail() const;
    void rememberLastAccount(const QUrl& server, const QString& email);

private:
    void readEntry(QObject* context, const QString& key, TokenCallback done);
    void writeEntry(QObject* context, const QString& key, const QString& value, DoneCallback done);

    QSettings* m_settings;
    SecretStore* m_secrets = nullptr;
};

} // namespace purser
