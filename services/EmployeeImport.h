#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <functional>

namespace purser {

// Employees from a CSV file, checked row by row before anything is sent. The file: UTF-8 with
// or without a byte-order mark, comma or semicolon, quoted fields with newlines, at most
// maxFileBytes, and the same bytes from the first read to the last (a file that changes while
// being read is refused). Each row becomes a create body (api.md, Employees) through a column
// mapping, and is checked with the rules the server enforces (core's EmployeeInput and
// EmployeeRules: no text a spreadsheet would run as a formula, real email addresses, employee
// numbers compared without letter case and surrounding spaces) plus what the organisation
// knows: its departments (a name it does not have is refused here, a bulk import's typo), its
// employee numbers (and those earlier in the file), its currency and the national-ID format
// of its country.
class EmployeeImport
{
public:
    static constexpr qint64 maxFileBytes = 20 * 1024 * 1024;

    // field (api.md key) → the CSV header it comes from.
    using Mapping = QHash<QString, QString>;
    static QStringList fields(); // the fields a mapping may fill, in form order
    static Mapping guessMapping(const QStringList& headers);
    static QJsonObject mappingToJson(const Mapping& mapping);
    static Mapping mappingFromJson(const QJsonObject& json);

    struct Organization
    {
        QString currency;              // ISO 4217; salaries in another one are refused
        QStringList departments;       // empty: any department
        QSet<QString> employeeNumbers; // already in the organisation
    };

    struct Row
    {
        int line = 0; // the CSV line the record starts on (1 = header)
        QJsonObject body;
        QStringList problems; // plain words; empty: ready to send
    };

    // Reads and parses the file; false with *error in plain words.
    bool load(const QString& path, QString* error);
    // Same, from bytes already read (tests, and the GUI's preview of a file it read).
    bool loadBytes(const QByteArray& bytes, QString* error);
    QStringList headers() const { return m_headers; }
    int recordCount() const { return static_cast<int>(m_records.size()); }
    QChar delimiter() const { return m_delimiter; }

    // progress(done, total) every few hundred rows (the window's progress bar, from a worker
    // thread); returning false stops early with the rows checked so far.
    using Progress = std::function<bool(qsizetype done, qsizetype total)>;
    QList<Row> check(const Mapping& mapping, const Organization& organization,
                     const Progress& progress = {}) const;
    // {"file_rows", "valid", "invalid", "rows": [{"line", "employee_no", "problems"}]}
    static QJsonObject report(const QList<Row>& rows);

    // Tests: called after the first chunk of a file is read (to change the file meanwhile).
    static std::function<void()> afterFirstChunkHook;

private:
    QStringList m_headers;
    QList<QStringList> m_records;
    QList<int> m_lines;
    QChar m_delimiter = u',';
};

} // namespace purser
