#include "services/PersonalDataSummary.h"

#include "core/Money.h"
#include "core/Rfc3339.h"
#include "services/HtmlPdf.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QTimeZone>

namespace purser {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("purser::PersonalDataSummary", text);
}

QString escaped(const QString& text)
{
    return text.toHtmlEscaped();
}

// The words for the values the API spells as identifiers (status, type, category, role).
QString word(const QString& value)
{
    static const QHash<QString, const char*> words = {
        {QStringLiteral("active"), QT_TRANSLATE_NOOP("purser::PersonalDataSummary", "Active")},
        {QStringLiteral("on_leave"), QT_TRANSLATE_NOOP("purser::PersonalDataSummary", "On leave")},
        {QStringLiteral("terminated"),
         QT_TRANSLATE_NOOP("purser::PersonalDataSummary", "Terminated")},
        {QStringLiteral("full_time"),
         QT_TRANSLATE_NOOP("purser::PersonalDataSummary", "Full time")},
        {QStringLiteral("part_time"),
         QT_TRANSLATE_NOOP("purser::PersonalDataSummary", "Part time")},
        {QStringLiteral("contract"), QT_TRANSLATE_NOOP("purser::PersonalDataSummary", "Contract")},
        {QStringLiteral("intern"), QT_TRANSLATE_NOOP("purser::PersonalDataSummary", "Intern")},
        {QStringLiteral("draft"), QT_TRANSLATE_NOOP("purser::PersonalDataSummary", "Draft")},
        {QStringLiteral("submitted"),
         QT_TRANSLATE_NOOP("purser::PersonalDataSummary", "Submitted")},
        {QStringLiteral("approved"), QT_TRANSLATE_NOOP("purser::PersonalDataSummary", "Approved")},
        {QStringLiteral("rejected"), QT_TRANSLATE_NOOP("purser::PersonalDataSummary", "Rejected")},
        {QStringLiteral("paid"), QT_TRANSLATE_NOOP("purser::PersonalDataSummary", "Paid")},
        {QStringLiteral("travel"), QT_TRANSLATE_NOOP("purser::PersonalDataSummary", "Travel")},
        {QStringLiteral("meals"), QT_TRANSLATE_NOOP("purser::PersonalDataSummary", "Meals")},
        {QStringLiteral("equipment"),
         QT_TRANSLATE_NOOP("purser::PersonalDataSummary", "Equipment")},
        {QStringLiteral("training"), QT_TRANSLATE_NOOP("purser::PersonalDataSummary", "Training")},
        {QStringLiteral("medical"), QT_TRANSLATE_NOOP("purser::PersonalDataSummary", "Medical")},
        {QStringLiteral("other"), QT_TRANSLATE_NOOP("purser::PersonalDataSummary", "Other")},
        {QStringLiteral("owner"), QT_TRANSLATE_NOOP("purser::PersonalDataSummary", "Owner")},
        {QStringLiteral("admin"), QT_TRANSLATE_NOOP("purser::PersonalDataSummary", "Admin")},
        {QStringLiteral("hr"), QT_TRANSLATE_NOOP("purser::PersonalDataSummary", "HR")},
        {QStringLiteral("finance"), QT_TRANSLATE_NOOP("purser::PersonalDataSummary", "Finance")},
        {QStringLiteral("auditor"), QT_TRANSLATE_NOOP("purser::PersonalDataSummary", "Auditor")},
        {QStringLiteral("member"), QT_TRANSLATE_NOOP("purser::PersonalDataSummary", "Member")},
    };
    const auto it = words.constFind(value);
    if (it != words.cend()) {
        return tr(it.value());
    }
    QString text = value;
    return text.replace(u'_', u' ');
}

class Page
{
public:
    explicit Page(const QLocale& locale) : m_locale(locale) {}

    QString date(const QJsonValue& value) const
    {
        const auto day = fromIsoDate(value.toString());
        return day ? m_locale.toString(*day, QLocale::LongFormat) : QString();
    }
    QString time(const QJsonValue& value) const
    {
        const auto at = fromRfc3339(value.toString());
        return at ? m_locale.toString(at->toLocalTime(), QLocale::ShortFormat) : QString();
    }
    QString money(const QJsonValue& value) const
    {
        const auto amount = Money::fromJson(value);
        return amount ? amount->toDisplayString(m_locale) : QString();
    }

