#pragma once

#include "cache/CacheStore.h"

#include <QJsonObject>
#include <QJsonValue>
#include <optional>

namespace purser {

// Verifies a signed audit checkpoint ({seq, hash, signed_at, key_id, signature}) of org
// against the server's signing keys ([{key_id, public_key}] or {keys: [...]}) with core's
// verifier; returns it ready to store, or nullopt and the reason in plain words.
std::optional<CacheStore::Checkpoint> verifyCheckpoint(const QString& organizationId,
                                                       const QJsonObject& checkpoint,
                                                       const QJsonValue& signingKeys,
                                                       QString* reason);

// The same check for a stored or exported checkpoint (its public key travels with it).
bool verifyStoredCheckpoint(const QString& organizationId, const CacheStore::Checkpoint& checkpoint,
                            QString* reason);

} // namespace purser
