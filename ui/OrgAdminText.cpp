#include "ui/OrgAdminText.h"

#include "core/Rfc3339.h"
#include "ui/TestHooks.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMessageBox>
#include <QUrl>

namespace purser::OrgAdminText {
QString offline()
{
    return QCoreApplication::translate(
        "OrgAdminText",
        "This needs a connection to the server, and Purser cannot reach it now. Nothing "
        "was changed and nothing was queued: try again when you are connected.");
}

QString problem(const ApiError& error)
{
    switch (error.kind) {
    case ApiError::Kind::None:
        return {};
    case ApiError::Kind::Unreachable:
        return offline();
    case ApiError::Kind::Http:
        break;
    default:
        return error.message;
    }
    if (error.status == 401) {
        return QCoreApplication::translate(
            "OrgAdminText", "Your session has ended. Sign in again, then try once more.");
    }
    if (error.code == QStringLiteral("two_factor_required")) {
        return QCoreApplication::translate(
            "OrgAdminText",
            "The server refused: this organisation requires two-factor sign-in, and "
            "your account has none. Turn it on in My account first.");
    }
    if (error.status == 403) {
        // The server decides; the client never trusts itself. Its reason, after ours.
        return QCoreApplication::translate("OrgAdminText",
                                           "The server refused: your role may not do this. (%1)")
            .arg(error.message);
    }
    if (error.status == 404) {
        return QCoreApplication::translate(
            "OrgAdminText",
            "It is no longer there: someone may have changed it. The list is refreshed.");
    }
    return error.message;
}

QString time(const QJsonValue& rfc3339, const QString& whenNull)
{
    const auto when = fromRfc3339(rfc3339.toString());
    if (!when) {
        return whenNull;
    }
    return QLocale().toString(when->toLocalTime(), QLocale::ShortFormat);
}

QString domainBothForms(const QString& domain)
{
    // As the server matches (IgnoreIDNWhitelist): every top-level domain, not Qt's list.
    const QString ace =
        QString::fromLatin1(QUrl::toAce(domain.trimmed(), QUrl::IgnoreIDNWhitelist));
    const QString unicode =
        ace.isEmpty() ? QString() : QUrl::fromAce(ace.toLatin1(), QUrl::IgnoreIDNWhitelist);
    const QString shown = unicode.isEmpty() ? domain : unicode;
    if (ace.isEmpty() || ace == shown) {
        return shown;
    }
    return QStringLiteral("%1 (%2)").arg(shown, ace);
}

bool confirmed(QMessageBox* box)
{
    // A message box's exec() answers with the button, not Accepted; a test's hook answers
    // for the user instead.
    const bool hooked = static_cast<bool>(TestHooks::dialogHook);
    const bool answered = TestHooks::execDialog(box);
    return hooked ? answered : box->clickedButton() == box->button(QMessageBox::Yes);
}

} // namespace purser::OrgAdminText
