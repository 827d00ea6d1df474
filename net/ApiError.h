#pragma once

#include <QString>

namespace purser {

// What went wrong with one request, in words a user can act on. Raw Qt network errors never
// reach the user; they are translated into one of these kinds.
struct ApiError
{
    enum class Kind
    {
        None,
        Unreachable,           // no connection (refused, unknown host, timeout, offline)
        TlsFailure,            // handshake failed for a reason other than trust
        CertificateNotTrusted, // unknown certificate and the user did not accept it
        CertificateChanged,    // the pinned certificate differs from the one presented
        Http,                  // the server answered with an error status
        InvalidResponse,       // the server's answer was not what the contract says
        Keychain,              // the OS keychain refused to store or read the token
    };

    Kind kind = Kind::None;
    int status = 0;  // HTTP status when kind == Http
    QString code;    // api.md error code, e.g. "invalid_credentials"
    QString message; // plain words, shown to the user

    bool isError() const { return kind != Kind::None; }
    bool isUnauthenticated() const { return kind == Kind::Http && status == 401; }

    static ApiError http(int status, const QString& code, const QString& message);
    static ApiError of(Kind kind, const QString& message);
};

} // namespace purser
