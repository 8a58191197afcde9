// The Explain tab as a user drives it (offscreen): the SHAP waterfall of a demo lead (top ten
// and "other", cumulative from E[f(X)] to f(x), log-odds and probability), LIME and agreement,
// what-if edits that rescore at once, suggested changes that cross the threshold, the model
// view, PDF reports in English and Arabic, right-to-left, the Scoring tab's "Explain lead", and
// on a workspace the audit entries. Screenshots go to $MIZAN_SCREENSHOTS when it is set.

#include "Bootstrap.h"
#include "MainWindow.h"
#include "common/Dialogs.h"
#include "data/DatasetLoader.h"
#include "data/DemoLeads.h"
#include "explain/CounterfactualModel.h"
#include "explain/ExplainTab.h"
#include "explain/ExplanationPdf.h"
#include "explain/GlobalCharts.h"
#include "explain/LimeChart.h"
#include "explain/WaterfallChart.h"
#include "explain/WhatIfModel.h"
#include "model/Trainer.h"
#include "scoring/ScoreFilterModel.h"
#include "scoring/ScoringTab.h"

#include "Screenshots.h"
#include "TestWorkspaceUtil.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QBuffer>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

#include <cmath>

using namespace mizan;
using namespace mizan::test;

namespace {

/** The demo spec with gender and age band as features too: twelve, so "2 other features". */
QByteArray twelveFeatureSpec()
{
    QByteArray spec = DemoLeads::specJson();
    spec.replace(R"({"column": "nationality_region", "type": "categorical", "immutable": true})",
                 R"({"column": "nationality_region", "type": "categorical", "immutable": true},
    {"column": "gender", "type": "categorical"},
    {"column": "age_band", "type": "categorical"})");
    return spec;
}

bool waitFor(QSignalSpy &spy, int timeoutMs = 60000)
{
    return spy.count() > 0 || spy.wait(timeoutMs);
}

/** The Cancel buttons a person would see in `tab` (shown or not, as if it were). */
QStringList visibleCancels(ExplainTab &tab)
{
    QStringList names;
    for (QPushButton *b : tab.findChildren<QPushButton *>())
        if (b->text() == ExplainTab::tr("Cancel") && b->isVisibleTo(&tab))
            names << b->objectName();
    return names;
}

} // namespace

class TestExplainTab : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void waterfallIsShapsWaterfall();
    void limeAgreementAndReceipt();
    void whatIfRescoresAtOnce();
    void suggestionsCrossTheThreshold();
    void globalViewRanksFeatures();
    void cancelLeavesTheModelViewAlone();
    void reportPdfInEnglishAndArabic();
    void rightToLeft();
    void scoringTabExplainsTheSelectedLead();
    void findsALeadById();
    void workspaceModeIsAudited();
    void modelViewForRiskOfficersAndAuditors();
    void cleanupTestCase();

private:
    std::unique_ptr<ExplainTab> explainedTab(qint64 row);

    QTemporaryDir m_dir;
    QString m_leads, m_spec, m_model;
    std::shared_ptr<const Dataset> m_data;
    std::shared_ptr<const ModelBundle> m_bundle;
    std::shared_ptr<const Explainer> m_explainer; ///< the oracle: the core, called directly
    std::unique_ptr<ExplainTab> m_tab;
};

void TestExplainTab::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Bootstrap::setApplicationIdentity();
    QSettings().clear();
    MessageBox::setTestMode(true);
    // MIZAN_SCREENSHOT_LANGUAGE=ar: the screenshots in Arabic (text assertions may then differ).
    if (const QString language = qEnvironmentVariable("MIZAN_SCREENSHOT_LANGUAGE");
        !language.isEmpty())
        Bootstrap::installTranslators(language);
    KdfParams::allowTestCost(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_leads = m_dir.filePath("demo-leads.csv");
    m_spec = m_dir.filePath("demo-leads.spec.json");
    m_model = m_dir.filePath("demo-model.bundle.json");
    const QByteArray csv = DemoLeads::csv({1500, 11});
    writeAll(m_leads, csv);
    writeAll(m_spec, twelveFeatureSpec());
    auto spec = DatasetSpec::fromJson(twelveFeatureSpec(), m_spec);
    MIZAN_VERIFY_OK(spec);
    QByteArray bytes = csv;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    auto data = DatasetLoader::read(buffer, m_leads, *spec);
    MIZAN_VERIFY_OK(data);
    TrainConfig config;
    config.params.rounds = 40;
    config.params.maxDepth = 3;
    config.params.nthread = 1;
    config.split = *SplitSpec::parse("random:0.2:1");
    auto bundle = Trainer::train(*data, config);
    MIZAN_VERIFY_OK(bundle);
    QVERIFY(bundle->save(m_model).has_value());
    m_data = std::make_shared<const Dataset>(std::move(*data));
    m_bundle = std::make_shared<const ModelBundle>(std::move(*bundle));
    auto explainer = Explainer::create(*m_bundle);
    MIZAN_VERIFY_OK(explainer);
    m_explainer = *explainer;
    QCOMPARE(m_explainer->space().featureCount(), 12);
    QVERIFY(m_explainer->space().hasTrainingStats());
    m_tab = explainedTab(7);
    QVERIFY(m_tab);
}

