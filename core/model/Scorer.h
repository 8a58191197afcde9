#pragma once

#include "common/Progress.h"
#include "common/Result.h"
#include "data/Dataset.h"
#include "model/Booster.h"
#include "model/ModelBundle.h"
#include "model/NativePredictor.h"

#include <cstdint>
#include <memory>
#include <vector>

namespace mizan {

/** @brief Scores of a lead set, row-aligned with the Dataset. */
struct Scores
{
    std::vector<float> margins;        ///< XGBoost's raw margin (log-odds), float32 as XGBoost
    std::vector<double> probabilities; ///< sigmoid(margin)
    std::vector<uint8_t> bands;        ///< index into RiskBands::labels
    QByteArray modelSha256;            ///< which model produced them
    QByteArray inputSha256;            ///< the lead file's hash

    qint64 size() const { return static_cast<qint64>(margins.size()); }
};

/** @brief Which code evaluates the trees. Both give the same margins, bit for bit. */
enum class ScoreEngine {
    Native,  ///< Mizan's NativePredictor: encodes and predicts 64 rows at a time, in cache
    XGBoost, ///< XGBoost's in-place prediction (the cross-check)
};

struct ScoreOptions
{
    int nthread = 0;          ///< 0: the machine's cores
    qint64 chunkRows = 32768; ///< rows between progress reports and cancel checks
    ScoreEngine engine = ScoreEngine::Native;
};

/**
 * @brief Batch scoring of a Dataset with a model bundle, in chunks spread over threads. With the
 * native engine each thread one-hot encodes 64 rows into a small buffer and evaluates every tree
 * on them; with the XGBoost engine a chunk is encoded in parallel and predicted in place by
 * XGBoost's own threads. Memory beyond the results is at most one chunk's dense matrix.
 *
 * A Scorer is immutable after create() and score() is const: several threads may score with it
 * at once. score() polls the cancel token between chunks and reports progress in rows.
 */
class Scorer
{
public:
    static Result<Scorer> create(const ModelBundle &bundle, const ScoreOptions &options = {});

    Result<Scores> score(const Dataset &data, const JobControl &job = {}) const;
    const RiskBands &bands() const { return m_bands; }

private:
    Result<Scores> scoreUnguarded(const Dataset &data, const JobControl &job) const;

    std::shared_ptr<const Booster> m_booster; ///< XGBoost engine only
    std::shared_ptr<const XgbModel> m_model;
    std::shared_ptr<const NativePredictor> m_native; ///< native engine only
    Encoder m_encoder;
    RiskBands m_bands;
    QByteArray m_modelSha256;
    ScoreOptions m_options;
};

/** @brief The logistic function in double precision. */
double sigmoid(double margin);

} // namespace mizan
