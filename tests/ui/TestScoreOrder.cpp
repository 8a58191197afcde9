// ScoreOrder and ScoreFilterModel: the Scoring tab's row order, computed from the data directly
// (on the scoring worker), must be the order the table model's SortRole defines, with ties in
// scored order both ways; the proxy filters that order, adopts an order the job computed, keeps
// selections across sorting and filtering, and passes QAbstractItemModelTester.

#include "scoring/ScoreFilterModel.h"
#include "scoring/ScoreOrder.h"
#include "scoring/ScoreTableModel.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <numeric>

using namespace mizan;

namespace {

constexpr int kRows = 500;

struct Fixture
{
    std::shared_ptr<const Dataset> data;
    std::shared_ptr<const Scores> scores;
    RiskBands bands;
};

/** Leads with ties everywhere, missing values in every kind, a dictionary not in text order. */
Fixture makeFixture(bool withIds = true, quint32 seed = 7)
{
    QRandomGenerator random(seed);
    Dataset data;
    data.setRowCount(kRows);
    Column amount{QStringLiteral("amount"), ColumnKind::Numeric, {}, {}, {}, {}};
    Column sector{QStringLiteral("sector"), ColumnKind::Categorical, {}, {}, {}, {}};
    sector.dictionary = {QStringLiteral("trade"),
                         QStringLiteral("Industrial"),
                         QStringLiteral("agri"),
                         QStringLiteral("تجارة"),
                         QStringLiteral("industrial")};
    Column note{QStringLiteral("note"), ColumnKind::Text, {}, {}, {}, {}};
    Scores scores;
    const RiskBands bands;
    for (int r = 0; r < kRows; ++r) {
        const int pick = random.bounded(12);
        amount.numbers.push_back(pick == 0 ? std::nan("") : double(random.bounded(40)) - 10.0);
        sector.codes.push_back(pick == 1 ? -1 : int32_t(random.bounded(5)));
        note.texts.push_back(pick == 2 ? QString() : QStringLiteral("n%1").arg(random.bounded(30)));
        if (withIds)
            data.ids.push_back(QStringLiteral("L-%1").arg(random.bounded(200), 3, 10, QChar('0')));
        // Few distinct probabilities: many ties.
        const double p = double(random.bounded(20)) / 20.0 + 0.01;
        scores.probabilities.push_back(p);
        scores.margins.push_back(float(std::log(p / (1 - p))));
        scores.bands.push_back(uint8_t(bands.bandOf(p)));
    }
    data.columns = {amount, sector, note};
    for (const QString &name :
         {QStringLiteral("amount"), QStringLiteral("sector"), QStringLiteral("note")})
        data.spec.features.push_back(FeatureSpec{name, FeatureType::Numeric, false, {}});
    return {std::make_shared<const Dataset>(std::move(data)),
            std::make_shared<const Scores>(std::move(scores)),
            bands};
}

/** The oracle: a stable sort through the item model's SortRole, as QSortFilterProxyModel did. */
std::vector<int> sortedBySortRole(const ScoreTableModel &table, int column, Qt::SortOrder order)
{
    std::vector<int> rows(static_cast<size_t>(table.rowCount()));
    std::iota(rows.begin(), rows.end(), 0);
    const auto less = [&](int a, int b) {
        const QVariant x = table.index(a, column).data(ScoreTableModel::SortRole);
        const QVariant y = table.index(b, column).data(ScoreTableModel::SortRole);
        if (x.typeId() == QMetaType::QString)
            return x.toString() < y.toString();
        return x.toDouble() < y.toDouble();
    };
    if (order == Qt::AscendingOrder)
        std::stable_sort(rows.begin(), rows.end(), less);
    else
        std::stable_sort(rows.begin(), rows.end(), [&](int a, int b) { return less(b, a); });
    return rows;
}

std::vector<int> shownSourceRows(const ScoreFilterModel &filter)
{
    std::vector<int> rows;
    for (int r = 0; r < filter.rowCount(); ++r)
        rows.push_back(filter.mapToSource(filter.index(r, 0)).row());
    return rows;
}

} // namespace

class TestScoreOrder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyColumnMatchesTheSortRole();
    void rowNumbersWithoutIds();
    void filterModelFiltersTheOrder();
    void adoptsTheJobsOrder();
    void selectionFollowsItsLeads();
    void headersStayWhenNothingShows();
};

