#include "net/Session.h"

#include "cache/CacheStore.h"
#include "cache/UnlockVerifier.h"
#include "net/ApiClient.h"
#include "net/NetLogging.h"
#include "net/SessionStore.h"
#include "net/SyncEngine.h"

#include <QJsonArray>
#include <QSet>

namespace purser {

namespace {

constexpr int maxEmployeePages = 10000; // a guard against a server that never says "done"

} // namespace

Session::Session(ApiClient* api, SessionStore* store, QObject* parent)
    : QObject(parent), m_api(api), m_store(store)
{
}

std::optional<Membership> Session::activeMembership() const
{
    if (auto active = m_info.activeMembership()) {
        return active;
    }
    if (!m_info.memberships.isEmpty()) {
        return m_info.memberships.first();
    }
    return std::nullopt;
}

void Session::setState(ConnectionState state)
{
    if (state == m_state) {
        return;
    }
    qCInfo(lcSession) << "state" << connectionStateName(m_state) << "->"
                      << connectionStateName(state);
    m_state = state;
    Q_EMIT stateChanged(state);
}

void Session::stateForError(const ApiError& error)
{
    // The one rule from an answer to a state, for the session's own requests and for every
    // sync (followSync). Signed out: nothing to be offline or in error about.
    switch (error.kind) {
    case ApiError::Kind::None:
        return;
    case ApiError::Kind::Unreachable:
        setState(m_signedIn ? ConnectionState::Offline : ConnectionState::SignedOut);
        return;
    case ApiError::Kind::CertificateChanged:
        setState(ConnectionState::CertificateChanged);
        return;
    case ApiError::Kind::Http:
        if (error.status == 401) {
            // The stored session is gone; the offline data and the outbox stay as they are.
            setState(m_signedIn ? ConnectionState::NeedsSignIn : ConnectionState::SignedOut);
            return;
        }
        setState(m_signedIn || error.status >= 500 ? ConnectionState::ServerError
                                                   : ConnectionState::SignedOut);
        return;
    case ApiError::Kind::CertificateNotTrusted:
    case ApiError::Kind::Keychain:
        setState(m_signedIn ? ConnectionState::ServerError : ConnectionState::SignedOut);
        return;
    case ApiError::Kind::TlsFailure:
    case ApiError::Kind::InvalidResponse:
        setState(ConnectionState::ServerError);
        return;
    }
}

void Session::followSync(SyncEngine* engine)
{
    connect(engine, &SyncEngine::syncStarted, this, [this]() {
        // Offline stays offline while a retry runs (the status bar counts down to the next);
        // only a client that has not reached the server yet says it is connecting.
        if (m_state != ConnectionState::Online && m_state != ConnectionState::Offline) {
            setState(ConnectionState::Connecting);
        }
    });
    connect(engine, &SyncEngine::syncFinished, this, [this](bool ok, const ApiError& error) {
        if (ok) {
            setState(ConnectionState::Online);
        } else {
            stateForError(error);
        }
    });
}

bool Session::adoptSession(const QJsonObject& object)
{
    auto parsed = SessionInfo::fromJson(object);
    if (!parsed) {
        return false;
    }
    m_info = *parsed;
    m_info.token.reset(); // the token lives in ApiClient and the keychain only
    return true;
}

void Session::signIn(const QUrl& server, const QString& email, const QString& password,
                     const QString& totpCode)
{
    m_server = server;
    m_email = email.trimmed().toLower();
    m_signedIn = false;
    m_api->setServer(server);
    m_api->clearToken();
    setState(ConnectionState::Connecting);
    // A known client draws on its own sign-in budget, so strangers guessing the password
    // cannot lock it out (api.md); without a keychain entry it signs in as an unknown client.
    m_store->readKnownClient(
        this, m_server, m_email,
        [this, password, totpCode](const std::optional<QString>& knownClient, const ApiError&) {
            QJsonObject body{{QStringLiteral("email"), m_email},
                             {QStringLiteral("password"), password}};
            if (!totpCode.trimmed().isEmpty()) {
                body.insert(QStringLiteral("totp_code"), totpCode.trimmed());
            }
            if (knownClient && !knownClient->isEmpty()) {
                body.insert(QStringLiteral("known_client_token"), *knownClient);
            }
            postSignIn(body, knownClient.value_or(QString()));
        });
}

void Session::postSignIn(const QJsonObject& body, const QString& knownClient)
{
    const QString password = body.value(QStringLiteral("password")).toString();
    m_api->post(this, QStringLiteral("/auth/sign-in"), body,
                [this, knownClient, password](const ApiResponse& response) {
                    if (!response.ok()) {
                        stateForError(response.error);
                        Q_EMIT signInFinished(false, response.error);
                        return;
                    }
                    acceptSignIn(response, knownClient, password,
                                 [this](bool ok, const ApiError& error) {
                                     if (!ok) {
                                         stateForError(error);
                                         Q_EMIT signInFinished(false, error);
                                         return;
                                     }
                                     setState(ConnectionState::Online);
                                     Q_EMIT signInFinished(true, {});
                                 });
                });
}

void Session::acceptSignIn(const ApiResponse& response, const QString& knownClient,
                           const QString& password, SignInDone done)
{
    const QString token = response.object().value(QStringLiteral("token")).toString();
    if (token.isEmpty() || !adoptSession(response.object())) {
        done(false, ApiError::of(ApiError::Kind::InvalidResponse,
                                 tr("The server's sign-in answer is incomplete.")));
        return;
    }
    const QString issued = response.object().value(QStringLiteral("known_client_token")).toString();
    if (!issued.isEmpty() && issued != knownClient) {
        m_store->writeKnownClient(this, m_server, m_email, issued,
                                  [](const ApiError& keychainError) {
                                      if (keychainError.isError()) {
                                          qCWarning(lcSession) << "known-client token not saved";
                                      }
                                  });
    }
    m_api->setToken(token);
    rememberUnlockPassword(password);
    m_store->writeToken(
        this, m_server, m_email, token, [this, done](const ApiError& keychainError) {
            // Without the keychain the session still works now; it just
            // cannot be resumed.
            if (keychainError.isError()) {
                qCWarning(lcSession) << "session token not saved; next start asks again";
            }
            m_store->rememberLastAccount(m_server, m_email);
            m_signedIn = true;
            qCInfo(lcSession) << "signed in to" << ApiClient::hostPort(m_server);
            done(true, {});
        });
}

void Session::reauthenticate(const QString& password, PasswordCallback done)
{
    m_store->readKnownClient(
        this, m_server, m_email,
        [this, password, done](const std::optional<QString>& knownClient, const ApiError&) {
            QJsonObject body{{QStringLiteral("email"), m_email},
                             {QStringLiteral("password"), password}};
            if (knownClient && !knownClient->isEmpty()) {
                body.insert(QStringLiteral("known_client_token"), *knownClient);
            }
            const QString known = knownClient.value_or(QString());
            m_api->post(this, QStringLiteral("/auth/sign-in"), body,
                        [this, known, password, done](const ApiResponse& response) {
                            const ApiError& error = response.error;
                            if (response.ok()) {
                                acceptSignIn(response, known, password,
                                             [this, done](bool ok, const ApiError& problem) {
                                                 if (ok) {
                                                     setState(ConnectionState::Online);
                                                 }
                                                 done(ok ? PasswordVerdict::Right
                                                         : PasswordVerdict::Refused,
                                                      problem);
                                             });
                            } else if (error.isUnauthenticated() &&
                                       error.code == QStringLiteral("two_factor_required")) {
                                // Only a right password gets this far (api.md); the session stays.
                                rememberUnlockPassword(password);
                                done(PasswordVerdict::Right, {});
                            } else if (error.isUnauthenticated()) {
                                done(PasswordVerdict::Wrong, error);
                            } else if (error.kind == ApiError::Kind::Unreachable) {
                                done(PasswordVerdict::Unreachable, error);
                            } else {
                                done(PasswordVerdict::Refused, error);
                            }
                        });
        });
}

void Session::rememberUnlockPassword(const QString& password)
{
    if (!password.isEmpty() &&
        !UnlockVerifier(m_store->secretStore(), SessionStore::keychainKey(m_server, m_email))
             .remember(password)) {
        qCWarning(lcSession) << "offline unlock verifier not stored";
    }
}

bool Session::checkUnlockPasswordOffline(const QString& password, bool* known) const
{
    const auto verdict =
        UnlockVerifier(m_store->secretStore(), SessionStore::keychainKey(m_server, m_email))
            .check(password);
    *known = verdict != UnlockVerifier::Verdict::Unknown;
    return verdict == UnlockVerifier::Verdict::Right;
}

void Session::resume()
{
    m_server = m_store->lastServer();
    m_email = m_store->lastEmail();
    m_signedIn = false;
    if (!m_server.isValid() || m_email.isEmpty()) {
        setState(ConnectionState::NeedsSignIn);
        Q_EMIT resumeFinished(false, {});
        return;
    }
    setState(ConnectionState::Connecting);
    m_store->readToken(
        this, m_server, m_email,
        [this](const std::optional<QString>& token, const ApiError& keychainError) {
            if (!token || token->isEmpty()) {
                setState(ConnectionState::NeedsSignIn);
                Q_EMIT resumeFinished(false, keychainError);
                return;
            }
            m_api->setServer(m_server);
            m_api->setToken(*token);
            m_api->get(
                this, QStringLiteral("/auth/session"), {}, [this](const ApiResponse& response) {
                    if (response.error.isUnauthenticated()) {
                        // Expired or revoked: the stored token is useless, forget it.
                        qCInfo(lcSession) << "stored session no longer valid";
                        forgetSession();
                        setState(ConnectionState::NeedsSignIn);
                        Q_EMIT resumeFinished(false, response.error);
                        return;
                    }
                    if (!response.ok()) {
                        m_signedIn = true; // we still hold a token; a later retry may work
                        stateForError(response.error);
                        Q_EMIT resumeFinished(false, response.error);
                        return;
                    }
                    if (!adoptSession(response.object())) {
                        const ApiError error =
                            ApiError::of(ApiError::Kind::InvalidResponse,
                                         tr("The server's session answer is incomplete."));
                        stateForError(error);
                        Q_EMIT resumeFinished(false, error);
                        return;
                    }
                    m_signedIn = true;
                    qCInfo(lcSession) << "resumed session on" << ApiClient::hostPort(m_server);
                    setState(ConnectionState::Online);
                    Q_EMIT resumeFinished(true, {});
                });
        });
}

void Session::forgetSession()
{
    m_api->clearToken();
    m_signedIn = false;
    m_info = {};
    m_store->deleteToken(this, m_server, m_email, [](const ApiError&) {});
}

void Session::signOut()
{
    auto finish = [this]() {
        // The offline unlock check is for a signed-in window only.
        UnlockVerifier(m_store->secretStore(), SessionStore::keychainKey(m_server, m_email))
            .forget();
        m_api->clearToken();
        m_signedIn = false;
        m_info = {};
        m_store->deleteToken(this, m_server, m_email, [this](const ApiError& error) {
            if (error.isError()) {
                qCWarning(lcSession) << "could not remove the token from the keychain";
            }
            setState(ConnectionState::SignedOut);
            Q_EMIT signedOut();
        });
    };
    if (!m_api->hasToken()) {
        finish();
        return;
    }
    m_api->post(this, QStringLiteral("/auth/sign-out"), {}, [finish](const ApiResponse& response) {
        if (!response.ok() && !response.error.isUnauthenticated()) {
            // Offline: the token is forgotten here; the server lets it expire.
            qCWarning(lcSession) << "sign-out not confirmed by the server";
        }
        finish();
    });
}

void Session::adoptOffline(const SessionInfo& info)
{
    m_info = info;
    m_info.token.reset();
    m_signedIn = true;
    qCInfo(lcSession) << "working offline from the cached session";
    setState(ConnectionState::Offline);
}

void Session::fetchEmployees()
{
    const auto membership = activeMembership();
    if (!m_signedIn || !membership) {
        Q_EMIT employeesFailed(
            ApiError::of(ApiError::Kind::Http, tr("You are not a member of any organisation.")));
        return;
    }
    if (m_cache) {
        QList<Employee> cached;
        for (const QJsonObject& record : m_cache->records(QStringLiteral("employees"))) {
            FieldErrors errors;
            if (auto employee = Employee::fromJson(record, &errors)) {
                cached.append(*employee);
            }
        }
        // Answered later, like the server would be, so callers see one behaviour.
        QMetaObject::invokeMethod(
            this, [this, cached]() { Q_EMIT employeesFetched(cached); }, Qt::QueuedConnection);
        return;
    }
    fetchEmployeePage(membership->organizationId, {}, {}, 0);
}

void Session::fetchEmployeePage(const QString& organizationId, const QString& cursor,
                                QList<Employee> collected, int pages)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QString::number(m_employeePageSize));
    if (!cursor.isEmpty()) {
        query.addQueryItem(QStringLiteral("since"), cursor);
    }
    const QString path = QStringLiteral("/orgs/%1/employees")
                             .arg(QString::fromLatin1(QUrl::toPercentEncoding(organizationId)));
    m_api->get(this, path, query,
               [this, organizationId, collected = std::move(collected),
                pages](const ApiResponse& response) mutable {
                   if (!response.ok()) {
                       stateForError(response.error);
                       Q_EMIT employeesFailed(response.error);
                       return;
                   }
                   const QJsonObject page = response.object();
                   const QJsonArray deleted = page.value(QStringLiteral("deleted")).toArray();
                   if (!deleted.isEmpty()) {
                       QSet<QString> gone;
                       for (const QJsonValue& id : deleted) {
                           gone.insert(id.toString());
                       }
                       collected.removeIf([&](const Employee& e) { return gone.contains(e.id); });
                   }
                   for (const QJsonValue& item : page.value(QStringLiteral("items")).toArray()) {
                       FieldErrors errors;
                       if (auto employee = Employee::fromJson(item.toObject(), &errors)) {
                           collected.append(*employee);
                       } else {
                           qCWarning(lcSession)
                               << "skipping an employee record the client cannot read";
                       }
                   }
                   const QString next = page.value(QStringLiteral("next_cursor")).toString();
                   const bool hasMore = page.value(QStringLiteral("has_more")).toBool();
                   if (hasMore && !next.isEmpty() && pages + 1 < maxEmployeePages) {
                       fetchEmployeePage(organizationId, next, std::move(collected), pages + 1);
                       return;
                   }
                   setState(ConnectionState::Online);
                   Q_EMIT employeesFetched(collected);
               });
}

bool Session::setActiveOrganization(const QString& organizationId)
{
    for (const Membership& membership : std::as_const(m_info.memberships)) {
        if (membership.organizationId == organizationId) {
            m_info.activeOrganizationId = organizationId;
            return true;
        }
    }
    return false;
}

} // namespace purser
