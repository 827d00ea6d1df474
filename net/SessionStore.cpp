#include "net/SessionStore.h"

#include "cache/SecretStore.h"
#include "net/NetLogging.h"

#include <QMetaObject>
#include <QSettings>
#include <qt6keychain/keychain.h>

namespace purser {

namespace {

const QString lastServerKey = QStringLiteral("session/lastServer");
const QString lastEmailKey = QStringLiteral("session/lastEmail");

ApiError keychainError(const QKeychain::Job* job)
{
    qCWarning(lcSession) << "keychain error" << job->error() << job->errorString();
    return ApiError::of(
        ApiError::Kind::Keychain,
        SessionStore::tr("The system keychain is not available: %1").arg(job->errorString()));
}

} // namespace

SessionStore::SessionStore(QSettings* settings, QObject* parent)
    : QObject(parent), m_settings(settings)
{
}

QString SessionStore::keychainKey(const QUrl& server, const QString& email)
{
    return email.trimmed().toLower() + QStringLiteral(" on ") +
           server
               .adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment |
                         QUrl::RemoveUserInfo)
               .toString();
}

QString SessionStore::knownClientKey(const QUrl& server, const QString& email)
{
    return keychainKey(server, email) + QStringLiteral(" (known client)");
}

void SessionStore::readToken(QObject* context, const QUrl& server, const QString& email,
                             TokenCallback done)
{
    readEntry(context, keychainKey(server, email), std::move(done));
}

void SessionStore::writeToken(QObject* context, const QUrl& server, const QString& email,
                              const QString& token, DoneCallback done)
{
    writeEntry(context, keychainKey(server, email), token, std::move(done));
}

void SessionStore::readKnownClient(QObject* context, const QUrl& server, const QString& email,
                                   TokenCallback done)
{
    readEntry(context, knownClientKey(server, email), std::move(done));
}

void SessionStore::writeKnownClient(QObject* context, const QUrl& server, const QString& email,
                                    const QString& token, DoneCallback done)
{
    writeEntry(context, knownClientKey(server, email), token, std::move(done));
}

void SessionStore::readEntry(QObject* context, const QString& key, TokenCallback done)
{
    if (m_secrets) {
        QString error;
        const auto value = m_secrets->read(key, &error);
        std::optional<QString> token;
        if (value) {
            token = QString::fromUtf8(*value);
        }
        const ApiError failure =
            error.isEmpty() ? ApiError{} : ApiError::of(ApiError::Kind::Keychain, error);
        QMetaObject::invokeMethod(
            context, [done = std::move(done), token, failure]() { done(token, failure); },
            Qt::QueuedConnection);
        return;
    }
    auto* job = new QKeychain::ReadPasswordJob(keychainService(), this);
    job->setAutoDelete(true);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, context, [done = std::move(done)](QKeychain::Job* j) {
        auto* read = static_cast<QKeychain::ReadPasswordJob*>(j);
        if (read->error() == QKeychain::EntryNotFound) {
            done(std::nullopt, {});
        } else if (read->error() != QKeychain::NoError) {
            done(std::nullopt, keychainError(read));
        } else {
            done(read->textData(), {});
        }
    });
    job->start();
}

void SessionStore::writeEntry(QObject* context, const QString& key, const QString& value,
                              DoneCallback done)
{
    if (m_secrets) {
        QString error;
        m_secrets->write(key, value.toUtf8(), &error);
        const ApiError failure =
            error.isEmpty() ? ApiError{} : ApiError::of(ApiError::Kind::Keychain, error);
        QMetaObject::invokeMethod(
            context, [done = std::move(done), failure]() { done(failure); }, Qt::QueuedConnection);
        return;
    }
    auto* job = new QKeychain::WritePasswordJob(keychainService(), this);
    job->setAutoDelete(true);
    job->setKey(key);
    job->setTextData(value);
    connect(job, &QKeychain::Job::finished, context, [done = std::move(done)](QKeychain::Job* j) {
        done(j->error() == QKeychain::NoError ? ApiError{} : keychainError(j));
    });
    job->start();
}

void SessionStore::deleteToken(QObject* context, const QUrl& server, const QString& email,
                               DoneCallback done)
{
    if (m_secrets) {
        QString error;
        m_secrets->remove(keychainKey(server, email), &error);
        const ApiError failure =
            error.isEmpty() ? ApiError{} : ApiError::of(ApiError::Kind::Keychain, error);
        QMetaObject::invokeMethod(
            context, [done = std::move(done), failure]() { done(failure); }, Qt::QueuedConnection);
        return;
    }
    auto* job = new QKeychain::DeletePasswordJob(keychainService(), this);
    job->setAutoDelete(true);
    job->setKey(keychainKey(server, email));
    connect(job, &QKeychain::Job::finished, context, [done = std::move(done)](QKeychain::Job* j) {
        const bool gone =
            j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound;
        done(gone ? ApiError{} : keychainError(j));
    });
    job->start();
}

QUrl SessionStore::lastServer() const
{
    return QUrl(m_settings->value(lastServerKey).toString());
}

QString SessionStore::lastEmail() const
{
    return m_settings->value(lastEmailKey).toString();
}

void SessionStore::rememberLastAccount(const QUrl& server, const QString& email)
{
    m_settings->setValue(lastServerKey, server.toString());
    m_settings->setValue(lastEmailKey, email.trimmed().toLower());
    m_settings->sync();
}

} // namespace purser
