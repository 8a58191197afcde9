// mizan-bench: CSV import throughput, scoring overhead against a bare XGBoost C API loop, peak
// memory of loading and scoring a million leads, the encrypted workspace (WorkspaceBench.cpp),
// the audit log (AuditBench.cpp), explanations, fairness and backup and recovery (BackupBench.cpp).
// Run by hand, never in CI; the figures go into the performance notes. See `mizan-bench --help`.

#include "AuditBench.h"
#include "BackupBench.h"
#include "BareXgboost.h"
#include "BenchSupport.h"
#include "ExplainBench.h"
#include "FairnessBench.h"
#include "WorkspaceBench.h"

#include "common/Sha256.h"
#include "data/CsvReader.h"
#include "data/DatasetLoader.h"
#include "data/DatasetSpec.h"
#include "data/Encoder.h"
#include "model/Booster.h"
#include "model/ModelBundle.h"
#include "model/Scorer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

using namespace mizan;
using namespace mizan::bench;

namespace {

constexpr double kImportGoalMBps = 200.0;
constexpr double kOverheadGoal = 1.2;
constexpr double kMemoryGoalMB = 600.0;

struct Config
{
    QString sharedDir;
    QString specPath;
    int threads = 1;
    int runs = 3;
    bool quick = false;
    qint64 importMinBytes = qint64(100) * 1000 * 1000;
    qint64 scoreRows = 1000000;
    qint64 auditEntries = 1000000;

    QString dataPath() const
    {
        return sharedDir + QStringLiteral("/data/bank-marketing/bank-additional-full.csv");
    }
    QString modelPath() const
    {
        return sharedDir + QStringLiteral("/reference/bank_mod5/model.json");
    }
    WorkspaceBenchConfig workspace() const
    {
        return {dataPath(), specPath, quick ? 3 : 5, quick ? 1 : 3, quick ? 3 : 9};
    }
    ExplainBenchConfig explain() const
    {
        ExplainBenchConfig c;
        c.csvPath = dataPath();
        c.specPath = specPath;
        c.threads = threads;
        if (quick) {
            c.shapRows = 20000;
            c.leads = 200;
            c.limeLeads = 50;
            c.runs = 1;
        }
        return c;
    }
    FairnessBenchConfig fairness() const
    {
        FairnessBenchConfig c;
        c.csvPath = dataPath();
        c.specPath = specPath;
        c.modelPath = modelPath();
        c.threads = threads;
        if (quick) {
            c.reportRows = 200000;
            c.resamples = 200;
            c.runs = 2;
        }
        return c;
    }
    AuditBenchConfig audit() const
    {
        AuditBenchConfig c;
        c.logEntries = auditEntries;
        if (quick) {
            c.durableAppends = 500;
            c.batchAppends = 5000;
        }
        return c;
    }
    BackupBenchConfig backup() const
    {
        BackupBenchConfig c;
        c.csvPath = dataPath();
        c.specPath = specPath;
        c.modelPath = modelPath();
        c.auditEntries = auditEntries;
        if (quick)
            c.predictions = 50000;
        return c;
    }
};

/** The figures that go into the final table; NaN when a section did not run. */
struct Figures
{
    double parseMBps = std::numeric_limits<double>::quiet_NaN();
    double loadMBps = std::numeric_limits<double>::quiet_NaN();
    double mizanRowsPerSecond = std::numeric_limits<double>::quiet_NaN();
    double bareRowsPerSecond = std::numeric_limits<double>::quiet_NaN();
    double barePredictRowsPerSecond = std::numeric_limits<double>::quiet_NaN();
    double ratioWithDMatrix = std::numeric_limits<double>::quiet_NaN();
    double ratioPredictOnly = std::numeric_limits<double>::quiet_NaN();
    double loadedMB = std::numeric_limits<double>::quiet_NaN();
    double peakMB = std::numeric_limits<double>::quiet_NaN();
};

// ---- 1. CSV import --------------------------------------------------------------------------

struct Pass
{
    qint64 bytes = 0;
    qint64 rows = 0;
    double seconds = 0;
};

Result<Pass> parseOnce(const QString &path, const CsvOptions &options)
{
    qint64 fields = 0;
    QElapsedTimer timer;
    timer.start();
    MIZAN_TRY(stats, CsvReader::readFile(path, options, [&fields](const CsvRecord &record) {
                  fields += record.size();
                  return Result<>{};
              }));
    const double seconds = secondsSince(timer);
    return Pass{stats.bytes, stats.records - 1, seconds}; // one record is the header
}

Result<Pass> loadOnce(const QString &path, const DatasetSpec &spec)
{
    QElapsedTimer timer;
    timer.start();
    MIZAN_TRY(data, DatasetLoader::load(path, spec));
    const double seconds = secondsSince(timer);
    return Pass{data.sourceBytes, data.rowCount(), seconds}; // freed after the clock stopped
}

/** Reads the file in 1 MiB chunks (optionally hashing): the floor under any parser's time. */
Result<Pass> readOnce(const QString &path, bool hash)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return fail(ErrorCode::Io, QStringLiteral("%1: %2").arg(path, file.errorString()));
    std::vector<char> buffer(std::size_t(1) << 20);
    Sha256 sha;
    qint64 bytes = 0;
    QElapsedTimer timer;
    timer.start();
    for (;;) {
        const qint64 n = file.read(buffer.data(), static_cast<qint64>(buffer.size()));
        if (n <= 0)
            break;
        if (hash)
            sha.addData(buffer.data(), n);
        bytes += n;
    }
    if (hash)
        sha.result();
    return Pass{bytes, 0, secondsSince(timer)};
}

