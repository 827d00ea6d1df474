#include "core/EmployeeRules.h"

namespace purser::EmployeeRules {

namespace {

bool startsWithFormulaCharacter(const QString& text)
{
    return !text.isEmpty() && QStringLiteral("=+-@\t\r").contains(text.front());
}

QString asciiLower(const QString& text)
{
    QString result = text;
    for (QChar& c : result) {
        if (c >= u'A' && c <= u'Z') {
            c = QChar(c.unicode() + (u'a' - u'A'));
        }
    }
    return result;
}

QString departmentKey(const QString& department)
{
    return department.trimmed().toCaseFolded();
}

} // namespace

bool startsLikeFormula(const QString& text)
{
    // Spreadsheets skip leading spaces before a formula; a tab or CR is itself a trigger.
    qsizetype start = 0;
    while (start < text.size() && text.at(start) == u' ') {
        ++start;
    }
    return startsWithFormulaCharacter(text) || startsWithFormulaCharacter(text.mid(start));
}

bool isEmailAddress(const QString& text)
{
    if (text.isEmpty() || text.size() > 254 || startsLikeFormula(text)) {
        return false;
    }
    for (const QChar c : text) {
        if (c.isSpace() || c.category() == QChar::Other_Control || c == u'<' || c == u'>' ||
            c == u'"' || c == u',' || c == u';') {
            return false;
        }
    }
    const qsizetype at = text.indexOf(u'@');
    if (at <= 0 || text.indexOf(u'@', at + 1) >= 0) {
        return false;
    }
    const QString domain = text.mid(at + 1);
    return domain.contains(u'.') && !domain.startsWith(u'.') && !domain.endsWith(u'.') &&
           !domain.contains(QStringLiteral(".."));
}

QString normalisedEmployeeNo(const QString& number)
{
    return number.trimmed();
}

QString employeeNoKey(const QString& number)
{
    return asciiLower(normalisedEmployeeNo(number));
}

DepartmentCheck checkDepartment(const QString& department, const QStringList& known,
                                NewDepartment newDepartment)
{
    if (department.isEmpty() || known.isEmpty() || known.contains(department)) {
        return {};
    }
    const QString key = departmentKey(department);
    for (const QString& name : known) {
        if (departmentKey(name) == key) {
            return {DepartmentCheck::OtherSpelling, name};
        }
    }
    if (newDepartment == NewDepartment::Refused) {
        return {DepartmentCheck::Unknown, {}};
    }
    return {};
}

} // namespace purser::EmployeeRules
