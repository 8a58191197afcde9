#include "model/Trainer.h"

#include "data/CsvReader.h"
#include "data/Encoder.h"
#include "model/Booster.h"
#include "model/Metrics.h"
#include "model/Scorer.h"
#include "model/TrainingSummary.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>

#include <cmath>

namespace mizan {

namespace {
/// Translation context of this file (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mizan::Trainer)
};

struct Part
{
    std::vector<float> matrix;
    std::vector<float> labels;
    std::vector<int8_t> labels8;
    DMatrix dmatrix;
};

Result<Part> buildPart(const BoundEncoder &bound,
                       const Dataset &data,
                       const std::vector<qint64> &rows,
                       const QStringList &names,
                       int nthread)
{
    Part part;
    part.matrix.resize(rows.size() * static_cast<size_t>(bound.featureCount()));
    bound.encodeRows(rows, part.matrix.data());
    part.labels.reserve(rows.size());
    part.labels8.reserve(rows.size());
    for (qint64 r : rows) {
        const int8_t label = data.labels[static_cast<size_t>(r)];
        part.labels.push_back(label == 1 ? 1.0f : 0.0f);
        part.labels8.push_back(label);
    }
    MIZAN_TRY(dm,
              DMatrix::fromDense(part.matrix.data(),
                                 static_cast<qint64>(rows.size()),
                                 bound.featureCount(),
                                 nthread));
    MIZAN_CHECK(dm.setLabels(part.labels));
    MIZAN_CHECK(dm.setFeatureNames(names));
    part.dmatrix = std::move(dm);
    return part;
}

double lastNumber(const QString &evalText)
{
    const qsizetype colon = evalText.lastIndexOf(u':');
    bool ok = false;
    const double value = colon >= 0 ? evalText.mid(colon + 1).trimmed().toDouble(&ok) : 0.0;
    return ok ? value : std::nan("");
}

std::vector<double> probabilitiesOf(const std::vector<float> &margins)
{
    std::vector<double> p(margins.size());
    for (size_t i = 0; i < margins.size(); ++i)
        p[i] = sigmoid(margins[i]);
    return p;
}

/** Training needs rows x inputs floats at once: refuse what cannot fit, naming the cause. */
Result<> checkMatrixSize(const Encoder &encoder, qint64 rows)
{
    const double bytes = double(rows) * double(encoder.featureCount()) * sizeof(float);
    if (bytes <= double(Trainer::kMaxMatrixBytes))
        return {};
    QHash<QString, int> perColumn;
    for (const EncodedFeature &f : encoder.features())
        ++perColumn[f.column];
    QString widest;
    for (auto it = perColumn.begin(); it != perColumn.end(); ++it) {
        if (widest.isEmpty() || it.value() > perColumn.value(widest))
            widest = it.key();
    }
    return fail(ErrorCode::LimitExceeded,
                Tr::tr("training would need %1 of memory for %2 rows x %3 model inputs (the "
                       "limit is %4); the column '%5' alone gives %6 inputs: is it really "
                       "categorical?")
                    .arg(formatByteSize(qint64(bytes)))
                    .arg(rows)
                    .arg(encoder.featureCount())
                    .arg(formatByteSize(Trainer::kMaxMatrixBytes), widest)
                    .arg(perColumn.value(widest)));
}

} // namespace

Result<ModelBundle> Trainer::train(const Dataset &data,
                                   const TrainConfig &config,
                                   const JobControl &job)
{
    // No exception leaves a job: running out of memory becomes an error like any other.
    try {
        return trainUnguarded(data, config, job);
    } catch (const std::bad_alloc &) {
        return fail(ErrorCode::LimitExceeded, Tr::tr("Training ran out of memory."));
    } catch (const std::exception &e) {
        return fail(ErrorCode::Internal,
                    Tr::tr("Training failed: %1").arg(QString::fromLocal8Bit(e.what())));
    }
}

