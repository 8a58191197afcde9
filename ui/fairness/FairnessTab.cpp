#include "fairness/FairnessTab.h"

#include "fairness/AlertModel.h"
#include "fairness/DisparityModel.h"
#include "fairness/FairnessStyle.h"
#include "fairness/GroupBarChart.h"
#include "fairness/GroupMetricsModel.h"
#include "fairness/OptimizerModel.h"
#include "fairness/SweepChart.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QTabBar>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace mizan {

namespace fs = fairnessstyle;

namespace {

QString banner(std::optional<AlertStatus> status)
{
    if (!status)
        return QStringLiteral("QLabel { border: 1px solid palette(mid); border-radius: 4px; "
                              "padding: 5px; }");
    return QStringLiteral("QLabel { color: %1; background: %2; border: 1px solid %1; "
                          "border-radius: 4px; padding: 5px; }")
        .arg(fs::statusColour(*status).name(), fs::statusBackground(*status).name());
}

} // namespace

FairnessTab::FairnessTab(std::shared_ptr<Workspace> workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(std::move(workspace))
    , m_userName(m_workspace ? m_workspace->userName() : QString())
    , m_mayEditPolicy(m_workspace && m_workspace->can(Permission::FairnessPolicy))
    , m_groupModel(new GroupMetricsModel(this))
    , m_disparityModel(new DisparityModel(this))
    , m_alertModel(new AlertModel(this))
    , m_optimizerModel(new OptimizerModel(this))
{
    setObjectName(QStringLiteral("fairnessTab"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildInputs());
    layout->addWidget(buildDetails(), 1);
    connect(&m_job, &QFutureWatcher<Official>::finished, this, &FairnessTab::onOfficial);
    connect(&m_preview, &QFutureWatcher<Preview>::finished, this, &FairnessTab::onPreview);
    setBusy(false);
    clearResults();
    refreshWorkspace();
}

FairnessTab::~FairnessTab()
{
    // A job must not outlive the tab it reports to.
    if (m_cancel)
        m_cancel->cancel();
    m_job.waitForFinished();
    m_preview.waitForFinished();
}

void FairnessTab::setBusy(bool busy)
{
    const bool changed = busy != m_busy;
    m_busy = busy;
    m_cancelButton->setEnabled(busy && m_cancel);
    m_progress->setVisible(busy);
    updateInputs();
    if (changed)
        Q_EMIT busyChanged(busy);
}

void FairnessTab::updateInputs()
{
    const bool source = m_modelCombo->count() > 0 && m_leadSetCombo->count() > 0;
    for (QWidget *w : std::initializer_list<QWidget *>{m_modelCombo,
                                                       m_leadSetCombo,
                                                       m_attributeCombo,
                                                       m_intersectCombo,
                                                       m_slider,
                                                       m_thresholdSpin,
                                                       m_intervals,
                                                       m_optimizer,
                                                       m_privilegedCombo})
        w->setEnabled(!m_busy);
    m_seed->setEnabled(!m_busy && m_intervals->isChecked());
    m_computeButton->setEnabled(!m_busy && source && m_workspace);
    m_exportButton->setEnabled(!m_busy && m_shown.has_value());
    m_pdfAction->setEnabled(!m_busy && m_shown.has_value());
    m_csvAction->setEnabled(!m_busy && m_shown.has_value());
    m_policyButton->setEnabled(!m_busy && m_mayEditPolicy);
}

bool FairnessTab::workspaceFree()
{
    if (!m_workspaceInUse || !m_workspaceInUse())
        return true;
    Q_EMIT statusMessage(tr("Another job is using the workspace; the Fairness tab waits for it."));
    return false;
}

void FairnessTab::refreshWorkspace()
{
    if (!m_workspace || m_busy || !workspaceFree())
        return;
    const QVariant set = m_leadSetCombo->currentData();
    const QVariant model = m_modelCombo->currentData();
    m_leadSetCombo->clear();
    m_modelCombo->clear();
    if (auto sets = m_workspace->fairnessLeadSets()) {
        // Only lead sets with outcomes can be judged; their spec names the attributes.
        for (const FairnessLeadSet &s : *sets) {
            if (!s.labelled)
                continue;
            QStringList attributes;
            for (const SensitiveSpec &a : s.sensitive)
                attributes.append(a.name);
            m_leadSetCombo
                ->addItem(tr("%1 (%2 leads)").arg(s.info.name, QLocale().toString(s.info.rows)),
                          s.info.id);
            const int index = m_leadSetCombo->count() - 1;
            m_leadSetCombo->setItemData(index, s.info.name, kNameRole);
            m_leadSetCombo->setItemData(index, attributes, kAttributesRole);
        }
        if (m_leadSetCombo->count() == 0)
            Q_EMIT statusMessage(tr("No lead set in the workspace has outcomes (a target column); "
                                    "fairness needs them."));
    } else {
        Q_EMIT statusMessage(sets.error().message);
    }
    if (auto models = m_workspace->models()) {
        for (const ModelInfo &m : *models) {
            m_modelCombo->addItem(tr("%1 (version %2…)")
                                      .arg(m.name, QString::fromLatin1(m.modelSha256.left(12))),
                                  m.id);
            m_modelCombo->setItemData(m_modelCombo->count() - 1, m.name, kNameRole);
        }
    } else {
        Q_EMIT statusMessage(models.error().message);
    }
    m_leadSetCombo->setCurrentIndex(std::max(0, m_leadSetCombo->findData(set)));
    m_modelCombo->setCurrentIndex(std::max(0, m_modelCombo->findData(model)));
    if (m_leadSetCombo->currentData() != set)
        leadSetChosen();
    updateInputs();
}

FairnessQuery FairnessTab::query() const
{
    FairnessQuery q;
    const QString attribute = m_attributeCombo->currentData().toString();
    const QString intersection = m_intersectCombo->currentData().toString();
    if (!attribute.isEmpty())
        q.attributes.append(attribute);
    if (!intersection.isEmpty()) {
        if (attribute.isEmpty())
            q.attributes = m_knownAttributes;
        q.attributes.append(intersection);
    }
    // The privileged choices that concern the attributes asked for (core refuses others).
    const QStringList names = q.attributes.isEmpty() ? m_knownAttributes : q.attributes;
    for (auto it = m_privileged.cbegin(); it != m_privileged.cend(); ++it) {
        const bool used = std::any_of(names.begin(), names.end(), [&](const QString &name) {
            return name == it.key() || name.split(QLatin1Char('|')).contains(it.key());
        });
        if (used && !it.value().isEmpty())
            q.privileged.insert(it.key(), it.value());
    }
    q.options.threshold = m_thresholdSpin->value();
    if (m_intervals->isChecked()) {
        BootstrapOptions bootstrap;
        bootstrap.resamples = kResamples;
        bootstrap.seed = quint64(m_seed->value());
        q.options.bootstrap = bootstrap;
    }
    if (m_optimizer->isChecked())
        q.options.optimizer = {FairnessConstraint::DemographicParity,
                               FairnessConstraint::EqualizedOdds};
    q.sweeps = true;
    return q;
}

void FairnessTab::leadSetChosen()
{
    m_knownAttributes = m_leadSetCombo->currentData(kAttributesRole).toStringList();
    m_privileged.clear();
    updateAttributeChoices(m_knownAttributes);
}

void FairnessTab::updateAttributeChoices(const QStringList &names)
{
    const QString attribute = m_attributeCombo->currentData().toString();
    const QString intersection = m_intersectCombo->currentData().toString();
    m_attributeCombo->clear();
    m_attributeCombo->addItem(tr("All in the spec"), QString());
    for (const QString &name : names)
        m_attributeCombo->addItem(name, name);
    m_intersectCombo->clear();
    m_intersectCombo->addItem(tr("None"), QString());
    for (qsizetype i = 0; i < names.size(); ++i) {
        for (qsizetype j = i + 1; j < names.size(); ++j) {
            const QString pair = names[i] + QLatin1Char('|') + names[j];
            m_intersectCombo->addItem(fs::groupLabel(pair, false), pair);
        }
    }
    m_attributeCombo->setCurrentIndex(std::max(0, m_attributeCombo->findData(attribute)));
    m_intersectCombo->setCurrentIndex(std::max(0, m_intersectCombo->findData(intersection)));
}

void FairnessTab::clearResults()
{
    if (m_busy)
        return;
    ++m_generation; // a preview still running is for what is forgotten now
    m_official.reset();
    m_officialSource = {};
    m_source = {};
    m_shown.reset();
    m_groupModel->clear();
    m_disparityModel->clear();
    m_alertModel->setAlerts({});
    m_optimizerModel->clear();
    m_barChart->clear();
    m_sweepChart->clear();
    while (m_attributeBar->count() > 0)
        m_attributeBar->removeTab(0);
    m_privilegedCombo->clear();
    m_warningsLabel->clear();
    m_warningsLabel->hide();
    m_notes->clear();
    m_optimizerLabel->clear();
    m_sourceLabel->clear();
    updateStateText();
    updateInputs();
}

const FairnessReport *FairnessTab::shownReport() const
{
    return m_shown ? &m_shown->report : nullptr;
}

const std::vector<BiasAlert> &FairnessTab::shownAlerts() const
{
    static const std::vector<BiasAlert> none;
    return m_shown ? m_shown->alerts : none;
}

QString FairnessTab::shownAttribute() const
{
    const int index = m_attributeBar->currentIndex();
    return index >= 0 ? m_attributeBar->tabData(index).toString() : QString();
}

void FairnessTab::showOfficial()
{
    if (!m_official)
        return;
    m_shown = Shown{m_official->report, m_official->alerts, false};
    showShown();
}

void FairnessTab::showShown()
{
    if (!m_shown)
        return;
    m_alertModel->setAlerts(m_shown->alerts);
    m_alertView->resizeColumnsToContents();
    // One tab per attribute of the report; the one shown stays when it is still there.
    const QString current = shownAttribute();
    QStringList names;
    for (const AttributeReport &a : m_shown->report.attributes)
        names.append(a.name());
    QStringList tabs;
    for (int i = 0; i < m_attributeBar->count(); ++i)
        tabs.append(m_attributeBar->tabData(i).toString());
    if (tabs != names) {
        const QSignalBlocker blocker(m_attributeBar);
        while (m_attributeBar->count() > 0)
            m_attributeBar->removeTab(0);
        for (const QString &name : names) {
            const int index = m_attributeBar->addTab(fs::groupLabel(name, false));
            m_attributeBar->setTabData(index, name);
        }
        m_attributeBar->setCurrentIndex(std::max(0, int(names.indexOf(current))));
    }
    showDetails();
    updateStateText();
    updateInputs();
}

void FairnessTab::showAttribute(const QString &name)
{
    for (int i = 0; i < m_attributeBar->count(); ++i) {
        if (m_attributeBar->tabData(i).toString() == name && m_attributeBar->currentIndex() != i) {
            m_attributeBar->setCurrentIndex(i); // comes back here through currentChanged
            return;
        }
    }
    showDetails();
}

void FairnessTab::showDetails()
{
    const AttributeReport *a = m_shown ? m_shown->report.attribute(shownAttribute()) : nullptr;
    m_groupModel->setAttribute(a, m_shown ? m_shown->report.smallGroups : SmallGroupRule{});
    m_disparityModel->setAttribute(a, m_shown ? m_shown->alerts : std::vector<BiasAlert>{});
    m_disparityView->resizeRowsToContents();
    m_groupView->resizeColumnsToContents();
    // A preview from aggregates has no optimizer runs: the recorded report's rules stand.
    const AttributeReport *recorded = m_official && a ? m_official->report.attribute(a->name())
                                                      : nullptr;
    const bool recordedRules = a && a->optimizer.empty() && recorded
                               && !recorded->optimizer.empty();
    m_optimizerModel->setOutcomes(recordedRules ? recorded->optimizer
                                  : a           ? a->optimizer
                                                : std::vector<OptimizerOutcome>{});
    m_optimizerView->resizeColumnsToContents();
    updatePrivilegedChoices();
    if (!a || !m_official) {
        m_barChart->clear();
        m_sweepChart->clear();
        m_warningsLabel->hide();
        return;
    }
    m_barChart->setAttribute(*a, GroupMetric(m_barMetric->currentData().toInt()));
    const ThresholdSweep *sweep = nullptr;
    for (const ThresholdSweep &s : m_official->sweeps) {
        if (s.attribute == a->name())
            sweep = &s;
    }
    if (sweep) {
        std::vector<bool> small;
        for (const QString &group : sweep->groups) {
            const GroupMetrics *g = a->metrics.group(group);
            small.push_back(g && g->small);
        }
        m_sweepChart->setSweep(*sweep, GroupMetric(m_sweepMetric->currentData().toInt()), small);
    } else {
        m_sweepChart->clear();
    }
    m_sweepChart->setThreshold(m_thresholdSpin->value());
    QStringList notes = m_shown->report.warnings + a->warnings;
    // Two notes at most above the table; all of them in the Notes tab.
    m_notes->setPlainText(notes.join(QStringLiteral("\n\n")));
    m_sidePages->setTabText(m_sidePages->indexOf(m_notes),
                            notes.isEmpty() ? tr("Notes") : tr("Notes (%1)").arg(notes.size()));
    m_warningsLabel->setText(
        notes.size() <= 2
            ? notes.join(QLatin1Char('\n'))
            : notes.front() + QLatin1Char('\n')
                  + tr("… and %n more note(s) in the Notes tab.", "", int(notes.size() - 1)));
    m_warningsLabel->setToolTip(notes.join(QLatin1Char('\n')));
    m_warningsLabel->setVisible(!notes.isEmpty());
    QStringList optimizer = m_optimizerModel->summaries();
    optimizer.prepend(m_optimizerModel->outcomes().empty()
                          ? tr("Tick “Threshold optimizer” and compute to see per-group "
                               "thresholds that would meet demographic parity or equalized odds.")
                          : tr("Reported, not applied: these per-group rules are what fairlearn's "
                               "ThresholdOptimizer would use on this lead set; scoring does not "
                               "change."));
    if (recordedRules)
        optimizer.append(tr("From the recorded report at threshold %1.")
                             .arg(fs::number(m_official->report.threshold, 2)));
    m_optimizerLabel->setText(optimizer.join(QLatin1Char('\n')));
}

void FairnessTab::updatePrivilegedChoices()
{
    const QString attribute = shownAttribute();
    m_privilegedCombo->clear();
    if (!m_official || attribute.isEmpty())
        return;
    // The groups with rows (the report's, from aggregates: every role has them).
    const AttributeReport *a = m_official->report.attribute(attribute);
    if (!a)
        return;
    const QString chosen = effectivePrivileged().value(attribute);
    if (chosen.isEmpty() || !a->metrics.group(chosen))
        m_privilegedCombo->addItem(chosen.isEmpty() ? tr("None") : chosen, chosen);
    for (const GroupMetrics &group : a->metrics.groups) {
        if (!group.missing)
            m_privilegedCombo->addItem(fs::groupLabel(group.name, false), group.name);
    }
    m_privilegedCombo->setCurrentIndex(std::max(0, m_privilegedCombo->findData(chosen)));
}

void FairnessTab::updateStateText()
{
    if (!m_shown || !m_official) {
        m_stateLabel->setText(m_workspace ? tr("Choose a model and a labelled lead set, then "
                                               "Compute.")
                                          : QString());
        m_verdictLabel->clear();
        m_verdictLabel->setStyleSheet(banner(std::nullopt));
        m_verdictLabel->hide();
        return;
    }
    const FairnessReport &r = m_shown->report;
    m_sourceLabel->setText(
        tr("Model %1 (SHA-256 %2…) · lead set %3 (SHA-256 %4…) · %5 leads, %6 with a known "
           "outcome")
            .arg(m_officialModel,
                 QString::fromLatin1(m_official->modelSha256.left(12)),
                 m_officialLeadSet,
                 QString::fromLatin1(m_official->dataSha256.left(12)),
                 QLocale().toString(r.rows),
                 QLocale().toString(r.rowsUsed)));
    const QString at = QLocale().toString(m_officialAt.toLocalTime(), QLocale::ShortFormat);
    if (m_shown->preview) {
        QString text = (m_official->data
                            ? tr("Preview at threshold %1, computed here from the report's data: "
                                 "not recorded. Compute records it.")
                            : tr("Preview at threshold %1, computed here from the report's counts "
                                 "per threshold: not recorded. Compute records it."))
                           .arg(fs::number(r.threshold, 2));
        if (m_official->report.bootstrap)
            text += QLatin1Char(' ')
                    + tr("Intervals were drawn at %1 and are not shown for the preview.")
                          .arg(fs::number(m_official->report.threshold, 2));
        m_stateLabel->setText(text);
    } else {
        m_stateLabel->setText(tr("Report at threshold %1, recorded in the audit log %2 by %3.")
                                  .arg(fs::number(r.threshold, 2), at, m_userName)
                              + (r.bootstrap
                                     ? QLatin1Char(' ')
                                           + tr("Intervals: %1 bootstrap resamples, seed %2.")
                                                 .arg(QLocale().toString(r.bootstrap->resamples),
                                                      QString::number(r.bootstrap->seed))
                                     : QString()));
    }
    const int fails = m_alertModel->count(AlertStatus::Fail);
    const int undefined = m_alertModel->count(AlertStatus::Undefined);
    const int total = m_alertModel->rowCount();
    std::optional<AlertStatus> worst = AlertStatus::Pass;
    QString verdict;
    if (fails > 0) {
        worst = AlertStatus::Fail;
        verdict = tr("Bias policy “%1”: %2 of %3 checks fail.")
                      .arg(m_official->policy.name)
                      .arg(fails)
                      .arg(total);
    } else if (undefined > 0) {
        worst = AlertStatus::Undefined;
        verdict = tr("Bias policy “%1”: no check fails; %2 of %3 cannot be checked.")
                      .arg(m_official->policy.name)
                      .arg(undefined)
                      .arg(total);
    } else {
        verdict
            = tr("Bias policy “%1”: all %2 checks pass.").arg(m_official->policy.name).arg(total);
    }
    if (m_shown->preview)
        verdict += QLatin1Char(' ') + tr("(preview)");
    m_verdictLabel->setText(verdict);
    m_verdictLabel->setStyleSheet(banner(worst));
    m_verdictLabel->show();
}

} // namespace mizan
