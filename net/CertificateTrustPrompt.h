#pragma once

#include "net/CertificateDetails.h"

namespace purser {

// Asks the user whether to trust a certificate the system does not trust. The UI implements
// it with a modal dialog; tests replace it with a stub, so no test ever waits for a click.
class CertificateTrustPrompt
{
public:
    virtual ~CertificateTrustPrompt() = default;
    // Returns true only when the user explicitly chose to trust this certificate.
    virtual bool askToTrust(const CertificateDetails& details) = 0;
};

} // namespace purser
