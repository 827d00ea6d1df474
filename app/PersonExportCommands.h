#pragma once

#include <QStringList>

namespace purser::headless {

// purser export-person --org ORG --employee ID|EMPLOYEE_NO --out DIR
// Answers an access request (PersonalDataExport): the folder of docs/privacy.md, written all
// or nothing. Exit: 0 written (and checked), 1 failed or refused (nothing written), 2 usage,
// 3 offline, 4 sign-in needed.
int exportPerson(const QStringList& arguments);

// purser verify-person-export [--trusted-key FINGERPRINT]... DIR  (no network)
// Exit: 0 verified, 1 inconsistent (names the file or entry), 2 usage, 6 consistent but
// signed by no key the user trusts (named with --trusted-key or pinned while syncing).
int verifyPersonExport(const QStringList& arguments);

} // namespace purser::headless