void TestExplainTab::findsALeadById()
{
    auto tab = explainedTab(0);
    QVERIFY(tab);
    MessageBox::takeMessages();
    // Typing a lead's id (the spec's id column) and Enter explains that lead.
    const QString id = m_data->idOf(11);
    QVERIFY(!id.isEmpty() && id != QStringLiteral("11"));
    QSignalSpy explained(tab.get(), &ExplainTab::explained);
    tab->idEdit()->setText(id);
    QTest::keyClick(tab->idEdit(), Qt::Key_Return);
    QVERIFY(waitFor(explained));
    QVERIFY(explained.at(0).at(0).toBool());
    QCOMPARE(tab->rowSpin()->value(), 12);
    auto lead = m_explainer->space().leadFromDataset(*m_data, 11);
    MIZAN_VERIFY_OK(lead);
    QVERIFY(tab->explanation()->lead == *lead);
    QVERIFY(MessageBox::takeMessages().isEmpty());
    // An unknown id says so and leaves the explanation alone.
    tab->idEdit()->setText(QStringLiteral("no-such-lead"));
    QTest::keyClick(tab->idEdit(), Qt::Key_Return);
    QVERIFY(MessageBox::takeMessages().join(u'\n').contains(QStringLiteral("no-such-lead")));
    QCOMPARE(tab->rowSpin()->value(), 12);
    QVERIFY(tab->explanation()->lead == *lead);
}

void TestExplainTab::cleanupTestCase()
{
    m_tab.reset();
}

std::unique_ptr<ExplainTab> TestExplainTab::explainedTab(qint64 row)
{
    auto tab = std::make_unique<ExplainTab>();
    new QAbstractItemModelTester(tab->whatIfModel(),
                                 QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 tab.get());
    new QAbstractItemModelTester(tab->counterfactualModel(),
                                 QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 tab.get());
    tab->resize(1360, 860);
    tab->show();
    if (!QTest::qWaitForWindowExposed(tab.get()))
        return {};
    tab->setFileSource(m_data, m_bundle);
    QSignalSpy explained(tab.get(), &ExplainTab::explained);
    tab->explainRow(row);
    if (!waitFor(explained) || !explained.at(0).at(0).toBool())
        return {};
    return tab;
}

