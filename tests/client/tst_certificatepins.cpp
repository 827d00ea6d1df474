// Fingerprint normalisation, the pin store, and server address rules (no network).
#include "net/ApiClient.h"
#include "net/CertificateDetails.h"
#include "net/CertificatePinStore.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace purser;

class TestCertificatePins : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fingerprintsNormalise()
    {
        const QString canonical =
            QStringLiteral("AB:") + QStringLiteral("01:").repeated(30) + QStringLiteral("FF");
        QCOMPARE(normalizedFingerprint(canonical), canonical);
        QCOMPARE(normalizedFingerprint(canonical.toLower()), canonical);
        QCOMPARE(normalizedFingerprint(QString(canonical).remove(u':')), canonical);
        QVERIFY(normalizedFingerprint(QStringLiteral("AB:CD")).isEmpty());
        QVERIFY(normalizedFingerprint(QString(canonical).replace(u'F', u'G')).isEmpty());
    }

    void pinsArePerHostAndPort()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("p.ini")), QSettings::IniFormat);
        CertificatePinStore pins(&settings);
        const QString fp = QStringLiteral("0A:").repeated(31) + QStringLiteral("0B");
        QVERIFY(pins.pinnedFingerprint(QStringLiteral("127.0.0.1:8443")).isEmpty());
        pins.pin(QStringLiteral("127.0.0.1:8443"), fp.toLower());
        QCOMPARE(pins.pinnedFingerprint(QStringLiteral("127.0.0.1:8443")), fp);
        QVERIFY(pins.pinnedFingerprint(QStringLiteral("127.0.0.1:8444")).isEmpty());
        pins.unpin(QStringLiteral("127.0.0.1:8443"));
        QVERIFY(pins.pinnedFingerprint(QStringLiteral("127.0.0.1:8443")).isEmpty());
    }

    void serverAddressesAreHttpsOnly()
    {
        QCOMPARE(ApiClient::normalizeServerUrl(QStringLiteral("127.0.0.1:8443")),
                 QUrl(QStringLiteral("https://127.0.0.1:8443")));
        QCOMPARE(ApiClient::normalizeServerUrl(QStringLiteral(" https://Purser.example.com/x ")),
                 QUrl(QStringLiteral("https://purser.example.com:443")));
        QVERIFY(!ApiClient::normalizeServerUrl(QStringLiteral("http://127.0.0.1:8443")));
        QVERIFY(!ApiClient::normalizeServerUrl(QString()));
        QCOMPARE(ApiClient::hostPort(QUrl(QStringLiteral("https://127.0.0.1:8443"))),
                 QStringLiteral("127.0.0.1:8443"));
    }
};

QTEST_GUILESS_MAIN(TestCertificatePins)
#include "tst_certificatepins.moc"
