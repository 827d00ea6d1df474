#pragma once

#include "purser_core_export.h"

#include <QString>
#include <QStringList>

namespace purser {

// The rules of single employee values that the server, the CSV import and the client's forms
// share (EmployeeInput applies them to a whole body; the organisation's facts come from the
// caller). One copy, so what one of them accepts none of the others refuses.
namespace EmployeeRules {

// Text a spreadsheet would run as a formula when the value is exported and opened: it starts
// (after any spaces) with = + - @, a tab or a carriage return. Judged as it looks
// (VisibleText::identifier): full-width signs and invisible or Unicode spaces in front count.
PURSER_CORE_EXPORT bool startsLikeFormula(const QString& text);

// An address mail can be sent to: one @, a local part that neither starts nor ends with a dot
// nor has two in a row, a dotted host name (no IP literal `[...]`, no bare IP address), no
// spaces, control or format characters, at most 254 characters.
PURSER_CORE_EXPORT bool isEmailAddress(const QString& text);

// The stored form of an employee number: as it looks (VisibleText::identifier: NFKC, no
// invisible characters, plain hyphens), without surrounding spaces.
PURSER_CORE_EXPORT QString normalisedEmployeeNo(const QString& number);
// Two numbers name the same employee when their keys are equal: trimmed, letter case
// ignored. ASCII letters only are folded, as SQLite's lower() does (the database's unique
// index uses lower(trim(employee_no)); migration 0140).
PURSER_CORE_EXPORT QString employeeNoKey(const QString& number);

// Whether a new department may be named (the server and the form: yes, the HR admin decides;
// the CSV import: no, a name the organisation does not have is a typo until proven otherwise).
enum class NewDepartment
{
    Allowed,
    Refused
};
struct DepartmentCheck
{
    enum Result
    {
        Fits,
        OtherSpelling,
        Unknown
    } result = Fits;
    QString knownSpelling; // OtherSpelling: how the organisation writes it
};
// department against the organisation's known departments (empty: any fits). Compared as it
// looks (VisibleText::identifier): `Ｆinance` is Finance. A spelling that differs from a known
// one only in letter case or surrounding spaces never fits (it would split the department in
// two).
PURSER_CORE_EXPORT DepartmentCheck checkDepartment(const QString& department,
                                                   const QStringList& known,
                                                   NewDepartment newDepartment);

} // namespace EmployeeRules
} // namespace purser
