// The Audit tab (offscreen) over a workspace whose log holds 100,000 entries: the model pages
// without loading everything, filtering, an entry's proof in the detail pane, verification
// with its verdict, the first bad entry of a tampered log, evidence packs and checkpoints.
// A screenshot goes to $MIZAN_SCREENSHOTS (audit-tab.png) when it is set.

#include "Bootstrap.h"
#include "MainWindow.h"
#include "audit/AuditCheckpointsDialog.h"
#include "audit/AuditDetailPane.h"
#include "audit/AuditFilterBar.h"
#include "audit/AuditModel.h"
#include "audit/AuditTab.h"
#include "common/Dialogs.h"
#include "users/UsersTab.h"

#include "AuditFill.h"
#include "Screenshots.h"
#include "TestWorkspaceUtil.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>

#include "audit/CompliancePdf.h"
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

#include <tuple>

using namespace mizan;
using namespace mizan::test;

namespace {

constexpr qint64 kBigLog = 100'000;

/** A workspace (admin amira, auditor audra, analyst nour, risk officer rana) and `entries`. */
struct AuditFixture
{
    QTemporaryDir dir;
    std::shared_ptr<ManualClock> clock = std::make_shared<ManualClock>();

    explicit AuditFixture(qint64 entries)
    {
        {
            auto created = createWorkspace(dir.path(), clock);
            Workspace &ws = *created.workspace;
            for (const auto &[name, role, password] :
                 {std::tuple(QStringLiteral("nour"), Role::Analyst, kOtherPassword),
                  std::tuple(QStringLiteral("rana"), Role::RiskOfficer, kThirdPassword)})
                if (auto added = ws.addUser(name, role, pw(password)); !added)
                    qFatal("cannot add %s: %s", qPrintable(name), qPrintable(added.error().message));
        } // closed: the fill below opens the database itself
        auto raw = RawAuditDb::open(dir.path(), QStringLiteral("amira"), kAdminPassword);
        if (!raw)
            qFatal("cannot open the database: %s", qPrintable(raw.error().message));
        auto last = raw->appendSynthetic(entries, clock->nowMs() + 60'000, 37'000);
        if (!last)
            qFatal("cannot fill the log: %s", qPrintable(last.error().message));
        clock->set(*last + 60'000);
    }

    std::shared_ptr<Workspace> signIn(const QString &user, const char *password)
    {
        auto ws = Workspace::open(dir.path(), testOptions(clock));
        if (!ws || !(*ws)->login(user, pw(password)))
            qFatal("cannot sign in as %s", qPrintable(user));
        return std::move(*ws);
    }
};

} // namespace

class TestAuditTab : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void modelPassesTheTester();
    void modelPagesByKeyset();
    void scrollingFetchesPagesOnly();
    void filterShowProofAndVerify();
    void cancelStopsVerification();
    void rightToLeftLayout();
    void tabsByRole();
    void tamperedEntryIsNamedAndShown();
    void evidencePackAndCheckpoints();
    void complianceReportAsPdfAndCsv();
    void millionEntriesBrowseInPages();

private:
    std::unique_ptr<AuditFixture> m_big;
};

void TestAuditTab::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Bootstrap::setApplicationIdentity();
    QSettings().clear();
    KdfParams::allowTestCost(true);
    MessageBox::setTestMode(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); // grouped numbers
    QElapsedTimer timer;
    timer.start();
    m_big = std::make_unique<AuditFixture>(kBigLog);
    qInfo("filled a log of %lld entries in %lld ms", kBigLog, timer.elapsed());
}

