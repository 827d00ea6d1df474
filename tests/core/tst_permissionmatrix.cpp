// The matrix in core must say exactly what roles.md says, cell by cell. The expected table
// below is transcribed from roles.md independently of core/PermissionMatrix.cpp.
#include "core/PermissionMatrix.h"

#include <QTest>

using namespace purser;

class TestPermissionMatrix : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matrix_data();
    void matrix();
    void ownOnlyNeedsOwnRecord();
    void namesRoundTrip();
    void readOnlyRoles();
};

void TestPermissionMatrix::matrix_data()
{
    QTest::addColumn<QString>("permission");
    QTest::addColumn<QStringList>("cells"); // owner, admin, finance, auditor, member, viewer
    const QString y = QStringLiteral("all"), own = QStringLiteral("own"), no = QStringLiteral("-");
    const auto row = [](const char* name, QStringList cells) {
        QTest::newRow(name) << QString::fromLatin1(name) << cells;
    };
    row("employees.read", {y, y, y, y, own, y});
    row("employees.read.national_id", {y, y, no, no, own, no});
    row("employees.read.bank_and_salary", {y, y, y, no, own, no});
    row("employees.write", {y, y, no, no, no, no});
    row("payroll.read", {y, y, y, y, own, no});
    row("payroll.read.payslips", {y, y, y, no, own, no});
    row("payroll.prepare", {y, y, y, no, no, no});
    row("payroll.approve", {y, y, no, no, no, no});
    row("payroll.mark_paid", {y, no, y, no, no, no});
    row("claims.read", {y, y, y, y, own, no});
    row("claims.write_own", {own, own, own, no, own, no});
    row("claims.write_any", {y, y, y, no, no, no});
    row("claims.review", {y, y, y, no, no, no});
    row("claims.mark_paid", {y, no, y, no, no, no});
    row("receipts.read", {y, y, y, y, own, no});
    row("audit.read", {y, y, no, y, no, no});
    row("audit.export", {y, y, no, y, no, no});
    row("members.read", {y, y, y, y, no, y});
    row("members.manage", {y, y, no, no, no, no});
    row("api_keys.manage", {y, y, no, no, no, no});
    row("settings.manage", {y, no, no, no, no, no});
    row("personal_data.export", {y, y, no, no, no, no});
}

void TestPermissionMatrix::matrix()
{
    QFETCH(QString, permission);
    QFETCH(QStringList, cells);
    const auto parsed = permissionFromName(permission);
    QVERIFY2(parsed, qPrintable(permission));
    for (Role role : allRoles) {
        const QString expected = cells.at(static_cast<int>(role));
        const Access expectedAccess = expected == u"all"   ? Access::All
                                      : expected == u"own" ? Access::Own
                                                           : Access::None;
        QVERIFY2(access(role, *parsed) == expectedAccess,
                 qPrintable(permission + u' ' + roleName(role)));
    }
}

void TestPermissionMatrix::ownOnlyNeedsOwnRecord()
{
    QVERIFY(allows(Role::Member, Permission::EmployeesReadNationalId, true));
    QVERIFY(!allows(Role::Member, Permission::EmployeesReadNationalId, false));
    QVERIFY(allows(Role::Admin, Permission::EmployeesReadNationalId, false));
    QVERIFY(!allows(Role::Viewer, Permission::EmployeesReadNationalId, true));
    QVERIFY(grantsAny(Role::Member, Permission::ClaimsWriteOwn));
    QVERIFY(!grantsAny(Role::Auditor, Permission::ClaimsWriteOwn));
}

void TestPermissionMatrix::namesRoundTrip()
{
    for (Permission p : allPermissions) {
        QCOMPARE(permissionFromName(permissionName(p)), std::optional<Permission>(p));
    }
    for (Role r : allRoles) {
        QCOMPARE(roleFromName(roleName(r)), std::optional<Role>(r));
    }
    QVERIFY(!roleFromName(QStringLiteral("Owner"))); // names are case-sensitive
    QVERIFY(!roleFromName(QStringLiteral("superuser")));
}

void TestPermissionMatrix::readOnlyRoles()
{
    // viewer and auditor never write (roles.md): no write permission reaches them.
    const QList<Permission> writes = {
        Permission::EmployeesWrite,  Permission::PayrollPrepare, Permission::PayrollApprove,
        Permission::PayrollMarkPaid, Permission::ClaimsWriteOwn, Permission::ClaimsWriteAny,
        Permission::ClaimsReview,    Permission::ClaimsMarkPaid, Permission::MembersManage,
        Permission::ApiKeysManage,   Permission::SettingsManage};
    for (Role role : allRoles) {
        bool writesAnything = false;
        for (Permission p : writes) {
            writesAnything = writesAnything || grantsAny(role, p);
        }
        QCOMPARE(isReadOnly(role), !writesAnything);
    }
}

QTEST_GUILESS_MAIN(TestPermissionMatrix)
#include "tst_permissionmatrix.moc"
