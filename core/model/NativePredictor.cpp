#include "model/NativePredictor.h"

#include <algorithm>
#include <cmath>

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
        m_nodes.push_back({});
        queue.assign(1, {0, root});
        // Breadth first: every internal node gets two adjacent slots for its children.
        for (size_t q = 0; q < queue.size(); ++q) {
            const auto [node, slot] = queue[q];
            const auto n = static_cast<size_t>(node);
            Node &out = m_nodes[slot];
            out.value = tree.value[n];
            if (tree.isLeaf(node)) {
                out.left = -1;
                out.feature = 0;
                continue;
            }
            const auto children = static_cast<uint32_t>(m_nodes.size());
            out.left = static_cast<int32_t>(children);
            out.feature = static_cast<uint32_t>(tree.feature[n])
                          | (tree.defaultLeft[n] ? kDefaultLeft : 0u);
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
    float sums[kBlock];
    const Node *nodes = m_nodes.data();
    for (qint64 first = 0; first < count; first += kBlock) {
        const qint64 n = std::min(kBlock, count - first);
        std::fill(sums, sums + n, m_baseMargin);
        for (const uint32_t root : m_roots) {
            for (qint64 r = 0; r < n; ++r) {
                const float *row = rows + (first + r) * width;
                const Node *node = nodes + root;
                while (node->left >= 0) {
                    const float x = row[node->feature & ~kDefaultLeft];
                    // NaN compares false: it goes right unless the node sends missing values left.
                    const bool left = x < node->value
                                      || (std::isnan(x) && (node->feature & kDefaultLeft));
                    node = nodes + node->left + (left ? 0 : 1);
                }
                sums[r] += node->value;
            }
        }
        std::copy(sums, sums + n, out + first);
    }
}

} // namespace mizan