    void heading(const QString& text)
    {
        m_html += QStringLiteral("<h3>%1</h3>").arg(escaped(text));
    }
    void paragraph(const QString& text)
    {
        m_html += QStringLiteral("<p>%1</p>").arg(escaped(text));
    }
    // A two-column table of label and value; empty values are left out.
    void fields(const QList<QPair<QString, QString>>& rows)
    {
        m_html += QStringLiteral("<table cellpadding=\"2\">");
        for (const auto& [label, value] : rows) {
            if (!value.isEmpty()) {
                m_html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                              .arg(escaped(label), escaped(value));
            }
        }
        m_html += QStringLiteral("</table>");
    }
    void table(const QStringList& header, const QList<QStringList>& rows, const QString& none)
    {
        if (rows.isEmpty()) {
            paragraph(none);
            return;
        }
        m_html += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" "
                                 "cellpadding=\"3\"><tr>");
        for (const QString& cell : header) {
            m_html += QStringLiteral("<th align=\"left\">%1</th>").arg(escaped(cell));
        }
        m_html += QStringLiteral("</tr>");
        for (const QStringList& row : rows) {
            m_html += QStringLiteral("<tr>");
            for (const QString& cell : row) {
                m_html += QStringLiteral("<td>%1</td>").arg(escaped(cell));
            }
            m_html += QStringLiteral("</tr>");
        }
        m_html += QStringLiteral("</table>");
    }
    void raw(const QString& html) { m_html += html; }
    QString html() const { return QStringLiteral("<html><body>%1</body></html>").arg(m_html); }

private:
    QLocale m_locale;
    QString m_html;
};

QString text(const QJsonObject& object, const char* key)
{
    return object.value(QLatin1String(key)).toString();
}

QList<QStringList> auditRows(const Page& page, const QJsonArray& entries)
{
    QList<QStringList> rows;
    for (const QJsonValue& value : entries) {
        const QJsonObject entry = value.toObject();
        rows.append({page.time(entry.value(QStringLiteral("occurred_at"))),
                     text(entry.value(QStringLiteral("actor")).toObject(), "display"),
                     text(entry, "summary")});
    }
    return rows;
}

} // namespace

