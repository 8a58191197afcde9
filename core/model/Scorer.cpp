#include "model/Scorer.h"

#include <QCoreApplication>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <cmath>
#include <numeric>

namespace mizan {

double sigmoid(double margin)
{
    return 1.0 / (1.0 + std::exp(-margin));
}

Result<Scorer> Scorer::create(const ModelBundle &bundle, const ScoreOptions &options)
{
    Scorer scorer;
    scorer.m_options = options;
    if (scorer.m_options.nthread <= 0)
        scorer.m_options.nthread = std::max(1, QThread::idealThreadCount());
    scorer.m_options.chunkRows = std::max<qint64>(1, options.chunkRows);
    if (!bundle.model)
        return fail(ErrorCode::Internal,
                    QCoreApplication::translate("mizan::Scorer",
                                                "The model bundle holds no parsed model."));
    scorer.m_model = bundle.model;
    if (options.engine == ScoreEngine::XGBoost) {
        MIZAN_TRY(booster, Booster::fromJson(bundle.modelJson, scorer.m_options.nthread));
        scorer.m_booster = std::make_shared<const Booster>(std::move(booster));
    } else {
        scorer.m_native = std::make_shared<const NativePredictor>(*bundle.model);
    }
    scorer.m_encoder = bundle.encoder;
    scorer.m_bands = bundle.bands;
    scorer.m_modelSha256 = bundle.modelSha256;
    return scorer;
}

Result<Scores> Scorer::score(const Dataset &data, const JobControl &job) const
{
    try {
        return scoreUnguarded(data, job);
    } catch (const std::bad_alloc &) {
        return fail(ErrorCode::LimitExceeded,
                    QCoreApplication::translate("mizan::Scorer", "Scoring ran out of memory."));
    } catch (const std::exception &e) {
        return fail(ErrorCode::Internal,
                    QCoreApplication::translate("mizan::Scorer", "Scoring failed: %1")
                        .arg(QString::fromLocal8Bit(e.what())));
    }
}

Result<Scores> Scorer::scoreUnguarded(const Dataset &data, const JobControl &job) const
{
    MIZAN_TRY(bound, m_encoder.bind(data));
    const qint64 rows = data.rowCount();
    const int width = bound.featureCount();
    Scores scores;
    scores.margins.resize(static_cast<size_t>(rows));
    scores.probabilities.resize(static_cast<size_t>(rows));
    scores.bands.resize(static_cast<size_t>(rows));
    scores.modelSha256 = m_modelSha256;
    scores.inputSha256 = data.sha256;

    const qint64 chunk = m_options.chunkRows;
    const bool native = m_options.engine == ScoreEngine::Native;
    std::vector<float> matrix(
        native ? 0 : static_cast<size_t>(std::min(chunk, std::max<qint64>(rows, 1)) * width));
    // Encoding is split in slices, one per thread, each writing its own rows of the matrix.
    const int slices = m_options.nthread;
    std::vector<int> sliceIndex(static_cast<size_t>(slices));
    std::iota(sliceIndex.begin(), sliceIndex.end(), 0);
    // Our own pool, so that --threads bounds Mizan's threads (XGBoost has its own nthread).
    QThreadPool pool;
    pool.setMaxThreadCount(slices);
    job.report(0, rows);
    for (qint64 first = 0; first < rows; first += chunk) {
        if (job.cancelled())
            return fail(ErrorCode::Cancelled,
                        QCoreApplication::translate("mizan::Scorer", "Scoring was cancelled."));
        const qint64 count = std::min(chunk, rows - first);
        const qint64 perSlice = (count + slices - 1) / slices;
        const auto encodeSlice = [&](int s) {
            const qint64 begin = s * perSlice;
            const qint64 end = std::min(count, begin + perSlice);
            if (begin >= end)
                return;
            if (!native) {
                bound.encodeRows(first + begin, end - begin, matrix.data() + begin * width);
                return;
            }
            // Encode a block, predict it while it is in cache, go on.
            constexpr qint64 kBlock = 64;
            std::vector<float> block(static_cast<size_t>(kBlock * width));
            for (qint64 b = begin; b < end; b += kBlock) {
                const qint64 n = std::min(kBlock, end - b);
                bound.encodeRows(first + b, n, block.data());
                m_native->predictMargins(block.data(), n, width, scores.margins.data() + first + b);
            }
        };
        if (slices > 1 && count >= 1024) {
            QtConcurrent::blockingMap(&pool, sliceIndex, encodeSlice);
        } else {
            for (int s = 0; s < slices; ++s)
                encodeSlice(s);
        }
        if (!native)
            MIZAN_CHECK(m_booster->predictDense(matrix.data(),
                                                count,
                                                width,
                                                true,
                                                scores.margins.data() + first));
        for (qint64 i = first; i < first + count; ++i) {
            const double p = sigmoid(scores.margins[static_cast<size_t>(i)]);
            scores.probabilities[static_cast<size_t>(i)] = p;
            scores.bands[static_cast<size_t>(i)] = static_cast<uint8_t>(m_bands.bandOf(p));
        }
        job.report(first + count, rows);
    }
    return scores;
}

} // namespace mizan
