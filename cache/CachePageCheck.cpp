#include "cache/CachePageCheck.h"

#include "cache/CacheLogging.h"
#include "cache/SqlCipherDriver.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>
#include <limits>
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

namespace {

constexpr int rowsPerWindow = 20000;

// SQLITE_CORRUPT and SQLITE_NOTADB: what a page that does not decrypt or parse gives.
bool isDamage(const QSqlError& error)
{
    if (error.nativeErrorCode() == SqlCipherDriver::wrongKeyOrDamagedCode()) {
        return true;
    }
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok && (code & 0xff) == SQLITE_CORRUPT;
}

QString quoted(const QString& identifier)
{
    QString escaped = identifier;
    escaped.replace(u'"', QStringLiteral("\"\""));
    return u'"' + escaped + u'"';
}

} // namespace

bool CachePageCheck::stopped() const
{
    QMutexLocker locker(&m_lock);
    return m_stopped;
}

CachePageCheck::Verdict CachePageCheck::readEveryPage(const QSqlDatabase& db)
{
    const auto failed = [this](const QSqlQuery& query) {
        if (stopped()) {
            return Verdict::Stopped;
        }
        if (isDamage(query.lastError())) {
            return Verdict::Damaged;
        }
        // Busy or out of memory says nothing about the pages: no verdict of damage.
        qCWarning(lcCache) << "page check could not read:" << query.lastError().nativeErrorCode();
        return Verdict::Stopped;
    };
    QSqlQuery schema(db);
    if (!schema.exec(QStringLiteral("SELECT type, name, tbl_name FROM sqlite_master "
                                    "WHERE type IN ('table', 'index') ORDER BY type DESC"))) {
        return failed(schema);
    }
    QList<QStringList> objects;
    while (schema.next()) {
        objects.append(
            {schema.value(0).toString(), schema.value(1).toString(), schema.value(2).toString()});
    }
    for (const QStringList& object : std::as_const(objects)) {
        if (stopped()) {
            return Verdict::Stopped;
        }
        QSqlQuery query(db);
        if (object.at(0) == QStringLiteral("index")) {
            // Counting through the index reads its every page.
            if (!query.exec(QStringLiteral("SELECT count(*) FROM %1 INDEXED BY %2")
                                .arg(quoted(object.at(2)), quoted(object.at(1))))) {
                return failed(query);
            }
            continue;
        }
        QSqlQuery columns(db);
        if (!columns.exec(QStringLiteral("PRAGMA table_info(%1)").arg(quoted(object.at(1))))) {
            return failed(columns);
        }
        QStringList lengths;
        QStringList names;
        while (columns.next()) {
            const QString column = quoted(columns.value(1).toString());
            names << column;
            lengths << QStringLiteral("coalesce(length(%1), 0)").arg(column);
        }
        if (names.isEmpty()) {
            continue;
        }
        const QString window =
            QStringLiteral("SELECT max(r), count(*), sum(%1) FROM (SELECT rowid AS r, %2 FROM %3 "
                           "WHERE rowid > ? ORDER BY rowid LIMIT %4)")
                .arg(lengths.join(QStringLiteral(" + ")), names.join(QStringLiteral(", ")),
                     quoted(object.at(1)))
                .arg(rowsPerWindow);
        if (!query.prepare(window)) {
            return failed(query);
        }
        qint64 after = std::numeric_limits<qint64>::min();
        for (;;) {
            if (stopped()) {
                return Verdict::Stopped;
            }
            query.bindValue(0, after);
            if (!query.exec() || !query.next()) {
                return failed(query);
            }
            ++m_windowsRead;
            if (query.value(1).toLongLong() < rowsPerWindow) {
                break;
            }
            after = query.value(0).toLongLong();
        }
    }
    return Verdict::Intact;
}

bool CachePageCheck::runOnWorker()
{
    QElapsedTimer timer;
    timer.start();
    const QString connection =
        QStringLiteral("purser-page-check-") + QUuid::createUuid().toString();
    Verdict verdict = Verdict::Intact;
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
            verdict = db.lastError().nativeErrorCode() == SqlCipherDriver::wrongKeyOrDamagedCode()
                          ? Verdict::Damaged
                          : Verdict::Stopped;
        } else {
            {
                QMutexLocker locker(&m_lock);
                m_handle = db.driver()->handle().value<void*>();
            }
            verdict = readEveryPage(db); // Stopped when asked to stop, even mid-query
            QMutexLocker locker(&m_lock);
            m_handle = nullptr;
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    qCInfo(lcCache) << "page check"
                    << (verdict == Verdict::Intact    ? "passed"
                        : verdict == Verdict::Damaged ? "found damage"
                                                      : "stopped")
                    << "in" << timer.elapsed() << "ms";
    return verdict != Verdict::Damaged; // a stopped check claims no damage
}

} // namespace purser
