#include "app/HeadlessClient.h"

#include "net/SigningKeyPins.h"

#include <QCoreApplication>
#include <QSettings>
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
    // One line of standard input, one try: a script has no second chance to type.
    return services.chooseSecrets(
        true, [](bool, const QString& why, const QString& error) -> std::optional<QString> {
            if (!error.isEmpty()) {
                complain(error);
                return std::nullopt;
            }
            complain(QCoreApplication::translate(
                         "purser", "No system keychain works here (%1). Reading your Purser "
                                   "passphrase from standard input instead.")
                         .arg(why));
            return readStdinLine();
        });
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

QCommandLineOption trustedKeyOption()
{
    return QCommandLineOption(
        QStringLiteral("trusted-key"),
        QCoreApplication::translate("purser",
                                    "SHA-256 fingerprint of a signing key you trust (repeatable)."),
        QStringLiteral("fingerprint"));
}

QStringList trustedKeys(const QStringList& named)
{
    if (!named.isEmpty()) {
        return named;
    }
    QSettings settings;
    return SigningKeyPins(&settings).allPinned();
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
    bool discarded = false;
    const bool opened = client.services.openOfflineData(
        cache, org, CacheDatabase::PageCheck::AtOpen, [&](const QString& message, int) {
            complain(message);
            discarded = discardFirst;
            return discardFirst;
        });
    if (!opened) {
        if (!discarded) {
            if (cache.problem() != CacheDatabase::Problem::MissingKey &&
                cache.problem() != CacheDatabase::Problem::WrongKeyOrDamaged) {
                complain(cache.errorMessage());
            } else {
                complain(QCoreApplication::translate(
                    "purser", "To discard it and download it again, run: purser sync "
                              "--discard-offline-data"));
            }
        } else {
            complain(cache.errorMessage());
        }
        return CacheProblem;
    }
    if (discarded) {
        say(QCoreApplication::translate("purser",
                                        "Discarded the offline data; downloading it again."));
    }
    return Done;
}

} // namespace purser::headless
