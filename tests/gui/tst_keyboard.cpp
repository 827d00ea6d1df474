// Keyboard reachability and accessible names, per role and per view, in the real window over
// offline data synced from a REAL purser-server (--demo). From the sidebar, Tab is pressed
// (real key events, the window's real focus chain) until focus comes back round; every
// interactive control on screen (buttons, line edits, combos, spin boxes, tables and lists,
// text panes, the receipt drop area, the sidebar, the organisation switcher; on every page of
// a view with tabs) must have had
// the focus on the way, and every control without visible text (icon-only buttons, Purser's
// own widgets, fields without a label) must carry an accessible name.
#include "app/AppController.h"
#include "tests/gui/GuiTestSupport.h"
#include "ui/ClaimsView.h"
#include "ui/EmployeesView.h"
#include "ui/ImportEmployeesDialog.h"
#include "ui/MainWindow.h"
#include "ui/PayrollView.h"
#include "ui/ReceiptDropArea.h"
#include "ui/TestHooks.h"
#include "ui/ViewCatalog.h"
#include "ui/WorkspaceView.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSet>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextEdit>
#include <QtTest>

using namespace purser;
using namespace purser::test;

namespace {

// Parts of composite Qt controls (a combo's list, a spin box's line edit, a line edit's clear
// button) are reached through their owner.
bool isPartOfAnotherControl(const QWidget* widget, const QWidget* window)
{
    for (const QWidget* p = widget->parentWidget(); p && p != window; p = p->parentWidget()) {
        if (qobject_cast<const QComboBox*>(p) || qobject_cast<const QAbstractSpinBox*>(p) ||
            qobject_cast<const QLineEdit*>(p) || qobject_cast<const QAbstractItemView*>(p)) {
            return true;
        }
    }
    return false;
}

bool isInteractive(const QWidget* w)
{
    return qobject_cast<const QAbstractButton*>(w) || qobject_cast<const QLineEdit*>(w) ||
           qobject_cast<const QComboBox*>(w) || qobject_cast<const QAbstractSpinBox*>(w) ||
           qobject_cast<const QAbstractItemView*>(w) || qobject_cast<const QTextEdit*>(w) ||
           qobject_cast<const ReceiptDropArea*>(w);
}

QString describe(const QWidget* w)
{
    return QStringLiteral("%1 \"%2\"")
        .arg(QString::fromLatin1(w->metaObject()->className()),
             !w->accessibleName().isEmpty() ? w->accessibleName() : w->objectName());
}

// Every control on screen that a keyboard user needs.
QList<QWidget*> interactiveControls(QWidget* window)
{
    QList<QWidget*> controls;
    for (QWidget* w : window->findChildren<QWidget*>()) {
        if (isInteractive(w) && w->isVisibleTo(window) && w->isEnabled() &&
            !isPartOfAnotherControl(w, window)) {
            controls << w;
        }
    }
    return controls;
}

// Presses Tab from `start` until the focus comes back to it; every widget that had the focus
// and its parents (a focus proxy's owner) count as reached.
QSet<QWidget*> tabAround(QWidget* window, QWidget* start, int* presses)
{
    QSet<QWidget*> reached;
    start->setFocus(Qt::TabFocusReason);
    QWidget* current = window->focusWidget();
    for (*presses = 0; *presses < 600 && current; ++*presses) {
        for (QWidget* w = current; w && w != window; w = w->parentWidget()) {
            reached.insert(w);
        }
        QTest::keyClick(current, Qt::Key_Tab);
        current = window->focusWidget();
        if (current == start || current == start->focusProxy()) {
            break;
        }
    }
    return reached;
}

bool hasBuddyLabel(QWidget* window, const QWidget* w)
{
    for (const QLabel* label : window->findChildren<QLabel*>()) {
        if (label->buddy() == w && !label->text().isEmpty()) {
            return true;
        }
    }
    return false;
}

// What a screen reader would announce for the control, empty when nothing.
QString spokenName(QWidget* window, QWidget* w)
{
    if (!w->accessibleName().isEmpty()) {
        return w->accessibleName();
    }
    if (const auto* button = qobject_cast<const QAbstractButton*>(w)) {
        return QString(button->text()).remove(u'&').trimmed();
    }
    return hasBuddyLabel(window, w) ? QStringLiteral("(label)") : QString();
}

// Tab round a dialog from its first control: what is not reached or not named.
QStringList dialogProblems(QDialog* dialog, const QString& where)
{
    QStringList problems;
    dialog->show();
    dialog->activateWindow();
    QApplication::processEvents();
    const QList<QWidget*> controls = interactiveControls(dialog);
    if (controls.isEmpty()) {
        return {where + QStringLiteral(": no controls")};
    }
    int presses = 0;
    const QSet<QWidget*> reached = tabAround(dialog, controls.first(), &presses);
    if (presses >= 600) {
        problems << where + QStringLiteral(": Tab never came back");
    }
    for (QWidget* control : controls) {
        if (!reached.contains(control)) {
            problems << QStringLiteral("%1: %2 not reachable by Tab").arg(where, describe(control));
        }
        if (spokenName(dialog, control).isEmpty()) {
            problems
                << QStringLiteral("%1: %2 has no accessible name").arg(where, describe(control));
        }
    }
    qInfo("%s: %d controls, %d Tab presses round", qPrintable(where), int(controls.size()),
          presses);
    return problems;
}

} // namespace

