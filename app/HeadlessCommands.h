#pragma once

#include <functional>

class QCoreApplication;

namespace purser {

// The scripting and auditor commands of the purser binary (no display needed):
//   purser sign-in --server URL --email EMAIL [--pin-sha256 FINGERPRINT]   (password on stdin)
//   purser sync [--org ORG] [--page-size N] [--discard-offline-data]
//   purser sign-out [--remove-offline-data] [--discard-unsent]
//   purser export-audit --org ORG [--from T] [--to T] [--entity ID] --format csv|jsonl --out FILE
//   purser verify-export [--trusted-key FINGERPRINT]... FILE
//   purser import-employees FILE --org ORG [--dry-run] [--mapping FILE]
//   purser export-person --org ORG --employee ID|EMPLOYEE_NO --out DIR
//   purser verify-person-export [--trusted-key FINGERPRINT]... DIR
// They use the same keychain session and offline data as the window. Exit codes: 0 done,
// 1 failed, 2 usage, 3 offline, 4 sign-in needed, 5 offline data cannot be opened,
// 6 (verify-export, verify-person-export) consistent but signed by no key the user trusts.
bool isHeadlessCommand(const char* argument);
// installTranslations: puts the user's language in place for the personal-data commands (their
// summary.pdf and messages); the others speak English, as scripts expect.
int runHeadlessCommand(int argc, char* argv[],
                       const std::function<void(QCoreApplication&)>& installTranslations = {});

} // namespace purser
