#pragma once

#include <QByteArray>
#include <QMutex>
#include <QObject>
#include <QSqlDatabase>
#include <QString>
#include <atomic>

class QThread;

namespace purser {

// Reads every page of a cache file, so damage deep in the file is found when the file is
// opened rather than when some view first reads that page. On a large cache (a million audit
// entries make a ~1 GB file) that takes seconds, so the window runs it on a worker thread
// through a connection of its own and carries on meanwhile; headless commands and tests call
// pagesIntact() at open instead. The worker's read stops within one window of rows when the
// check is destroyed (closing the window, switching organisation, discarding the file).
class CachePageCheck : public QObject
{
    Q_OBJECT
public:
    // hexKey is wiped from this object as soon as the worker has opened the file.
    CachePageCheck(QString path, QByteArray hexKey, QObject* parent = nullptr);
    ~CachePageCheck() override; // stops a running check and waits for the worker

    void start();
    bool isRunning() const;
    int windowsRead() const { return m_windowsRead.load(); } // progress, for tests

    // The check at open: PRAGMA quick_check (pages and structure), one uninterruptible step.
    static bool pagesIntact(const QSqlDatabase& db);

Q_SIGNALS:
    // intact == false: a page cannot be decrypted or the structure is damaged.
    void finished(bool intact);

private:
    enum class Verdict
    {
        Intact,
        Damaged,
        Stopped,
    };
    bool runOnWorker();
    // The worker's check: every row of every table in windows of rows (so it stops between
    // windows when asked; quick_check is a single step that cannot be interrupted), reading
    // each value whole (overflow pages too), then every index.
    Verdict readEveryPage(const QSqlDatabase& db);
    bool stopped() const;

    QString m_path;
    QByteArray m_key;
    QThread* m_worker = nullptr;
    mutable QMutex m_lock; // guards m_handle and m_stopped between the threads
    void* m_handle = nullptr;
    bool m_stopped = false;
    std::atomic<int> m_windowsRead{0};
};

} // namespace purser
