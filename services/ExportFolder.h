#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace purser {

// A folder written all or nothing: files go into a hidden staging folder next to the target,
// each recorded with its SHA-256 and size; writeManifest() lists them in manifest.json and
// moveIntoPlace() renames the staging folder to the target. Until then, and whenever it fails, the
// target does not exist; the staging folder is removed when this object goes away uncommitted.
class ExportFolder
{
public:
    explicit ExportFolder(QString target);
    ~ExportFolder();
    ExportFolder(const ExportFolder&) = delete;
    ExportFolder& operator=(const ExportFolder&) = delete;

    // The target must not exist yet, or be an empty folder. False with the reason otherwise.
    bool open(QString* error);
    // relativePath uses '/'; its folders are made as needed.
    bool add(const QString& relativePath, const QByteArray& bytes, QString* error);
    // For a file another writer made at stagingPath(relativePath): records its hash and size.
    bool addWritten(const QString& relativePath, QString* error);
    QString stagingPath(const QString& relativePath = {}) const;
    QString target() const { return m_target; }
    QJsonArray files() const { return m_files; }

    // manifest.json: the given fields plus "files" (everything added so far).
    bool writeManifest(QJsonObject manifest, QString* error);
    // Renames the staging folder to the target; after this the folder is the caller's.
    bool moveIntoPlace(QString* error);

private:
    QString m_target;
    QString m_staging;
    QJsonArray m_files;
    bool m_committed = false;
};

} // namespace purser
