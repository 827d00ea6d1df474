#pragma once

#include <QByteArray>
#include <QString>
#include <functional>

namespace purser::server {

// Receipt bytes on disk: DATA_DIR/uploads/{org}/{employee}/{uuid}, never a client name.
// The crash-safe order of an upload is
//   1. stage(): write .tmp-{uuid} in the final folder and fsync it,
//   2. commit the receipt row (and its audit entry) in the database,
//   3. publish(): rename .tmp-{uuid} to {uuid} and fsync the folder.
// A crash before 2 leaves only a temp file with no row; a crash between 2 and 3 leaves a row
// and its complete temp file. recover() at start-up settles both: temp files whose row exists
// are published, the others deleted. So no half file is ever served and no row points at
// nothing.
class ReceiptFiles
{
public:
    explicit ReceiptFiles(QString dataDir) : m_root(std::move(dataDir) + QStringLiteral("/uploads"))
    {
    }

    QString finalPath(const QString& orgId, const QString& employeeId,
                      const QString& storageName) const;
    // Writes and fsyncs the temp file. False on failure (logged; no detail for clients).
    bool stage(const QString& orgId, const QString& employeeId, const QString& storageName,
               const QByteArray& bytes) const;
    bool publish(const QString& orgId, const QString& employeeId, const QString& storageName) const;
    void discardStaged(const QString& orgId, const QString& employeeId,
                       const QString& storageName) const;
    void removeFinal(const QString& orgId, const QString& employeeId,
                     const QString& storageName) const;

    // Settles what a crash left behind; isRecorded says whether a row of the organisation
    // (the first folder level under uploads/) names a storage file.
    // Returns how many temp files were published and removed.
    struct Recovery
    {
        int published = 0;
        int removed = 0;
    };
    Recovery recover(const std::function<bool(const QString& orgId, const QString& storageName)>&
                         isRecorded) const;

    static QString tempPrefix() { return QStringLiteral(".tmp-"); }

private:
    QString folder(const QString& orgId, const QString& employeeId) const;
    QString m_root;
};

} // namespace purser::server
