#include "services/ExportFolder.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QUuid>

namespace purser {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("purser::ExportFolder", text);
}

} // namespace

ExportFolder::ExportFolder(QString target) : m_target(QDir::cleanPath(QDir(target).absolutePath()))
{
}

ExportFolder::~ExportFolder()
{
    if (!m_committed && !m_staging.isEmpty()) {
        QDir(m_staging).removeRecursively();
    }
}

bool ExportFolder::open(QString* error)
{
    const QFileInfo target(m_target);
    if (target.exists() &&
        (!target.isDir() ||
         !QDir(m_target).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden))) {
        *error = tr("%1 already exists and is not an empty folder. Choose a new folder name.")
                     .arg(QDir::toNativeSeparators(m_target));
        return false;
    }
    QDir parent = target.absoluteDir();
    if (!parent.exists() && !parent.mkpath(QStringLiteral("."))) {
        *error = tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(parent.path()));
        return false;
    }
    // Next to the target, so the final rename stays on one file system.
    const QString staging = parent.filePath(
        QStringLiteral(".%1.partial-%2")
            .arg(target.fileName(), QUuid::createUuid().toString(QUuid::Id128).left(8)));
    if (!parent.mkdir(QFileInfo(staging).fileName())) {
        *error = tr("Cannot write in %1.").arg(QDir::toNativeSeparators(parent.path()));
        return false;
    }
    m_staging = staging;
    return true;
}

QString ExportFolder::stagingPath(const QString& relativePath) const
{
    return relativePath.isEmpty() ? m_staging : QDir(m_staging).filePath(relativePath);
}

bool ExportFolder::add(const QString& relativePath, const QByteArray& bytes, QString* error)
{
    const QString path = stagingPath(relativePath);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = tr("Cannot write %1 (is the disk full?).").arg(relativePath);
        return false;
    }
    return addWritten(relativePath, error);
}

bool ExportFolder::addWritten(const QString& relativePath, QString* error)
{
    QFile file(stagingPath(relativePath));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file)) {
        *error = tr("Cannot read back %1.").arg(relativePath);
        return false;
    }
    m_files.append(
        QJsonObject{{QStringLiteral("path"), relativePath},
                    {QStringLiteral("sha256"), QString::fromLatin1(hash.result().toHex())},
                    {QStringLiteral("size"), file.size()}});
    return true;
}

bool ExportFolder::writeManifest(QJsonObject manifest, QString* error)
{
    manifest.insert(QStringLiteral("files"), m_files);
    QSaveFile file(stagingPath(QStringLiteral("manifest.json")));
    const QByteArray bytes = QJsonDocument(manifest).toJson(QJsonDocument::Indented);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = tr("Cannot write manifest.json (is the disk full?).");
        return false;
    }
    return true;
}

bool ExportFolder::moveIntoPlace(QString* error)
{
    // An empty target folder (chosen in a dialog, made by the user) gives way to the export.
    if (QFileInfo(m_target).isDir() && !QDir().rmdir(m_target)) {
        *error = tr("%1 is no longer empty; nothing was written.")
                     .arg(QDir::toNativeSeparators(m_target));
        return false;
    }
    if (!QDir().rename(m_staging, m_target)) {
        *error = tr("Cannot move the export into %1; nothing was written.")
                     .arg(QDir::toNativeSeparators(m_target));
        return false;
    }
    m_committed = true;
    return true;
}

} // namespace purser
