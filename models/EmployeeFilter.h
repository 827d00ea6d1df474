#pragma once

#include <QString>

namespace purser {

// What the employee directory is narrowed to. Empty fields do not filter.
struct EmployeeFilter
{
    QString text; // in any column the reader can see
    QString department;
    QString status;         // active | on_leave | terminated
    QString employmentType; // full_time | part_time | contract | intern
};

} // namespace purser
