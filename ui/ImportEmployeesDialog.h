#pragma once

#include "services/EmployeeImport.h"
#include "services/EmployeeImportJob.h"

#include <QDialog>
#include <QHash>
#include <QSqlDatabase>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace purser {

class ImportPreviewModel;
class Outbox;

// File → Import employees…: map the file's columns to the fields (the mapping is saved for
// the next time), see every row with its problems before anything is sent, then import the
// good rows through the outbox (queued a slice at a time so the window never freezes, each
// row with its own Idempotency-Key), with progress and a report of what was done. Reading,
// parsing and checking run on a worker thread (EmployeeImportJob) with progress, so a
// 10 000-row file never freezes the window either.
class ImportEmployeesDialog : public QDialog
{
    Q_OBJECT
public:
    // Starts reading path at once; outbox null: preview only.
    ImportEmployeesDialog(const QString& path, EmployeeImport::Organization organization,
                          QSqlDatabase cache, Outbox* outbox, bool online,
                          QWidget* parent = nullptr);

    QComboBox* columnFor(const QString& field) const { return m_columns.value(field); }
    QTableView* preview() const { return m_preview; }
    QPushButton* importButton() const { return m_import; }
    QLabel* summary() const { return m_summary; }
    QLabel* report() const { return m_report; }
    QProgressBar* progress() const { return m_progress; }
    bool isFinished() const { return m_finished; }
    // Reading or checking on the worker; the preview shows the last finished check.
    bool isChecking() const;

    void startImport();

    static QString savedMappingKey() { return QStringLiteral("import/employeeMapping"); }

Q_SIGNALS:
    // The file was read (or refused: the summary says why) and the preview shows its rows.
    void previewReady();

private:
    EmployeeImport::Mapping mapping() const;
    void onLoaded();
    void recheck();
    void showRows();
    void showProgress(int done, int total);
    void queueSlice();
    void updateReport();

    EmployeeImportJob* m_job;
    QSqlDatabase m_cache;
    Outbox* m_outbox;
    bool m_online;
    QHash<QString, QComboBox*> m_columns;
    ImportPreviewModel* m_previewRows;
    QTableView* m_preview;
    QLabel* m_summary;
    QPushButton* m_import;
    QProgressBar* m_progress;
    QLabel* m_report;
    QList<EmployeeImport::Row> m_rows;
    qsizetype m_next = 0;
    QHash<qint64, int> m_queued; // outbox item → line
    int m_sent = 0;
    QStringList m_refused;
    bool m_finished = false;
};

} // namespace purser