void TestExplainTab::waterfallIsShapsWaterfall()
{
    QVERIFY(MessageBox::takeMessages().isEmpty());
    const LeadExplanation &e = *m_tab->explanation();
    auto lead = m_explainer->space().leadFromDataset(*m_data, 7);
    MIZAN_VERIFY_OK(lead);
    QVERIFY(e.lead == *lead);
    const ShapExplanation oracle = m_explainer->shap(*lead);
    QCOMPARE(e.shap.margin, oracle.margin);
    QCOMPARE(m_tab->rowSpin()->value(), 8); // counted from 1, as the Scoring table

    // The top ten features by |contribution|, then one row summing the other two.
    WaterfallChart *chart = m_tab->waterfall();
    const std::vector<WaterfallBar> &bars = chart->bars();
    QCOMPARE(int(bars.size()), WaterfallChart::kMaxFeatures + 1);
    for (int i = 0; i < WaterfallChart::kMaxFeatures; ++i) {
        QCOMPARE(bars[size_t(i)].feature, oracle.features[size_t(i)].feature);
        QCOMPARE(bars[size_t(i)].contribution, oracle.features[size_t(i)].contribution);
        if (i > 0)
            QVERIFY(std::abs(bars[size_t(i)].contribution)
                    <= std::abs(bars[size_t(i - 1)].contribution));
    }
    const WaterfallBar &other = bars.back();
    QCOMPARE(other.feature, -1);
    QCOMPARE(other.otherCount, 2);
    QCOMPARE(other.name, QString("2 other features"));
    QVERIFY(std::abs(other.contribution
                     - (oracle.features[10].contribution + oracle.features[11].contribution))
            < 1e-12);
    // Cumulative: from E[f(X)] at the bottom, each bar starting where the one below ended, to f(x).
    QCOMPARE(bars.back().start, oracle.expectedValue);
    for (size_t i = 0; i + 1 < bars.size(); ++i)
        QCOMPARE(bars[i].start, bars[i + 1].end);
    QVERIFY(std::abs(bars.front().end - oracle.margin) < 1e-9);
    QCOMPARE(chart->baseValue(), oracle.expectedValue);
    QCOMPARE(chart->outputValue(), oracle.margin);
    // Row labels as shap writes them: the lead's value, then the feature.
    const FeatureInfo &top = m_explainer->space().features()[size_t(bars[0].feature)];
    QCOMPARE(bars[0].name, top.column);
    if (top.type == FeatureType::Categorical)
        QCOMPARE(bars[0].value,
                 m_explainer->space().displayValue(bars[0].feature,
                                                   (*lead)[size_t(bars[0].feature)]));
    shoot(*m_tab, "explain-tab-logodds.png");
    shoot(*chart, "explain-waterfall-logodds.png");

    // The probability view: order-dependent changes from the base probability to the lead's.
    QTest::mouseClick(m_tab->findChild<QRadioButton *>("probabilityButton"), Qt::LeftButton);
    QVERIFY(chart->probabilityView());
    QCOMPARE(chart->baseValue(), oracle.baseProbability);
    QCOMPARE(chart->outputValue(), oracle.probability);
    QCOMPARE(chart->bars().back().start, oracle.baseProbability);
    QVERIFY(std::abs(chart->bars().front().end - oracle.probability) < 1e-9);
    QCOMPARE(chart->bars()[0].contribution, oracle.features[0].probabilityDelta);
    shoot(*m_tab, "explain-tab-probability.png");
    shoot(*chart, "explain-waterfall-probability.png");
    QTest::mouseClick(m_tab->findChild<QRadioButton *>("logOddsButton"), Qt::LeftButton);
    QVERIFY(!chart->probabilityView());
    QCOMPARE(chart->outputValue(), oracle.margin);
}

void TestExplainTab::limeAgreementAndReceipt()
{
    const LeadExplanation &e = *m_tab->explanation();
    QVERIFY(e.lime.has_value());
    QVERIFY(e.agreement.has_value());
    QVERIFY(!m_tab->limeChart()->weights().empty());
    QCOMPARE(m_tab->limeChart()->weights().size(), e.lime->weights.size());
    // LIME is seeded: the core gives the same weights for the same lead.
    ExplainOptions options;
    options.lime = true;
    auto again = m_explainer->explain(e.lead, options);
    MIZAN_VERIFY_OK(again);
    QCOMPARE(again->lime->weights.size(), e.lime->weights.size());
    QCOMPARE(again->lime->weights[0].weight, e.lime->weights[0].weight);
    const QString agreement = m_tab->findChild<QLabel *>("agreementLabel")->text();
    QVERIFY2(agreement.contains(QLatin1String(
                 e.agreement->agrees() ? "SHAP and LIME agree: rank correlation" : "Caution")),
             qPrintable(agreement));
    QVERIFY(m_tab->findChild<QLabel *>("limeLabel")->text().contains("Weighted R²"));
    // The receipt: shown short, copied whole.
    const QString shown = m_tab->findChild<QPlainTextEdit *>("receiptText")->toPlainText();
    QVERIFY(shown.contains(QString::fromLatin1(m_bundle->modelSha256.left(12))));
    QVERIFY(shown.contains("treeshap+lime"));
    QTest::mouseClick(m_tab->findChild<QPushButton *>("copyReceiptButton"), Qt::LeftButton);
    const QString copied = QGuiApplication::clipboard()->text();
    QVERIFY(copied.isEmpty() || copied.contains(QString::fromLatin1(m_bundle->modelSha256)));
    QVERIFY(m_tab->receiptText().contains(QString::fromLatin1(e.receipt.inputSha256)));
}

