#include "ui/OutboxFormDialog.h"

#include "ui/OutboxDelivery.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace purser {

OutboxFormDialog::OutboxFormDialog(QWidget* parent)
    : QDialog(parent), m_form(new QFormLayout), m_message(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Problems"));
    m_buttons->button(QDialogButtonBox::Save)->setAccessibleName(tr("Save"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &OutboxFormDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void OutboxFormDialog::finishLayout()
{
    setMinimumWidth(480); // a field's problem fits on one line beside it
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
}

QString OutboxFormDialog::reasonDisplay(const QString& reason)
{
    if (reason.startsWith(u"required")) {
        return tr("Required.");
    }
    if (reason.startsWith(u"must be a date")) {
        return tr("A date as YYYY-MM-DD.");
    }
    if (reason == u"must be an email address") {
        return tr("An email address.");
    }
    if (reason == u"already in use") {
        return tr("Already in use in this organisation.");
    }
    if (reason.startsWith(u"must not be before")) {
        return tr("Too early: %1.").arg(reason);
    }
    if (reason == u"at most 200 characters") {
        return tr("At most 200 characters.");
    }
    if (reason == u"must not be negative") {
        return tr("Not negative.");
    }
    if (reason == u"starts like a spreadsheet formula") {
        return tr("Must not start with =, +, -, @, a tab or a line break.");
    }
    if (reason.startsWith(u"must not contain control characters")) {
        return tr("No tabs, line breaks or other control characters.");
    }
    static const QRegularExpression spelled(
        QStringLiteral(R"re(^spelled "(.*)" in this organisation$)re"));
    if (const auto match = spelled.match(reason); match.hasMatch()) {
        return tr("Written \"%1\" in this organisation.").arg(match.captured(1));
    }
    return reason; // the server's own words
}

void OutboxFormDialog::addRow(const QString& key, const QString& label, QWidget* field)
{
    auto* error = new QLabel(this);
    error->setWordWrap(true);
    error->setVisible(false);
    error->setForegroundRole(QPalette::Link);
    QString plain = label;
    plain.remove(u'&').remove(u':');
    field->setAccessibleName(plain);
    error->setAccessibleName(tr("Problem with %1").arg(plain));
    auto* cell = new QWidget(this);
    auto* column = new QVBoxLayout(cell);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addWidget(field);
    column->addWidget(error);
    auto* title = new QLabel(label, this);
    title->setBuddy(field);
    m_form->addRow(title, cell);
    m_fields.insert(key, field);
    m_errors.insert(key, error);
}

void OutboxFormDialog::showErrors(const FieldErrors& errors, const QString& message)
{
    QWidget* first = nullptr;
    int firstRow = -1;
    QStringList elsewhere;
    const QJsonObject all = errors.toJson();
    for (auto it = m_errors.begin(); it != m_errors.end(); ++it) {
        const bool bad = errors.contains(it.key());
        it.value()->setText(bad ? reasonDisplay(errors.reason(it.key())) : QString());
        it.value()->setVisible(bad);
        int row = -1;
        QFormLayout::ItemRole role;
        m_form->getWidgetPosition(it.value()->parentWidget(), &row, &role);
        if (bad && (!first || row < firstRow)) {
            first = m_fields.value(it.key());
            firstRow = row;
        }
    }
    for (auto it = all.begin(); it != all.end(); ++it) {
        if (!m_errors.contains(it.key())) {
            elsewhere << it.key() + QStringLiteral(": ") + reasonDisplay(it.value().toString());
        }
    }
    QString text = message;
    if (!elsewhere.isEmpty()) {
        text += (text.isEmpty() ? QString() : QStringLiteral("\n")) + elsewhere.join(u'\n');
    }
    m_message->setText(text);
    adjustSize(); // room for the problem lines that appeared
    if (first) {
        first->setFocus(Qt::OtherFocusReason);
    }
}

void OutboxFormDialog::setQueue(Outbox* outbox, Queue queue)
{
    m_outbox = outbox;
    m_queue = std::move(queue);
}

void OutboxFormDialog::submit()
{
    const FieldErrors errors = check();
    showErrors(errors);
    if (!errors.isEmpty()) {
        return;
    }
    const QJsonObject body = this->body();
    if (body.isEmpty() || !m_queue) {
        body.isEmpty() ? reject() : accept(); // nothing changed / nothing to queue into
        return;
    }
    const auto id = m_queue(body);
    if (!id) {
        m_message->setText(tr("The change could not be written to the offline data."));
        return;
    }
    if (!m_outbox) {
        accept();
        return;
    }
    setEnabled(false);
    m_message->setText(tr("Sending…"));
    auto* delivery = new OutboxDelivery(m_outbox, *id, this);
    connect(delivery, &OutboxDelivery::delivered, this, [this, delivery]() {
        delivery->deleteLater();
        setEnabled(true);
        accept();
    });
    connect(delivery, &OutboxDelivery::deferred, this, [this, delivery]() {
        delivery->deleteLater();
        setEnabled(true);
        accept(); // it waits in the outbox and goes out once, when the server answers again
    });
    connect(delivery, &OutboxDelivery::refused, this,
            [this, delivery](const QString& message, const FieldErrors& fields) {
                delivery->deleteLater();
                setEnabled(true);
                showErrors(fields, fields.isEmpty() ? message : tr("The server refused it."));
            });
    delivery->start();
}

} // namespace purser
