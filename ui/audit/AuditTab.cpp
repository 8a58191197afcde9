// The Audit tab: the filter bar, the paged table and the detail pane. Jobs: AuditTabJobs.cpp.

#include "audit/AuditTab.h"

#include "audit/AuditDetailPane.h"
#include "audit/AuditFilterBar.h"
#include "audit/AuditModel.h"
#include "workspace/Workspace.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace mizan {

AuditTab::AuditTab(std::shared_ptr<Workspace> workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(std::move(workspace))
    , m_model(new AuditModel(m_workspace.get(), this))
    , m_filterBar(new AuditFilterBar(this))
    , m_view(new QTableView(this))
    , m_detail(new AuditDetailPane(this))
{
    setObjectName(QStringLiteral("AuditTab"));
    m_view->setObjectName(QStringLiteral("auditView"));
    m_view->setAccessibleName(tr("Audit entries"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    // Fixed row heights and fixed column widths: nothing measures every loaded row.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    QHeaderView *header = m_view->horizontalHeader();
    const auto width = [this](const QString &sample) {
        return fontMetrics().horizontalAdvance(sample) + 24;
    };
    header->resizeSection(AuditModel::Seq, width(QLocale().toString(9999999)));
    header->resizeSection(AuditModel::Time, width(QStringLiteral("2026-12-31 23:59:59")));
    header->resizeSection(AuditModel::Actor, width(QStringLiteral("recovery__")));
    header->resizeSection(AuditModel::RoleColumn, width(tr("Privacy officer")));
    header->resizeSection(AuditModel::Action, width(QStringLiteral("explain.view_pii__")));
    header->resizeSection(AuditModel::Outcome, width(tr("Denied")));
    header->setSectionResizeMode(AuditModel::Target, QHeaderView::Stretch);
    header->setSortIndicatorShown(true);
    header->setSortIndicator(AuditModel::Time, Qt::DescendingOrder);
    m_view->setSortingEnabled(true);
    // Only time (and entry number, the same order) sorts: a click elsewhere changes nothing.
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this, header](int section) {
        if (section == AuditModel::Seq || section == AuditModel::Time)
            return;
        const QSignalBlocker blocker(header);
        header->setSortIndicator(AuditModel::Time,
                                 m_model->newestFirst() ? Qt::DescendingOrder : Qt::AscendingOrder);
    });

    m_loaded = new QLabel(this);
    m_loaded->setObjectName(QStringLiteral("loadedLabel"));
    auto *tablePane = new QWidget(this);
    auto *tableLayout = new QVBoxLayout(tablePane);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_view, 1);
    tableLayout->addWidget(m_loaded);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("auditSplitter"));
    m_splitter->addWidget(tablePane);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 11);
    m_splitter->setStretchFactor(1, 9);
    m_splitter->setSizes({1100, 900}); // relative: room for 64 hex digits in the pane
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filterBar);
    layout->addWidget(buildActions());
    layout->addWidget(m_splitter, 1);

    m_detailTimer.setSingleShot(true);
    m_detailTimer.setInterval(120);
    connect(&m_detailTimer, &QTimer::timeout, this, &AuditTab::loadDetail);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        m_detailTimer.start();
    });
    connect(m_filterBar, &AuditFilterBar::applyRequested, this, &AuditTab::applyFilter);
    connect(m_model, &AuditModel::loadedChanged, this, &AuditTab::updateLoadedLabel);
    connect(m_model, &AuditModel::errorOccurred, this, [this](const QString &message) {
        m_loaded->setText(message);
        Q_EMIT statusMessage(message);
    });
    connect(&m_verifying,
            &QFutureWatcher<Result<AuditVerifyReport>>::finished,
            this,
            &AuditTab::onVerified);
    connect(&m_exporting,
            &QFutureWatcher<Result<EvidencePack::Written>>::finished,
            this,
            &AuditTab::onExported);
    connect(&m_reporting,
            &QFutureWatcher<Result<ComplianceReport>>::finished,
            this,
            &AuditTab::onReported);
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, &AuditTab::cancel);

    setTabOrder(m_filterBar->lastInFocusChain(), m_verifyButton);
    QWidget *chain[] = {m_verifyButton,
                        m_verifySavedButton,
                        m_cancelButton,
                        m_historyButton,
                        m_signButton,
                        m_exportButton,
                        m_reportButton,
                        m_showBad,
                        m_view,
                        m_detail->browser()};
    for (size_t i = 1; i < std::size(chain); ++i)
        setTabOrder(chain[i - 1], chain[i]);
    setBusy(false);
}

