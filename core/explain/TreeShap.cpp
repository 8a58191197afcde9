#include "explain/TreeShap.h"

#include <QCoreApplication>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <numeric>

namespace mizan {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mizan::TreeShap)
};

constexpr qint64 kBlockRows = 16;

/** Coefficients of prod_{j in mask} (t + z_j): out[k] is the coefficient of t^k. */
int productPolynomial(const double *z, int d, uint64_t mask, double *out)
{
    out[0] = 1.0;
    int degree = 0;
    for (int j = 0; j < d; ++j) {
        if (!((mask >> j) & 1u))
            continue;
        out[degree + 1] = 0.0;
        for (int k = degree + 1; k > 0; --k)
            out[k] = out[k - 1] + z[j] * out[k];
        out[0] *= z[j];
        ++degree;
    }
    return degree;
}

} // namespace

TreeShap::TreeShap(const XgbModel &model)
    : m_featureCount(static_cast<int>(model.featureCount))
{
    // Shapley weights w_d(k) = k! (d - 1 - k)! / d! = 1 / (d * C(d - 1, k)).
    m_weights.assign(static_cast<size_t>((XgbModel::kMaxDepth + 1) * (XgbModel::kMaxDepth + 2) / 2),
                     0.0);
    for (int d = 1; d <= XgbModel::kMaxDepth; ++d) {
        double binomial = 1.0; // C(d - 1, k)
        for (int k = 0; k < d; ++k) {
            m_weights[static_cast<size_t>(d * (d + 1) / 2 + k)] = 1.0 / (double(d) * binomial);
            binomial = binomial * double(d - 1 - k) / double(k + 1);
        }
    }
    // XGBoost's ProbToMargin for binary:logistic, in float as XGBoost computes it.
    m_baseMargin = static_cast<double>(-std::log(1.0f / model.baseScore - 1.0f));
    m_expectedValue = m_baseMargin;
    for (const XgbTree &tree : model.trees)
        addTree(tree);
}

