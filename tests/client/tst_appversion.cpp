// `purser --version` answers without a display: no QT_QPA_PLATFORM, no DISPLAY.
#include "PurserVersion.h"

#include <QProcess>
#include <QtTest>

class TestAppVersion : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void versionNeedsNoDisplay()
    {
        QProcess purser;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        purser.setProcessEnvironment(env);
        purser.start(QStringLiteral(PURSER_BUILD_DIR "/bin/purser"), {QStringLiteral("--version")});
        QVERIFY(purser.waitForFinished(15000));
        QCOMPARE(purser.exitStatus(), QProcess::NormalExit);
        QCOMPARE(purser.exitCode(), 0);
        QCOMPARE(purser.readAllStandardOutput().trimmed(), QByteArray("purser " PURSER_VERSION));
        QCOMPARE(QByteArray(PURSER_VERSION), QByteArray("0.1.0"));
    }
};

QTEST_GUILESS_MAIN(TestAppVersion)
#include "tst_appversion.moc"