AuditTab::~AuditTab()
{
    // A job must not outlive the tab it reports to.
    if (m_cancel)
        m_cancel->cancel();
    m_verifying.waitForFinished();
    m_exporting.waitForFinished();
    m_reporting.waitForFinished();
}

QWidget *AuditTab::buildActions()
{
    auto *box = new QWidget(this);
    const auto button = [box](const QString &text, const char *name, const QString &accessible) {
        auto *b = new QPushButton(text, box);
        b->setObjectName(QLatin1String(name));
        b->setAccessibleName(accessible);
        return b;
    };
    m_verifyButton = button(tr("&Verify the log"), "verifyButton", tr("Verify the whole log"));
    m_verifyButton->setToolTip(
        tr("Checks every entry, the hash chain, the Merkle tree and every signed checkpoint"));
    m_verifySavedButton = button(tr("Verify against a saved chec&kpoint…"),
                                 "verifySavedButton",
                                 tr("Verify against a checkpoint kept in a file"));
    m_cancelButton = button(tr("Cancel"), "cancelButton", tr("Cancel the running job"));
    m_progress = new QProgressBar(box);
    m_progress->setObjectName(QStringLiteral("progressBar"));
    m_progress->setAccessibleName(tr("Progress"));
    m_progress->setRange(0, 100);
    m_historyButton = button(tr("Checkpoint histor&y…"),
                             "historyButton",
                             tr("Show the checkpoint history"));
    m_signButton = button(tr("Sign &checkpoint…"), "signButton", tr("Sign a checkpoint now"));
    m_signButton->setToolTip(tr("Signs the log as it is now with the workspace key and your "
                                "own, and saves the checkpoint to a file you keep"));
    m_exportButton = button(tr("E&xport evidence pack…"),
                            "exportButton",
                            tr("Export an evidence pack of the entries shown"));
    m_exportButton->setToolTip(tr("Writes the entries the filter shows, with their proofs, the "
                                  "checkpoints and the keys, to a folder that verifies offline"));
    connect(m_verifyButton, &QPushButton::clicked, this, &AuditTab::verify);
    connect(m_verifySavedButton, &QPushButton::clicked, this, &AuditTab::verifyAgainstSaved);
    connect(m_cancelButton, &QPushButton::clicked, this, &AuditTab::cancel);
    connect(m_historyButton, &QPushButton::clicked, this, &AuditTab::showCheckpointHistory);
    connect(m_signButton, &QPushButton::clicked, this, &AuditTab::signCheckpoint);
    m_reportButton = button(tr("Compliance &report…"),
                            "reportButton",
                            tr("Write the compliance report"));
    m_reportButton->setToolTip(tr("Actions by type and user, denials, approvals, fairness alerts, "
                                  "erasures and backups in the filter's time range, with the "
                                  "verification and its signed checkpoint (PDF or CSV)"));
    connect(m_exportButton, &QPushButton::clicked, this, &AuditTab::exportPack);
    connect(m_reportButton, &QPushButton::clicked, this, &AuditTab::writeReport);
    const bool canVerify = m_workspace->can(Permission::AuditVerify);
    for (QPushButton *b : {m_verifyButton, m_verifySavedButton, m_signButton})
        b->setVisible(canVerify);
    m_exportButton->setVisible(m_workspace->can(Permission::AuditExport));
    m_reportButton->setVisible(m_workspace->can(Permission::AuditExport));

    m_verdict = new QLabel(box);
    m_verdict->setObjectName(QStringLiteral("verdictLabel"));
    m_verdict->setAccessibleName(tr("Verification verdict"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextFormat(Qt::RichText);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_verdict->hide();
    m_showBad = button(tr("Sho&w the entry"), "showBadEntryButton", tr("Show the first bad entry"));
    m_showBad->hide();
    connect(m_showBad, &QPushButton::clicked, this, [this] {
        if (m_report && m_report->firstBadSeq > 0)
            showEntry(m_report->firstBadSeq);
    });

    auto *run = new QHBoxLayout;
    run->addWidget(m_verifyButton);
    run->addWidget(m_verifySavedButton);
    run->addWidget(m_cancelButton);
    run->addWidget(m_progress, 1);
    run->addStretch(1);
    run->addWidget(m_historyButton);
    run->addWidget(m_signButton);
    run->addWidget(m_exportButton);
    run->addWidget(m_reportButton);
    auto *verdict = new QHBoxLayout;
    verdict->addWidget(m_verdict, 1);
    verdict->addWidget(m_showBad, 0, Qt::AlignVCenter);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(run);
    layout->addLayout(verdict);
    return box;
}

void AuditTab::refresh()
{
    applyFilter();
}

void AuditTab::applyFilter()
{
    if (m_busy || !m_workspace->isUnlocked())
        return;
    const qint64 selected = currentSeq();
    m_model->setFilter(m_filterBar->filter());
    const int row = selected > 0 ? m_model->rowOfSeq(selected) : -1;
    if (row >= 0) {
        m_view->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                                  QItemSelectionModel::ClearAndSelect
                                                      | QItemSelectionModel::Rows);
    } else {
        m_detailTimer.stop();
        m_detail->clear();
    }
}

qint64 AuditTab::currentSeq() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    return current.isValid() ? m_model->seqAt(current.row()) : 0;
}

