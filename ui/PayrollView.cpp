#include "ui/PayrollView.h"

#include "core/PermissionMatrix.h"
#include "core/Workflow.h"
#include "models/RecordTableModel.h"
#include "net/ApiClient.h"
#include "net/Outbox.h"
#include "ui/NetPayChart.h"
#include "ui/RecordActionBar.h"
#include "ui/TestHooks.h"

#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace purser {

namespace {

QString text(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
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
        {{tr("Period start"), [](const QJsonObject& r) { return text(r, "period_start"); }},
         {tr("Period end"), [](const QJsonObject& r) { return text(r, "period_end"); }},
         {tr("Pay date"), [](const QJsonObject& r) { return text(r, "pay_date"); }},
         {tr("Status"), [](const QJsonObject& r) { return text(r, "status"); }},
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
        m_payslips = new QTableWidget(0, 3, this);
        m_payslips->setHorizontalHeaderLabels({tr("Employee"), tr("Gross"), tr("Net")});
        m_payslips->setAccessibleName(tr("Payslips"));
        m_payslips->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_payslips->horizontalHeader()->setStretchLastSection(true);
        splitter->addWidget(m_payslips);
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
    if (m_payslips) {
        m_payslips->setRowCount(0);
        if (!run.isEmpty()) {
            loadPayslips(run.value(QStringLiteral("id")).toString());
        }
    }
}

void PayrollView::loadPayslips(const QString& runId)
{
    if (!workspace().api) {
        return; // payslip lines are not kept offline; the run's totals are
    }
    const QString path = QStringLiteral("/orgs/%1/payroll-runs/%2/payslips")
                             .arg(workspace().organizationId(), runId);
    workspace().api->get(this, path, {}, [this](const ApiResponse& response) {
        if (!response.ok()) {
            return;
        }
        const QJsonArray items = response.object().value(QStringLiteral("items")).toArray();
        m_payslips->setRowCount(static_cast<int>(items.size()));
        for (int row = 0; row < items.size(); ++row) {
            const QJsonObject slip = items.at(row).toObject();
            m_payslips->setItem(row, 0, new QTableWidgetItem(text(slip, "employee_id")));
            m_payslips->setItem(
                row, 1, new QTableWidgetItem(moneyText(slip.value(QStringLiteral("gross")))));
            m_payslips->setItem(row, 2,
                                new QTableWidgetItem(moneyText(slip.value(QStringLiteral("net")))));
        }
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

} // namespace purser
