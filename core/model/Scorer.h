#pragma once

#include "common/Progress.h"
#include "common/Result.h"
#include "data/Dataset.h"
#include "model/Booster.h"
#include "model/ModelBundle.h"

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

struct ScoreOptions
{
    int nthread = 0;          ///< 0: the machine's cores
    qint64 chunkRows = 32768; ///< rows encoded and predicted at a time (bounds memory)
};

/**
 * @brief Batch scoring of a Dataset with a model bundle, in chunks: each chunk is one-hot
 * encoded in parallel, then predicted in place by XGBoost's own threads. Memory beyond the
 * results is one chunk's dense matrix.
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
    std::shared_ptr<const Booster> m_booster;
    Encoder m_encoder;
    RiskBands m_bands;
    QByteArray m_modelSha256;
    ScoreOptions m_options;
};

/** @brief The logistic function in double precision. */
double sigmoid(double margin);

} // namespace mizan
