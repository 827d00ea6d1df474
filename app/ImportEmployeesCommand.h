#pragma once

#include <QStringList>

namespace purser::headless {

// purser import-employees FILE --org ORG [--dry-run] [--mapping FILE]
// Checks every row as the window's import does (EmployeeImport), prints a JSON report on
// standard output, and unless --dry-run queues the good rows through the outbox (each with its
// own Idempotency-Key, so a rerun after a cut connection sends nothing twice) and sends them.
// Exit: 0 every row valid and sent (dry run: every row valid), 1 some rows have problems or
// were refused, 2 usage, 3 offline (the good rows wait in the outbox for the next sync),
// 4 sign-in needed, 5 offline data cannot be opened.
int importEmployees(const QStringList& arguments);

} // namespace purser::headless
