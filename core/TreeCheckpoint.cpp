#include "core/TreeCheckpoint.h"

#include "core/MerkleHash.h"

#include <QList>
#include <QRegularExpression>

namespace purser {

QByteArray TreeCheckpoint::text() const
{
    return origin.toUtf8() + '\n' + QByteArray::number(size) + '\n' + root.toBase64() + '\n';
}

std::optional<TreeCheckpoint> TreeCheckpoint::parse(const QByteArray& text, QString* reason)
{
    const auto fail = [reason](const QString& why) {
        if (reason) {
            *reason = why;
        }
        return std::nullopt;
    };
    if (!text.endsWith('\n')) {
        return fail(QStringLiteral("the checkpoint does not end with a newline"));
    }
    const QList<QByteArray> lines = text.chopped(1).split('\n');
    if (lines.size() != 3) {
        return fail(QStringLiteral("the checkpoint has %1 lines, not 3 (origin, size, root)")
                        .arg(lines.size()));
    }
    if (lines.at(0).isEmpty()) {
        return fail(QStringLiteral("the checkpoint's origin line is empty"));
    }
    static const QRegularExpression decimal(QStringLiteral("^(0|[1-9][0-9]{0,17})$"));
    if (!decimal.match(QString::fromLatin1(lines.at(1))).hasMatch()) {
        return fail(QStringLiteral("the checkpoint's tree size is not a decimal number"));
    }
    const auto root =
        QByteArray::fromBase64Encoding(lines.at(2), QByteArray::AbortOnBase64DecodingErrors);
    if (!root || root.decoded.size() != MerkleHash::kSize ||
        root.decoded.toBase64() != lines.at(2)) {
        return fail(QStringLiteral("the checkpoint's root is not the base64 of 32 bytes"));
    }
    TreeCheckpoint checkpoint;
    checkpoint.origin = QString::fromUtf8(lines.at(0));
    checkpoint.size = lines.at(1).toLongLong();
    checkpoint.root = root.decoded;
    return checkpoint;
}

} // namespace purser