void TestAuditTab::modelPassesTheTester()
{
    auto ws = m_big->signIn(QStringLiteral("audra"), kAuditorPassword);
    AuditModel model(ws.get());
    model.setPageSize(50);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0); // nothing loads before a filter is set
    model.setFilter({});
    QCOMPARE(model.rowCount(), 50);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 100);
    model.setNewestFirst(false);
    QCOMPARE(model.seqAt(0), qint64(1));
    AuditFilter nour;
    nour.actor = QStringLiteral("nour");
    nour.action = QStringLiteral("explain.");
    model.setFilter(nour);
    QCOMPARE(model.rowCount(), 50);
    for (int row = 0; row < model.rowCount(); ++row) {
        QCOMPARE(model.data(model.index(row, AuditModel::Actor)).toString(), QStringLiteral("nour"));
        QCOMPARE(model.data(model.index(row, AuditModel::Action)).toString(),
                 QStringLiteral("explain.view"));
    }
    QCOMPARE(model.data(model.index(0, AuditModel::RoleColumn)).toString(),
             QStringLiteral("Analyst"));
    QVERIFY(model.data(model.index(0, AuditModel::Time), Qt::ToolTipRole)
                .toString()
                .endsWith(QLatin1String("Z UTC")));
    model.sort(AuditModel::Time, Qt::DescendingOrder);
    QVERIFY(model.newestFirst());
    QVERIFY(model.seqAt(0) > model.seqAt(1));
    model.sort(AuditModel::Actor, Qt::AscendingOrder); // other columns do not sort
    QVERIFY(model.newestFirst());
    QCOMPARE(model.rowOfSeq(model.seqAt(7)), 7);
}

void TestAuditTab::modelPagesByKeyset()
{
    auto ws = m_big->signIn(QStringLiteral("rana"), kThirdPassword);
    AuditModel model(ws.get());
    model.setFilter({});
    QCOMPARE(model.rowCount(), AuditModel::kDefaultPageSize);
    const qint64 newest = model.seqAt(0);
    QVERIFY(newest > kBigLog);
    for (int page = 0; page < 3; ++page)
        model.fetchMore({});
    QCOMPARE(model.rowCount(), 4 * AuditModel::kDefaultPageSize);
    // Unfiltered and newest first, the pages join without a gap or a repeat.
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.seqAt(row), newest - row);
    QVERIFY(model.canFetchMore({}));
    model.setSuspended(true);
    QVERIFY(!model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 4 * AuditModel::kDefaultPageSize);
    model.setSuspended(false);
    // A filter that matches a handful reaches the end on the first page.
    AuditFilter one;
    one.fromSeq = 10;
    one.toSeq = 14;
    model.setQuery(one, false);
    QCOMPARE(model.rowCount(), 5);
    QVERIFY(model.atEnd());
    QVERIFY(!model.canFetchMore({}));
}

void TestAuditTab::scrollingFetchesPagesOnly()
{
    auto ws = m_big->signIn(QStringLiteral("audra"), kAuditorPassword);
    AuditTab tab(ws);
    tab.resize(1200, 700);
    tab.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tab));
    tab.refresh();
    QCOMPARE(tab.model()->rowCount(), AuditModel::kDefaultPageSize);
    QElapsedTimer timer;
    timer.start();
    for (int page = 2; page <= 6; ++page) {
        tab.view()->scrollToBottom();
        QTRY_COMPARE(tab.model()->rowCount(), page * AuditModel::kDefaultPageSize);
    }
    // Each scroll to the end asks for one more page: nothing near all 100,000 is loaded.
    QVERIFY(!tab.model()->atEnd());
    QVERIFY(timer.elapsed() < 5000);
    QVERIFY(tab.findChild<QLabel *>(QStringLiteral("loadedLabel"))
                ->text()
                .contains(QLatin1String("3,000 entries shown")));
}