QString PersonalDataSummary::html(const QJsonObject& document,
                                  const QHash<QString, QString>& receiptNames,
                                  const QLocale& locale)
{
    Page page(locale);
    const QJsonObject employee = document.value(QStringLiteral("employee")).toObject();
    const QJsonObject organization = document.value(QStringLiteral("organization")).toObject();
    const QJsonObject request = document.value(QStringLiteral("request")).toObject();
    page.raw(QStringLiteral("<h2>%1</h2>")
                 .arg(escaped(tr("Personal data of %1").arg(text(employee, "full_name")))));
    page.paragraph(
        tr("Held by %1. Exported %2 at the request of %3.")
            .arg(text(organization, "name"),
                 page.time(document.value(QStringLiteral("generated_at"))),
                 text(request.value(QStringLiteral("requested_by")).toObject(), "display")));
    page.paragraph(tr("This summary is for reading. The signed record is person.json in the same "
                      "folder; \"purser verify-person-export\" checks it."));

    page.heading(tr("Employee record"));
    page.fields({{tr("Name"), text(employee, "full_name")},
                 {tr("Employee number"), text(employee, "employee_no")},
                 {tr("Email"), text(employee, "email")},
                 {tr("Department"), text(employee, "department")},
                 {tr("Position"), text(employee, "position")},
                 {tr("Employment type"), word(text(employee, "employment_type"))},
                 {tr("Status"), word(text(employee, "status"))},
                 {tr("Start date"), page.date(employee.value(QStringLiteral("start_date")))},
                 {tr("End date"), page.date(employee.value(QStringLiteral("end_date")))},
                 {tr("National ID"), text(employee, "national_id")},
                 {tr("Bank"), text(employee, "bank_name")},
                 {tr("Bank account"), text(employee, "bank_account")},
                 {tr("Base salary"), page.money(employee.value(QStringLiteral("base_salary")))}});

    page.heading(tr("Payslips"));
    QList<QStringList> payslips;
    for (const QJsonValue& value : document.value(QStringLiteral("payslips")).toArray()) {
        const QJsonObject slip = value.toObject();
        const QJsonObject run = slip.value(QStringLiteral("run")).toObject();
        QStringList deductions;
        for (const QJsonValue& line : slip.value(QStringLiteral("deductions")).toArray()) {
            deductions.append(QStringLiteral("%1 %2").arg(
                text(line.toObject(), "label"),
                page.money(line.toObject().value(QStringLiteral("amount")))));
        }
        payslips.append({tr("%1 to %2")
                             .arg(page.date(run.value(QStringLiteral("period_start"))),
                                  page.date(run.value(QStringLiteral("period_end")))),
                         page.date(run.value(QStringLiteral("pay_date"))),
                         page.money(slip.value(QStringLiteral("gross"))),
                         deductions.join(QStringLiteral("; ")),
                         page.money(slip.value(QStringLiteral("net"))), word(text(run, "status"))});
    }
    page.table({tr("Period"), tr("Pay date"), tr("Gross pay"), tr("Deductions"), tr("Net pay"),
                tr("Run status")},
               payslips, tr("No payslips."));

    page.heading(tr("Expense claims"));
    QList<QStringList> claims;
    for (const QJsonValue& value : document.value(QStringLiteral("claims")).toArray()) {
        const QJsonObject claim = value.toObject();
        QStringList receipts;
        for (const QJsonValue& receipt : claim.value(QStringLiteral("receipts")).toArray()) {
            const QString id = text(receipt.toObject(), "id");
            receipts.append(receiptNames.value(id, text(receipt.toObject(), "filename")));
        }
        claims.append({page.date(claim.value(QStringLiteral("incurred_on"))),
                       word(text(claim, "category")), text(claim, "description"),
                       page.money(claim.value(QStringLiteral("amount"))),
                       word(text(claim, "status")), receipts.join(QStringLiteral(", "))});
    }
    page.table(
        {tr("Date"), tr("Category"), tr("Description"), tr("Amount"), tr("Status"), tr("Receipts")},
        claims, tr("No expense claims."));

    page.heading(tr("Account"));
    const QJsonObject user = document.value(QStringLiteral("user")).toObject();
    if (user.isEmpty()) {
        page.paragraph(tr("No user account is linked to this employee."));
    } else {
        page.fields(
            {{tr("Email"), text(user, "email")},
             {tr("Display name"), text(user, "display_name")},
             {tr("Created"), page.time(user.value(QStringLiteral("created_at")))},
             {tr("Two-factor sign-in"),
              user.value(QStringLiteral("two_factor_enabled")).toBool() ? tr("On") : tr("Off")}});
        QList<QStringList> memberships;
        for (const QJsonValue& value : document.value(QStringLiteral("memberships")).toArray()) {
            memberships.append({text(organization, "name"), word(text(value.toObject(), "role")),
                                page.time(value.toObject().value(QStringLiteral("joined_at")))});
        }
        page.table({tr("Organisation"), tr("Role"), tr("Member since")}, memberships,
                   tr("No membership in this organisation."));
    }

    page.heading(tr("Audit log entries about or by this person"));
    page.table({tr("When"), tr("Who"), tr("What")},
               auditRows(page, document.value(QStringLiteral("audit_entries")).toArray()),
               tr("No entries."));
    const qint64 withheld = document.value(QStringLiteral("audit_entries_withheld")).toInteger();
    if (withheld > 0) {
        page.paragraph(QCoreApplication::translate(
            "purser::PersonalDataSummary",
            "%n further entries this person made are about other people's records; they are "
            "other people's data and are not included.",
            nullptr, int(withheld)));
    }

    page.heading(tr("Disclosures of this person's data in the past year"));
    page.table({tr("When"), tr("Who"), tr("What")},
               auditRows(page, document.value(QStringLiteral("disclosures")).toArray()),
               tr("No disclosures."));
    return page.html();
}

bool PersonalDataSummary::write(const QJsonObject& document,
                                const QHash<QString, QString>& receiptNames, const QString& path,
                                const QLocale& locale)
{
    const QString name = document.value(QStringLiteral("employee"))
                             .toObject()
                             .value(QStringLiteral("full_name"))
                             .toString();
    return HtmlPdf::write(html(document, receiptNames, locale), tr("Personal data of %1").arg(name),
                          path);
}

} // namespace purser
