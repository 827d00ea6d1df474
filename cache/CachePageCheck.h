#pragma once

#include <QByteArray>
#include <QMutex>
#include <QObject>
#include <QSqlDatabase>
#include <QString>

class QThread;

namespace purser {

// Reads every page of a cache file (PRAGMA quick_check), so damage deep in the file is found
// when the file is opened rather than when some view first reads that page. On a large cache
// (a million audit entries make a ~1 GB file) that read takes seconds, so the window runs it
// on a worker thread through a connection of its own and carries on meanwhile; headless
// commands and small files call pagesIntact() directly.
class CachePageCheck : public QObject
{
    Q_OBJECT
public:
    // hexKey is wiped from this object as soon as the worker has opened the file.
    CachePageCheck(QString path, QByteArray hexKey, QObject* parent = nullptr);
    ~CachePageCheck() override; // stops a running check and waits for the worker

    void start();
    bool isRunning() const;

    // The check itself, on an open connection to the file.
    static bool pagesIntact(const QSqlDatabase& db);

Q_SIGNALS:
    // intact == false: a page cannot be decrypted or the structure is damaged.
    void finished(bool intact);

private:
    bool runOnWorker();

    QString m_path;
    QByteArray m_key;
    QThread* m_worker = nullptr;
    mutable QMutex m_lock; // guards m_handle and m_stopped between the threads
    void* m_handle = nullptr;
    bool m_stopped = false;
};

} // namespace purser
