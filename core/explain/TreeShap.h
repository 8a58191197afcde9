#pragma once

#include "common/Progress.h"
#include "common/Result.h"
#include "model/XgbModel.h"

#include <cstdint>
#include <vector>

namespace mizan {

/**
 * @brief Exact path-dependent TreeSHAP (what XGBoost's pred_contribs and the shap library's
 * TreeExplainer compute), native and in double precision, in O(T L D) per row instead of the
 * classic O(T L D^2).
 *
 * The algorithm (the idea of FastTreeSHAP v2, derived for the exact path-dependent case): for a
 * leaf with value v whose root path splits on the distinct features P (|P| = d), with zero
 * fractions z_j (the product of cover ratios of the path's splits on j), the row reaches the
 * leaf's side of every split on j or not (one fraction o_j in {0, 1}). With M the set of
 * features the row satisfies, Shapley's formula collapses to
 *
 *     phi_i = -v Zc(M) H(M)                   for i not in M
 *     phi_i =  v Zc(M) H(M \ {i}) (1 - z_i)   for i in M
 *
 * where Zc(M) = prod_{j in P \ M} z_j and H(K) = sum_{S subset K} w_d(|S|) prod_{j in K \ S} z_j,
 * w_d(k) = k! (d - 1 - k)! / d!. Both depend on the leaf and M only, so each leaf's d
 * contributions are tabulated for every M (2^d rows of d doubles) once per model; a row then
 * costs one pass over the tree's nodes to find M for every leaf, and d additions per leaf. Leaves deeper than kTableDepth distinct
 * features compute H on the fly from the polynomial prod_{j in M} (t + z_j) in O(d^2).
 *
 * The bias (expected value) is the base margin plus each tree's cover-weighted mean leaf, so the
 * contributions plus the bias equal the margin up to rounding. Immutable after construction;
 * contributions() may run on many threads at once.
 */
class TreeShap
{
public:
    static constexpr int kTableDepth = 6;
    /** Tables stop growing here (128 MB); the remaining leaves are computed on the fly. */
    static constexpr size_t kMaxTableDoubles = size_t(1) << 24;
    static constexpr const char *kEngineVersion = "mizan-treeshap/1";

    explicit TreeShap(const XgbModel &model);

    int featureCount() const { return m_featureCount; }
    /** @brief E[f(x)] in log-odds: the bias column, the same for every row. */
    double expectedValue() const { return m_expectedValue; }

    /**
     * @brief Contributions of `count` rows of a dense row-major matrix (`width` >= featureCount()
     * floats per row, NaN = missing) into `out`: count x (featureCount() + 1) doubles, the last
     * column being the bias. Rows are spread over `nthread` threads (0: the machine's cores) in
     * blocks that keep each tree's tables in cache; progress in rows, cancel between blocks.
     */
    Result<> contributions(const float *rows,
                           qint64 count,
                           int width,
                           double *out,
                           int nthread = 1,
                           const JobControl &job = {}) const;

    /** @brief The same for one row, on the calling thread (the interactive path). */
    void contributionsOfRow(const float *row, double *out) const;

    /** @brief The model's margin for one row, in double (the sum the contributions must meet). */
    double margin(const float *row) const;

private:
    struct Node
    {
        int32_t left; ///< index of the left child in the tree's nodes (right = left + 1); -1 leaf
        uint32_t feature; ///< split feature; top bit set when missing values go left
        float threshold;
        int32_t slot; ///< internal: the distinct-feature slot of its feature on the root path;
                      ///< leaf: index of the leaf record
    };
    struct Leaf
    {
        int32_t node;     ///< index in the tree's nodes
        int32_t depth;    ///< d: distinct features on the path
        int32_t features; ///< offset in m_leafFeatures (d feature indices)
        int32_t zeros;    ///< offset in m_leafZeros (d zero fractions)
        int64_t table;    ///< offset in m_tables (2^d rows of d), -1 when computed on the fly
        double value;
    };
    struct Tree
    {
        int32_t firstNode;
        int32_t nodeCount;
        int32_t firstLeaf;
        int32_t leafCount;
        bool compact; ///< every leaf tabulated with at most kTableDepth distinct features
    };
    /** Per-thread working memory of one row's pass over a tree. */
    struct Scratch
    {
        std::vector<uint64_t> fails;
        std::vector<double> sums; ///< kSlots per node: the path slots' partial sums
    };
    static constexpr int kSlots = 8;
    static_assert(kTableDepth < kSlots);
    static constexpr uint32_t kDefaultLeft = 0x80000000u;

    void addTree(const XgbTree &tree);
    void treeContributions(const Tree &tree, const float *row, Scratch &scratch, double *phi) const;
    void compactTreeContributions(const Tree &tree,
                                  const float *row,
                                  Scratch &scratch,
                                  double *phi) const;
    void leafOnTheFly(const Leaf &leaf, uint64_t satisfied, double *phi) const;
    void rowContributions(const float *row, Scratch &scratch, double *phi) const;
    void prepare(Scratch &scratch) const;

    int m_featureCount = 0;
    double m_baseMargin = 0.0;
    double m_expectedValue = 0.0;
    int m_maxNodes = 0;
    std::vector<Node> m_nodes;
    /** Per node: bit 7 when its feature is new on its path; bits 0-6: its children's slots. */
    std::vector<uint8_t> m_nodeSlots;
    std::vector<Leaf> m_leaves;
    std::vector<Tree> m_trees;
    std::vector<int32_t> m_leafFeatures;
    std::vector<double> m_leafZeros;
    std::vector<double> m_tables;
    std::vector<double> m_weights; ///< w_d(k) for d up to kMaxDepth, at [d * (d + 1) / 2 + k]
};

} // namespace mizan
