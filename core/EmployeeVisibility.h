#pragma once

#include "core/Employee.h"
#include "core/Role.h"
#include "purser_core_export.h"

namespace purser {

// Which sensitive employee fields a reader may see (roles.md). The server uses it to strip
// fields before they leave; the client uses it to choose columns.
struct PURSER_CORE_EXPORT EmployeeVisibility
{
    bool record = false;     // employees.read: the directory fields at all
    bool nationalId = false; // employees.read.national_id
    bool bankAndSalary = false;

    static EmployeeVisibility forReader(Role role, bool isOwnRecord);
    // What the role may see on records that are not its own (column choice in the client).
    static EmployeeVisibility forOthers(Role role) { return forReader(role, false); }

    // Removes every field the reader may not see, so the value never leaves the server.
    void apply(Employee& employee) const;
};

} // namespace purser
