#include "ui/SettingsView.h"

#include "cache/CacheDatabase.h"
#include "net/CertificatePinStore.h"
#include "net/SyncEngine.h"

#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>

namespace purser {

SettingsView::SettingsView(const Workspace& workspace, QWidget* parent)
    : WorkspaceView(workspace, parent), m_server(new QLabel(this)), m_fingerprint(new QLabel(this)),
      m_forget(new QPushButton(tr("&Forget this certificate"), this)), m_keychain(new QLabel(this)),
      m_language(new QComboBox(this)), m_interval(new QSpinBox(this)), m_size(new QLabel(this)),
      m_remove(new QPushButton(tr("&Remove offline data…"), this))
{
    m_fingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fingerprint->setWordWrap(true);
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(tr("System default"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Bahasa Melayu"), QStringLiteral("ms"));
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("ไทย"), QStringLiteral("th"));
    m_interval->setRange(1, 240);
    m_interval->setSuffix(tr(" min"));
    m_interval->setAccessibleName(tr("Sync interval in minutes"));

    auto* form = new QFormLayout(this);
    form->addRow(tr("Server:"), m_server);
    form->addRow(tr("Pinned certificate:"), m_fingerprint);
    form->addRow(QString(), m_forget);
    form->addRow(tr("Cache key:"), m_keychain);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("Sync &every:"), m_interval);
    form->addRow(tr("Offline data:"), m_size);
    form->addRow(QString(), m_remove);

    QSettings settings;
    m_language->setCurrentIndex(qMax(0, m_language->findData(settings.value(languageKey()))));
    m_interval->setValue(settings.value(syncIntervalKey(), 5).toInt());
    connect(m_language, &QComboBox::currentIndexChanged, this, [this]() {
        QSettings().setValue(languageKey(), m_language->currentData());
        QMessageBox::information(this, tr("Language"),
                                 tr("The new language applies the next time Purser starts."));
    });
    connect(m_interval, &QSpinBox::valueChanged, this, [this](int minutes) {
        QSettings().setValue(syncIntervalKey(), minutes);
        if (this->workspace().sync) {
            this->workspace().sync->setBackgroundInterval(minutes * 60 * 1000);
        }
    });
    connect(m_forget, &QPushButton::clicked, this, [this]() {
        if (this->workspace().pins) {
            this->workspace().pins->unpin(hostPort());
            reload();
        }
    });
    connect(m_remove, &QPushButton::clicked, this, &SettingsView::offlineDataRemovalRequested);
    reload();
}

QString SettingsView::hostPort() const
{
    const QUrl server = workspace().server;
    return server.host() + u':' + QString::number(server.port(443));
}

void SettingsView::reload()
{
    m_server->setText(workspace().server.toDisplayString());
    const QString pin =
        workspace().pins ? workspace().pins->pinnedFingerprint(hostPort()) : QString();
    m_fingerprint->setText(pin.isEmpty() ? tr("None pinned") : pin);
    m_forget->setEnabled(!pin.isEmpty());
    m_keychain->setText(workspace().cacheFile
                            ? tr("Kept in the system keychain (or a passphrase file); the "
                                 "offline data is encrypted with it.")
                            : tr("No offline data is open."));
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
