#include "core/EmployeeRules.h"

#include "core/VisibleText.h"

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
    return VisibleText::identifier(department).trimmed().toCaseFolded();
}

bool isInvisibleOrSpace(char32_t c)
{
    switch (QChar::category(c)) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Separator_Space:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return true;
    default:
        return false;
    }
}

// A local part as mail systems accept it unquoted: no dot first, last or twice in a row.
bool isLocalPart(const QString& local)
{
    return !local.isEmpty() && !local.startsWith(u'.') && !local.endsWith(u'.') &&
           !local.contains(QStringLiteral(".."));
}

// A dotted host name: no IP literal (`[127.0.0.1]`), no bare IP address (a top-level domain
// is never all digits), no empty label.
bool isDomain(const QString& domain)
{
    if (!domain.contains(u'.') || domain.startsWith(u'.') || domain.endsWith(u'.') ||
        domain.contains(QStringLiteral("..")) || domain.contains(u'[') || domain.contains(u']')) {
        return false;
    }
    const QStringView topLevel = QStringView(domain).mid(domain.lastIndexOf(u'.') + 1);
    for (const QChar c : topLevel) {
        if (!c.isDigit()) {
            return true;
        }
    }
    return false;
}

} // namespace

bool startsLikeFormula(const QString& typed)
{
    // Judged as it looks: a full-width `＝` or one behind a zero-width or other Unicode space
    // is still a formula to a reader (and to spreadsheets that fold them).
    const QString text = VisibleText::identifier(typed);
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
    for (const char32_t c : text.toUcs4()) {
        if (isInvisibleOrSpace(c) || c == u'<' || c == u'>' || c == u'"' || c == u',' ||
            c == u';') {
            return false;
        }
    }
    const qsizetype at = text.indexOf(u'@');
    if (at <= 0 || text.indexOf(u'@', at + 1) >= 0) {
        return false;
    }
    return isLocalPart(text.left(at)) && isDomain(text.mid(at + 1));
}

QString normalisedEmployeeNo(const QString& number)
{
    return VisibleText::identifier(number).trimmed();
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
    // Spellings that look the same are the same department (it is stored as it looks).
    const QString visible = VisibleText::identifier(department);
    for (const QString& name : known) {
        if (VisibleText::identifier(name) == visible) {
            return {};
        }
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
