#include "ui/PayrollView.h"

#include "cache/CacheStore.h"
#include "core/Money.h"
#include "core/PermissionMatrix.h"
#include "core/Rfc3339.h"
#include "core/Workflow.h"
#include "models/RecordTableModel.h"
#include "net/ApiClient.h"
#include "net/Outbox.h"
#include "ui/NetPayChart.h"
#include "ui/PayrollRunDialog.h"
#include "ui/PayslipPdf.h"
#include "ui/RecordActionBar.h"
#include "ui/TestHooks.h"

#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace purser {

namespace {

QString runText(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

QString runStatusDisplay(const QString& status)
{
    if (status == u"draft") {
        return PayrollView::tr("Draft");
    }
    if (status == u"submitted") {
        return PayrollView::tr("Submitted");
    }
    if (status == u"approved") {
        return PayrollView::tr("Approved");
    }
    if (status == u"paid") {
        return PayrollView::tr("Paid");
    }
    return status;
}

QString total(const QJsonObject& run, const char* key)
{
    return moneyText(run.value(QStringLiteral("totals")).toObject().value(QLatin1String(key)));
}

} // namespace

PayrollView::PayrollView(const Workspace& workspace, QWidget* parent)
    : WorkspaceView(workspace, parent), m_runs(new QTableView(this)), m_chart(new NetPayChart(this))
{
    const Qt::Alignment right = Qt::AlignRight | Qt::AlignVCenter;
    m_model = new RecordTableModel(
        workspace.cache, QStringLiteral("payroll-runs"),
        {{tr("Period start"), [](const QJsonObject& r) { return runText(r, "period_start"); }},
         {tr("Period end"), [](const QJsonObject& r) { return runText(r, "period_end"); }},
         {tr("Pay date"), [](const QJsonObject& r) { return runText(r, "pay_date"); }},
         {tr("Status"),
          [](const QJsonObject& r) { return runStatusDisplay(runText(r, "status")); }},
         {tr("Employees"),
          [](const QJsonObject& r) { return r.value(QStringLiteral("employee_count")).toInt(); },
          right},
         {tr("Gross"), [](const QJsonObject& r) { return total(r, "gross"); }, right},
         {tr("Deductions"), [](const QJsonObject& r) { return total(r, "deductions"); }, right},
         {tr("Net"), [](const QJsonObject& r) { return total(r, "net"); }, right}},
        this);
    m_runs->setModel(m_model);
    m_runs->setAccessibleName(tr("Payroll runs"));
    m_runs->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_runs->setSelectionMode(QAbstractItemView::SingleSelection);
    m_runs->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_runs->verticalHeader()->setVisible(false);
    m_runs->horizontalHeader()->setStretchLastSection(true);

    auto* layout = new QVBoxLayout(this);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_runs);

    const Role role = workspace.role();
    QList<RecordActionBar::Action> actions;
    const QString me = workspace.session.user.id;
    if (allows(role, Permission::PayrollPrepare)) {
        actions << RecordActionBar::Action{QStringLiteral("submit"), tr("&Submit"), {}};
    }
    if (allows(role, Permission::PayrollApprove)) {
        actions << RecordActionBar::Action{QStringLiteral("return"), tr("&Return with note…"), {}};
        actions << RecordActionBar::Action{
            QStringLiteral("approve"), tr("&Approve"), [me](const QJsonObject& run) {
                return run.value(QStringLiteral("submitted_by")).toString() == me
                           ? tr("You submitted this run, so someone else must approve it.")
                           : QString();
            }};
    }
    if (allows(role, Permission::PayrollMarkPaid)) {
        actions << RecordActionBar::Action{QStringLiteral("mark_paid"), tr("Mark &paid"), {}};
    }
    if (allows(role, Permission::PayrollPrepare) && workspace.outbox) {
        auto* prepare = new QHBoxLayout;
        m_start = new QPushButton(tr("S&tart a run…"), this);
        m_delete = new QPushButton(tr("&Delete draft…"), this);
        m_delete->setEnabled(false);
        for (QPushButton* button : {m_start, m_delete}) {
            button->setAccessibleName(button->text().remove(u'&').remove(u'…'));
            prepare->addWidget(button);
        }
        prepare->addStretch(1);
        layout->addLayout(prepare);
        connect(m_start, &QPushButton::clicked, this, &PayrollView::startRun);
        connect(m_delete, &QPushButton::clicked, this, &PayrollView::deleteSelectedDraft);
    }
    if (!actions.isEmpty() && workspace.outbox) {
        m_actions = new RecordActionBar(Workflow::payrollRun(), actions, this);
        layout->addWidget(m_actions);
        connect(m_actions, &RecordActionBar::actionTriggered, this, &PayrollView::trigger);
    }
    if (grantsAny(role, Permission::PayrollApprove) ||
        grantsAny(role, Permission::PayrollPrepare)) {
        m_fourEyes = new QLabel(
            tr("Four eyes: a run is approved by a different person than the one who submitted "
               "it. Approved and paid runs are locked."),
            this);
        m_fourEyes->setWordWrap(true);
        layout->addWidget(m_fourEyes);
    }
    if (allows(role, Permission::PayrollReadPayslips)) {
        m_payslips = new QTableWidget(0, 5, this);
        m_payslips->setHorizontalHeaderLabels(
            {tr("Employee no."), tr("Name"), tr("Gross"), tr("Deductions"), tr("Net")});
        m_payslips->setAccessibleName(tr("Payslips"));
        m_payslips->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_payslips->horizontalHeader()->setStretchLastSection(true);
        m_payslips->setSelectionBehavior(QAbstractItemView::SelectRows);
        m_payslips->setSelectionMode(QAbstractItemView::SingleSelection);
        auto* slips = new QWidget(this);
        auto* slipsLayout = new QVBoxLayout(slips);
        slipsLayout->setContentsMargins(0, 0, 0, 0);
        auto* pdfs = new QHBoxLayout;
        m_slipPdf = new QPushButton(tr("Pa&yslip as PDF…"), this);
        m_allPdfs = new QPushButton(tr("All pa&yslips as PDFs…"), this);
        for (QPushButton* button : {m_slipPdf, m_allPdfs}) {
            button->setAccessibleName(button->text().remove(u'&').remove(u'…'));
            button->setEnabled(false);
            pdfs->addWidget(button);
        }
        pdfs->addStretch(1);
        slipsLayout->addLayout(pdfs);
        slipsLayout->addWidget(m_payslips, 1);
        splitter->addWidget(slips);
        connect(m_slipPdf, &QPushButton::clicked, this, &PayrollView::savePayslipPdf);
        connect(m_allPdfs, &QPushButton::clicked, this, &PayrollView::saveAllPayslipPdfs);
    }
    splitter->addWidget(m_chart);
    layout->addWidget(splitter, 1);
    connect(m_runs->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PayrollView::onSelection);
    reload();
}

