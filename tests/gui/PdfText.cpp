#include "tests/gui/PdfText.h"

#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QtEndian>

namespace purser::test {

namespace {

QList<QByteArray> inflatedStreams(const QByteArray& pdf)
{
    QList<QByteArray> streams;
    qsizetype at = 0;
    for (;;) {
        const qsizetype start = pdf.indexOf("stream", at);
        if (start < 0) {
            break;
        }
        qsizetype data = start + 6;
        if (pdf.mid(start - 3, 3) == "end") { // "endstream"
            at = data;
            continue;
        }
        data += pdf.at(data) == '\r' ? 2 : 1;
        const qsizetype end = pdf.indexOf("endstream", data);
        if (end < 0) {
            break;
        }
        const QByteArray raw = pdf.mid(data, end - data);
        const qsizetype dict = pdf.lastIndexOf("<<", start);
        if (pdf.mid(dict, start - dict).contains("/FlateDecode")) {
            // qUncompress wants the size up front; it grows its buffer past a short hint.
            QByteArray framed(4, '\0');
            qToBigEndian<quint32>(quint32(raw.size() * 8 + 1024), framed.data());
            streams << qUncompress(framed + raw);
        } else {
            streams << raw;
        }
        at = end + 9;
    }
    return streams;
}

QHash<quint32, QString> toUnicode(const QList<QByteArray>& streams)
{
    QHash<quint32, QString> map;
    static const QRegularExpression pair(QStringLiteral("<([0-9A-Fa-f]+)>\\s*<([0-9A-Fa-f]+)>"));
    static const QRegularExpression range(
        QStringLiteral("<([0-9A-Fa-f]+)>\\s*<([0-9A-Fa-f]+)>\\s*<([0-9A-Fa-f]+)>"));
    const auto unicode = [](const QString& hex) {
        QString text;
        for (qsizetype i = 0; i + 4 <= hex.size(); i += 4) {
            text += QChar(char16_t(hex.mid(i, 4).toUShort(nullptr, 16)));
        }
        return text;
    };
    for (const QByteArray& stream : streams) {
        const QString text = QString::fromLatin1(stream);
        for (const QString& block : text.split(QStringLiteral("beginbf"))) {
            if (block.startsWith(QStringLiteral("char"))) {
                auto it = pair.globalMatch(block.left(block.indexOf(QStringLiteral("endbf"))));
                while (it.hasNext()) {
                    const auto m = it.next();
                    map.insert(m.captured(1).toUInt(nullptr, 16), unicode(m.captured(2)));
                }
            } else if (block.startsWith(QStringLiteral("range"))) {
                auto it = range.globalMatch(block.left(block.indexOf(QStringLiteral("endbf"))));
                while (it.hasNext()) {
                    const auto m = it.next();
                    const quint32 first = m.captured(1).toUInt(nullptr, 16);
                    const quint32 last = m.captured(2).toUInt(nullptr, 16);
                    const char16_t base = char16_t(m.captured(3).toUShort(nullptr, 16));
                    for (quint32 code = first; code <= last && code - first < 0x10000; ++code) {
                        map.insert(code, QString(QChar(char16_t(base + (code - first)))));
                    }
                }
            }
        }
    }
    return map;
}

} // namespace

QString pdfText(const QByteArray& pdf)
{
    const QList<QByteArray> streams = inflatedStreams(pdf);
    const QHash<quint32, QString> map = toUnicode(streams);
    static const QRegularExpression glyphs(QStringLiteral("<([0-9A-Fa-f]{4,})>"));
    QString text;
    for (const QByteArray& stream : streams) {
        if (!stream.contains("Tj") && !stream.contains("TJ")) {
            continue; // not a page's content
        }
        auto it = glyphs.globalMatch(QString::fromLatin1(stream));
        while (it.hasNext()) {
            const QString hex = it.next().captured(1);
            for (qsizetype i = 0; i + 4 <= hex.size(); i += 4) {
                text += map.value(hex.mid(i, 4).toUInt(nullptr, 16));
            }
        }
        text += u'\n';
    }
    return text;
}

} // namespace purser::test
