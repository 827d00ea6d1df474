#include "ui/OutboxDelivery.h"

#include "net/Outbox.h"

#include <QPointer>

namespace purser {

OutboxDelivery::OutboxDelivery(Outbox* outbox, qint64 itemId, QObject* parent)
    : QObject(parent), m_outbox(outbox), m_id(itemId)
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this]() {
        finish();
        Q_EMIT deferred();
    });
    connect(m_outbox, &Outbox::itemSent, this, [this](qint64 id) {
        if (id == m_id && !m_done) {
            finish();
            Q_EMIT delivered();
        }
    });
    connect(m_outbox, &Outbox::itemFailed, this, [this](qint64 id) {
        if (id == m_id) {
            checkItem();
        }
    });
    connect(m_outbox, &Outbox::itemConflict, this, [this](qint64 id) {
        if (id == m_id) {
            checkItem();
        }
    });
}

void OutboxDelivery::start(int waitMs)
{
    m_deadline.start(waitMs);
    QPointer<OutboxDelivery> self(this);
    m_outbox->flush([self](const ApiError& error) {
        // A flush that stopped on "no answer" leaves the item pending: it goes out later.
        if (self && error.isError() && !self->m_done) {
            self->checkItem();
        }
    });
}

void OutboxDelivery::checkItem()
{
    if (m_done) {
        return;
    }
    const auto item = m_outbox->store()->item(m_id);
    if (!item) {
        finish();
        Q_EMIT delivered();
        return;
    }
    switch (item->status) {
    case OutboxItem::Status::Pending:
        finish();
        Q_EMIT deferred();
        return;
    case OutboxItem::Status::Conflict:
        // Someone changed the record meanwhile: the status bar's list resolves it.
        finish();
        Q_EMIT deferred();
        return;
    case OutboxItem::Status::Failed:
        break;
    }
    const FieldErrors fields = FieldErrors::fromJson(item->errorFields);
    const QString message = item->errorMessage;
    m_outbox->dismiss(m_id);
    finish();
    Q_EMIT refused(message, fields);
}

void OutboxDelivery::finish()
{
    m_done = true;
    m_deadline.stop();
}

} // namespace purser
