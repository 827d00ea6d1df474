#include "core/FileType.h"

namespace purser {

std::optional<ReceiptType> FileType::sniff(const QByteArray& head)
{
    if (head.startsWith("%PDF-")) {
        return ReceiptType::Pdf;
    }
    if (head.size() >= 3 && static_cast<unsigned char>(head[0]) == 0xFF &&
        static_cast<unsigned char>(head[1]) == 0xD8 &&
        static_cast<unsigned char>(head[2]) == 0xFF) {
        return ReceiptType::Jpeg;
    }
    if (head.startsWith(QByteArray::fromHex("89504e470d0a1a0a"))) {
        return ReceiptType::Png;
    }
    if (head.size() >= 12 && head.startsWith("RIFF") && head.mid(8, 4) == "WEBP") {
        return ReceiptType::Webp;
    }
    return std::nullopt;
}

QString FileType::contentType(ReceiptType type)
{
    switch (type) {
    case ReceiptType::Pdf:
        return QStringLiteral("application/pdf");
    case ReceiptType::Jpeg:
        return QStringLiteral("image/jpeg");
    case ReceiptType::Png:
        return QStringLiteral("image/png");
    case ReceiptType::Webp:
        return QStringLiteral("image/webp");
    }
    return {};
}

QString FileType::extension(ReceiptType type)
{
    switch (type) {
    case ReceiptType::Pdf:
        return QStringLiteral("pdf");
    case ReceiptType::Jpeg:
        return QStringLiteral("jpg");
    case ReceiptType::Png:
        return QStringLiteral("png");
    case ReceiptType::Webp:
        return QStringLiteral("webp");
    }
    return {};
}

bool FileType::declaredTypeAgrees(const QString& declared, ReceiptType sniffed)
{
    const QString mediaType = declared.section(u';', 0, 0).trimmed().toLower();
    if (sniffed == ReceiptType::Jpeg && mediaType == u"image/jpg") {
        return true;
    }
    return mediaType == contentType(sniffed);
}

} // namespace purser