void TestAuditTab::filterShowProofAndVerify()
{
    MainWindow window;
    auto ws = m_big->signIn(QStringLiteral("audra"), kAuditorPassword);
    window.setWorkspace(ws);
    AuditTab *tab = window.auditTab();
    QVERIFY(tab);
    window.resize(1360, 860);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.tabs()->setCurrentWidget(tab); // shown: it reads the log
    QCOMPARE(tab->model()->rowCount(), AuditModel::kDefaultPageSize);

    // Filter as a person does it: type, press Enter.
    AuditFilterBar *bar = tab->filterBar();
    const QDateTime from(QDate(2026, 2, 10), QTime(0, 0)); // local time, like the field
    bar->fromCheck()->setChecked(true);
    QVERIFY(bar->fromEdit()->isEnabled());
    bar->fromEdit()->setDateTime(from);
    bar->actorField()->setText(QStringLiteral("nour"));
    bar->actionField()->setText(QStringLiteral("explain."));
    QTest::keyClick(bar->actionField(), Qt::Key_Return);
    QCOMPARE(tab->model()->filter().actor, QStringLiteral("nour"));
    QCOMPARE(tab->model()->filter().fromMs, from.toMSecsSinceEpoch());
    QCOMPARE(tab->model()->rowCount(), AuditModel::kDefaultPageSize);
    for (int row = 0; row < tab->model()->rowCount(); ++row) {
        const QModelIndex index = tab->model()->index(row, AuditModel::Actor);
        QCOMPARE(index.data().toString(), QStringLiteral("nour"));
        QVERIFY(index.data(AuditModel::TimeMsRole).toLongLong() >= from.toMSecsSinceEpoch());
    }

    // Open an entry: the detail pane shows it with its proof, verified.
    QSignalSpy shown(tab, &AuditTab::entryShown);
    const int row = 3;
    const QRect cell = tab->view()->visualRect(tab->model()->index(row, AuditModel::Action));
    QElapsedTimer clicked;
    clicked.start();
    QTest::mouseClick(tab->view()->viewport(), Qt::LeftButton, {}, cell.center());
    QVERIFY(shown.wait(5000));
    qInfo("the detail pane showed the entry %lld ms after the click (120 ms of it settling)",
          clicked.elapsed());
    const qint64 seq = tab->model()->seqAt(row);
    QCOMPARE(shown.at(0).at(0).toLongLong(), seq);
    AuditDetailPane *pane = tab->detailPane();
    QCOMPARE(pane->seq(), seq);
    QVERIFY(pane->isVerified());
    QVERIFY2(pane->statusLabel()->text().contains(QLatin1String("Verified: entry")),
             qPrintable(pane->statusLabel()->text()));
    const QString details = pane->browser()->toPlainText();
    QVERIFY(details.contains(QLatin1String("explain.view")));
    QVERIFY(details.contains(QLatin1String("\"method\"")));
    QVERIFY(details.contains(QLatin1String("Inclusion proof")));
    QVERIFY(details.contains(QStringLiteral("— mizan/"))); // the signed note itself

    // Verify the whole log: progress, then the verdict.
    QSignalSpy verified(tab, &AuditTab::verifyFinished);
    QTest::mouseClick(tab->findChild<QPushButton *>(QStringLiteral("verifyButton")), Qt::LeftButton);
    QVERIFY(tab->isBusy());
    QVERIFY(!window.tabs()->isTabEnabled(window.tabs()->indexOf(window.usersTab())));
    QVERIFY(verified.wait(60000));
    QCOMPARE(verified.at(0).at(0).toBool(), true);
    QVERIFY(!tab->isBusy());
    QVERIFY(window.tabs()->isTabEnabled(window.tabs()->indexOf(window.usersTab())));
    QVERIFY(tab->lastReport() && tab->lastReport()->entries > kBigLog);
    QVERIFY2(tab->verdictLabel()->text().contains(QLatin1String("All good up to checkpoint")),
             qPrintable(tab->verdictLabel()->text()));
    QVERIFY(tab->showBadEntryButton()->isHidden());
    QCOMPARE(MessageBox::takeMessages(), QStringList());
    shoot(window, QStringLiteral("audit-tab.png"));
    QScrollBar *scroll = pane->browser()->verticalScrollBar();
    scroll->setValue(scroll->maximum());
    shoot(*pane, QStringLiteral("audit-detail-end.png"));
}

