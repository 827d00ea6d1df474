#pragma once

#include "core/Employee.h"
#include "core/SessionInfo.h"
#include "net/ApiError.h"
#include "net/ConnectionState.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QUrl>
#include <functional>

namespace purser {

class ApiClient;
struct ApiResponse;
class CacheStore;
class SessionStore;
class SyncEngine;

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

    // totpCode: the second factor when the account has two-factor on (empty otherwise).
    void signIn(const QUrl& server, const QString& email, const QString& password,
                const QString& totpCode = {});
    // Unlocking a locked window while online: the server checks the password through sign-in
    // (its budgets apply). Right when it issues a session (which replaces this one: the server
    // revokes the token presented) or answers two_factor_required (the password was right;
    // this session stays). Unreachable: the caller falls back to the offline verifier.
    enum class PasswordVerdict
    {
        Right,
        Wrong,
        Unreachable,
        Refused, // rate limited or another error: the message says why
    };
    using PasswordCallback = std::function<void(PasswordVerdict, const ApiError&)>;
    void reauthenticate(const QString& password, PasswordCallback done);
    // The offline unlock verifier of this account (UnlockVerifier in the SecretStore): written
    // after every password the server accepted, checked when the server cannot be reached.
    void rememberUnlockPassword(const QString& password);
    bool checkUnlockPasswordOffline(const QString& password, bool* known) const;
    // Two-factor turned on or off from My account; the next /auth/session says the same.
    void noteTwoFactor(bool enabled) { m_info.user.twoFactorEnabled = enabled; }
    // Resumes the last account from QSettings and the keychain. Ends in Online, or in
    // NeedsSignIn when there is nothing to resume or the server no longer knows the token.
    void resume();
    void signOut();
    // Offline start: the server cannot be reached but the keychain held a token and the
    // offline data holds the session as last seen. The session counts as signed in (Offline)
    // until the sync engine reaches the server again.
    void adoptOffline(const SessionInfo& info);
    // Makes another of the user's organisations the active one; false if not a member.
    bool setActiveOrganization(const QString& organizationId);
    // Once offline data is open, each sync's outcome says where the client stands: a sync
    // that starts while not online is Connecting, one that finishes is Online, one that fails
    // goes through the same rule as every other answer (stateForError). The engine only
    // reports; the session stays the one owner of the connection state. Not owned.
    void followSync(SyncEngine* engine);
    // With offline data attached, fetchEmployees() answers from it (kept current by the sync
    // engine) instead of asking the server. Not owned; nullptr detaches.
    void setCache(CacheStore* cache) { m_cache = cache; }
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
    using SignInDone = std::function<void(bool ok, const ApiError& error)>;
    void postSignIn(const QJsonObject& body, const QString& knownClient);
    void acceptSignIn(const ApiResponse& response, const QString& knownClient,
                      const QString& password, SignInDone done);
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
    CacheStore* m_cache = nullptr;
};

} // namespace purser
