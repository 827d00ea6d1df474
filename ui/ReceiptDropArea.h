#pragma once

#include <QFrame>
#include <QStringList>

class QLabel;
class QListWidget;

namespace purser {

// Accepts receipt files dragged from the file manager (several at once). Each file is checked
// at once with core FileType (content, not name) and against the organisation's size limit;
// refused files are listed with the reason, accepted ones are handed on with
// filesAccepted(). Per-file progress is shown in the list as uploads report it.
class ReceiptDropArea : public QFrame
{
    Q_OBJECT
public:
    explicit ReceiptDropArea(QWidget* parent = nullptr);

    void setLimit(qint64 maxBytes) { m_maxBytes = maxBytes; }
    void setEnabledForDrops(bool enabled, const QString& why);

    // Checks files as a drop would; returns the accepted ones. Public for the "Add files…"
    // button, which shares the checks.
    QStringList offerFiles(const QStringList& paths);
    // Why a file is refused, in plain words; empty when accepted.
    QString refusalFor(const QString& path) const;
    void setProgress(const QString& path, int percent, const QString& state);

    QListWidget* list() const { return m_list; }
    QStringList refusedLines() const;

Q_SIGNALS:
    void filesAccepted(const QStringList& paths);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    QLabel* m_hint;
    QListWidget* m_list;
    qint64 m_maxBytes = 5 * 1024 * 1024;
    bool m_accepting = true;
};

} // namespace purser
