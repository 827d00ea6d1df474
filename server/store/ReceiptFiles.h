#pragma once

#include <QByteArray>
#include <QString>
#include <functional>
#include <optional>

namespace purser::server {

// Receipt bytes on disk: DATA_DIR/uploads/{org}/{employee}/{uuid}, never a client name, and
// never in the clear: each file is sealed under its receipt's own file key (SealedFile), which
// the database keeps sealed under the organisation's data key (receipts.file_key).
// The crash-safe order of an upload is
//   1. stage(): write .tmp-{uuid} in the final folder and fsync it,
//   2. commit the receipt row (and its audit entry) in the database,
//   3. publish(): rename .tmp-{uuid} to {uuid} and fsync the folder.
// A crash before 2 leaves only a temp file with no row; a crash between 2 and 3 leaves a row
// and its complete temp file. recover() at start-up settles both: temp files whose row exists
// are published, the others deleted. So no half file is ever served and no row points at
// nothing.
struct Receipt;

class ReceiptFiles
{
public:
    explicit ReceiptFiles(QString dataDir) : m_root(std::move(dataDir) + QStringLiteral("/uploads"))
    {
    }

    QString finalPath(const QString& orgId, const QString& employeeId,
                      const QString& storageName) const;
    // Seals the bytes with receipt.fileKey (made when empty), writes and fsyncs the temp file.
    // False on failure (logged; no detail for clients).
    bool stage(const QString& orgId, Receipt& receipt, const QByteArray& bytes) const;
    // The receipt's original bytes; nullopt (logged as an integrity error, or a missing file)
    // when the file is missing, not sealed, or does not open with the receipt's key.
    std::optional<QByteArray> read(const QString& orgId, const Receipt& receipt) const;
    bool publish(const QString& orgId, const QString& employeeId, const QString& storageName) const;
    void discardStaged(const QString& orgId, const QString& employeeId,
                       const QString& storageName) const;
    void removeFinal(const QString& orgId, const QString& employeeId,
                     const QString& storageName) const;

    // Settles what a crash left behind; isRecorded says whether a row of the organisation
    // (the first folder level under uploads/) names a storage file. Temp files with a row are
    // published, the rest removed; a published file no row names any more (a deleted claim's,
    // or one replaced by its sealed copy) is removed too.
    // Returns how many temp files were published and how many files removed.
    struct Recovery
    {
        int published = 0;
        int removed = 0;
    };
    Recovery recover(const std::function<bool(const QString& orgId, const QString& storageName)>&
                         isRecorded) const;

    static QString tempPrefix() { return QStringLiteral(".tmp-"); }

    // Writes and fsyncs the temp file with exactly these bytes.
    bool stageBytes(const QString& orgId, const QString& employeeId, const QString& storageName,
                    const QByteArray& bytes) const;

private:
    QString folder(const QString& orgId, const QString& employeeId) const;
    QString m_root;
};

} // namespace purser::server
