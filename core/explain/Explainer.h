#pragma once

#include "common/Progress.h"
#include "common/Result.h"
#include "explain/Counterfactual.h"
#include "explain/FeatureSpace.h"
#include "explain/Lime.h"
#include "explain/TreeShap.h"
#include "model/ModelBundle.h"
#include "model/NativePredictor.h"

#include <QDateTime>
#include <QJsonObject>

#include <memory>
#include <optional>
#include <vector>

namespace mizan {

/**
 * @brief What makes an explanation reproducible and checkable later: which model (name and
 * SHA-256 of its canonical form), which input (SHA-256 of the lead's canonical JSON), which
 * method and seed, which engine, and how far the contributions miss the margin.
 */
struct ExplanationReceipt
{
    QString model;
    QString modelVersion; ///< the workspace's model id, or the bundle's creation time for a file
    QByteArray modelSha256;
    QByteArray inputSha256;
    QString method; ///< "treeshap", "treeshap+lime", "treeshap+lime+counterfactuals", ...
    std::optional<quint64> seed;
    QString engine;
    double additivityResidual = 0.0; ///< |contributions + bias - the scorer's margin|
    QDateTime created;               ///< UTC

    QJsonObject toJson() const;
};

/** @brief One spec feature's share of a score: the sum of its model inputs' SHAP values. */
struct FeatureAttribution
{
    int feature = -1;
    double contribution = 0.0; ///< log-odds, exact and independent of order
    /**
     * @brief The probability view: the change in probability when this feature's contribution is
     * added to the running log-odds in the waterfall's order (largest |contribution| first).
     * These changes depend on that order; they sum to probability - baseProbability.
     */
    double probabilityDelta = 0.0;
};

/** @brief Exact TreeSHAP of one lead in log-odds, with its probability view. */
struct ShapExplanation
{
    std::vector<double> inputContributions;   ///< per model input (one-hot inputs apart)
    std::vector<FeatureAttribution> features; ///< per spec feature, by |contribution| descending
    double expectedValue = 0.0;               ///< E[f(x)] in log-odds (the bias)
    double margin = 0.0;                      ///< f(x) in log-odds
    double baseProbability = 0.0;             ///< sigmoid(E[f(x)])
    double probability = 0.0;                 ///< sigmoid(f(x))

    QJsonObject toJson(const FeatureSpace &space, const Lead &lead) const;
};

/**
 * @brief Whether SHAP and LIME tell the same story for a lead: over the features LIME chose,
 * Spearman's rank correlation of |SHAP| and |LIME weight| and the share with the same sign.
 */
struct MethodAgreement
{
    int compared = 0;
    double rankCorrelation = 0.0; ///< in [-1, 1]; 1 when fewer than two features are compared
    double signAgreement = 0.0;   ///< in [0, 1]
    /** @brief The methods agree well enough to show the explanation without a caution. */
    bool agrees() const { return rankCorrelation >= 0.5 && signAgreement >= 0.8; }
    QJsonObject toJson() const;
};

struct ExplainOptions
{
    bool lime = false;
    bool counterfactuals = false;
    LimeOptions limeOptions;
    CounterfactualOptions counterfactualOptions;
};

/** @brief Everything shown for one lead. */
struct LeadExplanation
{
    Lead lead;
    ShapExplanation shap;
    std::optional<LimeExplanation> lime;
    std::optional<MethodAgreement> agreement;
    std::vector<Counterfactual> counterfactuals;
    ExplanationReceipt receipt;

    QJsonObject toJson(const FeatureSpace &space) const;
};

/** @brief What drives the model over a lead set: importance, beeswarm and dependence data. */
struct GlobalExplanation
{
    qint64 rows = 0;
    QStringList features;             ///< the spec features' columns
    std::vector<double> meanAbs;      ///< per spec feature: mean |SHAP| (log-odds)
    std::vector<int> order;           ///< spec features by mean |SHAP| descending
    qint64 sampleRows = 0;            ///< rows kept for the beeswarm and dependence plots
    std::vector<qint64> sampleIndex;  ///< their row numbers in the lead set
    std::vector<double> sampleShap;   ///< sampleRows x features, row-major
    std::vector<double> sampleValues; ///< the same cells' values (category index; NaN missing)
    ExplanationReceipt receipt;

    QJsonObject toJson(int beeswarmRows = 0) const;
};

struct GlobalOptions
{
    int nthread = 0;
    qint64 sampleRows = 2000; ///< beeswarm/dependence points (a seeded sample)
    quint64 seed = 0;
    qint64 chunkRows = 8192;
};

/**
 * @brief All explanation methods for one model bundle: native TreeSHAP (exact), LIME,
 * what-if (explain an edited lead) and counterfactuals. Pure computation: no storage, no users,
 * no audit (the Workspace facade adds those). Immutable after create(); share it across threads.
 */
class Explainer
{
public:
    static Result<std::shared_ptr<const Explainer>> create(const ModelBundle &bundle);

    const FeatureSpace &space() const { return m_space; }
    const TreeShap &treeShap() const { return *m_shap; }
    const ModelBundle &bundle() const { return m_bundle; }
    /** @brief Probabilities for encoded rows through the native predictor (thread-safe). */
    BatchPredictor predictor() const;
    double probability(const Lead &lead) const;

    ShapExplanation shap(const Lead &lead) const;
    /**
     * @brief XGBoost's own pred_contribs for the lead (model inputs, then the bias): the
     * cross-check of the native engine, computed by the library in float.
     */
    Result<std::vector<double>> xgboostContributions(const Lead &lead) const;
    /** @brief SHAP, and LIME and counterfactuals when asked, with a receipt. */
    Result<LeadExplanation> explain(const Lead &lead,
                                    const ExplainOptions &options = {},
                                    const JobControl &job = {}) const;
    /** @brief Mean |SHAP| over every row of `data`, a sample for the plots; in the background. */
    Result<GlobalExplanation> global(const Dataset &data,
                                     const GlobalOptions &options = {},
                                     const JobControl &job = {}) const;

    static MethodAgreement agreement(const ShapExplanation &shap, const LimeExplanation &lime);

private:
    static Result<std::shared_ptr<const Explainer>> createUnguarded(const ModelBundle &bundle);

    ModelBundle m_bundle;
    FeatureSpace m_space;
    std::shared_ptr<const TreeShap> m_shap;
    std::shared_ptr<const NativePredictor> m_predictor;
};

} // namespace mizan
