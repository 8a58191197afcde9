// RFC 6962 / RFC 9162 Merkle tree: roots against a plain recursive definition and known
// vectors, every inclusion and consistency proof of small trees verified, tampering found.

#include "audit/MerkleTree.h"

#include <QTest>

using namespace mizan;

namespace {

/** MTH(D[n]) exactly as RFC 6962 section 2.1 writes it. */
QByteArray naiveRoot(const std::vector<QByteArray> &leaves, size_t begin, size_t end)
{
    const size_t n = end - begin;
    if (n == 0)
        return MerkleTree::emptyRoot();
    if (n == 1)
        return leaves[begin];
    size_t k = 1;
    while (k * 2 < n)
        k *= 2;
    return MerkleTree::nodeHash(naiveRoot(leaves, begin, begin + k),
                                naiveRoot(leaves, begin + k, end));
}

QByteArray flipped(QByteArray bytes, qsizetype at)
{
    bytes[at] = char(bytes[at] ^ 0x01);
    return bytes;
}

} // namespace

class TestMerkleTree : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void knownVectors()
    {
        // SHA-256("") and SHA-256(0x00): the empty tree and the tree of one empty leaf.
        QCOMPARE(MerkleTree::emptyRoot().toHex(),
                 QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        MerkleTree tree;
        tree.append(QByteArrayView(""));
        QCOMPARE(tree.root().toHex(),
                 QByteArray("6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d"));
        // Certificate Transparency's reference test data (8 leaves).
        for (const char *hex : {"00",
                                "10",
                                "2021",
                                "3031",
                                "40414243",
                                "5051525354555657",
                                "606162636465666768696a6b6c6d6e6f"})
            tree.append(QByteArray::fromHex(hex));
        QCOMPARE(tree.size(), 8);
        QCOMPARE(tree.root().toHex(),
                 QByteArray("5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328"));
    }

    void rootsMatchTheDefinition()
    {
        MerkleTree tree;
        std::vector<QByteArray> leaves;
        QCOMPARE(tree.root(), MerkleTree::emptyRoot());
        for (int i = 0; i < 70; ++i) {
            const QByteArray data = "entry " + QByteArray::number(i);
            leaves.push_back(MerkleTree::leafHash(data));
            tree.append(data);
            QCOMPARE(tree.root(), naiveRoot(leaves, 0, leaves.size()));
        }
        for (size_t m = 0; m <= leaves.size(); ++m)
            QCOMPARE(tree.rootAt(qint64(m)), naiveRoot(leaves, 0, m));
    }

    void everyInclusionProofVerifies()
    {
        MerkleTree tree;
        for (int i = 0; i < 33; ++i)
            tree.append(QByteArray("leaf " + QByteArray::number(i)));
        for (qint64 n = 1; n <= tree.size(); ++n) {
            const QByteArray root = tree.rootAt(n);
            for (qint64 i = 0; i < n; ++i) {
                const QByteArray leaf = MerkleTree::leafHash(
                    QByteArray("leaf " + QByteArray::number(i)));
                const auto proof = tree.inclusionProof(i, n);
                QVERIFY2(MerkleTree::verifyInclusion(leaf, i, n, proof, root),
                         qPrintable(QStringLiteral("leaf %1 of %2").arg(i).arg(n)));
                // Another leaf, index, size or root, or an altered proof: refused.
                QVERIFY(!MerkleTree::verifyInclusion(flipped(leaf, 0), i, n, proof, root));
                QVERIFY(!MerkleTree::verifyInclusion(leaf, i, n, proof, flipped(root, 31)));
                if (n > 1) {
                    QVERIFY(!MerkleTree::verifyInclusion(leaf, (i + 1) % n, n, proof, root));
                    QVERIFY(!MerkleTree::verifyInclusion(leaf, i, n, {}, root));
                    for (qsizetype p = 0; p < proof.size(); ++p) {
                        auto bad = proof;
                        bad[p] = flipped(bad[p], 5);
                        QVERIFY(!MerkleTree::verifyInclusion(leaf, i, n, bad, root));
                    }
                }
            }
        }
    }

    void everyConsistencyProofVerifies()
    {
        MerkleTree tree;
        for (int i = 0; i < 33; ++i)
            tree.append(QByteArray("leaf " + QByteArray::number(i)));
        for (qint64 n = 1; n <= tree.size(); ++n) {
            for (qint64 m = 1; m <= n; ++m) {
                const auto proof = tree.consistencyProof(m, n);
                const QByteArray first = tree.rootAt(m);
                const QByteArray second = tree.rootAt(n);
                QVERIFY2(MerkleTree::verifyConsistency(m, n, first, second, proof),
                         qPrintable(QStringLiteral("%1 -> %2").arg(m).arg(n)));
                if (m == n)
                    continue;
                // A rewritten history (other old root) or an altered proof is found.
                QVERIFY(!MerkleTree::verifyConsistency(m, n, flipped(first, 2), second, proof));
                QVERIFY(!MerkleTree::verifyConsistency(m, n, first, flipped(second, 2), proof));
                for (qsizetype p = 0; p < proof.size(); ++p) {
                    auto bad = proof;
                    bad[p] = flipped(bad[p], 9);
                    QVERIFY(!MerkleTree::verifyConsistency(m, n, first, second, bad));
                }
                QVERIFY(!MerkleTree::verifyConsistency(m, n, first, second, {}));
            }
        }
        QVERIFY(!MerkleTree::verifyConsistency(5, 3, tree.rootAt(5), tree.rootAt(3), {}));
    }

    void proofsAreLogarithmic()
    {
        MerkleTree tree;
        for (int i = 0; i < 100000; ++i)
            tree.appendLeafHash(MerkleTree::leafHash(QByteArray::number(i)));
        QVERIFY(tree.inclusionProof(54321, tree.size()).size() <= 17);
        QVERIFY(tree.consistencyProof(77777, tree.size()).size() <= 34);
        QVERIFY(MerkleTree::verifyInclusion(MerkleTree::leafHash("54321"),
                                            54321,
                                            tree.size(),
                                            tree.inclusionProof(54321, tree.size()),
                                            tree.root()));
    }
};

QTEST_GUILESS_MAIN(TestMerkleTree)
#include "TestMerkleTree.moc"
