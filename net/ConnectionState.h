#pragma once

#include <QString>

namespace purser {

// Where the client stands with its server. A later issue (offline work and sync) extends it;
// every transition goes through Session::setState so there is one place to watch.
enum class ConnectionState
{
    SignedOut,          // no session; nothing to resume
    Connecting,         // signing in, resuming or syncing for the first time
    Online,             // signed in and the server answered
    Offline,            // signed in, but the server cannot be reached
    ServerError,        // the server answered with an error or nonsense
    NeedsSignIn,        // the stored session is gone or expired: ask for the password
    CertificateChanged, // the server presented a different certificate than the pinned one
};

QString connectionStateName(ConnectionState state);    // stable, for logs and tests
QString connectionStateDisplay(ConnectionState state); // translated, for the status bar

} // namespace purser
