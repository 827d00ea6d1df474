#include "ui/EmployeesView.h"

#include "core/FilenameSanitizer.h"
#include "core/PermissionMatrix.h"
#include "models/CachedEmployeeModel.h"
#include "net/Outbox.h"
#include "net/SigningKeyPins.h"
#include "services/Csv.h"
#include "services/EmployeeImport.h"
#include "services/PersonalDataExport.h"
#include "ui/ImportEmployeesDialog.h"
#include "ui/OutboxDelivery.h"
#include "ui/TestHooks.h"

#include <QAction>
#include <QComboBox>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace purser {

EmployeesView::EmployeesView(const Workspace& workspace, QWidget* parent)
    : WorkspaceView(workspace, parent),
      m_model(new CachedEmployeeModel(workspace.cache, workspace.role(), this)),
      m_search(new QLineEdit(this)), m_department(new QComboBox(this)),
      m_status(new QComboBox(this)), m_type(new QComboBox(this)), m_table(new QTableView(this)),
      m_detail(new QTextBrowser(this))
{
    m_search->setPlaceholderText(tr("Search employees"));
    m_search->setAccessibleName(tr("Search employees"));
    m_search->setClearButtonEnabled(true);
    m_department->setAccessibleName(tr("Department"));
    m_status->setAccessibleName(tr("Status"));
    m_type->setAccessibleName(tr("Employment type"));
    m_department->addItem(tr("All departments"), QString());
    m_status->addItem(tr("Any status"), QString());
    m_status->addItem(tr("Active"), QStringLiteral("active"));
    m_status->addItem(tr("On leave"), QStringLiteral("on_leave"));
    m_status->addItem(tr("Terminated"), QStringLiteral("terminated"));
    m_type->addItem(tr("Any type"), QString());
    m_type->addItem(tr("Full time"), QStringLiteral("full_time"));
    m_type->addItem(tr("Part time"), QStringLiteral("part_time"));
    m_type->addItem(tr("Contract"), QStringLiteral("contract"));
    m_type->addItem(tr("Intern"), QStringLiteral("intern"));

    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Employees"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_detail->setAccessibleName(tr("Employee details"));

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    filters->addWidget(m_department, 1);
    filters->addWidget(m_status);
    filters->addWidget(m_type);
    QHBoxLayout* actions = nullptr;
    if (allows(workspace.role(), Permission::EmployeesWrite) && workspace.outbox) {
        actions = new QHBoxLayout;
        m_add = new QPushButton(tr("&Add employee…"), this);
        m_add->setToolTip(
            tr("Add an employee (%1)")
                .arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
        m_edit = new QPushButton(tr("&Edit…"), this);
        m_end = new QPushButton(tr("End e&mployment…"), this);
        m_delete = new QPushButton(tr("De&lete…"), this);
        m_delete->setToolTip(tr("Delete a record created by mistake"));
        for (QPushButton* button : {m_add, m_edit, m_end, m_delete}) {
            button->setAccessibleName(button->text().remove(u'&').remove(u'…'));
            actions->addWidget(button);
        }
        actions->addStretch(1);
        for (QPushButton* button : {m_edit, m_end, m_delete}) {
            button->setEnabled(false);
        }
        auto* addShortcut = new QAction(this);
        addShortcut->setShortcut(QKeySequence::New);
        addShortcut->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(addShortcut);
        connect(addShortcut, &QAction::triggered, this, &EmployeesView::addEmployee);
        connect(m_add, &QPushButton::clicked, this, &EmployeesView::addEmployee);
        connect(m_edit, &QPushButton::clicked, this, &EmployeesView::editSelected);
        connect(m_end, &QPushButton::clicked, this, &EmployeesView::endSelectedEmployment);
        connect(m_delete, &QPushButton::clicked, this, &EmployeesView::deleteSelected);
        connect(m_table, &QTableView::doubleClicked, this, &EmployeesView::editSelected);
    }
    // The server decides all the same; the button is offered where it would say yes.
    if (allows(workspace.role(), Permission::PersonalDataExport) && workspace.api) {
        if (!actions) {
            actions = new QHBoxLayout;
            actions->addStretch(1);
        }
        m_exportPersonal = new QPushButton(tr("Export &personal data…"), this);
        m_exportPersonal->setAccessibleName(tr("Export personal data"));
        m_exportPersonal->setToolTip(
            tr("Everything about the selected person, signed and verifiable, for an access "
               "request"));
        m_exportPersonal->setEnabled(false);
        actions->addWidget(m_exportPersonal);
        connect(m_exportPersonal, &QPushButton::clicked, this, &EmployeesView::exportPersonalData);
    }
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    if (actions) {
        layout->addLayout(actions);
    }
    layout->addWidget(splitter, 1);

    connect(m_search, &QLineEdit::textChanged, this, &EmployeesView::applyFilter);
    for (QComboBox* box : {m_department, m_status, m_type}) {
        connect(box, &QComboBox::currentIndexChanged, this, &EmployeesView::applyFilter);
    }
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &EmployeesView::showDetail);
    connect(m_model, &QAbstractItemModel::modelReset, this, &EmployeesView::showDetail);
    reload();
}

