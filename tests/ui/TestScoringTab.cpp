// The Scoring tab as a user drives it (offscreen): open the demo, score, filter, sort, export,
// errors that leave the table alone, cancel, keyboard.

#include "common/Dialogs.h"
#include "data/DatasetLoader.h"
#include "data/DemoLeads.h"
#include "model/Trainer.h"
#include "scoring/ScoreFilterModel.h"
#include "scoring/ScoreHistogram.h"
#include "scoring/ScoreTableModel.h"
#include "scoring/ScoringTab.h"

#include "TestPaths.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QChart>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>

#include <numeric>

using namespace mizan;

namespace {

void write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

} // namespace

class TestScoringTab : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void scoresTheDemo();
    void histogramCountsWholeLeads();
    void filtersAndSorts();
    void exportsCsv();
    void openingRemembersTheFolderAndFindsTheSpec();
    void errorsLeaveTheTableAlone_data();
    void errorsLeaveTheTableAlone();
    void cancelLeavesTheTableAlone();
    void keyboardScores();

private:
    void scoreAndWait(ScoringTab &tab);

    QTemporaryDir m_dir;
    QString m_leads;
    QString m_spec;
    QString m_model;
    std::unique_ptr<ScoringTab> m_tab;
};

void TestScoringTab::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    MessageBox::setTestMode(true);
    m_leads = m_dir.filePath("demo-leads.csv");
    m_spec = m_dir.filePath("demo-leads.spec.json");
    m_model = m_dir.filePath("demo-model.bundle.json");
    const QByteArray csv = DemoLeads::csv({1500, 11});
    write(m_leads, csv);
    write(m_spec, DemoLeads::specJson());
    QByteArray bytes = csv;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    const auto data = DatasetLoader::read(buffer, m_leads, DemoLeads::spec());
    MIZAN_VERIFY_OK(data);
    TrainConfig config;
    config.params.rounds = 40;
    config.params.maxDepth = 3;
    config.split = *SplitSpec::parse("random:0.2:1");
    const auto bundle = Trainer::train(*data, config);
    MIZAN_VERIFY_OK(bundle);
    QVERIFY(bundle->save(m_model).has_value());

    m_tab = std::make_unique<ScoringTab>();
    new QAbstractItemModelTester(m_tab->tableModel(),
                                 QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 m_tab.get());
    new QAbstractItemModelTester(m_tab->filterModel(),
                                 QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 m_tab.get());
    m_tab->resize(1200, 800);
    m_tab->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_tab.get()));
}

