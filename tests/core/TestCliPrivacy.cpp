// mizan-cli privacy as people run it: finding a subject masked or in clear by role, the subject
// access export (JSON and letters, written all or nothing), human decisions and appeals, legal
// holds that stop an erasure until lifted, the erasure itself (refused to an analyst and to a
// wrong password), the erasure register, the policy, and the audit log still verifying.

#include "CliRun.h"
#include "data/DatasetLoader.h"
#include "data/DemoLeads.h"

#include <QBuffer>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <map>

using namespace mizan;

namespace {

const std::map<QString, QByteArray> kPasswords{
    {"amira", "river stone lantern ninety"},  // admin
    {"dana", "orange desert compass violin"}, // data scientist
    {"nour", "silver falcon meadow puzzle"},  // analyst
    {"omar", "amber canyon pillow seventy"},  // analyst, the appeal's reviewer
    {"pia", "granite orchard beacon tundra"}, // privacy officer
    {"paz", "copper island whisper maple"},   // privacy officer, who mistypes
    {"audra", "velvet harbor quartz eleven"}, // auditor
};

struct Person
{
    QString leadId;
    QString name;
    QString email;
};

QJsonObject jsonOf(const Run &r)
{
    if (r.exitCode != 0)
        qWarning("exit %d: %s", r.exitCode, qPrintable(r.err));
    return QJsonDocument::fromJson(r.out).object();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestCliPrivacy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void helpListsEverySubcommand();
    void usageErrorsExitWithTwo_data();
    void usageErrorsExitWithTwo();
    void findIsMaskedWithoutThePermission();
    void decisionsAndAppealsRoundTrip();
    void exportWritesBothFilesOrNone();
    void holdsStopErasureUntilLifted(); // after the slots above

private:
    Run as(const QString &user, const QStringList &arguments) const
    {
        return runAs(QStringList{"privacy"} + arguments
                         + QStringList{"--workspace", m_ws, "--as", user},
                     kPasswords.at(user));
    }
    QJsonObject privacyJson(const QString &user, const QStringList &arguments) const
    {
        return jsonOf(as(user, arguments));
    }

    QTemporaryDir m_dir;
    QString m_ws;
    std::vector<Person> m_people;
    qint64 m_set = 0;
    qint64 m_model = 0;
    qint64 m_run = 0;
};

void TestCliPrivacy::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(MIZAN_CLI)));
    m_ws = m_dir.filePath("ws");
    const QString csvPath = m_dir.filePath("leads.csv");
    const QString specPath = m_dir.filePath("leads.spec.json");
    const QString bundlePath = m_dir.filePath("model.bundle.json");
    const QByteArray csv = DemoLeads::csv({300, 9});
    write(csvPath, csv);
    write(specPath, DemoLeads::specJson());
    // Who is in the file, as imported (the CLI shows them masked or in clear).
    QBuffer buffer;
    buffer.setData(csv);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    auto data = DatasetLoader::read(buffer, csvPath, DemoLeads::spec());
    QVERIFY(data.has_value());
    const auto column = [&](const char *name) {
        return data->columns[size_t(data->columnIndex(QLatin1String(name)))].texts;
    };
    for (size_t r = 0; r < data->ids.size(); ++r)
        m_people.push_back({data->ids[r], column("contact_name")[r], column("email")[r]});

    Run r = run({"train",
                 "--data",
                 csvPath,
                 "--spec",
                 specPath,
                 "--split",
                 "random:0.2:1",
                 "--param",
                 "rounds=20",
                 "--param",
                 "nthread=1",
                 "--out",
                 bundlePath});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = runAs({"init", "--workspace", m_ws, "--admin", "amira"}, kPasswords.at("amira"));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const std::pair<const char *, const char *> people[] = {{"dana", "data_scientist"},
                                                            {"nour", "analyst"},
                                                            {"omar", "analyst"},
                                                            {"pia", "privacy_officer"},
                                                            {"paz", "privacy_officer"},
                                                            {"audra", "auditor"}};
    const QStringList admin{"--workspace", m_ws, "--as", "amira"};
    for (const auto &[name, role] : people) {
        r = runAs(QStringList{"user",
                              "add",
                              QString::fromLatin1(name),
                              "--role",
                              QString::fromLatin1(role)}
                      + admin,
                  kPasswords.at("amira"),
                  kPasswords.at(QString::fromLatin1(name)) + '\n');
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }
    const auto inWs = [&](const QString &user, const QStringList &arguments) {
        return jsonOf(
            runAs(arguments + QStringList{"--workspace", m_ws, "--as", user}, kPasswords.at(user)));
    };
    m_set = inWs("dana",
                 {"import", "--data", csvPath, "--spec", specPath, "--name", "enquiries"})["id"]
                .toInteger();
    m_model = inWs("dana", {"model", "import", "--bundle", bundlePath})["id"].toInteger();
    QVERIFY(m_set > 0 && m_model > 0);
    m_run = inWs("nour",
                 {"score",
                  "--lead-set",
                  QString::number(m_set),
                  "--model",
                  QString::number(m_model)})["id"]
                .toInteger();
    QVERIFY(m_run > 0);
}

