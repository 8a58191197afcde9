#pragma once

#include <QByteArray>
#include <QList>

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
    static QByteArray leafHash(QByteArrayView data);
    static QByteArray nodeHash(QByteArrayView left, QByteArrayView right);
    /** @brief The root of the empty tree: SHA-256 of nothing. */
    static QByteArray emptyRoot();

    void appendLeafHash(const QByteArray &leafHash);
    void append(QByteArrayView data) { appendLeafHash(leafHash(data)); }
    qint64 size() const { return m_levels.empty() ? 0 : qint64(m_levels[0].size()); }

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
    /** The hash of leaves [begin, end) as RFC 6962's recursion defines it. */
    QByteArray hashRange(qint64 begin, qint64 end) const;
    void path(qint64 index, qint64 begin, qint64 end, QList<QByteArray> &out) const;
    void subproof(qint64 first, qint64 begin, qint64 end, bool whole, QList<QByteArray> &out) const;

    std::vector<std::vector<QByteArray>> m_levels; ///< m_levels[k][i]: leaves [i*2^k, (i+1)*2^k)
};

} // namespace mizan
