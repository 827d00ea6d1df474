#include "server/demo/DemoReceipts.h"

#include <QList>
#include <QtEndian>
#include <array>

namespace purser::server::DemoReceipts {
namespace {

quint32 crc32(const QByteArray& data)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t{};
        for (quint32 n = 0; n < 256; ++n) {
            quint32 c = n;
            for (int k = 0; k < 8; ++k) {
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }
            t[n] = c;
        }
        return t;
    }();
    quint32 crc = 0xFFFFFFFFu;
    for (const char byte : data) {
        crc = table[(crc ^ static_cast<quint8>(byte)) & 0xFF] ^ (crc >> 8);
    }
    return crc ^ 0xFFFFFFFFu;
}

QByteArray be32(quint32 value)
{
    QByteArray out(4, '\0');
    qToBigEndian(value, out.data());
    return out;
}

QByteArray chunk(const QByteArray& type, const QByteArray& data)
{
    return be32(static_cast<quint32>(data.size())) + type + data + be32(crc32(type + data));
}

} // namespace

QByteArray png(quint32 seed)
{
    // A 16x16 RGB image: a paper-coloured receipt with a few "lines" of text in grey.
    constexpr int size = 16;
    QByteArray raw;
    for (int y = 0; y < size; ++y) {
        raw += '\0'; // filter: none
        const bool textLine = y > 2 && y < 13 && (y % 2 == 1);
        const int lineLength = 4 + static_cast<int>((seed >> (y % 16)) % 8);
        for (int x = 0; x < size; ++x) {
            const bool ink = textLine && x >= 2 && x < 2 + lineLength;
            const char grey = ink ? char(0x55) : char(0xF7);
            raw += grey;
            raw += grey;
            raw += ink ? char(0x55) : char(0xEE);
        }
    }
    QByteArray ihdr = be32(size) + be32(size);
    ihdr += char(8); // bit depth
    ihdr += char(2); // colour type: RGB
    ihdr += QByteArray(3, '\0');
    const QByteArray zlib = qCompress(raw).mid(4); // qCompress prefixes the length
    return QByteArray::fromHex("89504e470d0a1a0a") + chunk("IHDR", ihdr) + chunk("IDAT", zlib) +
           chunk("IEND", {});
}

QByteArray pdf(const QString& merchant, const QString& amount, const QString& date)
{
    auto escape = [](QString text) {
        QByteArray latin;
        for (const QChar c : text) {
            latin += (c.unicode() >= 0x20 && c.unicode() < 0x7f) ? char(c.unicode()) : '?';
        }
        return latin.replace('\\', "\\\\").replace('(', "\\(").replace(')', "\\)");
    };
    const QByteArray content = "BT /F1 12 Tf 20 110 Td (" + escape(merchant) + ") Tj 0 -20 Td (" +
                               escape(date) + ") Tj 0 -20 Td (Total " + escape(amount) + ") Tj ET";
    const QList<QByteArray> objects = {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 220 140] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content +
            "\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    };
    QByteArray out = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    for (int i = 0; i < objects.size(); ++i) {
        offsets.append(out.size());
        out += QByteArray::number(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const qsizetype xref = out.size();
    out += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (const qsizetype offset : offsets) {
        out += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    }
    out += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) +
           " /Root 1 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return out;
}

} // namespace purser::server::DemoReceipts
