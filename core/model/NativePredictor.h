#pragma once

#include "model/XgbModel.h"

#include <cstdint>
#include <vector>

namespace mizan {

/**
 * @brief Evaluates a validated XgbModel natively, from a compact node array laid out for the
 * cache: siblings are adjacent (the right child follows the left one), each node is 12 bytes.
 *
 * The margin is accumulated in float, tree by tree, from the base margin, exactly as XGBoost's
 * CPU predictor does, so results agree with XGBoost bit for bit (the tests check it against
 * XGBoost on the reference models). Immutable after construction; predictMargins() is const
 * and may run on many threads at once.
 */
class NativePredictor
{
public:
    explicit NativePredictor(const XgbModel &model);

    /**
     * @brief Margins of `count` rows of a dense row-major matrix (`width` floats per row, NaN
     * for missing) into `out`. Rows are processed in blocks so each tree stays in cache.
     */
    void predictMargins(const float *rows, qint64 count, int width, float *out) const;

    float baseMargin() const { return m_baseMargin; }
    int treeCount() const { return static_cast<int>(m_roots.size()); }

private:
    struct Node
    {
        int32_t left;     ///< index of the left child (the right one is left + 1); a leaf: itself
        uint32_t feature; ///< split feature; kDefaultLeft when missing values go left, kLeaf
        float threshold;  ///< split threshold (+inf for a leaf)
        float value;      ///< the leaf's output
    };
    static constexpr uint32_t kDefaultLeft = 0x80000000u;
    static constexpr uint32_t kLeaf = 0x40000000u;
    static constexpr uint32_t kFeatureMask = ~(kDefaultLeft | kLeaf);
    /** Trees up to this depth are walked a fixed number of steps, eight rows in lockstep. */
    static constexpr int kLockstepDepth = 16;

    std::vector<Node> m_nodes;
    std::vector<uint32_t> m_roots;
    std::vector<int> m_depths;
    float m_baseMargin = 0.0f;
};

} // namespace mizan
