#include "ui/ReceiptList.h"

#include "core/FileType.h"
#include "net/ApiClient.h"
#include "ui/TestHooks.h"

#include <QDialog>
#include <QFile>
#include <QHBoxLayout>
#include <QImage>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QLoggingCategory>
#include <QPixmap>
#include <QPushButton>
#include <QScrollArea>
#include <QTemporaryDir>
#include <QUrl>
#include <QVBoxLayout>

namespace purser {

namespace {
Q_LOGGING_CATEGORY(lcReceipts, "purser.ui.receipts")
constexpr int receiptIdRole = Qt::UserRole + 1;
constexpr int fileNameRole = Qt::UserRole + 2;
} // namespace

ReceiptList::ReceiptList(ApiClient* api, const QString& organizationId, QWidget* parent)
    : QWidget(parent), m_api(api), m_organizationId(organizationId), m_list(new QListWidget(this)),
      m_open(new QPushButton(tr("&Open receipt"), this)), m_state(new QLabel(this))
{
    m_list->setAccessibleName(tr("Receipts of the selected claim"));
    m_list->setMaximumHeight(70);
    m_open->setIcon(QIcon(QStringLiteral(":/icons/receipt.svg")));
    m_state->setWordWrap(true);
    auto* buttons = new QVBoxLayout;
    buttons->addWidget(m_open);
    buttons->addStretch(1);
    auto* top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_list, 1);
    top->addLayout(buttons);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Receipts:"), this));
    layout->addLayout(top);
    layout->addWidget(m_state);
    connect(m_open, &QPushButton::clicked, this, &ReceiptList::openSelected);
    connect(m_list, &QListWidget::itemActivated, this, &ReceiptList::openSelected);
    connect(m_list, &QListWidget::currentRowChanged, this,
            [this](int row) { m_open->setEnabled(row >= 0 && m_api); });
    setClaim({});
}

ReceiptList::~ReceiptList() = default;

void ReceiptList::setClaim(const QJsonObject& claim)
{
    m_claimId = claim.value(QStringLiteral("id")).toString();
    m_list->clear();
    m_state->clear();
    for (const QJsonValue& value : claim.value(QStringLiteral("receipts")).toArray()) {
        const QJsonObject receipt = value.toObject();
        const QString name = receipt.value(QStringLiteral("filename")).toString();
        auto* item = new QListWidgetItem(
            tr("%1 (%2)").arg(name, QLocale().formattedDataSize(
                                        receipt.value(QStringLiteral("size")).toInteger())),
            m_list);
        item->setData(receiptIdRole, receipt.value(QStringLiteral("id")).toString());
        item->setData(fileNameRole, name);
    }
    if (m_list->count() > 0) {
        m_list->setCurrentRow(0);
    }
    m_open->setEnabled(m_list->count() > 0 && m_api);
}

QString ReceiptList::stateText() const
{
    return m_state->text();
}

void ReceiptList::openSelected()
{
    const QListWidgetItem* item = m_list->currentItem();
    if (!item || !m_api) {
        return;
    }
    const QString fileName = item->data(fileNameRole).toString();
    const QString path =
        QStringLiteral("/orgs/%1/claims/%2/receipts/%3")
            .arg(
                QString::fromLatin1(QUrl::toPercentEncoding(m_organizationId)),
                QString::fromLatin1(QUrl::toPercentEncoding(m_claimId)),
                QString::fromLatin1(QUrl::toPercentEncoding(item->data(receiptIdRole).toString())));
    m_state->setText(tr("Opening %1…").arg(fileName));
    m_open->setEnabled(false);
    m_api->download(this, path, [this, fileName](const ApiResponse& response) {
        m_open->setEnabled(m_list->currentRow() >= 0);
        if (!response.ok()) {
            // Receipts are not kept offline: they open while the server answers.
            m_state->setText(tr("Cannot open %1: %2").arg(fileName, response.error.message));
            return;
        }
        show(response.raw, fileName);
    });
}

void ReceiptList::show(const QByteArray& bytes, const QString& fileName)
{
    const auto type = FileType::sniff(bytes.left(FileType::sniffLength));
    if (!type) {
        m_state->setText(tr("%1 is not a PDF, JPEG, PNG or WEBP file.").arg(fileName));
        return;
    }
    if (*type != ReceiptType::Pdf) {
        const QImage image = QImage::fromData(bytes);
        if (image.isNull()) {
            m_state->setText(tr("%1 cannot be shown: the picture is damaged.").arg(fileName));
            return;
        }
        showImage(image, fileName); // from memory: an image never touches the disk
        m_state->clear();
        Q_EMIT receiptShown(fileName, true);
        return;
    }
    // The system viewer needs a file: a private folder (0700) only this user can read.
    if (!m_files) {
        m_files = std::make_unique<QTemporaryDir>();
    }
    QFile file(m_files->filePath(QStringLiteral("receipt-%1.pdf").arg(m_list->currentRow() + 1)));
    if (!m_files->isValid() || !file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        file.write(bytes) != bytes.size()) {
        m_state->setText(tr("Cannot keep %1 for the PDF viewer.").arg(fileName));
        return;
    }
    file.close();
    qCInfo(lcReceipts) << "receipt handed to the system PDF viewer";
    if (!TestHooks::openUrl(QUrl::fromLocalFile(file.fileName()))) {
        m_state->setText(tr("No PDF viewer could open %1.").arg(fileName));
        return;
    }
    m_state->clear();
    Q_EMIT receiptShown(fileName, false);
}

void ReceiptList::showImage(const QImage& image, const QString& fileName)
{
    auto* dialog = new QDialog(window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("receiptImageDialog"));
    dialog->setWindowTitle(tr("Receipt — %1").arg(fileName));
    auto* label = new QLabel(dialog);
    label->setPixmap(QPixmap::fromImage(image));
    label->setAccessibleName(tr("Receipt image %1").arg(fileName));
    auto* scroll = new QScrollArea(dialog);
    scroll->setWidget(label);
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(scroll);
    dialog->resize(qMin(image.width() + 40, 900), qMin(image.height() + 40, 900));
    dialog->show();
}

} // namespace purser