void AuditTab::updateLoadedLabel()
{
    const QLocale locale;
    const int rows = m_model->rowCount();
    const QString order = m_model->newestFirst() ? tr("newest first") : tr("oldest first");
    if (rows == 0)
        m_loaded->setText(m_model->filter().isEmpty() ? tr("The log is empty.")
                                                      : tr("No entry matches the filter."));
    else if (m_model->atEnd())
        m_loaded->setText(
            tr("All %1 matching entries shown, %2.").arg(locale.toString(rows), order));
    else
        m_loaded->setText(
            tr("%1 entries shown, %2; scroll down for more.").arg(locale.toString(rows), order));
}

void AuditTab::loadDetail()
{
    const qint64 seq = currentSeq();
    if (seq <= 0 || m_busy) {
        if (seq <= 0)
            m_detail->clear();
        return;
    }
    auto proof = m_workspace->auditProof(seq);
    if (!proof) {
        m_detail->showError(proof.error().message);
        return;
    }
    // The proof says the entry is under the root; the signatures say who vouches for the root.
    QString signatureProblem;
    if (proof->checkpoint) {
        if (auto keys = m_workspace->auditKeyring(); keys)
            signatureProblem = keys->checkSignatures(proof->checkpoint->checkpoint);
        else
            signatureProblem = keys.error().message;
    }
    m_detail->showProof(*proof, signatureProblem);
    Q_EMIT entryShown(seq);
}

void AuditTab::showEntry(qint64 seq)
{
    if (m_busy || seq <= 0)
        return;
    AuditFilter from;
    from.fromSeq = seq;
    m_filterBar->setFilter(from);
    {
        const QSignalBlocker blocker(m_view->horizontalHeader());
        m_view->horizontalHeader()->setSortIndicator(AuditModel::Seq, Qt::AscendingOrder);
    }
    m_model->setQuery(from, false);
    const int row = m_model->rowOfSeq(seq);
    if (row < 0) {
        m_detail->showError(tr("The log has no entry %1.").arg(QLocale().toString(seq)));
        return;
    }
    const QModelIndex index = m_model->index(row, 0);
    m_view->selectionModel()->setCurrentIndex(index,
                                              QItemSelectionModel::ClearAndSelect
                                                  | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    m_detailTimer.stop();
    loadDetail();
    Q_EMIT statusMessage(tr("Showing the log from entry %1.").arg(QLocale().toString(seq)));
}

void AuditTab::setBusy(bool busy)
{
    const bool changed = busy != m_busy;
    m_busy = busy;
    m_model->setSuspended(busy);
    for (QWidget *w : std::initializer_list<QWidget *>{m_filterBar,
                                                       m_view,
                                                       m_verifyButton,
                                                       m_verifySavedButton,
                                                       m_historyButton,
                                                       m_signButton,
                                                       m_exportButton,
                                                       m_reportButton,
                                                       m_showBad})
        w->setEnabled(!busy);
    m_cancelButton->setVisible(busy);
    m_cancelButton->setEnabled(busy);
    m_progress->setVisible(busy);
    if (changed)
        Q_EMIT busyChanged(busy);
}

} // namespace mizan
