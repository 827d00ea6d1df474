#include "tests/support/ChildSanitizerReport.h"

#include <QCoreApplication>
#include <QDebug>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

namespace purser::test {

bool recordChildSanitizerReport(const QByteArray& output, const QString& program)
{
    static const QByteArray markers[] = {"runtime error:", "ERROR: AddressSanitizer",
                                         "ERROR: LeakSanitizer",
                                         "SUMMARY: UndefinedBehaviorSanitizer"};
    bool found = false;
    for (const QByteArray& marker : markers) {
        found = found || output.contains(marker);
    }
    if (!found) {
        return false;
    }
    const QString name = QFileInfo(program).fileName();
    qWarning().noquote() << "sanitizer report in the output of" << name;
    const QString folder = qEnvironmentVariable("PURSER_SANITIZER_REPORTS");
    if (!folder.isEmpty()) {
        QFile file(QStringLiteral("%1/child.%2.%3.%4")
                       .arg(folder, name, QString::number(QCoreApplication::applicationPid()),
                            QUuid::createUuid().toString(QUuid::Id128)));
        if (file.open(QIODevice::WriteOnly)) {
            file.write(output);
        }
    }
    return true;
}

} // namespace purser::test
