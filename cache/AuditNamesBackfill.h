#pragma once

#include <QObject>
#include <QSqlDatabase>
#include <QTimer>

namespace purser {

// Indexes the record names of audit entries held from before the names table existed
// (AuditRecordNames::indexBacklog), a slice at a time from the event loop, so a large offline
// log (a million entries) is indexed while the window stays responsive. Stops when the backlog
// is done, on an error (it resumes at the next start), or when destroyed.
class AuditNamesBackfill : public QObject
{
    Q_OBJECT
public:
    // Starts at once; a slice reads at most sliceEntries entries (tens of milliseconds).
    explicit AuditNamesBackfill(QSqlDatabase db, QObject* parent = nullptr,
                                int sliceEntries = 2000);

    bool isRunning() const { return m_timer.isActive(); }

Q_SIGNALS:
    void finished(bool complete); // complete: every held entry is indexed

private:
    void indexSlice();

    QSqlDatabase m_db;
    QTimer m_timer;
    int m_sliceEntries;
};

} // namespace purser
