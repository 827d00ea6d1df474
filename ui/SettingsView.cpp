#include "ui/SettingsView.h"

#include "cache/CacheDatabase.h"
#include "net/ApiClient.h"
#include "net/CertificatePinStore.h"
#include "net/RequiredWitnesses.h"
#include "net/SessionStore.h"
#include "net/SigningKeyPins.h"
#include "net/SyncEngine.h"
#include "net/WitnessKey.h"
#include "ui/KeychainStatusCheck.h"
#include "ui/TestHooks.h"

#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace purser {

SettingsView::~SettingsView()
{
    // Destroying the view takes focus from its fields, and a field's editingFinished would
    // then reach a half-destroyed view (UBSan in tst_settingsview).
    m_requiredWitnesses->disconnect(this);
}

SettingsView::SettingsView(const Workspace& workspace, QWidget* parent)
    : WorkspaceView(workspace, parent), m_server(new QLabel(this)), m_fingerprint(new QLabel(this)),
      m_signingKeys(new QLabel(this)), m_witnessKey(new QLabel(this)),
      m_requiredWitnesses(new QLineEdit(this)), m_requiredWitnessesProblem(new QLabel(this)),
      m_forget(new QPushButton(tr("&Forget this certificate"), this)), m_keychain(new QLabel(this)),
      m_keychainStatus(new QLabel(this)),
      m_checkKeychain(new QPushButton(tr("Check the &keychain again"), this)),
      m_keychainCheck(new KeychainStatusCheck(this)), m_form(new QWidget(this)),
      m_language(new QComboBox(this)), m_interval(new QSpinBox(this)),
      m_idleLock(new QSpinBox(this)), m_size(new QLabel(this)),
      m_remove(new QPushButton(tr("&Remove offline data…"), this))
{
    m_fingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fingerprint->setWordWrap(true);
    m_signingKeys->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_signingKeys->setWordWrap(true);
    m_signingKeys->setAccessibleName(tr("Audit signing keys"));
    m_witnessKey->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_witnessKey->setWordWrap(true);
    m_witnessKey->setAccessibleName(tr("This computer's witness key"));
    m_requiredWitnesses->setAccessibleName(tr("Required witnesses"));
    m_requiredWitnesses->setPlaceholderText(tr("Witness key fingerprints, separated by commas"));
    m_requiredWitnesses->setToolTip(
        tr("An export is called verified only when these witnesses (for example two auditors' "
           "computers) cosigned its checkpoint."));
    m_requiredWitnessesProblem->setWordWrap(true);
    m_requiredWitnessesProblem->setHidden(true);
    m_keychain->setWordWrap(true);
    m_keychainStatus->setWordWrap(true);
    m_keychainStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(tr("System default"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Bahasa Melayu"), QStringLiteral("ms"));
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("ไทย"), QStringLiteral("th"));
    m_interval->setRange(1, 240);
    m_interval->setSuffix(tr(" min"));
    m_interval->setAccessibleName(tr("Sync interval in minutes"));
    m_idleLock->setRange(1, 240);
    m_idleLock->setSuffix(tr(" min"));
    m_idleLock->setAccessibleName(tr("Lock after minutes without input"));

    // Buttons and short fields at their natural width; only the texts use the row.
    for (QWidget* natural : std::initializer_list<QWidget*>{m_forget, m_checkKeychain, m_remove,
                                                            m_language, m_interval, m_idleLock}) {
        natural->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    }
    auto* form = new QFormLayout(m_form);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Server:"), m_server);
    form->addRow(tr("Pinned certificate:"), m_fingerprint);
    form->addRow(QString(), m_forget);
    form->addRow(tr("Audit signing key:"), m_signingKeys);
    form->addRow(tr("Witness key:"), m_witnessKey);
    form->addRow(tr("Require &witnesses:"), m_requiredWitnesses);
    form->addRow(QString(), m_requiredWitnessesProblem);
    form->addRow(tr("Secrets kept in:"), m_keychain);
    form->addRow(tr("Keychain:"), m_keychainStatus);
    form->addRow(QString(), m_checkKeychain);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("Sync &every:"), m_interval);
    form->addRow(tr("Loc&k after:"), m_idleLock);
    form->addRow(tr("Offline data:"), m_size);
    form->addRow(QString(), m_remove);
    // A form stretched across a wide window is hard to read: keep it at a reading width,
    // on the left, with the rest of the view empty.
    m_form->setMaximumWidth(maximumFormWidth);
    auto* row = new QHBoxLayout;
    row->addWidget(m_form, 1);
    row->addStretch(0);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addStretch(1);

    QSettings settings;
    m_language->setCurrentIndex(qMax(0, m_language->findData(settings.value(languageKey()))));
    m_interval->setValue(settings.value(syncIntervalKey(), 5).toInt());
    m_idleLock->setValue(settings.value(idleLockMinutesKey(), defaultIdleLockMinutes).toInt());
    connect(m_idleLock, &QSpinBox::valueChanged, this,
            [](int minutes) { QSettings().setValue(idleLockMinutesKey(), minutes); });
    connect(m_language, &QComboBox::currentIndexChanged, this, [this]() {
        QSettings().setValue(languageKey(), m_language->currentData());
        QMessageBox box(QMessageBox::Information, tr("Language"),
                        tr("The new language applies the next time Purser starts."),
                        QMessageBox::Ok, this);
        TestHooks::execDialog(&box);
    });
    connect(m_interval, &QSpinBox::valueChanged, this, [this](int minutes) {
        QSettings().setValue(syncIntervalKey(), minutes);
        if (this->workspace().sync) {
            this->workspace().sync->setBackgroundInterval(minutes * 60 * 1000);
        }
    });
    m_requiredWitnesses->setText(RequiredWitnesses::fingerprints().join(QStringLiteral(", ")));
    connect(m_requiredWitnesses, &QLineEdit::editingFinished, this, [this]() {
        QString bad;
        const auto fingerprints = RequiredWitnesses::parse(m_requiredWitnesses->text(), &bad);
        m_requiredWitnessesProblem->setHidden(fingerprints.has_value());
        if (!fingerprints) {
            m_requiredWitnessesProblem->setText(
                tr("Not saved: \"%1\" is not a witness key fingerprint (64 hexadecimal digits).")
                    .arg(bad));
            return;
        }
        RequiredWitnesses::setFingerprints(*fingerprints);
    });
    connect(m_forget, &QPushButton::clicked, this, [this]() {
        if (this->workspace().pins) {
            this->workspace().pins->unpin(hostPort());
            reload();
        }
    });
    connect(m_remove, &QPushButton::clicked, this, &SettingsView::offlineDataRemovalRequested);
    connect(m_checkKeychain, &QPushButton::clicked, this, &SettingsView::checkKeychain);
    connect(m_keychainCheck, &KeychainStatusCheck::finished, this,
            &SettingsView::showKeychainStatus);
    reload();
    checkKeychain();
}

