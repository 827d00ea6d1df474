#pragma once

#include <QSqlDatabase>
#include <QString>

namespace purser::server {

// Seals the receipt files stored before receipts were sealed (receipts.file_key NULL), at
// start, before the sealed-column sweep. Per receipt: the sealed copy is written under a new
// storage name (temp, fsync), the row then names it and its sealed key in one transaction,
// then the copy is published and the plaintext file removed. A crash at any point leaves
// either the old row and file (done again next start) or the new ones; ReceiptFiles::recover
// removes whatever file no row names. Returns how many were sealed. Throws StoreError.
class LegacyReceipts
{
public:
    static int seal(QSqlDatabase db, const QString& dataDir);
};

} // namespace purser::server
