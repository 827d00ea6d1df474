#include "ui/DialogCertificateTrustPrompt.h"

#include "ui/CertificateTrustDialog.h"

namespace purser {

bool DialogCertificateTrustPrompt::askToTrust(const CertificateDetails& details)
{
    CertificateTrustDialog dialog(details, m_parent.data());
    return dialog.exec() == QDialog::Accepted;
}

} // namespace purser
