// The Privacy tab offscreen: only privacy officers get it; searching shows subjects masked or
// clear as the core decides; preparing a subject access export runs off the UI thread and
// previews the letter (English and Arabic, right to left); saving writes the JSON and both
// PDFs, all with the classification marking; a wrong password refuses an erasure and nothing changes; an erasure goes through and
// lands in the register; legal holds are placed, block erasure and are lifted. Screenshots in
// $MIZAN_SCREENSHOTS: privacy-tab.png and privacy-erasures.png (-ar.png under
// $MIZAN_SCREENSHOT_LANGUAGE=ar), and the whole Arabic letter, privacy-letter-ar.png.

#include "Bootstrap.h"
#include "MainWindow.h"
#include "common/Dialogs.h"
#include "data/DatasetLoader.h"
#include "data/DemoLeads.h"
#include "model/Trainer.h"
#include "privacy/PrivacyDialogs.h"
#include "privacy/PrivacyTab.h"
#include "privacy/TextTableModel.h"
#include "scoring/ScoreTableModel.h"
#include "scoring/ScoringTab.h"
#include "workspace/Workspace.h"

#include "Screenshots.h"
#include "TestWorkspaceUtil.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QImage>
#include <QJsonArray>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTreeWidget>

using namespace mizan;
using namespace mizan::test;

namespace {

constexpr const char *kPrivacyPassword = "granite orchard beacon tundra";
constexpr const char *kAnalystPassword = kOtherPassword;

} // namespace

class TestPrivacyTab : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void onlyPrivacyOfficersGetTheTab();
    void analystsSeePersonalDataMaskedInTheScoringTab();
    void findShowsSubjects();
    void subjectAccessIsPreparedOffTheUiThread();
    void savingWritesTheExportAndBothLetters();
    void erasureDialogNeedsAReferenceAndThePassword();
    void aLegalHoldBlocksErasureUntilLifted();
    void wrongPasswordRefusesAndNothingChanges();
    void erasureGoesThroughAndIsRegistered();
    void retentionPageSavesPeriodsAndRunsDry();
    void lineagePageTracesALeadSet();

private:
    void signIn(const QString &user, const char *password);
    /** A new main window on the workspace, signed in as `user`. */
    void openAs(const QString &user, const char *password);
    PrivacyTab *tab();

    QTemporaryDir m_dir;
    std::shared_ptr<Workspace> m_ws;
    std::unique_ptr<MainWindow> m_window;
    QString m_email; ///< of the subject the tests work on
    QString m_ref;
    qint64 m_set = 0;
};

void TestPrivacyTab::initTestCase()
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

    const QByteArray csv = DemoLeads::csv({400, 21});
    const QString csvPath = m_dir.filePath("demo-leads.csv");
    const QString specPath = m_dir.filePath("demo-leads.spec.json");
    writeAll(csvPath, csv);
    writeAll(specPath, DemoLeads::specJson());
    QBuffer buffer;
    buffer.setData(csv);
    buffer.open(QIODevice::ReadOnly);
    auto data = DatasetLoader::read(buffer, csvPath, DemoLeads::spec());
    MIZAN_VERIFY_OK(data);
    // A subject whose e-mail no one else in the file has (the generator repeats some).
    const std::vector<QString> &emails = data->columns[size_t(data->columnIndex("email"))].texts;
    for (size_t r = 7; r < emails.size() && m_ref.isEmpty(); ++r) {
        if (std::count(emails.begin(), emails.end(), emails[r]) == 1) {
            m_ref = data->ids[r];
            m_email = emails[r];
        }
    }
    QVERIFY(!m_ref.isEmpty());

    auto created = createWorkspace(m_dir.filePath("ws"));
    m_ws = std::shared_ptr<Workspace>(std::move(created.workspace));
    MIZAN_VERIFY_OK(m_ws->addUser("dana", Role::DataScientist, pw(kFourthPassword)));
    MIZAN_VERIFY_OK(m_ws->addUser("nour", Role::Analyst, pw(kAnalystPassword)));
    MIZAN_VERIFY_OK(m_ws->addUser("pia", Role::PrivacyOfficer, pw(kPrivacyPassword)));
    // A second privacy officer for the wrong password (failures count toward the back-off).
    MIZAN_VERIFY_OK(m_ws->addUser("pete", Role::PrivacyOfficer, pw(kThirdPassword)));
    signIn("dana", kFourthPassword);
    auto set = m_ws->importLeadSet(csvPath, specPath, "enquiries");
    MIZAN_VERIFY_OK(set);
    m_set = set->id;
    TrainConfig config;
    config.params.rounds = 20;
    config.params.maxDepth = 3;
    config.params.nthread = 1;
    config.split = *SplitSpec::parse("random:0.2:1");
    auto bundle = Trainer::train(*data, config);
    MIZAN_VERIFY_OK(bundle);
    auto stored = m_ws->storeModel(*bundle, "model.bundle.json");
    MIZAN_VERIFY_OK(stored);
    signIn("nour", kAnalystPassword);
    MIZAN_VERIFY_OK(m_ws->scoreLeadSet(m_set, stored->id));

    m_window = std::make_unique<MainWindow>();
}

