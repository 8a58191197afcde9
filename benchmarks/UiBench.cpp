// mizan-ui-bench: what a person feels of the desktop application. Run by hand, never in CI.
//
//   --startup   start-up to the sign-in window: `mizan --workspace DIR` started N times on a real
//               workspace, timed from the process start to the sign-in window's first paint
//               (MIZAN_STARTUP_PROBE makes the window say so and close). Goal: under 1 second.
//   --stall     the longest time the UI thread did not turn its event loop (a 5 ms timer that
//               records how late each tick comes) while the Scoring tab scores 100,000 leads and
//               while the Audit tab verifies a 1,000,000-entry log, each alone and both at once;
//               then while the 100,000 scores are sorted by every column and filtered.
//               Goal: no stall over 100 ms.
//
// Both use the platform Qt is given (QT_QPA_PLATFORM; offscreen when there is no display).

#include "BenchSupport.h"

#include "AuditFill.h"
#include "Bootstrap.h"
#include "MainWindow.h"
#include "TestWorkspaceUtil.h"
#include "audit/AuditTab.h"
#include "common/Dialogs.h"
#include "scoring/ScoreFilterModel.h"
#include "scoring/ScoringTab.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLineEdit>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <csignal>
#include <functional>
#include <thread>
#include <vector>

#include <execinfo.h>
#include <pthread.h>
#include <unistd.h>

using namespace mizan;
using namespace mizan::bench;

