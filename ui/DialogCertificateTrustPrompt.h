#pragma once

#include "net/CertificateTrustPrompt.h"

#include <QPointer>
#include <QWidget>

namespace purser {

// The real CertificateTrustPrompt: a modal CertificateTrustDialog over the given parent.
class DialogCertificateTrustPrompt : public CertificateTrustPrompt
{
public:
    explicit DialogCertificateTrustPrompt(QWidget* parent = nullptr) : m_parent(parent) {}
    void setParent(QWidget* parent) { m_parent = parent; }

    bool askToTrust(const CertificateDetails& details) override;

private:
    QPointer<QWidget> m_parent;
};

} // namespace purser
