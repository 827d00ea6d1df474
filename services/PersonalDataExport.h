#pragma once

#include "net/ApiError.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <memory>

namespace purser {

class ApiClient;
class ExportFolder;

// Answers an access request (issue 18, docs/privacy.md): asks the server for the person's
// signed document (POST .../employees/{id}/personal-data-export), fetches each receipt and
// checks it against its sha256 in the document, writes person.json, signature.note,
// audit-proofs.json, receipts/, summary.pdf and manifest.json into a staging folder, checks
// that folder with PersonalDataVerifier and only then renames it into place. A failure leaves
// no folder and a message in plain words. One export per object; the window and
// `purser export-person` both run it.
class PersonalDataExport : public QObject
{
    Q_OBJECT
public:
    struct Counts
    {
        int payslips = 0;
        int claims = 0;
        int receipts = 0;
        int auditEntries = 0;
        int disclosures = 0;
    };
    struct Result
    {
        bool ok = false;
        bool refused = false; // the server said no (403): the role may not export
        bool notFound = false;
        ApiError error;  // the request's error, when there was one
        QString message; // plain words: what was written, or why nothing was
        QString folder;
        QString fingerprint;  // the key that signed the export
        bool trusted = false; // that key is among the trusted ones
        Counts counts;
    };

    // api is not owned and must outlive this object.
    explicit PersonalDataExport(ApiClient* api, QObject* parent = nullptr);
    ~PersonalDataExport() override;

    // employee: the id, or an employee number (looked up in the organisation's list).
    // trustedFingerprints: the keys the result is checked against (pinned keys, typically).
    void start(const QString& organizationId, const QString& employee, const QString& folder,
               const QStringList& trustedFingerprints, const QLocale& locale = QLocale());

    // What the counts say, in words ("3 payslips, 2 claims, …").
    static QString describe(const Counts& counts);

Q_SIGNALS:
    // done of total steps (the request, each receipt, the summary, the check); step in words.
    void progress(int done, int total, const QString& step);
    void finished(const purser::PersonalDataExport::Result& result);

private:
    void findByNumber(const QString& number, const QString& cursor);
    void requestDocument(const QString& employeeId);
    void onDocument(const QJsonObject& answer);
    void fetchNextReceipt();
    void writeRest();
    void fail(const QString& message, const ApiError& error = {});
    void report(const QString& step);

    ApiClient* m_api;
    QString m_org;
    QString m_target;
    QStringList m_trusted;
    QLocale m_locale;
    std::unique_ptr<ExportFolder> m_folder;
    QJsonObject m_document;
    QJsonObject m_answer;
    QJsonArray m_pendingReceipts;           // [{claim_id, receipt}]
    QHash<QString, QString> m_receiptNames; // receipt id → file name in receipts/
    QSet<QString> m_usedNames;              // lower-cased, for unique names
    int m_done = 0;
    int m_total = 0;
    Counts m_counts;
};

} // namespace purser
