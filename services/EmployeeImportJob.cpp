#include "services/EmployeeImportJob.h"

#include <QThread>

namespace purser {

EmployeeImportJob::EmployeeImportJob(EmployeeImport::Organization organization, QObject* parent)
    : QObject(parent), m_organization(std::move(organization))
{
}

EmployeeImportJob::~EmployeeImportJob()
{
    m_stop = true;
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void EmployeeImportJob::run(std::function<void()> work)
{
    // Results are handed over in workerDone() (on this object's thread), never written from
    // the worker into what the window reads.
    m_thread = QThread::create(std::move(work));
    connect(m_thread, &QThread::finished, this, &EmployeeImportJob::workerDone,
            Qt::QueuedConnection);
    m_thread->start();
}

void EmployeeImportJob::load(const QString& path, const EmployeeImport::Mapping& preferred)
{
    if (m_thread) {
        return;
    }
    auto import = std::make_shared<EmployeeImport>();
    auto result = std::make_shared<QList<EmployeeImport::Row>>();
    auto mapping = std::make_shared<EmployeeImport::Mapping>();
    auto error = std::make_shared<QString>();
    const EmployeeImport::Organization organization = m_organization;
    run([this, path, preferred, import, result, mapping, error, organization]() {
        Q_EMIT progress(0, 0);
        if (!import->load(path, error.get())) {
            return;
        }
        *mapping = EmployeeImport::guessMapping(import->headers());
        for (auto it = preferred.begin(); it != preferred.end(); ++it) {
            if (import->headers().contains(it.value())) {
                mapping->insert(it.key(), it.value()); // the saved choice, where the file has it
            }
        }
        *result = import->check(*mapping, organization, [this](qsizetype done, qsizetype total) {
            Q_EMIT progress(static_cast<int>(done), static_cast<int>(total));
            return !m_stop.load();
        });
    });
    m_handOver = [this, import, result, mapping, error]() {
        m_error = *error;
        if (m_error.isEmpty()) {
            m_import = import;
            m_mapping = *mapping;
            m_rows = std::move(*result);
        }
        Q_EMIT loaded();
    };
}

void EmployeeImportJob::check(const EmployeeImport::Mapping& mapping)
{
    if (!m_import) {
        return;
    }
    if (m_thread) {
        m_pending = mapping;
        return;
    }
    auto result = std::make_shared<QList<EmployeeImport::Row>>();
    const std::shared_ptr<const EmployeeImport> import = m_import;
    const EmployeeImport::Organization organization = m_organization;
    run([this, import, mapping, organization, result]() {
        *result = import->check(mapping, organization, [this](qsizetype done, qsizetype total) {
            Q_EMIT progress(static_cast<int>(done), static_cast<int>(total));
            return !m_stop.load();
        });
    });
    m_handOver = [this, mapping, result]() {
        m_mapping = mapping;
        m_rows = std::move(*result);
        Q_EMIT checked();
    };
}

void EmployeeImportJob::workerDone()
{
    delete m_thread;
    m_thread = nullptr;
    const auto handOver = std::exchange(m_handOver, nullptr);
    if (m_pending) {
        // A newer mapping was chosen while this check ran: its rows are stale (a pending
        // mapping implies the file was loaded, so this was a check, not the load).
        const EmployeeImport::Mapping next = *std::exchange(m_pending, std::nullopt);
        check(next);
        return;
    }
    if (handOver) {
        handOver();
    }
}

} // namespace purser