class TestKeyboard : public QObject
{
    Q_OBJECT

    ServerProcess m_server;
    GuiTestSupport m_support{m_server};

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.errorString())); }
    void cleanupTestCase() { m_server.stop(); }

    void everyControlReachableAndNamed_data()
    {
        QTest::addColumn<QString>("role");
        for (const char* role : {"owner", "admin", "finance", "auditor", "member", "viewer"}) {
            QTest::newRow(role) << QString::fromLatin1(role);
        }
    }

    void everyControlReachableAndNamed()
    {
        QFETCH(QString, role);
        auto controller = m_support.signIn(role + QStringLiteral("@acme.example"));
        QVERIFY(controller);
        QVERIFY(GuiTestSupport::waitForSync(*controller));
        MainWindow* window = controller->mainWindow();
        window->activateWindow();
        QStringList problems;
        // Every view, and every page of a view with pages (Organisation's tabs).
        QList<QPair<ViewId, int>> screens;
        for (ViewId id : window->availableViews()) {
            const auto* pages = window->view(id)->findChild<QTabWidget*>();
            for (int page = 0; page < (pages ? pages->count() : 1); ++page) {
                screens.append({id, pages ? page : -1});
            }
        }
        for (const auto& [id, page] : std::as_const(screens)) {
            QVERIFY(window->showView(id));
            if (page >= 0) {
                window->view(id)->findChild<QTabWidget*>()->setCurrentIndex(page);
            }
            QApplication::processEvents();
            int presses = 0;
            const QSet<QWidget*> reached = tabAround(window, window->sidebar(), &presses);
            const QString where =
                viewInfo(id).key + (page >= 0 ? QStringLiteral("/%1").arg(page) : QString());
            QVERIFY2(presses < 600, qPrintable(where + QStringLiteral(": Tab never came back")));
            const QList<QWidget*> controls = interactiveControls(window);
            QVERIFY(controls.contains(window->sidebar()));
            for (QWidget* control : controls) {
                if (!reached.contains(control)) {
                    problems << QStringLiteral("%1: %2 not reachable by Tab")
                                    .arg(where, describe(control));
                }
                if (spokenName(window, control).isEmpty()) {
                    problems << QStringLiteral("%1: %2 has no accessible name")
                                    .arg(where, describe(control));
                }
            }
            // Purser's own widgets are named for assistive technology too.
            for (QWidget* w : window->findChildren<QWidget*>()) {
                if (QByteArray(w->metaObject()->className()).startsWith("purser::") &&
                    w->isVisibleTo(window) && w->focusPolicy() != Qt::NoFocus &&
                    w->accessibleName().isEmpty()) {
                    problems
                        << QStringLiteral("%1: %2 has no accessible name").arg(where, describe(w));
                }
            }
            qInfo("%s/%s: %d controls, %d Tab presses round", qPrintable(role), qPrintable(where),
                  int(controls.size()), presses);
        }
        problems.removeDuplicates();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        controller.reset();
        m_support.signOut();
    }

    // The dialogs of the HR and finance work (issue 16), per role that may open them: every
    // control reached by Tab and named; a screenshot of each in build/screenshots.
    void newDialogsReachableAndNamed_data()
    {
        QTest::addColumn<QString>("role");
        QTest::newRow("admin") << QStringLiteral("admin");
        QTest::newRow("finance") << QStringLiteral("finance");
        QTest::newRow("member") << QStringLiteral("member");
    }

    void newDialogsReachableAndNamed()
    {
        QFETCH(QString, role);
        auto controller = m_support.signIn(role + QStringLiteral("@acme.example"));
        QVERIFY(controller && GuiTestSupport::waitForSync(*controller));
        MainWindow* window = controller->mainWindow();
        QStringList problems;
        QStringList opened;
        TestHooks::dialogHook = [&](QDialog* dialog) {
            const QString name = QString::fromLatin1(dialog->metaObject()->className())
                                     .remove(QStringLiteral("purser::"));
            if (name.startsWith(QStringLiteral("Q"))) {
                return false; // a message box on the way (none expected)
            }
            if (auto* import = qobject_cast<ImportEmployeesDialog*>(dialog)) {
                // The file is read on a worker; the column choices open once it is.
                (void)QTest::qWaitFor([&]() { return !import->isChecking(); }, 30000);
            }
            opened << name;
            problems << dialogProblems(dialog, role + u'/' + name);
            dialog->grab().save(
                GuiTestSupport::screenshotPath(QStringLiteral("dialog-%1-%2.png").arg(role, name)));
            return false; // cancelled: nothing is queued
        };
        if (auto* employees = qobject_cast<EmployeesView*>(window->view(ViewId::Employees));
            employees && employees->mayImport()) {
            window->showView(ViewId::Employees);
            employees->addEmployee();
            QTemporaryDir dir;
            const QString path = dir.filePath(QStringLiteral("people.csv"));
            QFile csv(path);
            QVERIFY(csv.open(QIODevice::WriteOnly));
            csv.write("employee_no,full_name\nE-KB-1,Keyboard Person\n");
            csv.close();
            TestHooks::openFilesHook = [&](const QString&) { return QStringList{path}; };
            employees->importEmployees();
            TestHooks::openFilesHook = nullptr;
        }
        if (auto* payroll = qobject_cast<PayrollView*>(window->view(ViewId::Payroll))) {
            window->showView(ViewId::Payroll);
            payroll->startRun();
        }
        if (auto* claims = qobject_cast<ClaimsView*>(window->view(ViewId::Claims))) {
            window->showView(ViewId::Claims);
            claims->newClaim();
        }
        TestHooks::dialogHook = nullptr;
        qInfo("%s opened: %s", qPrintable(role), qPrintable(opened.join(QStringLiteral(", "))));
        // admin: employee form, import, payroll run, claim; finance: payroll run, claim;
        // member: their own claim.
        QVERIFY(opened.size() >= (role == u"admin" ? 4 : role == u"finance" ? 2 : 1));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        controller.reset();
        m_support.signOut();
    }
};

int main(int argc, char* argv[])
{
    GuiTestSupport::prepareEnvironment();
    QApplication app(argc, argv);
    QApplication::setQuitOnLastWindowClosed(false);
    TestKeyboard test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keyboard.moc"
