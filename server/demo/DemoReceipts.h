#pragma once

#include <QByteArray>
#include <QString>

namespace purser::server {

// Small but real receipt files for the demo data, made in code: a PNG (valid chunks, CRCs and
// zlib stream) and a one-page PDF (valid cross-reference table), each a few hundred bytes.
namespace DemoReceipts {

QByteArray png(quint32 seed);
QByteArray pdf(const QString& merchant, const QString& amount, const QString& date);

} // namespace DemoReceipts
} // namespace purser::server