void TestExplainTab::whatIfRescoresAtOnce()
{
    WhatIfModel *model = m_tab->whatIfModel();
    QCOMPARE(model->rowCount(), 12);
    const int visits = m_explainer->space().indexOf("website_visits");
    const int licence = m_explainer->space().indexOf("licence_type");
    const int region = m_explainer->space().indexOf("nationality_region");
    QVERIFY(model->index(region, 0).data(WhatIfModel::ImmutableRole).toBool());
    QVERIFY(model->index(region, 0).data().toString().contains("fixed"));
    const double before = m_tab->explanation()->shap.probability;

    // Typing a number: one recomputation 300 ms after the last keystroke.
    auto *edit = qobject_cast<QLineEdit *>(
        m_tab->whatIfView()->indexWidget(model->index(visits, WhatIfModel::ValueColumn)));
    QVERIFY(edit);
    QSignalSpy updated(m_tab.get(), &ExplainTab::whatIfUpdated);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, "40");
    QCOMPARE(updated.count(), 0); // debounced
    QVERIFY(updated.wait(2000));
    QTest::qWait(WhatIfDelegate::kDebounceMs + 100);
    QCOMPARE(updated.count(), 1);
    QCOMPARE(model->lead()[size_t(visits)].number, 40.0);
    Lead edited = model->original();
    edited[size_t(visits)].number = 40.0;
    auto oracle = m_explainer->explain(edited);
    MIZAN_VERIFY_OK(oracle);
    QCOMPARE(m_tab->explanation()->shap.probability, oracle->shap.probability);
    QCOMPARE(m_tab->explanation()->shap.margin, oracle->shap.margin);
    QCOMPARE(m_tab->waterfall()->outputValue(), oracle->shap.margin);
    QVERIFY(m_tab->findChild<QLabel *>("explainScoreLabel")->text().contains("What if"));

    // A category from its combo box: at once.
    auto *combo = qobject_cast<QComboBox *>(
        m_tab->whatIfView()->indexWidget(model->index(licence, WhatIfModel::ValueColumn)));
    QVERIFY(combo);
    const int category = model->lead()[size_t(licence)].category;
    const int next = (category + 1)
                     % int(m_explainer->space().features()[size_t(licence)].categories.size());
    combo->setFocus();
    combo->setCurrentIndex(next + 1); // 0 is "missing"
    Q_EMIT combo->activated(next + 1);
    QCOMPARE(updated.count(), 2);
    edited[size_t(licence)].category = next;
    oracle = m_explainer->explain(edited);
    MIZAN_VERIFY_OK(oracle);
    QCOMPARE(m_tab->explanation()->shap.probability, oracle->shap.probability);
    QCOMPARE(model->editedFeatures(), (QStringList{"website_visits", "licence_type"}));

    // Nonsense is refused with a message; the score stays.
    QVERIFY(!model->setData(model->index(visits, WhatIfModel::ValueColumn), "many"));
    QVERIFY(m_tab->findChild<QLabel *>("whatIfMessage")->text().contains("not a number"));
    QCOMPARE(m_tab->explanation()->shap.probability, oracle->shap.probability);

    // Reset: the original lead and score again.
    QTest::mouseClick(m_tab->findChild<QPushButton *>("resetWhatIfButton"), Qt::LeftButton);
    QVERIFY(!model->isEdited());
    QCOMPARE(m_tab->explanation()->shap.probability, before);
    QVERIFY(!m_tab->findChild<QPushButton *>("resetWhatIfButton")->isEnabled());
}

void TestExplainTab::suggestionsCrossTheThreshold()
{
    const double p = m_tab->explanation()->shap.probability;
    const double threshold = std::round(std::clamp(p + 0.15, 0.05, 0.95) * 100.0) / 100.0;
    m_tab->thresholdSpin()->setValue(threshold);
    QSignalSpy done(m_tab.get(), &ExplainTab::counterfactualsFinished);
    QTest::mouseClick(m_tab->findChild<QPushButton *>("suggestButton"), Qt::LeftButton);
    QVERIFY(m_tab->isBusy());
    QVERIFY(waitFor(done));
    QCOMPARE(done.at(0).at(0).toBool(), true);
    QVERIFY(!m_tab->isBusy());
    CounterfactualModel *model = m_tab->counterfactualModel();
    QVERIFY2(model->rowCount() > 0, qPrintable(m_tab->findChild<QLabel *>("suggestLabel")->text()));
    const bool above = p >= threshold;
    for (int row = 0; row < model->rowCount(); ++row) {
        const Counterfactual &c = model->counterfactualAt(row);
        Lead changed = m_tab->explanation()->lead;
        for (const FeatureChange &change : c.changes) {
            QVERIFY(!m_explainer->space().features()[size_t(change.feature)].immutable);
            changed[size_t(change.feature)] = change.to;
        }
        const double after = m_explainer->probability(changed);
        QVERIFY2(above ? after < threshold : after >= threshold,
                 qPrintable(model->changesText(row)));
        QVERIFY(std::abs(model->index(row, 0).data(CounterfactualModel::ProbabilityRole).toDouble()
                         - after)
                < 1e-6);
        QVERIFY(model->changesText(row).contains(" → "));
    }
    QVERIFY(model->index(0, CounterfactualModel::CostColumn).data().isValid());
    shoot(*m_tab, "explain-tab-suggestions.png");
    // Trying the cheapest suggestion moves the what-if lead across the threshold.
    auto *view = m_tab->findChild<QTableView *>("counterfactualView");
    const QRect cell = view->visualRect(model->index(0, 0));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    QVERIFY(m_tab->whatIfModel()->isEdited());
    const double tried = m_tab->explanation()->shap.probability;
    QVERIFY(above ? tried < threshold : tried >= threshold);
    m_tab->resetWhatIf();
}

