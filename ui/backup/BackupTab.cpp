// The Backup tab: its layout, the list, the RPO banner, the schedule and the last drill. The
// jobs (make, verify, drill) and the restore confirmation are in BackupTabJobs.cpp.

#include "backup/BackupTab.h"

#include "backup/BackupListModel.h"
#include "common/Dialogs.h"
#include "workspace/Workspace.h"

#include <QCheckBox>
#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace mizan {

namespace {

QString warningStyle()
{
    return QStringLiteral("QLabel { color: #7a4b00; background: #fff4d6; border: 1px solid "
                          "#e0b656; border-radius: 4px; padding: 6px; }");
}

QString timeText(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(),
                              QLocale::ShortFormat);
}

QSpinBox *minutesSpin(int minimum, int maximum, QWidget *parent)
{
    auto *spin = new QSpinBox(parent);
    spin->setRange(minimum, maximum);
    spin->setSuffix(BackupTab::tr(" min"));
    spin->setAccelerated(true);
    return spin;
}

} // namespace

QString BackupTab::durationText(qint64 ms)
{
    const QLocale locale;
    if (ms < 1000)
        return tr("%1 ms").arg(locale.toString(ms));
    if (ms < 60'000)
        return tr("%1 s").arg(locale.toString(double(ms) / 1000.0, 'f', 1));
    const qint64 minutes = (ms + 30'000) / 60'000;
    if (minutes < 60)
        return tr("%1 min").arg(locale.toString(minutes));
    if (minutes % 60 == 0)
        return tr("%1 h").arg(locale.toString(minutes / 60));
    return tr("%1 h %2 min").arg(locale.toString(minutes / 60), locale.toString(minutes % 60));
}

BackupTab::BackupTab(std::shared_ptr<Workspace> workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(std::move(workspace))
{
    setObjectName(QStringLiteral("BackupTab"));
    m_model = new BackupListModel(this);
    auto *layout = new QVBoxLayout(this);
    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("rpoBanner"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(warningStyle());
    m_banner->setTextFormat(Qt::PlainText);
    layout->addWidget(m_banner);
    layout->addWidget(buildList(), 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(buildSchedule(), 1);
    bottom->addWidget(buildDrillBox(), 1);
    layout->addLayout(bottom);
    connect(&m_creating, &QFutureWatcher<Result<BackupInfo>>::finished, this, &BackupTab::onCreated);
    connect(&m_verifying,
            &QFutureWatcher<Result<BackupVerification>>::finished,
            this,
            &BackupTab::onVerified);
    connect(&m_drilling,
            &QFutureWatcher<Result<DrillReport>>::finished,
            this,
            &BackupTab::onDrilled);
    m_prompt = [this](const QString &title, const QString &text) {
        return mizan::askPassword(this, title, text);
    };
    if (m_workspace) {
        if (auto policy = m_workspace->backupPolicy())
            m_policy = *policy;
    }
    showPolicy(m_policy);
    setBusy(false);
    refresh();
}

BackupTab::~BackupTab()
{
    // A job must not outlive the tab it reports to.
    if (m_cancel)
        m_cancel->cancel();
    m_creating.waitForFinished();
    m_verifying.waitForFinished();
    m_drilling.waitForFinished();
}

QWidget *BackupTab::buildList()
{
    auto *box = new QGroupBox(tr("Backups of this workspace"), this);
    auto *layout = new QVBoxLayout(box);
    m_view = new QTableView(box);
    m_view->setObjectName(QStringLiteral("backupList"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->setAccessibleName(tr("Backups"));
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(BackupListModel::Verification, QHeaderView::Stretch);
    layout->addWidget(m_view, 1);
    connect(m_view->selectionModel(),
            &QItemSelectionModel::currentRowChanged,
            this,
            &BackupTab::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &BackupTab::updateActions);

    auto *actions = new QHBoxLayout;
    m_createButton = new QPushButton(tr("&Create backup"), box);
    m_createButton->setObjectName(QStringLiteral("createBackupButton")); // Ctrl+N
    m_createButton->setToolTip(tr("A consistent, encrypted, signed copy of the workspace now"));
    m_verifyButton = new QPushButton(tr("&Verify selected"), box);
    m_verifyButton->setObjectName(QStringLiteral("verifyBackupButton")); // Ctrl+R
    m_verifyButton->setToolTip(tr("Checks the signature, every file, the key slots, the "
                                  "database and its audit log, without touching the workspace"));
    m_restoreButton = new QPushButton(tr("&Restore selected…"), box);
    m_restoreButton->setToolTip(tr("Replaces the workspace with the backup; the current one is "
                                   "kept aside"));
    m_drillButton = new QPushButton(tr("Run &drill…"), box);
    m_drillButton->setToolTip(tr("Backs up, restores into a scratch folder, verifies and "
                                 "measures the recovery time against the objective"));
    m_progress = new QProgressBar(box);
    m_progress->setRange(0, 100);
    m_progress->setMinimumWidth(160);
    m_cancelButton = new QPushButton(tr("Cancel"), box);
    for (QPushButton *b : {m_createButton, m_verifyButton, m_restoreButton, m_drillButton})
        actions->addWidget(b);
    actions->addStretch();
    actions->addWidget(m_progress);
    actions->addWidget(m_cancelButton);
    layout->addLayout(actions);
    m_result = new QLabel(box);
    m_result->setObjectName(QStringLiteral("resultLabel"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::RichText);
    m_result->hide();
    layout->addWidget(m_result);
    connect(m_createButton, &QPushButton::clicked, this, &BackupTab::createBackup);
    connect(m_verifyButton, &QPushButton::clicked, this, &BackupTab::verifySelected);
    connect(m_restoreButton, &QPushButton::clicked, this, &BackupTab::restoreSelected);
    connect(m_drillButton, &QPushButton::clicked, this, &BackupTab::runDrill);
    connect(m_cancelButton, &QPushButton::clicked, this, &BackupTab::cancel);
    return box;
}

QWidget *BackupTab::buildSchedule()
{
    auto *box = new QGroupBox(tr("Schedule"), this);
    box->setObjectName(QStringLiteral("scheduleBox"));
    auto *form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow); // the folder, not the numbers
    auto *folderRow = new QHBoxLayout;
    m_folder = new QLineEdit(box);
    m_folder->setObjectName(QStringLiteral("folderEdit"));
    m_folder->setPlaceholderText(tr("A folder on another disk or a mounted share"));
    m_chooseButton = new QPushButton(tr("C&hoose…"), box);
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_chooseButton);
    auto *folderLabel = new QLabel(tr("Backup &folder:"), box);
    folderLabel->setBuddy(m_folder);
    form->addRow(folderLabel, folderRow);
    m_scheduled = new QCheckBox(tr("Make backups on a schedule while someone is signed in"), box);
    form->addRow(QString(), m_scheduled);
    m_interval = minutesSpin(5, 7 * 24 * 60, box);
    form->addRow(tr("&Every:"), m_interval);
    m_rpo = minutesSpin(5, 31 * 24 * 60, box);
    m_rpo->setToolTip(tr("Recovery-point objective: the most work you accept to lose. The tab "
                         "warns when the newest backup is older."));
    form->addRow(tr("Recovery &point objective:"), m_rpo);
    m_rto = minutesSpin(1, 31 * 24 * 60, box);
    m_rto->setToolTip(tr("Recovery-time objective: how long a restore may take. Drills are "
                         "measured against it."));
    form->addRow(tr("Recovery &time objective:"), m_rto);
    m_keepDaily = new QSpinBox(box);
    m_keepDaily->setRange(1, 366);
    m_keepDaily->setSuffix(tr(" days"));
    form->addRow(tr("Keep the newest of &each:"), m_keepDaily);
    m_keepWeekly = new QSpinBox(box);
    m_keepWeekly->setRange(0, 520);
    m_keepWeekly->setSuffix(tr(" weeks"));
    form->addRow(tr("…and of each &week:"), m_keepWeekly);
    m_saveButton = new QPushButton(tr("&Save schedule"), box);
    auto *saveRow = new QHBoxLayout;
    saveRow->addStretch();
    saveRow->addWidget(m_saveButton);
    form->addRow(saveRow);
    connect(m_chooseButton, &QPushButton::clicked, this, &BackupTab::chooseFolder);
    connect(m_saveButton, &QPushButton::clicked, this, &BackupTab::saveSchedule);
    connect(m_folder, &QLineEdit::editingFinished, this, &BackupTab::refresh);
    connect(m_scheduled, &QCheckBox::toggled, this, &BackupTab::updateActions);
    return box;
}

QWidget *BackupTab::buildDrillBox()
{
    m_drillBox = new QGroupBox(tr("Last drill"), this);
    m_drillBox->setObjectName(QStringLiteral("drillBox"));
    auto *form = new QFormLayout(m_drillBox);
    const QStringList names{tr("When:"),
                            tr("By:"),
                            tr("Result:"),
                            tr("Recovery time:"),
                            tr("Recovery point:"),
                            tr("Report:")};
    for (const QString &name : names) {
        auto *value = new QLabel(m_drillBox);
        // Only the result and the report's path may be long. (A wrapped label aligns by its
        // text's direction, a single line by the layout's.)
        value->setWordWrap(m_drillFields.size() == 2 || m_drillFields.size() == 5);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_drillFields.append(value);
        form->addRow(name, value);
    }
    alignDrillFields();
    return m_drillBox;
}

void BackupTab::alignDrillFields()
{
    // A label aligns by its text's direction (a user name or a path reads left to right), so
    // under a right-to-left layout they would start on the wrong side: align them absolutely.
    const Qt::Alignment start = isRightToLeft() ? Qt::AlignRight : Qt::AlignLeft;
    for (QLabel *field : std::as_const(m_drillFields))
        field->setAlignment(start | Qt::AlignAbsolute | Qt::AlignVCenter);
}

void BackupTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LayoutDirectionChange)
        alignDrillFields();
    QWidget::changeEvent(event);
}

QLabel *BackupTab::drillField(int index) const
{
    return m_drillFields.value(index);
}

bool BackupTab::workspaceFree()
{
    if (!m_workspaceInUse || !m_workspaceInUse())
        return true;
    Q_EMIT statusMessage(tr("Another job is using the workspace; the Backup tab waits for it."));
    return false;
}

void BackupTab::setBusy(bool busy)
{
    const bool changed = busy != m_busy;
    m_busy = busy;
    m_progress->setVisible(busy);
    m_cancelButton->setVisible(busy);
    m_cancelButton->setEnabled(busy);
    updateActions();
    if (changed)
        Q_EMIT busyChanged(busy);
}

void BackupTab::updateActions()
{
    const bool can = m_workspace && !m_busy;
    const bool chosen = !selectedBackup().isEmpty();
    m_createButton->setEnabled(can);
    m_verifyButton->setEnabled(can && chosen);
    m_restoreButton->setEnabled(can && chosen && m_workspace->can(Permission::BackupRestore));
    m_drillButton->setEnabled(can && m_workspace->can(Permission::BackupRestore));
    for (QWidget *w : std::initializer_list<QWidget *>{m_folder,
                                                       m_chooseButton,
                                                       m_scheduled,
                                                       m_rpo,
                                                       m_rto,
                                                       m_keepDaily,
                                                       m_keepWeekly,
                                                       m_saveButton})
        w->setEnabled(can);
    m_interval->setEnabled(can && m_scheduled->isChecked());
}

QString BackupTab::backupFolder() const
{
    const QString typed = QDir::fromNativeSeparators(m_folder->text().trimmed());
    return typed.isEmpty() ? m_policy.directory : typed;
}

QString BackupTab::selectedBackup() const
{
    const BackupInfo *backup = m_model->backupAt(m_view->currentIndex().row());
    return backup ? backup->path : QString();
}

bool BackupTab::selectBackup(const QString &path)
{
    const int row = m_model->rowOf(path);
    if (row < 0)
        return false;
    m_view->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                              QItemSelectionModel::ClearAndSelect
                                                  | QItemSelectionModel::Rows);
    return true;
}

void BackupTab::refresh()
{
    if (!m_workspace || m_busy || !m_workspace->isUnlocked() || !workspaceFree())
        return;
    const QString selected = selectedBackup();
    if (auto policy = m_workspace->backupPolicy())
        m_policy = *policy;
    if (auto info = m_workspace->info())
        m_keyGeneration = info->keyGeneration;
    std::vector<BackupInfo> list;
    if (const QString folder = backupFolder(); !folder.isEmpty()) {
        if (auto found = m_workspace->backups(folder))
            list = std::move(*found);
        else
            Q_EMIT statusMessage(found.error().message);
    }
    m_model->setBackups(std::move(list));
    if (!selected.isEmpty())
        selectBackup(selected);
    m_lastDrill.reset();
    if (auto drills = m_workspace->drills(); drills && !drills->empty())
        m_lastDrill = drills->front();
    showDrill();
    updateBanner();
    updateActions();
}

void BackupTab::updateBanner()
{
    const std::vector<BackupInfo> &list = m_model->backups();
    const qint64 rpoMs = qint64(m_policy.rpoMinutes) * 60'000;
    QString text;
    if (backupFolder().isEmpty()) {
        text = tr("\u26a0 There is no backup yet, and no folder for backups. Choose a folder "
                  "under Schedule and make a backup: until then nothing can be recovered.");
    } else if (list.empty()) {
        text = tr("\u26a0 There is no backup of this workspace in %1 yet. Make one now: until "
                  "then nothing can be recovered.")
                   .arg(QDir::toNativeSeparators(backupFolder()));
    } else {
        qint64 newest = 0;
        for (const BackupInfo &b : list)
            newest = std::max(newest, b.createdMs);
        const qint64 age = QDateTime::currentMSecsSinceEpoch() - newest;
        if (age > rpoMs)
            text = tr("\u26a0 The newest backup is %1 old, older than the recovery-point "
                      "objective of %2. Make a backup now, or check the schedule.")
                       .arg(durationText(age), durationText(rpoMs));
    }
    m_banner->setText(text);
    m_banner->setVisible(!text.isEmpty());
}

void BackupTab::showPolicy(const BackupPolicy &policy)
{
    m_folder->setText(QDir::toNativeSeparators(policy.directory));
    m_scheduled->setChecked(policy.scheduled);
    m_interval->setValue(policy.intervalMinutes);
    m_rpo->setValue(policy.rpoMinutes);
    m_rto->setValue(policy.rtoMinutes);
    m_keepDaily->setValue(policy.keepDaily);
    m_keepWeekly->setValue(policy.keepWeekly);
}

void BackupTab::showDrill()
{
    if (!m_lastDrill) {
        for (QLabel *field : std::as_const(m_drillFields))
            field->clear();
        m_drillFields[2]->setText(tr("No drill yet. A drill proves that a backup restores, and "
                                     "how long it takes."));
        return;
    }
    const DrillReport &d = *m_lastDrill;
    const auto verdict = [](bool met) {
        return met ? tr("\u2714 meets the objective") : tr("\u2716 misses the objective");
    };
    m_drillFields[0]->setText(timeText(d.startedMs));
    m_drillFields[1]->setText(d.by);
    m_drillFields[2]->setText(d.ok ? tr("\u2714 Restored and verified")
                                   : tr("\u2716 Failed: %1").arg(d.problem));
    m_drillFields[3]->setText(d.ok ? tr("%1 (objective %2): %3")
                                         .arg(durationText(d.recoveryMs),
                                              durationText(d.rtoObjectiveMs),
                                              verdict(d.meetsRto()))
                                   : tr("not measured"));
    m_drillFields[4]->setText(d.recoveryPointMs < 0
                                  ? tr("no backup before the drill (objective %1): %2")
                                        .arg(durationText(d.rpoObjectiveMs), verdict(false))
                                  : tr("%1 (objective %2): %3")
                                        .arg(durationText(d.recoveryPointMs),
                                             durationText(d.rpoObjectiveMs),
                                             verdict(d.meetsRpo())));
    m_drillFields[5]->setText(QDir::toNativeSeparators(d.reportPath));
    m_drillFields[5]->setToolTip(QDir::toNativeSeparators(d.reportPath));
}

void BackupTab::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this,
                                                             tr("Choose the folder for backups"),
                                                             backupFolder());
    if (folder.isEmpty())
        return;
    m_folder->setText(QDir::toNativeSeparators(folder));
    refresh();
}

bool BackupTab::saveSchedule()
{
    if (!m_workspace || m_busy || !workspaceFree())
        return false;
    BackupPolicy policy = m_policy;
    policy.directory = QDir::fromNativeSeparators(m_folder->text().trimmed());
    policy.scheduled = m_scheduled->isChecked();
    policy.intervalMinutes = m_interval->value();
    policy.rpoMinutes = m_rpo->value();
    policy.rtoMinutes = m_rto->value();
    policy.keepDaily = m_keepDaily->value();
    policy.keepWeekly = m_keepWeekly->value();
    if (const QString problem = policy.problem(); !problem.isEmpty()) {
        MessageBox::critical(this, tr("Schedule not saved"), problem);
        return false;
    }
    if (auto saved = m_workspace->setBackupPolicy(policy); !saved) {
        reportFailure(tr("Schedule not saved"), saved.error());
        return false;
    }
    Q_EMIT statusMessage(policy.scheduled
                             ? tr("Schedule saved: a backup every %1 while someone is signed in.")
                                   .arg(durationText(qint64(policy.intervalMinutes) * 60'000))
                             : tr("Schedule saved: backups are made by hand."));
    refresh();
    showPolicy(m_policy);
    return true;
}

void BackupTab::reportFailure(const QString &title, const Error &error)
{
    MessageBox::critical(this, title, error.message, error.detail);
    Q_EMIT statusMessage(title);
}

} // namespace mizan
