// The Fairness tab as users drive it (offscreen) over a workspace holding the demo leads and a
// model trained on them: the per-group table equals the core's report computed here from the
// same leads; moving the threshold previews locally (nothing stored) what the core computes at
// that threshold; small groups are flagged; disparities, AIF360's signed forms against a chosen
// privileged group, and the policy's verdicts; only a risk officer edits the policy; CSV and PDF
// exports; cancel; the tab in the window for every role; right-to-left. Screenshots go to
// $MIZAN_SCREENSHOTS (fairness-tab.png, or fairness-tab-ar.png with
// MIZAN_SCREENSHOT_LANGUAGE=ar) when it is set.

#include "Bootstrap.h"
#include "MainWindow.h"
#include "common/Dialogs.h"
#include "data/DatasetLoader.h"
#include "data/DemoLeads.h"
#include "fairness/AlertModel.h"
#include "fairness/DisparityModel.h"
#include "fairness/FairnessExport.h"
#include "fairness/FairnessStyle.h"
#include "fairness/FairnessTab.h"
#include "fairness/GroupBarChart.h"
#include "fairness/GroupMetricsModel.h"
#include "fairness/OptimizerModel.h"
#include "fairness/PolicyDialog.h"
#include "fairness/SweepChart.h"
#include "model/ScoreExport.h"
#include "model/Scorer.h"
#include "model/Trainer.h"

#include "Screenshots.h"
#include "TestWorkspaceUtil.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QIcon>
#include <QLabel>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSlider>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTimer>

#include <cmath>

using namespace mizan;
using namespace mizan::test;

namespace {

constexpr const char *kRiskPassword = kThirdPassword;

bool waitFor(QSignalSpy &spy, int timeoutMs = 120000)
{
    return spy.count() > 0 || spy.wait(timeoutMs);
}

using GM = GroupMetricsModel;
static_assert(int(GM::ValueRole) == int(DisparityModel::ValueRole));

/** A number a model holds (ValueRole, the same in every fairness model, or another role). */
double cell(const QAbstractItemModel *model, int row, int column, int role = Qt::UserRole + 1)
{
    return model->index(row, column).data(role).toDouble();
}

bool same(double a, double b)
{
    return (std::isnan(a) && std::isnan(b)) || std::abs(a - b) <= 1e-12;
}

void choose(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    QVERIFY2(index >= 0, qPrintable(data.toString()));
    combo->setCurrentIndex(index);
    Q_EMIT combo->activated(index);
}

} // namespace

class TestFairnessTab : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void groupTableEqualsTheCoreReport();
    void thresholdPreviewsLocally();
    void smallGroupsAreFlagged();
    void disparitiesAndPrivilegedGroup();
    void intervalsAndOptimizer();
    void cancelLeavesTheReportAlone();
    void csvExport();
    void pdfExport();
    void onlyRiskOfficersEditThePolicy();
    void everyRoleHasTheTab();
    void rightToLeft();
    void cleanupTestCase();

private:
    void signIn(const QString &user, const char *password);
    std::unique_ptr<FairnessTab> computedTab();
    /** The core's report on the same leads, computed here without the workspace. */
    FairnessReport oracle(double threshold,
                          const QStringList &attributes = {},
                          const QHash<QString, QString> &privileged = {}) const;

    QTemporaryDir m_dir;
    std::shared_ptr<Workspace> m_ws;
    std::optional<Dataset> m_data;
    std::vector<double> m_probabilities;
    QString m_modelSha;
};

void TestFairnessTab::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Bootstrap::setApplicationIdentity();
    QSettings().clear();
    MessageBox::setTestMode(true);
    KdfParams::allowTestCost(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    if (const QString language = qEnvironmentVariable("MIZAN_SCREENSHOT_LANGUAGE");
        !language.isEmpty())
        Bootstrap::installTranslators(language);

    const QByteArray csv = DemoLeads::csv({2000, 7});
    const QString csvPath = m_dir.filePath("demo-leads.csv");
    const QString specPath = m_dir.filePath("demo-leads.spec.json");
    writeAll(csvPath, csv);
    writeAll(specPath, DemoLeads::specJson());
    QBuffer buffer;
    buffer.setData(csv);
    buffer.open(QIODevice::ReadOnly);
    auto data = DatasetLoader::read(buffer, csvPath, DemoLeads::spec());
    MIZAN_VERIFY_OK(data);
    TrainConfig config;
    config.params.rounds = 30;
    config.params.maxDepth = 3;
    config.params.nthread = 1;
    config.split = *SplitSpec::parse("random:0.2:1");
    config.name = QStringLiteral("demo-model");
    auto bundle = Trainer::train(*data, config);
    MIZAN_VERIFY_OK(bundle);
    auto scorer = Scorer::create(*bundle);
    MIZAN_VERIFY_OK(scorer);
    auto scores = scorer->score(*data);
    MIZAN_VERIFY_OK(scores);
    m_probabilities = scores->probabilities;
    m_data = std::move(*data);
    m_modelSha = QString::fromLatin1(bundle->modelSha256);

    const QString wsDir = m_dir.filePath("ws");
    {
        auto created = createWorkspace(wsDir);
        Workspace &ws = *created.workspace;
        MIZAN_VERIFY_OK(ws.addUser("dana", Role::DataScientist, pw(kFourthPassword)));
        MIZAN_VERIFY_OK(ws.addUser("nour", Role::Analyst, pw(kOtherPassword)));
        MIZAN_VERIFY_OK(ws.addUser("rana", Role::RiskOfficer, pw(kRiskPassword)));
        MIZAN_VERIFY_OK(ws.logout());
        MIZAN_VERIFY_OK(ws.login("dana", pw(kFourthPassword)));
        MIZAN_VERIFY_OK(ws.importLeadSet(csvPath, specPath, "demo-leads"));
        MIZAN_VERIFY_OK(ws.storeModel(*bundle, "demo-model.bundle.json"));
    }
    auto opened = Workspace::open(wsDir, testOptions());
    MIZAN_VERIFY_OK(opened);
    m_ws = std::move(*opened);
    signIn("nour", kOtherPassword);
}