void TestExplainTab::globalViewRanksFeatures()
{
    m_tab->pages()->setCurrentIndex(1);
    QSignalSpy done(m_tab.get(), &ExplainTab::globalFinished);
    QTest::mouseClick(m_tab->findChild<QPushButton *>("globalButton"), Qt::LeftButton);
    QVERIFY(waitFor(done));
    QCOMPARE(done.at(0).at(0).toBool(), true);
    const GlobalExplanation &g = *m_tab->globalExplanation();
    QCOMPARE(g.rows, m_data->rowCount());
    const auto &rows = m_tab->importanceChart()->rows();
    QCOMPARE(int(rows.size()), 12);
    for (size_t i = 1; i < rows.size(); ++i)
        QVERIFY(rows[i].second <= rows[i - 1].second);
    QCOMPARE(rows[0].first, g.features[g.order[0]]);
    const auto &swarm = m_tab->beeswarmChart()->rows();
    QCOMPARE(int(swarm.size()), BeeswarmChart::kMaxFeatures);
    QCOMPARE(swarm[0].feature, rows[0].first);
    for (const BeeswarmChart::Row &row : swarm)
        QCOMPARE(qint64(row.points.size()), g.sampleRows);
    shoot(*m_tab, "explain-global.png");
    m_tab->pages()->setCurrentIndex(0);
}

void TestExplainTab::cancelLeavesTheModelViewAlone()
{
    const QByteArray csv = DemoLeads::csv({60000, 5});
    QBuffer buffer;
    buffer.setData(csv);
    buffer.open(QIODevice::ReadOnly);
    auto big = DatasetLoader::read(buffer, m_dir.filePath("big.csv"), m_data->spec);
    MIZAN_VERIFY_OK(big);
    ExplainTab tab;
    tab.setFileSource(std::make_shared<const Dataset>(std::move(*big)), m_bundle);
    tab.pages()->setCurrentIndex(1); // the model page, where its button is
    QSignalSpy done(&tab, &ExplainTab::globalFinished);
    tab.findChild<QPushButton *>("globalButton")->click(); // the tab is never laid out here
    QVERIFY(tab.isBusy());
    auto *cancel = tab.findChild<QPushButton *>("globalCancelButton");
    QVERIFY(cancel->isEnabled());
    // One Cancel on screen: the running job's, beside its progress.
    QCOMPARE(visibleCancels(tab), QStringList{"globalCancelButton"});
    cancel->click();
    QVERIFY(waitFor(done));
    QCOMPARE(done.at(0).at(0).toBool(), false);
    QVERIFY(!tab.globalExplanation().has_value());
    QVERIFY(tab.importanceChart()->rows().empty());
    QVERIFY(MessageBox::takeMessages().isEmpty()); // cancelling is not an error
    QVERIFY(!tab.isBusy());
    QVERIFY(!cancel->isEnabled());
    QCOMPARE(visibleCancels(tab), QStringList()); // none while nothing runs
    // A lead's explanation (LIME on a worker) has its own Cancel, in the bar, alone.
    QSignalSpy explained(&tab, &ExplainTab::explained);
    tab.explainRow(2);
    QVERIFY(tab.isBusy());
    QCOMPARE(visibleCancels(tab), QStringList{"explainCancelButton"});
    QVERIFY(waitFor(explained));
    QCOMPARE(visibleCancels(tab), QStringList());
}

