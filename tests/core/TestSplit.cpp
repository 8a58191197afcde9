#include "data/Split.h"

#include <QSet>
#include <QTest>

using namespace mizan;

class TestSplit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void modulo();
    void tail();
    void randomIsSeededExactAndDisjoint();
    void splitsAListOfRows();
};

void TestSplit::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    // clang-format off
    QTest::newRow("mod")          << "mod:5:4"        << true;
    QTest::newRow("random")       << "random:0.2:42"  << true;
    QTest::newRow("tail")         << "tail:0.25"      << true;
    QTest::newRow("none")         << "none"           << true;
    QTest::newRow("mod range")    << "mod:5:5"        << false;
    QTest::newRow("mod one")      << "mod:1:0"        << false;
    QTest::newRow("fraction one") << "tail:1"         << false;
    QTest::newRow("no seed")      << "random:0.2"     << false;
    QTest::newRow("garbage")      << "half"           << false;
    QTest::newRow("bad number")   << "tail:x"         << false;
    // clang-format on
}

void TestSplit::parse()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    const auto split = SplitSpec::parse(text);
    QCOMPARE(split.has_value(), valid);
    if (valid)
        QCOMPARE(split->toString(), text);
    else
        QCOMPARE(split.error().code, ErrorCode::Usage);
}

void TestSplit::modulo()
{
    const SplitRows rows = splitRows(*SplitSpec::parse("mod:5:4"), 41188);
    QCOMPARE(rows.test.size(), size_t(8237)); // as ../shared/reference/bank_mod5
    QCOMPARE(rows.train.size(), size_t(41188 - 8237));
    QCOMPARE(rows.test.front(), qint64(4));
    QCOMPARE(rows.test[1], qint64(9));
}

void TestSplit::tail()
{
    const SplitRows rows = splitRows(*SplitSpec::parse("tail:0.2"), 10);
    QCOMPARE(rows.test, (std::vector<qint64>{8, 9}));
    QCOMPARE(rows.train.size(), size_t(8));
}

void TestSplit::randomIsSeededExactAndDisjoint()
{
    const SplitRows a = splitRows(*SplitSpec::parse("random:0.3:7"), 1000);
    const SplitRows b = splitRows(*SplitSpec::parse("random:0.3:7"), 1000);
    const SplitRows c = splitRows(*SplitSpec::parse("random:0.3:8"), 1000);
    QCOMPARE(a.test.size(), size_t(300));
    QCOMPARE(a.test, b.test);
    QVERIFY(a.test != c.test);
    QVERIFY(std::is_sorted(a.test.begin(), a.test.end()));
    QSet<qint64> all(a.train.begin(), a.train.end());
    for (qint64 r : a.test)
        QVERIFY(!all.contains(r));
    all.unite(QSet<qint64>(a.test.begin(), a.test.end()));
    QCOMPARE(all.size(), 1000);
    // Not just a block: test rows come from the whole range.
    QVERIFY(a.test.front() < 100 && a.test.back() > 900);
}

void TestSplit::splitsAListOfRows()
{
    const std::vector<qint64> rows{10, 20, 30, 40, 50};
    const SplitRows r = splitRows(*SplitSpec::parse("mod:2:1"), rows);
    QCOMPARE(r.test, (std::vector<qint64>{20, 40}));
    QCOMPARE(r.train, (std::vector<qint64>{10, 30, 50}));
}

QTEST_GUILESS_MAIN(TestSplit)
#include "TestSplit.moc"
