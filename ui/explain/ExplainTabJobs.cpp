// The Explain tab's background jobs (suggested changes, the model view) and the PDF report.

#include "common/Background.h"
#include "common/Dialogs.h"
#include "common/DocumentPdf.h"
#include "explain/CounterfactualModel.h"
#include "explain/ExplainTab.h"
#include "explain/ExplanationPdf.h"
#include "explain/GlobalCharts.h"
#include "explain/WhatIfModel.h"
#include "workspace/Workspace.h"

#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QRegularExpression>
#include <QSettings>
#include <QtConcurrent/QtConcurrentRun>

namespace mizan {

JobControl ExplainTab::startJob(QProgressBar *bar)
{
    m_cancel = std::make_shared<CancelToken>();
    m_activeProgress = bar;
    bar->setValue(0);
    setBusy(true);
    JobControl job;
    job.cancel = m_cancel.get();
    if (bar->maximum() > 0) {
        job.progress = [this, bar](qint64 done, qint64 total) {
            const int value = total > 0 ? int(done * 100 / total) : 0;
            QMetaObject::invokeMethod(
                this, [bar, value] { bar->setValue(value); }, Qt::QueuedConnection);
        };
    }
    return job;
}

void ExplainTab::cancel()
{
    if (m_busy && m_cancel)
        m_cancel->cancel();
}

void ExplainTab::suggestChanges()
{
    if (m_busy || !m_current || !m_explainer || !workspaceFree())
        return;
    ExplainOptions options;
    options.counterfactuals = true;
    options.counterfactualOptions.threshold = m_threshold->value();
    const Lead lead = m_whatIf->lead();
    const bool edited = !(lead == m_original->lead);
    m_suggestedFor = lead;
    Q_EMIT statusMessage(tr("Looking for changes that cross %1…")
                             .arg(QLocale().toString(m_threshold->value(), 'f', 2)));
    const JobControl job = startJob(m_progress);
    if (m_workspace) {
        // Audited like any explanation: explain.view, or explain.whatif for an edited lead.
        m_suggesting.setFuture(QtConcurrent::run(
            jobPool(),
            [ws = m_workspace, ref = m_shown, lead, edited, options, job, token = m_cancel] {
                return edited ? ws->explainWhatIf(ref.modelId,
                                                  ref.leadSetId,
                                                  ref.row,
                                                  lead,
                                                  options,
                                                  job)
                              : ws->explainLead(ref.modelId, ref.leadSetId, ref.row, options, job);
            }));
    } else {
        m_suggesting.setFuture(
            QtConcurrent::run(jobPool(),
                              [engines = m_explainer, lead, options, job, token = m_cancel] {
                                  return engines->explain(lead, options, job);
                              }));
    }
}

void ExplainTab::onSuggested()
{
    const Result<LeadExplanation> result = m_suggesting.result();
    const bool cancelled = m_cancel && m_cancel->isCancelled();
    m_cancel.reset();
    setBusy(false);
    if (cancelled || !result) {
        m_suggestedFor.reset();
        if (cancelled || result.error().code == ErrorCode::Cancelled)
            Q_EMIT statusMessage(tr("Cancelled; no changes suggested."));
        else
            MessageBox::critical(this,
                                 tr("No suggestions"),
                                 result.error().message,
                                 result.error().detail);
        Q_EMIT counterfactualsFinished(false);
        if (m_whatIfPending)
            recomputeWhatIf();
        return;
    }
    const double threshold = m_threshold->value();
    const bool above = result->shap.probability >= threshold;
    m_counterfactuals->setCounterfactuals(m_explainer, result->counterfactuals);
    const QString forWhich = m_whatIf->isEdited() ? tr("the what-if values")
                                                  : tr("the lead's values");
    const QString t = QLocale().toString(threshold, 'f', 2);
    if (result->counterfactuals.empty())
        m_suggestLabel->setText(tr("No change of at most three features moves %1 %2 %3.")
                                    .arg(forWhich, above ? tr("below") : tr("to or above"), t));
    else
        m_suggestLabel->setText(
            tr("Changes that move %1 %2 %3, cheapest first. Double-click one to try it.")
                .arg(forWhich, above ? tr("below") : tr("to or above"), t));
    Q_EMIT statusMessage(tr("%n change(s) suggested.", "", int(result->counterfactuals.size())));
    Q_EMIT counterfactualsFinished(true);
    if (m_whatIfPending)
        recomputeWhatIf();
}

namespace {

/** @brief Which spec features are categories (grey in the beeswarm), in the model's order. */
std::vector<bool> categoricalFeatures(const DatasetSpec &spec)
{
    std::vector<bool> categorical;
    for (const FeatureSpec &feature : spec.features)
        categorical.push_back(feature.type == FeatureType::Categorical);
    return categorical;
}

} // namespace

void ExplainTab::computeGlobal()
{
    if (m_busy || !workspaceFree())
        return;
    GlobalOptions options;
    if (m_workspace) {
        // explain.global alone suffices (risk officers, auditors): no lead-level engines here.
        if (m_leadSetCombo->currentIndex() < 0 || m_modelCombo->currentIndex() < 0) {
            MessageBox::critical(this,
                                 tr("Cannot explain the model"),
                                 tr("The workspace holds no model yet."));
            Q_EMIT globalFinished(false);
            return;
        }
        const qint64 set = m_leadSetCombo->currentData().toLongLong();
        const qint64 model = m_modelCombo->currentData().toLongLong();
        m_globalLabel->setText(tr("Computing SHAP for every lead…"));
        const JobControl job = startJob(m_globalProgress);
        m_globalJob.setFuture(
            QtConcurrent::run(jobPool(),
                              [ws = m_workspace, set, model, options, job, token = m_cancel] {
                                  GlobalOutcome outcome{ws->explainGlobal(model, set, options, job),
                                                        {}};
                                  if (outcome.result) {
                                      auto bundle = ws->loadModel(model);
                                      if (!bundle)
                                          outcome.result = fail(bundle.error());
                                      else
                                          outcome.categorical = categoricalFeatures(bundle->spec);
                                  }
                                  return outcome;
                              }));
        return;
    }
    auto engines = currentExplainer();
    if (!engines) {
        MessageBox::critical(this, tr("Cannot explain the model"), engines.error().message);
        Q_EMIT globalFinished(false);
        return;
    }
    std::vector<bool> categorical;
    for (const FeatureInfo &info : (*engines)->space().features())
        categorical.push_back(info.type == FeatureType::Categorical);
    m_globalLabel->setText(tr("Computing SHAP for every lead…"));
    const JobControl job = startJob(m_globalProgress);
    m_globalJob.setFuture(QtConcurrent::run(
        jobPool(), [engines = *engines, data = m_data, categorical, options, job, token = m_cancel] {
            return GlobalOutcome{engines->global(*data, options, job), categorical};
        }));
}

void ExplainTab::onGlobal()
{
    const GlobalOutcome outcome = m_globalJob.result();
    const Result<GlobalExplanation> &result = outcome.result;
    const bool cancelled = m_cancel && m_cancel->isCancelled();
    m_cancel.reset();
    setBusy(false);
    if (cancelled || !result) {
        m_globalLabel->setText(m_global ? tr("Cancelled; the view below is unchanged.")
                                        : tr("Cancelled."));
        if (!cancelled && result.error().code != ErrorCode::Cancelled) {
            m_globalLabel->clear();
            MessageBox::critical(this,
                                 tr("Model explanation failed"),
                                 result.error().message,
                                 result.error().detail);
        }
        Q_EMIT globalFinished(false);
        if (m_whatIfPending)
            recomputeWhatIf();
        return;
    }
    m_global = *result;
    m_importance->setImportance(*m_global);
    m_beeswarm->setSample(*m_global, outcome.categorical);
    m_globalLabel->setText(tr("Mean |SHAP| over %1 leads; the beeswarm shows %2 of them, sampled "
                              "with seed %3. Colour: the feature's value from low (blue) to high "
                              "(red) within the sample; grey for categories and missing values.")
                               .arg(QLocale().toString(m_global->rows),
                                    QLocale().toString(m_global->sampleRows),
                                    QString::number(m_global->receipt.seed.value_or(0))));
    Q_EMIT statusMessage(tr("The model view is ready."));
    Q_EMIT globalFinished(true);
    if (m_whatIfPending)
        recomputeWhatIf();
}

LeadExplanation ExplainTab::reportExplanation() const
{
    if (!m_current)
        return {};
    LeadExplanation report = *m_current;
    if (report.lead == m_original->lead) {
        report.lime = m_original->lime;
        report.agreement = m_original->agreement;
    }
    if (m_suggestedFor && *m_suggestedFor == report.lead)
        report.counterfactuals = m_counterfactuals->counterfactuals();
    return report;
}

ExplanationReportContext ExplainTab::reportContext() const
{
    ExplanationReportContext context;
    context.leadId = m_whatIf->isEdited() ? tr("%1 (what-if)").arg(m_shown.leadId) : m_shown.leadId;
    context.leadSet = m_shown.source;
    context.preparedBy = m_workspace
                             ? m_workspace->userName()
                             : qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    context.preparedAt = QDateTime::currentDateTimeUtc();
    context.threshold = m_threshold->value();
    return context;
}

void ExplainTab::exportReport(ReportLanguage language)
{
    if (m_busy || !m_current)
        return;
    QString id = m_shown.leadId;
    id.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_-]+")), QStringLiteral("-"));
    const QString name = QStringLiteral("explanation-%1-%2.pdf")
                             .arg(id,
                                  language == ReportLanguage::Arabic ? QStringLiteral("ar")
                                                                     : QStringLiteral("en"));
    const QString folder = QSettings().value(QStringLiteral("explain/reportFolder")).toString();
    const QString path = FileDialog::saveFile(this,
                                              tr("Save the explanation report"),
                                              QDir(folder).filePath(name),
                                              tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    QSettings().setValue(QStringLiteral("explain/reportFolder"), QFileInfo(path).absolutePath());
    exportReportTo(language, path);
}

void ExplainTab::exportReportTo(ReportLanguage language, const QString &path)
{
    if (m_busy || !m_current || !m_explainer || !workspaceFree()) {
        Q_EMIT reportFinished(false);
        return;
    }
    // The marking first: the audit entry below records an export that is then written.
    const auto marking = exportMarkingOf(m_workspace.get());
    if (!marking) {
        MessageBox::critical(this, tr("Export refused"), marking.error().message);
        Q_EMIT reportFinished(false);
        return;
    }
    if (m_workspace) {
        // The lead's values leave the workspace: checked and audited in core first.
        if (auto allowed = m_workspace->recordExport(tr("explanation of %1 in %2")
                                                         .arg(m_shown.leadId, m_shown.source),
                                                     path,
                                                     1);
            !allowed) {
            MessageBox::critical(this, tr("Export refused"), allowed.error().message);
            Q_EMIT reportFinished(false);
            return;
        }
    }
    const QString html = explanationReportHtml(reportExplanation(),
                                               m_explainer->space(),
                                               language,
                                               reportContext());
    if (const Result<> written = writeExplanationPdf(html, language, path, *marking); !written) {
        MessageBox::critical(this,
                             tr("Report not written"),
                             written.error().message,
                             written.error().detail);
        Q_EMIT reportFinished(false);
        return;
    }
    Q_EMIT statusMessage(
        tr("Explanation report written to %1.").arg(QDir::toNativeSeparators(path)));
    Q_EMIT reportFinished(true);
}

} // namespace mizan