template<typename Fn>
Result<Pass> bestOf(int runs, const QString &label, Fn &&once)
{
    Pass best;
    QStringList times;
    for (int i = 0; i < runs; ++i) {
        MIZAN_TRY(pass, once());
        times.append(fixed(pass.seconds, 3));
        if (i == 0 || pass.seconds < best.seconds)
            best = pass;
    }
    say(QStringLiteral("  %1 runs (s): %2").arg(label, times.join(QStringLiteral(", "))));
    return best;
}

double perSecond(double amount, double seconds)
{
    return seconds > 0 ? amount / seconds : std::numeric_limits<double>::infinity();
}

void printPass(const QString &label, const Pass &pass)
{
    say(QStringLiteral("  %1 best: %2 MB in %3 s = %4 MB/s, %5 rows")
            .arg(label)
            .arg(fixed(megabytes(pass.bytes), 1))
            .arg(fixed(pass.seconds, 3))
            .arg(fixed(perSecond(megabytes(pass.bytes), pass.seconds), 1))
            .arg(pass.rows));
}

Result<> benchImport(const Config &config,
                     const DatasetSpec &spec,
                     const QString &path,
                     Figures &figures)
{
    say(QStringLiteral("1. CSV import (%1, best of %2; the file is in the page cache)")
            .arg(QDir::toNativeSeparators(path))
            .arg(config.runs));
    MIZAN_TRY(parse, bestOf(config.runs, QStringLiteral("(a) CsvReader::readFile parse only"), [&] {
                  return parseOnce(path, spec.csv.toOptions());
              }));
    printPass(QStringLiteral("(a) CsvReader::readFile parse only"), parse);
    MIZAN_TRY(load, bestOf(config.runs, QStringLiteral("(b) DatasetLoader::load typed"), [&] {
                  return loadOnce(path, spec);
              }));
    printPass(QStringLiteral("(b) DatasetLoader::load typed"), load);
    figures.parseMBps = perSecond(megabytes(parse.bytes), parse.seconds);
    figures.loadMBps = perSecond(megabytes(load.bytes), load.seconds);

    // Context for the two figures above: what reading alone, and reading plus the lineage
    // SHA-256 that CsvReader always computes, cost on this machine.
    MIZAN_TRY(read, bestOf(config.runs, QStringLiteral("context: read only"), [&] {
                  return readOnce(path, false);
              }));
    MIZAN_TRY(hashed, bestOf(config.runs, QStringLiteral("context: read + SHA-256"), [&] {
                  return readOnce(path, true);
              }));
    say(QStringLiteral("  context: read only %1 MB/s, read + SHA-256 %2 MB/s")
            .arg(fixed(perSecond(megabytes(read.bytes), read.seconds), 1))
            .arg(fixed(perSecond(megabytes(hashed.bytes), hashed.seconds), 1)));
    say();
    return {};
}

