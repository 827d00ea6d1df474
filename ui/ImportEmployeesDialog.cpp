#include "ui/ImportEmployeesDialog.h"

#include "cache/CacheStore.h"
#include "cache/OutboxStore.h"
#include "net/Outbox.h"
#include "ui/ImportPreviewModel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

namespace purser {

namespace {
// Queued per turn of the event loop, one transaction each. Most of a slice's time is the
// commit's flush to disk, whatever its size, so slices are not made smaller under load.
constexpr int sliceRows = 50;
} // namespace

ImportEmployeesDialog::ImportEmployeesDialog(const QString& path,
                                             EmployeeImport::Organization organization,
                                             QSqlDatabase cache, Outbox* outbox, bool online,
                                             QWidget* parent)
    : QDialog(parent), m_job(new EmployeeImportJob(std::move(organization), this)),
      m_cache(std::move(cache)), m_outbox(outbox), m_online(online),
      m_previewRows(new ImportPreviewModel(this)), m_preview(new QTableView(this)),
      m_summary(new QLabel(this)), m_import(new QPushButton(tr("&Import"), this)),
      m_progress(new QProgressBar(this)), m_report(new QLabel(this))
{
    setWindowTitle(tr("Import employees"));
    resize(900, 640);
    auto* form = new QFormLayout;
    for (const QString& field : EmployeeImport::fields()) {
        auto* combo = new QComboBox(this);
        combo->addItem(tr("(not in the file)"), QString());
        combo->setEnabled(false); // until the file's headers are known
        combo->setAccessibleName(tr("Column for %1").arg(field));
        form->addRow(field + u':', combo);
        m_columns.insert(field, combo);
    }
    m_preview->setModel(m_previewRows);
    m_preview->setAccessibleName(tr("Rows and their problems"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside it
    m_preview->verticalHeader()->setVisible(false);
    m_preview->horizontalHeader()->setStretchLastSection(true);
    // Column widths from the first rows only: measuring every row of a large file would
    // freeze the window for as long as the file is big.
    m_preview->horizontalHeader()->setResizeContentsPrecision(200);
    m_summary->setAccessibleName(tr("Summary"));
    m_summary->setText(tr("Reading %1…").arg(QFileInfo(path).fileName()));
    m_report->setAccessibleName(tr("Report"));
    m_report->setWordWrap(true);
    m_progress->setAccessibleName(tr("Import progress"));
    m_progress->setRange(0, 0); // busy until the first count arrives
    m_import->setAccessibleName(tr("Import"));
    m_import->setEnabled(false);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_import, QDialogButtonBox::ActionRole);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_import, &QPushButton::clicked, this, &ImportEmployeesDialog::startImport);

    auto* layout = new QVBoxLayout(this);
    auto* mappingBox = new QWidget(this);
    mappingBox->setLayout(form);
    layout->addWidget(mappingBox);
    layout->addWidget(m_summary);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_report);
    layout->addWidget(buttons);
    if (m_outbox) {
        connect(m_outbox, &Outbox::itemSent, this, [this](qint64 id) {
            if (m_queued.contains(id)) {
                ++m_sent;
                updateReport();
            }
        });
        connect(m_outbox, &Outbox::itemFailed, this, [this](qint64 id, const QString& message) {
            if (m_queued.contains(id)) {
                m_refused << tr("line %1: %2").arg(m_queued.value(id)).arg(message);
                updateReport();
            }
        });
    }
    connect(m_job, &EmployeeImportJob::progress, this, &ImportEmployeesDialog::showProgress);
    connect(m_job, &EmployeeImportJob::loaded, this, &ImportEmployeesDialog::onLoaded);
    connect(m_job, &EmployeeImportJob::checked, this, &ImportEmployeesDialog::showRows);
    const QJsonObject saved =
        QJsonDocument::fromJson(QSettings().value(savedMappingKey()).toByteArray()).object();
    m_job->load(path, EmployeeImport::mappingFromJson(saved));
}

bool ImportEmployeesDialog::isChecking() const
{
    return m_job->isBusy();
}

EmployeeImport::Mapping ImportEmployeesDialog::mapping() const
{
    EmployeeImport::Mapping result;
    for (auto it = m_columns.begin(); it != m_columns.end(); ++it) {
        const QString header = it.value()->currentData().toString();
        if (!header.isEmpty()) {
            result.insert(it.key(), header);
        }
    }
    return result;
}

