#pragma once

#include <QString>

namespace purser::server {

// The server's TLS identity: a given certificate and key, or a self-signed EC P-256
// certificate for localhost made on first start in DATA/tls and reused afterwards.
class TlsCertificate
{
public:
    // Creates DATA/tls/server.crt and server.key (0600) unless both exist already.
    static bool ensureSelfSigned(const QString& dataDir, QString* certFile, QString* keyFile,
                                 QString* error);

    // "AB:CD:..." — uppercase hex SHA-256 of the DER form of the first certificate in the file.
    static QString sha256Fingerprint(const QString& certFile, QString* error);
};

} // namespace purser::server