// ---- 2. Scoring -----------------------------------------------------------------------------

Result<> benchScoring(const Config &config,
                      const DatasetSpec &spec,
                      const QString &path,
                      Figures &figures)
{
    say(QStringLiteral("2. Scoring (%1 threads, best of %2)").arg(config.threads).arg(config.runs));
    MIZAN_TRY(bundle, ModelBundle::importXgboostFile(config.modelPath(), spec));
    MIZAN_TRY(data, DatasetLoader::load(path, spec));
    const qint64 rows = data.rowCount();
    const double rowCount = static_cast<double>(rows);
    say(QStringLiteral("  model %1: %2 inputs; data: %3 rows loaded from %4")
            .arg(QDir::toNativeSeparators(config.modelPath()))
            .arg(bundle.encoder.featureCount())
            .arg(rows)
            .arg(QDir::toNativeSeparators(path)));

    // Mizan: Scorer::score with the native engine (encode 64 rows, evaluate the trees in cache).
    ScoreOptions options;
    options.nthread = config.threads;
    MIZAN_TRY(scorer, Scorer::create(bundle, options));
    std::vector<float> mizanMargins;
    double mizanBest = 0;
    QStringList mizanTimes;
    for (int i = 0; i < config.runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        MIZAN_TRY(scores, scorer.score(data));
        const double seconds = secondsSince(timer);
        mizanTimes.append(fixed(seconds, 3));
        if (i == 0 || seconds < mizanBest)
            mizanBest = seconds;
        mizanMargins = std::move(scores.margins);
    }
    say(QStringLiteral("  Mizan Scorer::score runs (s): %1")
            .arg(mizanTimes.join(QStringLiteral(", "))));

    // The same Scorer with XGBoost's in-place prediction as its engine (the cross-check).
    ScoreOptions xgboostOptions = options;
    xgboostOptions.engine = ScoreEngine::XGBoost;
    MIZAN_TRY(xgboostScorer, Scorer::create(bundle, xgboostOptions));
    double xgboostEngineBest = 0;
    QStringList xgboostEngineTimes;
    std::vector<float> xgboostEngineMargins;
    for (int i = 0; i < config.runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        MIZAN_TRY(scores, xgboostScorer.score(data));
        const double seconds = secondsSince(timer);
        xgboostEngineTimes.append(fixed(seconds, 3));
        if (i == 0 || seconds < xgboostEngineBest)
            xgboostEngineBest = seconds;
        xgboostEngineMargins = std::move(scores.margins);
    }
    say(QStringLiteral("  Mizan Scorer::score, XGBoost engine, runs (s): %1")
            .arg(xgboostEngineTimes.join(QStringLiteral(", "))));

    // Bare: the same rows encoded once, untimed for the comparison, into one dense matrix.
    MIZAN_TRY(bound, bundle.encoder.bind(data));
    const int width = bound.featureCount();
    std::vector<float> matrix(static_cast<std::size_t>(rows) * static_cast<std::size_t>(width));
    QElapsedTimer encodeTimer;
    encodeTimer.start();
    bound.encodeRows(0, rows, matrix.data());
    const double encodeSeconds = secondsSince(encodeTimer);
    say(QStringLiteral("  pre-encoding for bare XGBoost (one thread, not in the bare time): "
                       "%1 s, %2 MB matrix")
            .arg(fixed(encodeSeconds, 3))
            .arg(fixed(megabytes(static_cast<qint64>(matrix.size() * sizeof(float))), 1)));

    MIZAN_TRY(bare, BareXgboost::load(bundle.modelJson, config.threads));
    std::vector<float> bareMargins;
    BareTimes bestTotal;
    double bestPredict = 0;
    QStringList bareTimes;
    for (int i = 0; i < config.runs; ++i) {
        MIZAN_TRY(times, bare.run(matrix, rows, width, bareMargins));
        bareTimes.append(QStringLiteral("%1 (DMatrix %2 + predict %3)")
                             .arg(fixed(times.total(), 3), fixed(times.create, 3))
                             .arg(fixed(times.predict, 3)));
        if (i == 0 || times.total() < bestTotal.total())
            bestTotal = times;
        if (i == 0 || times.predict < bestPredict)
            bestPredict = times.predict;
    }
    say(QStringLiteral("  bare XGBoost runs (s): %1").arg(bareTimes.join(QStringLiteral(", "))));
    std::vector<float> inplaceMargins;
    double bestInplace = 0;
    QStringList inplaceTimes;
    for (int i = 0; i < config.runs; ++i) {
        MIZAN_TRY(seconds, bare.runInplace(matrix, rows, width, inplaceMargins));
        inplaceTimes.append(fixed(seconds, 3));
        if (i == 0 || seconds < bestInplace)
            bestInplace = seconds;
    }
    say(QStringLiteral("  context: bare in-place predict, whole matrix, runs (s): %1")
            .arg(inplaceTimes.join(QStringLiteral(", "))));

    double maxDiff = 0;
    for (qint64 i = 0; i < rows; ++i) {
        const auto r = static_cast<std::size_t>(i);
        maxDiff = std::max(
            {maxDiff,
             static_cast<double>(std::fabs(mizanMargins[r] - bareMargins[r])),
             static_cast<double>(std::fabs(mizanMargins[r] - inplaceMargins[r])),
             static_cast<double>(std::fabs(mizanMargins[r] - xgboostEngineMargins[r]))});
    }

    figures.mizanRowsPerSecond = perSecond(rowCount, mizanBest);
    figures.bareRowsPerSecond = perSecond(rowCount, bestTotal.total());
    figures.barePredictRowsPerSecond = perSecond(rowCount, bestPredict);
    figures.ratioWithDMatrix = mizanBest / bestTotal.total();
    figures.ratioPredictOnly = mizanBest / bestPredict;
    const auto line = [&](const QString &label, double seconds) {
        say(QStringLiteral("  %1 %2 s  %3 rows/s")
                .arg(label.leftJustified(52))
                .arg(fixed(seconds, 3).rightJustified(7))
                .arg(fixed(perSecond(rowCount, seconds), 0).rightJustified(10)));
    };
    line(QStringLiteral("Mizan Scorer::score (one-hot encoding included)"), mizanBest);
    line(QStringLiteral("context: Mizan Scorer::score, XGBoost engine"), xgboostEngineBest);
    line(QStringLiteral("bare XGBoost, DMatrix creation + predict"), bestTotal.total());
    line(QStringLiteral("bare XGBoost, predict only (DMatrix prebuilt)"), bestPredict);
    line(QStringLiteral("context: bare in-place predict (no DMatrix)"), bestInplace);
    say(QStringLiteral("  overhead mizan / bare (with DMatrix creation): %1")
            .arg(fixed(figures.ratioWithDMatrix, 3)));
    say(QStringLiteral("  overhead mizan / bare (predict only):          %1")
            .arg(fixed(figures.ratioPredictOnly, 3)));
    say(QStringLiteral("  max |margin difference| Mizan vs bare (all paths): %1")
            .arg(maxDiff, 0, 'g', 3));
    say();
    return {};
}

