#include "services/EmployeeImport.h"

#include "core/EmployeeInput.h"
#include "core/EmployeeRules.h"
#include "core/Money.h"
#include "services/Csv.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QUuid>

namespace purser {

std::function<void()> EmployeeImport::afterFirstChunkHook;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("purser::EmployeeImport", text);
}

const QString kSalary = QStringLiteral("base_salary");

// Header spellings people use for each field (lowercased, without spaces and underscores).
const QHash<QString, QStringList>& aliases()
{
    static const QHash<QString, QStringList> map{
        {QStringLiteral("employee_no"),
         {QStringLiteral("employeeno"), QStringLiteral("employeenumber"), QStringLiteral("no"),
          QStringLiteral("staffno"), QStringLiteral("id")}},
        {QStringLiteral("full_name"), {QStringLiteral("fullname"), QStringLiteral("name")}},
        {QStringLiteral("email"), {QStringLiteral("email"), QStringLiteral("emailaddress")}},
        {QStringLiteral("department"), {QStringLiteral("department"), QStringLiteral("dept")}},
        {QStringLiteral("position"),
         {QStringLiteral("position"), QStringLiteral("title"), QStringLiteral("jobtitle")}},
        {QStringLiteral("employment_type"),
         {QStringLiteral("employmenttype"), QStringLiteral("type")}},
        {QStringLiteral("start_date"), {QStringLiteral("startdate"), QStringLiteral("start")}},
        {QStringLiteral("end_date"), {QStringLiteral("enddate"), QStringLiteral("end")}},
        {QStringLiteral("status"), {QStringLiteral("status")}},
        {QStringLiteral("national_id"),
         {QStringLiteral("nationalid"), QStringLiteral("nric"), QStringLiteral("mykad")}},
        {QStringLiteral("bank_name"), {QStringLiteral("bankname"), QStringLiteral("bank")}},
        {QStringLiteral("bank_account"),
         {QStringLiteral("bankaccount"), QStringLiteral("account")}},
        {kSalary,
         {QStringLiteral("basesalary"), QStringLiteral("salary"), QStringLiteral("monthlysalary")}},
    };
    return map;
}

QString simplified(QString header)
{
    return header.toLower().remove(u' ').remove(u'_').remove(u'-').remove(u'.');
}

// The national-ID format of the organisation's country, known by its currency: Singapore's
// NRIC/FIN, Malaysia's MyKad. Other countries: no format check.
bool nationalIdFits(const QString& currency, const QString& id)
{
    static const QRegularExpression nric(QStringLiteral("^[STFGM][0-9]{7}[A-Z]$"));
    static const QRegularExpression mykad(QStringLiteral("^[0-9]{6}-?[0-9]{2}-?[0-9]{4}$"));
    if (currency == u"SGD") {
        return nric.match(id).hasMatch();
    }
    if (currency == u"MYR") {
        return mykad.match(id).hasMatch();
    }
    return true;
}

// "5250.00", "5,250.00", "SGD 5250.00" or "5250.00 SGD" → amount and currency (or why not).
QJsonValue salaryValue(const QString& text, const QString& currency, QString* problem)
{
    static const QRegularExpression pattern(QStringLiteral(
        R"(^(?:([A-Za-z]{3})\s*)?([0-9][0-9,]*(?:\.[0-9]+)?)(?:\s*([A-Za-z]{3}))?$)"));
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch()) {
        *problem =
            QCoreApplication::translate("purser::EmployeeImport", "the salary is not an amount");
        return {};
    }
    const QString given = (match.captured(1) + match.captured(3)).toUpper();
    if (!given.isEmpty() && given != currency) {
        *problem = QCoreApplication::translate("purser::EmployeeImport",
                                               "the salary is in %1, the organisation pays in %2")
                       .arg(given, currency);
        return {};
    }
    const auto minor = Money::parseMinorUnits(match.captured(2), currency);
    if (!minor) {
        *problem = QCoreApplication::translate("purser::EmployeeImport",
                                               "the salary has more decimals than %1 has")
                       .arg(currency);
        return {};
    }
    return Money{*minor, currency}.toJson();
}

} // namespace

QStringList EmployeeImport::fields()
{
    return EmployeeInput::writableKeys().filter(
        QRegularExpression(QStringLiteral("^(?!manager_id$|user_id$)")));
}

