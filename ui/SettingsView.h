#pragma once

#include "ui/WorkspaceView.h"

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace purser {

// The client's own settings: the server and its pinned certificate (view, forget), where the
// cache key lives, language, sync interval, and the offline data (size, remove).
class SettingsView : public WorkspaceView
{
    Q_OBJECT
public:
    explicit SettingsView(const Workspace& workspace, QWidget* parent = nullptr);

    void reload() override;

    QComboBox* language() const { return m_language; }
    QSpinBox* syncInterval() const { return m_interval; }
    QLabel* fingerprint() const { return m_fingerprint; }
    QLabel* offlineSize() const { return m_size; }

    static QString languageKey() { return QStringLiteral("ui/language"); }
    static QString syncIntervalKey() { return QStringLiteral("sync/intervalMinutes"); }

Q_SIGNALS:
    void offlineDataRemovalRequested();

private:
    QString hostPort() const;

    QLabel* m_server;
    QLabel* m_fingerprint;
    QPushButton* m_forget;
    QLabel* m_keychain;
    QComboBox* m_language;
    QSpinBox* m_interval;
    QLabel* m_size;
    QPushButton* m_remove;
};

} // namespace purser
