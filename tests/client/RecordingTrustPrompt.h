#pragma once

#include "net/CertificateTrustPrompt.h"

#include <QList>

namespace purser::test {

// Stands in for the modal certificate dialog: answers at once and records what it was shown.
class RecordingTrustPrompt : public CertificateTrustPrompt
{
public:
    explicit RecordingTrustPrompt(bool accept) : m_accept(accept) {}

    bool askToTrust(const CertificateDetails& details) override
    {
        shown.append(details);
        return m_accept;
    }

    QList<CertificateDetails> shown;

private:
    bool m_accept;
};

} // namespace purser::test