void TestExplainTab::reportPdfInEnglishAndArabic()
{
    // The report prints the lead shown with its LIME and the suggestions made for it.
    const LeadExplanation report = m_tab->reportExplanation();
    QVERIFY(report.lead == m_tab->explanation()->lead);
    QVERIFY(report.lime.has_value());
    QCOMPARE(int(report.counterfactuals.size()), m_tab->counterfactualModel()->rowCount());
    QCOMPARE(m_tab->reportContext().leadId, m_data->idOf(7));
    QCOMPARE(m_tab->reportContext().threshold, m_tab->thresholdSpin()->value());
    for (const auto &[language, name] : {std::pair(ReportLanguage::English, "report-en.pdf"),
                                         std::pair(ReportLanguage::Arabic, "report-ar.pdf")}) {
        const QString path = m_dir.filePath(QLatin1String(name));
        FileDialog::setNextFileName(path);
        QSignalSpy done(m_tab.get(), &ExplainTab::reportFinished);
        m_tab->reportAction(language)->trigger();
        QCOMPARE(done.count(), 1);
        QCOMPARE(done.at(0).at(0).toBool(), true);
        const QByteArray pdf = readAll(path);
        QVERIFY(pdf.startsWith("%PDF"));
        QVERIFY(pdf.size() > 5000);
        // A look at the first page, as the PDF lays it out (A4 at 96 dpi).
        const QString folder = qEnvironmentVariable("MIZAN_SCREENSHOTS");
        if (folder.isEmpty())
            continue;
        auto document = explanationDocument(explanationReportHtml(m_tab->reportExplanation(),
                                                                  m_explainer->space(),
                                                                  language,
                                                                  m_tab->reportContext()),
                                            language);
        document->setPageSize(QSizeF(794 - 113, 1123 - 113));
        QImage page(794, 1123, QImage::Format_RGB32);
        page.fill(Qt::white);
        QPainter painter(&page);
        painter.translate(56, 56);
        document->drawContents(&painter, QRectF(0, 0, 794 - 113, 1123 - 113));
        painter.end();
        QVERIFY(page.save(QDir(folder).filePath(QString::fromLatin1(name).replace(".pdf", ".png"))));
    }
    QVERIFY(MessageBox::takeMessages().isEmpty());
}

void TestExplainTab::rightToLeft()
{
    QGuiApplication::setLayoutDirection(Qt::RightToLeft);
    {
        auto tab = explainedTab(7);
        QVERIFY(tab);
        QCOMPARE(tab->waterfall()->layoutDirection(), Qt::RightToLeft);
        QCOMPARE(int(tab->waterfall()->bars().size()), WaterfallChart::kMaxFeatures + 1);
        shoot(*tab, "explain-tab-rtl.png");
        shoot(*tab->waterfall(), "explain-waterfall-rtl.png");
        QSignalSpy done(tab.get(), &ExplainTab::globalFinished);
        tab->pages()->setCurrentIndex(1);
        tab->computeGlobal();
        QVERIFY(waitFor(done));
        shoot(*tab, "explain-global-rtl.png");
    }
    QGuiApplication::setLayoutDirection(Qt::LeftToRight);
}

void TestExplainTab::scoringTabExplainsTheSelectedLead()
{
    MainWindow window;
    window.resize(1360, 860);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.tabs()->indexOf(window.explainTab()), -1); // nothing to explain yet
    ScoringTab *scoring = window.scoringTab();
    scoring->setInputs(m_leads, m_spec, m_model);
    QSignalSpy scored(scoring, &ScoringTab::scoringFinished);
    scoring->score();
    QVERIFY(waitFor(scored));
    QCOMPARE(scored.at(0).at(0).toBool(), true);
    QVERIFY(window.tabs()->indexOf(window.explainTab()) > 0);
    // Select the fourth row shown (sorted by probability) and ask for its explanation.
    const QModelIndex shown = scoring->filterModel()->index(3, 0);
    scoring->tableView()->setCurrentIndex(shown);
    const int row = scoring->filterModel()->mapToSource(shown).row();
    QSignalSpy explained(window.explainTab(), &ExplainTab::explained);
    QVERIFY(scoring->explainAction()->isEnabled());
    scoring->explainAction()->trigger();
    QVERIFY(waitFor(explained));
    QCOMPARE(window.tabs()->currentWidget(), window.explainTab());
    auto lead = m_explainer->space().leadFromDataset(*m_data, row);
    MIZAN_VERIFY_OK(lead);
    QVERIFY(window.explainTab()->explanation()->lead == *lead);
    QVERIFY(window.explainTab()
                ->findChild<QLabel *>("explainScoreLabel")
                ->text()
                .contains(m_data->idOf(row)));
    shoot(window, "explain-in-window.png");
}

