#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace purser::server {

// Which audit entries a personal-data export holds (docs/api.md, Personal data): the one
// place that rule lives. An entry is the person's when
//   - it is about them: its entity is their employee record, one of their claims or receipts
//     (live, or named as theirs in the history: a deleted draft is still theirs),
//     their user or membership (entity_id = their user id), one of their API keys or an
//     invitation to their address; or
//   - they made it (actor = their user or one of their API keys) and its entity is not
//     another person's record: sign-ins and sessions, their own records, and the
//     organisation's records (payroll runs, settings, checkpoints, encryption keys).
// What they made about other people's records (another employee, claim, receipt, member,
// invitation or API key, or an entity kind this rule does not know) is the other people's
// data: withheld, and only counted. Disclosures are the exports of their data.
class PersonalAuditScope
{
public:
    static QString exportAction() { return QStringLiteral("export_personal_data"); }
    static constexpr int kDisclosureDays = 365;

    struct Subject
    {
        QString employeeId;
        std::optional<QString> userId; // the linked account, if any
        QSet<QString> claimIds;
        QSet<QString> receiptIds;
        QSet<QString> apiKeyIds;     // keys the linked account created in this organisation
        QSet<QString> invitationIds; // to their account's or their record's address

        // Their claims and receipts, live or deleted, as the history names them: a claim entry
        // whose changes give their employee id as the claim's employee_id (the create entry
        // does), a receipt upload whose changes give one of their claims as claim_id. Entries
        // in seq order, so a claim is known before its receipts.
        void addRecordsNamedIn(const QJsonObject& entry);
    };

    enum class Relation
    {
        Unrelated,
        AboutThem,
        TheirOwn,          // made by them, about themselves or the organisation
        AboutOthersByThem, // made by them about another person's record: withheld
    };

    struct Entries
    {
        QJsonArray entries; // in seq order
        qint64 withheld = 0;
        QJsonArray disclosures; // exports of their data within kDisclosureDays
    };

    explicit PersonalAuditScope(Subject subject) : m_subject(std::move(subject)) {}

    Relation classify(const QJsonObject& entry) const;
    // True for an export of this person's data that occurred at most kDisclosureDays before
    // `at`.
    bool isDisclosure(const QJsonObject& entry, const QDateTime& at) const;

    // Reads the organisation's entries that may concern the person (inside the caller's
    // Transaction) and sorts them by classify(). Throws StoreError.
    Entries read(QSqlDatabase db, const QString& orgId, const QDateTime& generatedAt) const;

private:
    // The subject with the claims and receipts the organisation's history names as theirs.
    Subject withRecordsFromHistory(QSqlDatabase db, const QString& orgId) const;
    bool isTheirEntity(const QString& type, const QString& id) const;

    Subject m_subject;
};

} // namespace purser::server
