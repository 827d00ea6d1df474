#include "server/store/ReceiptFiles.h"

#include "server/Logging.h"
#include "server/crypto/CryptoLog.h"
#include "server/crypto/SealedFile.h"
#include "server/store/ClaimStore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace purser::server {
namespace {

bool syncFolder(const QString& path)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY);
    if (fd < 0) {
        return false;
    }
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
#else
    Q_UNUSED(path);
    return true;
#endif
}

} // namespace

QString ReceiptFiles::folder(const QString& orgId, const QString& employeeId) const
{
    return m_root + u'/' + orgId + u'/' + employeeId;
}

QString ReceiptFiles::finalPath(const QString& orgId, const QString& employeeId,
                                const QString& storageName) const
{
    return folder(orgId, employeeId) + u'/' + storageName;
}

bool ReceiptFiles::stage(const QString& orgId, Receipt& receipt, const QByteArray& bytes) const
{
    if (receipt.fileKey.isEmpty()) {
        receipt.fileKey = SealedFile::newKey();
    }
    return stageBytes(orgId, receipt.employeeId, receipt.storageName,
                      SealedFile::seal(receipt.fileKey, orgId, receipt.id, bytes));
}

std::optional<QByteArray> ReceiptFiles::read(const QString& orgId, const Receipt& receipt) const
{
    QFile file(finalPath(orgId, receipt.employeeId, receipt.storageName));
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcStore) << "receipt file missing for receipt" << receipt.id;
        return std::nullopt;
    }
    auto opened = SealedFile::open(receipt.fileKey, orgId, receipt.id, file.readAll());
    if (!opened) {
        qCCritical(lcCrypto).noquote()
            << QStringLiteral("integrity error: the file of receipt %1 in organisation %2 is not "
                              "sealed or does not open with its key; it is not served")
                   .arg(receipt.id, orgId);
    }
    return opened;
}

bool ReceiptFiles::stageBytes(const QString& orgId, const QString& employeeId,
                              const QString& storageName, const QByteArray& bytes) const
{
    const QString dir = folder(orgId, employeeId);
    if (!QDir().mkpath(dir)) {
        qCWarning(lcStore) << "cannot create the receipt folder for organisation" << orgId;
        return false;
    }
    QFile file(dir + u'/' + tempPrefix() + storageName);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        qCWarning(lcStore) << "cannot create a receipt file:" << file.errorString();
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    bool ok = file.write(bytes) == bytes.size() && file.flush();
#ifdef Q_OS_UNIX
    ok = ok && ::fsync(file.handle()) == 0;
#endif
    file.close();
    if (!ok) {
        qCWarning(lcStore) << "cannot write a receipt file";
        file.remove();
    }
    return ok;
}

bool ReceiptFiles::publish(const QString& orgId, const QString& employeeId,
                           const QString& storageName) const
{
    const QString dir = folder(orgId, employeeId);
    // rename(2) atomically replaces nothing here (the uuid is new) and is atomic on one
    // file system, so readers see either no file or the whole file.
    if (!QFile::rename(dir + u'/' + tempPrefix() + storageName, dir + u'/' + storageName)) {
        qCWarning(lcStore) << "cannot publish receipt file" << storageName;
        return false;
    }
    syncFolder(dir);
    return true;
}

void ReceiptFiles::discardStaged(const QString& orgId, const QString& employeeId,
                                 const QString& storageName) const
{
    QFile::remove(folder(orgId, employeeId) + u'/' + tempPrefix() + storageName);
}

void ReceiptFiles::removeFinal(const QString& orgId, const QString& employeeId,
                               const QString& storageName) const
{
    QFile::remove(finalPath(orgId, employeeId, storageName));
}

ReceiptFiles::Recovery ReceiptFiles::recover(
    const std::function<bool(const QString& orgId, const QString& storageName)>& isRecorded) const
{
    Recovery result;
    if (!QFileInfo::exists(m_root)) {
        return result;
    }
    QDirIterator it(m_root, {tempPrefix() + u'*'}, QDir::Files | QDir::Hidden,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo temp(it.next());
        const QString storageName = temp.fileName().mid(tempPrefix().size());
        const QString target = temp.absolutePath() + u'/' + storageName;
        QDir orgFolder = temp.dir(); // uploads/{org}/{employee}/
        orgFolder.cdUp();
        if (isRecorded(orgFolder.dirName(), storageName) && !QFileInfo::exists(target) &&
            QFile::rename(temp.absoluteFilePath(), target)) {
            syncFolder(temp.absolutePath());
            ++result.published;
        } else if (QFile::remove(temp.absoluteFilePath())) {
            ++result.removed;
        }
    }
    // Published files no row names: what a crash between a commit and its file removal left.
    QDirIterator finals(m_root, QDir::Files, QDirIterator::Subdirectories);
    while (finals.hasNext()) {
        const QFileInfo file(finals.next());
        QDir orgFolder = file.dir();
        orgFolder.cdUp();
        if (!isRecorded(orgFolder.dirName(), file.fileName()) &&
            QFile::remove(file.absoluteFilePath())) {
            ++result.removed;
        }
    }
    if (result.published || result.removed) {
        qCInfo(lcStore) << "receipt recovery: published" << result.published << "removed"
                        << result.removed << "unfinished uploads";
    }
    return result;
}

} // namespace purser::server
