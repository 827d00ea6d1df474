#include "ui/CertificateTrustDialog.h"

#include <QDialogButtonBox>
#include <QFont>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace purser {

CertificateTrustDialog::CertificateTrustDialog(const CertificateDetails& details, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Unknown server certificate"));
    auto* intro = new QLabel(
        tr("The server at <b>%1</b> presented a certificate that this computer does not "
           "trust. Trust it only if your administrator gave you the same fingerprint. Purser "
           "will remember it and refuse the server if the certificate ever changes.")
            .arg(details.hostPort.toHtmlEscaped()),
        this);
    intro->setWordWrap(true);

    const QLocale locale;
    // 32 colon-separated bytes do not wrap at spaces: show them as two lines of 16 so the
    // label column keeps its width and the user can compare the halves at a glance.
    QString twoLines = details.sha256Fingerprint;
    if (twoLines.size() == 95) {
        twoLines[47] = u'\n';
    }
    auto* fingerprint = new QLabel(twoLines, this);
    fingerprint->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    fingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* form = new QFormLayout;
    form->addRow(tr("Issued to:"), new QLabel(details.subject, this));
    form->addRow(tr("Issued by:"), new QLabel(details.issuer, this));
    form->addRow(
        tr("Valid from:"),
        new QLabel(locale.toString(details.notBefore.toLocalTime(), QLocale::LongFormat), this));
    form->addRow(
        tr("Valid until:"),
        new QLabel(locale.toString(details.notAfter.toLocalTime(), QLocale::LongFormat), this));
    form->addRow(tr("SHA-256 fingerprint:"), fingerprint);

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* trust = buttons->addButton(tr("&Trust"), QDialogButtonBox::AcceptRole);
    QPushButton* cancel = buttons->addButton(QDialogButtonBox::Cancel);
    trust->setAutoDefault(false);
    cancel->setDefault(true);
    cancel->setFocus();
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

} // namespace purser
