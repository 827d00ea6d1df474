#pragma once

#include <QString>
#include <qt6keychain/keychain.h>

namespace purser::test {

// Reads the keychain directly with QtKeychain, bypassing the code under test.
struct KeychainRead
{
    QKeychain::Error error = QKeychain::NoError;
    QString errorString;
    QString text;
};

KeychainRead readKeychain(const QString& service, const QString& key);

} // namespace purser::test
