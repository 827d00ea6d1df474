#include "server/ops/DataFolder.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace purser::server::DataFolder {
namespace {

constexpr QFileDevice::Permissions kOwnerBits =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
constexpr QFileDevice::Permissions kOthersBits = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                                 QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                                 QFileDevice::WriteOther | QFileDevice::ExeOther;

void keepOwnerBitsOnly(const QString& path)
{
    const QFileDevice::Permissions now = QFile::permissions(path);
    if (now & kOthersBits) {
        QFile::setPermissions(path, now & kOwnerBits);
    }
}

} // namespace

void restrictNewFilesToOwner()
{
#ifdef Q_OS_UNIX
    ::umask(S_IRWXG | S_IRWXO);
#endif
}

bool prepare(const QString& dataDir)
{
    if (!QDir().mkpath(dataDir)) {
        return false;
    }
#ifdef Q_OS_UNIX
    keepOwnerBitsOnly(dataDir);
    QDirIterator it(dataDir, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (!QFileInfo(path).isSymLink()) {
            keepOwnerBitsOnly(path);
        }
    }
#endif
    return true;
}

} // namespace purser::server::DataFolder