void TreeShap::addTree(const XgbTree &tree)
{
    Tree t{static_cast<int32_t>(m_nodes.size()), 0, static_cast<int32_t>(m_leaves.size()), 0, true};
    // Breadth-first layout: the children of a node are adjacent, parents precede children.
    std::vector<int32_t> newIndex(static_cast<size_t>(tree.nodeCount()), -1);
    std::vector<int32_t> order{0};
    newIndex[0] = 0;
    std::vector<Node> nodes(1);
    std::vector<uint8_t> slots(static_cast<size_t>(tree.nodeCount()), 0);
    for (size_t q = 0; q < order.size(); ++q) {
        const auto n = static_cast<size_t>(order[q]);
        Node &out = nodes[static_cast<size_t>(newIndex[n])];
        out = Node{-1, 0, 0.0f, -1};
        if (tree.isLeaf(static_cast<int>(n)))
            continue;
        const auto children = static_cast<int32_t>(nodes.size());
        out.left = children;
        out.feature = static_cast<uint32_t>(tree.feature[n])
                      | (tree.defaultLeft[n] ? kDefaultLeft : 0u);
        out.threshold = tree.value[n];
        newIndex[static_cast<size_t>(tree.left[n])] = children;
        newIndex[static_cast<size_t>(tree.right[n])] = children + 1;
        nodes.resize(nodes.size() + 2);
        order.push_back(tree.left[n]);
        order.push_back(tree.right[n]);
    }

    // Depth first over the original tree: distinct-feature slots and zero fractions per path.
    struct Frame
    {
        int32_t node;
        std::vector<int32_t> features;
        std::vector<double> zeros;
    };
    std::vector<Frame> stack;
    stack.push_back(Frame{0, {}, {}});
    double treeMean = 0.0;
    while (!stack.empty()) {
        Frame frame = std::move(stack.back());
        stack.pop_back();
        const auto n = static_cast<size_t>(frame.node);
        Node &node = nodes[static_cast<size_t>(newIndex[n])];
        if (tree.isLeaf(frame.node)) {
            Leaf leaf;
            leaf.node = newIndex[n];
            leaf.depth = static_cast<int32_t>(frame.features.size());
            leaf.features = static_cast<int32_t>(m_leafFeatures.size());
            leaf.zeros = static_cast<int32_t>(m_leafZeros.size());
            leaf.value = static_cast<double>(tree.value[n]);
            leaf.table = -1;
            node.slot = t.leafCount++;
            m_leafFeatures.insert(m_leafFeatures.end(),
                                  frame.features.begin(),
                                  frame.features.end());
            m_leafZeros.insert(m_leafZeros.end(), frame.zeros.begin(), frame.zeros.end());
            const double reach
                = std::accumulate(frame.zeros.begin(), frame.zeros.end(), 1.0, std::multiplies<>());
            treeMean += leaf.value * reach;
            const int d = leaf.depth;
            if (d <= kTableDepth
                && m_tables.size() + (size_t(1) << d) * size_t(d) <= kMaxTableDoubles) {
                // For every satisfied set M, the contribution of each of the d path features:
                //   -A(M) H(M) when the feature is not in M, A(M) (1 - z_k) H(M \ {k}) when it is,
                // with A(M) = v prod_{j not in M} z_j, H(K) = sum_k w_d(k) [t^k] prod_{j in K} (t + z_j).
                const uint64_t size = uint64_t(1) << d;
                std::vector<double> a(size), h(size);
                double poly[kTableDepth + 2];
                const double *weights = m_weights.data() + d * (d + 1) / 2;
                for (uint64_t k = 0; k < size; ++k) {
                    double outside = leaf.value;
                    for (int j = 0; j < d; ++j) {
                        if (!((k >> j) & 1u))
                            outside *= frame.zeros[static_cast<size_t>(j)];
                    }
                    a[k] = outside;
                    const int degree = productPolynomial(frame.zeros.data(), d, k, poly);
                    double sum = 0.0;
                    for (int i = 0; i <= degree && i < d; ++i)
                        sum += weights[i] * poly[i];
                    h[k] = sum;
                }
                leaf.table = static_cast<int64_t>(m_tables.size());
                m_tables.resize(m_tables.size() + size * static_cast<uint64_t>(d));
                double *table = m_tables.data() + leaf.table;
                for (uint64_t m = 0; m < size; ++m) {
                    for (int k = 0; k < d; ++k) {
                        const uint64_t bit = uint64_t(1) << k;
                        table[m * static_cast<uint64_t>(d) + static_cast<uint64_t>(k)]
                            = (m & bit)
                                  ? a[m] * (1.0 - frame.zeros[static_cast<size_t>(k)]) * h[m ^ bit]
                                  : -a[m] * h[m];
                    }
                }
            }
            if (leaf.table < 0)
                t.compact = false;
            m_leaves.push_back(leaf);
            continue;
        }
        const auto feature = static_cast<int32_t>(tree.feature[n]);
        const auto found = std::find(frame.features.begin(), frame.features.end(), feature);
        const auto slot = static_cast<int32_t>(found - frame.features.begin());
        node.slot = slot;
        const bool fresh = found == frame.features.end();
        const size_t width = frame.features.size() + (fresh ? 1 : 0);
        slots[static_cast<size_t>(newIndex[n])] = static_cast<uint8_t>(std::min<size_t>(width, 0x7f)
                                                                       | (fresh ? 0x80u : 0u));
        const double cover = static_cast<double>(tree.cover[n]);
        for (const int32_t child : {tree.right[n], tree.left[n]}) {
            // A child's cover never exceeds its parent's in a model XGBoost trained; a file that
            // says otherwise would make the fractions overflow, so they are clamped to [0, 1].
            const double ratio = cover > 0.0
                                     ? std::clamp(static_cast<double>(
                                                      tree.cover[static_cast<size_t>(child)])
                                                      / cover,
                                                  0.0,
                                                  1.0)
                                     : 0.0;
            Frame next{child, frame.features, frame.zeros};
            if (slot < static_cast<int32_t>(next.features.size())) {
                next.zeros[static_cast<size_t>(slot)] *= ratio;
            } else {
                next.features.push_back(feature);
                next.zeros.push_back(ratio);
            }
            stack.push_back(std::move(next));
        }
    }
    t.nodeCount = static_cast<int32_t>(nodes.size());
    m_maxNodes = std::max(m_maxNodes, t.nodeCount);
    m_nodes.insert(m_nodes.end(), nodes.begin(), nodes.end());
    slots.resize(nodes.size());
    m_nodeSlots.insert(m_nodeSlots.end(), slots.begin(), slots.end());
    m_trees.push_back(t);
    m_expectedValue += treeMean;
}

