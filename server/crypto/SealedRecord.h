#pragma once

#include "server/crypto/FieldCrypto.h"

#include <QStringList>

namespace purser::server {

// Seals and opens the sensitive columns of one row, collecting the fields that failed their
// integrity check (reported to the reader as integrity_errors, never as a 500).
class SealedRecord
{
public:
    SealedRecord(QSqlDatabase db, QString orgId, QString table, QString recordId);

    std::optional<QString> text(const QString& field, const QVariant& stored);
    std::optional<qint64> amount(const QString& field, const QVariant& stored);
    std::optional<QByteArray> bytes(const QString& field, const QVariant& stored);
    // The same from the column's bytes (nullopt: NULL), as NativeStatement reads them.
    using Stored = std::optional<QByteArrayView>;
    std::optional<QString> text(const QString& field, Stored stored);
    std::optional<qint64> amount(const QString& field, Stored stored);

    QVariant sealText(const QString& field, const std::optional<QString>& value);
    QVariant sealAmount(const QString& field, const std::optional<qint64>& value);
    QVariant sealBytes(const QString& field, const QByteArray& value);

    const QStringList& integrityErrors() const { return m_errors; }

private:
    SealedFieldRef ref(const QString& field) const;
    std::optional<QByteArray> kept(const QString& field, FieldCrypto::Opened opened);
    std::optional<qint64> amountFrom(const QString& field, const std::optional<QByteArray>& value);
    const DataKeyRing::Key& currentKey(); // looked up once per record, not once per field

    QSqlDatabase m_db;
    QString m_orgId;
    QString m_table;
    QString m_recordId;
    QStringList m_errors;
    std::optional<DataKeyRing::Key> m_current;
};

} // namespace purser::server
