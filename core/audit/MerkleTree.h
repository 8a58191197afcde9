#pragma once

#include <QByteArray>
#include <QList>

#include <functional>
#include <utility>
#include <vector>

namespace mizan {

/**
 * @brief The Merkle tree of RFC 6962 / RFC 9162 over the audit log's leaves: leaf hash
 * SHA-256(0x00 || data), interior node SHA-256(0x01 || left || right), the split at the largest
 * power of two below the size.
 *
 * Every complete (perfect, aligned) subtree's hash is kept, level by level, so an append costs
 * O(1) amortised and a root, an inclusion proof or a consistency proof for any past size costs
 * O(log n) hashes. Not thread-safe.
 */
class MerkleTree
{
public:
    /** @brief Reads the hash of the complete subtree `index` at `level` (0: leaves). */
    using NodeReader = std::function<QByteArray(int level, qint64 index)>;

    MerkleTree() = default;
    /**
     * @brief A read-only view over nodes kept elsewhere (the audit database's tables): roots and
     * proofs read O(log n) nodes through `reader`; append*() must not be called on it.
     */
    static MerkleTree overNodes(qint64 size, NodeReader reader);

    static QByteArray leafHash(QByteArrayView data);
    static QByteArray nodeHash(QByteArrayView left, QByteArrayView right);
    /** @brief The root of the empty tree: SHA-256 of nothing. */
    static QByteArray emptyRoot();

    void appendLeafHash(const QByteArray &leafHash);
    void append(QByteArrayView data) { appendLeafHash(leafHash(data)); }
    qint64 size() const
    {
        return m_reader ? m_size : m_levels.empty() ? 0 : qint64(m_levels[0].size());
    }

    /** @brief The root of the first `treeSize` leaves (0 <= treeSize <= size()). */
    QByteArray rootAt(qint64 treeSize) const;
    QByteArray root() const { return rootAt(size()); }

    /** @brief Inclusion proof of leaf `index` in the tree of `treeSize` leaves, bottom up. */
    QList<QByteArray> inclusionProof(qint64 index, qint64 treeSize) const;
    /** @brief Consistency proof between the trees of `first` and `second` leaves (RFC 6962 2.1.2). */
    QList<QByteArray> consistencyProof(qint64 first, qint64 second) const;

    /** @brief RFC 9162 2.1.3.2. */
    static bool verifyInclusion(const QByteArray &leafHash,
                                qint64 index,
                                qint64 treeSize,
                                const QList<QByteArray> &proof,
                                const QByteArray &root);
    /** @brief RFC 9162 2.1.4.2; `first` == `second` needs an empty proof and equal roots. */
    static bool verifyConsistency(qint64 first,
                                  qint64 second,
                                  const QByteArray &firstRoot,
                                  const QByteArray &secondRoot,
                                  const QList<QByteArray> &proof);

private:
    QByteArray node(int level, qint64 index) const;
    /** The hash of leaves [begin, end) as RFC 6962's recursion defines it. */
    QByteArray hashRange(qint64 begin, qint64 end) const;
    void path(qint64 index, qint64 begin, qint64 end, QList<QByteArray> &out) const;
    void subproof(qint64 first, qint64 begin, qint64 end, bool whole, QList<QByteArray> &out) const;

    std::vector<std::vector<QByteArray>> m_levels; ///< m_levels[k][i]: leaves [i*2^k, (i+1)*2^k)
    NodeReader m_reader;
    qint64 m_size = 0;
};

/**
 * @brief The right edge of a Merkle tree (a "compact range" from the start): the hashes of the
 * complete subtrees that make up the first size() leaves, largest first. Enough to append and
 * to compute the root, in O(log n) memory: the verifier streams a million entries through one.
 */
class CompactRange
{
public:
    using Subtree = std::pair<int, QByteArray>; ///< level, hash

    CompactRange() = default;
    /** @brief The subtrees RFC 6962 splits the first `size` leaves into (largest first). */
    static std::vector<std::pair<int, qint64>> subtreesOf(qint64 size);
    /** @brief Resumes from known subtree hashes (as subtreesOf(size) lists them). */
    CompactRange(qint64 size, std::vector<Subtree> subtrees);

    void appendLeafHash(const QByteArray &leafHash);
    qint64 size() const { return m_size; }
    QByteArray root() const;
    const std::vector<Subtree> &subtrees() const { return m_subtrees; }

private:
    qint64 m_size = 0;
    std::vector<Subtree> m_subtrees;
};

} // namespace mizan
