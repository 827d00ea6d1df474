#include "cache/CacheDatabase.h"

#include "cache/CacheKey.h"
#include "cache/CacheLogging.h"
#include "cache/CachePageCheck.h"
#include "cache/SecretStore.h"
#include "cache/SqlCipherDriver.h"
#include "core/MigrationRunner.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <sodium.h>

// The migrations live in a static library's resource: register them explicitly (outside any
// namespace, as Q_INIT_RESOURCE requires).
static void initCacheMigrations()
{
    Q_INIT_RESOURCE(cache_migrations);
}

namespace purser {

namespace {

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("purser::CacheDatabase", text, disambiguation, n);
}

QString origin(const QUrl& server)
{
    return server
        .adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment |
                  QUrl::RemoveUserInfo)
        .toString();
}

QString sidecarPath(const QString& path)
{
    return path + QStringLiteral(".queued");
}

void wipe(QByteArray* secret)
{
    if (!secret->isEmpty()) {
        sodium_memzero(secret->data(), size_t(secret->size()));
    }
}

QString atRiskSentence(int queued)
{
    if (queued == 0) {
        return QCoreApplication::translate("purser::CacheDatabase",
                                           "No unsent changes would be lost.");
    }
    if (queued < 0) {
        return QCoreApplication::translate(
            "purser::CacheDatabase", "Purser cannot tell whether unsent changes would be lost.");
    }
    return QCoreApplication::translate(
        "purser::CacheDatabase",
        "%n change(s) made here and not yet sent to the server would be lost.", nullptr, queued);
}

} // namespace

QString CacheIdentity::fileName() const
{
    const QByteArray who = origin(server).toUtf8() + '\n' + email.trimmed().toLower().toUtf8() +
                           '\n' + organizationId.toUtf8();
    return QString::fromLatin1(
               QCryptographicHash::hash(who, QCryptographicHash::Sha256).toHex().left(32)) +
           QStringLiteral(".cache");
}

QString CacheIdentity::keyName() const
{
    return QStringLiteral("cache key %1 for %2 on %3")
        .arg(organizationId, email.trimmed().toLower(), origin(server));
}

CacheDatabase::CacheDatabase(SecretStore* secrets, QString folder)
    : m_secrets(secrets), m_folder(std::move(folder)),
      m_connectionName(QStringLiteral("purser-cache-%1").arg(quintptr(this), 0, 16))
{
    SqlCipherDriver::registerDriver();
    initCacheMigrations();
}

CacheDatabase::~CacheDatabase()
{
    close();
}

QString CacheDatabase::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/cache");
}

QString CacheDatabase::pathFor(const CacheIdentity& identity) const
{
    return m_folder + u'/' + identity.fileName();
}

bool CacheDatabase::exists(const CacheIdentity& identity) const
{
    return QFile::exists(pathFor(identity));
}

bool CacheDatabase::fail(Problem problem, const QString& message)
{
    m_problem = problem;
    m_error = message;
    qCWarning(lcCache) << "cache not opened:" << int(problem);
    close();
    return false;
}

int CacheDatabase::queuedChangesAtRisk(const CacheIdentity& identity) const
{
    QFile file(sidecarPath(pathFor(identity)));
    if (!file.open(QIODevice::ReadOnly)) {
        return QFile::exists(pathFor(identity)) ? -1 : 0;
    }
    bool ok = false;
    const int count = file.readAll().trimmed().toInt(&ok);
    return ok ? count : -1;
}

