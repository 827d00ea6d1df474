#pragma once

#include <QFrame>
#include <QStringList>

class QLabel;
class QListWidget;
class QPushButton;

namespace purser {

// Accepts receipt files dragged from the file manager (several at once). Each file is checked
// at once with core FileType (content, not name) and against the organisation's size limit;
// refused files are listed with the reason, accepted ones are handed on with
// filesAccepted(). Per-file progress is shown in the list as uploads report it. Without a
// mouse: "Add receipts…" (or Return/Space on the focused area) picks files with the same checks.
class ReceiptDropArea : public QFrame
{
    Q_OBJECT
public:
    explicit ReceiptDropArea(QWidget* parent = nullptr);

    // The organisation's upload_max_bytes (synced into the offline data).
    void setLimit(qint64 maxBytes);
    qint64 limit() const { return m_maxBytes; }
    void setEnabledForDrops(bool enabled, const QString& why);

    // Checks files as a drop would; returns the accepted ones. Public for the "Add files…"
    // button, which shares the checks.
    QStringList offerFiles(const QStringList& paths);
    // Why a file is refused, in plain words; empty when accepted.
    QString refusalFor(const QString& path) const;
    void setProgress(const QString& path, int percent, const QString& state);

    QListWidget* list() const { return m_list; }
    QPushButton* addButton() const { return m_add; }
    // The file picker (through TestHooks), then the same checks as a drop.
    void chooseFiles();
    QStringList refusedLines() const;

Q_SIGNALS:
    void filesAccepted(const QStringList& paths);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    QString acceptingHint() const;

    QLabel* m_hint;
    QListWidget* m_list;
    QPushButton* m_add;
    qint64 m_maxBytes = 5 * 1024 * 1024;
    bool m_accepting = true;
};

} // namespace purser
