#include "scoring/ScoringTab.h"

#include "common/Background.h"
#include "common/Dialogs.h"
#include "common/DocumentPdf.h"
#include "model/ScoreExport.h"
#include "scoring/ScoreFilterModel.h"
#include "scoring/ScoreHistogram.h"
#include "scoring/ScoreTableModel.h"

#include "workspace/Workspace.h"
#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <QtConcurrent/QtConcurrentRun>

namespace mizan {

ScoringTab::ScoringTab(QWidget *parent)
    : QWidget(parent)
    , m_model(new ScoreTableModel(this))
    , m_filter(new ScoreFilterModel(this))
{
    setObjectName(QStringLiteral("scoringTab"));
    m_filter->setTable(m_model);
    buildUi();
    createActions();
    connect(&m_scoring,
            &QFutureWatcher<Result<ScoringOutcome>>::finished,
            this,
            &ScoringTab::onScoringDone);
    connect(&m_exporting, &QFutureWatcher<Result<>>::finished, this, [this] {
        const Result<> result = m_exporting.result();
        setBusy(false);
        if (!result) {
            MessageBox::critical(this, tr("Export failed"), result.error().message);
            Q_EMIT exportFinished(false);
            return;
        }
        Q_EMIT statusMessage(tr("Scores exported."));
        Q_EMIT exportFinished(true);
    });
    updateInputLabels();
    setBusy(false);
}

ScoringTab::~ScoringTab()
{
    // A job must not outlive the tab it reports to.
    if (m_cancel)
        m_cancel->cancel();
    m_scoring.waitForFinished();
    m_exporting.waitForFinished();
}

void ScoringTab::buildUi()
{
    // Inputs: the lead file, its spec, the model; then score and cancel.
    auto *inputs = new QGroupBox(tr("Leads and model"), this);
    auto *form = new QFormLayout;
    const auto row = [this, form](const QString &label,
                                  QLabel *&value,
                                  QPushButton *&button,
                                  const QString &buttonText) {
        value = new QLabel(this);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setMinimumWidth(200);
        button = new QPushButton(buttonText, this);
        auto *line = new QHBoxLayout;
        line->addWidget(value, 1);
        line->addWidget(button);
        form->addRow(label, line);
    };
    row(tr("Lead file:"), m_leadsLabel, m_leadsButton, tr("&Open leads…"));
    row(tr("Dataset spec:"), m_specLabel, m_specButton, tr("Choose s&pec…"));
    row(tr("Model:"), m_modelLabel, m_modelButton, tr("Choose &model…"));
    m_scoreButton = new QPushButton(tr("&Score"), this);
    m_scoreButton->setObjectName(QStringLiteral("scoreButton"));
    m_scoreButton->setDefault(true);
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 100);
    m_progress->setTextVisible(true);
    auto *run = new QHBoxLayout;
    for (QPushButton *button : {m_scoreButton, m_cancelButton})
        button->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    run->addWidget(m_scoreButton);
    run->addWidget(m_cancelButton);
    run->addWidget(m_progress, 1);
    run->addStretch(0);
    auto *inputsLayout = new QVBoxLayout(inputs);
    m_fileInputs = new QWidget(inputs);
    m_fileInputs->setLayout(form);
    form->setContentsMargins(0, 0, 0, 0);
    inputsLayout->addWidget(m_fileInputs);
    m_workspaceInputs = buildWorkspaceInputs(inputs);
    m_workspaceInputs->hide();
    inputsLayout->addWidget(m_workspaceInputs);
    inputsLayout->addLayout(run);