void EmployeesView::reload()
{
    const QString current = m_department->currentData().toString();
    {
        const QSignalBlocker blocker(m_department);
        while (m_department->count() > 1) {
            m_department->removeItem(1);
        }
        for (const QString& name : m_model->departments()) {
            m_department->addItem(name, name);
        }
        m_department->setCurrentIndex(qMax(0, m_department->findData(current)));
    }
    applyFilter();
    m_table->resizeColumnsToContents();
}

void EmployeesView::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void EmployeesView::applyFilter()
{
    EmployeeFilter filter;
    filter.text = m_search->text().trimmed();
    filter.department = m_department->currentData().toString();
    filter.status = m_status->currentData().toString();
    filter.employmentType = m_type->currentData().toString();
    m_model->setFilter(filter);
}

void EmployeesView::showDetail()
{
    const auto employee = m_model->employee(m_table->currentIndex().row());
    for (QPushButton* button : {m_edit, m_end, m_delete, m_exportPersonal}) {
        if (button) {
            button->setEnabled(employee.has_value());
        }
    }
    if (!employee) {
        m_detail->setPlainText(tr("Select an employee to see the details."));
        return;
    }
    QString html = QStringLiteral("<h3>") + employee->fullName.toHtmlEscaped() +
                   QStringLiteral("</h3><table>");
    for (int c = 0; c < m_model->columnCount(); ++c) {
        const EmployeeColumn column = m_model->columns().at(c);
        html += QStringLiteral("<tr><td><b>") + employeeColumnTitle(column).toHtmlEscaped() +
                QStringLiteral("</b></td><td>") +
                m_model->displayText(*employee, column).toHtmlEscaped() +
                QStringLiteral("</td></tr>");
    }
    m_detail->setHtml(html + QStringLiteral("</table>"));
}

EmployeeFormDialog::Context EmployeesView::formContext(const QString& exceptId) const
{
    EmployeeFormDialog::Context context;
    context.visibility = EmployeeVisibility::forOthers(workspace().role());
    context.currency = workspace().currency();
    context.departments = m_model->departments();
    context.takenEmployeeNumbers = m_model->employeeNumbers(exceptId);
    return context;
}

void EmployeesView::runForm(EmployeeFormDialog& dialog,
                            const std::function<std::optional<qint64>(const QJsonObject&)>& queue)
{
    dialog.setQueue(workspace().sync ? workspace().outbox : nullptr, queue);
    TestHooks::execDialog(&dialog);
}

void EmployeesView::addEmployee()
{
    if (!workspace().outbox) {
        return;
    }
    EmployeeFormDialog dialog(std::nullopt, formContext({}), this);
    Outbox* outbox = workspace().outbox;
    runForm(dialog, [outbox](const QJsonObject& body) {
        return outbox->createRecord(QStringLiteral("employee.create"), QStringLiteral("employees"),
                                    body);
    });
}