EmployeeImport::Mapping EmployeeImport::guessMapping(const QStringList& headers)
{
    Mapping mapping;
    for (const QString& field : fields()) {
        for (const QString& header : headers) {
            const QString key = simplified(header);
            if (key == simplified(field) || aliases().value(field).contains(key)) {
                mapping.insert(field, header);
                break;
            }
        }
    }
    return mapping;
}

QJsonObject EmployeeImport::mappingToJson(const Mapping& mapping)
{
    QJsonObject json;
    for (auto it = mapping.begin(); it != mapping.end(); ++it) {
        json.insert(it.key(), it.value());
    }
    return json;
}

EmployeeImport::Mapping EmployeeImport::mappingFromJson(const QJsonObject& json)
{
    Mapping mapping;
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (fields().contains(it.key()) && it.value().isString()) {
            mapping.insert(it.key(), it.value().toString());
        }
    }
    return mapping;
}

bool EmployeeImport::load(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read %1.").arg(QFileInfo(path).fileName());
        return false;
    }
    // Taken now (QFileInfo reads lazily): the size and time the file had when reading began.
    const qint64 sizeBefore = file.size();
    const QDateTime modifiedBefore = QFileInfo(path).lastModified();
    if (file.size() > maxFileBytes) {
        *error = tr("%1 is %2 MiB; an import file may have at most %3 MiB.")
                     .arg(QFileInfo(path).fileName())
                     .arg(file.size() / (1024 * 1024))
                     .arg(maxFileBytes / (1024 * 1024));
        return false;
    }
    QByteArray bytes;
    QCryptographicHash firstPass(QCryptographicHash::Sha256);
    bool first = true;
    while (!file.atEnd() && bytes.size() <= maxFileBytes) {
        const QByteArray chunk = file.read(1024 * 1024);
        if (chunk.isEmpty()) {
            break;
        }
        bytes += chunk;
        if (first && afterFirstChunkHook) {
            afterFirstChunkHook();
        }
        first = false;
    }
    firstPass.addData(bytes);
    // The same bytes a second time, and the same size and time: a file someone is still
    // writing (or replaced meanwhile) is refused rather than imported half.
    file.seek(0);
    QCryptographicHash secondPass(QCryptographicHash::Sha256);
    secondPass.addData(&file);
    const QFileInfo after(path);
    if (bytes.size() > maxFileBytes || bytes.size() != sizeBefore ||
        secondPass.result() != firstPass.result() || after.size() != sizeBefore ||
        after.lastModified() != modifiedBefore) {
        *error = tr("%1 changed while it was being read. Import it again once it is "
                    "complete.")
                     .arg(QFileInfo(path).fileName());
        return false;
    }
    return loadBytes(bytes, error);
}

