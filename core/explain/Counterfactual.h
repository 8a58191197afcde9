#pragma once

#include "common/Progress.h"
#include "common/Result.h"
#include "explain/FeatureSpace.h"
#include "explain/Predict.h"
#include "model/XgbModel.h"

#include <QJsonObject>

#include <vector>

namespace mizan {

struct CounterfactualOptions
{
    double threshold = 0.5; ///< the decision threshold on the probability
    int maxSuggestions = 3;
    int maxChanges = 3;              ///< at most this many features changed in one suggestion
    qint64 maxEvaluations = 100'000; ///< the search's budget of model evaluations (rows)
};

struct FeatureChange
{
    int feature = -1;  ///< index into FeatureSpace::features()
    FeatureValue from; ///< the lead's value (a missing number is NaN: the change supplies it)
    FeatureValue to;
};

/** @brief One set of changes that moves the lead across the threshold. */
struct Counterfactual
{
    std::vector<FeatureChange> changes;
    double probability = 0.0; ///< the model's probability after the changes
    double cost = 0.0;        ///< the normalised size of the changes (smaller is closer)

    /**
     * @brief {"probability", "cost", "changes": [{"feature": column, "from": display value or
     * null when missing, "to": display value}]}.
     */
    QJsonObject toJson(const FeatureSpace &space) const;
};

/**
 * @brief The smallest changes to actionable (non-immutable) features that move the lead across
 * the decision threshold, values kept within the ranges seen in training; up to maxSuggestions
 * diverse suggestions (no two change the same set of features, and a set that contains a
 * cheaper suggestion's set only when there are not enough others), cheapest first. An empty
 * list means no such change was found within maxChanges features and the budget.
 *
 * A lead at or above the threshold is moved below it, any other lead to or above it.
 * Candidate values come from the model itself: a numeric feature can only change the score
 * where a tree splits on it, so each interval between its split thresholds (clipped to the
 * training [min, max]) offers one value, the one nearest the lead's value (rounded to a short
 * decimal that stays in the interval); a categorical feature offers every other category seen
 * in training. A missing number may be given a value (it costs 1 plus its distance from the
 * training median). Numeric features without training statistics are left out: nothing bounds
 * them to the training range. The cost of a change is |delta| / IQR (or / std when the IQR is
 * 0) for a number and 1 for a category; a suggestion costs the sum of its changes.
 *
 * The search is exact for one change, a beam search for more, and every suggestion is then
 * shrunk: numeric changes moved back toward the lead's value and unneeded changes dropped as
 * long as the lead still crosses. Errors: a lead of the wrong size or with an unknown
 * category, a threshold outside (0, 1), maxSuggestions, maxChanges or maxEvaluations below 1
 * (InvalidInput); cancelled (Cancelled, polled between batches of predictions).
 */
Result<std::vector<Counterfactual>> findCounterfactuals(const FeatureSpace &space,
                                                        const XgbModel &model,
                                                        const BatchPredictor &predict,
                                                        const Lead &lead,
                                                        const CounterfactualOptions &options = {},
                                                        const JobControl &job = {});

} // namespace mizan
