#include "app/PersonExportCommands.h"

#include "app/HeadlessClient.h"
#include "services/PersonalDataExport.h"
#include "services/PersonalDataVerifier.h"

#include <QCommandLineParser>
#include <QRegularExpression>

namespace purser::headless {

int exportPerson(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption org(QStringLiteral("org"), tr("Organisation id."),
                                 QStringLiteral("id"));
    const QCommandLineOption employee(QStringLiteral("employee"),
                                      tr("The employee's id or employee number."),
                                      QStringLiteral("id"));
    const QCommandLineOption out(QStringLiteral("out"), tr("The folder to write (new or empty)."),
                                 QStringLiteral("dir"));
    parser.addOptions({org, employee, out});
    if (!parser.parse(arguments) || !parser.isSet(org) || !parser.isSet(employee) ||
        !parser.isSet(out) || !parser.positionalArguments().isEmpty()) {
        complain(tr("Usage: purser export-person --org ORG --employee ID|EMPLOYEE_NO --out DIR"));
        return Usage;
    }
    Client client;
    if (const int code = client.resume(); code != Done) {
        return code;
    }
    PersonalDataExport job(&client.api);
    QObject::connect(&job, &PersonalDataExport::progress,
                     [](int done, int total, const QString& step) {
                         say(QStringLiteral("[%1/%2] %3").arg(done + 1).arg(total).arg(step));
                     });
    PersonalDataExport::Result result;
    QObject::connect(&job, &PersonalDataExport::finished,
                     [&result](const PersonalDataExport::Result& r) { result = r; });
    job.start(parser.value(org), parser.value(employee), parser.value(out), trustedKeys({}));
    if (result.message.isEmpty()) { // not finished at once (a folder in the way finishes at once)
        waitFor(&job, &PersonalDataExport::finished);
    }
    if (!result.ok) {
        complain(result.message);
        return result.error.isError() ? exitFor(result.error) : Failed;
    }
    say(result.message);
    return Done;
}

int verifyPersonExport(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption trustedKey = trustedKeyOption();
    parser.addOption(trustedKey);
    parser.addPositionalArgument(QStringLiteral("dir"), tr("The export folder."));
    if (!parser.parse(arguments) || parser.positionalArguments().size() != 1) {
        complain(tr("Usage: purser verify-person-export [--trusted-key FINGERPRINT]... DIR"));
        return Usage;
    }
    for (const QString& typed : parser.values(trustedKey)) {
        QString hex = typed;
        hex.remove(u':').remove(u' ');
        static const QRegularExpression hexDigits(QStringLiteral("^[0-9a-fA-F]{16,64}$"));
        if (!hexDigits.match(hex).hasMatch()) {
            complain(tr("--trusted-key needs a SHA-256 fingerprint (at least 16 hex digits)."));
            return Usage;
        }
    }
    const PersonalDataVerifier::Result result = PersonalDataVerifier::verify(
        parser.positionalArguments().first(), trustedKeys(parser.values(trustedKey)));
    (result.ok ? say(result.message) : complain(result.message));
    if (result.ok) {
        return Done;
    }
    return result.untrusted ? Untrusted : Failed;
}

} // namespace purser::headless
