#pragma once

#include "cache/CacheDatabase.h"
#include "cache/SecretStore.h"
#include "net/ApiClient.h"
#include "net/CertificatePinStore.h"
#include "net/Session.h"
#include "net/SessionStore.h"
#include "services/OfflineDataIndex.h"

#include <QSettings>
#include <functional>
#include <memory>
#include <optional>

namespace purser {

class SyncEngine;

// The client's services, one set for both front ends (the window's AppController and the
// headless commands): where secrets live (the OS keychain, or a passphrase-sealed file where
// none works; never plaintext), the API client and the session, and opening, discarding or
// removing the offline data of an account. The Session is the single owner of the connection
// state: a sync engine made here reports each sync's outcome to it, and the session alone
// decides what that outcome means (Session::followSync). What differs between the front ends
// (a dialog or standard input for the passphrase, a question or a flag before discarding) is
// passed in as a prompt.
class ClientServices
{
public:
    ClientServices();
    ~ClientServices();
    ClientServices(const ClientServices&) = delete;
    ClientServices& operator=(const ClientServices&) = delete;

    QSettings& settings() { return m_settings; }
    CertificatePinStore& pins() { return m_pins; }
    SessionStore& sessionStore() { return m_store; }
    ApiClient& api() { return m_api; }
    Session& session() { return m_session; }
    OfflineDataIndex& offlineIndex() { return m_index; }
    SecretStore* secrets() const { return m_secrets.get(); }

    // creating: no passphrase file yet; why: why no keychain works; error: the last attempt's
    // problem (empty the first time). nullopt: the user gave up.
    using PassphrasePrompt = std::function<std::optional<QString>(bool creating, const QString& why,
                                                                  const QString& error)>;
    // Offline data that cannot be opened: message in plain words, queued changes that
    // discarding would lose (-1: unknown). True: discard it and start again.
    using DiscardPrompt = std::function<bool(const QString& message, int queuedAtRisk)>;

    // The OS keychain when it works (and useKeychain), else the passphrase store, asking until
    // the passphrase opens it or the prompt gives up. False when it gave up.
    bool chooseSecrets(bool useKeychain, const PassphrasePrompt& askPassphrase);

    // The offline data of organizationId for the signed-in (or last) account.
    CacheIdentity identity(const QString& organizationId) const;
    bool hasOfflineData(const QString& organizationId) const;
    // Opens it into cache (created when new). A file whose key is gone or that the key does
    // not open is discarded and opened again only when mayDiscard agrees; false otherwise (the
    // file stays as it is; cache says why). Remembered as the account's last organisation.
    bool openOfflineData(CacheDatabase& cache, const QString& organizationId,
                         CacheDatabase::PageCheck pageCheck, const DiscardPrompt& mayDiscard);
    // Changes queued in every organisation's offline data of the last account (not yet sent).
    int unsentChangesAtRisk() const;
    // Removes every organisation's offline data of the last account, and their keys.
    bool removeOfflineData(QString* error);
    // A sync engine over the open cache whose outcomes drive the session's connection state.
    std::unique_ptr<SyncEngine> startSyncEngine(CacheDatabase* cache,
                                                const QString& organizationId);

private:
    QUrl accountServer() const;
    QString accountEmail() const;

    QSettings m_settings;
    CertificatePinStore m_pins{&m_settings};
    std::unique_ptr<SecretStore> m_secrets;
    SessionStore m_store{&m_settings};
    ApiClient m_api{&m_pins};
    Session m_session{&m_api, &m_store};
    OfflineDataIndex m_index{&m_settings};
};

} // namespace purser
