#pragma once

#include "ui/UserPrompts.h"

#include <QPointer>
#include <QWidget>

namespace purser {

// UserPrompts with real dialogs (PassphraseDialog, message boxes) over the current window.
class DialogUserPrompts : public UserPrompts
{
public:
    void setParent(QWidget* parent) { m_parent = parent; }

    std::optional<QString> askPassphrase(bool creating, const QString& why,
                                         const QString& error) override;
    bool askDiscardOfflineData(const QString& message, int queuedAtRisk) override;
    SignOutChoice askSignOut(int unsentChanges) override;

private:
    QPointer<QWidget> m_parent;
};

} // namespace purser
