#pragma once

#include <QString>
#include <optional>

namespace purser {

// The questions the app asks the user about offline data, behind one interface so tests
// answer them in place of the dialogs (DialogUserPrompts is the real one).
class UserPrompts
{
public:
    enum class SignOutChoice
    {
        Cancel,
        SignOut,          // keep the offline data (encrypted) on this computer
        SignOutAndRemove, // also delete the offline data and its key
    };

    virtual ~UserPrompts() = default;

    // No keychain works here: ask for the Purser passphrase. creating: first use (the dialog
    // asks twice). why: what is wrong with the keychain; error: why the last try failed.
    // nullopt: the user cancelled.
    virtual std::optional<QString> askPassphrase(bool creating, const QString& why,
                                                 const QString& error) = 0;
    // The offline data cannot be opened (message says why in plain words). queuedAtRisk: how
    // many unsent changes discarding loses (-1: unknown). True: discard and download again.
    virtual bool askDiscardOfflineData(const QString& message, int queuedAtRisk) = 0;
    // unsentChanges: changes not yet on the server, lost if the offline data is removed.
    virtual SignOutChoice askSignOut(int unsentChanges) = 0;
};

} // namespace purser
