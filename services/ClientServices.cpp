#include "services/ClientServices.h"

#include "cache/KeychainSecretStore.h"
#include "cache/PassphraseSecretStore.h"
#include "net/SyncEngine.h"

namespace purser {

ClientServices::ClientServices() = default;

ClientServices::~ClientServices() = default;

bool ClientServices::chooseSecrets(bool useKeychain, const PassphrasePrompt& askPassphrase)
{
    QString why;
    if (useKeychain && KeychainSecretStore::isAvailable(&why, SessionStore::keychainService())) {
        m_secrets = std::make_unique<KeychainSecretStore>(SessionStore::keychainService());
        m_store.setSecretStore(m_secrets.get());
        return true;
    }
    // Never plaintext: without a keychain the token and the cache keys are sealed with a key
    // derived from a passphrase only the user knows.
    auto wrapped =
        std::make_unique<PassphraseSecretStore>(PassphraseSecretStore::defaultFilePath());
    QString error;
    for (;;) {
        const auto passphrase = askPassphrase(!wrapped->exists(), why, error);
        if (!passphrase) {
            return false;
        }
        if (wrapped->unlock(*passphrase, &error)) {
            break;
        }
    }
    m_secrets = std::move(wrapped);
    m_store.setSecretStore(m_secrets.get());
    return true;
}

QUrl ClientServices::accountServer() const
{
    return m_session.server().isValid() ? m_session.server() : m_store.lastServer();
}

QString ClientServices::accountEmail() const
{
    return m_session.email().isEmpty() ? m_store.lastEmail() : m_session.email();
}

CacheIdentity ClientServices::identity(const QString& organizationId) const
{
    return CacheIdentity{accountServer(), accountEmail(), organizationId};
}

bool ClientServices::hasOfflineData(const QString& organizationId) const
{
    return !organizationId.isEmpty() &&
           CacheDatabase(m_secrets.get()).exists(identity(organizationId));
}

bool ClientServices::openOfflineData(CacheDatabase& cache, const QString& organizationId,
                                     CacheDatabase::PageCheck pageCheck,
                                     const DiscardPrompt& mayDiscard)
{
    const CacheIdentity id = identity(organizationId);
    if (!cache.open(id, pageCheck)) {
        const bool discardable = cache.problem() == CacheDatabase::Problem::MissingKey ||
                                 cache.problem() == CacheDatabase::Problem::WrongKeyOrDamaged;
        if (!discardable || !mayDiscard(cache.errorMessage(), cache.queuedChangesAtRisk(id))) {
            return false;
        }
        if (!cache.discard(id) || !cache.open(id, pageCheck)) {
            return false;
        }
    }
    m_index.remember(id.server, id.email, organizationId);
    return true;
}

int ClientServices::unsentChangesAtRisk() const
{
    const CacheDatabase cache(m_secrets.get());
    int atRisk = 0;
    for (const QString& org : m_index.organizations(accountServer(), accountEmail())) {
        atRisk += qMax(0, cache.queuedChangesAtRisk(identity(org)));
    }
    return atRisk;
}

bool ClientServices::removeOfflineData(QString* error)
{
    // Every organisation's file is tried, even after one fails (the others still go); the
    // index forgets them only when all went.
    CacheDatabase cache(m_secrets.get());
    bool removed = true;
    for (const QString& org : m_index.organizations(accountServer(), accountEmail())) {
        QString problem;
        if (!cache.discard(identity(org), &problem)) {
            removed = false;
            if (error && error->isEmpty()) {
                *error = problem;
            }
        }
    }
    if (removed) {
        m_index.forget(accountServer(), accountEmail());
    }
    return removed;
}

std::unique_ptr<SyncEngine> ClientServices::startSyncEngine(CacheDatabase* cache,
                                                            const QString& organizationId)
{
    auto engine = std::make_unique<SyncEngine>(&m_api, cache);
    engine->setOrganization(organizationId);
    m_session.followSync(engine.get());
    return engine;
}

} // namespace purser
