#include "ui/QrCode.h"

#include <qrencode.h>

#include <memory>

namespace purser {

namespace {
constexpr int quietZone = 4; // modules of white around the symbol (ISO/IEC 18004)
}

QrCode::QrCode(const QString& text) : m_text(text)
{
    const QByteArray utf8 = text.toUtf8();
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString8bit(utf8.constData(), 0, QR_ECLEVEL_M), &QRcode_free);
    if (!code) {
        return;
    }
    const int width = code->width;
    const int side = width + 2 * quietZone;
    m_image = QImage(side, side, QImage::Format_Mono);
    m_image.setColor(0, qRgb(255, 255, 255));
    m_image.setColor(1, qRgb(0, 0, 0));
    m_image.fill(0);
    for (int y = 0; y < width; ++y) {
        for (int x = 0; x < width; ++x) {
            // The lowest bit of each byte is the module's colour (1 = dark).
            if (code->data[y * width + x] & 1) {
                m_image.setPixel(x + quietZone, y + quietZone, 1);
            }
        }
    }
}

QImage QrCode::scaled(int side) const
{
    if (m_image.isNull()) {
        return {};
    }
    const int factor = qMax(1, side / m_image.width());
    return m_image.scaled(m_image.width() * factor, m_image.height() * factor,
                          Qt::IgnoreAspectRatio, Qt::FastTransformation);
}

} // namespace purser
