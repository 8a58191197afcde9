#include "model/ScoreExport.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace mizan;

class TestScoreExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void csvCell_data();
    void csvCell();
    void shortestNumbers();
    void writesCsvAndJson();
};

void TestScoreExport::csvCell_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("cell");
    // clang-format off
    QTest::newRow("plain")        << "L-001"                        << QByteArray("L-001");
    QTest::newRow("formula")      << "=HYPERLINK(\"http://x\")"     << QByteArray("\"'=HYPERLINK(\"\"http://x\"\")\"");
    QTest::newRow("plus")         << "+971 50 123"                  << QByteArray("'+971 50 123");
    QTest::newRow("minus cmd")    << "-2+3+cmd|' /C calc'!A0"       << QByteArray("'-2+3+cmd|' /C calc'!A0");
    QTest::newRow("at")           << "@SUM(A1)"                     << QByteArray("'@SUM(A1)");
    QTest::newRow("tab")          << "\tx"                          << QByteArray("'\tx");
    QTest::newRow("number")       << "-3.25"                        << QByteArray("-3.25");
    QTest::newRow("comma")        << "a,b"                          << QByteArray("\"a,b\"");
    QTest::newRow("newline")      << "a\nb"                         << QByteArray("\"a\nb\"");
    QTest::newRow("arabic")       << "شركة"                         << QByteArray("شركة");
    // clang-format on
}

void TestScoreExport::csvCell()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, cell);
    QCOMPARE(ScoreExport::csvCell(text), cell);
}

void TestScoreExport::shortestNumbers()
{
    QCOMPARE(shortestNumber(0.1), QByteArray("0.1"));
    QCOMPARE(shortestNumber(-3.7334456f), QByteArray("-3.7334456"));
    QCOMPARE(shortestNumber(std::nan("")), QByteArray("null"));
    const double x = 0.023351954902148538;
    QCOMPARE(shortestNumber(x).toDouble(), x);
}

void TestScoreExport::writesCsvAndJson()
{
    Dataset data;
    data.ids = {"=cmd", "L2"};
    data.setRowCount(2);
    Scores scores;
    scores.margins = {-1.5f, 2.0f};
    scores.probabilities = {0.18242552380635635, 0.8807970779778823};
    scores.bands = {0, 2};
    scores.modelSha256 = "abc";
    const RiskBands bands;
    QBuffer csv;
    csv.open(QIODevice::WriteOnly);
    QVERIFY(ScoreExport::writeCsv(csv, "out.csv", data, scores, bands).has_value());
    QCOMPARE(csv.data(),
             QByteArray("row_index,id,margin,probability,band\n"
                        "0,'=cmd,-1.5,0.18242552380635635,low\n"
                        "1,L2,2,0.8807970779778823,high\n"));
    QBuffer json;
    json.open(QIODevice::WriteOnly);
    QVERIFY(ScoreExport::writeJson(json, "out.json", data, scores, bands).has_value());
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(json.data(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(root["model_sha256"].toString(), QString("abc"));
    const QJsonArray rows = root["rows"].toArray();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[0].toObject()["id"].toString(), QString("=cmd"));
    QCOMPARE(rows[1].toObject()["band"].toString(), QString("high"));
    QCOMPARE(rows[1].toObject()["probability"].toDouble(), 0.8807970779778823);
    const QJsonObject summary = root["summary"].toObject();
    QCOMPARE(summary["count"].toInt(), 2);
    QCOMPARE(summary["bands"].toObject()["medium"].toInt(), 0);
    // A failing device is reported, not ignored.
    QBuffer closed;
    QVERIFY(!ScoreExport::writeCsv(closed, "closed.csv", data, scores, bands).has_value());
}

QTEST_GUILESS_MAIN(TestScoreExport)
#include "TestScoreExport.moc"
