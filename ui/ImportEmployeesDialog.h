#pragma once

#include "services/EmployeeImport.h"

#include <QDialog>
#include <QHash>
#include <QSqlDatabase>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace purser {

class Outbox;

// File → Import employees…: map the file's columns to the fields (the mapping is saved for
// the next time), see every row with its problems before anything is sent, then import the
// good rows through the outbox (queued a slice at a time so the window never freezes, each
// row with its own Idempotency-Key), with progress and a report of what was done.
class ImportEmployeesDialog : public QDialog
{
    Q_OBJECT
public:
    // import holds the file already read; outbox null: preview only.
    ImportEmployeesDialog(EmployeeImport import, EmployeeImport::Organization organization,
                          QSqlDatabase cache, Outbox* outbox, bool online,
                          QWidget* parent = nullptr);

    QComboBox* columnFor(const QString& field) const { return m_columns.value(field); }
    QTableWidget* preview() const { return m_preview; }
    QPushButton* importButton() const { return m_import; }
    QLabel* summary() const { return m_summary; }
    QLabel* report() const { return m_report; }
    QProgressBar* progress() const { return m_progress; }
    bool isFinished() const { return m_finished; }

    void startImport();

    static QString savedMappingKey() { return QStringLiteral("import/employeeMapping"); }

private:
    EmployeeImport::Mapping mapping() const;
    void recheck();
    void queueSlice();
    void updateReport();

    EmployeeImport m_importer;
    EmployeeImport::Organization m_organization;
    QSqlDatabase m_cache;
    Outbox* m_outbox;
    bool m_online;
    QHash<QString, QComboBox*> m_columns;
    QTableWidget* m_preview;
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
