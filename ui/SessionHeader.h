#pragma once

#include <QWidget>

class QLabel;

namespace purser {

class Session;

// The strip at the top of the main window: which organisation, who is signed in, as what.
class SessionHeader : public QWidget
{
    Q_OBJECT
public:
    explicit SessionHeader(QWidget* parent = nullptr);

    void showSession(const Session& session);
    QString organizationText() const;
    QString userText() const;

private:
    QLabel* m_organization;
    QLabel* m_user;
};

} // namespace purser
