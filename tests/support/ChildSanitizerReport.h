#pragma once

#include <QByteArray>
#include <QString>

namespace purser::test {

// A child process of a test (purser-server, headless purser) built with the sanitizers
// prints UBSan reports on its stderr (GCC's separate UBSan runtime ignores log_path), which
// tests merge into output they rarely read. When scripts/sanitized-ctest runs the suite it
// sets PURSER_SANITIZER_REPORTS; any sanitizer report found in a child's output is copied
// there, and the script fails the run. Without the variable this does nothing.
// Returns true when the output held a report.
bool recordChildSanitizerReport(const QByteArray& output, const QString& program);

} // namespace purser::test
