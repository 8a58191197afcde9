// The Explain tab's single lead: explain it (with LIME, in the background), show the waterfall,
// LIME, agreement, receipt and score, and follow what-if edits at once.

#include "common/Background.h"
#include "common/Dialogs.h"
#include "explain/CounterfactualModel.h"
#include "explain/ExplainStyle.h"
#include "explain/ExplainTab.h"
#include "explain/LimeChart.h"
#include "explain/WaterfallChart.h"
#include "explain/WhatIfModel.h"
#include "workspace/Workspace.h"

#include <QClipboard>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QSpinBox>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

namespace mizan {

namespace {

QString percent(double p)
{
    return QLocale().toString(p * 100.0, 'f', 1) + QLocale().percent();
}

QString shortHash(const QByteArray &hex)
{
    return QString::fromLatin1(hex.left(12)) + QChar(0x2026);
}

} // namespace

Result<std::shared_ptr<const Explainer>> ExplainTab::currentExplainer()
{
    if (m_workspace) {
        if (m_modelCombo->currentIndex() < 0)
            return fail(ErrorCode::InvalidInput, tr("The workspace holds no model yet."));
        return m_workspace->explainer(m_modelCombo->currentData().toLongLong());
    }
    if (!m_fileExplainer)
        return fail(ErrorCode::InvalidInput,
                    tr("Score a lead file in the Scoring tab first: its leads and model are "
                       "explained here."));
    return m_fileExplainer;
}

void ExplainTab::explainCurrent()
{
    explainRow(m_rowSpin->value() - 1); // the spin box counts from 1, as the Scoring table
}

void ExplainTab::explainById()
{
    const QString id = m_idEdit->text().trimmed();
    if (id.isEmpty() || m_busy || !workspaceFree())
        return;
    // In a workspace, finding an id reads the lead set (leads.view; audited as leads.open).
    std::shared_ptr<const Dataset> data = m_data;
    if (m_workspace) {
        auto stored = m_workspace->loadLeadSet(m_leadSetCombo->currentData().toLongLong());
        if (!stored) {
            MessageBox::critical(this, tr("Cannot find the lead"), stored.error().message);
            return;
        }
        data = std::make_shared<const Dataset>(std::move(*stored));
    }
    if (data) {
        for (qint64 r = 0; r < data->rowCount(); ++r) {
            if (data->idOf(r) == id) {
                m_rowSpin->setValue(static_cast<int>(r + 1));
                explainRow(r, id);
                return;
            }
        }
    }
    MessageBox::critical(this,
                         tr("Cannot find the lead"),
                         tr("There is no lead with the id '%1' in this lead set.").arg(id));
}

void ExplainTab::explainStored(qint64 leadSetId, qint64 modelId, qint64 row, const QString &leadId)
{
    if (m_busy || !m_workspace)
        return;
    selectStored(leadSetId, modelId);
    if (m_leadSetCombo->currentData().toLongLong() != leadSetId
        || m_modelCombo->currentData().toLongLong() != modelId) {
        refreshWorkspace(); // stored since the tab last looked
        selectStored(leadSetId, modelId);
    }
    if (m_leadSetCombo->currentData().toLongLong() != leadSetId
        || m_modelCombo->currentData().toLongLong() != modelId) {
        MessageBox::critical(this,
                             tr("Cannot explain"),
                             tr("That lead set or model is not in the workspace (any more)."));
        Q_EMIT explained(false);
        return;
    }
    explainRow(row, leadId);
}

void ExplainTab::explainRow(qint64 row, const QString &leadId)
{
    if (m_busy || !workspaceFree())
        return;
    auto engines = currentExplainer();
    if (!engines) {
        MessageBox::critical(this, tr("Cannot explain"), engines.error().message);
        Q_EMIT explained(false);
        return;
    }
    LeadRef ref;
    ref.row = row;
    ref.explainer = *engines;
    ExplainOptions options;
    options.lime = ref.explainer->space().hasTrainingStats(); // LIME samples from them
    std::optional<Lead> lead;
    if (m_workspace) {
        ref.leadSetId = m_leadSetCombo->currentData().toLongLong();
        ref.modelId = m_modelCombo->currentData().toLongLong();
        ref.source = m_leadSetCombo->currentText();
        ref.leadId = leadId.isEmpty() ? tr("row %1").arg(row + 1) : leadId;
    } else {
        if (row < 0 || row >= m_data->rowCount()) {
            Q_EMIT explained(false);
            return;
        }
        auto read = ref.explainer->space().leadFromDataset(*m_data, row);
        if (!read) {
            MessageBox::critical(this, tr("Cannot explain"), read.error().message);
            Q_EMIT explained(false);
            return;
        }
        lead = std::move(*read);
        ref.source = m_sourceName;
        ref.leadId = m_data->idOf(row);
    }
    {
        const QSignalBlocker blocker(m_rowSpin);
        m_rowSpin->setValue(int(std::min<qint64>(row + 1, m_rowSpin->maximum())));
    }
    m_pending = ref;
    Q_EMIT statusMessage(tr("Explaining lead %1…").arg(ref.leadId));
    const JobControl job = startJob(m_progress);
    if (m_workspace) {
        // While busy nothing else in the tab or the window calls the workspace.
        m_explaining.setFuture(
            QtConcurrent::run(jobPool(), [ws = m_workspace, ref, options, job, token = m_cancel] {
                return ws->explainLead(ref.modelId, ref.leadSetId, ref.row, options, job);
            }));
    } else {
        m_explaining.setFuture(
            QtConcurrent::run(jobPool(),
                              [engines = ref.explainer,
                               lead = std::move(*lead),
                               options,
                               job,
                               token = m_cancel] { return engines->explain(lead, options, job); }));
    }
}

void ExplainTab::onExplained()
{
    const Result<LeadExplanation> result = m_explaining.result();
    const bool cancelled = m_cancel && m_cancel->isCancelled();
    m_cancel.reset();
    setBusy(false);
    if (cancelled || !result) {
        if (cancelled || result.error().code == ErrorCode::Cancelled)
            Q_EMIT statusMessage(tr("Cancelled; the explanation shown is unchanged."));
        else
            MessageBox::critical(this,
                                 tr("Explanation failed"),
                                 result.error().message,
                                 result.error().detail);
        Q_EMIT explained(false);
        if (m_whatIfPending)
            recomputeWhatIf();
        return;
    }
    m_shown = m_pending;
    m_explainer = m_shown.explainer;
    m_original = *result;
    m_current = *result;
    m_suggestedFor.reset();
    m_whatIfPending = false;
    m_whatIf->setLead(m_explainer, result->lead);
    m_counterfactuals->clear();
    m_suggestLabel->clear();
    m_whatIfMessage->clear();
    m_cutoffs->clear();
    m_cutoffs->addItem(tr("Band cut-offs"));
    const RiskBands &bands = m_explainer->bundle().bands;
    for (size_t i = 0; i < bands.cutoffs.size(); ++i)
        m_cutoffs->addItem(tr("%1 from %2")
                               .arg(bands.labels.value(qsizetype(i) + 1),
                                    QLocale().toString(bands.cutoffs[i], 'f', 2)),
                           bands.cutoffs[i]);
    showExplanation();
    showLime();
    updateInputs();
    Q_EMIT statusMessage(tr("Lead %1 explained.").arg(m_shown.leadId));
    Q_EMIT explained(true);
}

void ExplainTab::recomputeWhatIf()
{
    if (!m_original || !m_explainer)
        return;
    if (m_busy || !workspaceFree()) {
        // A worker holds the workspace: after it (ours reports back; another, try again soon).
        if (!m_busy && !m_whatIfPending)
            QTimer::singleShot(500, this, [this] {
                if (std::exchange(m_whatIfPending, false))
                    recomputeWhatIf();
            });
        m_whatIfPending = true;
        return;
    }
    m_whatIfPending = false;
    const Lead lead = m_whatIf->lead();
    if (lead == m_original->lead) {
        m_current = m_original;
    } else {
        // SHAP of one lead takes well under a millisecond: here, on the UI thread. On a
        // workspace the facade audits it (explain.whatif with the changed features).
        Result<LeadExplanation> edited = m_workspace ? m_workspace->explainWhatIf(m_shown.modelId,
                                                                                  m_shown.leadSetId,
                                                                                  m_shown.row,
                                                                                  lead)
                                                     : m_explainer->explain(lead);
        if (!edited) {
            m_whatIfMessage->setText(edited.error().message);
            return;
        }
        m_current = std::move(*edited);
    }
    m_whatIfMessage->clear();
    showExplanation();
    showLime();
    updateInputs();
    Q_EMIT whatIfUpdated();
}

void ExplainTab::resetWhatIf()
{
    if (m_busy || !m_original)
        return;
    m_whatIf->resetToOriginal();
    recomputeWhatIf();
}

void ExplainTab::applySuggestion(int row)
{
    if (m_busy || !m_suggestedFor || row < 0 || row >= m_counterfactuals->rowCount())
        return;
    m_whatIf->applyChanges(*m_suggestedFor, m_counterfactuals->counterfactualAt(row).changes);
    recomputeWhatIf();
}

void ExplainTab::setProbabilityView(bool probability)
{
    m_waterfall->setProbabilityView(probability);
}

void ExplainTab::forgetLead()
{
    m_original.reset();
    m_current.reset();
    m_suggestedFor.reset();
    m_shown = {};
    m_explainer.reset();
    m_whatIfPending = false;
    m_whatIf->clear();
    m_counterfactuals->clear();
    m_waterfall->clear();
    m_lime->clear();
    m_limeLabel->clear();
    m_agreementLabel->clear();
    m_receipt->clear();
    m_scoreLabel->clear();
    m_suggestLabel->clear();
    m_whatIfMessage->clear();
    m_cutoffs->clear();
}

void ExplainTab::showExplanation()
{
    if (!m_current || !m_explainer) {
        m_waterfall->clear();
        m_scoreLabel->clear();
        m_receipt->clear();
        return;
    }
    const ShapExplanation &shap = m_current->shap;
    m_waterfall->setExplanation(shap, m_explainer->space(), m_current->lead);
    const RiskBands &bands = m_explainer->bundle().bands;
    QString text = tr("Lead <b>%1</b> (row %2 of %3): probability <b>%4</b>, band <b>%5</b>, "
                      "log-odds %6")
                       .arg(m_shown.leadId.toHtmlEscaped(),
                            QLocale().toString(m_shown.row + 1),
                            m_shown.source.toHtmlEscaped(),
                            percent(shap.probability),
                            bands.labelOf(shap.probability).toHtmlEscaped(),
                            explainstyle::number(shap.margin, 3));
    if (m_whatIf->isEdited())
        text += QStringLiteral("<br/>")
                + tr("<b>What if</b> %1 changed: originally %2 (band %3).")
                      .arg(m_whatIf->editedFeatures().join(QStringLiteral(", ")).toHtmlEscaped(),
                           percent(m_original->shap.probability),
                           bands.labelOf(m_original->shap.probability).toHtmlEscaped());
    m_scoreLabel->setText(text);
    showReceipt();
}

void ExplainTab::showLime()
{
    if (!m_original || !m_original->lime) {
        m_lime->setPlaceholder(m_explainer && !m_explainer->space().hasTrainingStats()
                                   ? tr("LIME needs the training statistics of the model, which "
                                        "this bundle does not carry.")
                                   : QString());
        m_limeLabel->clear();
        m_agreementLabel->clear();
        return;
    }
    const LimeExplanation &lime = *m_original->lime;
    m_lime->setWeights(lime.weights);
    QString text = tr("Weighted R² %1 · local prediction %2 (model %3) · %4 samples, seed %5")
                       .arg(QLocale().toString(lime.score, 'f', 2),
                            QLocale().toString(lime.localPrediction, 'f', 3),
                            QLocale().toString(lime.modelPrediction, 'f', 3),
                            QLocale().toString(lime.samples),
                            QString::number(lime.seed));
    if (m_whatIf->isEdited())
        text += QLatin1Char('\n') + tr("LIME describes the lead's original values.");
    m_limeLabel->setText(text);
    if (!m_original->agreement) {
        m_agreementLabel->clear();
        return;
    }
    const MethodAgreement &a = *m_original->agreement;
    const QString correlation = explainstyle::number(a.rankCorrelation, 2);
    const QString sameSign = QLocale().toString(a.signAgreement * 100.0, 'f', 0)
                             + QLocale().percent();
    if (a.agrees())
        m_agreementLabel->setText(tr("SHAP and LIME agree: rank correlation %1, same sign %2")
                                      .arg(correlation, sameSign)
                                      .toHtmlEscaped());
    else
        m_agreementLabel->setText(
            QStringLiteral("<span style='color:#b00020'><b>%1</b> %2</span>")
                .arg(tr("Caution:").toHtmlEscaped(),
                     tr("SHAP and LIME disagree for this lead (rank correlation %1, same sign "
                        "%2). Read both with care before acting on either.")
                         .arg(correlation, sameSign)
                         .toHtmlEscaped()));
}

void ExplainTab::showReceipt()
{
    if (!m_current) {
        m_receipt->clear();
        return;
    }
    const ExplanationReceipt &r = m_current->receipt;
    // Hashes, names and times stay left to right inside a right-to-left line (U+202A ... U+202C).
    const auto ltr = [](const QString &text) -> QString {
        return QStringLiteral("\u202A") + text + QStringLiteral("\u202C");
    };
    QStringList lines;
    lines << tr("Model: %1").arg(ltr(r.model))
          << tr("Model SHA-256: %1").arg(ltr(shortHash(r.modelSha256)))
          << tr("Input SHA-256: %1").arg(ltr(shortHash(r.inputSha256)))
          << tr("Method: %1").arg(ltr(r.method))
          << tr("Seed: %1").arg(r.seed ? ltr(QString::number(*r.seed)) : tr("none"))
          << tr("Engine: %1").arg(ltr(r.engine))
          << tr("Additivity residual: %1").arg(ltr(QLocale().toString(r.additivityResidual, 'g', 3)))
          << tr("Created: %1").arg(ltr(r.created.toString(Qt::ISODate)));
    m_receipt->setPlainText(lines.join(QLatin1Char('\n')));
}

QString ExplainTab::receiptText() const
{
    if (!m_current)
        return {};
    QJsonObject receipt = m_current->receipt.toJson();
    return QString::fromUtf8(QJsonDocument(receipt).toJson(QJsonDocument::Indented));
}

void ExplainTab::copyReceipt()
{
    if (!m_current)
        return;
    QGuiApplication::clipboard()->setText(receiptText());
    Q_EMIT statusMessage(tr("The receipt was copied (full hashes, as JSON)."));
}

} // namespace mizan
