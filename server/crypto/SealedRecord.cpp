#include "server/crypto/SealedRecord.h"

#include "server/crypto/CryptoLog.h"
#include "server/store/SqlValues.h"

namespace purser::server {

SealedRecord::SealedRecord(QSqlDatabase db, QString orgId, QString table, QString recordId)
    : m_db(std::move(db)), m_orgId(std::move(orgId)), m_table(std::move(table)),
      m_recordId(std::move(recordId))
{
}

SealedFieldRef SealedRecord::ref(const QString& field) const
{
    return {m_orgId, m_table, m_recordId, field};
}

std::optional<QByteArray> SealedRecord::kept(const QString& field, FieldCrypto::Opened opened)
{
    if (opened.integrityError) {
        m_errors.append(field);
    }
    return std::move(opened.value);
}

std::optional<QByteArray> SealedRecord::bytes(const QString& field, const QVariant& stored)
{
    return kept(field, FieldCrypto::instance().open(m_db, ref(field), stored));
}

std::optional<QString> SealedRecord::text(const QString& field, const QVariant& stored)
{
    const auto value = bytes(field, stored);
    return value ? std::optional<QString>(QString::fromUtf8(*value)) : std::nullopt;
}

std::optional<QString> SealedRecord::text(const QString& field, Stored stored)
{
    const auto value = kept(field, FieldCrypto::instance().openStored(m_db, ref(field), stored));
    return value ? std::optional<QString>(QString::fromUtf8(*value)) : std::nullopt;
}

std::optional<qint64> SealedRecord::amount(const QString& field, const QVariant& stored)
{
    return amountFrom(field, bytes(field, stored));
}

std::optional<qint64> SealedRecord::amount(const QString& field, Stored stored)
{
    return amountFrom(field,
                      kept(field, FieldCrypto::instance().openStored(m_db, ref(field), stored)));
}

std::optional<qint64> SealedRecord::amountFrom(const QString& field,
                                               const std::optional<QByteArray>& value)
{
    if (!value) {
        return std::nullopt;
    }
    bool ok = false;
    const qint64 amount = value->toLongLong(&ok);
    if (!ok) {
        qCCritical(lcCrypto).noquote()
            << QStringLiteral("integrity error: %1.%2 of record %3 is not an amount")
                   .arg(m_table, field, m_recordId);
        m_errors.append(field);
        return std::nullopt;
    }
    return amount;
}

const DataKeyRing::Key& SealedRecord::currentKey()
{
    if (!m_current) {
        m_current = FieldCrypto::instance().keys().current(m_db, m_orgId);
    }
    return *m_current;
}

QVariant SealedRecord::sealBytes(const QString& field, const QByteArray& value)
{
    return FieldCrypto::instance().sealWith(currentKey(), ref(field), value);
}

QVariant SealedRecord::sealText(const QString& field, const std::optional<QString>& value)
{
    return value ? sealBytes(field, value->toUtf8())
                 : QVariant(FieldCrypto::instance().sealAbsentWith(currentKey(), ref(field)));
}

QVariant SealedRecord::sealAmount(const QString& field, const std::optional<qint64>& value)
{
    return value ? sealBytes(field, QByteArray::number(*value))
                 : QVariant(FieldCrypto::instance().sealAbsentWith(currentKey(), ref(field)));
}

} // namespace purser::server