bool EmployeeImport::loadBytes(const QByteArray& bytes, QString* error)
{
    QByteArray data = bytes;
    if (data.startsWith("\xEF\xBB\xBF")) {
        data.remove(0, 3); // Excel's UTF-8 byte-order mark
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder(data);
    if (decoder.hasError()) {
        // Which line: decode line by line up to the first one that fails.
        int line = 1;
        for (const QByteArray& raw : data.split('\n')) {
            QStringDecoder check(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
            const QString decoded = check(raw); // decoding happens on conversion
            if (check.hasError()) {
                break;
            }
            ++line;
        }
        *error = tr("The file is not UTF-8 text (line %1). Save it as \"CSV UTF-8\" and try "
                    "again.")
                     .arg(line);
        return false;
    }
    m_delimiter = Csv::detectDelimiter(text);
    const QList<QStringList> rows = Csv::parse(text, m_delimiter);
    if (rows.isEmpty()) {
        *error = tr("The file is empty.");
        return false;
    }
    m_headers = rows.first();
    for (QString& header : m_headers) {
        header = header.trimmed();
    }
    m_records.clear();
    m_lines.clear();
    // The line each record starts on, counted from the text (quoted newlines included).
    int line = 1;
    for (const QStringList& row : rows) {
        int newlines = 0;
        for (const QString& cell : row) {
            newlines += static_cast<int>(cell.count(u'\n'));
        }
        if (&row != &rows.first()) {
            const bool blank = row.size() == 1 && row.first().trimmed().isEmpty();
            if (!blank) {
                m_records.append(row);
                m_lines.append(line);
            }
        }
        line += 1 + newlines;
    }
    return true;
}

QList<EmployeeImport::Row> EmployeeImport::check(const Mapping& mapping,
                                                 const Organization& organization,
                                                 const Progress& progress) const
{
    QHash<QString, int> columnOf;
    for (auto it = mapping.begin(); it != mapping.end(); ++it) {
        const int column = static_cast<int>(m_headers.indexOf(it.value()));
        if (column >= 0) {
            columnOf.insert(it.key(), column);
        }
    }
    QList<Row> rows;
    rows.reserve(m_records.size());
    // Numbers compared as the server compares them (EmployeeRules::employeeNoKey).
    QHash<QString, int> seenNumbers; // employee number key → first line in the file
    QSet<QString> organisationNumbers;
    for (const QString& number : organization.employeeNumbers) {
        organisationNumbers.insert(EmployeeRules::employeeNoKey(number));
    }
    Employee base;
    base.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    base.version = 1;
    base.updatedAt = QDateTime::currentDateTimeUtc();
    for (qsizetype r = 0; r < m_records.size(); ++r) {
        if (progress && r % 250 == 0 && !progress(r, m_records.size())) {
            break;
        }
        const QStringList& record = m_records.at(r);
        Row row;
        row.line = m_lines.at(r);
        for (auto it = columnOf.begin(); it != columnOf.end(); ++it) {
            const QString cell = record.value(it.value()).trimmed();
            if (cell.isEmpty()) {
                continue;
            }
            if (it.key() == kSalary) {
                QString problem;
                const QJsonValue salary = salaryValue(cell, organization.currency, &problem);
                if (!problem.isEmpty()) {
                    row.problems << problem;
                } else {
                    row.body.insert(kSalary, salary);
                }
                continue;
            }
            row.body.insert(it.key(), it.key() == u"employment_type" || it.key() == u"status"
                                          ? cell.toLower().replace(u' ', u'_')
                                          : cell);
        }
        if (!row.body.contains(QStringLiteral("employment_type"))) {
            row.body.insert(QStringLiteral("employment_type"), QStringLiteral("full_time"));
        }
        FieldErrors errors;
        EmployeeInput::forCreate(row.body, base, &errors);
        const QJsonObject reasons = errors.toJson();
        for (auto it = reasons.begin(); it != reasons.end(); ++it) {
            row.problems << QStringLiteral("%1: %2").arg(it.key(), it.value().toString());
        }
        const QString number = row.body.value(QStringLiteral("employee_no")).toString();
        const QString numberKey = EmployeeRules::employeeNoKey(number);
        if (!numberKey.isEmpty()) {
            if (organisationNumbers.contains(numberKey)) {
                row.problems << tr("employee number %1 is already in the organisation").arg(number);
            } else if (seenNumbers.contains(numberKey)) {
                row.problems << tr("employee number %1 is also on line %2")
                                    .arg(number)
                                    .arg(seenNumbers.value(numberKey));
            } else {
                seenNumbers.insert(numberKey, row.line);
            }
        }
        const QString department = row.body.value(QStringLiteral("department")).toString();
        const auto departmentCheck = EmployeeRules::checkDepartment(
            department, organization.departments, EmployeeRules::NewDepartment::Refused);
        if (departmentCheck.result == EmployeeRules::DepartmentCheck::Unknown) {
            row.problems << tr("unknown department \"%1\"").arg(department);
        } else if (departmentCheck.result == EmployeeRules::DepartmentCheck::OtherSpelling) {
            row.problems << tr("the organisation spells department \"%1\" as \"%2\"")
                                .arg(department, departmentCheck.knownSpelling);
        }
        const QString nationalId = row.body.value(QStringLiteral("national_id")).toString();
        if (!nationalId.isEmpty() && !nationalIdFits(organization.currency, nationalId)) {
            row.problems << tr("the national ID is not in this country's format");
        }
        rows.append(row);
    }
    return rows;
}

QJsonObject EmployeeImport::report(const QList<Row>& rows)
{
    QJsonArray problems;
    int valid = 0;
    for (const Row& row : rows) {
        if (row.problems.isEmpty()) {
            ++valid;
            continue;
        }
        problems.append(QJsonObject{
            {QStringLiteral("line"), row.line},
            {QStringLiteral("employee_no"), row.body.value(QStringLiteral("employee_no"))},
            {QStringLiteral("problems"), QJsonArray::fromStringList(row.problems)}});
    }
    return {{QStringLiteral("file_rows"), static_cast<int>(rows.size())},
            {QStringLiteral("valid"), valid},
            {QStringLiteral("invalid"), static_cast<int>(rows.size()) - valid},
            {QStringLiteral("rows"), problems}};
}

} // namespace purser
