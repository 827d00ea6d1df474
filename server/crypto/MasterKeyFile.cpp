#include "server/crypto/MasterKeyFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sodium.h>
#include <sys/stat.h>
#include <unistd.h>

namespace purser::server {
namespace {

const QByteArray kFilePrefix = QByteArrayLiteral("purser-master-key:v1:");

bool fsyncFolder(const QString& folder)
{
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY);
    if (fd < 0) {
        return false;
    }
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

} // namespace

QString MasterKey::idOf(const QByteArray& bytes)
{
    unsigned char hash[16];
    static const unsigned char context[] = "purser master key id";
    crypto_generichash(hash, sizeof hash, reinterpret_cast<const unsigned char*>(bytes.constData()),
                       size_t(bytes.size()), context, sizeof context - 1);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(hash), 8).toHex());
}

MasterKey MasterKey::generate()
{
    QByteArray bytes(32, Qt::Uninitialized);
    randombytes_buf(bytes.data(), size_t(bytes.size()));
    return {bytes, idOf(bytes)};
}

std::optional<MasterKey> MasterKeyFile::read(const QString& file, QString* error)
{
    error->clear();
    QFile in(file);
    if (!in.exists()) {
        return std::nullopt;
    }
    if (!in.open(QIODevice::ReadOnly)) {
        *error =
            QStringLiteral("cannot read the master key file %1: %2").arg(file, in.errorString());
        return std::nullopt;
    }
    QByteArray text = in.read(256).trimmed();
    if (!text.startsWith(kFilePrefix)) {
        *error = QStringLiteral("the master key file %1 is not a Purser master key").arg(file);
        return std::nullopt;
    }
    const auto decoded = QByteArray::fromBase64Encoding(text.mid(kFilePrefix.size()),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    sodium_memzero(text.data(), size_t(text.size()));
    if (!decoded || decoded.decoded.size() != 32) {
        *error = QStringLiteral("the master key file %1 is damaged").arg(file);
        return std::nullopt;
    }
    return MasterKey{decoded.decoded, MasterKey::idOf(decoded.decoded)};
}

bool MasterKeyFile::write(const QString& file, const MasterKey& key, QString* error)
{
    const QString folder = QFileInfo(file).absolutePath();
    if (!QDir().mkpath(folder)) {
        *error = QStringLiteral("cannot create the folder %1 for the master key").arg(folder);
        return false;
    }
    const int fd = ::open(QFile::encodeName(file).constData(), O_WRONLY | O_CREAT | O_EXCL, 0600);
    if (fd < 0) {
        *error = QStringLiteral("cannot create the master key file %1: %2")
                     .arg(file, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    QByteArray line = kFilePrefix + key.bytes.toBase64() + '\n';
    const bool ok =
        ::write(fd, line.constData(), size_t(line.size())) == line.size() && ::fsync(fd) == 0;
    sodium_memzero(line.data(), size_t(line.size()));
    ::close(fd);
    if (!ok || !fsyncFolder(folder)) {
        QFile::remove(file);
        *error = QStringLiteral("cannot write the master key file %1").arg(file);
        return false;
    }
    return true;
}

QList<MasterKey> MasterKeyFile::available(QString* error) const
{
    QList<MasterKey> keys;
    for (const QString& file : {m_path, pendingPath()}) {
        if (auto key = read(file, error)) {
            keys.append(*key);
        } else if (!error->isEmpty()) {
            return {};
        }
    }
    return keys;
}

bool MasterKeyFile::promotePending(QString* error) const
{
    if (::rename(QFile::encodeName(pendingPath()).constData(),
                 QFile::encodeName(m_path).constData()) != 0) {
        *error = QStringLiteral("cannot replace the master key file %1: %2")
                     .arg(m_path, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    fsyncFolder(QFileInfo(m_path).absolutePath());
    return true;
}

} // namespace purser::server