void TestAuditTab::cancelStopsVerification()
{
    auto ws = m_big->signIn(QStringLiteral("audra"), kAuditorPassword);
    AuditTab tab(ws);
    tab.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tab));
    tab.refresh();
    QSignalSpy verified(&tab, &AuditTab::verifyFinished);
    tab.verify();
    auto *cancel = tab.findChild<QPushButton *>(QStringLiteral("cancelButton"));
    QVERIFY(cancel->isVisible() && cancel->isEnabled());
    QVERIFY(!tab.filterBar()->isEnabled()); // busy: nothing else calls the workspace
    QVERIFY(!tab.model()->canFetchMore({}));
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(verified.wait(60000));
    QCOMPARE(verified.at(0).at(0).toBool(), false);
    QVERIFY(!tab.lastReport());
    QVERIFY(tab.verdictLabel()->text().contains(QLatin1String("cancelled")));
    QVERIFY(!cancel->isVisible());
    QVERIFY(tab.filterBar()->isEnabled());
    QVERIFY(tab.model()->canFetchMore({}));
}

void TestAuditTab::rightToLeftLayout()
{
    auto ws = m_big->signIn(QStringLiteral("rana"), kThirdPassword);
    AuditTab tab(ws);
    tab.setLayoutDirection(Qt::RightToLeft);
    tab.resize(1360, 800);
    tab.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tab));
    tab.refresh();
    QVERIFY(tab.view()->isRightToLeft());
    // Columns run from the right: the entry number is right of the time.
    const QRect seq = tab.view()->visualRect(tab.model()->index(0, AuditModel::Seq));
    const QRect time = tab.view()->visualRect(tab.model()->index(0, AuditModel::Time));
    QVERIFY(seq.left() > time.left());
    // The detail pane sits left of the table, and the filter labels right of their fields.
    QVERIFY(tab.detailPane()->mapTo(&tab, QPoint()).x() < tab.view()->mapTo(&tab, QPoint()).x());
    QVERIFY(tab.filterBar()->actorField()->mapTo(&tab, QPoint()).x()
            < tab.filterBar()->fromCheck()->mapTo(&tab, QPoint()).x());
    QSignalSpy shown(&tab, &AuditTab::entryShown);
    tab.view()->selectionModel()->setCurrentIndex(tab.model()->index(2, 0),
                                                  QItemSelectionModel::ClearAndSelect
                                                      | QItemSelectionModel::Rows);
    QVERIFY(shown.wait(5000));
    QVERIFY(tab.detailPane()->isVerified());
    shoot(tab, QStringLiteral("audit-tab-rtl.png"));
}

void TestAuditTab::tabsByRole()
{
    AuditFixture f(0);
    const auto tabsOf = [&f](const QString &user, const char *password) {
        MainWindow window;
        window.setWorkspace(f.signIn(user, password));
        QStringList names;
        for (int i = 0; i < window.tabs()->count(); ++i)
            names << window.tabs()->widget(i)->objectName();
        return names;
    };
    QVERIFY(tabsOf(QStringLiteral("audra"), kAuditorPassword).contains(QStringLiteral("AuditTab")));
    QVERIFY(tabsOf(QStringLiteral("rana"), kThirdPassword).contains(QStringLiteral("AuditTab")));
    QVERIFY(!tabsOf(QStringLiteral("nour"), kOtherPassword).contains(QStringLiteral("AuditTab")));
    QVERIFY(!tabsOf(QStringLiteral("amira"), kAdminPassword).contains(QStringLiteral("AuditTab")));
}

