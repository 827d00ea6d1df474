#include "ui/KeychainStatusCheck.h"

#include <QLoggingCategory>
#include <qt6keychain/keychain.h>

namespace purser {

namespace {
Q_LOGGING_CATEGORY(lcKeychainCheck, "purser.ui.keychain")
}

KeychainStatusCheck::KeychainStatusCheck(QObject* parent) : QObject(parent)
{
}

void KeychainStatusCheck::start(const QString& service, const QString& key)
{
    m_outcome = Outcome::Checking;
    m_entryFound = false;
    m_reason.clear();
    const quint64 generation = ++m_generation;
    // Not a child of this object: a running job must not be deleted (libsecret would call
    // back into it), so it deletes itself when it finishes, even after this check is gone;
    // the connection below ends with this object.
    auto* job = new QKeychain::ReadPasswordJob(service);
    job->setAutoDelete(true);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, generation](QKeychain::Job* done) {
        if (generation != m_generation) {
            return; // a newer check is running
        }
        auto* read = static_cast<QKeychain::ReadPasswordJob*>(done);
        switch (read->error()) {
        case QKeychain::NoError:
            m_outcome = Outcome::Available;
            m_entryFound = true;
            break;
        case QKeychain::EntryNotFound:
            m_outcome = Outcome::Available;
            break;
        default:
            m_outcome = Outcome::Unavailable;
            m_reason = read->errorString();
            break;
        }
        // The secret itself is not wanted here; never logged either.
        qCInfo(lcKeychainCheck) << "keychain check:"
                                << (m_outcome == Outcome::Available ? "available" : "unavailable")
                                << read->error();
        Q_EMIT finished();
    });
    job->start(); // returns at once; finished() arrives from the event loop
}

} // namespace purser