void PayrollView::reload()
{
    m_model->reload();
    while (m_model->canFetchMore({})) {
        m_model->fetchMore({}); // runs are few (one a month); the chart wants them all
    }
    m_chart->setRuns(m_model->records());
    m_runs->resizeColumnsToContents();
    onSelection();
}

void PayrollView::onSelection()
{
    const QJsonObject run = m_model->record(m_runs->currentIndex().row());
    if (m_actions) {
        m_actions->setRecord(run);
    }
    if (m_delete) {
        m_delete->setEnabled(Workflow::payrollRun().isEditable(runText(run, "status")));
    }
    if (m_payslips) {
        m_payslips->setRowCount(0);
        m_slips.clear();
        m_slipsRun = {};
        m_slipPdf->setEnabled(false);
        m_allPdfs->setEnabled(false);
        if (!run.isEmpty()) {
            loadPayslips(run);
        }
    }
}

void PayrollView::loadPayslips(const QJsonObject& run)
{
    const QString runId = runText(run, "id");
    if (!workspace().api) {
        return; // payslip lines are not kept offline; the run's totals are
    }
    const QString path = QStringLiteral("/orgs/%1/payroll-runs/%2/payslips")
                             .arg(workspace().organizationId(), runId);
    workspace().api->get(this, path, {}, [this, run](const ApiResponse& response) {
        if (!response.ok() || m_model->record(m_runs->currentIndex().row()) != run) {
            return; // refused, or the user has moved on to another run
        }
        const QJsonArray items = response.object().value(QStringLiteral("items")).toArray();
        m_slipsRun = run;
        m_slips.clear();
        for (const QJsonValue& item : items) {
            m_slips.append(item.toObject());
        }
        m_slipPdf->setEnabled(!m_slips.isEmpty());
        m_allPdfs->setEnabled(!m_slips.isEmpty());
        m_payslips->setRowCount(static_cast<int>(items.size()));
        const CacheStore cache(workspace().cache);
        const Qt::Alignment right = Qt::AlignRight | Qt::AlignVCenter;
        for (int row = 0; row < items.size(); ++row) {
            const QJsonObject slip = items.at(row).toObject();
            // Who it pays, from the offline data: number and name, never the record's id.
            const QJsonObject employee =
                cache.record(QStringLiteral("employees"), runText(slip, "employee_id"))
                    .value_or(QJsonObject());
            qint64 deductions = 0;
            QString currency;
            for (const QJsonValue& line : slip.value(QStringLiteral("deductions")).toArray()) {
                const auto amount =
                    Money::fromJson(line.toObject().value(QStringLiteral("amount")));
                if (amount) {
                    deductions += amount->amount;
                    currency = amount->currency;
                }
            }
            const QStringList cells{
                employee.isEmpty() ? tr("(not in the offline data)")
                                   : runText(employee, "employee_no"),
                runText(employee, "full_name"), moneyText(slip.value(QStringLiteral("gross"))),
                currency.isEmpty() ? QString() : moneyText(Money{deductions, currency}.toJson()),
                moneyText(slip.value(QStringLiteral("net")))};
            for (int column = 0; column < cells.size(); ++column) {
                auto* item = new QTableWidgetItem(cells.at(column));
                if (column >= 2) {
                    item->setTextAlignment(right);
                }
                m_payslips->setItem(row, column, item);
            }
        }
        m_payslips->resizeColumnsToContents();
    });
}

