#pragma once

#include "common/Result.h"
#include "explain/FeatureSpace.h"
#include "explain/Predict.h"

#include <QJsonObject>

#include <vector>

namespace mizan {

struct LimeOptions
{
    enum class Selection { Auto, ForwardSelection, HighestWeights, None };

    int samples = 5000;
    quint64 seed = 0;
    int numFeatures = 10;
    Selection selection = Selection::Auto; ///< lime's 'auto': forward selection up to 6 features
    double kernelWidth = 0.0;              ///< 0: 0.75 * sqrt(number of features), as lime
};

/** @brief One feature's weight in LIME's local linear model. */
struct LimeWeight
{
    int feature = -1;  ///< index into FeatureSpace::features()
    QString condition; ///< what the weight is about, as lime words it: "age <= 38.00", "job=admin."
    double weight = 0.0;
};

/**
 * @brief LIME's explanation of one lead (lime_tabular, discretize_continuous with quartiles):
 * the weights of the chosen features sorted by |weight| descending, the intercept, the local
 * model's prediction for the lead, the weighted R^2 of the local model and the model's own
 * probability for the lead.
 */
struct LimeExplanation
{
    std::vector<LimeWeight> weights;
    double intercept = 0.0;
    double localPrediction = 0.0;
    double score = 0.0; ///< weighted R^2 of the ridge fit on the samples
    double modelPrediction = 0.0;
    quint64 seed = 0;
    int samples = 0;
    double kernelWidth = 0.0;

    /** @brief The explanation as JSON; the seed is a number up to 2^53, else a decimal string. */
    QJsonObject toJson(const FeatureSpace &space) const;
};

/** @brief A weighted ridge regression's coefficients, intercept and weighted R^2. */
struct RidgeFit
{
    std::vector<double> coef;
    double intercept = 0.0;
    double score = 0.0; ///< weighted R^2 on the fitted data (sklearn's r2_score)
};

/**
 * @brief sklearn's Ridge(alpha, fit_intercept=True).fit(x, y, sample_weight=w) followed by its
 * score(x, y, sample_weight=w), as LIME uses them: x and y centred by their weighted means, the
 * intercept not penalised. `x` is row-major, y.size() rows of `cols` values. With alpha 0, a
 * column that is constant or a combination of earlier ones gets coefficient 0: a least-squares
 * solution with the same fit and R^2 as the minimum-norm one sklearn falls back to. The solver
 * LIME runs (Cholesky in double), exposed for tests.
 */
Result<RidgeFit> fitWeightedRidge(const std::vector<double> &x,
                                  int cols,
                                  const std::vector<double> &y,
                                  const std::vector<double> &w,
                                  double alpha);

/**
 * @brief LIME tabular as the lime library computes it, seeded and reproducible (its own
 * generator and distributions, so the same seed gives the same explanation on every machine).
 * Needs the training statistics of the bundle (FeatureSpace::hasTrainingStats()), with the
 * quartile bins of every numeric feature.
 *
 * lime 0.2.0.1's LimeTabularExplainer (discretize_continuous, 'quartile', label 1): row 0 is the
 * lead; every other sample draws, feature by feature, a quartile bin (numeric) or a category by
 * its training frequency and a value inside the bin from the bin's truncated normal. Missing is
 * one more bin or category, as frequent as in training. The local model is a weighted ridge
 * (alpha 1) on the binary "same bin or category as the lead" matrix, weights
 * sqrt(exp(-d^2 / width^2)); features chosen as options.selection says. The model is asked in
 * batches of 512 rows. Errors (InvalidInput): no training statistics, a lead of the wrong size
 * or with a category out of range, samples outside 2..1,000,000, numFeatures < 1, a negative
 * kernel width; ErrorCode::Model when the predictor returns a non-finite probability.
 */
Result<LimeExplanation> explainLime(const FeatureSpace &space,
                                    const Lead &lead,
                                    const BatchPredictor &predict,
                                    const LimeOptions &options = {});

/**
 * @brief Phi^-1(p), the standard normal quantile (Wichura's AS241, about 1e-16 relative), with
 * which LIME draws inside a quartile bin; -inf for p <= 0, +inf for p >= 1. Public for its test.
 */
double normalQuantile(double p);

} // namespace mizan