namespace {

constexpr double kStartupGoalMs = 1000.0;
constexpr double kStallGoalMs = 100.0;
constexpr int kTickMs = 5;

// ---- start-up ---------------------------------------------------------------------------------

Result<> benchStartup(int runs)
{
    QTemporaryDir dir;
    if (!dir.isValid())
        return fail(ErrorCode::Io, QStringLiteral("no temporary folder"));
    const QString ws = dir.filePath(QStringLiteral("workspace"));
    {
        // Real key-derivation cost (mizan refuses the tests' cheap one); closed again.
        auto created
            = Workspace::create(ws, QStringLiteral("amira"), test::pw(test::kAdminPassword), {});
        if (!created)
            return fail(created.error());
    }
    say(QStringLiteral("start-up: %1 --workspace <a new workspace>, %2 runs, platform %3")
            .arg(QStringLiteral(MIZAN_APP))
            .arg(runs)
            .arg(qEnvironmentVariable("QT_QPA_PLATFORM", QStringLiteral("(the default)"))));
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QProcess mizan;
        mizan.setProcessChannelMode(QProcess::MergedChannels); // the probe writes to stderr
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("MIZAN_STARTUP_PROBE"), QStringLiteral("1"));
        mizan.setProcessEnvironment(env);
        QElapsedTimer timer;
        timer.start();
        mizan.start(QStringLiteral(MIZAN_APP), {QStringLiteral("--workspace"), ws});
        QByteArray output;
        double shownMs = -1;
        while (timer.elapsed() < 30'000) {
            const bool ready = mizan.waitForReadyRead(1000);
            output += mizan.readAll();
            if (output.contains("mizan: sign-in window shown")) {
                shownMs = double(timer.nsecsElapsed()) / 1e6;
                break;
            }
            if (!ready && mizan.state() == QProcess::NotRunning)
                break;
        }
        if (!mizan.waitForFinished(30'000))
            mizan.kill();
        if (shownMs < 0)
            return fail(ErrorCode::Internal,
                        QStringLiteral("mizan never showed its sign-in window: %1")
                            .arg(QString::fromUtf8(output + mizan.readAll())));
        times.push_back(shownMs);
        say(QStringLiteral("  run %1: %2 ms").arg(i + 1).arg(fixed(shownMs, 1)));
    }
    std::vector<double> sorted = times;
    std::sort(sorted.begin(), sorted.end());
    const double median = sorted[sorted.size() / 2];
    say(QStringLiteral("start-up to the sign-in window: first %1 ms, median %2 ms, slowest %3 ms "
                       "(goal < %4 ms: %5)")
            .arg(fixed(times.front(), 1),
                 fixed(median, 1),
                 fixed(sorted.back(), 1),
                 fixed(kStartupGoalMs, 0),
                 sorted.back() < kStartupGoalMs ? QStringLiteral("met")
                                                : QStringLiteral("NOT met")));
    return {};
}

// ---- event-loop stalls ------------------------------------------------------------------------

/** With --where: the UI thread's stack, written to stderr when a watchdog finds it stalled. */
void printStack(int)
{
    static const char header[] = "\n--- the UI thread, stalled for over 100 ms:\n";
    if (::write(2, header, sizeof header - 1) < 0)
        return;
    void *frames[64];
    backtrace_symbols_fd(frames, backtrace(frames, 64), 2);
}

/**
 * Ticks every kTickMs on the UI thread and records how late each tick is. With `where`, a
 * watchdog thread interrupts the UI thread (SIGUSR2) once per stall that passes 100 ms, which
 * then prints its own stack: what it was doing instead of turning its event loop.
 */
class StallMonitor
{
public:
    explicit StallMonitor(bool where)
        : m_where(where)
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(kTickMs);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_gaps.push_back(double(now - m_last) / 1e6);
            m_last = now;
            m_lastTick = now;
        });
        if (m_where) {
            void *warm[1];
            backtrace(warm, 1); // loads libgcc before any signal needs it
            std::signal(SIGUSR2, printStack);
            m_ui = pthread_self();
            m_watchdog = std::thread([this] {
                qint64 reported = -1;
                while (!m_quit) {
                    std::this_thread::sleep_for(std::chrono::milliseconds(20));
                    const qint64 last = m_lastTick;
                    if (m_running && last != reported
                        && m_clock.nsecsElapsed() - last > qint64(kStallGoalMs * 1e6)) {
                        reported = last;
                        pthread_kill(m_ui, SIGUSR2);
                    }
                }
            });
        }
    }
    ~StallMonitor()
    {
        m_quit = true;
        if (m_watchdog.joinable())
            m_watchdog.join();
    }
    void start()
    {
        m_gaps.clear();
        m_clock.start();
        m_last = 0;
        m_lastTick = 0;
        m_running = true;
        m_timer.start();
    }
    void stop()
    {
        m_running = false;
        m_timer.stop();
    }
    double seconds() const { return double(m_clock.nsecsElapsed()) / 1e9; }
    /** The longest time between two ticks, the 99th percentile, and ticks late by over 100 ms. */
    QString summary() const
    {
        std::vector<double> sorted = m_gaps;
        std::sort(sorted.begin(), sorted.end());
        if (sorted.empty())
            return QStringLiteral("no tick");
        const double worst = sorted.back();
        const double p99 = sorted[std::min(sorted.size() - 1, sorted.size() * 99 / 100)];
        const auto over = std::count_if(sorted.begin(), sorted.end(), [](double g) {
            return g > kStallGoalMs;
        });
        return QStringLiteral("longest stall %1 ms, 99th percentile %2 ms, %3 of %4 ticks over "
                              "%5 ms (goal: none: %6)")
            .arg(fixed(worst, 1), fixed(p99, 1))
            .arg(over)
            .arg(sorted.size())
            .arg(fixed(kStallGoalMs, 0),
                 over == 0 ? QStringLiteral("met") : QStringLiteral("NOT met"));
    }

private:
    bool m_where = false;
    pthread_t m_ui{};
    std::thread m_watchdog;
    std::atomic<bool> m_quit{false};
    std::atomic<bool> m_running{false};
    std::atomic<qint64> m_lastTick{0};
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    std::vector<double> m_gaps;
};

/** Runs the event loop until every one of `pending` signals came (or 30 minutes passed). */
bool waitAll(int &pending)
{
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (pending <= 0)
            loop.quit();
    });
    poll.start(20);
    QTimer::singleShot(30 * 60 * 1000, &loop, &QEventLoop::quit);
    loop.exec();
    return pending <= 0;
}

struct StallSetup
{
    QTemporaryDir dir;
    QString demo;
    QString workspace;
    std::shared_ptr<ManualClock> clock = std::make_shared<ManualClock>();
};