void TestCliPrivacy::helpListsEverySubcommand()
{
    Run r = run({"--help"});
    QVERIFY(r.out.contains("\n  privacy "));
    r = run({"privacy", "--help"});
    QCOMPARE(r.exitCode, 0);
    for (const char *sub : {"find",
                            "export",
                            "erase",
                            "hold",
                            "lift",
                            "holds",
                            "erasures",
                            "decide",
                            "appeal",
                            "resolve",
                            "appeals",
                            "policy"})
        QVERIFY2(r.out.contains(QByteArray(QByteArray("\n  ") + sub + ' ')), sub);
    QCOMPARE(run({"privacy"}).exitCode, 2);
    r = run({"privacy", "erase", "--help"});
    QCOMPARE(r.exitCode, 0);
    for (const char *option : {"SUBJECT", "--request", "--workspace", "--as", "--json"})
        QVERIFY2(r.out.contains(option), option);
}

void TestCliPrivacy::usageErrorsExitWithTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");
    // clang-format off
    QTest::newRow("find no query")      << QStringList{"find"} << "QUERY";
    QTest::newRow("find two queries")   << QStringList{"find", "a", "b"} << "'b'";
    QTest::newRow("export no out")      << QStringList{"export", "FZ-1"} << "--out";
    QTest::newRow("export language")    << QStringList{"export", "FZ-1", "--out", "x", "--language", "fr"} << "--language";
    QTest::newRow("erase no request")   << QStringList{"erase", "FZ-1"} << "--request";
    QTest::newRow("erase no subject")   << QStringList{"erase", "--request", "DSR-1"} << "SUBJECT";
    QTest::newRow("hold no reason")     << QStringList{"hold", "model:1"} << "--reason";
    QTest::newRow("lift not an id")     << QStringList{"lift", "one", "--reason", "x"} << "HOLD_ID";
    QTest::newRow("decide decision")    << QStringList{"decide", "--run", "1", "--row", "0", "--decision", "maybe", "--reason", "x"} << "--decision";
    QTest::newRow("decide row")         << QStringList{"decide", "--run", "1", "--row", "x", "--decision", "positive", "--reason", "x"} << "--row";
    QTest::newRow("appeal no reviewer") << QStringList{"appeal", "--lead-set", "1", "--row", "0", "--statement", "x"} << "--reviewer";
    QTest::newRow("resolve both")       << QStringList{"resolve", "1", "--uphold", "--overturn", "--reason", "x"} << "--uphold";
    QTest::newRow("resolve neither")    << QStringList{"resolve", "1", "--reason", "x"} << "--overturn";
    QTest::newRow("policy mode")        << QStringList{"policy", "--set-predictions", "keep"} << "--set-predictions";
    QTest::newRow("json and table")     << QStringList{"holds", "--json", "--format", "table"} << "--json";
    QTest::newRow("option elsewhere")   << QStringList{"holds", "--reason", "x"} << "reason";
    QTest::newRow("unknown subcommand") << QStringList{"forget"} << "forget";
    // clang-format on
}

void TestCliPrivacy::usageErrorsExitWithTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    // A wrong password: a command that got past its arguments would exit 4, not 2.
    const Run r = runAs(QStringList{"privacy"} + arguments
                            + QStringList{"--workspace", m_ws, "--as", "pia"},
                        "not the password");
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
    QVERIFY(!r.err.contains("option not defined"));
    QVERIFY(r.out.isEmpty());
}

