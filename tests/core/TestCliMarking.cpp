// The classification marking on every file mizan-cli writes from a workspace: the workspace's
// classification as it is at export time, the signed-in user and the time (UTC), as the first
// and last line of CSV, Markdown and text, the first and last paragraph of HTML, and a top-level
// "marking" object in JSON. Files made outside a workspace stay unmarked.

#include "CliRun.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

class TestCliMarking : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void explanationReportIsMarked();
    void explanationReportOutsideAWorkspaceIsNot();
    void complianceReportIsMarked();
    void modelCardIsMarked();
    void subjectAccessExportIsMarked();
    void privacyDocumentsAreMarked();
    void evidencePackIsMarked();
    void markingFollowsTheClassification(); // last: changes it

private:
    Run as(const QString &user, const QStringList &arguments) const
    {
        return runAs(arguments + QStringList{"--workspace", m_ws, "--as", user},
                     m_passwords.value(user));
    }
    /** Checks `text` is the marking of `user` now (this test's classification). */
    void checkMarking(const QString &text, const QString &user) const;
    void checkMarkingJson(const QJsonObject &marking, const QString &user) const;
    void checkHtml(const QString &path, const QString &user) const;
    void checkText(const QString &path, const QString &user) const;

    QTemporaryDir m_dir;
    QString m_ws;
    QString m_model;
    QString m_leads;
    QString m_lead; ///< a data subject's lead id
    QMap<QString, QByteArray> m_passwords;
    QString m_classification = QStringLiteral("SECRET (TEST)");
    QDateTime m_started;
};

