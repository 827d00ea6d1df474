#pragma once

#include "core/Money.h"
#include "server/store/SqlValues.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QStringList>
#include <optional>

namespace purser::server {

struct Receipt
{
    QString id;
    QString claimId;
    QString employeeId;
    QString storageName; // the uuid file name under uploads/{org}/{employee}/
    QString filename;    // sanitised client name, metadata only
    QString contentType; // sniffed
    qint64 size = 0;
    QString sha256;
    QString uploadedBy;
    QDateTime uploadedAt;
    // The file's own key (never in an answer); the database keeps it sealed. Loaded only by
    // ClaimStore::receipt(); empty when it failed its integrity check.
    QByteArray fileKey;

    QJsonObject toJson() const;
};

struct Claim
{
    QString id;
    QString employeeId;
    std::optional<QString> employeeUserId; // the claimant's user (not stored; joined)
    QString category;
    QString description;
    Money amount;
    QDate incurredOn;
    QString status = QStringLiteral("draft");
    QString createdBy;
    std::optional<QString> submittedBy;
    std::optional<QString> reviewedBy;
    std::optional<QString> reviewNote;
    std::optional<QDateTime> paidAt;
    qint64 version = 1;
    QDateTime updatedAt;
    QList<Receipt> receipts;

    static const QStringList& categories();
    QJsonObject toJson() const;
};

// Claims and their receipts, one organisation at a time. Throws StoreError.
class ClaimStore
{
public:
    explicit ClaimStore(QSqlDatabase db) : m_db(std::move(db)) {}

    struct Page
    {
        QList<Claim> items;
        QStringList deleted;
        qint64 lastSeq = 0;
        bool hasMore = false;
    };
    // onlyUserId: only claims whose employee record belongs to that user.
    Page changesSince(const QString& orgId, qint64 since, int limit,
                      const std::optional<QString>& onlyUserId);
    std::optional<Claim> byId(const QString& orgId, const QString& id,
                              sql::RowLock lock = sql::RowLock::None);
    // Every claim of one employee with its receipts, oldest first (a personal-data export).
    QList<Claim> ofEmployee(const QString& orgId, const QString& employeeId);
    void insert(const QString& orgId, const Claim& claim, qint64 changeSeq);
    void update(const QString& orgId, const Claim& claim, qint64 changeSeq);
    void remove(const QString& orgId, const Claim& claim, qint64 changeSeq);

    void insertReceipt(const QString& orgId, const Receipt& receipt);
    std::optional<Receipt> receipt(const QString& orgId, const QString& claimId,
                                   const QString& receiptId);
    // True when a receipt row names this storage file (start-up recovery; any organisation).
    bool storageNameRecorded(const QString& storageName);

private:
    void loadReceipts(const QString& orgId, QList<Claim*> claims);
    QSqlDatabase m_db;
};

} // namespace purser::server
