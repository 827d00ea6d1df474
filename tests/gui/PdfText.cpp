#include "tests/gui/PdfText.h"

#include <QHash>
#include <QRegularExpression>
#include <QtEndian>

namespace purser::test {

namespace {

using CharMap = QHash<quint32, QString>;

// The bytes of object `number`'s stream, inflated when it is Flate-compressed.
QByteArray objectStream(const QByteArray& pdf, int number)
{
    const QByteArray header = QByteArray::number(number) + " 0 obj";
    qsizetype at = pdf.indexOf("\n" + header);
    if (at < 0) {
        return {};
    }
    const qsizetype end = pdf.indexOf("endobj", at);
    const qsizetype start = pdf.indexOf("stream", at);
    if (start < 0 || start > end) {
        return {};
    }
    qsizetype data = start + 6;
    data += pdf.at(data) == '\r' ? 2 : 1;
    const QByteArray raw = pdf.mid(data, pdf.indexOf("endstream", data) - data);
    if (!pdf.mid(at, start - at).contains("/FlateDecode")) {
        return raw;
    }
    // qUncompress wants the size up front; it grows its buffer past a short hint.
    QByteArray framed(4, '\0');
    qToBigEndian<quint32>(quint32(raw.size() * 8 + 1024), framed.data());
    return qUncompress(framed + raw);
}

QString unicodeOf(const QString& hex)
{
    QString text;
    for (qsizetype i = 0; i + 4 <= hex.size(); i += 4) {
        text += QChar(char16_t(hex.mid(i, 4).toUShort(nullptr, 16)));
    }
    return text;
}

// A ToUnicode CMap: bfchar pairs, bfrange with a first code or with an array.
CharMap parseCMap(const QString& cmap)
{
    CharMap map;
    static const QRegularExpression hex(QStringLiteral("<([0-9A-Fa-f]+)>"));
    for (const QString& block : cmap.split(QStringLiteral("beginbf")).mid(1)) {
        const QString body = block.left(block.indexOf(QStringLiteral("endbf")));
        const bool isRange = block.startsWith(QStringLiteral("range"));
        for (const QString& line : body.split(u'\n')) {
            QStringList codes;
            auto it = hex.globalMatch(line);
            while (it.hasNext()) {
                codes << it.next().captured(1);
            }
            if (!isRange && codes.size() == 2) {
                map.insert(codes.at(0).toUInt(nullptr, 16), unicodeOf(codes.at(1)));
            } else if (isRange && codes.size() >= 3) {
                const quint32 first = codes.at(0).toUInt(nullptr, 16);
                const quint32 last = codes.at(1).toUInt(nullptr, 16);
                const bool array = line.contains(u'[');
                for (quint32 code = first; code <= last && code - first < 0x10000; ++code) {
                    if (array) {
                        map.insert(code, unicodeOf(codes.value(2 + int(code - first))));
                    } else {
                        map.insert(code, QString(QChar(char16_t(codes.at(2).toUShort(nullptr, 16) +
                                                                (code - first)))));
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
    // Font resource names (/F7) → their objects → their ToUnicode maps.
    QHash<QString, CharMap> fonts;
    static const QRegularExpression fontRef(QStringLiteral("/(F\\d+) (\\d+) 0 R"));
    static const QRegularExpression toUnicode(QStringLiteral("/ToUnicode (\\d+) 0 R"));
    const QString text = QString::fromLatin1(pdf);
    auto refs = fontRef.globalMatch(text);
    while (refs.hasNext()) {
        const auto ref = refs.next();
        const QString header = u'\n' + ref.captured(2) + QStringLiteral(" 0 obj");
        const qsizetype at = text.indexOf(header);
        const QString font = text.mid(at, text.indexOf(QStringLiteral("endobj"), at) - at);
        const auto cmap = toUnicode.match(font);
        if (at >= 0 && cmap.hasMatch()) {
            fonts.insert(ref.captured(1), parseCMap(QString::fromLatin1(
                                              objectStream(pdf, cmap.captured(1).toInt()))));
        }
    }
    // Every stream that draws text, in order; the font switches with Tf.
    static const QRegularExpression streamObject(QStringLiteral("\\n(\\d+) 0 obj"));
    static const QRegularExpression token(
        QStringLiteral("/(F\\d+)\\s+[-0-9.]+\\s+Tf|<([0-9A-Fa-f]{4,})>"));
    QString shown;
    auto objects = streamObject.globalMatch(text);
    while (objects.hasNext()) {
        const QByteArray stream = objectStream(pdf, objects.next().captured(1).toInt());
        if (!stream.contains(" Tj") && !stream.contains(" TJ")) {
            continue;
        }
        const CharMap* font = nullptr;
        auto tokens = token.globalMatch(QString::fromLatin1(stream));
        while (tokens.hasNext()) {
            const auto t = tokens.next();
            if (!t.captured(1).isEmpty()) {
                const auto found = fonts.constFind(t.captured(1));
                font = found == fonts.constEnd() ? nullptr : &found.value();
                continue;
            }
            const QString hex = t.captured(2);
            for (qsizetype i = 0; font && i + 4 <= hex.size(); i += 4) {
                shown += font->value(hex.mid(i, 4).toUInt(nullptr, 16));
            }
        }
        shown += u'\n';
    }
    return shown;
}

} // namespace purser::test