void EmployeesView::editSelected()
{
    const auto employee = m_model->employee(m_table->currentIndex().row());
    if (!employee || !workspace().outbox) {
        return;
    }
    EmployeeFormDialog dialog(*employee, formContext(employee->id), this);
    Outbox* outbox = workspace().outbox;
    runForm(dialog, [outbox, employee](const QJsonObject& changes) {
        return outbox->updateEmployee(employee->id, changes, employee->version);
    });
}

void EmployeesView::endSelectedEmployment()
{
    const auto employee = m_model->employee(m_table->currentIndex().row());
    if (!employee || !workspace().outbox) {
        return;
    }
    EmployeeFormDialog::Context context = formContext(employee->id);
    context.onlyFields = {QStringLiteral("end_date"), QStringLiteral("status")};
    EmployeeFormDialog dialog(*employee, context, this);
    dialog.setWindowTitle(tr("End the employment of %1").arg(employee->fullName));
    if (auto* end = dialog.lineEdit(QStringLiteral("end_date")); end && end->text().isEmpty()) {
        end->setText(QDate::currentDate().toString(Qt::ISODate));
    }
    if (auto* status = dialog.comboBox(QStringLiteral("status"))) {
        status->setCurrentIndex(status->findData(QStringLiteral("terminated")));
    }
    Outbox* outbox = workspace().outbox;
    runForm(dialog, [outbox, employee](const QJsonObject& changes) {
        return outbox->updateEmployee(employee->id, changes, employee->version);
    });
}

void EmployeesView::deleteSelected()
{
    const auto employee = m_model->employee(m_table->currentIndex().row());
    if (!employee || !workspace().outbox) {
        return;
    }
    QMessageBox confirm(QMessageBox::Warning, tr("Delete employee"),
                        tr("Delete %1 (%2)?").arg(employee->fullName, employee->employeeNo),
                        QMessageBox::Cancel, this);
    confirm.setInformativeText(
        tr("Only for a record created by mistake: the record is removed for everyone. To "
           "record that someone left, use End employment instead."));
    QPushButton* remove = confirm.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    confirm.setDefaultButton(QMessageBox::Cancel);
    // A message box's exec() answers with the button, not Accepted: ask which was clicked
    // (a test's dialog hook answers for the user instead).
    const bool hooked = static_cast<bool>(TestHooks::dialogHook);
    const bool answered = TestHooks::execDialog(&confirm);
    if (hooked ? !answered : confirm.clickedButton() != remove) {
        return;
    }
    Outbox* outbox = workspace().outbox;
    const auto id =
        outbox->deleteRecord(QStringLiteral("employee.delete"), QStringLiteral("employees"),
                             employee->id, employee->version);
    if (!id) {
        QMessageBox::warning(this, tr("Not deleted"),
                             tr("The change could not be written to the offline data."));
        return;
    }
    if (!workspace().sync) {
        return;
    }
    auto* delivery = new OutboxDelivery(outbox, *id, this);
    connect(delivery, &OutboxDelivery::delivered, this, [this, delivery]() {
        delivery->deleteLater();
        reload();
    });
    connect(delivery, &OutboxDelivery::deferred, delivery, &QObject::deleteLater);
    connect(delivery, &OutboxDelivery::refused, this,
            [this, delivery, employee](const QString& message, const FieldErrors&) {
                delivery->deleteLater();
                QMessageBox refusal(QMessageBox::Information, tr("Not deleted"),
                                    tr("%1 was not deleted.").arg(employee->fullName),
                                    QMessageBox::Ok, this);
                refusal.setInformativeText(message);
                TestHooks::execDialog(&refusal);
            });
    delivery->start();
}