void TreeShap::leafOnTheFly(const Leaf &leaf, uint64_t satisfied, double *phi) const
{
    const int d = leaf.depth;
    const int32_t *features = m_leafFeatures.data() + leaf.features;
    const double *zeros = m_leafZeros.data() + leaf.zeros;
    const double *weights = m_weights.data() + d * (d + 1) / 2;
    double outsideProduct = leaf.value; // v Zc(M)
    for (int j = 0; j < d; ++j) {
        if (!((satisfied >> j) & 1u))
            outsideProduct *= zeros[j];
    }
    double poly[XgbModel::kMaxDepth + 2];
    double quotient[XgbModel::kMaxDepth + 2];
    const int degree = productPolynomial(zeros, d, satisfied, poly);
    double h = 0.0;
    for (int k = 0; k <= degree && k < d; ++k)
        h += weights[k] * poly[k];
    const double outside = -outsideProduct * h;
    for (int i = 0; i < d; ++i) {
        if (!((satisfied >> i) & 1u)) {
            phi[features[i]] += outside;
            continue;
        }
        // prod_{j in M \ {i}} (t + z_j): divide out (t + z_i), from the top (z_i <= 1: stable).
        quotient[degree - 1] = poly[degree];
        for (int k = degree - 1; k > 0; --k)
            quotient[k - 1] = poly[k] - zeros[i] * quotient[k];
        double without = 0.0;
        for (int k = 0; k < degree && k < d; ++k)
            without += weights[k] * quotient[k];
        phi[features[i]] += outsideProduct * (1.0 - zeros[i]) * without;
    }
}

namespace {

/** Adds one leaf's contributions for the satisfied set `satisfied`, from its table row. */
inline void addFromTable(const double *row, int d, const int32_t *features, double *phi)
{
    for (int k = 0; k < d; ++k)
        phi[features[k]] += row[k];
}

} // namespace

void TreeShap::treeContributions(const Tree &tree,
                                 const float *row,
                                 Scratch &scratch,
                                 double *phi) const
{
    if (tree.compact) {
        compactTreeContributions(tree, row, scratch, phi);
        return;
    }
    uint64_t *fails = scratch.fails.data();
    const Node *nodes = m_nodes.data() + tree.firstNode;
    const Leaf *leaves = m_leaves.data() + tree.firstLeaf;
    fails[0] = 0;
    // Parents precede children: one pass finds, for every node, the distinct features of its
    // path whose splits the row does not follow (the complement of M at the leaves).
    for (int32_t n = 0; n < tree.nodeCount; ++n) {
        const Node &node = nodes[n];
        if (node.left < 0) {
            const Leaf &leaf = leaves[node.slot];
            const int d = leaf.depth;
            const uint64_t all = d >= 64 ? ~uint64_t(0) : (uint64_t(1) << d) - 1;
            const uint64_t satisfied = all & ~fails[n];
            if (leaf.table >= 0) {
                addFromTable(m_tables.data() + leaf.table + satisfied * static_cast<uint64_t>(d),
                             d,
                             m_leafFeatures.data() + leaf.features,
                             phi);
            } else {
                leafOnTheFly(leaf, satisfied, phi);
            }
            continue;
        }
        const float x = row[node.feature & ~kDefaultLeft];
        const bool left = x < node.threshold || (std::isnan(x) && (node.feature & kDefaultLeft));
        const uint64_t bit = uint64_t(1) << node.slot;
        fails[node.left] = fails[n] | (left ? 0 : bit);
        fails[node.left + 1] = fails[n] | (left ? bit : 0);
    }
}

void TreeShap::compactTreeContributions(const Tree &tree,
                                        const float *row,
                                        Scratch &scratch,
                                        double *phi) const
{
    const Node *nodes = m_nodes.data() + tree.firstNode;
    const uint8_t *slots = m_nodeSlots.data() + tree.firstNode;
    const Leaf *leaves = m_leaves.data() + tree.firstLeaf;
    uint64_t *fails = scratch.fails.data();
    double *sums = scratch.sums.data();
    fails[0] = 0;
    for (int32_t n = 0; n < tree.nodeCount; ++n) {
        const Node &node = nodes[n];
        if (node.left < 0)
            continue;
        const float x = row[node.feature & ~kDefaultLeft];
        const bool left = x < node.threshold || (std::isnan(x) && (node.feature & kDefaultLeft));
        const uint64_t bit = uint64_t(1) << node.slot;
        fails[node.left] = fails[n] | (left ? 0 : bit);
        fails[node.left + 1] = fails[n] | (left ? bit : 0);
    }
    // Children before parents: each node sums its children's per-slot contributions, and the
    // node where a feature first appears on the path hands that slot's sum to the feature. Fixed
    // width vectors (kSlots) instead of one scattered addition per leaf and feature.
    for (int32_t n = tree.nodeCount - 1; n >= 0; --n) {
        const Node &node = nodes[n];
        double *s = sums + static_cast<ptrdiff_t>(n) * kSlots;
        if (node.left < 0) {
            const Leaf &leaf = leaves[node.slot];
            const int d = leaf.depth;
            const uint64_t satisfied = ((uint64_t(1) << d) - 1) & ~fails[n];
            const double *values = m_tables.data() + leaf.table
                                   + satisfied * static_cast<uint64_t>(d);
            for (int k = 0; k < kSlots; ++k)
                s[k] = k < d ? values[k] : 0.0;
            continue;
        }
        const double *l = sums + static_cast<ptrdiff_t>(node.left) * kSlots;
        const double *r = l + kSlots;
        for (int k = 0; k < kSlots; ++k)
            s[k] = l[k] + r[k];
        const uint8_t info = slots[n];
        if (info & 0x80u)
            phi[node.feature & ~kDefaultLeft] += s[(info & 0x7fu) - 1];
    }
}

