#include "core/SessionInfo.h"

#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace purser;

class TestSessionInfo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripAndActiveMembership();
    void refusesUnknownRole();
};

void TestSessionInfo::roundTripAndActiveMembership()
{
    SessionInfo s;
    s.token = QStringLiteral("ps_abc");
    s.expiresAt = QDateTime(QDate(2026, 11, 28), QTime(0, 0), QTimeZone::utc());
    s.user = SessionUser{QStringLiteral("u1"), QStringLiteral("admin@acme.example"),
                         QStringLiteral("Ada Admin"), false};
    s.memberships = {Membership{QStringLiteral("o1"), QStringLiteral("Acme Pte Ltd"), Role::Admin},
                     Membership{QStringLiteral("o2"), QStringLiteral("Globex"), Role::Viewer}};
    s.activeOrganizationId = QStringLiteral("o2");
    const auto back =
        SessionInfo::fromJson(QJsonDocument::fromJson(QJsonDocument(s.toJson()).toJson()).object());
    QVERIFY(back);
    QCOMPARE(*back, s);
    QCOMPARE(back->activeMembership()->role, Role::Viewer);

    s.token.reset();
    QVERIFY(!s.toJson().contains(QStringLiteral("token")));
}

void TestSessionInfo::refusesUnknownRole()
{
    const QByteArray json = R"({"expires_at":"2026-11-28T00:00:00.000Z","user":{"id":"u"},
        "memberships":[{"organization_id":"o","organization_name":"X","role":"root"}],
        "active_organization_id":"o"})";
    QVERIFY(!SessionInfo::fromJson(QJsonDocument::fromJson(json).object()));
}

QTEST_GUILESS_MAIN(TestSessionInfo)
#include "tst_sessioninfo.moc"