Result<ModelBundle> Trainer::trainUnguarded(const Dataset &data,
                                            const TrainConfig &config,
                                            const JobControl &job)
{
    QElapsedTimer timer;
    timer.start();
    MIZAN_CHECK(config.params.validate());
    MIZAN_CHECK(config.bands.validate());
    if (!data.hasLabels())
        return fail(ErrorCode::InvalidInput,
                    Tr::tr("%1: the data has no outcomes (target column), so a model cannot be "
                           "trained on it")
                        .arg(data.source));
    for (int8_t label : data.labels) {
        if (label < 0)
            return fail(ErrorCode::InvalidInput,
                        Tr::tr("%1: some rows have no outcome; training needs every outcome")
                            .arg(data.source));
    }

    const SplitRows outer = splitRows(config.split, data.rowCount());
    std::vector<qint64> trainRows = outer.train;
    std::vector<qint64> validRows;
    const int early = config.params.earlyStoppingRounds;
    if (early > 0) {
        SplitSpec validation = config.validation;
        if (validation.kind == SplitSpec::Kind::None) {
            validation.kind = SplitSpec::Kind::Random;
            validation.fraction = 0.1;
            validation.seed = config.params.seed;
        }
        SplitRows inner = splitRows(validation, outer.train);
        trainRows = std::move(inner.train);
        validRows = std::move(inner.test);
        if (validRows.empty())
            return fail(ErrorCode::InvalidInput,
                        Tr::tr("the validation part for early stopping is empty"));
    }
    const auto classes = [&data](const std::vector<qint64> &rows) {
        qint64 positives = 0;
        for (qint64 r : rows)
            positives += data.labels[static_cast<size_t>(r)] == 1 ? 1 : 0;
        return std::make_pair(positives, static_cast<qint64>(rows.size()) - positives);
    };
    if (!validRows.empty()) {
        const auto [validPositives, validNegatives] = classes(validRows);
        if (validPositives == 0 || validNegatives == 0)
            return fail(ErrorCode::InvalidInput,
                        Tr::tr("the validation part for early stopping holds only one outcome "
                               "(%1 positive, %2 negative rows), so its AUC is undefined; use a "
                               "larger validation part or no early stopping")
                            .arg(validPositives)
                            .arg(validNegatives));
    }
    const auto [trainPositives, trainNegatives] = classes(trainRows);
    if (trainPositives == 0 || trainNegatives == 0)
        return fail(ErrorCode::InvalidInput,
                    Tr::tr(
                        "the training part holds only one outcome (%1 positive, %2 negative rows); "
                        "a model needs both")
                        .arg(trainPositives)
                        .arg(trainNegatives));

    MIZAN_TRY(encoder, Encoder::fit(data.spec, data, trainRows));
    MIZAN_CHECK(checkMatrixSize(encoder, static_cast<qint64>(trainRows.size())));
    MIZAN_TRY(bound, encoder.bind(data));
    const QStringList names = encoder.featureNames();
    const int nthread = config.params.threads();
    MIZAN_TRY(train, buildPart(bound, data, trainRows, names, nthread));
    std::optional<Part> valid;
    if (!validRows.empty()) {
        MIZAN_TRY(v, buildPart(bound, data, validRows, names, nthread));
        valid = std::move(v);
    }

    std::vector<const DMatrix *> cache{&train.dmatrix};
    if (valid)
        cache.push_back(&valid->dmatrix);
    MIZAN_TRY(booster, Booster::create(cache));
    for (const auto &[key, value] : config.params.xgboostParams())
        MIZAN_CHECK(booster.setParam(key, value));
    if (valid)
        MIZAN_CHECK(booster.setParam(QStringLiteral("eval_metric"), QStringLiteral("auc")));

    int bestIteration = -1;
    double bestScore = -1.0;
    int rounds = 0;
    const int maxRounds = config.params.rounds;
    job.report(0, maxRounds);
    for (int iteration = 0; iteration < maxRounds; ++iteration) {
        if (job.cancelled())
            return fail(ErrorCode::Cancelled, Tr::tr("Training was cancelled."));
        MIZAN_CHECK(booster.updateOneIter(iteration, train.dmatrix));
        rounds = iteration + 1;
        if (valid) {
            const DMatrix *matrices[] = {&valid->dmatrix};
            MIZAN_TRY(text, booster.evalOneIter(iteration, matrices, {QStringLiteral("valid")}));
            const double auc = lastNumber(text);
            if (std::isnan(auc))
                return fail(ErrorCode::Model,
                            Tr::tr("XGBoost gave no validation AUC for round %1 (\"%2\")")
                                .arg(iteration)
                                .arg(text));
            if (auc > bestScore) {
                bestScore = auc;
                bestIteration = iteration;
            } else if (iteration - bestIteration >= early) {
                break;
            }
        }
        job.report(rounds, maxRounds);
    }
    if (valid && bestIteration + 1 < rounds) {
        MIZAN_TRY(sliced, booster.slice(0, bestIteration + 1));
        booster = std::move(sliced);
    }
    MIZAN_CHECK(booster.setFeatureNames(names));
    MIZAN_TRY(modelJson, booster.saveJson());

    ModelBundle bundle;
    bundle.name = config.name.isEmpty() ? data.spec.name : config.name;
    bundle.origin = QStringLiteral("trained");
    bundle.created = QDateTime::currentDateTimeUtc();
    bundle.createdBy = config.createdBy;
    bundle.mizanVersion = QStringLiteral(MIZAN_VERSION);
    bundle.spec = data.spec;
    bundle.encoder = encoder;
    bundle.params = config.params;
    bundle.split = config.split;
    bundle.bands = config.bands;
    bundle.trainingDataSha256 = data.sha256;
    bundle.trainingDataName = QFileInfo(data.source).fileName();
    MIZAN_CHECK(bundle.setModel(modelJson,
                                Tr::tr("the trained model"),
                                ModelBundle::ModelForm::Canonicalize));

    // Metrics from the final model, on the training part and the held-out test part.
    QJsonObject metrics;
    MIZAN_TRY(trainMargins, booster.predict(train.dmatrix, true));
    metrics.insert(QStringLiteral("train"),
                   BinaryMetrics::compute(probabilitiesOf(trainMargins), train.labels8).toJson());
    if (!outer.test.empty()) {
        MIZAN_TRY(test, buildPart(bound, data, outer.test, names, nthread));
        MIZAN_TRY(testMargins, booster.predict(test.dmatrix, true));
        metrics.insert(QStringLiteral("test"),
                       BinaryMetrics::compute(probabilitiesOf(testMargins), test.labels8).toJson());
    }
    bundle.metrics = metrics;
    bundle.trainingSummary = summariseTraining(data, trainRows);
    bundle.training = QJsonObject{
        {QStringLiteral("rows_total"), data.rowCount()},
        {QStringLiteral("rows_train"), static_cast<qint64>(trainRows.size())},
        {QStringLiteral("rows_validation"), static_cast<qint64>(validRows.size())},
        {QStringLiteral("rows_test"), static_cast<qint64>(outer.test.size())},
        {QStringLiteral("rounds_run"), rounds},
        {QStringLiteral("best_iteration"), valid ? bestIteration : rounds - 1},
        {QStringLiteral("features"), encoder.featureCount()},
        {QStringLiteral("seconds"), double(timer.elapsed()) / 1000.0},
    };
    return bundle;
}

} // namespace mizan
