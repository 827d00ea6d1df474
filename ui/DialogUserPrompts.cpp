#include "ui/DialogUserPrompts.h"

#include "ui/PassphraseDialog.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace purser {

namespace {

QString tr(const char* text, int n = -1)
{
    return QCoreApplication::translate("purser::DialogUserPrompts", text, nullptr, n);
}

} // namespace

std::optional<QString> DialogUserPrompts::askPassphrase(bool creating, const QString& why,
                                                        const QString& error)
{
    PassphraseDialog dialog(creating, m_parent);
    dialog.setReason(why);
    if (!error.isEmpty()) {
        dialog.showError(error);
    }
    if (dialog.exec() != QDialog::Accepted) {
        return std::nullopt;
    }
    return dialog.passphrase();
}

bool DialogUserPrompts::askDiscardOfflineData(const QString& message, int queuedAtRisk)
{
    QMessageBox box(m_parent);
    box.setIcon(QMessageBox::Warning);
    box.setWindowTitle(tr("Offline data cannot be opened"));
    box.setText(message);
    if (queuedAtRisk > 0) {
        box.setInformativeText(
            tr("Discarding it loses %n change(s) made on this computer that have not reached "
               "the server yet.",
               queuedAtRisk));
    } else if (queuedAtRisk < 0) {
        box.setInformativeText(tr("Purser cannot tell whether changes made on this computer "
                                  "would be lost."));
    } else {
        box.setInformativeText(tr("No unsent changes would be lost."));
    }
    QPushButton* discard =
        box.addButton(tr("Discard and download again"), QMessageBox::DestructiveRole);
    box.addButton(tr("Keep it and work online only"), QMessageBox::RejectRole);
    box.setDefaultButton(qobject_cast<QPushButton*>(box.buttons().last()));
    box.exec();
    return box.clickedButton() == discard;
}

UserPrompts::SignOutChoice DialogUserPrompts::askSignOut(int unsentChanges)
{
    QMessageBox box(m_parent);
    box.setIcon(QMessageBox::Question);
    box.setWindowTitle(tr("Sign out"));
    box.setText(tr("Sign out of Purser on this computer?"));
    box.setInformativeText(
        unsentChanges > 0
            ? tr("%n change(s) made here have not reached the server yet. Removing the offline "
                 "data loses them.",
                 unsentChanges)
            : tr("The offline data stays encrypted on this computer unless you remove it."));
    QPushButton* signOut = box.addButton(tr("Sign out"), QMessageBox::AcceptRole);
    QPushButton* remove =
        box.addButton(tr("Sign out and remove offline data"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(signOut);
    box.exec();
    if (box.clickedButton() == signOut) {
        return SignOutChoice::SignOut;
    }
    if (box.clickedButton() == remove) {
        return SignOutChoice::SignOutAndRemove;
    }
    return SignOutChoice::Cancel;
}

} // namespace purser
