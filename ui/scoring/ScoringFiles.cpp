// The Scoring tab without a workspace: a lead file, its dataset spec and a model bundle chosen
// from disk, scored on a worker thread (ScoringWorkspace.cpp: the workspace's lead sets).

#include "scoring/ScoringTab.h"

#include "common/Background.h"
#include "common/Dialogs.h"
#include "data/DatasetLoader.h"
#include "scoring/ScoreFilterModel.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QSettings>

#include <QtConcurrent/QtConcurrentRun>

namespace mizan {

namespace {

/** Load, check and score, off the UI thread. Progress: 0-60 reading, 60-100 scoring. */
Result<ScoringOutcome> runScoring(const QString &leads,
                                  const QString &specPath,
                                  const QString &model,
                                  int sortColumn,
                                  Qt::SortOrder sortOrder,
                                  const JobControl &job)
{
    MIZAN_TRY(bundle, ModelBundle::load(model));
    DatasetSpec spec = bundle.spec;
    if (!specPath.isEmpty()) {
        MIZAN_TRY(given, DatasetSpec::load(specPath));
        if (given.features != bundle.spec.features) {
            Error e = makeError(ErrorCode::InvalidInput,
                                QCoreApplication::translate(
                                    "mizan::ScoringTab",
                                    "%1: its features differ from those of the model %2, so the "
                                    "model cannot score leads described by it")
                                    .arg(specPath, QFileInfo(model).fileName()));
            e.file = specPath;
            e.field = QStringLiteral("features");
            return fail(e);
        }
        spec = given;
    }
    JobControl reading = job;
    reading.progress = [&job](qint64 done, qint64 total) {
        if (total > 0)
            job.report(done * 60 / total, 100);
    };
    MIZAN_TRY(data, DatasetLoader::load(leads, spec, LoadOptions(), reading));
    MIZAN_TRY(scorer, Scorer::create(bundle));
    JobControl scoring = job;
    scoring.progress = [&job](qint64 done, qint64 total) {
        if (total > 0)
            job.report(60 + done * 40 / total, 100);
    };
    MIZAN_TRY(scores, scorer.score(data, scoring));
    ScoringOutcome outcome;
    outcome.data = std::make_shared<const Dataset>(std::move(data));
    outcome.scores = std::make_shared<const Scores>(std::move(scores));
    outcome.bundle = std::make_shared<const ModelBundle>(std::move(bundle));
    // Ordered here, off the UI thread: the table only filters this order when it resets.
    outcome.order = ScoreOrder::compute(*outcome.data, *outcome.scores, sortColumn, sortOrder);
    return outcome;
}

} // namespace

QString ScoringTab::folderSetting(const char *key) const
{
    return QSettings().value(QLatin1String("scoring/") + QLatin1String(key)).toString();
}

void ScoringTab::rememberFolder(const char *key, const QString &file)
{
    QSettings().setValue(QLatin1String("scoring/") + QLatin1String(key),
                         QFileInfo(file).absolutePath());
}

void ScoringTab::openLeads()
{
    if (m_busy)
        return;
    const QString file
        = FileDialog::openFile(this,
                               tr("Open a lead file"),
                               folderSetting("leadsFolder"),
                               tr("Lead files (*.csv *.txt *.data *.test);;All files (*)"));
    if (file.isEmpty())
        return;
    rememberFolder("leadsFolder", file);
    m_leadsPath = file;
    // A spec next to the file ("leads.csv" -> "leads.spec.json") is taken without asking.
    const QFileInfo info(file);
    const QString beside = info.absoluteDir().filePath(info.completeBaseName()
                                                       + QStringLiteral(".spec.json"));
    m_specPath = QFileInfo::exists(beside) ? beside : QString();
    updateInputLabels();
}

void ScoringTab::openSpec()
{
    if (m_busy)
        return;
    const QString file = FileDialog::openFile(this,
                                              tr("Choose the dataset spec of the lead file"),
                                              folderSetting("leadsFolder"),
                                              tr("Dataset specs (*.json);;All files (*)"));
    if (file.isEmpty())
        return;
    m_specPath = file;
    updateInputLabels();
}

void ScoringTab::openModel()
{
    if (m_busy)
        return;
    const QString file = FileDialog::openFile(this,
                                              tr("Choose a model bundle"),
                                              folderSetting("modelFolder"),
                                              tr("Model bundles (*.json);;All files (*)"));
    if (file.isEmpty())
        return;
    rememberFolder("modelFolder", file);
    m_modelPath = file;
    m_modelDescription.clear();
    updateInputLabels();
}

void ScoringTab::setInputs(const QString &leads, const QString &spec, const QString &model)
{
    m_leadsPath = leads;
    m_specPath = spec;
    m_modelPath = model;
    m_modelDescription.clear();
    updateInputLabels();
}

void ScoringTab::scoreFiles()
{
    if (m_busy || m_leadsPath.isEmpty() || m_modelPath.isEmpty())
        return;
    Q_EMIT statusMessage(tr("Scoring %1…").arg(QFileInfo(m_leadsPath).fileName()));
    // The worker gets copies and the shared cancel token; progress comes back queued.
    const JobControl job = startJob();
    m_scoring.setFuture(
        QtConcurrent::run(jobPool(),
                          [leads = m_leadsPath,
                           spec = m_specPath,
                           model = m_modelPath,
                           column = m_filter->sortColumn(),
                           order = m_filter->sortOrder(),
                           job,
                           token = m_cancel] {
                              return runScoring(leads, spec, model, column, order, job);
                          }));
}

} // namespace mizan
