#pragma once

#include "common/Progress.h"
#include "common/Result.h"
#include "data/Dataset.h"
#include "data/Split.h"
#include "model/ModelBundle.h"
#include "model/TrainParams.h"

namespace mizan {

struct TrainConfig
{
    TrainParams params;
    SplitSpec split; ///< train/test division; metrics are reported on the test part
    SplitSpec
        validation; ///< for early stopping: taken from the training part (default random:0.1:seed)
    RiskBands bands;
    QString name;
    QString createdBy;
};

/**
 * @brief Trains a binary:logistic XGBoost model on a labelled Dataset and returns a complete
 * ModelBundle (model, frozen encoder, metrics on train and test parts, training summary,
 * lineage). Deterministic for a given dataset, config and thread count.
 *
 * Runs in the caller's thread (use a worker); progress is reported in rounds, the cancel token
 * is polled every round. Errors: no labels, one class only, an empty part, XGBoost failures.
 */
class Trainer
{
public:
    static Result<ModelBundle> train(const Dataset &data,
                                     const TrainConfig &config,
                                     const JobControl &job = {});

    /** @brief The largest one-hot training matrix accepted (rows x inputs x 4 bytes). */
    static constexpr qint64 kMaxMatrixBytes = qint64(4) << 30;

private:
    static Result<ModelBundle> trainUnguarded(const Dataset &data,
                                              const TrainConfig &config,
                                              const JobControl &job);
};

} // namespace mizan
