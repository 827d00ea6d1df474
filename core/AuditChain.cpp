#include "core/AuditChain.h"

#include "core/CanonicalJson.h"

#include <QCryptographicHash>

namespace purser {

QString AuditChain::genesisHash()
{
    return QString(64, u'0');
}

QString AuditChain::computeHash(const QJsonObject& entry)
{
    QJsonObject withoutHash = entry;
    withoutHash.remove(QStringLiteral("hash"));
    const auto canonical = canonicalJson(withoutHash);
    if (!canonical) {
        return {};
    }
    return QString::fromLatin1(
        QCryptographicHash::hash(*canonical, QCryptographicHash::Sha256).toHex());
}

AuditChain::AuditChain(qint64 lastSeq, QString lastHash)
    : m_lastSeq(lastSeq), m_lastHash(std::move(lastHash))
{
}

bool AuditChain::fail(qint64 seq, const QString& reason)
{
    m_verdict = Verdict{false, seq, reason};
    return false;
}

bool AuditChain::append(const QJsonObject& entry)
{
    if (!m_verdict.ok) {
        return false;
    }
    const QJsonValue seqValue = entry.value(QStringLiteral("seq"));
    const qint64 seq = seqValue.isDouble() ? static_cast<qint64>(seqValue.toDouble()) : -1;
    const qint64 expected = m_lastSeq + 1;
    if (seq != expected) {
        return fail(expected,
                    seq > expected
                        ? QStringLiteral("entry %1 is missing").arg(expected)
                        : QStringLiteral("entry %1 is out of order or repeated").arg(expected));
    }
    if (entry.value(QStringLiteral("prev_hash")).toString() != m_lastHash) {
        return fail(seq, QStringLiteral("entry %1 does not follow the entry before it").arg(seq));
    }
    const QString hash = entry.value(QStringLiteral("hash")).toString();
    if (hash.isEmpty() || computeHash(entry) != hash) {
        return fail(seq, QStringLiteral("entry %1 was changed").arg(seq));
    }
    m_lastSeq = seq;
    m_lastHash = hash;
    return true;
}

} // namespace purser
