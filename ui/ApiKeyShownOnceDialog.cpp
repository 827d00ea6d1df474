#include "ui/ApiKeyShownOnceDialog.h"

#include "ui/SecretClipboard.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace purser {

ApiKeyShownOnceDialog::ApiKeyShownOnceDialog(const QString& name, const QString& key,
                                             QWidget* parent)
    : QDialog(parent), m_key(new QLineEdit(key, this)),
      m_copy(new QPushButton(tr("&Copy key"), this)), m_warning(new QLabel(this))
{
    setWindowTitle(tr("New API key \"%1\"").arg(name));
    m_key->setReadOnly(true);
    m_key->setAccessibleName(tr("The new API key"));
    m_copy->setAccessibleName(tr("Copy the new API key"));
    m_warning->setWordWrap(true);
    m_warning->setText(tr("This is the only time this key is shown: Purser and the server keep "
                          "only a fingerprint of it. Copy it now into the program that will use "
                          "it, and treat it like a password. Lost keys cannot be recovered; "
                          "revoke them and create a new one."));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* row = new QHBoxLayout;
    row->addWidget(m_key, 1);
    row->addWidget(m_copy);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_warning);
    layout->addLayout(row);
    layout->addWidget(buttons);
    connect(m_copy, &QPushButton::clicked, this,
            [this]() { SecretClipboard::copy(m_key->text()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    m_key->selectAll();
    m_key->setFocus();
}

ApiKeyShownOnceDialog::~ApiKeyShownOnceDialog()
{
    // Leave no copy of the key behind in this widget's memory beyond what Qt frees.
    m_key->clear();
}

} // namespace purser
