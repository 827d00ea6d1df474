#pragma once

#include "core/FieldErrors.h"

#include <QDialog>
#include <QHash>
#include <QJsonObject>
#include <functional>
#include <optional>

class QDialogButtonBox;
class QFormLayout;
class QLabel;

namespace purser {

class Outbox;

// A form whose result is one change through the outbox. Each field has its own line for its
// problem. Save checks the form (check()), queues body() through the outbox and, while online,
// waits for the server: a refusal shows the server's 422 `fields` at each field (or its
// message) and the form stays open with everything typed; offline the change waits in the
// outbox (sent later, once) and the form closes.
class OutboxFormDialog : public QDialog
{
    Q_OBJECT
public:
    // Puts the body in the outbox and returns its item id (nullopt: not written).
    using Queue = std::function<std::optional<qint64>(const QJsonObject& body)>;

    explicit OutboxFormDialog(QWidget* parent = nullptr);

    // outbox null: no server to wait for (the change only waits in the outbox).
    void setQueue(Outbox* outbox, Queue queue);

    virtual QJsonObject body() const = 0;
    // What is wrong before anything is queued.
    virtual FieldErrors check() const = 0;
    void showErrors(const FieldErrors& errors, const QString& message = {});

    QWidget* field(const QString& key) const { return m_fields.value(key); }
    QLabel* errorLabel(const QString& key) const { return m_errors.value(key); }
    QLabel* messageLabel() const { return m_message; }
    QDialogButtonBox* buttons() const { return m_buttons; }

protected:
    // Adds a labelled field with its problem line under it; the label's text (without & and
    // :) becomes the field's accessible name.
    void addRow(const QString& key, const QString& label, QWidget* field);
    // Puts the form, the message and the buttons in place; call once the rows are added.
    void finishLayout();
    // The reasons core and the server give, in the user's language where we know them.
    static QString reasonDisplay(const QString& reason);

private:
    void submit();

    QHash<QString, QWidget*> m_fields;
    QHash<QString, QLabel*> m_errors;
    QFormLayout* m_form;
    QLabel* m_message;
    QDialogButtonBox* m_buttons;
    Outbox* m_outbox = nullptr;
    Queue m_queue;
};

} // namespace purser
