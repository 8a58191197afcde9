#include "audit/MerkleTree.h"

#include "common/Sha256.h"

#include <bit>

namespace mizan {

namespace {

/** The largest power of two strictly below n (n >= 2). */
qint64 splitOf(qint64 n)
{
    return qint64(std::bit_floor(quint64(n - 1)));
}

} // namespace

QByteArray MerkleTree::leafHash(QByteArrayView data)
{
    Sha256 h;
    const char prefix = 0x00;
    h.addData(&prefix, 1);
    h.addData(data);
    return h.result();
}

QByteArray MerkleTree::nodeHash(QByteArrayView left, QByteArrayView right)
{
    Sha256 h;
    const char prefix = 0x01;
    h.addData(&prefix, 1);
    h.addData(left);
    h.addData(right);
    return h.result();
}

MerkleTree MerkleTree::overNodes(qint64 size, NodeReader reader)
{
    MerkleTree tree;
    tree.m_size = size;
    tree.m_reader = std::move(reader);
    return tree;
}

QByteArray MerkleTree::node(int level, qint64 index) const
{
    if (m_reader)
        return m_reader(level, index);
    return m_levels[size_t(level)][size_t(index)];
}

QByteArray MerkleTree::emptyRoot()
{
    return Sha256::hash(QByteArrayView());
}

void MerkleTree::appendLeafHash(const QByteArray &hash)
{
    Q_ASSERT(!m_reader);
    if (m_levels.empty())
        m_levels.emplace_back();
    m_levels[0].push_back(hash);
    // Each completed pair makes a node one level up.
    for (size_t level = 0; m_levels[level].size() % 2 == 0; ++level) {
        const auto &nodes = m_levels[level];
        const QByteArray parent = nodeHash(nodes[nodes.size() - 2], nodes.back());
        if (m_levels.size() == level + 1)
            m_levels.emplace_back();
        m_levels[level + 1].push_back(parent);
    }
}

QByteArray MerkleTree::hashRange(qint64 begin, qint64 end) const
{
    const qint64 n = end - begin;
    if (std::has_single_bit(quint64(n)) && begin % n == 0) {
        const int level = std::countr_zero(quint64(n));
        return node(level, begin >> level);
    }
    const qint64 k = splitOf(n);
    return nodeHash(hashRange(begin, begin + k), hashRange(begin + k, end));
}

QByteArray MerkleTree::rootAt(qint64 treeSize) const
{
    if (treeSize <= 0 || treeSize > size())
        return treeSize == 0 ? emptyRoot() : QByteArray();
    return hashRange(0, treeSize);
}

void MerkleTree::path(qint64 index, qint64 begin, qint64 end, QList<QByteArray> &out) const
{
    const qint64 n = end - begin;
    if (n <= 1)
        return;
    const qint64 k = splitOf(n);
    if (index < k) {
        path(index, begin, begin + k, out);
        out.append(hashRange(begin + k, end));
    } else {
        path(index - k, begin + k, end, out);
        out.append(hashRange(begin, begin + k));
    }
}

QList<QByteArray> MerkleTree::inclusionProof(qint64 index, qint64 treeSize) const
{
    QList<QByteArray> out;
    if (index < 0 || index >= treeSize || treeSize > size())
        return out;
    path(index, 0, treeSize, out);
    return out;
}

void MerkleTree::subproof(
    qint64 first, qint64 begin, qint64 end, bool whole, QList<QByteArray> &out) const
{
    const qint64 n = end - begin;
    if (first == n) {
        if (!whole)
            out.append(hashRange(begin, end));
        return;
    }
    const qint64 k = splitOf(n);
    if (first <= k) {
        subproof(first, begin, begin + k, whole, out);
        out.append(hashRange(begin + k, end));
    } else {
        subproof(first - k, begin + k, end, false, out);
        out.append(hashRange(begin, begin + k));
    }
}

QList<QByteArray> MerkleTree::consistencyProof(qint64 first, qint64 second) const
{
    QList<QByteArray> out;
    if (first <= 0 || first >= second || second > size())
        return out;
    subproof(first, 0, second, true, out);
    return out;
}

bool MerkleTree::verifyInclusion(const QByteArray &leaf,
                                 qint64 index,
                                 qint64 treeSize,
                                 const QList<QByteArray> &proof,
                                 const QByteArray &root)
{
    if (index < 0 || index >= treeSize)
        return false;
    quint64 fn = quint64(index);
    quint64 sn = quint64(treeSize - 1);
    QByteArray r = leaf;
    for (const QByteArray &p : proof) {
        if (sn == 0)
            return false;
        if ((fn & 1) || fn == sn) {
            r = nodeHash(p, r);
            while (!(fn & 1) && fn != 0) {
                fn >>= 1;
                sn >>= 1;
            }
        } else {
            r = nodeHash(r, p);
        }
        fn >>= 1;
        sn >>= 1;
    }
    return sn == 0 && r == root;
}

bool MerkleTree::verifyConsistency(qint64 first,
                                   qint64 second,
                                   const QByteArray &firstRoot,
                                   const QByteArray &secondRoot,
                                   const QList<QByteArray> &proof)
{
    if (first <= 0 || first > second)
        return false;
    if (first == second)
        return proof.isEmpty() && firstRoot == secondRoot;
    if (proof.isEmpty())
        return false;
    QList<QByteArray> path = proof;
    if (std::has_single_bit(quint64(first)))
        path.prepend(firstRoot);
    quint64 fn = quint64(first - 1);
    quint64 sn = quint64(second - 1);
    while (fn & 1) {
        fn >>= 1;
        sn >>= 1;
    }
    QByteArray fr = path.front();
    QByteArray sr = path.front();
    for (qsizetype i = 1; i < path.size(); ++i) {
        const QByteArray &c = path[i];
        if (sn == 0)
            return false;
        if ((fn & 1) || fn == sn) {
            fr = nodeHash(c, fr);
            sr = nodeHash(c, sr);
            while (!(fn & 1) && fn != 0) {
                fn >>= 1;
                sn >>= 1;
            }
        } else {
            sr = nodeHash(sr, c);
        }
        fn >>= 1;
        sn >>= 1;
    }
    return fr == firstRoot && sr == secondRoot && sn == 0;
}

std::vector<std::pair<int, qint64>> CompactRange::subtreesOf(qint64 size)
{
    std::vector<std::pair<int, qint64>> out;
    qint64 begin = 0;
    for (int level = 62; level >= 0; --level) {
        const qint64 width = qint64(1) << level;
        if (size & width) {
            out.emplace_back(level, begin >> level);
            begin += width;
        }
    }
    return out;
}

CompactRange::CompactRange(qint64 size, std::vector<Subtree> subtrees)
    : m_size(size)
    , m_subtrees(std::move(subtrees))
{}

void CompactRange::appendLeafHash(const QByteArray &leafHash)
{
    m_subtrees.emplace_back(0, leafHash);
    ++m_size;
    while (m_subtrees.size() >= 2) {
        auto &right = m_subtrees.back();
        auto &left = m_subtrees[m_subtrees.size() - 2];
        if (left.first != right.first)
            break;
        left.second = MerkleTree::nodeHash(left.second, right.second);
        ++left.first;
        m_subtrees.pop_back();
    }
}

QByteArray CompactRange::root() const
{
    if (m_subtrees.empty())
        return MerkleTree::emptyRoot();
    QByteArray r = m_subtrees.back().second;
    for (auto it = m_subtrees.rbegin() + 1; it != m_subtrees.rend(); ++it)
        r = MerkleTree::nodeHash(it->second, r);
    return r;
}

} // namespace mizan