void TestPrivacyTab::cleanupTestCase()
{
    m_window.reset();
    m_ws.reset();
}

void TestPrivacyTab::signIn(const QString &user, const char *password)
{
    if (m_ws->isSignedIn())
        static_cast<void>(m_ws->logout());
    MIZAN_VERIFY_OK(m_ws->login(user, pw(password)));
}

void TestPrivacyTab::openAs(const QString &user, const char *password)
{
    signIn(user, password);
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1280, 860);
    m_window->setWorkspace(m_ws);
}

PrivacyTab *TestPrivacyTab::tab()
{
    return m_window->privacyTab();
}

void TestPrivacyTab::onlyPrivacyOfficersGetTheTab()
{
    signIn("nour", kAnalystPassword);
    m_window->setWorkspace(m_ws);
    QVERIFY(!tab());
    openAs("pia", kPrivacyPassword);
    QVERIFY(tab());
    QVERIFY(m_window->tabs()->indexOf(tab()) >= 0);
    new QAbstractItemModelTester(tab()->subjectsModel(),
                                 QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 this);
    new QAbstractItemModelTester(tab()->holdsModel(),
                                 QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 this);
    new QAbstractItemModelTester(tab()->erasuresModel(),
                                 QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 this);
}

void TestPrivacyTab::analystsSeePersonalDataMaskedInTheScoringTab()
{
    signIn("nour", kAnalystPassword);
    ScoringTab scoring;
    scoring.setWorkspace(m_ws);
    QSignalSpy finished(&scoring, &ScoringTab::scoringFinished);
    scoring.score();
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().first().toBool(), true);
    // What the tab holds and shows: the e-mail masked, never clear, in any cell or role.
    QVERIFY(scoring.tableModel()->dataset());
    const Dataset &shown = *scoring.tableModel()->dataset();
    const int email = shown.columnIndex(QStringLiteral("email"));
    QVERIFY(email >= 0);
    int masked = 0;
    for (const QString &value : shown.columns[size_t(email)].texts) {
        QVERIFY(!value.contains(m_email));
        masked += value.contains(QStringLiteral("***@"));
    }
    QCOMPARE(masked, int(shown.rowCount()));
    QAbstractItemModel *model = scoring.tableModel();
    for (int r = 0; r < model->rowCount(); ++r) {
        for (int c = 0; c < model->columnCount(); ++c) {
            for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::UserRole)})
                QVERIFY(!model->index(r, c).data(role).toString().contains(m_email));
        }
    }
    signIn("pia", kPrivacyPassword);
}

void TestPrivacyTab::findShowsSubjects()
{
    QVERIFY(tab()->find(m_email.toUpper())); // a whole value matches it alone, in any case
    QCOMPARE(tab()->subjectsModel()->rowCount(), 1);
    QCOMPARE(tab()->selectedSubject(), m_ref);
    const QString display = tab()->subjectsModel()->index(0, 2).data().toString();
    QVERIFY2(display.contains(m_email), qPrintable(display)); // privacy officers see it clear
    QVERIFY(tab()->find(QStringLiteral("nobody@nowhere.invalid")));
    QCOMPARE(tab()->subjectsModel()->rowCount(), 0);
    QVERIFY(tab()->selectedSubject().isEmpty());
}