Result<> prepare(StallSetup &setup, int leads, qint64 entries)
{
    if (!setup.dir.isValid())
        return fail(ErrorCode::Io, QStringLiteral("no temporary folder"));
    setup.demo = setup.dir.filePath(QStringLiteral("demo"));
    QElapsedTimer timer;
    timer.start();
    QProcess cli;
    cli.start(QStringLiteral(MIZAN_CLI),
              {QStringLiteral("demo"),
               QStringLiteral("--out"),
               setup.demo,
               QStringLiteral("--rows"),
               QString::number(leads),
               QStringLiteral("--no-workspace")});
    if (!cli.waitForFinished(30 * 60 * 1000) || cli.exitCode() != 0)
        return fail(ErrorCode::Internal,
                    QStringLiteral("mizan-cli demo failed: %1")
                        .arg(QString::fromUtf8(cli.readAllStandardError())));
    say(QStringLiteral("  demo files (%1 leads, a model trained on them): %2 s")
            .arg(leads)
            .arg(fixed(secondsSince(timer), 1)));

    timer.restart();
    setup.workspace = setup.dir.filePath(QStringLiteral("workspace"));
    {
        auto created = test::createWorkspace(setup.workspace, setup.clock);
    }
    MIZAN_TRY(raw,
              test::RawAuditDb::open(setup.workspace,
                                     QStringLiteral("amira"),
                                     test::kAdminPassword));
    MIZAN_TRY(last, raw.appendSynthetic(entries, setup.clock->nowMs() + 60'000, 37));
    setup.clock->set(last + 60'000);
    say(QStringLiteral("  workspace with %1 audit entries: %2 s")
            .arg(entries)
            .arg(fixed(secondsSince(timer), 1)));
    return {};
}

Result<> benchStall(int leads, qint64 entries, bool where)
{
    say(QStringLiteral("stalls: a %1 ms timer on the UI thread; platform %2")
            .arg(kTickMs)
            .arg(qEnvironmentVariable("QT_QPA_PLATFORM", QStringLiteral("(the default)"))));
    StallSetup setup;
    MIZAN_CHECK(prepare(setup, leads, entries));

    auto ws = Workspace::open(setup.workspace, test::testOptions(setup.clock));
    if (!ws)
        return fail(ws.error());
    MIZAN_CHECK((*ws)->login(QStringLiteral("audra"), test::pw(test::kAuditorPassword)));
    MainWindow auditWindow;
    auditWindow.setWorkspace(std::move(*ws));
    auditWindow.show();
    MainWindow scoringWindow;
    scoringWindow.show();
    QCoreApplication::processEvents();

    StallMonitor monitor(where);
    struct Phase
    {
        const char *name;
        bool score;
        bool verify;
    };
    for (const Phase &phase : {Phase{"scoring", true, false},
                               Phase{"verifying", false, true},
                               Phase{"scoring and verifying at once", true, true}}) {
        int pending = 0;
        bool ok = true;
        QList<QMetaObject::Connection> connections;
        if (phase.score) {
            ++pending;
            connections.append(QObject::connect(scoringWindow.scoringTab(),
                                                &ScoringTab::scoringFinished,
                                                [&](bool succeeded) {
                                                    ok = ok && succeeded;
                                                    --pending;
                                                }));
        }
        if (phase.verify) {
            ++pending;
            connections.append(QObject::connect(auditWindow.auditTab(),
                                                &AuditTab::verifyFinished,
                                                [&](bool succeeded) {
                                                    ok = ok && succeeded;
                                                    --pending;
                                                }));
        }
        monitor.start();
        // Started from the event loop, as a click would.
        QTimer::singleShot(0, &scoringWindow, [&] {
            if (phase.score && !scoringWindow.openDemo(setup.demo)) {
                ok = false;
                --pending;
            }
            if (phase.verify) {
                auditWindow.tabs()->setCurrentWidget(auditWindow.auditTab());
                auditWindow.auditTab()->verify();
            }
        });
        const bool finished = waitAll(pending);
        monitor.stop();
        for (const auto &c : connections)
            QObject::disconnect(c);
        if (!finished || !ok)
            return fail(ErrorCode::Internal,
                        QStringLiteral("%1 did not finish well").arg(QLatin1String(phase.name)));
        say(QStringLiteral("  %1 (%2 s): %3")
                .arg(QLatin1String(phase.name), fixed(monitor.seconds(), 1), monitor.summary()));
    }

    // What a person then does with the result: a click on every column header (both ways), typing
    // a search, choosing a band, each a moment after the other, all on the UI thread.
    ScoringTab *tab = scoringWindow.scoringTab();
    QTableView *view = tab->tableView();
    auto *search = tab->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    auto *band = tab->findChild<QComboBox *>(QStringLiteral("bandFilter"));
    if (!search || !band)
        return fail(ErrorCode::Internal, QStringLiteral("the Scoring tab's filters are not found"));
    std::vector<std::function<void()>> steps;
    for (int column = 0; column < tab->filterModel()->columnCount(); ++column) {
        steps.emplace_back([view, column] { view->sortByColumn(column, Qt::AscendingOrder); });
        steps.emplace_back([view, column] { view->sortByColumn(column, Qt::DescendingOrder); });
    }
    for (const QString &typed : {QStringLiteral("i"), QStringLiteral("in"), QStringLiteral("ind")})
        steps.emplace_back([search, typed] { search->setText(typed); });
    steps.emplace_back([search] { search->clear(); });
    steps.emplace_back([band] { band->setCurrentIndex(band->count() - 1); });
    steps.emplace_back([band] { band->setCurrentIndex(0); });
    int pending = 1;
    monitor.start();
    const auto run = std::make_shared<std::function<void(size_t)>>();
    *run = [&, run](size_t i) {
        if (i == steps.size()) {
            --pending;
            return;
        }
        steps[i]();
        QTimer::singleShot(30, view, [run, i] { (*run)(i + 1); });
    };
    QTimer::singleShot(0, view, [run] { (*run)(0); });
    const bool finished = waitAll(pending);
    monitor.stop();
    *run = nullptr; // breaks the cycle
    if (!finished || tab->filterModel()->rowCount() != leads)
        return fail(ErrorCode::Internal, QStringLiteral("sorting and filtering did not finish"));
    say(QStringLiteral("  sorting by each of %1 columns both ways, searching, choosing a band (%2 "
                       "steps, %3 s): %4")
            .arg(tab->filterModel()->columnCount())
            .arg(steps.size())
            .arg(fixed(monitor.seconds(), 1), monitor.summary()));
    return {};
}

} // namespace

int main(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM") && !qEnvironmentVariableIsSet("DISPLAY")
        && !qEnvironmentVariableIsSet("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // never the user's settings
    Bootstrap::setApplicationIdentity();
    MessageBox::setTestMode(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Start-up time and UI-thread stalls of the desktop application."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("startup"), QStringLiteral("Time start-up to the sign-in window.")},
        {QStringLiteral("stall"), QStringLiteral("Longest UI stall while scoring and verifying.")},
        {QStringLiteral("runs"), QStringLiteral("Start-up runs (default 10)."), QStringLiteral("N")},
        {QStringLiteral("where"),
         QStringLiteral(
             "With --stall: print the UI thread's stack during each stall over 100 ms.")},
        {QStringLiteral("leads"),
         QStringLiteral("Leads scored (default 100000)."),
         QStringLiteral("N")},
        {QStringLiteral("entries"),
         QStringLiteral("Audit entries verified (default 1000000)."),
         QStringLiteral("N")},
    });
    parser.process(app);
    const bool all = !parser.isSet(QStringLiteral("startup"))
                     && !parser.isSet(QStringLiteral("stall"));
    const int runs = parser.value(QStringLiteral("runs")).toInt() > 0
                         ? parser.value(QStringLiteral("runs")).toInt()
                         : 10;
    const int leads = parser.value(QStringLiteral("leads")).toInt() >= 200
                          ? parser.value(QStringLiteral("leads")).toInt()
                          : 100'000;
    const qint64 entries = parser.value(QStringLiteral("entries")).toLongLong() > 0
                               ? parser.value(QStringLiteral("entries")).toLongLong()
                               : 1'000'000;
    if (all || parser.isSet(QStringLiteral("startup")))
        if (auto r = benchStartup(runs); !r)
            return report(r.error());
    if (all || parser.isSet(QStringLiteral("stall")))
        if (auto r = benchStall(leads, entries, parser.isSet(QStringLiteral("where"))); !r)
            return report(r.error());
    return 0;
}
