#include "ui/SessionsPanel.h"

#include "net/ApiClient.h"
#include "net/Session.h"
#include "ui/MyAccountDialog.h"

#include <QDateTime>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace purser {

namespace {
constexpr int idRole = Qt::UserRole + 1;
constexpr int currentRole = Qt::UserRole + 2;

QString localTime(const QString& iso)
{
    const QDateTime when = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return when.isValid() ? QLocale().toString(when.toLocalTime(), QLocale::ShortFormat) : iso;
}
} // namespace

SessionsPanel::SessionsPanel(Session* session, ApiClient* api, QWidget* parent)
    : QWidget(parent), m_session(session), m_api(api), m_table(new QTableWidget(0, 3, this)),
      m_refresh(new QPushButton(tr("Re&fresh"), this)),
      m_revoke(new QPushButton(tr("&Revoke session"), this)), m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("sessions"));
    m_table->setObjectName(QStringLiteral("sessionsTable"));
    m_table->setAccessibleName(tr("My sessions"));
    m_table->setHorizontalHeaderLabels({tr("Device"), tr("Last used"), tr("Address")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->verticalHeader()->setVisible(false);
    m_refresh->setObjectName(QStringLiteral("refreshSessions"));
    m_revoke->setObjectName(QStringLiteral("revokeSession"));
    m_message->setObjectName(QStringLiteral("sessionsMessage"));
    m_message->setWordWrap(true);
    auto* row = new QHBoxLayout;
    row->addWidget(m_refresh);
    row->addStretch(1);
    row->addWidget(m_revoke);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(row);
    layout->addWidget(m_message);
    connect(m_refresh, &QPushButton::clicked, this, &SessionsPanel::reload);
    connect(m_revoke, &QPushButton::clicked, this, &SessionsPanel::revokeSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &SessionsPanel::updateButtons);
    updateButtons();
}

QStringList SessionsPanel::sessionIds() const
{
    QStringList ids;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        ids << m_table->item(row, 0)->data(idRole).toString();
    }
    return ids;
}

void SessionsPanel::reload()
{
    if (!MyAccountDialog::mayAskServer(m_session, m_message)) {
        return;
    }
    m_api->get(this, QStringLiteral("/auth/sessions"), {}, [this](const ApiResponse& response) {
        if (!response.ok()) {
            MyAccountDialog::showMessage(m_message, MyAccountDialog::describe(response.error),
                                         true);
            return;
        }
        const QJsonArray items = response.object().value(QStringLiteral("items")).toArray();
        m_table->setRowCount(0);
        for (const QJsonValue& value : items) {
            const QJsonObject item = value.toObject();
            const bool current = item.value(QStringLiteral("current")).toBool();
            QString device = item.value(QStringLiteral("user_agent")).toString();
            if (device.isEmpty()) {
                device = tr("Unknown device");
            }
            if (current) {
                device = tr("%1 (this session)").arg(device);
            }
            const int row = m_table->rowCount();
            m_table->insertRow(row);
            auto* first = new QTableWidgetItem(device);
            first->setData(idRole, item.value(QStringLiteral("id")).toString());
            first->setData(currentRole, current);
            m_table->setItem(row, 0, first);
            m_table->setItem(row, 1,
                             new QTableWidgetItem(
                                 localTime(item.value(QStringLiteral("last_used_at")).toString())));
            m_table->setItem(row, 2,
                             new QTableWidgetItem(item.value(QStringLiteral("ip")).toString()));
        }
        MyAccountDialog::showMessage(m_message, tr("%n session(s).", nullptr, m_table->rowCount()),
                                     false);
        updateButtons();
        Q_EMIT loaded();
    });
}

void SessionsPanel::updateButtons()
{
    const QList<QTableWidgetItem*> selected = m_table->selectedItems();
    const QTableWidgetItem* first =
        selected.isEmpty() ? nullptr : m_table->item(selected.first()->row(), 0);
    // This session ends by signing out (File menu), not here.
    m_revoke->setEnabled(first && !first->data(currentRole).toBool());
}

void SessionsPanel::revokeSelected()
{
    const QList<QTableWidgetItem*> selected = m_table->selectedItems();
    if (selected.isEmpty() || !MyAccountDialog::mayAskServer(m_session, m_message)) {
        return;
    }
    const QString id = m_table->item(selected.first()->row(), 0)->data(idRole).toString();
    m_api->request(
        this, QByteArrayLiteral("DELETE"),
        QStringLiteral("/auth/sessions/") + QString::fromLatin1(QUrl::toPercentEncoding(id)), {},
        {}, [this](const ApiResponse& response) {
            if (!response.ok()) {
                MyAccountDialog::showMessage(m_message, MyAccountDialog::describe(response.error),
                                             true);
                return;
            }
            MyAccountDialog::showMessage(m_message, tr("Session revoked."), false);
            reload();
        });
}

} // namespace purser
