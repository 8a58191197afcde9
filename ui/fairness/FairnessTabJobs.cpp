// The Fairness tab's jobs: the official report through the workspace (worker thread, progress,
// Cancel) and the local previews as the threshold or a privileged group changes (worker thread,
// coalesced: while one runs, only the latest request waits), from the report's row-level data or,
// for a role that gets aggregates only, from its threshold sweeps.

#include "common/Background.h"
#include "common/Dialogs.h"
#include "fairness/AlertModel.h"
#include "fairness/FairnessTab.h"
#include "fairness/SweepChart.h"
#include "workspace/Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSlider>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

#include <cmath>

namespace mizan {

namespace {

/** Each attribute's privileged group as the report was asked for it. */
QHash<QString, QString> privilegedOf(const FairnessReport &report)
{
    QHash<QString, QString> out;
    for (const AttributeReport &a : report.attributes)
        out.insert(a.name(), a.metrics.privileged);
    return out;
}

/**
 * The report at another threshold and privileged groups from aggregates only: each group's
 * confusion counts at `threshold` are in the sweep (the core guarantees they equal a report's
 * there), the ROC AUC and the small-group flags do not depend on the threshold, and the
 * disparities and AIF360's forms are functions of the counts. Intervals and optimizer runs are
 * left out (they need the rows).
 */
Result<FairnessReport> previewFromSweeps(const FairnessResult &official,
                                         double threshold,
                                         const QHash<QString, QString> &privileged)
{
    FairnessReport report = official.report;
    report.threshold = threshold;
    report.bootstrap.reset();
    for (AttributeReport &a : report.attributes) {
        const auto sweep = std::find_if(official.sweeps.begin(),
                                        official.sweeps.end(),
                                        [&a](const ThresholdSweep &s) {
                                            return s.attribute == a.name();
                                        });
        const auto at = sweep == official.sweeps.end() ? std::vector<double>::const_iterator{}
                                                       : std::find(sweep->thresholds.begin(),
                                                                   sweep->thresholds.end(),
                                                                   threshold);
        std::vector<GroupMetrics> &groups = a.metrics.groups;
        if (sweep == official.sweeps.end() || at == sweep->thresholds.end()
            || sweep->groups.size() != qsizetype(groups.size()))
            return fail(ErrorCode::InvalidInput,
                        QCoreApplication::translate("mizan::FairnessTab",
                                                    "The report has no sweep of %1 at %2; "
                                                    "compute it at this threshold.")
                            .arg(a.name(), QString::number(threshold)));
        const size_t t = size_t(at - sweep->thresholds.begin());
        a.metrics.privileged = privileged.value(a.name(), a.metrics.privileged);
        a.metrics.privilegedIndex = -1;
        for (size_t g = 0; g < groups.size(); ++g) {
            groups[g].counts = sweep->counts[t][g];
            if (!groups[g].missing && groups[g].name == a.metrics.privileged)
                a.metrics.privilegedIndex = int(g);
        }
        a.metrics.overall.counts = sweep->overall[t];
        a.disparities = AttributeDisparities::compute(a.metrics);
        a.intervals.reset();
        a.optimizer.clear();
    }
    return report;
}

} // namespace

bool FairnessTab::isPreviewing() const
{
    return m_preview.isRunning() || m_previewPending;
}

void FairnessTab::compute()
{
    if (m_busy || !m_workspace || !workspaceFree())
        return;
    if (m_modelCombo->count() == 0 || m_leadSetCombo->count() == 0) {
        MessageBox::information(this,
                                tr("Nothing to report on"),
                                tr("The workspace needs a model and a labelled lead set first."));
        return;
    }
    const qint64 model = m_modelCombo->currentData().toLongLong();
    const qint64 set = m_leadSetCombo->currentData().toLongLong();
    const FairnessQuery q = query();
    m_officialModel = m_modelCombo->currentData(kNameRole).toString();
    m_officialLeadSet = m_leadSetCombo->currentData(kNameRole).toString();
    m_officialModelId = model;
    m_officialLeadSetId = set;
    m_cancel = std::make_shared<CancelToken>();
    m_progress->setValue(0);
    m_progress->setFormat(q.options.bootstrap ? tr("Bootstrap… %p%") : tr("Computing… %p%"));
    setBusy(true);
    JobControl job;
    job.cancel = m_cancel.get();
    job.progress = [this](qint64 done, qint64 total) {
        const int percent = total > 0 ? int(done * 100 / total) : 0;
        QMetaObject::invokeMethod(
            this, [this, percent] { m_progress->setValue(percent); }, Qt::QueuedConnection);
    };
    Q_EMIT statusMessage(tr("Computing the fairness report…"));
    // While busy nothing else calls the workspace (the inputs are disabled and the window keeps
    // the other tabs away), so the worker is its only user.
    m_job.setFuture(
        QtConcurrent::run(jobPool(), [ws = m_workspace, model, set, q, job, token = m_cancel] {
            Official out{ws->fairnessReport(model, set, q, job), nullptr};
            if (out.result && out.result->data) { // row-level data only with leads.view
                // The ranking every preview reuses: one sort, here rather than on the UI thread.
                auto ranked = RankedPredictions::prepare(out.result->data->view());
                if (ranked)
                    out.ranked = std::make_shared<const RankedPredictions>(std::move(*ranked));
            }
            return out;
        }));
}

void FairnessTab::cancel()
{
    if (m_busy && m_cancel)
        m_cancel->cancel();
}

void FairnessTab::onOfficial()
{
    Official out = m_job.result();
    m_cancel.reset();
    setBusy(false);
    // A Cancel that came after the work was done (and recorded) does not hide its result.
    if (!out.result || (out.result->data && !out.ranked)) {
        if (!out.result && out.result.error().code == ErrorCode::Cancelled)
            Q_EMIT statusMessage(m_shown ? tr("Cancelled; the report shown is unchanged.")
                                         : tr("Cancelled."));
        else
            MessageBox::critical(this,
                                 tr("No fairness report"),
                                 out.result ? tr("The report's data could not be ranked.")
                                            : out.result.error().message,
                                 out.result ? QString() : out.result.error().detail);
        Q_EMIT computed(false);
        return;
    }
    ++m_generation; // previews of the last report are stale now
    m_official = std::move(*out.result);
    m_officialAt = QDateTime::currentDateTimeUtc();
    m_officialSource = Source{m_official->data, out.ranked, privilegedOf(m_official->report)};
    m_source = m_officialSource;
    m_aggregates = m_official->data ? nullptr : std::make_shared<const FairnessResult>(*m_official);
    showOfficial();
    const int fails = m_alertModel->count(AlertStatus::Fail);
    Q_EMIT statusMessage(
        fails > 0 ? tr("Fairness report recorded: %n check(s) of the bias policy fail.", "", fails)
                  : tr("Fairness report recorded: no check of the bias policy fails."));
    Q_EMIT computed(true);
}

void FairnessTab::sourceChanged()
{
    // A report shown is for the old choice: compute the new one (the official, audited path).
    if (m_official && !m_busy)
        compute();
}

void FairnessTab::setThreshold(double threshold)
{
    const double t = std::clamp(std::round(threshold * 100.0) / 100.0, 0.0, 1.0);
    {
        const QSignalBlocker blockSlider(m_slider);
        const QSignalBlocker blockSpin(m_thresholdSpin);
        m_slider->setValue(int(std::lround(t * 100.0)));
        m_thresholdSpin->setValue(t);
    }
    m_sweepChart->setThreshold(t); // the marker moves at once, the numbers follow
    schedulePreview();
}

QHash<QString, QString> FairnessTab::effectivePrivileged() const
{
    QHash<QString, QString> out;
    if (!m_official)
        return out;
    for (auto it = m_officialSource.privileged.cbegin(); it != m_officialSource.privileged.cend();
         ++it) {
        const QString &name = it.key();
        QString privileged = it.value();
        if (m_privileged.contains(name)) {
            privileged = m_privileged.value(name);
        } else if (const QStringList parts = name.split(QLatin1Char('|')); parts.size() == 2) {
            // An intersection follows its parts' choices: privileged = both privileged.
            QStringList groups = privileged.split(QLatin1Char('|'));
            if (groups.size() != 2)
                groups = QStringList{QString(), QString()};
            for (int i = 0; i < 2; ++i) {
                if (m_privileged.contains(parts[i]))
                    groups[i] = m_privileged.value(parts[i]);
            }
            privileged = groups[0].isEmpty() || groups[1].isEmpty() ? QString()
                                                                    : groups.join(QLatin1Char('|'));
        }
        out.insert(name, privileged);
    }
    return out;
}

bool FairnessTab::previewNeeded() const
{
    return m_official
           && (m_thresholdSpin->value() != m_official->report.threshold
               || effectivePrivileged() != m_officialSource.privileged);
}

void FairnessTab::schedulePreview()
{
    if (!m_official || m_busy)
        return;
    if (!previewNeeded()) {
        if (m_shown && m_shown->preview) {
            showOfficial(); // back where the official report is: show it, intervals and all
            Q_EMIT previewed(true);
        }
        return;
    }
    if (m_preview.isRunning()) {
        m_previewPending = true; // the latest request runs when this one is done
        return;
    }
    startPreview();
}

void FairnessTab::startPreview()
{
    m_previewPending = false;
    const QHash<QString, QString> privileged = effectivePrivileged();
    const Source base = m_source.privileged == privileged ? m_source : m_officialSource;
    FairnessOptions options;
    options.threshold = m_thresholdSpin->value();
    options.smallGroups = m_official->report.smallGroups;
    if (!m_official->report.attributes.empty()) {
        for (const OptimizerOutcome &o : m_official->report.attributes.front().optimizer)
            options.optimizer.push_back(o.constraint);
    }
    m_preview.setFuture(QtConcurrent::run(jobPool(),
                                          [base,
                                           aggregates = m_aggregates,
                                           privileged,
                                           options,
                                           policy = m_official->policy,
                                           generation = m_generation] {
                                              return computePreview(base,
                                                                    aggregates,
                                                                    privileged,
                                                                    options,
                                                                    policy,
                                                                    generation);
                                          }));
}

FairnessTab::Preview FairnessTab::computePreview(
    const Source &base,
    const std::shared_ptr<const FairnessResult> &aggregates,
    const QHash<QString, QString> &privileged,
    const FairnessOptions &options,
    const BiasPolicy &policy,
    quint64 generation)
{
    Preview out;
    out.generation = generation;
    out.threshold = options.threshold;
    out.source = base;
    if (!base.data) {
        out.source.privileged = privileged;
        if (aggregates)
            out.report = previewFromSweeps(*aggregates, options.threshold, privileged);
        else
            out.report = std::unexpected(
                makeError(ErrorCode::Internal,
                          QCoreApplication::translate("mizan::FairnessTab",
                                                      "The report to preview is missing.")));
        if (out.report)
            out.alerts = policy.evaluate(*out.report);
        return out;
    }
    if (base.privileged != privileged) {
        // Another reference group: a copy of the data with it, ranked once for the previews.
        auto data = std::make_shared<FairnessData>(*base.data);
        for (SensitiveGrouping &g : data->groupings)
            g.privileged = privileged.value(g.name);
        auto ranked = RankedPredictions::prepare(data->view());
        if (!ranked) {
            out.report = std::unexpected(ranked.error());
            return out;
        }
        out.source = Source{data,
                            std::make_shared<const RankedPredictions>(std::move(*ranked)),
                            privileged};
    }
    out.report = FairnessReport::compute(*out.source.ranked, options);
    if (out.report)
        out.alerts = policy.evaluate(*out.report);
    return out;
}

void FairnessTab::onPreview()
{
    Preview out = m_preview.result();
    const bool sameData = out.generation == m_generation && m_official;
    if (sameData && out.report && out.source.privileged == effectivePrivileged())
        m_source = out.source; // the next preview reuses this ranking
    const bool current = sameData && !m_previewPending && out.threshold == m_thresholdSpin->value()
                         && out.source.privileged == effectivePrivileged();
    if (!current) {
        m_previewPending = false;
        schedulePreview(); // the latest request, or the official report again
        return;
    }
    if (!out.report) {
        Q_EMIT statusMessage(tr("The preview failed: %1").arg(out.report.error().message));
        Q_EMIT previewed(false);
        return;
    }
    m_shown = Shown{std::move(*out.report), std::move(out.alerts), true};
    showShown();
    Q_EMIT previewed(true);
}

} // namespace mizan