void TestScoreOrder::everyColumnMatchesTheSortRole()
{
    const Fixture f = makeFixture();
    ScoreTableModel table;
    table.setScores(f.data, f.scores, f.bands);
    QCOMPARE(table.columnCount(), ScoreTableModel::FirstFeatureColumn + 3);
    for (int column = 0; column < table.columnCount(); ++column) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            const ScoreOrder computed = ScoreOrder::compute(*f.data, *f.scores, column, order);
            QVERIFY(computed.isFor(column, order));
            const std::vector<int> expected = sortedBySortRole(table, column, order);
            if (*computed.rows != expected)
                QFAIL(
                    qPrintable(QStringLiteral("column %1 (%2), %3: order differs")
                                   .arg(column)
                                   .arg(table.headerData(column, Qt::Horizontal).toString())
                                   .arg(QLatin1String(
                                       order == Qt::AscendingOrder ? "ascending" : "descending"))));
        }
    }
    // Missing values first when ascending, in every kind of column.
    const ScoreOrder amount = ScoreOrder::compute(*f.data,
                                                  *f.scores,
                                                  ScoreTableModel::FirstFeatureColumn,
                                                  Qt::AscendingOrder);
    QVERIFY(std::isnan(f.data->columns[0].numbers[size_t(amount.rows->front())]));
    const ScoreOrder sector = ScoreOrder::compute(*f.data,
                                                  *f.scores,
                                                  ScoreTableModel::FirstFeatureColumn + 1,
                                                  Qt::AscendingOrder);
    QCOMPARE(f.data->columns[1].codes[size_t(sector.rows->front())], -1);
    // Ties keep the scored order in both directions (the sort is stable).
    const ScoreOrder down = ScoreOrder::compute(*f.data,
                                                *f.scores,
                                                ScoreTableModel::ProbabilityColumn,
                                                Qt::DescendingOrder);
    for (size_t i = 1; i < down.rows->size(); ++i) {
        const int a = (*down.rows)[i - 1];
        const int b = (*down.rows)[i];
        QVERIFY(f.scores->probabilities[size_t(a)] >= f.scores->probabilities[size_t(b)]);
        if (f.scores->probabilities[size_t(a)] == f.scores->probabilities[size_t(b)])
            QVERIFY(a < b);
    }
}

void TestScoreOrder::rowNumbersWithoutIds()
{
    const Fixture f = makeFixture(false);
    for (const int column : {int(ScoreTableModel::RowColumn), int(ScoreTableModel::IdColumn)}) {
        const ScoreOrder up = ScoreOrder::compute(*f.data, *f.scores, column, Qt::AscendingOrder);
        const ScoreOrder down = ScoreOrder::compute(*f.data, *f.scores, column, Qt::DescendingOrder);
        QCOMPARE(up.rows->size(), size_t(kRows));
        for (int r = 0; r < kRows; ++r) {
            QCOMPARE((*up.rows)[size_t(r)], r); // by number: 10 after 9, not after 1
            QCOMPARE((*down.rows)[size_t(r)], kRows - 1 - r);
        }
    }
}

void TestScoreOrder::filterModelFiltersTheOrder()
{
    const Fixture f = makeFixture();
    ScoreTableModel table;
    ScoreFilterModel filter;
    new QAbstractItemModelTester(&filter,
                                 QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 &filter);
    filter.setTable(&table);
    QCOMPARE(filter.rowCount(), 0);
    filter.sort(ScoreTableModel::FirstFeatureColumn + 1, Qt::DescendingOrder);
    table.setScores(f.data, f.scores, f.bands);
    QCOMPARE(filter.rowCount(), kRows);
    QCOMPARE(shownSourceRows(filter),
             *ScoreOrder::compute(*f.data,
                                  *f.scores,
                                  ScoreTableModel::FirstFeatureColumn + 1,
                                  Qt::DescendingOrder)
                  .rows);

    // Band, probability range and search together: the same rows, in the same order, as
    // filtering the whole order by hand.
    filter.sort(ScoreTableModel::MarginColumn, Qt::AscendingOrder);
    filter.setBands({1, 2});
    filter.setProbabilityRange(0.25, 0.9);
    filter.setSearchText(QStringLiteral(" industrial ")); // trimmed, case-insensitive
    const ScoreOrder margin = ScoreOrder::compute(*f.data,
                                                  *f.scores,
                                                  ScoreTableModel::MarginColumn,
                                                  Qt::AscendingOrder);
    std::vector<int> expected;
    for (const int row : *margin.rows) {
        const double p = f.scores->probabilities[size_t(row)];
        const int code = f.data->columns[1].codes[size_t(row)];
        const QString sector = code < 0 ? QString() : f.data->columns[1].dictionary.at(code);
        if (f.scores->bands[size_t(row)] >= 1 && p >= 0.25 && p <= 0.9
            && sector.compare(QStringLiteral("industrial"), Qt::CaseInsensitive) == 0)
            expected.push_back(row);
    }
    QVERIFY(!expected.empty());
    QCOMPARE(shownSourceRows(filter), expected);
    for (int r = 0; r < filter.rowCount(); ++r) {
        const QModelIndex shown = filter.index(r, ScoreTableModel::IdColumn);
        QCOMPARE(filter.mapFromSource(filter.mapToSource(shown)), shown);
        QCOMPARE(shown.data().toString(), f.data->ids[size_t(expected[size_t(r)])]);
    }
    // A row filtered out maps to nothing.
    const int hidden = (*margin.rows)[0] == expected[0] ? (*margin.rows)[1] : (*margin.rows)[0];
    if (std::find(expected.begin(), expected.end(), hidden) == expected.end())
        QVERIFY(!filter.mapFromSource(table.index(hidden, 0)).isValid());

    filter.setSearchText({});
    filter.setBands({});
    filter.setProbabilityRange(0.0, 1.0);
    QCOMPARE(shownSourceRows(filter), *margin.rows);
    table.clear();
    QCOMPARE(filter.rowCount(), 0);
}

