#pragma once

#include "purser_core_export.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace purser {

// The signed note of a personal-data access export (docs/audit-log.md):
//   purser-personal-data/v1
//   <server identity>/<organisation id>
//   <employee id>
//   <lowercase hex SHA-256 of person.json>
//   <generated_at, RFC 3339 UTC in seconds with Z>
// signed (C2SP signed note) by the server's checkpoint signing key under the server identity.
// The first line keeps it from ever parsing as a checkpoint or a key announcement, and keeps
// those from parsing as this.
struct PURSER_CORE_EXPORT PersonalDataNote
{
    static QByteArray formatLine() { return QByteArrayLiteral("purser-personal-data/v1"); }

    QString serverIdentity;
    QString organizationId;
    QString employeeId;
    QString documentSha256; // 64 lowercase hex digits
    QString generatedAt;    // "YYYY-MM-DDTHH:MM:SSZ"

    // The note's text (its five lines, each with its newline).
    QByteArray text() const;
    // The whole signed note: text() signed under serverIdentity with secretKey (libsodium's
    // 64-byte form).
    QByteArray sign(const QByteArray& secretKey) const;

    // Reads a signed note's fields without checking its signature; nullopt and the reason
    // (which line, what is wrong) for a malformed note or a note of another kind.
    static std::optional<PersonalDataNote> parse(const QByteArray& note, QString* reason);
    // As parse(), and the note must carry a signature by publicKey under the identity it names.
    static std::optional<PersonalDataNote> verify(const QByteArray& note,
                                                  const QByteArray& publicKey, QString* reason);
    // Reads the five-line text alone (no signature block).
    static std::optional<PersonalDataNote> parseText(const QByteArray& text, QString* reason);
};

} // namespace purser