void PayrollView::trigger(const QString& action, const QJsonObject& run)
{
    QJsonObject body;
    if (action == QLatin1String("return")) {
        QInputDialog dialog(this);
        dialog.setWindowTitle(tr("Return to draft"));
        dialog.setLabelText(tr("Why is this run going back? The preparer sees this note."));
        if (!TestHooks::execDialog(&dialog) || dialog.textValue().trimmed().isEmpty()) {
            return;
        }
        body.insert(QStringLiteral("note"), dialog.textValue().trimmed());
    }
    QString pathAction = action;
    pathAction.replace(u'_', u'-');
    workspace().outbox->changeState(QStringLiteral("payroll-runs"),
                                    run.value(QStringLiteral("id")).toString(), pathAction,
                                    run.value(QStringLiteral("version")).toInteger(), body);
    if (workspace().sync) {
        workspace().outbox->flush([](const ApiError&) {});
    }
}

void PayrollView::startRun()
{
    if (!workspace().outbox) {
        return;
    }
    QDate latest;
    for (const QJsonObject& run : m_model->records()) {
        latest = std::max(latest, fromIsoDate(runText(run, "period_end")).value_or(QDate()));
    }
    PayrollRunDialog dialog(latest, this);
    Outbox* outbox = workspace().outbox;
    dialog.setQueue(workspace().sync ? outbox : nullptr, [outbox](const QJsonObject& body) {
        return outbox->createRecord(QStringLiteral("payroll-run.create"),
                                    QStringLiteral("payroll-runs"), body);
    });
    if (TestHooks::execDialog(&dialog)) {
        reload();
    }
}

void PayrollView::deleteSelectedDraft()
{
    const QJsonObject run = m_model->record(m_runs->currentIndex().row());
    if (run.isEmpty() || !workspace().outbox ||
        !Workflow::payrollRun().isEditable(runText(run, "status"))) {
        return;
    }
    QMessageBox confirm(QMessageBox::Warning, tr("Delete draft"),
                        tr("Delete the draft run for %1 to %2?")
                            .arg(runText(run, "period_start"), runText(run, "period_end")),
                        QMessageBox::Cancel, this);
    confirm.setInformativeText(
        tr("Its payslips are deleted with it. Only a draft can be deleted."));
    QPushButton* remove = confirm.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    confirm.setDefaultButton(QMessageBox::Cancel);
    // A message box's exec() answers with the button, not Accepted (a test's hook answers
    // for the user instead).
    const bool hooked = static_cast<bool>(TestHooks::dialogHook);
    const bool answered = TestHooks::execDialog(&confirm);
    if (hooked ? !answered : confirm.clickedButton() != remove) {
        return;
    }
    const auto id = workspace().outbox->deleteRecord(
        QStringLiteral("payroll-run.delete"), QStringLiteral("payroll-runs"), runText(run, "id"),
        run.value(QStringLiteral("version")).toInteger());
    if (id && workspace().sync) {
        workspace().outbox->flush([](const ApiError&) {});
    }
}

bool PayrollView::writePayslipPdf(const QJsonObject& slip, const QString& path) const
{
    const auto membership = workspace().session.activeMembership();
    const QJsonObject employee =
        CacheStore(workspace().cache)
            .record(QStringLiteral("employees"), runText(slip, "employee_id"))
            .value_or(QJsonObject());
    return PayslipPdf::write(
        PayslipPdf::fromJson(membership ? membership->organizationName : QString(), m_slipsRun,
                             slip, employee),
        path);
}

QStringList PayrollView::savePayslipPdf()
{
    const int row = m_payslips ? m_payslips->currentRow() : -1;
    if (row < 0 || row >= m_slips.size()) {
        return {};
    }
    const QString path = TestHooks::saveFileName(this, tr("Save payslip"), tr("PDF (*.pdf)"));
    if (path.isEmpty()) {
        return {};
    }
    if (!writePayslipPdf(m_slips.at(row), path)) {
        QMessageBox::warning(this, tr("Payslip"), tr("Cannot write %1.").arg(path));
        return {};
    }
    return {path};
}

QStringList PayrollView::saveAllPayslipPdfs()
{
    if (m_slips.isEmpty()) {
        return {};
    }
    const QString folder =
        TestHooks::existingDirectory(this, tr("Folder for every payslip of this run"));
    if (folder.isEmpty()) {
        return {};
    }
    const CacheStore cache(workspace().cache);
    QStringList written;
    for (const QJsonObject& slip : std::as_const(m_slips)) {
        const QJsonObject employee =
            cache.record(QStringLiteral("employees"), runText(slip, "employee_id"))
                .value_or(QJsonObject());
        const QString path = QDir(folder).filePath(
            PayslipPdf::fileName(PayslipPdf::fromJson({}, m_slipsRun, slip, employee)));
        if (!writePayslipPdf(slip, path)) {
            QMessageBox::warning(this, tr("Payslips"), tr("Cannot write %1.").arg(path));
            break;
        }
        written << path;
    }
    return written;
}

} // namespace purser