void TestScoringTab::scoreAndWait(ScoringTab &tab)
{
    auto *button = tab.findChild<QPushButton *>("scoreButton");
    QVERIFY(button && button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(tab.isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(!tab.isBusy(), 60000);
}

void TestScoringTab::scoresTheDemo()
{
    auto *button = m_tab->findChild<QPushButton *>("scoreButton");
    QVERIFY(!button->isEnabled()); // nothing chosen yet
    m_tab->setInputs(m_leads, m_spec, m_model);
    QVERIFY(button->isEnabled());
    scoreAndWait(*m_tab);
    QVERIFY(MessageBox::takeMessages().isEmpty());
    QCOMPARE(m_tab->tableModel()->rowCount(), 1500);
    QCOMPARE(m_tab->filterModel()->rowCount(), 1500);
    QCOMPARE(m_tab->tableModel()->columnCount(), ScoreTableModel::FirstFeatureColumn + 10);
    // Personal data is not shown.
    for (int c = 0; c < m_tab->tableModel()->columnCount(); ++c) {
        const QString header = m_tab->tableModel()->headerData(c, Qt::Horizontal).toString();
        QVERIFY2(header != "email" && header != "phone" && header != "contact_name",
                 qPrintable(header));
    }
    // The histogram holds every lead; the summary counts them.
    const std::vector<qint64> &counts = m_tab->histogram()->counts();
    QCOMPARE(std::accumulate(counts.begin(), counts.end(), qint64(0)), qint64(1500));
    QVERIFY(m_tab->findChild<QLabel *>("summaryLabel")->text().contains(QLocale().toString(1500)));
    QVERIFY(m_tab->findChild<QPushButton *>("exportButton")->isEnabled());
    const QImage shot = m_tab->grab().toImage();
    QVERIFY(!shot.isNull());
}

void TestScoringTab::filtersAndSorts()
{
    ScoreFilterModel *filter = m_tab->filterModel();
    QCOMPARE(filter->rowCount(), 1500);
    // Band filter: the combo lists "All bands" and the model's bands.
    auto *band = m_tab->findChild<QComboBox *>("bandFilter");
    QCOMPARE(band->count(), 4);
    band->setCurrentIndex(3); // high
    int high = 0;
    const std::shared_ptr<const Scores> scores = m_tab->tableModel()->scores();
    for (uint8_t b : scores->bands)
        high += b == 2 ? 1 : 0;
    QVERIFY(high > 0);
    QCOMPARE(filter->rowCount(), high);
    band->setCurrentIndex(0);
    QCOMPARE(filter->rowCount(), 1500);
    // Search by lead id.
    auto *search = m_tab->findChild<QLineEdit *>("searchEdit");
    QTest::keyClicks(search, "FZ-100007");
    QCOMPARE(filter->rowCount(), 1);
    QCOMPARE(filter->index(0, ScoreTableModel::IdColumn).data().toString(), QString("FZ-100007"));
    // Search by a category value: every row shown holds it.
    search->clear();
    QTest::keyClicks(search, "INDUSTRIAL");
    QVERIFY(filter->rowCount() > 0 && filter->rowCount() < 1500);
    int licence = -1;
    for (int c = 0; c < filter->columnCount(); ++c) {
        if (filter->headerData(c, Qt::Horizontal).toString() == "licence_type")
            licence = c;
    }
    QVERIFY(licence > 0);
    for (int r = 0; r < filter->rowCount(); ++r)
        QCOMPARE(filter->index(r, licence).data().toString(), QString("industrial"));
    search->clear();
    // Probability range.
    m_tab->findChild<QDoubleSpinBox *>("minimumProbability")->setValue(30.0);
    QVERIFY(filter->rowCount() < 1500);
    for (int r = 0; r < filter->rowCount(); ++r)
        QVERIFY(filter->index(r, 0).data(ScoreTableModel::ProbabilityRole).toDouble() >= 0.30);
    m_tab->findChild<QDoubleSpinBox *>("minimumProbability")->setValue(0.0);
    QCOMPARE(filter->rowCount(), 1500);
    // Sorting: by probability, both ways, numerically (not as text).
    m_tab->tableView()->sortByColumn(ScoreTableModel::ProbabilityColumn, Qt::AscendingOrder);
    double previous = -1;
    for (int r = 0; r < filter->rowCount(); ++r) {
        const double p = filter->index(r, 0).data(ScoreTableModel::ProbabilityRole).toDouble();
        QVERIFY(p >= previous);
        previous = p;
    }
    m_tab->tableView()->sortByColumn(ScoreTableModel::ProbabilityColumn, Qt::DescendingOrder);
    QVERIFY(filter->index(0, 0).data(ScoreTableModel::ProbabilityRole).toDouble()
            >= filter->index(1, 0).data(ScoreTableModel::ProbabilityRole).toDouble());
    m_tab->tableView()->sortByColumn(ScoreTableModel::FirstFeatureColumn, Qt::DescendingOrder);
    QVERIFY(filter->index(0, ScoreTableModel::FirstFeatureColumn)
                .data(ScoreTableModel::SortRole)
                .toDouble()
            >= filter->index(1, ScoreTableModel::FirstFeatureColumn)
                   .data(ScoreTableModel::SortRole)
                   .toDouble());
}

void TestScoringTab::exportsCsv()
{
    const QString out = m_dir.filePath("exported.csv");
    FileDialog::setNextFileName(out);
    QSignalSpy done(m_tab.get(), &ScoringTab::exportFinished);
    QTest::mouseClick(m_tab->findChild<QPushButton *>("exportButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 30000);
    QCOMPARE(done.at(0).at(0).toBool(), true);
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 1501);
    QCOMPARE(lines[0], QByteArray("row_index,id,margin,probability,band"));
    QVERIFY(lines[1].startsWith("0,FZ-100000,"));
    QCOMPARE(QSettings().value("scoring/exportFolder").toString(), QFileInfo(out).absolutePath());
}

void TestScoringTab::openingRemembersTheFolderAndFindsTheSpec()
{
    ScoringTab tab;
    FileDialog::setNextFileName(m_leads);
    tab.openLeads();
    QCOMPARE(QSettings().value("scoring/leadsFolder").toString(), QFileInfo(m_leads).absolutePath());
    FileDialog::setNextFileName(m_model);
    tab.openModel();
    QCOMPARE(QSettings().value("scoring/modelFolder").toString(), QFileInfo(m_model).absolutePath());
    // demo-leads.csv has demo-leads.spec.json beside it: taken without asking.
    QVERIFY(tab.findChild<QPushButton *>("scoreButton")->isEnabled());
    FileDialog::setNextFileName(QString()); // the user cancels: nothing changes
    tab.openLeads();
    QVERIFY(tab.findChild<QPushButton *>("scoreButton")->isEnabled());
}

void TestScoringTab::errorsLeaveTheTableAlone_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QByteArray>("spec");
    QTest::addColumn<QString>("message");
    QByteArray bad = DemoLeads::csv({50, 1});
    const qsizetype at = bad.indexOf('\n',
                                     bad.indexOf('\n', bad.indexOf('\n') + 1) + 1); // end of line 3
    QByteArray broken = bad;
    broken.insert(at + 1, "FZ-999,x,y,z,trading,commercial,1,web,GCC,25-34,male,many,1,1,1,1,no\n");
    QByteArray otherSpec = DemoLeads::specJson();
    otherSpec.replace("{\"column\": \"emails_opened\", \"type\": \"numeric\"},\n", "");
    // clang-format off
    QTest::newRow("text in a number") << broken                  << DemoLeads::specJson() << "line 4, column 'website_visits'";
    QTest::newRow("wrong spec")       << DemoLeads::csv({50, 1}) << otherSpec             << "features differ";
    QTest::newRow("malformed spec")   << DemoLeads::csv({50, 1}) << QByteArray("{\"format\":")  << "not valid JSON";
    QTest::newRow("empty file")       << QByteArray()            << DemoLeads::specJson() << "holds no header";
    // clang-format on
}

void TestScoringTab::errorsLeaveTheTableAlone()
{
    QFETCH(QByteArray, csv);
    QFETCH(QByteArray, spec);
    QFETCH(QString, message);
    const QString leads = m_dir.filePath("bad.csv");
    const QString specPath = m_dir.filePath("bad.spec.json");
    write(leads, csv);
    write(specPath, spec);
    const auto before = m_tab->tableModel()->scores();
    QVERIFY(before);
    m_tab->setInputs(leads, specPath, m_model);
    QSignalSpy done(m_tab.get(), &ScoringTab::scoringFinished);
    scoreAndWait(*m_tab);
    QCOMPARE(done.count(), 1);
    QCOMPARE(done.at(0).at(0).toBool(), false);
    const QStringList messages = MessageBox::takeMessages();
    QCOMPARE(messages.size(), 1);
    QVERIFY2(messages[0].contains(message), qPrintable(messages[0]));
    // The previous results are still there, whole.
    QCOMPARE(m_tab->tableModel()->scores(), before);
    QCOMPARE(m_tab->tableModel()->rowCount(), 1500);
}

void TestScoringTab::cancelLeavesTheTableAlone()
{
    const QString big = m_dir.filePath("big.csv");
    write(big, DemoLeads::csv({300000, 2}));
    const auto before = m_tab->tableModel()->scores();
    m_tab->setInputs(big, m_spec, m_model);
    QSignalSpy done(m_tab.get(), &ScoringTab::scoringFinished);
    QTest::mouseClick(m_tab->findChild<QPushButton *>("scoreButton"), Qt::LeftButton);
    auto *cancel = m_tab->findChild<QPushButton *>("cancelButton");
    QVERIFY(cancel->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 60000);
    QCOMPARE(done.at(0).at(0).toBool(), false);
    QVERIFY(MessageBox::takeMessages().isEmpty()); // cancelling is not an error
    QCOMPARE(m_tab->tableModel()->scores(), before);
    QVERIFY(!cancel->isEnabled());
}

void TestScoringTab::keyboardScores()
{
    m_tab->setInputs(m_leads, m_spec, m_model);
    m_tab->activateWindow();
    m_tab->tableView()->setFocus();
    QSignalSpy done(m_tab.get(), &ScoringTab::scoringFinished);
    QTest::keyClick(m_tab->tableView(), Qt::Key_R, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 60000);
    QCOMPARE(done.at(0).at(0).toBool(), true);
    QTest::keyClick(m_tab->tableView(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(m_tab->findChild<QLineEdit *>("searchEdit")->hasFocus());
}

void TestScoringTab::histogramCountsWholeLeads()
{
    // Empty, or a handful of leads: one tick per whole lead, never "0, 0, 0, 1".
    ScoreHistogram histogram;
    const auto yAxis = [&histogram] {
        for (QAbstractAxis *axis : histogram.chart()->axes(Qt::Vertical))
            if (auto *value = qobject_cast<QValueAxis *>(axis))
                return value;
        return static_cast<QValueAxis *>(nullptr);
    };
    QVERIFY(yAxis());
    QCOMPARE(yAxis()->max(), 1.0);
    QCOMPARE(yAxis()->tickCount(), 2);
    const std::vector<double> three = {0.1, 0.15, 0.9};
    histogram.setScores(three, RiskBands());
    QVERIFY(yAxis()->max() < 5);
    QCOMPARE(yAxis()->tickCount(), int(yAxis()->max()) + 1);
    QCOMPARE(histogram.chart()->axes(Qt::Vertical).size(), 1); // the old axis went (and was freed)
}

QTEST_MAIN(TestScoringTab)
#include "TestScoringTab.moc"
