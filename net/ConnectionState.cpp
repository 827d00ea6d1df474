#include "net/ConnectionState.h"

#include <QCoreApplication>

namespace purser {

QString connectionStateName(ConnectionState state)
{
    switch (state) {
    case ConnectionState::SignedOut:
        return QStringLiteral("signed-out");
    case ConnectionState::Connecting:
        return QStringLiteral("connecting");
    case ConnectionState::Online:
        return QStringLiteral("online");
    case ConnectionState::Offline:
        return QStringLiteral("offline");
    case ConnectionState::ServerError:
        return QStringLiteral("server-error");
    case ConnectionState::NeedsSignIn:
        return QStringLiteral("needs-sign-in");
    case ConnectionState::CertificateChanged:
        return QStringLiteral("certificate-changed");
    }
    return {};
}

QString connectionStateDisplay(ConnectionState state)
{
    switch (state) {
    case ConnectionState::SignedOut:
        return QCoreApplication::translate("ConnectionState", "Signed out");
    case ConnectionState::Connecting:
        return QCoreApplication::translate("ConnectionState", "Connecting…");
    case ConnectionState::Online:
        return QCoreApplication::translate("ConnectionState", "Online");
    case ConnectionState::Offline:
        return QCoreApplication::translate("ConnectionState", "Offline: cannot reach the server");
    case ConnectionState::ServerError:
        return QCoreApplication::translate("ConnectionState", "The server reported a problem");
    case ConnectionState::NeedsSignIn:
        return QCoreApplication::translate("ConnectionState", "Please sign in again");
    case ConnectionState::CertificateChanged:
        return QCoreApplication::translate("ConnectionState",
                                           "Server certificate changed: not connected");
    }
    return {};
}

} // namespace purser