// ---- 3. Peak memory -------------------------------------------------------------------------

/** The child: load and score in a fresh process, printing key=value lines for the parent. */
int runMemoryChild(const Config &config, const QString &csvPath)
{
    auto spec = DatasetSpec::load(config.specPath);
    if (!spec)
        return report(spec.error());
    auto bundle = ModelBundle::importXgboostFile(config.modelPath(), *spec);
    if (!bundle)
        return report(bundle.error());
    ScoreOptions options;
    options.nthread = config.threads;
    auto scorer = Scorer::create(*bundle, options);
    if (!scorer)
        return report(scorer.error());
    say(QStringLiteral("hwm_start_kb=%1").arg(procStatusKb("VmHWM")));
    auto data = DatasetLoader::load(csvPath, *spec);
    if (!data)
        return report(data.error());
    say(QStringLiteral("rows=%1").arg(data->rowCount()));
    say(QStringLiteral("hwm_loaded_kb=%1").arg(procStatusKb("VmHWM")));
    auto scores = scorer->score(*data);
    if (!scores)
        return report(scores.error());
    say(QStringLiteral("scored=%1").arg(scores->size()));
    say(QStringLiteral("hwm_scored_kb=%1").arg(procStatusKb("VmHWM")));
    say(QStringLiteral("rss_scored_kb=%1").arg(procStatusKb("VmRSS")));
    return 0;
}

