#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace mizan {

/**
 * @brief One regression tree in a compact, array-of-structures-free form: node i is internal
 * when left[i] >= 0. For a leaf, `value` holds the leaf's output; for an internal node, the
 * split threshold (go left when x < value, or when x is missing and defaultLeft).
 */
struct XgbTree
{
    std::vector<int32_t> left;
    std::vector<int32_t> right;
    std::vector<int32_t> feature;
    std::vector<float> value;
    std::vector<uint8_t> defaultLeft;
    std::vector<float> cover;      ///< sum of hessians reaching the node (TreeSHAP needs it)
    std::vector<float> baseWeight; ///< XGBoost's base_weights (kept for the canonical file)
    std::vector<float> lossChange; ///< XGBoost's loss_changes (split gains)
    int depth = 0;

    int nodeCount() const { return static_cast<int>(left.size()); }
    bool isLeaf(int node) const { return left[static_cast<size_t>(node)] < 0; }
};

/**
 * @brief A validated XGBoost binary:logistic gbtree model, parsed from its JSON form.
 *
 * Model files are untrusted. parse() checks the structure before anything else touches it:
 * objective and booster kind, feature count, array lengths, child indices that form a tree
 * (no cycles, no shared nodes), split features in range, finite numbers, sizes within limits.
 * The first problem is returned as an Error naming the tree, node and key.
 */
struct XgbModel
{
    qint64 featureCount = 0;
    float baseScore = 0.5f;
    double baseMargin = 0.0; ///< logit(baseScore): what every prediction starts from
    QStringList featureNames;
    QStringList featureTypes;
    QString version; ///< XGBoost version that wrote the file, e.g. "1.7.4"
    std::vector<XgbTree> trees;

    static constexpr qint64 kMaxBytes = qint64(256) << 20;
    static constexpr qint64 kMaxFeatures = 1'000'000;
    static constexpr int kMaxTrees = 100'000;
    static constexpr int kMaxNodesPerTree = 1 << 20;
    static constexpr int kMaxDepth = 64;

    static Result<XgbModel> parse(const QByteArray &json, const QString &source);

    /**
     * @brief The canonical XGBoost 1.7 JSON of this model, written by Mizan from the validated
     * values only: nodes renumbered breadth first, parents recomputed, every array the same
     * length, no categorical data. XGBoost is only ever given this form, never an untrusted file.
     */
    QByteArray toXgboostJson() const;

    /** @brief Native margin of one dense row (NaN = missing), summing trees in double. */
    double margin(const float *row) const;
    int nodeCount() const;
};

} // namespace mizan
