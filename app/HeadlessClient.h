#pragma once

#include "services/ClientServices.h"

#include <QCommandLineOption>
#include <QEventLoop>

namespace purser::headless {

// What every headless command shares (HeadlessCommands.h lists them and the exit codes).
enum ExitCode
{
    Done = 0,
    Failed = 1,
    Usage = 2,
    OfflineExit = 3,
    SignInNeeded = 4,
    CacheProblem = 5,
    Untrusted = 6,      // verify-export: consistent, but signed by no key the user trusts
    WitnessMissing = 7, // verify-export: trusted, but a required witness did not cosign
};

QString tr(const char* text);
void say(const QString& text);
void complain(const QString& text);
QString readStdinLine();

template <typename Sender, typename Signal>
void waitFor(Sender* sender, Signal signal)
{
    QEventLoop loop;
    QObject::connect(sender, signal, &loop, &QEventLoop::quit);
    loop.exec();
}

// Everything a command needs: the same client services the window uses (ClientServices), with
// the passphrase from standard input and discarding only on request.
struct Client
{
    ClientServices services;
    SessionStore& store = services.sessionStore();
    ApiClient& api = services.api();
    Session& session = services.session();
    CertificatePinStore& pins = services.pins();
    OfflineDataIndex& index = services.offlineIndex();

    // The OS keychain when it works; otherwise the passphrase-wrapped file, with the
    // passphrase read from the next line of standard input. Never plaintext.
    bool chooseSecrets();
    SecretStore* secrets() const { return services.secrets(); }
    CacheIdentity identity(const QString& organizationId) const
    {
        return services.identity(organizationId);
    }
    // Resumes the stored session; SignInNeeded (with a message) when there is none.
    int resume();
};

int exitFor(const ApiError& error);
// --trusted-key FINGERPRINT (repeatable), for the commands that verify a signed export.
QCommandLineOption trustedKeyOption();
// The signing keys a verification trusts: those named, else the ones this computer pinned
// while syncing (first sync, then rotations only through notes signed by a trusted key).
QStringList trustedKeys(const QStringList& named);
int openCache(Client& client, CacheDatabase& cache, const QString& org, bool discardFirst);

} // namespace purser::headless