void TestFairnessTab::cleanupTestCase()
{
    m_ws.reset();
}

void TestFairnessTab::signIn(const QString &user, const char *password)
{
    if (m_ws->isSignedIn())
        static_cast<void>(m_ws->logout());
    MIZAN_VERIFY_OK(m_ws->login(user, pw(password)));
}

FairnessReport TestFairnessTab::oracle(double threshold,
                                       const QStringList &attributes,
                                       const QHash<QString, QString> &privileged) const
{
    auto data = FairnessData::build(*m_data, m_probabilities, attributes, privileged);
    if (!data)
        qFatal("oracle: %s", qPrintable(data.error().message));
    FairnessOptions options;
    options.threshold = threshold;
    auto report = FairnessReport::compute(data->view(), options);
    if (!report)
        qFatal("oracle: %s", qPrintable(report.error().message));
    return std::move(*report);
}

std::unique_ptr<FairnessTab> TestFairnessTab::computedTab()
{
    auto tab = std::make_unique<FairnessTab>(m_ws);
    for (QAbstractItemModel *model :
         std::initializer_list<QAbstractItemModel *>{tab->groupModel(),
                                                     tab->disparityModel(),
                                                     tab->alertModel(),
                                                     tab->optimizerModel()})
        new QAbstractItemModelTester(model,
                                     QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     tab.get());
    tab->resize(1360, 860);
    tab->show();
    if (!QTest::qWaitForWindowExposed(tab.get()))
        return {};
    QSignalSpy computed(tab.get(), &FairnessTab::computed);
    QTest::mouseClick(tab->computeButton(), Qt::LeftButton);
    if (!waitFor(computed) || !computed.at(0).at(0).toBool())
        return {};
    return tab;
}

void TestFairnessTab::groupTableEqualsTheCoreReport()
{
    auto tab = computedTab();
    QVERIFY(tab);
    QCOMPARE(tab->officialResult()->modelSha256, m_modelSha.toLatin1());
    const FairnessReport expected = oracle(0.5);
    const FairnessReport &shown = *tab->shownReport();
    QCOMPARE(shown.rowsUsed, expected.rowsUsed);
    QCOMPARE(int(shown.attributes.size()), 3);
    // The spec's attributes are known now: each, and the three pairs to intersect.
    QCOMPARE(tab->attributeCombo()->count(), 4);
    QCOMPARE(tab->intersectCombo()->count(), 4);
    QCOMPARE(tab->attributeBar()->count(), 3);
    for (const AttributeReport &a : expected.attributes) {
        tab->showAttribute(a.name());
        QCOMPARE(tab->shownAttribute(), a.name());
        GM *model = tab->groupModel();
        QCOMPARE(model->rowCount(), int(a.metrics.groups.size()) + 1);
        for (int row = 0; row < model->rowCount(); ++row) {
            const bool overall = row == int(a.metrics.groups.size());
            const GroupMetrics &g = overall ? a.metrics.overall : a.metrics.groups[size_t(row)];
            QCOMPARE(model->index(row, 0).data(GM::OverallRole).toBool(), overall);
            if (!overall)
                QCOMPARE(model->index(row, 0).data(GM::GroupNameRole).toString(), g.name);
            QCOMPARE(cell(model, row, GM::CountColumn), double(g.counts.count()));
            for (int m = 0; m < kGroupMetricCount; ++m) {
                const QModelIndex at = model->index(row, GM::columnOf(GroupMetric(m)));
                QVERIFY2(same(at.data(GM::ValueRole).toDouble(), g.value(GroupMetric(m))),
                         qPrintable(a.name() + QLatin1Char('/') + g.name + QLatin1Char('/')
                                    + groupMetricKey(GroupMetric(m))));
            }
        }
        // The bar chart draws the selection rate of each group and the overall level.
        const auto &bars = tab->barChart()->bars();
        QCOMPARE(bars.size(), a.metrics.groups.size());
        for (size_t g = 0; g < bars.size(); ++g)
            QVERIFY(same(bars[g].value, a.metrics.groups[g].value(GroupMetric::SelectionRate)));
        QVERIFY(
            same(tab->barChart()->overall(), a.metrics.overall.value(GroupMetric::SelectionRate)));
        QCOMPARE(tab->sweepChart()->lines().size(), a.metrics.groups.size());
    }
    // Another metric in the chart: its values.
    tab->showAttribute(QStringLiteral("gender"));
    tab->barMetricCombo()->setCurrentIndex(
        tab->barMetricCombo()->findData(int(GroupMetric::TruePositiveRate)));
    const AttributeReport *gender = expected.attribute(QStringLiteral("gender"));
    QVERIFY(same(tab->barChart()->bars()[0].value,
                 gender->metrics.groups[0].value(GroupMetric::TruePositiveRate)));
    QVERIFY(tab->verdictLabel()->text().contains(QLatin1String("Bias policy")));
    QVERIFY(MessageBox::takeMessages().isEmpty());
}