    // Filters over the table, and export.
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setPlaceholderText(tr("Search leads (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_band = new QComboBox(this);
    m_band->setObjectName(QStringLiteral("bandFilter"));
    m_band->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_band->addItem(tr("All bands"), -1);
    m_minimum = new QDoubleSpinBox(this);
    m_maximum = new QDoubleSpinBox(this);
    for (QDoubleSpinBox *box : {m_minimum, m_maximum}) {
        box->setRange(0.0, 100.0);
        box->setDecimals(1);
        box->setSingleStep(5.0);
        box->setSuffix(QLocale().percent());
    }
    m_minimum->setObjectName(QStringLiteral("minimumProbability"));
    m_maximum->setObjectName(QStringLiteral("maximumProbability"));
    m_maximum->setValue(100.0);
    m_exportButton = new QPushButton(tr("&Export CSV…"), this);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    auto *filters = new QHBoxLayout;
    auto *searchLabel = new QLabel(tr("Searc&h:"), this);
    searchLabel->setBuddy(m_search);
    auto *bandLabel = new QLabel(tr("&Band:"), this);
    bandLabel->setBuddy(m_band);
    auto *rangeLabel = new QLabel(tr("Probability fro&m"), this);
    rangeLabel->setBuddy(m_minimum);
    filters->addWidget(searchLabel);
    filters->addWidget(m_search, 2);
    filters->addWidget(bandLabel);
    filters->addWidget(m_band);
    filters->addWidget(rangeLabel);
    filters->addWidget(m_minimum);
    auto *toLabel = new QLabel(tr("t&o"), this);
    toLabel->setBuddy(m_maximum);
    filters->addWidget(toLabel);
    filters->addWidget(m_maximum);
    filters->addStretch(1);
    m_explainButton = new QPushButton(tr("E&xplain lead"), this);
    m_explainButton->setObjectName(QStringLiteral("explainLeadButton"));
    filters->addWidget(m_explainButton);
    filters->addWidget(m_exportButton);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("scoreTable"));
    m_table->setAccessibleName(tr("Scored leads"));
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ScoreTableModel::ProbabilityColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setVisible(false);
    // Column widths from the first rows only: measuring 1,000 rows of every column after each
    // scoring run held the UI thread 64 ms for 100,000 leads (mizan-ui-bench --stall).
    m_table->horizontalHeader()->setResizeContentsPrecision(64);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);

    auto *tablePane = new QWidget(this);
    auto *tableLayout = new QVBoxLayout(tablePane);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addLayout(filters);
    tableLayout->addWidget(m_table, 1);

