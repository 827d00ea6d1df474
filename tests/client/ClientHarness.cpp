#include "tests/client/ClientHarness.h"

#include <QDeadlineTimer>
#include <QSignalSpy>

namespace purser::test {

namespace {
constexpr int waitMs = 30000;
}

ClientHarness::ClientHarness(const QString& settingsFile, bool acceptCertificates)
    : settings(settingsFile, QSettings::IniFormat), prompt(acceptCertificates), pins(&settings),
      store(std::make_unique<SessionStore>(&settings)), api(std::make_unique<ApiClient>(&pins)),
      session(std::make_unique<Session>(api.get(), store.get()))
{
    api->setTrustPrompt(&prompt);
}

ClientHarness::~ClientHarness()
{
    session.reset();
    api.reset();
    store.reset();
}

bool ClientHarness::signIn(const QUrl& server, const QString& email, ApiError* error,
                           const QString& password)
{
    QSignalSpy done(session.get(), &Session::signInFinished);
    session->signIn(server, email, password);
    if (done.isEmpty() && !done.wait(waitMs)) {
        return false;
    }
    if (error) {
        *error = done.first().at(1).value<ApiError>();
    }
    return done.first().at(0).toBool();
}

bool ClientHarness::resume(ApiError* error)
{
    QSignalSpy done(session.get(), &Session::resumeFinished);
    session->resume();
    if (done.isEmpty() && !done.wait(waitMs)) {
        return false;
    }
    if (error) {
        *error = done.first().at(1).value<ApiError>();
    }
    return done.first().at(0).toBool();
}

bool ClientHarness::signOut()
{
    QSignalSpy done(session.get(), &Session::signedOut);
    session->signOut();
    return !done.isEmpty() || done.wait(waitMs);
}

bool ClientHarness::fetchEmployees(QList<Employee>* employees, ApiError* error)
{
    QSignalSpy fetched(session.get(), &Session::employeesFetched);
    QSignalSpy failed(session.get(), &Session::employeesFailed);
    session->fetchEmployees();
    QDeadlineTimer deadline(waitMs);
    while (fetched.isEmpty() && failed.isEmpty() && !deadline.hasExpired()) {
        fetched.wait(100);
    }
    if (!failed.isEmpty() && error) {
        *error = failed.first().at(0).value<ApiError>();
    }
    if (fetched.isEmpty()) {
        return false;
    }
    *employees = fetched.first().at(0).value<QList<Employee>>();
    return true;
}

} // namespace purser::test