Result<> benchMemory(const Config &config, const QString &path, Figures &figures)
{
    say(QStringLiteral("3. Peak memory (child process: DatasetLoader::load + Scorer::score)"));
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--memory-child"),
                 path,
                 QStringLiteral("--threads"),
                 QString::number(config.threads),
                 QStringLiteral("--shared"),
                 config.sharedDir,
                 QStringLiteral("--spec"),
                 config.specPath});
    if (!child.waitForFinished(-1) || child.exitStatus() != QProcess::NormalExit
        || child.exitCode() != 0)
        return fail(ErrorCode::Internal,
                    QStringLiteral("the memory child failed (exit code %1): %2")
                        .arg(child.exitCode())
                        .arg(child.errorString()));
    QHash<QString, qint64> values;
    const QList<QByteArray> lines = child.readAllStandardOutput().split('\n');
    for (const QByteArray &line : lines) {
        const qsizetype eq = line.indexOf('=');
        if (eq > 0)
            values.insert(QString::fromLatin1(line.left(eq)),
                          line.mid(eq + 1).trimmed().toLongLong());
    }
    const auto mb = [&](const QString &key) {
        const qint64 kb = values.value(key, -1);
        return kb < 0 ? std::numeric_limits<double>::quiet_NaN() : megabytes(kb * 1024);
    };
    const auto show = [&](const QString &label, const QString &key) {
        const qint64 kb = values.value(key, -1);
        if (kb < 0) {
            say(QStringLiteral("  %1 n/a (not reported by the child)").arg(label.leftJustified(44)));
            return;
        }
        say(QStringLiteral("  %1 %2 MB  (%3 MiB, %4 kB)")
                .arg(label.leftJustified(44))
                .arg(fixed(mb(key), 1).rightJustified(7))
                .arg(fixed(static_cast<double>(kb) / 1024.0, 1))
                .arg(kb));
    };
    say(QStringLiteral("  rows loaded %1, scored %2")
            .arg(values.value(QStringLiteral("rows")))
            .arg(values.value(QStringLiteral("scored"))));
    show(QStringLiteral("VmHWM after model import, before loading"), QStringLiteral("hwm_start_kb"));
    show(QStringLiteral("VmHWM after DatasetLoader::load"), QStringLiteral("hwm_loaded_kb"));
    show(QStringLiteral("VmHWM after Scorer::score (peak)"), QStringLiteral("hwm_scored_kb"));
    show(QStringLiteral("VmRSS after Scorer::score"), QStringLiteral("rss_scored_kb"));
    figures.loadedMB = mb(QStringLiteral("hwm_loaded_kb"));
    figures.peakMB = mb(QStringLiteral("hwm_scored_kb"));
    say();
    return {};
}

