#pragma once

#include "purser_core_export.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace purser {

// The audit log's per-organisation hash chain (api.md): an entry's `hash` is the lowercase hex
// SHA-256 of the canonical JSON of the entry without its `hash` key; `prev_hash` is the
// previous entry's hash, 64 zeros for seq 1. The server, the client and any auditor tool
// verify with this one class.
class PURSER_CORE_EXPORT AuditChain
{
public:
    static QString genesisHash(); // 64 zeros

    // The hash an entry should carry (its `hash` key, if any, is ignored). Empty when the
    // entry cannot be canonicalised (e.g. it holds a floating-point number).
    static QString computeHash(const QJsonObject& entry);

    struct Verdict
    {
        bool ok = true;
        qint64 badSeq = 0; // the first entry that fails, when !ok
        QString reason;    // plain words: "entry 42 was changed", "entry 7 is missing"
    };

    // Feed entries in seq order. A verifier can start mid-log by giving the seq and hash of
    // the entry just before the first one it will see.
    AuditChain() = default;
    AuditChain(qint64 lastSeq, QString lastHash);

    // Returns false at the first entry that breaks the chain; the verdict says which.
    bool append(const QJsonObject& entry);
    const Verdict& verdict() const { return m_verdict; }
    qint64 lastSeq() const { return m_lastSeq; }
    QString lastHash() const { return m_lastHash; }

private:
    bool fail(qint64 seq, const QString& reason);

    qint64 m_lastSeq = 0;
    QString m_lastHash = genesisHash();
    Verdict m_verdict;
};

} // namespace purser
