#pragma once

#include "core/Employee.h"
#include "core/SessionInfo.h"
#include "net/ApiError.h"
#include "net/ConnectionState.h"

#include <QList>
#include <QObject>
#include <QUrl>

namespace purser {

class ApiClient;
class SessionStore;

// The signed-in session: sign in, resume from the keychain, sign out, and the first read
// (employees). It owns the connection state machine and emits every change.
class Session : public QObject
{
    Q_OBJECT
public:
    // api and store are not owned and must outlive the session.
    Session(ApiClient* api, SessionStore* store, QObject* parent = nullptr);

    ConnectionState state() const { return m_state; }
    const SessionInfo& info() const { return m_info; }
    std::optional<Membership> activeMembership() const;
    QUrl server() const { return m_server; }
    QString email() const { return m_email; }
    bool isSignedIn() const { return m_signedIn; }

    void signIn(const QUrl& server, const QString& email, const QString& password);
    // Resumes the last account from QSettings and the keychain. Ends in Online, or in
    // NeedsSignIn when there is nothing to resume or the server no longer knows the token.
    void resume();
    void signOut();
    // Every employee of the active organisation, following next_cursor while has_more.
    void fetchEmployees();
    // Items per page (1..1000, api.md); small pages let tests exercise next_cursor.
    void setEmployeePageSize(int size) { m_employeePageSize = qBound(1, size, 1000); }

Q_SIGNALS:
    void stateChanged(purser::ConnectionState state);
    void signInFinished(bool ok, const purser::ApiError& error);
    void resumeFinished(bool ok, const purser::ApiError& error);
    void signedOut();
    void employeesFetched(const QList<purser::Employee>& employees);
    void employeesFailed(const purser::ApiError& error);

private:
    void setState(ConnectionState state);
    void stateForError(const ApiError& error);
    bool adoptSession(const QJsonObject& object);
    void fetchEmployeePage(const QString& organizationId, const QString& cursor,
                           QList<Employee> collected, int pages);
    void forgetSession();

    ApiClient* m_api;
    SessionStore* m_store;
    ConnectionState m_state = ConnectionState::SignedOut;
    SessionInfo m_info;
    QUrl m_server;
    QString m_email;
    bool m_signedIn = false;
    int m_employeePageSize = 500;
};

} // namespace purser
