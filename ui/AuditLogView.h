#pragma once

#include "ui/WorkspaceView.h"

#include <QJsonArray>
#include <QStringList>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QPushButton;
class QTableView;
class QTextBrowser;
class QLabel;
class QTimer;

namespace purser {

class AuditLogModel;

// The audit log over the cache: keyset-paged table (a million entries open and filter in well
// under a second), filters by record type, action, actor, date range and text, a detail pane
// with the changes, export (CSV, JSONL, PDF report; each with progress, cancel and manifest)
// and "Verify integrity" (hash chain plus signed checkpoint) with a plain verdict.
class AuditLogView : public WorkspaceView
{
    Q_OBJECT
public:
    enum class ExportFormat
    {
        Csv,
        Jsonl,
        Pdf,
    };

    explicit AuditLogView(const Workspace& workspace, QWidget* parent = nullptr);

    void reload() override;
    void focusSearch() override;

    AuditLogModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QComboBox* entityFilter() const { return m_entity; }
    QComboBox* actionFilter() const { return m_action; }
    QLineEdit* actorFilter() const { return m_actor; }
    QLineEdit* textFilter() const { return m_text; }
    QCheckBox* dateRange() const { return m_useDates; }
    QDateEdit* fromDate() const { return m_from; }
    QDateEdit* toDate() const { return m_to; }
    QCheckBox* bomOption() const { return m_bom; }
    QTextBrowser* detail() const { return m_detail; }
    QPushButton* exportButton() const { return m_export; } // null without audit.export
    QPushButton* verifyButton() const { return m_verify; }
    // Shown above the log while the organisation's audit history alarm stands (AuditSync).
    QLabel* alarmBanner() const { return m_alarm; }
    // Free text is searched once typing pauses (a rare word scans the whole table); Return
    // searches at once.
    QTimer* searchDelay() const { return m_searchDelay; }
    QLabel* searchingLabel() const { return m_searching; }
    static constexpr int searchDelayMs = 250;

    void applyFilter();
    // Returns the plain-words outcome (also shown to the user).
    QString exportTo(ExportFormat format, const QString& path);
    QString verifyIntegrity();
    // "Verified by witnesses" or which witness required in Settings did not cosign.
    static QString witnessVerdict(const QJsonArray& witnesses, const QByteArray& note,
                                  const QStringList& required);

private:
    void showDetail();
    void sizeWhenColumn();
    void chooseExport(ExportFormat format);
    void tell(const QString& title, const QString& text);
    void showAlarm();

    AuditLogModel* m_model;
    QComboBox* m_entity;
    QComboBox* m_action;
    QLineEdit* m_actor;
    QLineEdit* m_text;
    QCheckBox* m_useDates;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QTableView* m_table;
    QTextBrowser* m_detail;
    QCheckBox* m_bom;
    QPushButton* m_export = nullptr;
    QPushButton* m_verify;
    QTimer* m_searchDelay;
    QLabel* m_searching; // "Searching… 40%" while a rare text is looked for
    QLabel* m_alarm;
};

} // namespace purser
