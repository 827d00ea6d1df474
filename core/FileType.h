#pragma once

#include "purser_core_export.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace purser {

// Receipt file types Purser accepts, decided by the content's magic bytes — never by the
// file name or the declared type alone (api.md, Claims and receipts). The client checks before
// upload with the same code the server enforces with.
enum class ReceiptType
{
    Pdf,
    Jpeg,
    Png,
    Webp,
};

struct PURSER_CORE_EXPORT FileType
{
    // Bytes needed from the start of a file to decide.
    static constexpr int sniffLength = 16;

    static std::optional<ReceiptType> sniff(const QByteArray& head);
    static QString contentType(ReceiptType type); // "application/pdf", "image/png", …
    static QString extension(ReceiptType type);   // "pdf", "png", …

    // True when a declared Content-Type (parameters ignored, case-insensitive) names the same
    // type as the content. "image/jpg" counts as JPEG; "application/octet-stream" never agrees.
    static bool declaredTypeAgrees(const QString& declared, ReceiptType sniffed);
};

} // namespace purser
