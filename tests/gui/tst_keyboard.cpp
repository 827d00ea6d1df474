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
#include "ui/MainWindow.h"
#include "ui/ReceiptDropArea.h"
#include "ui/ViewCatalog.h"
#include "ui/WorkspaceView.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSet>
#include <QTabWidget>
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
