#pragma once

#include <QString>

namespace purser::server {

class Database;

// The key commands. Both run beside a serving server (no downtime) and are audited in each
// organisation they touch (actor system). FieldCrypto must be installed (EncryptionAtRest).
class KeyRotation
{
public:
    // A new data key version for the organisation (id or exact name); every sealed value is
    // re-sealed with it in batches; old versions are deleted once no value uses them.
    static bool rotateDataKey(Database& db, const QString& org, QString* summary, QString* error);
    // A new master key: written next to the current one (".new"), every data key re-wrapped
    // in one transaction, then the file replaced atomically. The old key is gone afterwards.
    static bool rotateMasterKey(Database& db, const QString& masterKeyFile, QString* summary,
                                QString* error);
};

} // namespace purser::server
