// mizan-cli --help for every command and subcommand: printed on standard output with exit code
// 0, the usage line naming the command as typed (never the binary's path), and the help texts
// saying what the commands do (the formats and defaults they have, their subcommands).

#include "CliRun.h"

#include <QTest>

class TestCliHelp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyCommandHasHelp_data();
    void everyCommandHasHelp();
    void auditNamesEverySubcommand();
    void auditReportFormatsAreJsonOrCsv();
    void usersReviewDefaultsToTable();
    void outcomesAlertsHasItsOwnDescription();
};

namespace {

/** The help's lines, for comparing descriptions and options. */
QList<QByteArray> helpLines(const QStringList &command)
{
    const Run r = run(command + QStringList{"--help"});
    if (r.exitCode != 0)
        qWarning("%s --help: exit %d: %s",
                 qPrintable(command.join(u' ')),
                 r.exitCode,
                 qPrintable(r.err));
    return r.out.split('\n');
}

/** The line of the help that documents --`option` (and its continuation lines). */
QByteArray optionHelp(const QList<QByteArray> &lines, const QByteArray &option)
{
    QByteArray text;
    for (const QByteArray &line : lines) {
        if (!text.isEmpty() && !line.trimmed().startsWith('-') && !line.trimmed().isEmpty())
            text += ' ' + line.trimmed();
        else if (!text.isEmpty())
            break;
        else if (line.trimmed().startsWith(QByteArray("--" + option + ' ')))
            text = line.simplified();
    }
    return text;
}

} // namespace

void TestCliHelp::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(MIZAN_CLI)));
}

void TestCliHelp::everyCommandHasHelp_data()
{
    QTest::addColumn<QStringList>("command");
    const QStringList
        plain{"train", "score", "explain", "fairness", "demo", "init", "import", "restore", "drill"};
    const QList<QPair<QString, QStringList>> withSubcommands{
        {"model",
         {"import",
          "list",
          "show",
          "submit",
          "approve",
          "reject",
          "deploy",
          "rollback",
          "retire",
          "history",
          "card",
          "assess",
          "policy"}},
        {"user", {"add", "list", "disable", "enable", "remove", "passwd", "role", "pii"}},
        {"users", {"review"}},
        {"workspace", {"info", "rekey", "idle-lock", "classification"}},
        {"outcomes", {"import", "report", "alerts"}},
        {"privacy",
         {"find",
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
          "policy",
          "docs"}},
        {"retention", {"show", "apply", "policy"}},
        {"lineage", {"show"}},
        {"audit", {"show", "verify", "checkpoint", "export", "report", "verify-pack"}},
        {"backup", {"create", "list", "verify", "policy", "rotate"}},
    };
    for (const QString &command : plain)
        QTest::newRow(qPrintable(command)) << QStringList{command};
    for (const auto &[command, subcommands] : withSubcommands) {
        QTest::newRow(qPrintable(command)) << QStringList{command};
        for (const QString &sub : subcommands)
            QTest::newRow(qPrintable(command + u' ' + sub)) << QStringList{command, sub};
    }
}

void TestCliHelp::everyCommandHasHelp()
{
    QFETCH(QStringList, command);
    for (const char *help : {"--help", "-h"}) {
        const Run r = run(command + QStringList{QLatin1String(help)});
        QVERIFY2(r.exitCode == 0,
                 qPrintable(help + QStringLiteral(": exit %1: %2").arg(r.exitCode).arg(r.err)));
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        const QString text = QString::fromUtf8(r.out);
        const QString usage = text.section(u'\n', 0, 0);
        // The command as it is typed, whatever path the binary was started by.
        QVERIFY2(usage.startsWith(QStringLiteral("Usage: mizan-cli ") + command.join(u' ')),
                 qPrintable(usage));
        QVERIFY2(!text.contains(QStringLiteral(MIZAN_CLI)), qPrintable(usage));
        QVERIFY(text.count(u'\n') > 2);
    }
}

void TestCliHelp::auditNamesEverySubcommand()
{
    const QString help = QString::fromUtf8(run({"audit", "--help"}).out);
    const Run missing = run({"audit"});
    const Run unknown = run({"audit", "summarise"});
    QCOMPARE(missing.exitCode, 2);
    QCOMPARE(unknown.exitCode, 2);
    for (const char *sub : {"show", "verify", "checkpoint", "export", "report", "verify-pack"}) {
        QVERIFY2(help.contains(QLatin1String("  ") + QLatin1String(sub) + u' '), sub);
        QVERIFY2(missing.err.contains(QLatin1String(sub)), qPrintable(missing.err));
        QVERIFY2(unknown.err.contains(QLatin1String(sub)), qPrintable(unknown.err));
    }
}

void TestCliHelp::auditReportFormatsAreJsonOrCsv()
{
    const QByteArray format = optionHelp(helpLines({"audit", "report"}), "format");
    QVERIFY2(format.contains("json (default) or csv"), format.constData());
    QVERIFY2(!format.contains("table"), format.constData());
    // What it says is what it takes.
    const Run table = run({"audit", "report", "--format", "table", "--workspace", "/nonexistent"});
    QCOMPARE(table.exitCode, 2);
    // The others print tables.
    const QByteArray show = optionHelp(helpLines({"audit", "show"}), "format");
    QVERIFY2(show.contains("table (default) or json"), show.constData());
}

void TestCliHelp::usersReviewDefaultsToTable()
{
    const QByteArray format = optionHelp(helpLines({"users", "review"}), "format");
    QVERIFY2(format.contains("table (default"), format.constData());
    QVERIFY2(!format.contains("json (default)"), format.constData());
}

void TestCliHelp::outcomesAlertsHasItsOwnDescription()
{
    const QList<QByteArray> report = helpLines({"outcomes", "report"});
    const QList<QByteArray> alerts = helpLines({"outcomes", "alerts"});
    QVERIFY(report.size() > 2 && alerts.size() > 2);
    // The description is the line after the usage line.
    QVERIFY2(report[1] != alerts[1], alerts[1].constData());
    QVERIFY2(alerts[1].contains("alerts"), alerts[1].constData());
    QVERIFY2(optionHelp(alerts, "id") != optionHelp(report, "id"),
             optionHelp(alerts, "id").constData());
}

QTEST_GUILESS_MAIN(TestCliHelp)
#include "TestCliHelp.moc"