QString SettingsView::hostPort() const
{
    const QUrl server = workspace().server;
    return server.host() + u':' + QString::number(server.port(443));
}

void SettingsView::checkKeychain()
{
    // The entry the session token lives in: the check shows whether the keychain answers
    // for the very entry Purser uses, not just whether some keychain exists.
    m_keychainCheck->start(
        SessionStore::keychainService(),
        SessionStore::keychainKey(workspace().server, workspace().session.user.email));
    showKeychainStatus();
}

void SettingsView::showKeychainStatus()
{
    switch (m_keychainCheck->outcome()) {
    case KeychainStatusCheck::Outcome::Checking:
        m_keychainStatus->setText(tr("Checking…"));
        m_checkKeychain->setEnabled(false);
        return;
    case KeychainStatusCheck::Outcome::Available:
        m_keychainStatus->setText(m_keychainCheck->entryFound()
                                      ? tr("Available: your sign-in is stored there.")
                                      : tr("Available: no sign-in of yours is stored there."));
        break;
    case KeychainStatusCheck::Outcome::Unavailable:
        m_keychainStatus->setText(tr("Unavailable: %1").arg(m_keychainCheck->reason()));
        break;
    }
    m_checkKeychain->setEnabled(true);
}

void SettingsView::reload()
{
    m_server->setText(workspace().server.toDisplayString());
    const QString pin =
        workspace().pins ? workspace().pins->pinnedFingerprint(hostPort()) : QString();
    m_fingerprint->setText(pin.isEmpty() ? tr("None pinned") : pin);
    m_forget->setEnabled(!pin.isEmpty());
    // Compared by the user with the fingerprint the administrator reads from the server
    // (purser-server keys, docs/audit-log.md), as with the certificate.
    QSettings settings;
    const QStringList keys =
        SigningKeyPins(&settings).pinned(ApiClient::hostPort(workspace().server));
    m_signingKeys->setText(keys.isEmpty() ? tr("None pinned yet (pinned at the first sync)")
                                          : keys.join(u'\n'));
    const QString witness = WitnessKey::fingerprint();
    m_witnessKey->setText(witness.isEmpty()
                              ? tr("None yet (made when this computer first cosigns a checkpoint)")
                              : witness);
    const QString where = workspace().secretsDescription.isEmpty() ? tr("the system keychain")
                                                                   : workspace().secretsDescription;
    m_keychain->setText(
        workspace().cacheFile
            ? tr("%1; the offline data is encrypted with a key kept there.").arg(where)
            : tr("%1. No offline data is open.").arg(where));
    qint64 bytes = 0;
    if (workspace().cacheFile) {
        bytes = QFileInfo(workspace().cacheFile->pathFor(workspace().cacheFile->identity())).size();
    } else if (workspace().cache.isOpen()) {
        bytes = QFileInfo(workspace().cache.databaseName()).size();
    }
    m_size->setText(QLocale().formattedDataSize(bytes));
    m_remove->setEnabled(workspace().cacheFile != nullptr);
}

} // namespace purser