void TestScoreOrder::adoptsTheJobsOrder()
{
    const Fixture f = makeFixture();
    ScoreTableModel table;
    ScoreFilterModel filter;
    filter.setTable(&table);
    filter.sort(ScoreTableModel::ProbabilityColumn, Qt::DescendingOrder);

    // The job's order for the current sort is used as given (not sorted again on the UI thread):
    // a recognisable permutation shows through.
    std::vector<int> given(kRows);
    std::iota(given.begin(), given.end(), 0);
    std::rotate(given.begin(), given.begin() + 123, given.end());
    ScoreOrder job;
    job.column = ScoreTableModel::ProbabilityColumn;
    job.direction = Qt::DescendingOrder;
    job.rows = std::make_shared<const std::vector<int>>(given);
    filter.setNextOrder(job);
    table.setScores(f.data, f.scores, f.bands);
    QCOMPARE(shownSourceRows(filter), given);

    // An order for another sort (the user clicked a header while the job ran) is not used.
    job.column = ScoreTableModel::MarginColumn;
    filter.setNextOrder(job);
    table.setScores(f.data, f.scores, f.bands);
    QCOMPARE(shownSourceRows(filter),
             *ScoreOrder::compute(*f.data,
                                  *f.scores,
                                  ScoreTableModel::ProbabilityColumn,
                                  Qt::DescendingOrder)
                  .rows);

    // Nor one of the wrong length (a different result set).
    job.column = ScoreTableModel::ProbabilityColumn;
    job.rows = std::make_shared<const std::vector<int>>(std::vector<int>{0, 1, 2});
    filter.setNextOrder(job);
    table.setScores(f.data, f.scores, f.bands);
    QCOMPARE(filter.rowCount(), kRows);
}

void TestScoreOrder::selectionFollowsItsLeads()
{
    const Fixture f = makeFixture();
    ScoreTableModel table;
    ScoreFilterModel filter;
    filter.setTable(&table);
    table.setScores(f.data, f.scores, f.bands);
    QItemSelectionModel selection(&filter);
    const int chosen = filter.mapToSource(filter.index(17, 0)).row();
    selection.setCurrentIndex(filter.index(17, ScoreTableModel::IdColumn),
                              QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    // Sorting moves the lead; its selection and current index move with it.
    filter.sort(ScoreTableModel::IdColumn, Qt::DescendingOrder);
    QVERIFY(selection.currentIndex().isValid());
    QCOMPARE(filter.mapToSource(selection.currentIndex()).row(), chosen);
    QCOMPARE(selection.currentIndex().column(), int(ScoreTableModel::IdColumn));
    QVERIFY(selection.isRowSelected(selection.currentIndex().row()));
    // Filtering it out drops it; nothing points at another lead.
    const double p = f.scores->probabilities[size_t(chosen)];
    filter.setProbabilityRange(p < 0.5 ? 0.6 : 0.0, p < 0.5 ? 1.0 : 0.4);
    QVERIFY(!selection.currentIndex().isValid());
    QVERIFY(!selection.hasSelection());
}

void TestScoreOrder::headersStayWhenNothingShows()
{
    const Fixture f = makeFixture();
    ScoreTableModel table;
    ScoreFilterModel filter;
    filter.setTable(&table);
    table.setScores(f.data, f.scores, f.bands);
    filter.setSearchText(QStringLiteral("no lead holds this"));
    QCOMPARE(filter.rowCount(), 0);
    QCOMPARE(filter.columnCount(), table.columnCount());
    QCOMPARE(filter.headerData(ScoreTableModel::ProbabilityColumn, Qt::Horizontal).toString(),
             table.headerData(ScoreTableModel::ProbabilityColumn, Qt::Horizontal).toString());
    QCOMPARE(filter.headerData(ScoreTableModel::FirstFeatureColumn + 2, Qt::Horizontal).toString(),
             QStringLiteral("note"));
}

QTEST_MAIN(TestScoreOrder)
#include "TestScoreOrder.moc"