    // Summary and histogram.
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_bandSummary = new QLabel(this);
    m_bandSummary->setObjectName(QStringLiteral("bandSummaryLabel"));
    m_bandSummary->setWordWrap(true);
    m_bandSummary->setTextFormat(Qt::RichText);
    m_histogram = new ScoreHistogram(this);
    m_histogram->setAccessibleName(tr("Score distribution"));
    auto *chartPane = new QWidget(this);
    auto *chartLayout = new QVBoxLayout(chartPane);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->addWidget(m_summary);
    chartLayout->addWidget(m_bandSummary);
    chartLayout->addWidget(m_histogram, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("scoringSplitter"));
    splitter->addWidget(tablePane);
    splitter->addWidget(chartPane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({3000, 2000}); // proportions: the table must not squeeze the chart
    chartPane->setMinimumWidth(320);
    m_table->setMinimumWidth(360);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(inputs);
    layout->addWidget(splitter, 1);

    connect(m_leadsButton, &QPushButton::clicked, this, &ScoringTab::openLeads);
    connect(m_specButton, &QPushButton::clicked, this, &ScoringTab::openSpec);
    connect(m_modelButton, &QPushButton::clicked, this, &ScoringTab::openModel);
    connect(m_scoreButton, &QPushButton::clicked, this, &ScoringTab::score);
    connect(m_cancelButton, &QPushButton::clicked, this, &ScoringTab::cancel);
    connect(m_exportButton, &QPushButton::clicked, this, &ScoringTab::exportScores);
    connect(m_explainButton, &QPushButton::clicked, this, &ScoringTab::explainSelected);
    connect(m_search, &QLineEdit::textChanged, this, &ScoringTab::updateFilter);
    connect(m_band, &QComboBox::currentIndexChanged, this, &ScoringTab::updateFilter);
    connect(m_minimum, &QDoubleSpinBox::valueChanged, this, &ScoringTab::updateFilter);
    connect(m_maximum, &QDoubleSpinBox::valueChanged, this, &ScoringTab::updateFilter);
}

void ScoringTab::createActions()
{
    const auto add = [this](const QKeySequence &keys, auto slot, QPushButton *button = nullptr) {
        auto *action = new QAction(button ? button->text() : QString(), this);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        if (button)
            button->setToolTip(button->text().remove(u'&') + QStringLiteral(" (")
                               + keys.toString(QKeySequence::NativeText) + u')');
        return action;
    };
    m_openLeadsAction = add(QKeySequence::Open, &ScoringTab::openLeads, m_leadsButton);
    m_openModelAction = add(QKeySequence(Qt::CTRL | Qt::Key_M),
                            &ScoringTab::openModel,
                            m_modelButton);
    m_scoreAction = add(QKeySequence(Qt::CTRL | Qt::Key_R), &ScoringTab::score, m_scoreButton);
    add(QKeySequence(Qt::Key_F5), &ScoringTab::score);
    add(QKeySequence(Qt::Key_Escape), &ScoringTab::cancel, m_cancelButton);
    m_exportAction = add(QKeySequence(Qt::CTRL | Qt::Key_E),
                         &ScoringTab::exportScores,
                         m_exportButton);
    m_explainAction = add(QKeySequence(Qt::CTRL | Qt::Key_I),
                          &ScoringTab::explainSelected,
                          m_explainButton);
    m_explainAction->setObjectName(QStringLiteral("explainLeadAction"));
    m_table->addAction(m_explainAction); // the table's context menu
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    add(QKeySequence::Find, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
}

void ScoringTab::updateInputLabels()
{
    const QString none = tr("<i>none chosen</i>");
    m_leadsLabel->setText(m_leadsPath.isEmpty() ? none : QFileInfo(m_leadsPath).fileName());
    m_leadsLabel->setToolTip(m_leadsPath);
    m_specLabel->setText(m_specPath.isEmpty() ? tr("<i>the model's own</i>")
                                              : QFileInfo(m_specPath).fileName());
    m_specLabel->setToolTip(m_specPath);
    m_modelLabel->setText(m_modelPath.isEmpty()          ? none
                          : m_modelDescription.isEmpty() ? QFileInfo(m_modelPath).fileName()
                                                         : m_modelDescription);
    m_modelLabel->setToolTip(m_modelPath);
    m_scoreButton->setEnabled(!m_busy
                              && (m_workspace
                                      ? m_leadSetCombo->count() > 0 && m_modelCombo->count() > 0
                                      : !m_leadsPath.isEmpty() && !m_modelPath.isEmpty()));
    for (QWidget *w : m_workspaceInputs->findChildren<QWidget *>())
        w->setEnabled(!m_busy);
}

void ScoringTab::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget *w : std::initializer_list<QWidget *>{m_leadsButton,
                                                       m_specButton,
                                                       m_modelButton,
                                                       m_exportButton})
        w->setEnabled(!busy);
    m_exportButton->setEnabled(!busy && m_model->rowCount() > 0);
    m_explainButton->setEnabled(!busy && m_model->rowCount() > 0 && m_shownBundle);
    m_explainAction->setEnabled(m_explainButton->isEnabled() && !m_explainButton->isHidden());
    m_cancelButton->setEnabled(busy && m_cancel);
    m_progress->setVisible(busy);
    updateInputLabels();
}

void ScoringTab::score()
{
    if (m_workspace) {
        // What the run is about, for the Explain tab once it is shown.
        m_runLeadSet = m_leadSetCombo->currentData().toLongLong();
        m_runModel = m_modelCombo->currentData().toLongLong();
        scoreInWorkspace();
        return;
    }
    scoreFiles();
}