void TestAuditTab::tamperedEntryIsNamedAndShown()
{
    AuditFixture f(250);
    {
        auto raw = RawAuditDb::open(f.dir.path(), QStringLiteral("amira"), kAdminPassword);
        QVERIFY(raw);
        MIZAN_VERIFY_OK(raw->tamperDetails(120, "{\"rows\":1}"));
    }
    auto ws = f.signIn(QStringLiteral("audra"), kAuditorPassword);
    AuditTab tab(ws);
    tab.resize(1200, 700);
    tab.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tab));
    tab.refresh();
    QSignalSpy verified(&tab, &AuditTab::verifyFinished);
    tab.verify();
    QVERIFY(verified.wait(30000));
    QCOMPARE(verified.at(0).at(0).toBool(), false);
    QCOMPARE(tab.lastReport()->firstBadSeq, qint64(120));
    QVERIFY2(tab.verdictLabel()->text().contains(QLatin1String("First broken entry 120")),
             qPrintable(tab.verdictLabel()->text()));
    QVERIFY(!tab.showBadEntryButton()->isHidden());
    QTest::mouseClick(tab.showBadEntryButton(), Qt::LeftButton);
    QCOMPARE(tab.model()->seqAt(0), qint64(120));
    QCOMPARE(tab.model()->filter().fromSeq, qint64(120));
    QVERIFY(!tab.model()->newestFirst());
    QCOMPARE(tab.view()->selectionModel()->currentIndex().row(), 0);
    QCOMPARE(tab.detailPane()->seq(), qint64(120));
    QVERIFY(!tab.detailPane()->isVerified());
    QVERIFY(tab.detailPane()->statusLabel()->text().contains(QLatin1String("Not verified")));
}

void TestAuditTab::evidencePackAndCheckpoints()
{
    AuditFixture f(300);
    auto ws = f.signIn(QStringLiteral("rana"), kThirdPassword);
    AuditTab tab(ws);
    tab.refresh();
    QTemporaryDir out;

    // Sign a checkpoint and keep it in a file.
    const QString notePath = out.filePath(QStringLiteral("kept.note"));
    FileDialog::setNextFileName(notePath);
    tab.signCheckpoint();
    const QString signedMessage = MessageBox::takeMessages().join(u'\n');
    QVERIFY2(signedMessage.contains(QLatin1String("co-signed by you")), qPrintable(signedMessage));
    auto kept = Checkpoint::parse(readAll(notePath));
    QVERIFY2(kept, kept ? "" : qPrintable(kept.error().message));
    QVERIFY(kept->size > 300);

    // The history lists it with its co-signer.
    auto checkpoints = ws->auditCheckpoints();
    QVERIFY(checkpoints);
    AuditCheckpointsDialog history(*checkpoints);
    QCOMPARE(history.table()->rowCount(), int(checkpoints->size()));
    QCOMPARE(history.table()->item(0, 3)->text(), QStringLiteral("rana"));
    QCOMPARE(history.noteView()->toPlainText().toUtf8(), checkpoints->back().note);
    shoot(history, QStringLiteral("audit-checkpoints.png"));

    // Verify against the kept checkpoint: the log still extends it.
    QSignalSpy verified(&tab, &AuditTab::verifyFinished);
    FileDialog::setNextFileName(notePath);
    tab.verifyAgainstSaved();
    QVERIFY(verified.wait(30000));
    QCOMPARE(verified.at(0).at(0).toBool(), true);
    QCOMPARE(tab.lastReport()->trustedSize, kept->size);

    // Export the filtered entries; into a new folder when the chosen one is not empty.
    tab.filterBar()->actorField()->setText(QStringLiteral("nour"));
    tab.applyFilter();
    QSignalSpy exported(&tab, &AuditTab::exportFinished);
    tab.exportPackTo(out.path());
    QVERIFY(tab.isBusy());
    QVERIFY(exported.wait(30000));
    QCOMPARE(exported.at(0).at(0).toBool(), true);
    const QStringList packs
        = QDir(out.path()).entryList({QStringLiteral("mizan-evidence-*")}, QDir::Dirs);
    QCOMPARE(packs.size(), 1);
    const QString pack = QDir(out.path()).filePath(packs.first());
    QVERIFY(QFile::exists(pack + QStringLiteral("/manifest.json")));
    QVERIFY(
        MessageBox::takeMessages().join(u'\n').contains(QLatin1String("The evidence pack is in")));
    auto checked = EvidencePack::verify(pack);
    QVERIFY(checked && checked->ok);
}

