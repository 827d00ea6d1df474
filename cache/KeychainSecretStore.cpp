#include "cache/KeychainSecretStore.h"

#include "cache/CacheLogging.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <qt6keychain/keychain.h>

namespace purser {

namespace {

// Runs a keychain job to completion. A local event loop keeps the interface synchronous.
void runJob(QKeychain::Job* job)
{
    QEventLoop loop;
    QObject::connect(job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job->start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
}

QString failure(const QKeychain::Job& job)
{
    qCWarning(lcCache) << "keychain error" << job.error() << job.errorString();
    return QCoreApplication::translate("KeychainSecretStore",
                                       "The system keychain is not available: %1")
        .arg(job.errorString());
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service) : m_service(std::move(service))
{
}

bool KeychainSecretStore::isAvailable(QString* why, const QString& service)
{
    KeychainSecretStore store(service);
    QString error;
    store.read(QStringLiteral("purser availability probe"), &error);
    if (why) {
        *why = error;
    }
    return error.isEmpty();
}

QString KeychainSecretStore::description() const
{
    return QCoreApplication::translate("KeychainSecretStore", "the system keychain");
}

std::optional<QByteArray> KeychainSecretStore::read(const QString& name, QString* error)
{
    QKeychain::ReadPasswordJob job(m_service);
    job.setAutoDelete(false);
    job.setKey(name);
    runJob(&job);
    if (job.error() == QKeychain::EntryNotFound) {
        error->clear();
        return std::nullopt;
    }
    if (job.error() != QKeychain::NoError) {
        *error = failure(job);
        return std::nullopt;
    }
    error->clear();
    return job.textData().toUtf8();
}

bool KeychainSecretStore::write(const QString& name, const QByteArray& value, QString* error)
{
    QKeychain::WritePasswordJob job(m_service);
    job.setAutoDelete(false);
    job.setKey(name);
    job.setTextData(QString::fromUtf8(value));
    runJob(&job);
    if (job.error() != QKeychain::NoError) {
        *error = failure(job);
        return false;
    }
    error->clear();
    return true;
}

bool KeychainSecretStore::remove(const QString& name, QString* error)
{
    QKeychain::DeletePasswordJob job(m_service);
    job.setAutoDelete(false);
    job.setKey(name);
    runJob(&job);
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound) {
        *error = failure(job);
        return false;
    }
    error->clear();
    return true;
}

} // namespace purser
