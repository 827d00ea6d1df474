#pragma once

#include "services/EmployeeImport.h"

#include <QObject>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QThread;

namespace purser {

// Reads and checks an employee CSV on a worker thread, so a 10 000-row (or 20 MiB) file never
// freezes the window: read (twice, to catch a file still being written), parse, pick the column
// mapping (the preferred one where the file has those headers, else a guess), check each row.
// A new mapping is checked on the worker too; asked while a check runs, the newest one is
// checked when it ends. Progress and results come back as queued signals on this object's
// thread. Deleting the job stops the worker and waits for it.
class EmployeeImportJob : public QObject
{
    Q_OBJECT
public:
    explicit EmployeeImportJob(EmployeeImport::Organization organization,
                               QObject* parent = nullptr);
    ~EmployeeImportJob() override;

    // Starts reading path; loaded() follows (with error() set when the file is refused).
    void load(const QString& path, const EmployeeImport::Mapping& preferred);
    void check(const EmployeeImport::Mapping& mapping);

    bool isBusy() const { return m_thread != nullptr; }
    QString error() const { return m_error; }
    QStringList headers() const { return m_import ? m_import->headers() : QStringList(); }
    EmployeeImport::Mapping mapping() const { return m_mapping; }
    const QList<EmployeeImport::Row>& rows() const { return m_rows; }

Q_SIGNALS:
    // done of total; total 0 while the file is being read.
    void progress(int done, int total);
    void loaded();
    void checked();

private:
    void run(std::function<void()> work);
    void workerDone();

    EmployeeImport::Organization m_organization;
    std::shared_ptr<const EmployeeImport> m_import;
    EmployeeImport::Mapping m_mapping;
    QList<EmployeeImport::Row> m_rows;
    QString m_error;
    QThread* m_thread = nullptr;
    std::function<void()> m_handOver; // hands the worker's results over, on this thread
    std::optional<EmployeeImport::Mapping> m_pending; // asked for while a check ran
    std::atomic_bool m_stop{false};
};

} // namespace purser
