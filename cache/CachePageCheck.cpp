#include "cache/CachePageCheck.h"

#include "cache/CacheLogging.h"
#include "cache/SqlCipherDriver.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>
#include <sodium.h>
#include <sqlite3.h>

namespace purser {

CachePageCheck::CachePageCheck(QString path, QByteArray hexKey, QObject* parent)
    : QObject(parent), m_path(std::move(path)), m_key(std::move(hexKey))
{
    m_key.detach(); // our own bytes, so wiping them cannot touch the caller's copy
}

CachePageCheck::~CachePageCheck()
{
    {
        QMutexLocker locker(&m_lock);
        m_stopped = true;
        if (m_handle) {
            sqlite3_interrupt(static_cast<sqlite3*>(m_handle)); // safe from another thread
        }
    }
    if (m_worker) {
        m_worker->wait();
        delete m_worker;
    }
    if (!m_key.isEmpty()) {
        sodium_memzero(m_key.data(), size_t(m_key.size()));
    }
}

void CachePageCheck::start()
{
    if (m_worker) {
        return;
    }
    m_worker = QThread::create([this]() {
        const bool intact = runOnWorker();
        // Queued to this object's thread; dropped if the object is gone by then.
        QMetaObject::invokeMethod(
            this, [this, intact]() { Q_EMIT finished(intact); }, Qt::QueuedConnection);
    });
    m_worker->start(QThread::LowPriority);
}

bool CachePageCheck::isRunning() const
{
    return m_worker && m_worker->isRunning();
}

bool CachePageCheck::pagesIntact(const QSqlDatabase& db)
{
    QSqlQuery check(db);
    return check.exec(QStringLiteral("PRAGMA quick_check")) && check.next() &&
           check.value(0).toString() == QStringLiteral("ok");
}

bool CachePageCheck::runOnWorker()
{
    QElapsedTimer timer;
    timer.start();
    const QString connection =
        QStringLiteral("purser-page-check-") + QUuid::createUuid().toString();
    bool intact = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(SqlCipherDriver::driverName(), connection);
        db.setDatabaseName(m_path);
        db.setPassword(QString::fromLatin1(m_key));
        const bool opened = db.open();
        db.setPassword(QString());
        sodium_memzero(m_key.data(), size_t(m_key.size()));
        if (!opened) {
            // The window's own connection opened this file with this key a moment ago, so a
            // refusal here means the first pages went bad meanwhile.
            intact = db.lastError().nativeErrorCode() != SqlCipherDriver::wrongKeyOrDamagedCode();
        } else {
            bool stopped = false;
            {
                QMutexLocker locker(&m_lock);
                stopped = m_stopped;
                m_handle = db.driver()->handle().value<void*>();
            }
            if (!stopped) {
                intact = pagesIntact(db);
            }
            QMutexLocker locker(&m_lock);
            m_handle = nullptr;
            if (m_stopped) {
                intact = true; // interrupted, not damaged: nobody is waiting for the verdict
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    qCInfo(lcCache) << "page check" << (intact ? "passed" : "found damage") << "in"
                    << timer.elapsed() << "ms";
    return intact;
}

} // namespace purser