// ---- Summary --------------------------------------------------------------------------------

void printTable(const Config &config, const Figures &figures)
{
    const auto row =
        [](const QString &figure, const QString &measured, const QString &goal, bool ok) {
            say(QStringLiteral("%1 %2  %3  %4")
                    .arg(figure.leftJustified(48))
                    .arg(measured.rightJustified(12))
                    .arg(goal.leftJustified(10))
                    .arg(measured == QLatin1String("n/a") ? QStringLiteral("n/a")
                         : ok                             ? QStringLiteral("ok")
                                                          : QStringLiteral("MISSED")));
        };
    const auto number = [](double value, int decimals) {
        return std::isnan(value) ? QStringLiteral("n/a") : fixed(value, decimals);
    };
    say(QStringLiteral("Summary%1")
            .arg(config.quick ? QStringLiteral(" (--quick: smaller sizes than the goals assume)")
                              : QString()));
    say(QStringLiteral("%1 %2  %3  %4")
            .arg(QStringLiteral("figure").leftJustified(48))
            .arg(QStringLiteral("measured").rightJustified(12))
            .arg(QStringLiteral("goal").leftJustified(10))
            .arg(QStringLiteral("status")));
    row(QStringLiteral("CSV import, CsvReader parse only (MB/s)"),
        number(figures.parseMBps, 1),
        QStringLiteral(">= %1").arg(kImportGoalMBps),
        figures.parseMBps >= kImportGoalMBps);
    row(QStringLiteral("CSV import, DatasetLoader::load (MB/s)"),
        number(figures.loadMBps, 1),
        QStringLiteral(">= %1").arg(kImportGoalMBps),
        figures.loadMBps >= kImportGoalMBps);
    say(QStringLiteral("%1 %2")
            .arg(QStringLiteral("Scoring, Mizan (rows/s)").leftJustified(48))
            .arg(number(figures.mizanRowsPerSecond, 0).rightJustified(12)));
    say(QStringLiteral("%1 %2")
            .arg(QStringLiteral("Scoring, bare XGBoost with DMatrix (rows/s)").leftJustified(48))
            .arg(number(figures.bareRowsPerSecond, 0).rightJustified(12)));
    say(QStringLiteral("%1 %2")
            .arg(QStringLiteral("Scoring, bare XGBoost predict only (rows/s)").leftJustified(48))
            .arg(number(figures.barePredictRowsPerSecond, 0).rightJustified(12)));
    row(QStringLiteral("Scoring overhead mizan/bare, with DMatrix"),
        number(figures.ratioWithDMatrix, 3),
        QStringLiteral("<= %1").arg(kOverheadGoal),
        figures.ratioWithDMatrix <= kOverheadGoal);
    row(QStringLiteral("Scoring overhead mizan/bare, predict only"),
        number(figures.ratioPredictOnly, 3),
        QStringLiteral("<= %1").arg(kOverheadGoal),
        figures.ratioPredictOnly <= kOverheadGoal);
    row(QStringLiteral("Memory VmHWM after load, before scoring (MB)"),
        number(figures.loadedMB, 1),
        QStringLiteral("<= %1").arg(kMemoryGoalMB),
        figures.loadedMB <= kMemoryGoalMB);
    row(QStringLiteral("Memory VmHWM, load + score (MB)"),
        number(figures.peakMB, 1),
        QStringLiteral("<= %1").arg(kMemoryGoalMB),
        figures.peakMB <= kMemoryGoalMB);
    say(QStringLiteral("MB = 10^6 bytes. Goals assume the full sizes (>= 100 MB import, 1,000,000 "
                       "rows)."));
}