void EmployeesView::importEmployees()
{
    if (!mayImport()) {
        return;
    }
    const QStringList files =
        TestHooks::openFileNames(this, tr("Import employees"), tr("CSV files (*.csv *.txt)"));
    if (files.isEmpty()) {
        return;
    }
    EmployeeImport::Organization organization;
    organization.currency = workspace().currency();
    organization.departments = m_model->departments();
    const QStringList numbers = m_model->employeeNumbers();
    organization.employeeNumbers = QSet<QString>(numbers.begin(), numbers.end());
    // The dialog reads and checks the file on a worker thread (a refused file: it says why).
    ImportEmployeesDialog dialog(files.first(), organization, workspace().cache, workspace().outbox,
                                 workspace().sync != nullptr, this);
    TestHooks::execDialog(&dialog);
    reload();
}

void EmployeesView::exportPersonalData()
{
    const auto employee = m_model->employee(m_table->currentIndex().row());
    if (!employee || !workspace().api) {
        return;
    }
    const QString parent =
        TestHooks::existingDirectory(this, tr("Choose where to save the personal data"));
    if (parent.isEmpty()) {
        return;
    }
    // A new folder inside the chosen one, named for the person and the day.
    const QString base =
        QStringLiteral("personal-data-%1-%2")
            .arg(sanitizeFilename(employee->employeeNo, QStringLiteral("employee")),
                 QDate::currentDate().toString(Qt::ISODate));
    QString target = QDir(parent).filePath(base);
    for (int n = 2; QFileInfo::exists(target); ++n) {
        target = QDir(parent).filePath(QStringLiteral("%1-%2").arg(base).arg(n));
    }
    auto* job = new PersonalDataExport(workspace().api, this);
    auto* progress = new QProgressDialog(
        tr("Exporting the personal data of %1…").arg(employee->fullName), QString(), 0, 0, this);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(0);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    connect(job, &PersonalDataExport::progress, progress,
            [progress](int done, int total, const QString& step) {
                progress->setMaximum(total);
                progress->setValue(done);
                progress->setLabelText(step);
            });
    connect(
        job, &PersonalDataExport::finished, this,
        [this, job, progress, name = employee->fullName](const PersonalDataExport::Result& result) {
            progress->close();
            progress->deleteLater();
            job->deleteLater();
            const QString message =
                result.ok
                    ? tr("The personal data of %1 was saved to %2.\n\nIt holds %3.\n\n"
                         "The folder is signed by the server's key %4; "
                         "\"purser verify-person-export\" checks it on any computer.")
                          .arg(name, QDir::toNativeSeparators(result.folder),
                               PersonalDataExport::describe(result.counts), result.fingerprint)
                    : result.message;
            QMessageBox box(result.ok ? QMessageBox::Information : QMessageBox::Warning,
                            tr("Export personal data"), message, QMessageBox::Ok, this);
            TestHooks::execDialog(&box);
            Q_EMIT personalDataExportFinished(result.ok, message);
        });
    progress->show();
    QSettings settings;
    job->start(workspace().organizationId(), employee->id, target,
               SigningKeyPins(&settings).allPinned());
}

void EmployeesView::exportVisible()
{
    const QString path =
        TestHooks::saveFileName(this, tr("Export employees"), tr("CSV files (*.csv)"));
    if (path.isEmpty()) {
        return;
    }
    while (m_model->canFetchMore({})) {
        m_model->fetchMore({}); // every row the filters show, not just the painted ones
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        QMessageBox::warning(this, tr("Export employees"), tr("Cannot write %1.").arg(path));
        return;
    }
    // The model's columns are the ones the role may read; cells go through the same CSV
    // writer as the audit export (formula injection neutralised).
    QStringList titles;
    for (const EmployeeColumn column : m_model->columns()) {
        titles << employeeColumnTitle(column);
    }
    file.write(Csv::line(titles));
    for (const Employee& employee : m_model->employees()) {
        QStringList cells;
        for (const EmployeeColumn column : m_model->columns()) {
            cells << m_model->displayText(employee, column);
        }
        file.write(Csv::line(cells));
    }
    if (!file.commit()) {
        QMessageBox::warning(this, tr("Export employees"), tr("Cannot write %1.").arg(path));
    }
}

} // namespace purser
