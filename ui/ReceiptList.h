#pragma once

#include <QJsonObject>
#include <QWidget>
#include <memory>

class QImage;
class QLabel;
class QListWidget;
class QPushButton;
class QTemporaryDir;

namespace purser {

class ApiClient;

// The receipts of the selected claim, and opening one: it is downloaded from the server into
// memory and shown in the app when it is an image; a PDF goes to the system viewer through a
// file in a private temporary folder (owner-only, removed when the view goes). The type is
// decided by content (core FileType), never by the name or the declared type.
class ReceiptList : public QWidget
{
    Q_OBJECT
public:
    ReceiptList(ApiClient* api, const QString& organizationId, QWidget* parent = nullptr);
    ~ReceiptList() override;

    void setClaim(const QJsonObject& claim);

    QListWidget* list() const { return m_list; }
    QPushButton* openButton() const { return m_open; }
    QString stateText() const;

    void openSelected();

Q_SIGNALS:
    // After a receipt was shown: in the app (an image) or handed to the system viewer.
    void receiptShown(const QString& fileName, bool inApp);

private:
    void show(const QByteArray& bytes, const QString& fileName);
    void showImage(const QImage& image, const QString& fileName);

    ApiClient* m_api;
    QString m_organizationId;
    QString m_claimId;
    QListWidget* m_list;
    QPushButton* m_open;
    QLabel* m_state;
    std::unique_ptr<QTemporaryDir> m_files;
};

} // namespace purser
