#pragma once

#include "core/FieldErrors.h"

#include <QObject>
#include <QTimer>

namespace purser {

class Outbox;

// Follows one queued change to its end for a form that waits for it: sent, refused by the
// server (with its 422 `fields`, so the form shows each reason at its field), or left in the
// outbox because the server cannot be reached now (it goes out later, exactly once, with the
// same Idempotency-Key). Starts a flush of the outbox itself.
class OutboxDelivery : public QObject
{
    Q_OBJECT
public:
    OutboxDelivery(Outbox* outbox, qint64 itemId, QObject* parent = nullptr);

    // Flushes; one of the signals follows (deferred at the latest after waitMs).
    void start(int waitMs = 30000);

Q_SIGNALS:
    void delivered();
    // The refused item is dismissed from the outbox: the form still holds everything.
    void refused(const QString& message, const purser::FieldErrors& fields);
    void deferred();

private:
    void finish();
    void checkItem();

    Outbox* m_outbox;
    qint64 m_id;
    QTimer m_deadline;
    bool m_done = false;
};

} // namespace purser