void TestCliPrivacy::findIsMaskedWithoutThePermission()
{
    const Person &p = m_people[11];
    Run r = as("nour", {"find", p.leadId});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(!r.out.contains(p.email.toUtf8()));
    const QJsonArray found = jsonOf(r)["subjects"].toArray();
    QCOMPARE(found.size(), 1);
    QCOMPARE(found[0]["ref"].toString(), p.leadId);
    QCOMPARE(found[0]["rows"][0]["lead_set"].toInteger(), m_set);
    QCOMPARE(found[0]["rows"][0]["row"].toInteger(), 11);
    r = as("nour", {"find", p.leadId, "--format", "table"});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral("leadset:%1/row:11").arg(m_set).toUtf8()));
    QVERIFY(!r.out.contains(p.email.toUtf8()));
    // By e-mail: nothing for a masked user (it would tell them the person is on file).
    QVERIFY(privacyJson("nour", {"find", p.email})["subjects"].toArray().isEmpty());
    // The privacy officer finds them by e-mail, in clear.
    const QJsonArray clear
        = privacyJson("pia", {"find", p.email.toUpper(), "--json"})["subjects"].toArray();
    QCOMPARE(clear.size(), 1);
    QCOMPARE(clear[0]["ref"].toString(), p.leadId);
    QVERIFY(clear[0]["display"].toString().contains(p.email));
    // Auditors do not read leads.
    QCOMPARE(as("audra", {"find", p.leadId}).exitCode, 3);
}

void TestCliPrivacy::decisionsAndAppealsRoundTrip()
{
    const QStringList decide{"decide",
                             "--run",
                             QString::number(m_run),
                             "--row",
                             "4",
                             "--reason",
                             "Met the founder at the investment forum.",
                             "--decision"};
    QString decision = QStringLiteral("positive");
    Run r = as("nour", decide + QStringList{decision});
    if (r.exitCode == 1 && r.err.contains("already")) { // the model's decision is positive
        decision = QStringLiteral("negative");
        r = as("nour", decide + QStringList{decision});
    }
    const QJsonObject decided = jsonOf(r);
    QCOMPARE(decided["decision"].toString(), decision);
    QVERIFY(decided["model_decision"].toString() != decision);
    QCOMPARE(as("dana", decide + QStringList{decision}).exitCode, 3); // analysts decide

    const QStringList appeal{"appeal",
                             "--lead-set",
                             QString::number(m_set),
                             "--row",
                             "4",
                             "--statement",
                             "Please review my case.",
                             "--reviewer"};
    r = as("pia", appeal + QStringList{"nour"}); // nour decided: not the reviewer
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("already decided"), qPrintable(r.err));
    QCOMPARE(as("nour", appeal + QStringList{"omar"}).exitCode, 3); // privacy.export
    const QJsonObject recorded = privacyJson("pia", appeal + QStringList{"omar"});
    QCOMPARE(recorded["state"].toString(), QStringLiteral("open"));
    const QString id = QString::number(recorded["id"].toInteger());

    r = as("nour", {"resolve", id, "--overturn", "--reason", "no"});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("omar"), qPrintable(r.err));
    const QJsonObject resolved
        = privacyJson("omar", {"resolve", id, "--overturn", "--reason", "The plan is not funded."});
    QCOMPARE(resolved["state"].toString(), QStringLiteral("overturned"));
    QCOMPARE(resolved["resolved_by"].toString(), QStringLiteral("omar"));
    QCOMPARE(as("omar", {"resolve", id, "--uphold", "--reason", "twice"}).exitCode, 1);
    const QJsonArray appeals = privacyJson("nour", {"appeals"})["appeals"].toArray();
    QCOMPARE(appeals.size(), 1);
    QCOMPARE(appeals[0]["state"].toString(), QStringLiteral("overturned"));
    r = as("pia", {"appeals", "--format", "table"});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral("leadset:%1/row:4").arg(m_set).toUtf8()));
}

void TestCliPrivacy::exportWritesBothFilesOrNone()
{
    const Person &p = m_people[4];
    const QString dir = m_dir.filePath("dsar");
    QCOMPARE(as("nour", {"export", p.leadId, "--out", dir}).exitCode, 3);
    QVERIFY(!QFile::exists(dir));
    const QJsonObject written = privacyJson("pia", {"export", p.leadId, "--out", dir});
    QCOMPARE(written["files"].toArray().size(), 3);
    const QJsonObject access
        = QJsonDocument::fromJson(readFile(dir + "/subject-access.json")).object();
    QCOMPARE(access["format"].toString(), QStringLiteral("mizan.subject-access/1"));
    QCOMPARE(access["subject"].toString(), p.leadId);
    const QJsonObject record = access["records"][0].toObject();
    QCOMPARE(record["data"]["email"].toString(), p.email);
    QCOMPARE(record["human_decisions"].toArray().size(), 2); // the decision and the overturn
    const QString english = QString::fromUtf8(readFile(dir + "/letter-en.html"));
    QVERIFY(english.contains(p.name.toHtmlEscaped()));
    QVERIFY(QString::fromUtf8(readFile(dir + "/letter-ar.html")).contains("dir=\"rtl\""));
    const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther
                        | QFileDevice::WriteOther;
    for (const char *name : {"subject-access.json", "letter-en.html", "letter-ar.html"})
        QVERIFY2(!(QFile::permissions(dir + '/' + name) & others), name);

    // Files that exist are kept unless --force.
    Run r = as("pia", {"export", p.leadId, "--out", dir});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("--force"), qPrintable(r.err));
    QCOMPARE(readFile(dir + "/letter-en.html"), english.toUtf8());
    const QJsonObject arabic
        = privacyJson("pia", {"export", p.leadId, "--out", dir, "--language", "ar", "--force"});
    QCOMPARE(arabic["files"].toArray().size(), 2);

    // A file that cannot be written: none is, and no temporary file is left behind.
    const QString blocked = m_dir.filePath("blocked");
    QVERIFY(QDir().mkpath(blocked + "/letter-ar.html"));
    r = as("pia", {"export", p.leadId, "--out", blocked, "--force"});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("letter-ar.html"), qPrintable(r.err));
    QCOMPARE(QDir(blocked).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList{"letter-ar.html"});
}

