#include "core/PersonalDataNote.h"

#include "core/FailureReason.h"
#include "core/SignedNote.h"

#include <QDateTime>
#include <QList>
#include <QRegularExpression>

namespace purser {
namespace {

// A line of the note: not empty, no spaces or control characters (ids and the identity are
// single tokens; the identity is a signed note key name).
bool isToken(const QString& value)
{
    if (value.isEmpty()) {
        return false;
    }
    for (const QChar c : value) {
        if (c.unicode() <= 0x20 || c.unicode() == 0x7F) {
            return false;
        }
    }
    return true;
}

bool isGeneratedAt(const QString& value)
{
    static const QRegularExpression shape(
        QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$"));
    if (!shape.match(value).hasMatch()) {
        return false;
    }
    const QDateTime time = QDateTime::fromString(value, Qt::ISODate);
    return time.isValid() &&
           time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss'Z'")) == value;
}

} // namespace

QByteArray PersonalDataNote::text() const
{
    return formatLine() + '\n' + serverIdentity.toUtf8() + '/' + organizationId.toUtf8() + '\n' +
           employeeId.toUtf8() + '\n' + documentSha256.toLatin1() + '\n' + generatedAt.toLatin1() +
           '\n';
}

QByteArray PersonalDataNote::sign(const QByteArray& secretKey) const
{
    SignedNote note;
    note.text = text();
    note.sign(serverIdentity, secretKey);
    return note.serialize();
}

std::optional<PersonalDataNote> PersonalDataNote::parseText(const QByteArray& text, QString* reason)
{
    if (!text.endsWith('\n')) {
        failWith(reason, QStringLiteral("the personal-data note does not end with a newline"));
        return std::nullopt;
    }
    const QList<QByteArray> lines = text.chopped(1).split('\n');
    if (lines.value(0) != formatLine()) {
        failWith(reason, QStringLiteral("the note's first line is not %1: it is not a "
                                        "personal-data export note")
                             .arg(QString::fromLatin1(formatLine())));
        return std::nullopt;
    }
    if (lines.size() != 5) {
        failWith(reason, QStringLiteral("the personal-data note has %1 lines, not 5 (format, "
                                        "origin, employee, SHA-256, generated_at)")
                             .arg(lines.size()));
        return std::nullopt;
    }
    PersonalDataNote note;
    // The identity is a host name and holds no '/'; the organisation id follows the last one.
    const QString origin = QString::fromUtf8(lines.at(1));
    const qsizetype slash = origin.lastIndexOf(u'/');
    note.serverIdentity = origin.left(slash);
    note.organizationId = origin.mid(slash + 1);
    if (slash < 0 || !isToken(note.serverIdentity) || !isToken(note.organizationId)) {
        failWith(reason, QStringLiteral("line 2 is not an origin \"<server identity>/<organisation "
                                        "id>\""));
        return std::nullopt;
    }
    note.employeeId = QString::fromUtf8(lines.at(2));
    if (!isToken(note.employeeId)) {
        failWith(reason, QStringLiteral("line 3 is not an employee id"));
        return std::nullopt;
    }
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    note.documentSha256 = QString::fromLatin1(lines.at(3));
    if (!hex.match(note.documentSha256).hasMatch()) {
        failWith(reason,
                 QStringLiteral("line 4 is not a SHA-256 in 64 lowercase hexadecimal digits"));
        return std::nullopt;
    }
    note.generatedAt = QString::fromLatin1(lines.at(4));
    if (!isGeneratedAt(note.generatedAt)) {
        failWith(reason, QStringLiteral("line 5 is not a generated_at time "
                                        "\"YYYY-MM-DDTHH:MM:SSZ\""));
        return std::nullopt;
    }
    return note;
}

std::optional<PersonalDataNote> PersonalDataNote::parse(const QByteArray& note, QString* reason)
{
    const auto signedNote = SignedNote::parse(note, reason);
    if (!signedNote) {
        return std::nullopt;
    }
    return parseText(signedNote->text, reason);
}

std::optional<PersonalDataNote>
PersonalDataNote::verify(const QByteArray& note, const QByteArray& publicKey, QString* reason)
{
    const auto signedNote = SignedNote::parse(note, reason);
    if (!signedNote) {
        return std::nullopt;
    }
    auto parsed = parseText(signedNote->text, reason);
    if (!parsed) {
        return std::nullopt;
    }
    if (!signedNote->verifiedBy(parsed->serverIdentity, publicKey)) {
        failWith(reason, QStringLiteral("the note carries no valid signature by this key under "
                                        "the server identity %1")
                             .arg(parsed->serverIdentity));
        return std::nullopt;
    }
    return parsed;
}

} // namespace purser