bool CacheDatabase::open(const CacheIdentity& identity, PageCheck pageCheck)
{
    close();
    m_identity = identity;
    m_problem = Problem::None;
    m_error.clear();
    const QString path = pathFor(identity);
    const bool fileExists = QFile::exists(path);
    auto atRisk = [&]() { return atRiskSentence(queuedChangesAtRisk(identity)); };

    QString secretError;
    std::optional<QByteArray> key = m_secrets->read(identity.keyName(), &secretError);
    if (!secretError.isEmpty()) {
        return fail(Problem::SecretStoreFailed,
                    tr("The offline data is locked because %1 did not answer: %2")
                        .arg(m_secrets->description(), secretError));
    }
    if (!key && fileExists) {
        return fail(Problem::MissingKey,
                    tr("The offline data on this computer cannot be opened: its key is missing "
                       "from %1. You can discard it and download it again from the server. %2")
                        .arg(m_secrets->description(), atRisk()));
    }
    if (key && !CacheKey::isValidHex(*key)) {
        wipe(&*key);
        return fail(Problem::MissingKey,
                    tr("The offline data on this computer cannot be opened: its key in %1 is "
                       "not valid. You can discard it and download it again. %2")
                        .arg(m_secrets->description(), atRisk()));
    }
    if (!key) {
        // A new cache: a new key, stored before the file exists, so no file ever lacks a key.
        key = CacheKey::generateHex();
        if (!m_secrets->write(identity.keyName(), *key, &secretError)) {
            wipe(&*key);
            return fail(Problem::SecretStoreFailed,
                        tr("Cannot keep the offline data's key in %1: %2")
                            .arg(m_secrets->description(), secretError));
        }
        QFile::remove(sidecarPath(path));
    }
    if (!QDir().mkpath(m_folder)) {
        wipe(&*key);
        return fail(Problem::CannotOpen, tr("Cannot create the folder for offline data."));
    }
    QFile::setPermissions(m_folder,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

    // Every QSqlDatabase and QSqlQuery handle is gone before fail() removes the connection.
    Problem problem = Problem::None;
    QString message;
    int queued = 0;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(SqlCipherDriver::driverName(), m_connectionName);
        db.setDatabaseName(path);
        db.setPassword(QString::fromLatin1(*key));
        const bool opened = db.open();
        db.setPassword(QString());
        if (opened && pageCheck == PageCheck::Deferred) {
            m_deferredKey = QByteArray(key->constData(), key->size());
        }
        wipe(&*key);
        if (!opened) {
            const QSqlError error = db.lastError();
            if (error.nativeErrorCode() == SqlCipherDriver::wrongKeyOrDamagedCode()) {
                problem = Problem::WrongKeyOrDamaged;
                message = tr("The offline data on this computer cannot be read: its key does "
                             "not match or the file is damaged. You can discard it and "
                             "download it again from the server. %1")
                              .arg(atRisk());
            } else {
                problem = Problem::CannotOpen;
                message = tr("Cannot open the offline data: %1").arg(error.text());
            }
        } else {
            if (const auto* driver = qobject_cast<const SqlCipherDriver*>(db.driver())) {
                m_cipherVersion = driver->cipherVersion();
            }
            QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
            // A damaged page elsewhere in the file shows only when read: check every page,
            // now or (Deferred) on a worker thread once the window is up.
            QSqlQuery check(db);
            MigrationRunner migrations(db, QStringLiteral(":/cache/migrations"));
            if (pageCheck == PageCheck::AtOpen && !CachePageCheck::pagesIntact(db)) {
                problem = Problem::WrongKeyOrDamaged;
                message = damagedMessage();
            } else if (!migrations.run()) {
                problem = Problem::CannotOpen;
                message = tr("Cannot prepare the offline data: %1").arg(migrations.errorString());
            } else if (check.exec(QStringLiteral("SELECT count(*) FROM outbox")) && check.next()) {
                queued = check.value(0).toInt();
            }
        }
    }
    if (problem != Problem::None) {
        return fail(problem, message);
    }
    recordQueuedChanges(queued);
    qCInfo(lcCache) << "cache open" << identity.fileName();
    return true;
}

CachePageCheck* CacheDatabase::startPageCheck(QObject* parent)
{
    if (!isOpen() || m_deferredKey.isEmpty()) {
        return nullptr;
    }
    auto* check = new CachePageCheck(pathFor(m_identity), m_deferredKey, parent);
    wipe(&m_deferredKey);
    m_deferredKey.clear();
    check->start();
    return check;
}

QString CacheDatabase::damagedMessage() const
{
    return tr("The offline data on this computer is damaged. You can discard it and download "
              "it again from the server. %1")
        .arg(atRiskSentence(queuedChangesAtRisk(m_identity)));
}

void CacheDatabase::close()
{
    wipe(&m_deferredKey);
    m_deferredKey.clear();
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

bool CacheDatabase::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) &&
           QSqlDatabase::database(m_connectionName, false).isOpen();
}

QSqlDatabase CacheDatabase::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

void CacheDatabase::recordQueuedChanges(int count)
{
    QSaveFile file(sidecarPath(pathFor(m_identity)));
    if (file.open(QIODevice::WriteOnly)) {
        file.write(QByteArray::number(count));
        file.commit();
    }
}

bool CacheDatabase::discard(const CacheIdentity& identity, QString* error)
{
    if (m_identity.fileName() == identity.fileName()) {
        close();
    }
    const QString path = pathFor(identity);
    for (const QString& file :
         {path, path + QStringLiteral("-journal"), path + QStringLiteral("-wal"),
          path + QStringLiteral("-shm"), sidecarPath(path)}) {
        if (QFile::exists(file) && !QFile::remove(file)) {
            if (error) {
                *error = tr("Cannot delete the offline data file.");
            }
            return false;
        }
    }
    QString secretError;
    if (!m_secrets->remove(identity.keyName(), &secretError)) {
        if (error) {
            *error = secretError;
        }
        return false;
    }
    qCInfo(lcCache) << "cache discarded" << identity.fileName();
    return true;
}

} // namespace purser