namespace {

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

void TestCliMarking::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(MIZAN_CLI)));
    m_started = QDateTime::currentDateTimeUtc().addSecs(-60);
    const QString folder = m_dir.filePath("demo");
    const Run r = run({"demo", "--out", folder, "--rows", "300", "--seed", "5"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject made = QJsonDocument::fromJson(r.out).object();
    const QJsonObject workspace = made["workspace"].toObject();
    m_ws = workspace["path"].toString();
    m_model = made["model"].toString();
    m_leads = made["leads"].toString();
    const QJsonObject users = workspace["users"].toObject();
    for (auto it = users.begin(); it != users.end(); ++it)
        m_passwords.insert(it.key(), it.value().toString().section(u' ', 0, 0).toUtf8());
    QCOMPARE(m_passwords.size(), 6);
    m_lead = QString::fromUtf8(readFile(m_leads).split('\n').value(1).split(',').value(0));
    QVERIFY(!m_lead.isEmpty());
    const Run set = as("admin", {"workspace", "classification", m_classification});
    QVERIFY2(set.exitCode == 0, qPrintable(set.err));
}

void TestCliMarking::checkMarking(const QString &text, const QString &user) const
{
    static const QRegularExpression form(
        QStringLiteral("^(.+) · exported by (.+) · (\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d) UTC$"));
    const auto match = form.match(text);
    QVERIFY2(match.hasMatch(), qPrintable(text));
    QCOMPARE(match.captured(1), m_classification);
    QCOMPARE(match.captured(2), user);
    QDateTime when = QDateTime::fromString(match.captured(3), QStringLiteral("yyyy-MM-dd HH:mm"));
    when.setTimeSpec(Qt::UTC);
    QVERIFY2(when >= m_started && when <= QDateTime::currentDateTimeUtc(), qPrintable(text));
}

void TestCliMarking::checkMarkingJson(const QJsonObject &marking, const QString &user) const
{
    QCOMPARE(marking["classification"].toString(), m_classification);
    QCOMPARE(marking["exported_by"].toString(), user);
    const QDateTime when = QDateTime::fromString(marking["exported_at"].toString(),
                                                 Qt::ISODateWithMs);
    QVERIFY2(when.isValid() && when >= m_started && when <= QDateTime::currentDateTimeUtc(),
             qPrintable(marking["exported_at"].toString()));
}

void TestCliMarking::checkHtml(const QString &path, const QString &user) const
{
    const QString html = QString::fromUtf8(readFile(path));
    QVERIFY2(!html.isEmpty(), qPrintable(path));
    // The first and the last paragraph of the body.
    static const QRegularExpression first(
        QStringLiteral("<body[^>]*><p class=\"marking\"[^>]*>([^<]*)</p>"));
    static const QRegularExpression last(
        QStringLiteral("<p class=\"marking\"[^>]*>([^<]*)</p></body>"));
    const auto head = first.match(html);
    const auto foot = last.match(html);
    QVERIFY2(head.hasMatch() && foot.hasMatch(), qPrintable(path));
    checkMarking(head.captured(1), user);
    QCOMPARE(foot.captured(1), head.captured(1));
}

void TestCliMarking::checkText(const QString &path, const QString &user) const
{
    const QList<QByteArray> lines = readFile(path).trimmed().split('\n');
    QVERIFY2(lines.size() > 2, qPrintable(path));
    checkMarking(QString::fromUtf8(lines.first()), user);
    QCOMPARE(lines.last(), lines.first());
}

void TestCliMarking::explanationReportIsMarked()
{
    const QString path = m_dir.filePath("explanation.html");
    const Run r = as("nour",
                     {"explain", "--lead-set", "1", "--model", "1", "--row", "3", "--report", path});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    checkHtml(path, "nour");
}

void TestCliMarking::explanationReportOutsideAWorkspaceIsNot()
{
    const QString path = m_dir.filePath("explanation-tool.html");
    const Run r = run(
        {"explain", "--model", m_model, "--data", m_leads, "--row", "3", "--report", path});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QByteArray html = readFile(path);
    QVERIFY(html.startsWith("<html"));
    QVERIFY(!html.contains("class=\"marking\""));
    QVERIFY(!html.contains(m_classification.toUtf8()));
}

void TestCliMarking::complianceReportIsMarked()
{
    const QString csv = m_dir.filePath("compliance.csv");
    Run r = as("omar", {"audit", "report", "--format", "csv", "--out", csv});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QList<QByteArray> lines = readFile(csv).split('\n');
    QVERIFY(lines.size() > 4);
    QVERIFY(lines.first().startsWith("# "));
    checkMarking(QString::fromUtf8(lines.first().mid(2)), "omar");
    QCOMPARE(lines[1], QByteArray("section,item,detail,value"));
    QCOMPARE(lines.last(), QByteArray()); // ends with a line end
    QCOMPARE(lines[lines.size() - 2], lines.first());

    const QString json = m_dir.filePath("compliance.json");
    r = as("omar", {"audit", "report", "--out", json});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject report = QJsonDocument::fromJson(readFile(json)).object();
    QVERIFY(report.contains("by_action"));
    checkMarkingJson(report["marking"].toObject(), "omar");
}

void TestCliMarking::modelCardIsMarked()
{
    const QString md = m_dir.filePath("card.md");
    Run r = as("rana", {"model", "card", "--id", "1", "--out", md});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    checkText(md, "rana");
    QVERIFY(readFile(md).contains("\n# Model card"));

    const QString json = m_dir.filePath("card.json");
    r = as("rana", {"model", "card", "--id", "1", "--format", "json", "--out", json});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject card = QJsonDocument::fromJson(readFile(json)).object();
    QVERIFY(card["markdown"].toString().startsWith("# Model card"));
    checkMarkingJson(card["marking"].toObject(), "rana");
}

void TestCliMarking::subjectAccessExportIsMarked()
{
    const QString dir = m_dir.filePath("subject");
    const Run r = as("layla", {"privacy", "export", m_lead, "--out", dir});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject access
        = QJsonDocument::fromJson(readFile(QDir(dir).filePath("subject-access.json"))).object();
    QVERIFY(!access.isEmpty());
    checkMarkingJson(access["marking"].toObject(), "layla");
    checkHtml(QDir(dir).filePath("letter-en.html"), "layla");
    checkHtml(QDir(dir).filePath("letter-ar.html"), "layla");

    // Refused (an analyst has no privacy.export): nothing is written.
    const QString refused = m_dir.filePath("subject-refused");
    QCOMPARE(as("nour", {"privacy", "export", m_lead, "--out", refused}).exitCode, 3);
    QVERIFY(!QFileInfo::exists(refused));
}

void TestCliMarking::privacyDocumentsAreMarked()
{
    const QString dir = m_dir.filePath("documents");
    const Run r = as("layla", {"privacy", "docs", "--out", dir});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QStringList documents = QDir(dir).entryList({"*.md"}, QDir::Files);
    QCOMPARE(documents.size(), 3);
    for (const QString &name : documents)
        checkText(QDir(dir).filePath(name), "layla");
}

void TestCliMarking::evidencePackIsMarked()
{
    // Written by the auditor; the offline verifier shows the marking the pack's signature covers.
    const QString pack = m_dir.filePath("pack");
    Run r = as("omar", {"audit", "export", "--out", pack});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject manifest
        = QJsonDocument::fromJson(readFile(pack + QStringLiteral("/manifest.json"))).object();
    checkMarkingJson(manifest["marking"].toObject(), "omar");
    r = run({"audit", "verify-pack", pack});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err + QString::fromUtf8(r.out)));
    const QStringList lines = QString::fromUtf8(r.out).split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(!lines.isEmpty() && lines.last().startsWith(QStringLiteral("Marking: ")));
    checkMarking(lines.last().mid(9), "omar");
    r = run({"audit", "verify-pack", pack, "--format", "json"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    checkMarkingJson(QJsonDocument::fromJson(r.out).object()["marking"].toObject(), "omar");
}

void TestCliMarking::markingFollowsTheClassification()
{
    // Taken from the workspace at export time: an administrator's change shows at once.
    m_classification = QStringLiteral("OFFICIAL-SENSITIVE");
    const Run set = as("admin", {"workspace", "classification", m_classification});
    QVERIFY2(set.exitCode == 0, qPrintable(set.err));
    const QString md = m_dir.filePath("card-after.md");
    const Run r = as("omar", {"model", "card", "--id", "1", "--out", md});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    checkText(md, "omar");
}

QTEST_GUILESS_MAIN(TestCliMarking)
#include "TestCliMarking.moc"
