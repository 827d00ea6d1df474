#pragma once

#include "net/ApiClient.h"
#include "net/CertificatePinStore.h"
#include "net/Session.h"
#include "net/SessionStore.h"
#include "tests/client/RecordingTrustPrompt.h"

#include <QSettings>
#include <memory>

namespace purser::test {

// One "run" of the client: settings, pin store, keychain store, ApiClient and Session, wired
// like the app wires them. Build a second harness on the same settings file to "restart".
class ClientHarness
{
public:
    ClientHarness(const QString& settingsFile, bool acceptCertificates);
    ~ClientHarness();

    // Each returns true when the session finished the way it reports (waits for the signal).
    bool signIn(const QUrl& server, const QString& email, ApiError* error = nullptr,
                const QString& password = QStringLiteral("correct horse battery staple"));
    bool resume(ApiError* error = nullptr);
    bool signOut();
    bool fetchEmployees(QList<Employee>* employees, ApiError* error = nullptr);

    QSettings settings;
    RecordingTrustPrompt prompt;
    CertificatePinStore pins;
    std::unique_ptr<SessionStore> store;
    std::unique_ptr<ApiClient> api;
    std::unique_ptr<Session> session;
};

} // namespace purser::test