int runParent(const Config &config)
{
    say(QStringLiteral("mizan-bench %1 (XGBoost %2, Qt %3), %4 threads of %5 cores%6")
            .arg(QStringLiteral(MIZAN_VERSION), Booster::libraryVersion(), QLatin1String(qVersion()))
            .arg(config.threads)
            .arg(QThread::idealThreadCount())
            .arg(config.quick ? QStringLiteral(", --quick") : QString()));
    say(QStringLiteral("shared data: %1").arg(QDir::toNativeSeparators(config.sharedDir)));
    auto spec = DatasetSpec::load(config.specPath);
    if (!spec)
        return report(spec.error());
    auto sample = CsvSample::load(config.dataPath());
    if (!sample)
        return report(sample.error());
    QTemporaryDir dir;
    if (!dir.isValid())
        return report(
            makeError(ErrorCode::Io,
                      QStringLiteral("cannot create a temporary folder: %1").arg(dir.errorString())));
    const QString importPath = dir.filePath(QStringLiteral("import.csv"));
    const QString scorePath = dir.filePath(QStringLiteral("score.csv"));
    qint64 importRows = 0;
    auto importBytes = sample->writeCopies(importPath, config.importMinBytes, &importRows);
    if (!importBytes)
        return report(importBytes.error());
    auto scoreBytes = sample->writeRows(scorePath, config.scoreRows);
    if (!scoreBytes)
        return report(scoreBytes.error());
    say(QStringLiteral("made %1: %2 MB, %3 rows (%4 copies of %5 rows); %6: %7 MB, %8 rows")
            .arg(QStringLiteral("import.csv"), fixed(megabytes(*importBytes), 1))
            .arg(importRows)
            .arg(importRows / sample->rows())
            .arg(sample->rows())
            .arg(QStringLiteral("score.csv"), fixed(megabytes(*scoreBytes), 1))
            .arg(config.scoreRows));
    say();

    Figures figures;
    if (auto r = benchImport(config, *spec, importPath, figures); !r)
        return report(r.error());
    if (auto r = benchScoring(config, *spec, scorePath, figures); !r)
        return report(r.error());
    if (auto r = benchMemory(config, scorePath, figures); !r)
        return report(r.error());
    if (auto r = benchWorkspace(config.workspace()); !r)
        return report(r.error());
    if (auto r = benchAudit(config.audit()); !r)
        return report(r.error());
    if (auto r = benchExplain(config.explain()); !r)
        return report(r.error());
    if (auto r = benchFairness(config.fairness()); !r)
        return report(r.error());
    if (auto r = benchBackup(config.backup()); !r)
        return report(r.error());
    printTable(config, figures);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("mizan-bench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MIZAN_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Measures CSV import throughput, scoring overhead against bare XGBoost and "
                       "peak memory for a million leads, the encrypted workspace and the audit "
                       "log. Run by hand; takes a few minutes."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption quick(QStringLiteral("quick"),
                                   QStringLiteral("Smaller sizes for a smoke run (about 12 MB "
                                                  "import, 100,000 rows)."));
    const QCommandLineOption threads(QStringLiteral("threads"),
                                     QStringLiteral("Threads for Mizan and bare XGBoost alike "
                                                    "(default: %1).")
                                         .arg(QThread::idealThreadCount()),
                                     QStringLiteral("N"));
    const QCommandLineOption shared(QStringLiteral("shared"),
                                    QStringLiteral("The shared data folder (default: %1).")
                                        .arg(QDir::cleanPath(QStringLiteral(MIZAN_SHARED_DIR))),
                                    QStringLiteral("DIR"));
    const QCommandLineOption
        specOption(QStringLiteral("spec"),
                   QStringLiteral(
                       "The bank-marketing dataset spec (default: the one in tests/data)."),
                   QStringLiteral("FILE"));
    const QCommandLineOption workspace(QStringLiteral("workspace"),
                                       QStringLiteral("Only section 4: workspace unlock time and "
                                                      "encrypted insert rate."));
    const QCommandLineOption audit(QStringLiteral("audit"),
                                   QStringLiteral("Only section 5: audit log append rate, full "
                                                  "verification of a million entries against the "
                                                  "SHA-256 bound, proof rates."));
    const QCommandLineOption auditEntries(QStringLiteral("audit-entries"),
                                          QStringLiteral("Entries in the log that sections 5 "
                                                         "and 8 build (default: 1000000; "
                                                         "--quick: 100000)."),
                                          QStringLiteral("N"));
    const QCommandLineOption explain(QStringLiteral("explain"),
                                     QStringLiteral("Only section 6: TreeSHAP for 100,000 leads "
                                                    "native vs XGBoost's pred_contribs, one-lead "
                                                    "latency, LIME milliseconds."));
    const QCommandLineOption lime(QStringLiteral("lime"),
                                  QStringLiteral("Only LIME of section 6: milliseconds per "
                                                 "explanation, LIME's own share, the model's."));
    const QCommandLineOption fairness(QStringLiteral("fairness"),
                                      QStringLiteral("Only section 7: the fairness report for a "
                                                     "million predictions, 1,000 bootstrap "
                                                     "resamples of 100,000 rows."));
    const QCommandLineOption backup(QStringLiteral("backup"),
                                    QStringLiteral("Only section 8: createBackup, verifyBackup, "
                                                   "verified restore and drill of a workspace "
                                                   "with the bank leads, 100,000 predictions and "
                                                   "a million audit entries (--audit-entries)."));
    QCommandLineOption memoryChild(QStringLiteral("memory-child"),
                                   QStringLiteral("Internal: load and score FILE, print VmHWM."),
                                   QStringLiteral("FILE"));
    memoryChild.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({quick,
                       threads,
                       shared,
                       specOption,
                       workspace,
                       audit,
                       auditEntries,
                       explain,
                       lime,
                       fairness,
                       backup,
                       memoryChild});
    parser.process(app);

    Config config;
    config.quick = parser.isSet(quick);
    config.sharedDir = QDir::cleanPath(parser.isSet(shared) ? parser.value(shared)
                                                            : QStringLiteral(MIZAN_SHARED_DIR));
    config.specPath = parser.isSet(specOption)
                          ? parser.value(specOption)
                          : QStringLiteral(MIZAN_TEST_DATA "/bank-marketing.spec.json");
    config.threads = std::max(1, QThread::idealThreadCount());
    if (parser.isSet(threads)) {
        bool ok = false;
        config.threads = parser.value(threads).toInt(&ok);
        if (!ok || config.threads < 1 || config.threads > 1024)
            return report(makeError(ErrorCode::Usage,
                                    QStringLiteral("--threads expects a number from 1 to 1024")));
    }
    if (config.quick) {
        config.importMinBytes = qint64(10) * 1000 * 1000;
        config.scoreRows = 100000;
        config.auditEntries = 100000;
    }
    if (parser.isSet(auditEntries)) {
        bool ok = false;
        config.auditEntries = parser.value(auditEntries).toLongLong(&ok);
        if (!ok || config.auditEntries < 1000 || config.auditEntries > 100000000)
            return report(
                makeError(ErrorCode::Usage,
                          QStringLiteral(
                              "--audit-entries expects a number from 1000 to 100000000")));
    }
    if (parser.isSet(memoryChild))
        return runMemoryChild(config, parser.value(memoryChild));
    if (parser.isSet(workspace)) {
        const auto r = benchWorkspace(config.workspace());
        return r ? 0 : report(r.error());
    }
    if (parser.isSet(audit)) {
        const auto r = benchAudit(config.audit());
        return r ? 0 : report(r.error());
    }
    if (parser.isSet(fairness)) {
        const auto r = benchFairness(config.fairness());
        return r ? 0 : report(r.error());
    }
    if (parser.isSet(backup)) {
        const auto r = benchBackup(config.backup());
        return r ? 0 : report(r.error());
    }
    if (parser.isSet(lime)) {
        const auto r = benchLime(config.explain());
        return r ? 0 : report(r.error());
    }
    if (parser.isSet(explain)) {
        const auto r = benchExplain(config.explain());
        return r ? 0 : report(r.error());
    }
    return runParent(config);
}
