#include "server/crypto/KeyCommands.h"

#include "server/crypto/EncryptionAtRest.h"
#include "server/crypto/KeyRotation.h"
#include "server/ops/AdminCommands.h"

#include <QDir>
#include <cstdio>

namespace purser::server {

QString KeyCommands::masterKeyFile(const ServerOptions& options)
{
    return options.masterKeyFile.isEmpty()
               ? EncryptionAtRest::defaultMasterKeyFile(QDir(options.dataDir).absolutePath())
               : QDir().absoluteFilePath(options.masterKeyFile);
}

int KeyCommands::rotateDataKey()
{
    QString error;
    auto db = AdminCommands::openDatabase(m_options, &error);
    if (!db || !EncryptionAtRest::start(*db, masterKeyFile(m_options), &error, false)) {
        return AdminCommands::fail(error);
    }
    QString summary;
    const bool ok = KeyRotation::rotateDataKey(*db, m_options.keyOrg, &summary, &error);
    db->closeThreadConnection();
    db->close();
    if (!ok) {
        return AdminCommands::fail(error);
    }
    std::printf("%s\n", qPrintable(summary));
    std::fflush(stdout);
    return 0;
}

int KeyCommands::rotateMasterKey()
{
    QString error;
    auto db = AdminCommands::openDatabase(m_options, &error);
    if (!db || !EncryptionAtRest::start(*db, masterKeyFile(m_options), &error, false)) {
        return AdminCommands::fail(error);
    }
    QString summary;
    const bool ok = KeyRotation::rotateMasterKey(*db, masterKeyFile(m_options), &summary, &error);
    db->closeThreadConnection();
    db->close();
    if (!ok) {
        return AdminCommands::fail(error);
    }
    std::printf("%s\n", qPrintable(summary));
    std::fflush(stdout);
    return 0;
}

} // namespace purser::server
