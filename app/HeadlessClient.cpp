#include "app/HeadlessClient.h"

#include "cache/KeychainSecretStore.h"
#include "cache/PassphraseSecretStore.h"

#include <QCoreApplication>
#include <iostream>
#include <string>

namespace purser::headless {

QString tr(const char* text)
{
    return QCoreApplication::translate("purser", text);
}

void say(const QString& text)
{
    std::cout << text.toStdString() << std::endl;
}

void complain(const QString& text)
{
    std::cerr << text.toStdString() << std::endl;
}

QString readStdinLine()
{
    std::string line;
    if (!std::getline(std::cin, line)) {
        return {};
    }
    if (!line.empty() && line.back() == '\r') {
        line.pop_back();
    }
    return QString::fromStdString(line);
}

bool Client::chooseSecrets()
{
    QString why;
    if (KeychainSecretStore::isAvailable(&why, SessionStore::keychainService())) {
        secrets = std::make_unique<KeychainSecretStore>(SessionStore::keychainService());
    } else {
        complain(QCoreApplication::translate(
                     "purser", "No system keychain works here (%1). Reading your Purser passphrase "
                               "from standard input instead.")
                     .arg(why));
        auto wrapped =
            std::make_unique<PassphraseSecretStore>(PassphraseSecretStore::defaultFilePath());
        QString error;
        if (!wrapped->unlock(readStdinLine(), &error)) {
            complain(error);
            return false;
        }
        secrets = std::move(wrapped);
    }
    store.setSecretStore(secrets.get());
    return true;
}

void Client::rememberOrganization(const QString& organizationId)
{
    index.remember(store.lastServer(), store.lastEmail(), organizationId);
}

CacheIdentity Client::identity(const QString& organizationId) const
{
    return CacheIdentity{store.lastServer(), store.lastEmail(), organizationId};
}

int Client::resume()
{
    if (!store.lastServer().isValid() || store.lastEmail().isEmpty()) {
        complain(
            QCoreApplication::translate("purser", "Not signed in. Run \"purser sign-in\" first."));
        return SignInNeeded;
    }
    if (!chooseSecrets()) {
        return Failed;
    }
    session.resume();
    waitFor(&session, &Session::resumeFinished);
    if (!session.isSignedIn()) {
        complain(QCoreApplication::translate(
            "purser", "Your session has ended. Run \"purser sign-in\" again; nothing was lost."));
        return SignInNeeded;
    }
    return Done;
}

int exitFor(const ApiError& error)
{
    if (error.kind == ApiError::Kind::Unreachable) {
        return OfflineExit;
    }
    if (error.isUnauthenticated()) {
        return SignInNeeded;
    }
    return Failed;
}

int openCache(Client& client, CacheDatabase& cache, const QString& org, bool discardFirst)
{
    const CacheIdentity identity = client.identity(org);
    if (!cache.open(identity)) {
        if (!discardFirst || cache.problem() == CacheDatabase::Problem::SecretStoreFailed) {
            complain(cache.errorMessage());
            if (cache.problem() != CacheDatabase::Problem::SecretStoreFailed) {
                complain(QCoreApplication::translate(
                    "purser", "To discard it and download it again, run: purser sync "
                              "--discard-offline-data"));
            }
            return CacheProblem;
        }
        QString error;
        if (!cache.discard(identity, &error) || !cache.open(identity)) {
            complain(error.isEmpty() ? cache.errorMessage() : error);
            return CacheProblem;
        }
        say(QCoreApplication::translate("purser",
                                        "Discarded the offline data; downloading it again."));
    }
    client.rememberOrganization(org);
    return Done;
}

} // namespace purser::headless