void TestPrivacyTab::subjectAccessIsPreparedOffTheUiThread()
{
    QVERIFY(tab()->find(m_ref));
    QSignalSpy busy(tab(), &PrivacyTab::busyChanged);
    QSignalSpy done(tab(), &PrivacyTab::accessPrepared);
    tab()->prepareAccess();
    QVERIFY(tab()->isBusy());
    QVERIFY(done.wait(60000));
    QCOMPARE(done.first().first().toBool(), true);
    QVERIFY(!tab()->isBusy());
    QCOMPARE(busy.count(), 2);
    QVERIFY(tab()->prepared().has_value());
    QCOMPARE(tab()->prepared()->ref, m_ref);
    QVERIFY(tab()->prepared()->explanation.has_value());
    tab()->setLetterLanguage(ReportLanguage::English);
    const QString english = tab()->letterPreview()->toPlainText();
    QVERIFY(english.contains(QStringLiteral("Your rights")));
    QVERIFY(english.contains(QStringLiteral("What would have changed the decision")));
    m_window->tabs()->setCurrentWidget(tab());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    if (qEnvironmentVariable("MIZAN_SCREENSHOT_LANGUAGE") == QLatin1String("ar"))
        tab()->setLetterLanguage(ReportLanguage::Arabic); // as an Arabic interface opens it
    shoot(*m_window, QStringLiteral("privacy-tab.png"));
    tab()->setLetterLanguage(ReportLanguage::Arabic);
    const QString arabic = tab()->letterPreview()->toPlainText();
    QVERIFY(arabic.contains(QStringLiteral("حقوقكم")));
    QCOMPARE(tab()->letterPreview()->document()->defaultTextOption().textDirection(),
             Qt::RightToLeft);
    // The whole letter as it prints, not only what the preview shows.
    if (const QString folder = qEnvironmentVariable("MIZAN_SCREENSHOTS"); !folder.isEmpty()) {
        std::unique_ptr<QTextDocument> page(tab()->letterPreview()->document()->clone());
        page->setTextWidth(760);
        QImage image(page->size().toSize(), QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        page->drawContents(&painter);
        painter.end();
        QVERIFY(image.save(QDir(folder).filePath(QStringLiteral("privacy-letter-ar.png"))));
    }
    tab()->setLetterLanguage(ReportLanguage::English);
}

void TestPrivacyTab::savingWritesTheExportAndBothLetters()
{
    QTemporaryDir out;
    QVERIFY(tab()->saveExportTo(out.path()));
    const QJsonObject json = QJsonDocument::fromJson(
                                 readAll(QDir(out.path()).filePath("subject-access.json")))
                                 .object();
    QCOMPARE(json.value("format").toString(), QStringLiteral("mizan.subject-access/1"));
    QCOMPARE(json.value("subject").toString(), m_ref);
    QCOMPARE(json.value("records")
                 .toArray()
                 .first()
                 .toObject()
                 .value("data")
                 .toObject()
                 .value("email")
                 .toString(),
             m_email);
    // The JSON is marked as the letters are: the workspace's classification, who saved it, when.
    const QJsonObject marking = json.value("marking").toObject();
    QCOMPARE(marking.keys(), (QStringList{"classification", "exported_at", "exported_by"}));
    auto classification = m_ws->classification();
    MIZAN_VERIFY_OK(classification);
    QCOMPARE(marking.value("classification").toString(), *classification);
    QCOMPARE(marking.value("exported_by").toString(), QStringLiteral("pia"));
    const QDateTime at = QDateTime::fromString(marking.value("exported_at").toString(),
                                               Qt::ISODateWithMs);
    QVERIFY2(at.isValid() && at.timeSpec() == Qt::UTC,
             qPrintable(marking.value("exported_at").toString()));
    QVERIFY(qAbs(at.secsTo(QDateTime::currentDateTimeUtc())) < 3600);
    for (const char *name : {"letter-en.pdf", "letter-ar.pdf"}) {
        const QByteArray pdf = readAll(QDir(out.path()).filePath(QLatin1String(name)));
        QVERIFY2(pdf.startsWith("%PDF"), name);
        QVERIFY(pdf.size() > 2000);
    }
    QVERIFY(!tab()->saveExportTo(out.path())); // never over an earlier export
    QVERIFY(!MessageBox::takeMessages().isEmpty());
}

void TestPrivacyTab::erasureDialogNeedsAReferenceAndThePassword()
{
    ErasureDialog dialog(m_ref, m_email);
    QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());
    dialog.requestEdit()->setText(QStringLiteral("DSR-2026-007"));
    QVERIFY(!ok->isEnabled());
    dialog.passwordEdit()->setText(QStringLiteral("secret"));
    QVERIFY(ok->isEnabled());
    QCOMPARE(dialog.request(), QStringLiteral("DSR-2026-007"));
    const SecureBytes taken = dialog.takePassword();
    QCOMPARE(taken.size(), size_t(6));
    QVERIFY(dialog.passwordEdit()->text().isEmpty());
}