void TestFairnessTab::thresholdPreviewsLocally()
{
    auto tab = computedTab();
    QVERIFY(tab);
    auto stored = m_ws->fairnessAlerts();
    MIZAN_VERIFY_OK(stored);
    const size_t storedBefore = stored->size();
    tab->showAttribute(QStringLiteral("nationality_region"));
    const double before = cell(tab->groupModel(), 0, GM::SelectionRateColumn);
    QSignalSpy previewed(tab.get(), &FairnessTab::previewed);
    tab->thresholdSlider()->setValue(30);
    QCOMPARE(tab->thresholdSpin()->value(), 0.30);
    QCOMPARE(tab->sweepChart()->threshold(), 0.30); // the marker moves at once
    QVERIFY(waitFor(previewed));
    QVERIFY(previewed.at(0).at(0).toBool());
    QVERIFY(tab->isPreview());
    const FairnessReport expected = oracle(0.30);
    const AttributeReport *region = expected.attribute(QStringLiteral("nationality_region"));
    for (size_t g = 0; g < region->metrics.groups.size(); ++g) {
        const QModelIndex at = tab->groupModel()->index(int(g), GM::SelectionRateColumn);
        QVERIFY(same(at.data(GM::ValueRole).toDouble(),
                     region->metrics.groups[g].value(GroupMetric::SelectionRate)));
        // The sweep's value at the marker is the same number.
        const SweepChart::Line &line = tab->sweepChart()->lines()[g];
        QVERIFY(same(line.values[*tab->sweepChart()->markerIndex()],
                     region->metrics.groups[g].value(GroupMetric::SelectionRate)));
    }
    QVERIFY(before != cell(tab->groupModel(), 0, GM::SelectionRateColumn));
    QVERIFY(tab->stateLabel()->text().contains(QLatin1String("not recorded")));
    // Dragging: many moves, one preview at a time, the last one shown.
    for (int step = 31; step <= 42; ++step)
        tab->thresholdSpin()->setValue(step / 100.0);
    QTRY_VERIFY_WITH_TIMEOUT(!tab->isPreviewing(), 30000);
    QTRY_COMPARE(tab->shownReport()->threshold, 0.42);
    const FairnessReport at42 = oracle(0.42);
    QVERIFY(same(cell(tab->groupModel(), 1, GM::TprColumn),
                 at42.attribute(QStringLiteral("nationality_region"))
                     ->metrics.groups[1]
                     .value(GroupMetric::TruePositiveRate)));
    // A preview stores and audits nothing; back at 0.5 the recorded report is shown again.
    stored = m_ws->fairnessAlerts();
    QCOMPARE(stored->size(), storedBefore);
    previewed.clear();
    tab->setThreshold(0.5);
    QVERIFY(waitFor(previewed));
    QVERIFY(!tab->isPreview());
    QVERIFY(same(cell(tab->groupModel(), 0, GM::SelectionRateColumn), before));
}

