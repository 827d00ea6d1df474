#include "tests/client/KeychainProbe.h"

#include <QSignalSpy>

namespace purser::test {

KeychainRead readKeychain(const QString& service, const QString& key)
{
    QKeychain::ReadPasswordJob job(service);
    job.setAutoDelete(false);
    job.setKey(key);
    QSignalSpy finished(&job, &QKeychain::Job::finished);
    job.start();
    KeychainRead result;
    if (!finished.wait(15000)) {
        result.error = QKeychain::OtherError;
        result.errorString = QStringLiteral("timed out");
        return result;
    }
    result.error = job.error();
    result.errorString = job.errorString();
    result.text = job.textData();
    return result;
}

} // namespace purser::test