void TestExplainTab::workspaceModeIsAudited()
{
    QTemporaryDir dir;
    {
        auto created = createWorkspace(dir.path());
        Workspace &ws = *created.workspace;
        QVERIFY(ws.addUser("nour", Role::Analyst, pw(kOtherPassword)).has_value());
        importSynthetic(ws, dir.path(), 400);
        storeSyntheticModel(ws);
    }
    auto opened = Workspace::open(dir.path(), testOptions());
    MIZAN_VERIFY_OK(opened);
    std::shared_ptr<Workspace> ws = std::move(*opened);
    MIZAN_VERIFY_OK(ws->login("nour", pw(kOtherPassword)));
    {
        // The analyst's window has the tab; "Explain lead" in the Scoring tab explains the
        // stored lead of the run shown.
        MainWindow window;
        window.setWorkspace(ws);
        QVERIFY(window.tabs()->indexOf(window.explainTab()) >= 0);
        ScoringTab *scoring = window.scoringTab();
        QSignalSpy scored(scoring, &ScoringTab::scoringFinished);
        scoring->score();
        QVERIFY(waitFor(scored));
        QCOMPARE(scored.at(0).at(0).toBool(), true);
        const QModelIndex shown = scoring->filterModel()->index(5, 0);
        scoring->tableView()->setCurrentIndex(shown);
        const int row = scoring->filterModel()->mapToSource(shown).row();
        QSignalSpy explained(window.explainTab(), &ExplainTab::explained);
        scoring->explainAction()->trigger();
        QVERIFY(waitFor(explained));
        QCOMPARE(explained.at(0).at(0).toBool(), true);
        QCOMPARE(window.tabs()->currentWidget(), window.explainTab());
        QCOMPARE(window.explainTab()->rowSpin()->value(), row + 1);
        auto stored = ws->leadForExplanation(scoring->shownModelId(),
                                             scoring->shownLeadSetId(),
                                             row);
        MIZAN_VERIFY_OK(stored);
        QVERIFY(window.explainTab()->explanation()->lead == *stored);
    }
    {
        ExplainTab tab;
        new QAbstractItemModelTester(tab.whatIfModel(),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     &tab);
        tab.resize(1200, 800);
        tab.show();
        tab.setWorkspace(ws);
        QCOMPARE(tab.leadSetCombo()->count(), 1);
        QCOMPARE(tab.modelCombo()->count(), 1);
        QCOMPARE(tab.rowSpin()->maximum(), 400);
        QSignalSpy explained(&tab, &ExplainTab::explained);
        QSignalSpy busy(&tab, &ExplainTab::busyChanged);
        // While another job (a scoring run) holds the workspace, the tab leaves it alone.
        bool scoring = true;
        tab.setWorkspaceInUse([&scoring] { return scoring; });
        tab.explainRow(3);
        QVERIFY(!tab.isBusy());
        QCOMPARE(busy.count(), 0);
        scoring = false;
        tab.rowSpin()->setValue(4);
        QTest::mouseClick(tab.findChild<QPushButton *>("explainButton"), Qt::LeftButton);
        QVERIFY(waitFor(explained));
        QCOMPARE(explained.at(0).at(0).toBool(), true);
        QVERIFY(busy.count() >= 2); // the window keeps other tabs away meanwhile
        auto engines = ws->explainer(tab.modelCombo()->currentData().toLongLong());
        MIZAN_VERIFY_OK(engines);
        const std::vector<WaterfallBar> &bars = tab.waterfall()->bars();
        QCOMPARE(int(bars.size()), (*engines)->space().featureCount()); // four: no "other" row
        QVERIFY(std::abs(bars.front().end - tab.explanation()->shap.margin) < 1e-9);

        // A what-if edit through the facade.
        WhatIfModel *model = tab.whatIfModel();
        const int minutes = (*engines)->space().indexOf("minutes");
        QVERIFY(minutes >= 0);
        QSignalSpy updated(&tab, &ExplainTab::whatIfUpdated);
        QVERIFY(model->setData(model->index(minutes, WhatIfModel::ValueColumn), "55"));
        QCOMPARE(updated.count(), 1);
        QCOMPARE(tab.explanation()->shap.probability,
                 (*engines)->explain(model->lead())->shap.probability);

        QSignalSpy global(&tab, &ExplainTab::globalFinished);
        tab.computeGlobal();
        QVERIFY(waitFor(global));
        QCOMPARE(global.at(0).at(0).toBool(), true);
        QCOMPARE(tab.globalExplanation()->rows, qint64(400));

        const QString path = m_dir.filePath("report-ws.pdf");
        QSignalSpy report(&tab, &ExplainTab::reportFinished);
        tab.exportReportTo(ReportLanguage::English, path);
        QCOMPARE(report.at(0).at(0).toBool(), true);
        QVERIFY(readAll(path).startsWith("%PDF"));
        QFile::remove(path);
    }
    const QStringList actions = auditActions(*ws);
    for (const char *expected :
         {"explain.view:ok", "explain.whatif:ok", "explain.global:ok", "leads.export:ok"})
        QVERIFY2(actions.contains(QLatin1String(expected)), expected);
    QVERIFY(MessageBox::takeMessages().isEmpty());
}

