#pragma once

#include <QObject>
#include <QString>

namespace purser {

// A live check of the OS keychain for Settings: reads the stored session entry through
// QtKeychain without waiting for it (the job answers over D-Bus, the UI thread never blocks)
// and reports whether the keychain answers and, if not, why. The entry's content is dropped
// at once; only whether it is there is kept.
class KeychainStatusCheck : public QObject
{
    Q_OBJECT
public:
    enum class Outcome
    {
        Checking,
        Available,   // the keychain answered (the entry is there or not)
        Unavailable, // no keychain, locked and refused, or another error: see reason()
    };

    explicit KeychainStatusCheck(QObject* parent = nullptr);

    // Starts a check of (service, key); a check still running is superseded.
    void start(const QString& service, const QString& key);

    Outcome outcome() const { return m_outcome; }
    bool entryFound() const { return m_entryFound; }
    QString reason() const { return m_reason; }

Q_SIGNALS:
    void finished();

private:
    Outcome m_outcome = Outcome::Checking;
    bool m_entryFound = false;
    QString m_reason;
    quint64 m_generation = 0;
};

} // namespace purser