void ImportEmployeesDialog::showProgress(int done, int total)
{
    if (m_next > 0) {
        return; // importing: the bar counts queued rows
    }
    m_progress->setVisible(true);
    m_progress->setRange(0, total); // 0 of 0: busy (reading the file)
    m_progress->setValue(done);
    if (total > 0) {
        m_summary->setText(tr("Checking row %1 of %2…").arg(done).arg(total));
    }
}

void ImportEmployeesDialog::onLoaded()
{
    if (!m_job->error().isEmpty()) {
        m_progress->setVisible(false);
        m_summary->setText(m_job->error());
        Q_EMIT previewReady();
        return;
    }
    const EmployeeImport::Mapping initial = m_job->mapping();
    for (auto it = m_columns.begin(); it != m_columns.end(); ++it) {
        QComboBox* combo = it.value();
        const QSignalBlocker quiet(combo);
        for (const QString& header : m_job->headers()) {
            combo->addItem(header, header);
        }
        combo->setCurrentIndex(qMax(0, combo->findData(initial.value(it.key()))));
        combo->setEnabled(true);
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportEmployeesDialog::recheck);
    }
    showRows();
}

void ImportEmployeesDialog::recheck()
{
    m_import->setEnabled(false); // the rows shown are the old mapping's until the check ends
    m_job->check(mapping());
}

void ImportEmployeesDialog::showRows()
{
    if (m_job->isBusy()) {
        return; // a newer mapping is being checked; its rows come next
    }
    m_rows = m_job->rows();
    m_progress->setVisible(false);
    const int valid = m_previewRows->setRows(m_rows);
    m_preview->resizeColumnsToContents();
    m_summary->setText(tr("%1 row(s) ready to import, %2 with problems (not imported).")
                           .arg(valid)
                           .arg(m_rows.size() - valid));
    m_import->setText(tr("&Import %n row(s)", nullptr, valid));
    m_import->setEnabled(valid > 0 && m_outbox && m_next == 0);
    Q_EMIT previewReady();
}

void ImportEmployeesDialog::startImport()
{
    if (!m_outbox || m_next > 0 || m_job->isBusy() || m_rows.isEmpty()) {
        return;
    }
    QSettings().setValue(
        savedMappingKey(),
        QJsonDocument(EmployeeImport::mappingToJson(mapping())).toJson(QJsonDocument::Compact));
    for (QComboBox* combo : std::as_const(m_columns)) {
        combo->setEnabled(false);
    }
    m_import->setEnabled(false);
    m_progress->setVisible(true);
    m_progress->setRange(0, static_cast<int>(m_rows.size()));
    queueSlice();
}

void ImportEmployeesDialog::queueSlice()
{
    // One transaction per slice; then the event loop runs (painting, input) before the next.
    {
        CacheStore::Transaction tx(m_cache);
        const qsizetype end = std::min(m_rows.size(), m_next + sliceRows);
        QList<QJsonObject> bodies;
        QList<int> lines;
        for (; m_next < end; ++m_next) {
            const EmployeeImport::Row& row = m_rows.at(m_next);
            if (row.problems.isEmpty()) {
                bodies.append(row.body);
                lines.append(row.line);
            }
        }
        const auto ids = m_outbox->createRecords(QStringLiteral("employee.create"),
                                                 QStringLiteral("employees"), bodies);
        if (ids && tx.commit()) {
            for (qsizetype i = 0; i < ids->size(); ++i) {
                m_queued.insert(ids->at(i), lines.at(i));
            }
        } else if (!bodies.isEmpty()) {
            m_refused << tr("Cannot write to the offline data.");
            m_next = m_rows.size(); // stop: the next slices would fail alike
        }
    }
    m_progress->setValue(static_cast<int>(m_next));
    updateReport();
    if (m_next < m_rows.size()) {
        QTimer::singleShot(0, this, &ImportEmployeesDialog::queueSlice);
        return;
    }
    if (m_online) {
        m_outbox->flush([](const ApiError&) {});
    }
}

void ImportEmployeesDialog::updateReport()
{
    const int queued = static_cast<int>(m_queued.size());
    QString text = tr("Queued %1 of %2 row(s); sent %3; refused %4.")
                       .arg(queued)
                       .arg(m_rows.size())
                       .arg(m_sent)
                       .arg(m_refused.size());
    if (!m_online && queued > 0) {
        text += u' ' + tr("Offline: they are sent when the server answers again.");
    }
    if (!m_refused.isEmpty()) {
        text += u'\n' + m_refused.mid(0, 20).join(u'\n');
    }
    m_report->setText(text);
    m_finished = m_next >= m_rows.size() && (m_sent + m_refused.size() >= queued || !m_online);
}

} // namespace purser
