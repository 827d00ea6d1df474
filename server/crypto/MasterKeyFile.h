#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace purser::server {

// The server master key: 32 random bytes that wrap every organisation's data key. It lives
// in a file OUTSIDE the database (default DATA_DIR/keys/master.key, 0600), one line
// "purser-master-key:v1:<base64>". The id (16 hex digits of a keyed BLAKE2b of the key)
// is stored beside each wrapped data key, so rotation and start-up know what wraps what
// without the id revealing anything about the key.
struct MasterKey
{
    QByteArray bytes;
    QString id;

    static QString idOf(const QByteArray& bytes);
    static MasterKey generate();
};

class MasterKeyFile
{
public:
    explicit MasterKeyFile(QString path) : m_path(std::move(path)) {}

    const QString& path() const { return m_path; }
    // Where rotate-master-key writes the next key until every data key is re-wrapped.
    QString pendingPath() const { return m_path + QStringLiteral(".new"); }

    // The key in file, nullopt with *error empty when the file does not exist, nullopt
    // with a plain reason when it cannot be read or is malformed.
    static std::optional<MasterKey> read(const QString& file, QString* error);
    // Writes key to file (created 0600, never overwriting, fsynced; folder created 0700).
    static bool write(const QString& file, const MasterKey& key, QString* error);

    // The current key and, during a master key rotation, the pending one.
    QList<MasterKey> available(QString* error) const;
    // Makes the pending key the current one (atomic rename, folder fsynced).
    bool promotePending(QString* error) const;

private:
    QString m_path;
};

} // namespace purser::server
