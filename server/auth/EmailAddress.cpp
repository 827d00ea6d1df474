#include "server/auth/EmailAddress.h"

#include <QRegularExpression>
#include <QUrl>

namespace purser::server::EmailAddress {

QString normalise(const QString& email)
{
    return email.trimmed().toLower();
}

bool isPlausible(const QString& email)
{
    if (email.size() > 254 || email.count(u'@') != 1) {
        return false;
    }
    const qsizetype at = email.indexOf(u'@');
    if (at < 1) {
        return false;
    }
    // Nothing invisible: an address with a zero-width space or a bidi control renders
    // exactly like another member's (in member lists, invitations, the audit log).
    for (const char32_t c : email.toUcs4()) {
        switch (QChar::category(c)) {
        case QChar::Other_Control:
        case QChar::Other_Format:
        case QChar::Other_Surrogate:
        case QChar::Other_PrivateUse:
        case QChar::Other_NotAssigned:
        case QChar::Separator_Space:
        case QChar::Separator_Line:
        case QChar::Separator_Paragraph:
            return false;
        default:
            break;
        }
    }
    return asciiDomain(email.mid(at + 1)).has_value();
}

std::optional<QString> asciiDomain(const QString& domainOrEmail)
{
    const QString domain = domainOrEmail.mid(domainOrEmail.lastIndexOf(u'@') + 1).toLower();
    if (domain.isEmpty() || domain.size() > 253 || !domain.contains(u'.')) {
        return std::nullopt;
    }
    const QByteArray ace = QUrl::toAce(domain, QUrl::AceProcessingOption::IgnoreIDNWhitelist);
    if (ace.isEmpty()) {
        return std::nullopt;
    }
    // After IDNA only letters, digits, hyphens and dots may remain, in non-empty labels.
    static const QRegularExpression hostname(
        QStringLiteral("^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(\\.[a-z0-9](?:[a-z0-9-"
                       "]{0,61}[a-z0-9])?)+$"));
    const QString ascii = QString::fromLatin1(ace).toLower();
    if (!hostname.match(ascii).hasMatch()) {
        return std::nullopt;
    }
    return ascii;
}

bool domainAllowed(const QString& email, const QStringList& allowlist)
{
    if (allowlist.isEmpty()) {
        return true;
    }
    const auto domain = asciiDomain(email);
    return domain && allowlist.contains(*domain);
}

} // namespace purser::server::EmailAddress
