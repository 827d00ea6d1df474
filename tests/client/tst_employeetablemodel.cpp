// EmployeeTableModel: columns follow the role (absent, not blank), money shows exactly, the
// proxy sorts by raw values and filters on every visible column.
#include "models/EmployeeTableModel.h"

#include <QSortFilterProxyModel>
#include <QtTest>

using namespace purser;

namespace {

Employee employee(const QString& no, const QString& name, qint64 salaryMinor)
{
    Employee e;
    e.id = QStringLiteral("00000000-0000-4000-8000-0000000000") + no.right(2);
    e.employeeNo = no;
    e.fullName = name;
    e.email = name.toLower().replace(u' ', u'.') + QStringLiteral("@acme.example");
    e.department = QStringLiteral("Finance");
    e.position = QStringLiteral("Analyst");
    e.employmentType = QStringLiteral("full_time");
    e.status = QStringLiteral("active");
    e.startDate = QDate(2024, 1, 15);
    e.nationalId = QStringLiteral("S1234567D");
    e.bankName = QStringLiteral("DBS");
    e.bankAccount = QStringLiteral("123-456-789");
    e.baseSalary = Money{salaryMinor, QStringLiteral("SGD")};
    return e;
}

QStringList headers(const QAbstractItemModel& model)
{
    QStringList titles;
    for (int c = 0; c < model.columnCount(); ++c) {
        titles << model.headerData(c, Qt::Horizontal).toString();
    }
    return titles;
}

} // namespace

class TestEmployeeTableModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void columnsFollowTheRole_data()
    {
        QTest::addColumn<Role>("role");
        QTest::addColumn<bool>("nationalId");
        QTest::addColumn<bool>("bankAndSalary");
        QTest::newRow("owner") << Role::Owner << true << true;
        QTest::newRow("admin") << Role::Admin << true << true;
        QTest::newRow("finance") << Role::Finance << false << true;
        QTest::newRow("auditor") << Role::Auditor << false << false;
        QTest::newRow("member (own record only)") << Role::Member << true << true;
        QTest::newRow("viewer") << Role::Viewer << false << false;
    }

    void columnsFollowTheRole()
    {
        QFETCH(Role, role);
        QFETCH(bool, nationalId);
        QFETCH(bool, bankAndSalary);
        EmployeeTableModel model(role);
        QCOMPARE(model.columnOf(EmployeeColumn::NationalId) >= 0, nationalId);
        QCOMPARE(model.columnOf(EmployeeColumn::BankName) >= 0, bankAndSalary);
        QCOMPARE(model.columnOf(EmployeeColumn::BankAccount) >= 0, bankAndSalary);
        QCOMPARE(model.columnOf(EmployeeColumn::BaseSalary) >= 0, bankAndSalary);
        QVERIFY(model.columnOf(EmployeeColumn::FullName) >= 0);
        QCOMPARE(model.columnCount(), 8 + (nationalId ? 1 : 0) + (bankAndSalary ? 3 : 0));
        const QStringList titles = headers(model);
        QCOMPARE(titles.contains(QStringLiteral("National ID")), nationalId);
        QCOMPARE(titles.contains(QStringLiteral("Base salary")), bankAndSalary);
    }

    void moneyIsShownExactly()
    {
        EmployeeTableModel model(Role::Admin);
        model.setEmployees({employee(QStringLiteral("E001"), QStringLiteral("Ada Tan"), 525000)});
        const QModelIndex salary = model.index(0, model.columnOf(EmployeeColumn::BaseSalary));
        QCOMPARE(salary.data().toString(),
                 (Money{525000, QStringLiteral("SGD")}.toDisplayString(QLocale())));
        QVERIFY(salary.data().toString().contains(QStringLiteral("5,250.00")));
    }

    void proxySortsByValueAndFilters()
    {
        EmployeeTableModel model(Role::Admin);
        model.setEmployees({employee(QStringLiteral("E001"), QStringLiteral("Ada Tan"), 900000),
                            employee(QStringLiteral("E002"), QStringLiteral("Ben Lim"), 100000),
                            employee(QStringLiteral("E003"), QStringLiteral("Chen Wei"), 2000000)});
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(EmployeeTableModel::SortRole);
        const int salary = model.columnOf(EmployeeColumn::BaseSalary);
        proxy.sort(salary, Qt::AscendingOrder);
        const int name = model.columnOf(EmployeeColumn::FullName);
        QCOMPARE(proxy.index(0, name).data().toString(), QStringLiteral("Ben Lim"));
        QCOMPARE(proxy.index(2, name).data().toString(), QStringLiteral("Chen Wei"));

        proxy.setFilterKeyColumn(-1);
        proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
        proxy.setFilterFixedString(QStringLiteral("ben"));
        QCOMPARE(proxy.rowCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestEmployeeTableModel)
#include "tst_employeetablemodel.moc"
