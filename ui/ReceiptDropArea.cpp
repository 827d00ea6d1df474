#include "ui/ReceiptDropArea.h"

#include "core/FileType.h"
#include "ui/TestHooks.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMimeData>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace purser {

namespace {
constexpr int pathRole = Qt::UserRole + 1;
constexpr int refusedRole = Qt::UserRole + 2;

QStringList localFiles(const QMimeData* mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls()) {
        return paths;
    }
    for (const QUrl& url : mime->urls()) {
        if (url.isLocalFile()) {
            paths << url.toLocalFile();
        }
    }
    return paths;
}
} // namespace

ReceiptDropArea::ReceiptDropArea(QWidget* parent)
    : QFrame(parent), m_hint(new QLabel(this)), m_list(new QListWidget(this)),
      m_add(new QPushButton(tr("&Add receipts…"), this))
{
    setAcceptDrops(true);
    setFrameShape(QFrame::StyledPanel);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Receipt drop area"));
    setAccessibleDescription(tr("Drop PDF, JPEG, PNG or WEBP receipts here"));
    m_hint->setText(acceptingHint());
    m_hint->setWordWrap(true);
    m_hint->setAlignment(Qt::AlignCenter);
    m_list->setAccessibleName(tr("Receipt files"));
    m_list->setMaximumHeight(120);
    m_add->setIcon(QIcon(QStringLiteral(":/icons/receipt.svg")));
    connect(m_add, &QPushButton::clicked, this, &ReceiptDropArea::chooseFiles);
    auto* top = new QHBoxLayout;
    top->addWidget(m_hint, 1);
    top->addWidget(m_add);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_list, 1);
}

void ReceiptDropArea::chooseFiles()
{
    if (!m_accepting) {
        return;
    }
    const QStringList paths = TestHooks::openFileNames(
        this, tr("Add receipts"), tr("Receipts (*.pdf *.jpg *.jpeg *.png *.webp);;All files (*)"));
    if (!paths.isEmpty()) {
        offerFiles(paths);
    }
}

void ReceiptDropArea::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter ||
        event->key() == Qt::Key_Space) {
        chooseFiles();
        return;
    }
    QFrame::keyPressEvent(event);
}

QString ReceiptDropArea::acceptingHint() const
{
    return tr("Drop receipts here (PDF, JPEG, PNG, WEBP; up to %1 each)")
        .arg(QLocale().formattedDataSize(m_maxBytes));
}

void ReceiptDropArea::setLimit(qint64 maxBytes)
{
    m_maxBytes = maxBytes;
    if (m_accepting) {
        m_hint->setText(acceptingHint());
    }
}

void ReceiptDropArea::setEnabledForDrops(bool enabled, const QString& why)
{
    m_accepting = enabled;
    m_add->setEnabled(enabled);
    m_hint->setText(enabled ? acceptingHint() : why);
}

QString ReceiptDropArea::refusalFor(const QString& path) const
{
    const QFileInfo info(path);
    if (!info.isFile()) {
        return tr("not a file");
    }
    if (info.size() > m_maxBytes) {
        return tr("too large: %1, the limit is %2")
            .arg(QLocale().formattedDataSize(info.size()), QLocale().formattedDataSize(m_maxBytes));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return tr("cannot be read");
    }
    if (!FileType::sniff(file.read(FileType::sniffLength))) {
        return tr("not a PDF, JPEG, PNG or WEBP file (checked by content)");
    }
    return {};
}

QStringList ReceiptDropArea::offerFiles(const QStringList& paths)
{
    QStringList accepted;
    for (const QString& path : paths) {
        const QString reason = refusalFor(path);
        const QString name = QFileInfo(path).fileName();
        auto* item = new QListWidgetItem(m_list);
        item->setData(pathRole, path);
        if (reason.isEmpty()) {
            item->setText(tr("%1 — queued").arg(name));
            accepted << path;
        } else {
            item->setText(tr("%1 — refused: %2").arg(name, reason));
            item->setData(refusedRole, true);
            item->setForeground(palette().brush(QPalette::PlaceholderText));
        }
    }
    if (!accepted.isEmpty()) {
        Q_EMIT filesAccepted(accepted);
    }
    return accepted;
}

void ReceiptDropArea::setProgress(const QString& path, int percent, const QString& state)
{
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem* item = m_list->item(row);
        if (item->data(pathRole).toString() == path && !item->data(refusedRole).toBool()) {
            item->setText(tr("%1 — %2 (%3%)").arg(QFileInfo(path).fileName(), state).arg(percent));
        }
    }
}

QStringList ReceiptDropArea::refusedLines() const
{
    QStringList lines;
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(refusedRole).toBool()) {
            lines << m_list->item(row)->text();
        }
    }
    return lines;
}

void ReceiptDropArea::dragEnterEvent(QDragEnterEvent* event)
{
    if (m_accepting && !localFiles(event->mimeData()).isEmpty()) {
        event->acceptProposedAction();
    } else {
        event->ignore();
    }
}

void ReceiptDropArea::dragMoveEvent(QDragMoveEvent* event)
{
    if (m_accepting && !localFiles(event->mimeData()).isEmpty()) {
        event->acceptProposedAction();
    }
}

void ReceiptDropArea::dropEvent(QDropEvent* event)
{
    const QStringList paths = localFiles(event->mimeData());
    if (!m_accepting || paths.isEmpty()) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    offerFiles(paths);
}

} // namespace purser
