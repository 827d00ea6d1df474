#pragma once

#include <QImage>
#include <QString>

namespace purser {

// A QR code drawn with libqrencode (Debian libqrencode-dev): error correction M, black modules
// on white with the four-module quiet zone scanners need. It keeps the text it encodes so a
// test can check what a user's authenticator app would read.
class QrCode
{
public:
    explicit QrCode(const QString& text);

    bool isValid() const { return !m_image.isNull(); }
    QString text() const { return m_text; }
    // One pixel per module; scale it up with Qt::FastTransformation (sharp edges).
    QImage image() const { return m_image; }
    QImage scaled(int side) const;

private:
    QString m_text;
    QImage m_image;
};

} // namespace purser