JobControl ScoringTab::startJob()
{
    m_cancel = std::make_shared<CancelToken>();
    m_progress->setValue(0);
    setBusy(true);
    JobControl job;
    job.cancel = m_cancel.get();
    job.progress = [this](qint64 done, qint64 total) {
        const int percent = total > 0 ? static_cast<int>(done * 100 / total) : 0;
        QMetaObject::invokeMethod(
            this, [this, percent] { m_progress->setValue(percent); }, Qt::QueuedConnection);
    };
    return job;
}

void ScoringTab::cancel()
{
    if (m_busy && m_cancel)
        m_cancel->cancel();
}

void ScoringTab::onScoringDone()
{
    const Result<ScoringOutcome> result = m_scoring.result();
    m_cancel.reset();
    setBusy(false);
    if (!result) {
        if (result.error().code == ErrorCode::Cancelled) {
            Q_EMIT statusMessage(tr("Scoring was cancelled; the table is unchanged."));
        } else {
            MessageBox::critical(this,
                                 tr("Scoring failed"),
                                 result.error().message,
                                 result.error().detail);
            Q_EMIT statusMessage(tr("Scoring failed; the table is unchanged."));
        }
        Q_EMIT scoringFinished(false);
        return;
    }
    showOutcome(*result);
    if (showsStoredScores())
        Q_EMIT statusMessage(storedRunText());
    Q_EMIT scoringFinished(true);
}

void ScoringTab::showOutcome(const ScoringOutcome &outcome)
{
    const RiskBands &bands = outcome.bundle->bands;
    m_filter->setNextOrder(outcome.order); // ordered by the job: the reset only filters
    m_model->setScores(outcome.data, outcome.scores, bands);
    m_shownBundle = outcome.bundle;
    m_shownLeadSet = m_workspace ? m_runLeadSet : -1;
    m_shownModel = m_workspace ? m_runModel : -1;
    m_histogram->setScores(outcome.scores->probabilities, bands);

    // Band filter entries follow the model's bands.
    const QSignalBlocker blocker(m_band);
    m_band->clear();
    m_band->addItem(tr("All bands"), -1);
    for (qsizetype b = 0; b < bands.labels.size(); ++b)
        m_band->addItem(bands.labels[b], static_cast<int>(b));

    const QLocale locale;
    const Scores &s = *outcome.scores;
    double sum = 0;
    std::vector<qint64> perBand(static_cast<size_t>(bands.labels.size()), 0);
    for (qint64 i = 0; i < s.size(); ++i) {
        sum += s.probabilities[static_cast<size_t>(i)];
        ++perBand[s.bands[static_cast<size_t>(i)]];
    }
    const QJsonObject test = outcome.bundle->metrics.value(QStringLiteral("test")).toObject();
    const QString auc
        = test.contains(QStringLiteral("roc_auc"))
              ? tr(", test AUC %1")
                    .arg(locale.toString(test.value(QStringLiteral("roc_auc")).toDouble(), 'f', 3))
              : QString();
    m_modelDescription = tr("%1 — %2%3")
                             .arg(QFileInfo(m_modelPath).fileName(),
                                  outcome.bundle->name.toHtmlEscaped(),
                                  auc);
    m_modelLabel->setText(m_modelDescription);
    m_summary->setText(
        tr("<b>%1</b> leads scored · mean probability <b>%2</b>")
            .arg(locale.toString(s.size()),
                 locale.toString(s.size() ? sum / double(s.size()) * 100.0 : 0.0, 'f', 1)
                     + locale.percent()));
    QStringList parts;
    for (qsizetype b = 0; b < bands.labels.size(); ++b) {
        const QString range = b == 0 ? tr("below %1").arg(locale.toString(bands.cutoffs[0], 'f', 2))
                              : b == bands.labels.size() - 1
                                  ? tr("from %1").arg(locale.toString(bands.cutoffs.back(), 'f', 2))
                                  : tr("%1 to %2")
                                        .arg(locale.toString(bands.cutoffs[size_t(b - 1)], 'f', 2),
                                             locale.toString(bands.cutoffs[size_t(b)], 'f', 2));
        parts.append(tr("%1: <b>%2</b> (%3)")
                         .arg(bands.labels[b].toHtmlEscaped(),
                              locale.toString(perBand[static_cast<size_t>(b)]),
                              range));
    }
    m_bandSummary->setText(parts.join(QStringLiteral(" · ")));
    m_table->resizeColumnsToContents();
    setBusy(false);
    Q_EMIT statusMessage(
        tr("%1 leads scored with %2.").arg(locale.toString(s.size()), outcome.bundle->name));
}

