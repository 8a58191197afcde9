#include "model/NativePredictor.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace mizan {

NativePredictor::NativePredictor(const XgbModel &model)
{
    // XGBoost's ProbToMargin for binary:logistic, in float as XGBoost computes it.
    m_baseMargin = -std::log(1.0f / model.baseScore - 1.0f);
    m_nodes.reserve(static_cast<size_t>(model.nodeCount()));
    m_roots.reserve(model.trees.size());
    std::vector<std::pair<int32_t, uint32_t>> queue; // (node in the tree, slot in m_nodes)
    for (const XgbTree &tree : model.trees) {
        const auto root = static_cast<uint32_t>(m_nodes.size());
        m_roots.push_back(root);
        m_depths.push_back(tree.depth);
        m_nodes.push_back({});
        queue.assign(1, {0, root});
        // Breadth first: every internal node gets two adjacent slots for its children.
        for (size_t q = 0; q < queue.size(); ++q) {
            const auto [node, slot] = queue[q];
            const auto n = static_cast<size_t>(node);
            Node &out = m_nodes[slot];
            if (tree.isLeaf(node)) {
                // A leaf stays where it is: the lockstep walk may take more steps than its depth.
                out.left = static_cast<int32_t>(slot);
                out.feature = kLeaf;
                out.threshold = std::numeric_limits<float>::infinity();
                out.value = tree.value[n];
                continue;
            }
            const auto children = static_cast<uint32_t>(m_nodes.size());
            out.left = static_cast<int32_t>(children);
            out.feature = static_cast<uint32_t>(tree.feature[n])
                          | (tree.defaultLeft[n] ? kDefaultLeft : 0u);
            out.threshold = tree.value[n];
            out.value = 0.0f;
            m_nodes.push_back({});
            m_nodes.push_back({});
            queue.emplace_back(tree.left[n], children);
            queue.emplace_back(tree.right[n], children + 1);
        }
    }
}

void NativePredictor::predictMargins(const float *rows, qint64 count, int width, float *out) const
{
    constexpr qint64 kBlock = 64;
    constexpr int kLanes = 8;
    float sums[kBlock];
    const Node *nodes = m_nodes.data();
    // Which child a row takes. NaN compares false: it goes right unless the node sends missing
    // values left. A leaf takes no step. Bitwise, never short-circuit: on real rows a branch
    // here goes the wrong way half the time, which cost more than the walk itself.
    static_assert(kDefaultLeft == 1u << 31 && kLeaf == 1u << 30);
    const auto next = [nodes](uint32_t at, const float *row) {
        const Node &node = nodes[at];
        const float x = row[node.feature & kFeatureMask];
        const uint32_t less = x < node.threshold ? 1u : 0u;
        const uint32_t missingLeft = (std::isnan(x) ? 1u : 0u) & (node.feature >> 31);
        const uint32_t leaf = (node.feature >> 30) & 1u;
        return static_cast<uint32_t>(node.left) + ((less | missingLeft | leaf) ^ 1u);
    };
    for (qint64 first = 0; first < count; first += kBlock) {
        const qint64 n = std::min(kBlock, count - first);
        std::fill(sums, sums + n, m_baseMargin);
        for (size_t t = 0; t < m_roots.size(); ++t) {
            const uint32_t root = m_roots[t];
            const int depth = m_depths[t];
            qint64 r = 0;
            if (depth <= kLockstepDepth) {
                // Eight rows walk the tree together for exactly `depth` steps: no branch on
                // where a path ends, and eight independent loads in flight.
                for (; r + kLanes <= n; r += kLanes) {
                    uint32_t at[kLanes];
                    const float *row[kLanes];
                    for (int j = 0; j < kLanes; ++j) {
                        at[j] = root;
                        row[j] = rows + (first + r + j) * width;
                    }
                    for (int step = 0; step < depth; ++step) {
                        for (int j = 0; j < kLanes; ++j)
                            at[j] = next(at[j], row[j]);
                    }
                    for (int j = 0; j < kLanes; ++j)
                        sums[r + j] += nodes[at[j]].value;
                }
            }
            for (; r < n; ++r) {
                const float *row = rows + (first + r) * width;
                uint32_t at = root;
                while (!(nodes[at].feature & kLeaf))
                    at = next(at, row);
                sums[r] += nodes[at].value;
            }
        }
        std::copy(sums, sums + n, out + first);
    }
}

} // namespace mizan
