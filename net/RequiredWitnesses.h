#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace purser {

// The witness keys (fingerprints, chosen in Settings, for example two auditors' computers)
// whose cosignatures an export must carry before this computer calls it verified. Kept in the
// settings (fingerprints are not secrets); the window and the headless commands read the same.
class RequiredWitnesses
{
public:
    static QStringList fingerprints();
    static void setFingerprints(const QStringList& fingerprints);
    // The fingerprints in text (separated by commas, spaces or lines), lowercased; nullopt with
    // the offending word in *bad when one is not 64 hex digits.
    static std::optional<QStringList> parse(const QString& text, QString* bad);
};

} // namespace purser