void ScoringTab::clearResults()
{
    if (m_busy)
        return;
    m_model->clear();
    m_shownBundle.reset();
    m_shownLeadSet = m_shownModel = -1;
    m_histogram->clear();
    m_summary->clear();
    m_bandSummary->clear();
    setBusy(false);
}

void ScoringTab::explainSelected()
{
    const QModelIndex current = m_table->currentIndex().isValid() ? m_table->currentIndex()
                                                                  : m_filter->index(0, 0);
    if (m_busy || !current.isValid() || !m_shownBundle)
        return;
    const int row = m_filter->mapToSource(current).row();
    Q_EMIT explainRequested(row, m_model->dataset()->idOf(row));
}

void ScoringTab::updateFilter()
{
    m_filter->setSearchText(m_search->text());
    const int band = m_band->currentData().isValid() ? m_band->currentData().toInt() : -1;
    m_filter->setBands(band < 0 ? std::set<int>() : std::set<int>{band});
    m_filter->setProbabilityRange(m_minimum->value() / 100.0, m_maximum->value() / 100.0);
}

void ScoringTab::exportScores()
{
    if (m_busy || m_model->rowCount() == 0)
        return;
    const QString suggested = QDir(folderSetting("exportFolder"))
                                  .filePath(QFileInfo(m_leadsPath).completeBaseName()
                                            + QStringLiteral("-scores.csv"));
    const QString file = FileDialog::saveFile(this,
                                              tr("Export scores as CSV"),
                                              suggested,
                                              tr("CSV files (*.csv)"));
    if (file.isEmpty())
        return;
    rememberFolder("exportFolder", file);
    // The marking first: the audit entry below records an export that is then written.
    const auto marking = exportMarkingOf(m_workspace.get());
    if (!marking) {
        MessageBox::critical(this, tr("Export refused"), marking.error().message);
        return;
    }
    if (m_workspace) {
        // Decrypted data leaves the workspace: checked and audited in core first.
        // The target names the lead set, so that lineage finds the export.
        if (auto allowed
            = m_workspace->recordExport(QStringLiteral("leadset:%1")
                                            .arg(m_leadSetCombo->currentData().toLongLong()),
                                        file,
                                        m_model->rowCount());
            !allowed) {
            MessageBox::critical(this, tr("Export refused"), allowed.error().message);
            return;
        }
    }
    setBusy(true);
    m_exporting.setFuture(
        QtConcurrent::run(jobPool(),
                          [file,
                           marking = *marking,
                           data = m_model->dataset(),
                           scores = m_model->scores(),
                           bands = m_model->bands()]() -> Result<> {
                              QSaveFile out(file);
                              if (!out.open(QIODevice::WriteOnly))
                                  return fail(ErrorCode::Io,
                                              QCoreApplication::translate("mizan::ScoringTab",
                                                                          "%1: cannot write: %2")
                                                  .arg(file, out.errorString()));
                              out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
                              MIZAN_CHECK(
                                  ScoreExport::writeCsv(out, file, *data, *scores, bands, marking));
                              if (!out.commit())
                                  return fail(ErrorCode::Io,
                                              QCoreApplication::translate("mizan::ScoringTab",
                                                                          "%1: cannot write: %2")
                                                  .arg(file, out.errorString()));
                              return {};
                          }));
}

} // namespace mizan
