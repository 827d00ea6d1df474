#pragma once

#include <QString>
#include <QStringList>

namespace purser {

// Checks a personal-data export folder offline (docs/privacy.md): the manifest lists exactly
// the files there and their SHA-256; person.json is canonical JSON and is what the server's
// signed note names; every receipt file is a receipt of person.json; every audit entry hashes
// right and is proven into the signed checkpoint; both notes verify with the export's key. Then
// whose key: a trusted fingerprint (or its first 16+ hex digits), or the export is consistent
// but not verified. The window's export checks its folder with it before showing it, and
// `purser verify-person-export` is this class.
class PersonalDataVerifier
{
public:
    struct Result
    {
        bool ok = false;
        bool untrusted = false; // consistent, but signed by a key not among the trusted ones
        QString message;        // plain words; on failure names the file or the entry
        QString fingerprint;    // the signing key's, when the notes verified
    };

    static Result verify(const QString& folder, const QStringList& trustedFingerprints);
};

} // namespace purser