void TreeShap::prepare(Scratch &scratch) const
{
    scratch.fails.resize(static_cast<size_t>(std::max(m_maxNodes, 1)));
    scratch.sums.resize(static_cast<size_t>(std::max(m_maxNodes, 1)) * kSlots);
}

void TreeShap::rowContributions(const float *row, Scratch &scratch, double *phi) const
{
    std::fill(phi, phi + m_featureCount + 1, 0.0);
    for (const Tree &tree : m_trees)
        treeContributions(tree, row, scratch, phi);
    phi[m_featureCount] = m_expectedValue;
}

void TreeShap::contributionsOfRow(const float *row, double *out) const
{
    Scratch scratch;
    prepare(scratch);
    rowContributions(row, scratch, out);
}

Result<> TreeShap::contributions(const float *rows,
                                 qint64 count,
                                 int width,
                                 double *out,
                                 int nthread,
                                 const JobControl &job) const
{
    if (width < m_featureCount)
        return fail(ErrorCode::InvalidInput,
                    Tr::tr("the rows have %1 values, the model needs %2")
                        .arg(width)
                        .arg(m_featureCount));
    if (count <= 0)
        return {};
    if (nthread <= 0)
        nthread = std::max(1, QThread::idealThreadCount());
    const qint64 columns = m_featureCount + 1;
    const qint64 blocks = (count + kBlockRows - 1) / kBlockRows;
    std::atomic<qint64> done{0};
    std::atomic<bool> cancelled{false};
    const qint64 reportEvery = std::max<qint64>(1, blocks / 200);
    auto runBlock = [&](qint64 block) {
        if (cancelled.load(std::memory_order_relaxed))
            return;
        if (job.cancelled()) {
            cancelled.store(true, std::memory_order_relaxed);
            return;
        }
        thread_local Scratch scratch;
        prepare(scratch);
        const qint64 first = block * kBlockRows;
        const qint64 n = std::min(kBlockRows, count - first);
        double *phi = out + first * columns;
        std::fill(phi, phi + n * columns, 0.0);
        // Tree by tree over the block, so each tree's nodes and tables stay in cache.
        for (const Tree &tree : m_trees) {
            for (qint64 r = 0; r < n; ++r)
                treeContributions(tree, rows + (first + r) * width, scratch, phi + r * columns);
        }
        for (qint64 r = 0; r < n; ++r)
            phi[r * columns + m_featureCount] = m_expectedValue;
        const qint64 finished = done.fetch_add(1, std::memory_order_relaxed) + 1;
        if (finished % reportEvery == 0 || finished == blocks)
            job.report(std::min(count, finished * kBlockRows), count);
    };
    if (nthread == 1 || blocks == 1) {
        for (qint64 b = 0; b < blocks; ++b)
            runBlock(b);
    } else {
        std::vector<qint64> indices(static_cast<size_t>(blocks));
        std::iota(indices.begin(), indices.end(), qint64(0));
        QThreadPool pool;
        pool.setMaxThreadCount(nthread);
        QtConcurrent::blockingMap(&pool, indices, runBlock);
    }
    if (cancelled.load() || job.cancelled())
        return fail(ErrorCode::Cancelled, Tr::tr("the explanation was cancelled"));
    return {};
}

double TreeShap::margin(const float *row) const
{
    double sum = m_baseMargin;
    for (const Tree &tree : m_trees) {
        const Node *nodes = m_nodes.data() + tree.firstNode;
        const Node *node = nodes;
        while (node->left >= 0) {
            const float x = row[node->feature & ~kDefaultLeft];
            const bool left = x < node->threshold
                              || (std::isnan(x) && (node->feature & kDefaultLeft));
            node = nodes + node->left + (left ? 0 : 1);
        }
        sum += m_leaves[static_cast<size_t>(tree.firstLeaf + node->slot)].value;
    }
    return sum;
}

} // namespace mizan