void TestCliPrivacy::holdsStopErasureUntilLifted()
{
    const Person &p = m_people[20];
    const QStringList erase{"erase", p.leadId, "--request", "DSR-2026-020"};
    QCOMPARE(as("nour", erase).exitCode, 3); // privacy.erase is the privacy officer's
    // A wrong password: refused, and the subject is still there.
    Run r = runAs(QStringList{"privacy"} + erase + QStringList{"--workspace", m_ws, "--as", "paz"},
                  "not the password");
    QCOMPARE(r.exitCode, 4);
    QCOMPARE(privacyJson("nour", {"find", p.leadId})["subjects"].toArray().size(), 1);

    const QJsonObject hold = privacyJson("pia",
                                         {"hold",
                                          QStringLiteral("model:%1").arg(m_model),
                                          "--reason",
                                          "Court order 12/2026"});
    const qint64 holdId = hold["id"].toInteger();
    QVERIFY(holdId > 0);
    QCOMPARE(hold["state"].toString(), QStringLiteral("active"));
    QCOMPARE(as("nour", {"hold", QStringLiteral("leadset:%1").arg(m_set), "--reason", "x"}).exitCode,
             3);
    QCOMPARE(as("pia", {"hold", "everything", "--reason", "x"}).exitCode, 1);
    r = as("pia", erase);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("legal hold %1").arg(holdId)), qPrintable(r.err));
    QCOMPARE(privacyJson("pia", {"find", p.leadId})["subjects"].toArray().size(), 1);
    QCOMPARE(privacyJson("pia", {"holds"})["holds"][0]["state"].toString(),
             QStringLiteral("active"));
    const QJsonObject lifted
        = privacyJson("pia", {"lift", QString::number(holdId), "--reason", "Case closed"});
    QCOMPARE(lifted["state"].toString(), QStringLiteral("lifted"));
    QCOMPARE(lifted["lifted_by"].toString(), QStringLiteral("pia"));
    QCOMPARE(as("pia", {"lift", QString::number(holdId), "--reason", "twice"}).exitCode, 1);

    // The policy: predictions of erased subjects are deleted from now on.
    QCOMPARE(privacyJson("pia", {"policy"})["erasure_predictions"].toString(),
             QStringLiteral("anonymise"));
    QCOMPARE(as("nour", {"policy", "--set-predictions", "delete"}).exitCode, 3);
    QCOMPARE(privacyJson("pia", {"policy", "--set-predictions", "delete"})["erasure_predictions"]
                 .toString(),
             QStringLiteral("delete"));

    const QJsonObject receipt = privacyJson("pia", erase);
    QVERIFY(receipt["erasure"].toInteger() > 0);
    QCOMPARE(receipt["rows"].toArray().size(), 1);
    QCOMPARE(receipt["keys_destroyed"].toInteger(), 1);
    QCOMPARE(receipt["predictions"].toInteger(), 1);
    QCOMPARE(receipt["predictions_deleted"].toBool(), true);
    QVERIFY(privacyJson("pia", {"find", p.leadId})["subjects"].toArray().isEmpty());
    QCOMPARE(as("pia", erase).exitCode, 1); // nobody left to erase
    r = as("audra", {"erasures", "--format", "table"});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("DSR-2026-020"));
    QCOMPARE(privacyJson("pia", {"erasures"})["erasures"].toArray().size(), 1);
    r = runAs({"audit", "verify", "--workspace", m_ws, "--as", "audra"}, kPasswords.at("audra"));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestCliPrivacy)
#include "TestCliPrivacy.moc"