void TestPrivacyTab::aLegalHoldBlocksErasureUntilLifted()
{
    QVERIFY(tab()->placeHold(QStringLiteral("leadset:%1").arg(m_set), QStringLiteral("Audit 2026")));
    QCOMPARE(tab()->holdsModel()->rowCount(), 1);
    QCOMPARE(tab()->holdsModel()->index(0, 5).data().toString(), PrivacyTab::tr("in force"));
    QVERIFY(!tab()->erase(m_ref, QStringLiteral("DSR-2026-007"), pw(kPrivacyPassword)));
    const QStringList messages = MessageBox::takeMessages();
    QVERIFY(!messages.isEmpty());
    QVERIFY(messages.join('\n').contains(QStringLiteral("leadset:%1").arg(m_set))); // names it
    QVERIFY(tab()->find(m_ref));
    QCOMPARE(tab()->subjectsModel()->rowCount(), 1); // still there
    const qint64 hold = tab()->holdsModel()->index(0, 0).data(Qt::UserRole).toLongLong();
    QVERIFY(tab()->liftHold(hold, QStringLiteral("Audit closed")));
    QVERIFY(tab()->holdsModel()->index(0, 5).data().toString().contains(QStringLiteral("pia")));
}

void TestPrivacyTab::wrongPasswordRefusesAndNothingChanges()
{
    openAs("pete", kThirdPassword);
    QVERIFY(!tab()->erase(m_ref, QStringLiteral("DSR-2026-007"), pw("wrong horse battery")));
    QVERIFY(!MessageBox::takeMessages().isEmpty());
    QCOMPARE(tab()->erasuresModel()->rowCount(), 0);
    QVERIFY(tab()->find(m_ref));
    QCOMPARE(tab()->subjectsModel()->rowCount(), 1);
}

void TestPrivacyTab::erasureGoesThroughAndIsRegistered()
{
    openAs("pia", kPrivacyPassword);
    QVERIFY(tab()->erase(m_ref, QStringLiteral("DSR-2026-007"), pw(kPrivacyPassword)));
    QCOMPARE(tab()->erasuresModel()->rowCount(), 1);
    QCOMPARE(tab()->erasuresModel()->index(0, 3).data().toString(), QStringLiteral("DSR-2026-007"));
    QCOMPARE(tab()->erasuresModel()->index(0, 5).data().toString(), QStringLiteral("1"));
    QVERIFY(tab()->find(m_email));
    QCOMPARE(tab()->subjectsModel()->rowCount(), 0);
    m_window->tabs()->setCurrentWidget(tab());
    tab()->pages()->setCurrentIndex(2);
    shoot(*m_window, QStringLiteral("privacy-erasures.png"));
    tab()->pages()->setCurrentIndex(0);
}

void TestPrivacyTab::retentionPageSavesPeriodsAndRunsDry()
{
    new QAbstractItemModelTester(tab()->retentionModel(),
                                 QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 this);
    QCOMPARE(tab()->retentionDays(0)->value(), 730);
    QCOMPARE(tab()->retentionDays(5)->value(), 2190);
    QCOMPARE(tab()->retentionDays(5)->minimum(), 2190); // the audit minimum
    tab()->retentionDays(1)->setValue(30);
    QVERIFY(tab()->saveRetentionPolicy());
    auto policy = m_ws->retentionPolicy();
    MIZAN_VERIFY_OK(policy);
    QCOMPARE(policy->predictionsDays, 30);
    QVERIFY(tab()->runRetention(false));
    QCOMPARE(tab()->retentionModel()->rowCount(), 0); // everything is younger than its period
    QVERIFY(tab()->runRetention(true, pw(kPrivacyPassword)));
    const QStringList actions = auditActions(*m_ws);
    QCOMPARE(actions.count(QStringLiteral("retention.run:ok")), 2);
    QCOMPARE(actions.count(QStringLiteral("retention.policy:ok")), 1);
    signIn("pia", kPrivacyPassword); // auditActions left the auditor signed in
}

void TestPrivacyTab::lineagePageTracesALeadSet()
{
    QVERIFY(tab()->traceLineage(QStringLiteral("leadset:%1").arg(m_set)));
    QTreeWidget *tree = tab()->lineageTree();
    QCOMPARE(tree->topLevelItemCount(), 1);
    QTreeWidgetItem *root = tree->topLevelItem(0);
    QCOMPARE(root->data(0, Qt::UserRole).toString(), QStringLiteral("leadset:%1").arg(m_set));
    QStringList children;
    for (int i = 0; i < root->childCount(); ++i)
        children << root->child(i)->data(0, Qt::UserRole).toString();
    QVERIFY(children.contains(QStringLiteral("model:1"))); // trained on this set
    QVERIFY(children.contains(QStringLiteral("run:1")));
    m_window->tabs()->setCurrentWidget(tab());
    tab()->pages()->setCurrentIndex(4);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    shoot(*m_window, QStringLiteral("privacy-lineage.png"));
    tab()->pages()->setCurrentIndex(0);
}

QTEST_MAIN(TestPrivacyTab)
#include "TestPrivacyTab.moc"
