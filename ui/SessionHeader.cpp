#include "ui/SessionHeader.h"

#include "net/Session.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>

namespace purser {

namespace {

QString roleDisplay(Role role)
{
    switch (role) {
    case Role::Owner:
        return QCoreApplication::translate("SessionHeader", "Owner");
    case Role::Admin:
        return QCoreApplication::translate("SessionHeader", "Admin");
    case Role::Finance:
        return QCoreApplication::translate("SessionHeader", "Finance");
    case Role::Auditor:
        return QCoreApplication::translate("SessionHeader", "Auditor");
    case Role::Member:
        return QCoreApplication::translate("SessionHeader", "Member");
    case Role::Viewer:
        return QCoreApplication::translate("SessionHeader", "Viewer");
    }
    return {};
}

} // namespace

SessionHeader::SessionHeader(QWidget* parent)
    : QWidget(parent), m_organization(new QLabel(this)), m_user(new QLabel(this))
{
    QFont big = m_organization->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_organization->setFont(big);
    m_user->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_organization, 1);
    layout->addWidget(m_user);
}

void SessionHeader::showSession(const Session& session)
{
    const auto membership = session.activeMembership();
    m_organization->setText(membership ? membership->organizationName : tr("No organisation"));
    const QString name =
        session.info().user.name.isEmpty() ? session.info().user.email : session.info().user.name;
    m_user->setText(
        membership
            ? tr("%1 (%2) · %3").arg(name, session.info().user.email, roleDisplay(membership->role))
            : name);
}

QString SessionHeader::organizationText() const
{
    return m_organization->text();
}

QString SessionHeader::userText() const
{
    return m_user->text();
}

} // namespace purser
