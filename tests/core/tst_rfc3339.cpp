#include "core/Rfc3339.h"

#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>
#include <ctime>

using namespace purser;

// Times are written and read without Qt's general formatter and parser (which the server
// called for every value of every row): the answers must stay byte for byte what Qt gives,
// whatever the process's local time zone is.
class TestRfc3339 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void writesWhatQtWrote();
    void readsWhatQtRead_data();
    void readsWhatQtRead();
    void roundTripsManyValues();
};

namespace {

QString referenceWrite(const QDateTime& time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

std::optional<QDateTime> referenceRead(const QString& text)
{
    const QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid()) {
        return std::nullopt;
    }
    return parsed.toUTC();
}

QList<qint64> sampleMsecs()
{
    QList<qint64> values{0,
                         -1,
                         1,
                         86399999,
                         86400000,
                         951782400000,    // 2000-02-29
                         4107542399999,   // 2100-02-28T23:59:59.999
                         253402300799999, // 9999-12-31T23:59:59.999
                         -62135596800000, // 0001-01-01
                         1795852800000};
    QRandomGenerator random(20261205);
    for (int i = 0; i < 20000; ++i) {
        values.append(qint64(random.bounded(quint64(253402300800000ULL))));
        values.append(-qint64(random.bounded(quint64(62135596800000ULL))));
    }
    return values;
}

} // namespace

void TestRfc3339::initTestCase()
{
    // A zone far from UTC with a 45-minute offset and daylight saving: a conversion that
    // leaked the local zone would show.
    qputenv("TZ", "Pacific/Chatham");
    tzset();
}

void TestRfc3339::writesWhatQtWrote()
{
    for (const qint64 msecs : sampleMsecs()) {
        const QDateTime utc = QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
        QCOMPARE(toRfc3339(utc), referenceWrite(utc));
        // What QPSQL returns: the same instant in local time.
        const QDateTime local = utc.toLocalTime();
        QCOMPARE(toRfc3339(local), referenceWrite(local));
        const QDateTime offset = utc.toOffsetFromUtc(-(9 * 3600 + 30 * 60));
        QCOMPARE(toRfc3339(offset), referenceWrite(offset));
    }
    QCOMPARE(toRfc3339(QDateTime()), referenceWrite(QDateTime()));
}

void TestRfc3339::readsWhatQtRead_data()
{
    QTest::addColumn<QString>("text");
    for (const char* text : {"2026-11-21T09:30:00.000Z",
                             "2026-11-21T09:30:00Z",
                             "2024-02-29T23:59:59.999Z",
                             "2023-02-29T10:00:00.000Z",
                             "2026-04-31T10:00:00Z",
                             "2026-11-21T24:00:00.000Z",
                             "2026-11-21T23:60:00.000Z",
                             "2026-11-21T23:59:60.000Z",
                             "2026-11-21T09:30:00.5Z",
                             "2026-11-21T09:30:00.12Z",
                             "2026-11-21T09:30:00.1234Z",
                             "2026-11-21T09:30:00+05:30",
                             "2026-11-21T09:30:00.000-09:30",
                             "2026-11-21T09:30:00",
                             "2026-11-21 09:30:00.000Z",
                             "2026-11-21T09:30:00.000z",
                             "2026-11-21",
                             "",
                             "0000-01-01T00:00:00.000Z",
                             "20261121T093000Z",
                             "2026-11-21T09:30:0a.000Z",
                             "2026-1a-21T09:30:00.000Z",
                             "\xef\xbc\x92"
                             "026-11-21T09:30:00.000Z"}) {
        QTest::newRow(text) << QString::fromUtf8(text);
    }
}

void TestRfc3339::readsWhatQtRead()
{
    QFETCH(QString, text);
    const auto ours = fromRfc3339(text);
    const auto reference = referenceRead(text);
    QCOMPARE(ours.has_value(), reference.has_value());
    if (ours) {
        QCOMPARE(ours->timeSpec(), Qt::UTC);
        QCOMPARE(ours->toMSecsSinceEpoch(), reference->toMSecsSinceEpoch());
    }
}

void TestRfc3339::roundTripsManyValues()
{
    for (const qint64 msecs : sampleMsecs()) {
        const QDateTime utc = QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
        const QString text = toRfc3339(utc);
        const auto ours = fromRfc3339(text);
        const auto reference = referenceRead(text);
        QVERIFY2(ours.has_value() == reference.has_value(), qPrintable(text));
        if (ours) {
            QCOMPARE(ours->toMSecsSinceEpoch(), reference->toMSecsSinceEpoch());
            QCOMPARE(ours->timeSpec(), reference->timeSpec());
        }
    }
}

QTEST_GUILESS_MAIN(TestRfc3339)
#include "tst_rfc3339.moc"
