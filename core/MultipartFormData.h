#pragma once

#include "purser_core_export.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace purser {

// A strict multipart/form-data parser (RFC 7578) over bytes already in memory: a pure
// function, so it can be fuzzed directly. It accepts only what a well-behaved client sends:
// CRLF line ends, a boundary from the Content-Type header, a Content-Disposition of
// `form-data; name="..."` on every part, at most 16 parts and 8 KiB of part headers.
struct PURSER_CORE_EXPORT MultipartPart
{
    QString name;
    std::optional<QString> filename; // as the client sent it (unsanitised)
    QString contentType;             // the part's declared type, "" when absent
    QByteArray data;
};

struct PURSER_CORE_EXPORT MultipartFormData
{
    // The boundary of a `multipart/form-data; boundary=...` header value, or nullopt.
    static std::optional<QByteArray> boundary(const QByteArray& contentType);

    // Parses a whole body. On failure returns nullopt and sets *error (plain words).
    static std::optional<QList<MultipartPart>> parse(const QByteArray& contentType,
                                                     const QByteArray& body, QString* error);
};

} // namespace purser