void TestExplainTab::modelViewForRiskOfficersAndAuditors()
{
    QTemporaryDir dir;
    {
        auto created = createWorkspace(dir.path());
        Workspace &ws = *created.workspace;
        QVERIFY(ws.addUser("rana", Role::RiskOfficer, pw(kThirdPassword)).has_value());
        importSynthetic(ws, dir.path(), 400);
        storeSyntheticModel(ws);
    }
    auto opened = Workspace::open(dir.path(), testOptions());
    MIZAN_VERIFY_OK(opened);
    std::shared_ptr<Workspace> ws = std::move(*opened);
    // Both hold explain.global without leads.explain: the model page only, and it works. The
    // auditor (no leads.view) chooses among the lead sets by name and sees no lead's values.
    const std::pair<const char *, const char *> people[] = {{"rana", kThirdPassword},
                                                            {"audra", kAuditorPassword}};
    qint64 model = 0, set = 0;
    for (const auto &[user, password] : people) {
        if (ws->isSignedIn())
            MIZAN_VERIFY_OK(ws->logout());
        MIZAN_VERIFY_OK(ws->login(QString::fromLatin1(user), pw(password)));
        const bool auditor = ws->role() == Role::Auditor;
        QVERIFY(!ws->can(Permission::LeadsExplain) && ws->can(Permission::ExplainGlobal));
        MainWindow window;
        window.resize(1360, 860);
        window.setWorkspace(ws);
        ExplainTab *tab = window.explainTab();
        QVERIFY2(window.tabs()->indexOf(tab) >= 0, user);
        window.tabs()->setCurrentWidget(tab);
        QVERIFY(!tab->pages()->isTabVisible(0));
        QVERIFY(tab->pages()->isTabVisible(1));
        QCOMPARE(tab->pages()->currentIndex(), 1);
        QVERIFY(tab->findChild<QPushButton *>("explainButton")->isHidden());
        QCOMPARE(tab->leadSetCombo()->count(), 1);
        QCOMPARE(tab->modelCombo()->count(), 1);
        QCOMPARE(visibleCancels(*tab), QStringList());
        QSignalSpy global(tab, &ExplainTab::globalFinished);
        MessageBox::takeMessages();
        tab->findChild<QPushButton *>("globalButton")->click();
        QVERIFY(tab->isBusy());
        QCOMPARE(visibleCancels(*tab), QStringList{"globalCancelButton"});
        QVERIFY(waitFor(global));
        QVERIFY2(global.at(0).at(0).toBool(), qPrintable(MessageBox::takeMessages().join('\n')));
        QCOMPARE(visibleCancels(*tab), QStringList());
        const GlobalExplanation &g = *tab->globalExplanation();
        QCOMPARE(g.rows, qint64(400));
        QCOMPARE(int(tab->importanceChart()->rows().size()), int(g.features.size()));
        const bool valuesShown = std::any_of(g.sampleValues.begin(),
                                             g.sampleValues.end(),
                                             [](double v) { return !std::isnan(v); });
        QCOMPARE(valuesShown, !auditor);
        QCOMPARE(std::ranges::count(g.sampleIndex, qint64(-1)) == qint64(g.sampleIndex.size()),
                 auditor);
        model = tab->modelCombo()->currentData().toLongLong();
        set = tab->leadSetCombo()->currentData().toLongLong();
    }
    const QStringList actions = auditActions(*ws);
    QCOMPARE(actions.count(QStringLiteral("explain.global:ok")), 2);
    // The windows asked the core for nothing these roles lack (no refusal was audited) ...
    QVERIFY2(!actions.contains(QStringLiteral("permission.denied:denied")),
             qPrintable(actions.join(u' ')));
    // ... and the core still refuses a single lead's explanation.
    auto lead = ws->explainLead(model, set, 0);
    QVERIFY(!lead);
    QCOMPARE(lead.error().code, ErrorCode::PermissionDenied);
}

QTEST_MAIN(TestExplainTab)
#include "TestExplainTab.moc"