void TestAuditTab::complianceReportAsPdfAndCsv()
{
    AuditFixture f(300);
    auto ws = f.signIn(QStringLiteral("rana"), kThirdPassword);
    AuditTab tab(ws);
    tab.refresh();
    QTemporaryDir out;
    const qint64 from = 0 + 1;
    const qint64 to = f.clock->nowMs() + 1;
    for (const QString &name : {QStringLiteral("report.pdf"), QStringLiteral("report.csv")}) {
        const QString path = out.filePath(name);
        QSignalSpy done(&tab, &AuditTab::reportFinished);
        tab.writeReportTo(path, from, to);
        QVERIFY(tab.isBusy());
        QVERIFY(done.wait(60000));
        QCOMPARE(done.at(0).at(0).toBool(), true);
        const QByteArray bytes = readAll(path);
        if (name.endsWith(QLatin1String(".pdf"))) {
            QVERIFY(bytes.startsWith("%PDF-"));
            QVERIFY(bytes.size() > 2000);
        } else {
            // The classification marking first and last, then the report's own header.
            QVERIFY2(bytes.startsWith("# RESTRICTED · exported by "), bytes.left(200).constData());
            QVERIFY(bytes.trimmed().split('\n').last().startsWith("# RESTRICTED · exported by "));
            QVERIFY(bytes.contains("\nsection,item,detail,value\n"));
            QVERIFY2(bytes.contains("verification,ok,,"), bytes.left(600).constData());
            QVERIFY(bytes.contains("action,audit.report,,"));
        }
    }
    // What the PDF shows: the verdict and the checkpoint it rests on, the counts.
    auto report = ws->complianceReport(from, to);
    QVERIFY(report);
    const QString html = complianceHtml(*report);
    QVERIFY(html.contains(report->verification.verdict().toHtmlEscaped()));
    QVERIFY(html.contains(QString::fromUtf8(report->checkpoint->note).toHtmlEscaped().left(40)));
    QVERIFY(report->entries > 300);
}

/**
 * The brief's scale, on request (MIZAN_AUDIT_MILLION=1; about four minutes and 0.5 GB of
 * disk): how long the first page, the next pages, a filter and an entry's proof take.
 */
void TestAuditTab::millionEntriesBrowseInPages()
{
    if (qEnvironmentVariableIsEmpty("MIZAN_AUDIT_MILLION"))
        QSKIP("set MIZAN_AUDIT_MILLION=1 to browse a log of a million entries");
    QElapsedTimer timer;
    timer.start();
    AuditFixture f(1'000'000);
    qInfo("filled 1,000,000 entries in %lld ms", timer.restart());
    auto ws = f.signIn(QStringLiteral("audra"), kAuditorPassword);
    qInfo("signed in (the database is checked) in %lld ms", timer.restart());
    AuditModel model(ws.get());
    model.setFilter({});
    qInfo("first page in %lld ms", timer.restart());
    for (int page = 0; page < 20; ++page)
        model.fetchMore({});
    qInfo("20 more pages in %lld ms", timer.restart());
    QCOMPARE(model.rowCount(), 21 * AuditModel::kDefaultPageSize);
    AuditFilter nour;
    nour.actor = QStringLiteral("nour");
    model.setFilter(nour);
    for (int page = 0; page < 5; ++page)
        model.fetchMore({});
    qInfo("actor filter, 6 pages in %lld ms", timer.restart());
    AuditFilter denied;
    denied.outcome = QStringLiteral("denied");
    denied.action = QStringLiteral("permission.");
    model.setFilter(denied);
    qInfo("outcome + action filter, first page in %lld ms", timer.restart());
    auto proof = ws->auditProof(500'000);
    QVERIFY(proof && proof->verified);
    qInfo("one entry's proof in %lld ms", timer.restart());
    AuditTab tab(ws);
    tab.resize(1360, 800);
    tab.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tab));
    tab.refresh();
    for (int page = 2; page <= 11; ++page) {
        tab.view()->scrollToBottom();
        QTRY_COMPARE(tab.model()->rowCount(), page * AuditModel::kDefaultPageSize);
    }
    qInfo("scrolled through 10 pages in the tab in %lld ms", timer.restart());
}

QTEST_MAIN(TestAuditTab)
#include "TestAuditTab.moc"