void TestFairnessTab::smallGroupsAreFlagged()
{
    auto tab = computedTab();
    QVERIFY(tab);
    // An intersection once the attributes are known: computed again at once (the official way).
    QSignalSpy computed(tab.get(), &FairnessTab::computed);
    const QString pair = QStringLiteral("nationality_region|age_band");
    choose(tab->intersectCombo(), pair);
    QVERIFY(waitFor(computed));
    QVERIFY(computed.at(0).at(0).toBool());
    QCOMPARE(tab->attributeBar()->count(), 4);
    tab->showAttribute(pair);
    const FairnessReport expected = oracle(0.5, {"nationality_region", "age_band", pair});
    const AttributeReport *a = expected.attribute(pair);
    QVERIFY(a);
    GM *model = tab->groupModel();
    int small = 0;
    for (size_t g = 0; g < a->metrics.groups.size(); ++g) {
        const GroupMetrics &group = a->metrics.groups[g];
        QCOMPARE(model->index(int(g), 0).data(GM::SmallRole).toBool(), group.small);
        QCOMPARE(tab->barChart()->bars()[g].small, group.small);
        if (!group.small)
            continue;
        ++small;
        const QModelIndex name = model->index(int(g), GM::GroupColumn);
        QVERIFY(!name.data(Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY(name.data(Qt::DisplayRole).toString().contains(QLatin1String("(small)")));
        QVERIFY(name.data(Qt::ToolTipRole).toString().contains(QLatin1String("Small group")));
        const QModelIndex rate = model->index(int(g), GM::SelectionRateColumn);
        QVERIFY(rate.data(Qt::ForegroundRole).isValid()); // grey, not confident-looking
        QVERIFY(rate.data(Qt::FontRole).value<QFont>().italic());
    }
    QVERIFY(small > 0);
    // Core's note on each small group, all of them in the Notes tab, the first above the table.
    const QString notes = tab->findChild<QPlainTextEdit *>("fairnessNotes")->toPlainText();
    QCOMPARE(int(notes.count(QLatin1String("too few for confident numbers"))), small);
    QVERIFY(tab->findChild<QLabel *>("fairnessWarningsLabel")->text().contains("Notes tab"));
    shoot(*tab, QStringLiteral("fairness-small-groups.png"));
}

void TestFairnessTab::disparitiesAndPrivilegedGroup()
{
    auto tab = computedTab();
    QVERIFY(tab);
    const QString attribute = QStringLiteral("nationality_region");
    tab->showAttribute(attribute);
    const FairnessReport expected = oracle(0.5);
    const AttributeReport *a = expected.attribute(attribute);
    DisparityModel *model = tab->disparityModel();
    QCOMPARE(model->rowCount(), kDisparityCount + kSignedDisparityCount);
    for (int d = 0; d < kDisparityCount; ++d) {
        const int row = model->rowOf(disparityKey(Disparity(d)));
        QVERIFY(same(cell(model, row, 0), a->disparity(Disparity(d))));
    }
    QCOMPARE(a->disparities.aif360->privileged, QStringLiteral("GCC"));
    const int impact = model->rowOf(QStringLiteral("aif360_signed.disparate_impact"));
    QVERIFY(same(cell(model, impact, 0),
                 a->disparities.aif360->values[size_t(SignedDisparity::DisparateImpact)]));
    const QString label = model->index(impact, DisparityModel::MetricColumn).data().toString();
    QVERIFY2(label.contains("AIF360") && label.contains("signed") && label.contains("GCC"),
             qPrintable(label));
    // The verdict of the four-fifths rule, as the core evaluates it.
    const std::vector<BiasAlert> alerts = BiasPolicy::defaults().evaluate(expected);
    for (const BiasAlert &alert : alerts) {
        if (alert.attribute != attribute)
            continue;
        const int row = model->rowOf(alert.metric);
        QCOMPARE(model->index(row, 0).data(DisparityModel::StatusRole).toInt(), int(alert.status));
    }
    // Another privileged group: AIF360's forms against it, previewed.
    const QString other = a->metrics.groups.back().missing ? a->metrics.groups[0].name
                                                           : a->metrics.groups.back().name;
    QVERIFY(other != QLatin1String("GCC"));
    QSignalSpy previewed(tab.get(), &FairnessTab::previewed);
    choose(tab->privilegedCombo(), other);
    QVERIFY(waitFor(previewed));
    QVERIFY(tab->isPreview());
    const FairnessReport chosen = oracle(0.5, {}, {{attribute, other}});
    const AttributeReport *c = chosen.attribute(attribute);
    for (int s = 0; s < kSignedDisparityCount; ++s) {
        const int row = model->rowOf(disparityName(DisparityName{true, s}));
        QVERIFY(same(cell(model, row, 0), c->disparities.aif360->values[size_t(s)]));
    }
    QVERIFY(model->index(impact, 0).data().toString().contains(other));
    QVERIFY(tab->groupModel()
                ->index(tab->groupModel()->rowOf(other), 0)
                .data(GM::PrivilegedRole)
                .toBool());
    // Compute records it with that group: the query carries the choice.
    QCOMPARE(tab->query().privileged.value(attribute), other);
}

void TestFairnessTab::intervalsAndOptimizer()
{
    auto tab = std::make_unique<FairnessTab>(m_ws);
    new QAbstractItemModelTester(tab->optimizerModel(),
                                 QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 tab.get());
    tab->resize(1360, 860);
    tab->show();
    tab->intervalsCheck()->setChecked(true);
    tab->optimizerCheck()->setChecked(true);
    tab->setThreshold(0.25);
    QSignalSpy computed(tab.get(), &FairnessTab::computed);
    tab->compute();
    QVERIFY(tab->isBusy());
    QVERIFY(waitFor(computed));
    QVERIFY(computed.at(0).at(0).toBool());
    const FairnessResult &result = *tab->officialResult();
    QCOMPARE(result.report.bootstrap->resamples, 1000);
    QCOMPARE(result.report.bootstrap->seed, quint64(2026));
    tab->showAttribute(QStringLiteral("nationality_region"));
    const AttributeReport *a = result.report.attribute(QStringLiteral("nationality_region"));
    const QModelIndex at = tab->groupModel()->index(0, GM::SelectionRateColumn);
    const Interval &interval = a->intervals->groups[0][size_t(GroupMetric::SelectionRate)];
    QCOMPARE(at.data(GM::LowerRole).toDouble(), interval.lower);
    QCOMPARE(at.data(GM::UpperRole).toDouble(), interval.upper);
    QVERIFY(at.data().toString().contains(QLatin1Char('\n'))); // the interval below
    QVERIFY(at.data().toString().contains(QChar(0x2013)));
    QCOMPARE(tab->barChart()->bars()[0].lower, interval.lower);
    shoot(*tab, QStringLiteral("fairness-tab.png")); // before the English texts are checked
    // The optimizer's rules: reported, not applied, one per group and constraint.
    QCOMPARE(tab->optimizerModel()->outcomes().size(), size_t(2));
    QVERIFY(tab->optimizerModel()->rowCount() >= int(a->metrics.groups.size()));
    QVERIFY(tab->optimizerModel()
                ->headerData(OptimizerModel::RuleColumn, Qt::Horizontal, Qt::DisplayRole)
                .toString()
                .contains(QLatin1String("not applied")));
    QVERIFY(tab->findChild<QLabel *>("fairnessOptimizerLabel")
                ->text()
                .contains(QLatin1String("Reported, not applied")));
    // A preview leaves the intervals out and says so.
    QSignalSpy previewed(tab.get(), &FairnessTab::previewed);
    tab->setThreshold(0.45);
    QVERIFY(waitFor(previewed));
    QVERIFY(std::isnan(cell(tab->groupModel(), 0, GM::SelectionRateColumn, GM::LowerRole)));
    QVERIFY(tab->stateLabel()->text().contains(QLatin1String("Intervals were drawn at")));
}

void TestFairnessTab::cancelLeavesTheReportAlone()
{
    auto tab = computedTab();
    QVERIFY(tab);
    const double rate = tab->shownReport()->attributes[0].metrics.groups[0].value(
        GroupMetric::SelectionRate);
    MessageBox::takeMessages();
    tab->intervalsCheck()->setChecked(true);
    tab->thresholdSpin()->setValue(0.35);
    QSignalSpy computed(tab.get(), &FairnessTab::computed);
    QSignalSpy busy(tab.get(), &FairnessTab::busyChanged);
    QTest::mouseClick(tab->computeButton(), Qt::LeftButton);
    QVERIFY(tab->isBusy());
    QVERIFY(tab->cancelButton()->isEnabled());
    QVERIFY(!tab->thresholdSlider()->isEnabled()); // inputs wait while the workspace works
    QTest::mouseClick(tab->cancelButton(), Qt::LeftButton);
    QVERIFY(waitFor(computed));
    QCOMPARE(computed.at(0).at(0).toBool(), false);
    QVERIFY(!tab->isBusy());
    QVERIFY(!tab->cancelButton()->isEnabled());
    QCOMPARE(busy.count(), 2);
    QVERIFY(MessageBox::takeMessages().isEmpty()); // cancelling is not an error
    // The recorded report is still the one at 0.5, without intervals.
    QCOMPARE(tab->officialResult()->report.threshold, 0.5);
    QVERIFY(!tab->officialResult()->report.bootstrap);
    QCOMPARE(tab->officialResult()->report.attributes[0].metrics.groups[0].value(
                 GroupMetric::SelectionRate),
             rate);
}

void TestFairnessTab::csvExport()
{
    auto tab = computedTab();
    QVERIFY(tab);
    const QString path = m_dir.filePath("groups.csv");
    FileDialog::setNextFileName(path);
    QSignalSpy exported(tab.get(), &FairnessTab::exported);
    tab->csvAction()->trigger();
    QCOMPARE(exported.count(), 1);
    QVERIFY(exported.at(0).at(0).toBool());
    QCOMPARE(QFile::permissions(path) & 0x0077, QFileDevice::Permissions());
    QList<QByteArray> lines = readAll(path).trimmed().split('\n');
    // The workspace's classification marking opens and closes the file (# comment lines).
    QVERIFY2(lines.first().startsWith("# RESTRICTED · exported by "), lines.first().constData());
    QCOMPARE(lines.last(), lines.first());
    lines = lines.mid(1, lines.size() - 2);
    const QList<QByteArray> header = lines[0].split(',');
    QCOMPARE(header.mid(0, 8),
             (QList<QByteArray>{"attribute",
                                "group",
                                "kind",
                                "privileged",
                                "small_group",
                                "threshold",
                                "count",
                                "positives"}));
    QVERIFY(header.contains("selection_rate") && header.contains("roc_auc"));
    const FairnessReport expected = oracle(0.5);
    qsizetype rows = 0;
    for (const AttributeReport &a : expected.attributes)
        rows += qsizetype(a.metrics.groups.size()) + 1;
    QCOMPARE(lines.size() - 1, rows);
    const GroupMetrics *gcc = expected.attribute(QStringLiteral("nationality_region"))
                                  ->metrics.group(QStringLiteral("GCC"));
    const qsizetype rate = header.indexOf("selection_rate");
    bool found = false;
    for (const QByteArray &line : lines) {
        const QList<QByteArray> cells = line.split(',');
        if (!line.startsWith("nationality_region,GCC,"))
            continue;
        found = true;
        QCOMPARE(cells[2], QByteArray("group"));
        QCOMPARE(cells[3], QByteArray("true")); // the spec's privileged group
        QCOMPARE(cells[6].toLongLong(), gcc->counts.count());
        QCOMPARE(cells[rate], shortestNumber(gcc->value(GroupMetric::SelectionRate)));
    }
    QVERIFY(found);
    // Cancelling the file dialog writes nothing.
    FileDialog::setNextFileName(QString());
    exported.clear();
    tab->csvAction()->trigger();
    QCOMPARE(exported.count(), 0);
    // The one file written is in the audit log, by name, with what it holds.
    signIn("audra", kAuditorPassword);
    auto entries = m_ws->auditEntries();
    MIZAN_VERIFY_OK(entries);
    std::vector<AuditEntry> exports;
    for (const AuditEntry &e : *entries) {
        if (e.action == QLatin1String("fairness.export")
            && e.details["file"].toString() == QLatin1String("groups.csv"))
            exports.push_back(e);
    }
    signIn("nour", kOtherPassword);
    QCOMPARE(exports.size(), size_t(1));
    QCOMPARE(exports.front().actor, QStringLiteral("nour"));
    QCOMPARE(exports.front().details["format"].toString(), QStringLiteral("csv"));
    QCOMPARE(exports.front().details["preview"].toBool(), false);
}

void TestFairnessTab::pdfExport()
{
    auto tab = computedTab();
    QVERIFY(tab);
    const QString path = m_dir.filePath("fairness.pdf");
    FileDialog::setNextFileName(path);
    QSignalSpy exported(tab.get(), &FairnessTab::exported);
    tab->pdfAction()->trigger();
    QCOMPARE(exported.count(), 1);
    QVERIFY(exported.at(0).at(0).toBool());
    const QByteArray pdf = readAll(path);
    QVERIFY(pdf.startsWith("%PDF"));
    QVERIFY2(pdf.size() > 20000, QByteArray::number(pdf.size()).constData()); // with the charts
    // What it prints: hashes, who, the verdicts, the AIF360 label.
    const FairnessResult &r = *tab->officialResult();
    FairnessExportContext context;
    context.model = tab->modelCombo()->currentText();
    context.modelSha256 = r.modelSha256;
    context.leadSet = tab->leadSetCombo()->currentText();
    context.dataSha256 = r.dataSha256;
    context.preparedBy = m_ws->userName();
    context.preparedAt = QDateTime::currentDateTimeUtc();
    context.recordedAt = context.preparedAt;
    auto document = fairnessDocument(r.report, r.alerts, r.policy, r.sweeps, context);
    const QString text = document->toPlainText();
    for (const QString &needle : {QString::fromLatin1(r.modelSha256),
                                  QString::fromLatin1(r.dataSha256),
                                  QStringLiteral("nour")})
        QVERIFY2(text.contains(needle), qPrintable(needle));
    QVERIFY2(text.contains(QStringLiteral("AIF360 (signed): disparate impact; privileged: GCC")),
             qPrintable(text.section(QStringLiteral("disparate impact"), 0, 0).right(200)));
    QVERIFY(text.contains(r.alerts.front().text));
    const QString folder = qEnvironmentVariable("MIZAN_SCREENSHOTS");
    if (!folder.isEmpty()) {
        document->setPageSize(QSizeF(794 - 113, 1123 - 113));
        for (int page = 0; page < 2; ++page) {
            QImage image(794, 1123, QImage::Format_RGB32);
            image.fill(Qt::white);
            QPainter painter(&image);
            painter.translate(56, 56 - page * (1123 - 113));
            document->drawContents(&painter, QRectF(0, page * (1123 - 113), 794 - 113, 1123 - 113));
            painter.end();
            QVERIFY(image.save(
                QDir(folder).filePath(QStringLiteral("fairness-report-p%1.png").arg(page + 1))));
        }
    }
}

void TestFairnessTab::onlyRiskOfficersEditThePolicy()
{
    const BiasPolicy strict{QStringLiteral("strict"),
                            {PolicyRule{QStringLiteral("demographic_parity_difference"),
                                        PolicyOperator::AtMost,
                                        0.001,
                                        QStringLiteral("nationality_region")}}};
    {
        // An analyst: no control, and the core refuses (audited as a denial).
        auto tab = std::make_unique<FairnessTab>(m_ws);
        QVERIFY(tab->policyButton()->isHidden());
        QVERIFY(!tab->policyButton()->isEnabled());
        const Result<> refused = m_ws->setBiasPolicy(strict);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::PermissionDenied);
        MessageBox::takeMessages();
        QVERIFY(!tab->applyPolicy(strict));
        QVERIFY(!MessageBox::takeMessages().isEmpty());
    }
    signIn("rana", kRiskPassword);
    {
        auto tab = computedTab();
        QVERIFY(tab);
        QVERIFY(!tab->policyButton()->isHidden());
        QVERIFY(tab->policyButton()->isEnabled());
        QCOMPARE(tab->officialResult()->policy, BiasPolicy::defaults());
        // The dialog refuses a policy without a name, then takes the strict rule.
        bool driven = false;
        QTimer::singleShot(0, this, [&driven] {
            auto *dialog = qobject_cast<PolicyDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            dialog->setName(QString());
            dialog->accept();
            QVERIFY(dialog->errorLabel()->isVisible());
            while (dialog->ruleCount() > 0)
                dialog->removeRule(0);
            dialog->addRule(PolicyRule{QStringLiteral("demographic_parity_difference"),
                                       PolicyOperator::AtMost,
                                       0.001,
                                       QStringLiteral("nationality_region")});
            dialog->setName(QStringLiteral("strict"));
            shoot(*dialog, QStringLiteral("fairness-policy-dialog.png"));
            driven = true;
            dialog->accept();
        });
        QSignalSpy computed(tab.get(), &FairnessTab::computed);
        QTest::mouseClick(tab->policyButton(), Qt::LeftButton);
        QVERIFY(driven);
        QVERIFY(waitFor(computed)); // the verdicts under the new policy, recorded
        QVERIFY(computed.at(0).at(0).toBool());
        auto stored = m_ws->biasPolicy();
        MIZAN_VERIFY_OK(stored);
        QCOMPARE(*stored, strict);
        QCOMPARE(tab->officialResult()->policy, strict);
        QCOMPARE(tab->alertModel()->rowCount(), 1);
        QCOMPARE(tab->alertModel()->alertAt(0).status, AlertStatus::Fail);
        QVERIFY(tab->verdictLabel()->text().contains(QLatin1String("1 of 1 checks fail")));
        tab->showAttribute(QStringLiteral("nationality_region"));
        const int row = tab->disparityModel()->rowOf(
            QStringLiteral("demographic_parity_difference"));
        QCOMPARE(tab->disparityModel()->index(row, 0).data(DisparityModel::StatusRole).toInt(),
                 int(AlertStatus::Fail));
        QCOMPARE(tab->disparityModel()->index(row, DisparityModel::VerdictColumn).data().toString(),
                 QStringLiteral("Fail"));
        MIZAN_VERIFY_OK(m_ws->setBiasPolicy(BiasPolicy::defaults()));
    }
    signIn("nour", kOtherPassword);
}

void TestFairnessTab::everyRoleHasTheTab()
{
    // The lead set's name and attributes, for every role (fairness.view lists them).
    auto listed = m_ws->fairnessLeadSets();
    MIZAN_VERIFY_OK(listed);
    QCOMPARE(listed->size(), size_t(1));
    const FairnessLeadSet set = listed->front();
    // Every role sees the tab: after the tabs on leads, before the Approval Queue, Users and
    // Audit.
    const QString sc = QStringLiteral("scoringTab"), ex = QStringLiteral("explainTab"),
                  fa = QStringLiteral("fairnessTab"), us = QStringLiteral("UsersTab"),
                  au = QStringLiteral("AuditTab"), ap = QStringLiteral("approvalTab");
    const std::vector<std::tuple<QString, const char *, QStringList>>
        users{{"nour", kOtherPassword, {sc, ex, fa, ap}},
              {"amira", kAdminPassword, {fa, ap, us, QStringLiteral("BackupTab")}},
              {"audra", kAuditorPassword, {ex, fa, ap, us, au}}, // Explain: the model view
              {"rana", kRiskPassword, {sc, ex, fa, ap, au}},
              {"dana", kFourthPassword, {sc, ex, fa, ap}}};
    for (const auto &[user, password, tabs] : users) {
        signIn(user, password);
        MainWindow window;
        window.resize(1360, 860);
        window.setWorkspace(m_ws);
        QStringList names;
        for (int i = 0; i < window.tabs()->count(); ++i)
            names << window.tabs()->widget(i)->objectName();
        QCOMPARE(names, tabs);
        FairnessTab *tab = window.fairnessTab();
        QVERIFY2(tab, qPrintable(user));
        const int index = window.tabs()->indexOf(tab);
        QCOMPARE(window.tabs()->tabText(index), QStringLiteral("Fai&rness"));
        QCOMPARE(tab->policyButton()->isHidden(), user != QLatin1String("rana"));
        // Roles without leads.view (admin, auditor) list the lead set too, by name, with its
        // spec's attributes before any report, and report on it.
        QCOMPARE(tab->leadSetCombo()->count(), 1);
        QCOMPARE(tab->modelCombo()->count(), 1);
        QVERIFY2(tab->leadSetCombo()->currentText().startsWith(set.info.name),
                 qPrintable(tab->leadSetCombo()->currentText()));
        QCOMPARE(tab->attributeCombo()->count(), 1 + int(set.sensitive.size()));
        for (size_t i = 0; i < set.sensitive.size(); ++i)
            QCOMPARE(tab->attributeCombo()->itemData(int(i) + 1).toString(), set.sensitive[i].name);
        if (user != QLatin1String("audra"))
            continue;
        window.show();
        window.tabs()->setCurrentWidget(tab);
        QSignalSpy computed(tab, &FairnessTab::computed);
        tab->intervalsCheck()->setChecked(true);
        tab->compute();
        // While the report holds the workspace, the other tabs wait.
        for (int i = 0; i < window.tabs()->count(); ++i)
            QCOMPARE(window.tabs()->isTabEnabled(i), window.tabs()->widget(i) == tab);
        QVERIFY(waitFor(computed));
        QVERIFY(computed.at(0).at(0).toBool());
        for (int i = 0; i < window.tabs()->count(); ++i)
            QVERIFY(window.tabs()->isTabEnabled(i));
        QCOMPARE(tab->officialResult()->report.rowsUsed, m_data->rowCount());
        // No row-level data for this role: the previews come from the sweeps, and agree.
        QVERIFY(!tab->officialResult()->data);
        QSignalSpy previewed(tab, &FairnessTab::previewed);
        tab->setThreshold(0.3);
        QVERIFY(waitFor(previewed));
        QVERIFY(previewed.at(0).at(0).toBool());
        const QString region = QStringLiteral("nationality_region");
        const FairnessReport expected = oracle(0.3);
        for (const AttributeReport &a : expected.attributes) {
            const AttributeReport *shown = tab->shownReport()->attribute(a.name());
            for (size_t g = 0; g < a.metrics.groups.size(); ++g)
                QCOMPARE(shown->metrics.groups[g].counts, a.metrics.groups[g].counts);
            for (int d = 0; d < kDisparityCount; ++d)
                QVERIFY(same(shown->disparity(Disparity(d)), a.disparity(Disparity(d))));
        }
        QVERIFY(BiasPolicy::defaults().evaluate(expected) == tab->shownAlerts());
        tab->showAttribute(region);
        previewed.clear();
        choose(tab->privilegedCombo(), QStringLiteral("Europe"));
        QVERIFY(waitFor(previewed));
        const FairnessReport europe = oracle(0.3, {}, {{region, QStringLiteral("Europe")}});
        const AttributeReport *chosen = europe.attribute(region);
        const int impact = tab->disparityModel()->rowOf("aif360_signed.disparate_impact");
        QVERIFY(same(cell(tab->disparityModel(), impact, 0),
                     chosen->disparities.aif360->values[size_t(SignedDisparity::DisparateImpact)]));
    }
    signIn("nour", kOtherPassword);
}

void TestFairnessTab::rightToLeft()
{
    const auto pixelsLeft = [](GroupBarChart *chart) {
        const QImage image = chart->grab().toImage();
        const QColor colour = fairnessstyle::groupColour(0);
        qint64 left = 0, right = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                if (image.pixelColor(x, y) == colour)
                    (x < image.width() / 2 ? left : right) += 1;
        return std::pair(left, right);
    };
    const Qt::LayoutDirection direction = QGuiApplication::layoutDirection();
    QGuiApplication::setLayoutDirection(Qt::LeftToRight);
    {
        auto tab = computedTab();
        QVERIFY(tab);
        const auto [left, right] = pixelsLeft(tab->barChart());
        QVERIFY2(left > right, qPrintable(QStringLiteral("%1 %2").arg(left).arg(right)));
    }
    QGuiApplication::setLayoutDirection(Qt::RightToLeft);
    {
        auto tab = computedTab();
        QVERIFY(tab);
        QCOMPARE(tab->barChart()->layoutDirection(), Qt::RightToLeft);
        QCOMPARE(tab->sweepChart()->layoutDirection(), Qt::RightToLeft);
        const auto [left, right] = pixelsLeft(tab->barChart());
        QVERIFY2(right > left, qPrintable(QStringLiteral("%1 %2").arg(left).arg(right)));
        shoot(*tab, QStringLiteral("fairness-tab-rtl.png"));
    }
    QGuiApplication::setLayoutDirection(direction);
}

QTEST_MAIN(TestFairnessTab)
#include "TestFairnessTab.moc"
