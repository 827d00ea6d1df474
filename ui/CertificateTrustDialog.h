#pragma once

#include "net/CertificateDetails.h"

#include <QDialog>

namespace purser {

// Shows a certificate the system does not trust and asks whether to trust it. Cancel is the
// default button: pressing Enter never trusts anything.
class CertificateTrustDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CertificateTrustDialog(const CertificateDetails& details, QWidget* parent = nullptr);
};

} // namespace purser
