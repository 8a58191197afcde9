// C2SP signed notes and checkpoints (c2sp.org/signed-note, c2sp.org/tlog-checkpoint): known
// answers from the specification and the Go reference implementation, the strict form (every
// malformed note rejected, naming the line), and signatures that must not verify.

#include "audit/AuditVerifier.h"
#include "audit/Checkpoint.h"
#include "audit/MerkleTree.h"
#include "common/Crypto.h"

#include "TestPaths.h"

#include <QTest>

using namespace mizan;

namespace {

const QByteArray kDash = QByteArrayLiteral("\xE2\x80\x94 "); // "— "

// golang.org/x/mod/sumdb/note (the reference implementation of c2sp.org/signed-note): the
// verifier key "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW", its
// signer key "PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz"
// (both base64 of 0x01 || key) and the note it signs.
const QString kPeter = QStringLiteral("PeterNeumann");
const QByteArray kPeterVerifier = "ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW";
const QByteArray kPeterSigner = "AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz";
const QByteArray kPeterText = "If you think cryptography is the answer to your problem,\n"
                              "then you don't know what your problem is.\n";
const QByteArray kPeterSignature = "x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNX"
                                   "gKvqfqdngotpRZb6KE6RyyBwJnAM=";

// The example of an earlier c2sp.org/signed-note: "example.com/foo+530d903a+Aeky...".
const QString kFoo = QStringLiteral("example.com/foo");
const QByteArray kFooVerifier = "AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k";
const QByteArray kFooText = "This is an example message.\n";
const QByteArray kFooSignature
    = "Uw2QOkn8srV1yJGh2VYRlL1Tnagv1YEq6TfXppzi2ONncAlTgK7Ztg1ERYNZXsYjOB"
      "H3mFXmRKuwHjG1Yu72IneyaQM=";

// A real checkpoint of sum.golang.org (key "sum.golang.org+033de0ae+Ac4z...", the Go command's
// built-in GOSUMDB key), as kept by google/trillian-examples' tests.
const QString kSumDb = QStringLiteral("sum.golang.org");
const QByteArray kSumDbVerifier = "Ac4zctda0e5eza+HJyk9SxEdh+s3Ux18htTTAD8OuAn8";
const QByteArray kSumDbBody
    = "go.sum database tree\n13485\n/ZWur4obeiqK+ASdnPK+/Rmz6LPQMUeSmHh0+UkL"
      "54Y=\n";
const QByteArray kSumDbSignature
    = "Az3grnQReYTvpCrRxT+w50vixbqBlB/aPS8bL8f8KW4HHP+UjLSXOJgCh4f54n8h"
      "O6lrESglzyRXMXnhaWzaeY3zqw8=";

/** The 32-byte key of a C2SP verifier or signer key's base64 (0x01 || key). */
QByteArray ed25519Key(const QByteArray &base64)
{
    const QByteArray raw = QByteArray::fromBase64(base64);
    if (raw.size() != 33 || raw[0] != '\x01')
        qFatal("not an Ed25519 C2SP key: %s", base64.constData());
    return raw.mid(1);
}

QByteArray note(const QByteArray &text, const QString &name, const QByteArray &signature)
{
    return text + '\n' + kDash + name.toUtf8() + ' ' + signature + '\n';
}

QByteArray peterNote()
{
    return note(kPeterText, kPeter, kPeterSignature);
}

/** A checkpoint signed by a fresh key, and that key. */
struct Signed
{
    crypto::SigningKey key = crypto::generateSigningKey();
    Checkpoint checkpoint;
};

Signed signedCheckpoint(qint64 size = 1234)
{
    Signed s;
    s.checkpoint.origin = QStringLiteral("mizan/test-log");
    s.checkpoint.size = size;
    s.checkpoint.root = MerkleTree::leafHash("root");
    s.checkpoint.extensions = {QStringLiteral("time 1767225600000"),
                               QStringLiteral("reason periodic")};
    if (!s.checkpoint.sign(s.checkpoint.origin, s.key.publicKey, s.key.privateSeed))
        qFatal("cannot sign");
    return s;
}

} // namespace

class TestCheckpoint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void goReferenceVector();
    void specExampleVerifies();
    void textMayHoldEmptyLines();
    void realCheckpointOfAnotherLog();
    void roundTrip();
    void cosignedRoundTrip();
    void otherKeyOrChangedBodyFails();
    void malformedNotesNameTheLine_data();
    void malformedNotesNameTheLine();
    void malformedCheckpointsNameTheLine_data();
    void malformedCheckpointsNameTheLine();
    void sizeLimit();
    void signRefusesBadKeyNames();
    void byteOrderMarkIsNotDropped();
    void keyringChecksEverySignature();
};

void TestCheckpoint::goReferenceVector()
{
    const QByteArray publicKey = ed25519Key(kPeterVerifier);
    const SecureBytes seed = SecureBytes::fromView(ed25519Key(kPeterSigner));
    QCOMPARE(crypto::publicKeyOf(seed), publicKey);
    // The key id of "PeterNeumann+c74f20a3+...".
    QCOMPARE(SignedNote::keyId(kPeter, publicKey).toHex(), QByteArray("c74f20a3"));
    QCOMPARE(Checkpoint::keyId(kPeter, publicKey).toHex(), QByteArray("c74f20a3"));

    // Ed25519 is deterministic: signing the text reproduces the published note byte for byte.
    SignedNote signedHere{kPeterText, {}};
    MIZAN_VERIFY_OK(signedHere.sign(kPeter, publicKey, seed));
    QCOMPARE(signedHere.toNote(), peterNote());

    const auto parsed = SignedNote::parse(peterNote());
    MIZAN_VERIFY_OK(parsed);
    QCOMPARE(parsed->body, kPeterText);
    QCOMPARE(parsed->signatures.size(), 1);
    const SignedNote::Signature &s = parsed->signatures.front();
    QCOMPARE(s.keyName, kPeter);
    QCOMPARE(s.keyId.toHex(), QByteArray("c74f20a3"));
    QCOMPARE(s.keyId + s.signature, QByteArray::fromBase64(kPeterSignature));
    QVERIFY(parsed->isSignedBy(kPeter, publicKey));
    QCOMPARE(parsed->rawSignature(kPeter), QByteArray::fromBase64(kPeterSignature).mid(4));
    QVERIFY(parsed->rawSignature(kFoo).isEmpty());
    QCOMPARE(parsed->toNote(), peterNote());
}

void TestCheckpoint::specExampleVerifies()
{
    const QByteArray publicKey = ed25519Key(kFooVerifier);
    QCOMPARE(SignedNote::keyId(kFoo, publicKey).toHex(), QByteArray("530d903a"));
    const auto parsed = SignedNote::parse(note(kFooText, kFoo, kFooSignature));
    MIZAN_VERIFY_OK(parsed);
    QCOMPARE(parsed->body, kFooText);
    QVERIFY(parsed->isSignedBy(kFoo, publicKey));
    // Both example notes at once: each key verifies its own signature only.
    SignedNote both = *parsed;
    both.signatures += SignedNote::parse(peterNote())->signatures;
    QVERIFY(both.isSignedBy(kFoo, publicKey));
    QVERIFY(!both.isSignedBy(kPeter, ed25519Key(kPeterVerifier))); // signs another text
}

void TestCheckpoint::textMayHoldEmptyLines()
{
    // c2sp.org/signed-note's own example: "the text is separated from the signatures by the
    // last empty line in the note".
    const QByteArray text = QStringLiteral("Ognuno sta solo sul cuor della terra\n"
                                           "trafitto da un raggio di sole:\n"
                                           "\n"
                                           "ed è subito sera.\n")
                                .toUtf8();
    const QByteArray signature
        = "NnugSzTjtVAewIS+Z/iJhUPeFDkO/5QQ2i5ddnGITLlC+EhfLW9oJKONrMouFSQU0xMc"
          "Xxj99ihAQwaqP3ZekRwNtIc=";
    const QString name = QStringLiteral("quasimodo.example/salvatore");
    const auto parsed = SignedNote::parse(note(text, name, signature));
    MIZAN_VERIFY_OK(parsed);
    QCOMPARE(parsed->body, text);
    QCOMPARE(parsed->signatures.size(), 1);
    QCOMPARE(parsed->signatures.front().keyName, name);
    QCOMPARE(parsed->toNote(), note(text, name, signature));

    // Our own notes too: signed over a text with an empty line, parsed back, verified.
    const crypto::SigningKey key = crypto::generateSigningKey();
    SignedNote own{"first\n\nthird\n", {}};
    MIZAN_VERIFY_OK(own.sign(kFoo, key.publicKey, key.privateSeed));
    const auto back = SignedNote::parse(own.toNote());
    MIZAN_VERIFY_OK(back);
    QVERIFY(back->isSignedBy(kFoo, key.publicKey));
}

void TestCheckpoint::realCheckpointOfAnotherLog()
{
    const QByteArray publicKey = ed25519Key(kSumDbVerifier);
    QCOMPARE(Checkpoint::keyId(kSumDb, publicKey).toHex(), QByteArray("033de0ae"));
    const QByteArray text = note(kSumDbBody, kSumDb, kSumDbSignature);
    const auto c = Checkpoint::parse(text);
    MIZAN_VERIFY_OK(c);
    QCOMPARE(c->origin, QStringLiteral("go.sum database tree"));
    QCOMPARE(c->size, qint64(13485));
    QCOMPARE(c->root, QByteArray::fromBase64("/ZWur4obeiqK+ASdnPK+/Rmz6LPQMUeSmHh0+UkL54Y="));
    QVERIFY(c->extensions.isEmpty());
    QCOMPARE(c->body(), kSumDbBody);
    QVERIFY(c->isSignedBy(kSumDb, publicKey));
    QCOMPARE(c->toNote(), text);

    Checkpoint grown = *c; // the same signature on another size
    grown.size += 1;
    QVERIFY(!grown.isSignedBy(kSumDb, publicKey));
}

void TestCheckpoint::roundTrip()
{
    const Signed s = signedCheckpoint();
    const QByteArray text = s.checkpoint.toNote();
    QVERIFY(text.startsWith(
        QByteArray("mizan/test-log\n1234\n" + MerkleTree::leafHash("root").toBase64()
                   + "\ntime 1767225600000\nreason periodic\n\n" + kDash + "mizan/test-log ")));
    QVERIFY(text.endsWith('\n'));
    const auto back = Checkpoint::parse(text);
    MIZAN_VERIFY_OK(back);
    QCOMPARE(back->origin, s.checkpoint.origin);
    QCOMPARE(back->size, qint64(1234));
    QCOMPARE(back->root, s.checkpoint.root);
    QCOMPARE(back->extensions, s.checkpoint.extensions);
    QCOMPARE(back->extension(QStringLiteral("reason")), QStringLiteral("periodic"));
    QCOMPARE(back->extension(QStringLiteral("time")), QStringLiteral("1767225600000"));
    QVERIFY(back->extension(QStringLiteral("nothing")).isNull());
    QCOMPARE(back->toNote(), text);
    QVERIFY(back->isSignedBy(s.checkpoint.origin, s.key.publicKey));
    // The signature is plain Ed25519 over the body, as `openssl pkeyutl -verify -rawin` takes it.
    QVERIFY(crypto::verify(s.key.publicKey, back->body(), back->rawSignature(s.checkpoint.origin)));

    // An empty log has a checkpoint too: size 0, the root of the empty tree.
    Checkpoint empty;
    empty.origin = QStringLiteral("mizan/empty");
    empty.root = MerkleTree::emptyRoot();
    MIZAN_VERIFY_OK(empty.sign(empty.origin, s.key.publicKey, s.key.privateSeed));
    const auto emptyBack = Checkpoint::parse(empty.toNote());
    MIZAN_VERIFY_OK(emptyBack);
    QCOMPARE(emptyBack->size, qint64(0));
    QVERIFY(emptyBack->isSignedBy(empty.origin, s.key.publicKey));
}

void TestCheckpoint::cosignedRoundTrip()
{
    Signed s = signedCheckpoint();
    const crypto::SigningKey user = crypto::generateSigningKey();
    const QString userName = s.checkpoint.origin + QStringLiteral("/audra");
    MIZAN_VERIFY_OK(s.checkpoint.sign(userName, user.publicKey, user.privateSeed));
    const auto back = Checkpoint::parse(s.checkpoint.toNote());
    MIZAN_VERIFY_OK(back);
    QCOMPARE(back->signatures.size(), 2);
    QVERIFY(back->isSignedBy(s.checkpoint.origin, s.key.publicKey));
    QVERIFY(back->isSignedBy(userName, user.publicKey));
    // Each signature belongs to its name: the keys swapped do not verify.
    QVERIFY(!back->isSignedBy(s.checkpoint.origin, user.publicKey));
    QVERIFY(!back->isSignedBy(userName, s.key.publicKey));
}

void TestCheckpoint::otherKeyOrChangedBodyFails()
{
    const Signed s = signedCheckpoint();
    const crypto::SigningKey other = crypto::generateSigningKey();
    const QString origin = s.checkpoint.origin;
    QVERIFY(s.checkpoint.isSignedBy(origin, s.key.publicKey));
    QVERIFY(!s.checkpoint.isSignedBy(origin, other.publicKey));
    QVERIFY(!s.checkpoint.isSignedBy(QStringLiteral("mizan/other-log"), s.key.publicKey));

    // Signed by another key under the same name: parses, does not verify with the real key.
    Checkpoint forged = s.checkpoint;
    forged.signatures.clear();
    MIZAN_VERIFY_OK(forged.sign(origin, other.publicKey, other.privateSeed));
    QVERIFY(!forged.isSignedBy(origin, s.key.publicKey));
    // ...nor with the real key id in front of the other key's signature.
    forged.signatures.front().keyId = Checkpoint::keyId(origin, s.key.publicKey);
    QVERIFY(!Checkpoint::parse(forged.toNote())->isSignedBy(origin, s.key.publicKey));

    // Every change of the body breaks the signature.
    const auto changed = [&](const std::function<void(Checkpoint &)> &change) {
        Checkpoint c = s.checkpoint;
        change(c);
        const auto parsed = Checkpoint::parse(c.toNote());
        return parsed && !parsed->isSignedBy(origin, s.key.publicKey);
    };
    QVERIFY(changed([](Checkpoint &c) { c.size += 1; }));
    QVERIFY(changed([](Checkpoint &c) { c.size = 0; }));
    QVERIFY(changed([](Checkpoint &c) { c.root[0] = char(c.root[0] ^ 1); }));
    QVERIFY(changed([](Checkpoint &c) { c.origin = QStringLiteral("mizan/test-logs"); }));
    QVERIFY(changed([](Checkpoint &c) { c.extensions[1] = QStringLiteral("reason logout"); }));
    QVERIFY(changed([](Checkpoint &c) { c.extensions.removeLast(); }));
    QVERIFY(changed([](Checkpoint &c) { c.extensions.append(QStringLiteral("x y")); }));
    // A flipped bit in the signature itself.
    QVERIFY(changed([](Checkpoint &c) {
        c.signatures.front().signature[10] = char(c.signatures.front().signature[10] ^ 4);
    }));

    // The Go example's signature on a changed text.
    auto peter = SignedNote::parse(peterNote());
    MIZAN_VERIFY_OK(peter);
    peter->body.replace("problem is", "problem was");
    QVERIFY(!peter->isSignedBy(kPeter, ed25519Key(kPeterVerifier)));
}

void TestCheckpoint::malformedNotesNameTheLine_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    const QByteArray sig = kDash + "PeterNeumann " + kPeterSignature + '\n';
    const QByteArray raw = QByteArray::fromBase64(kPeterSignature);
    const auto sigOf = [](const QByteArray &base64) -> QByteArray {
        return kDash + "PeterNeumann " + base64 + '\n';
    };

    QTest::newRow("empty") << QByteArray() << 1;
    QTest::newRow("no final newline") << peterNote().chopped(1) << 4;
    QTest::newRow("no blank line") << kPeterText + sig << 3;
    QTest::newRow("text only") << kPeterText << 2;
    QTest::newRow("no text") << "\n" + sig << 1;
    QTest::newRow("no signature") << kPeterText + '\n' << 4;
    QTest::newRow("two blank lines, no signature") << kPeterText + "\n\n" << 5;
    QTest::newRow("blank line after the signature") << peterNote() + '\n' << 6;
    QTest::newRow("junk after the signature") << peterNote() + "junk\n" << 5;
    QTest::newRow("hyphen instead of em dash")
        << kPeterText + "\n- PeterNeumann " + kPeterSignature + '\n'
        << 4;
    QTest::newRow("no space after the dash")
        << kPeterText + "\n\xE2\x80\x94PeterNeumann " + kPeterSignature + '\n'
        << 4;
    QTest::newRow("no key name") << kPeterText + '\n' + kDash + ' ' + kPeterSignature + '\n' << 4;
    QTest::newRow("plus in the key name")
        << kPeterText + '\n' + kDash + "Peter+Neumann " + kPeterSignature + '\n'
        << 4;
    QTest::newRow("three fields") << kPeterText + '\n' + kDash + "PeterNeumann " + kPeterSignature
                                         + " extra\n"
                                  << 4;
    QTest::newRow("two spaces") << kPeterText + '\n' + kDash + "PeterNeumann  " + kPeterSignature
                                       + '\n'
                                << 4;
    QTest::newRow("empty signature") << kPeterText + '\n' + kDash + "PeterNeumann \n" << 4;
    QTest::newRow("bad base64") << kPeterText + '\n' + sigOf("x08go/ZJ!uBS9UG") << 4;
    QTest::newRow("base64 without padding")
        << kPeterText + '\n' + sigOf(kPeterSignature.chopped(1)) << 4;
    QTest::newRow("base64url") << kPeterText + '\n'
                                      + sigOf(raw.toBase64(QByteArray::Base64UrlEncoding))
                               << 4;
    QTest::newRow("signature of 67 bytes")
        << kPeterText + '\n' + sigOf(raw.chopped(1).toBase64()) << 4;
    QTest::newRow("signature of 69 bytes")
        << kPeterText + '\n' + sigOf(QByteArray(raw + 'x').toBase64()) << 4;
    QTest::newRow("only a key id") << kPeterText + '\n' + sigOf(raw.left(4).toBase64()) << 4;
    // Base64 whose unused bits are set decodes to the same bytes but is not the canonical text.
    QByteArray loose = QByteArray(68, 'a').toBase64(); // "...YWE="
    loose[loose.size() - 2] = 'F';
    QTest::newRow("non-canonical base64") << kPeterText + '\n' + sigOf(loose) << 4;
    QTest::newRow("second signature bad") << peterNote() + sigOf("AAAA") << 5;
    // CRLF line ends (a note saved on Windows): named at the first line that has one.
    QByteArray crlf = peterNote();
    crlf.replace("\n", "\r\n");
    QTest::newRow("CRLF") << crlf << 1;
    QTest::newRow("CR in the second line")
        << QByteArray("If you think cryptography is the answer to your problem,\n"
                      "then you don't know what your problem is.\r\n\n")
               + sig
        << 2;
    QTest::newRow("tab") << QByteArray("a\tb\n\n") + sig << 1;
    QTest::newRow("NUL") << QByteArray("ab\n", 3) + QByteArray(1, '\0') + "\n\n" + sig << 2;
    QTest::newRow("escape in a signature line") << kPeterText + "\n\x1b" + sig << 4;
    QTest::newRow("Latin-1 byte") << QByteArray("caf\xe9\n\n") + sig << 1;
    QTest::newRow("cut UTF-8 sequence") << QByteArray("ok\ncaf\xc3\n\n") + sig << 2;
    QTest::newRow("overlong UTF-8") << QByteArray("ok\nok\n\xc0\xaf\n\n") + sig << 3;
    QTest::newRow("UTF-16 surrogate in UTF-8") << QByteArray("\xed\xa0\x80\n\n") + sig << 1;
    QTest::newRow("invalid UTF-8 in the key name")
        << kPeterText + '\n' + kDash + "Peter\xffNeumann " + kPeterSignature + '\n'
        << 4;
}

void TestCheckpoint::malformedNotesNameTheLine()
{
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    const auto parsed = SignedNote::parse(text);
    QVERIFY2(!parsed, text.constData());
    QCOMPARE(parsed.error().code, ErrorCode::InvalidInput);
    QCOMPARE(parsed.error().line, line);
    QVERIFY2(parsed.error().message.contains(QStringLiteral("line %1:").arg(line)),
             qPrintable(parsed.error().message));
    // A checkpoint is a signed note first: the same text is no checkpoint either.
    const auto checkpoint = Checkpoint::parse(text);
    QVERIFY(!checkpoint);
    QCOMPARE(checkpoint.error().line, line);
}

void TestCheckpoint::malformedCheckpointsNameTheLine_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("line");
    const QByteArray root = MerkleTree::leafHash("root").toBase64();
    QTest::newRow("origin only") << QByteArray("mizan/x\n") << 2;
    QTest::newRow("no root") << QByteArray("mizan/x\n12\n") << 3;
    QTest::newRow("empty origin") << "\n12\n" + root + '\n' << 1;
    QTest::newRow("size with a leading zero") << "mizan/x\n012\n" + root + '\n' << 2;
    QTest::newRow("size 00") << "mizan/x\n00\n" + root + '\n' << 2;
    QTest::newRow("size with a plus") << "mizan/x\n+12\n" + root + '\n' << 2;
    QTest::newRow("negative size") << "mizan/x\n-12\n" + root + '\n' << 2;
    QTest::newRow("size with a space") << "mizan/x\n12 \n" + root + '\n' << 2;
    QTest::newRow("size in hex") << "mizan/x\n0x1f\n" + root + '\n' << 2;
    QTest::newRow("empty size") << "mizan/x\n\n" + root + '\n' << 2;
    QTest::newRow("size of 19 digits") << "mizan/x\n1000000000000000000\n" + root + '\n' << 2;
    QTest::newRow("root of 31 bytes") << "mizan/x\n12\n" + QByteArray(31, 'r').toBase64() + '\n'
                                      << 3;
    QTest::newRow("root of 33 bytes") << "mizan/x\n12\n" + QByteArray(33, 'r').toBase64() + '\n'
                                      << 3;
    QTest::newRow("root in hex") << "mizan/x\n12\n" + MerkleTree::leafHash("root").toHex() + '\n'
                                 << 3;
    QTest::newRow("root without padding") << "mizan/x\n12\n" + root.chopped(1) + '\n' << 3;
    QTest::newRow("empty extension line") << "mizan/x\n12\n" + root + "\ntime 5\n\nreason x\n" << 5;
}

void TestCheckpoint::malformedCheckpointsNameTheLine()
{
    QFETCH(QByteArray, body);
    QFETCH(int, line);
    // Correctly signed: only the checkpoint form is wrong.
    const crypto::SigningKey key = crypto::generateSigningKey();
    SignedNote n{body, {}};
    MIZAN_VERIFY_OK(n.sign(QStringLiteral("mizan/x"), key.publicKey, key.privateSeed));
    const QByteArray text = n.toNote();
    const auto c = Checkpoint::parse(text);
    QVERIFY2(!c, text.constData());
    QCOMPARE(c.error().code, ErrorCode::InvalidInput);
    QCOMPARE(c.error().line, line);
    QVERIFY2(c.error().message.contains(QStringLiteral("line %1:").arg(line)),
             qPrintable(c.error().message));
}

void TestCheckpoint::sizeLimit()
{
    // A note of exactly the limit parses; one byte more does not.
    Signed s = signedCheckpoint();
    const qsizetype base = s.checkpoint.toNote().size();
    s.checkpoint.extensions.append(QStringLiteral("pad ")
                                   + QString(SignedNote::kMaxNoteBytes - base - 5, u'x'));
    s.checkpoint.signatures.clear();
    MIZAN_VERIFY_OK(s.checkpoint.sign(s.checkpoint.origin, s.key.publicKey, s.key.privateSeed));
    QByteArray text = s.checkpoint.toNote();
    QCOMPARE(text.size(), SignedNote::kMaxNoteBytes);
    const auto atLimit = Checkpoint::parse(text);
    MIZAN_VERIFY_OK(atLimit);
    QVERIFY(atLimit->isSignedBy(s.checkpoint.origin, s.key.publicKey));

    text.insert(text.indexOf("pad ") + 4, 'x');
    const auto over = Checkpoint::parse(text);
    QVERIFY(!over);
    QCOMPARE(over.error().line, 1);
    QVERIFY(over.error().message.contains(QString::number(SignedNote::kMaxNoteBytes)));
    QVERIFY(!SignedNote::parse(QByteArray(10 * 1024 * 1024, 'a')));
}

void TestCheckpoint::byteOrderMarkIsNotDropped()
{
    // tests/fuzz/FuzzCheckpoint found it: QString::fromUtf8 drops a leading BOM, so "\uFEFFname"
    // was read as "name" and its signature verified under another name than the one written.
    const crypto::SigningKey key = crypto::generateSigningKey();
    SignedNote n{"text\n", {}};
    MIZAN_VERIFY_OK(n.sign(QStringLiteral("mizan/ws/omar"), key.publicKey, key.privateSeed));
    QByteArray note = n.toNote();
    note.replace("\xE2\x80\x94 mizan/", "\xE2\x80\x94 \xEF\xBB\xBFmizan/");
    const auto parsed = SignedNote::parse(note);
    QVERIFY(!parsed);
    QCOMPARE(parsed.error().line, qint64(3));
    QVERIFY(!n.sign(QString(QChar(0xFEFF)) + QStringLiteral("mizan/ws/omar"),
                    key.publicKey,
                    key.privateSeed));
}

void TestCheckpoint::signRefusesBadKeyNames()
{
    const crypto::SigningKey key = crypto::generateSigningKey();
    for (const QString &name : {QString(),
                                QStringLiteral("has space"),
                                QStringLiteral("has+plus"),
                                QStringLiteral("tab\there"),
                                QStringLiteral("line\nbreak")}) {
        SignedNote n{"text\n", {}};
        const Result<> r = n.sign(name, key.publicKey, key.privateSeed);
        QVERIFY2(!r, qPrintable(name));
        QCOMPARE(r.error().code, ErrorCode::InvalidInput);
        QVERIFY(n.signatures.isEmpty());
    }
    // Names may be URLs and non-ASCII.
    SignedNote n{"text\n", {}};
    MIZAN_VERIFY_OK(n.sign(QStringLiteral("مِيزان.example/سجل"), key.publicKey, key.privateSeed));
    const auto back = SignedNote::parse(n.toNote());
    MIZAN_VERIFY_OK(back);
    QVERIFY(back->isSignedBy(QStringLiteral("مِيزان.example/سجل"), key.publicKey));
}

void TestCheckpoint::keyringChecksEverySignature()
{
    Signed s = signedCheckpoint();
    const crypto::SigningKey audraOld = crypto::generateSigningKey();
    const crypto::SigningKey audraNew = crypto::generateSigningKey();
    AuditKeyring keys;
    keys.origin = s.checkpoint.origin;
    keys.workspacePublicKey = s.key.publicKey;
    keys.userKeys[QStringLiteral("audra")] = {audraOld.publicKey, audraNew.publicKey};
    QVERIFY2(keys.checkSignatures(s.checkpoint).isEmpty(),
             qPrintable(keys.checkSignatures(s.checkpoint)));

    // A co-signature by any key the user ever had verifies.
    Checkpoint cosigned = s.checkpoint;
    MIZAN_VERIFY_OK(cosigned.sign(keys.userKeyName(QStringLiteral("audra")),
                                  audraOld.publicKey,
                                  audraOld.privateSeed));
    QVERIFY(keys.checkSignatures(cosigned).isEmpty());

    // Each of these is refused, with a reason.
    Checkpoint otherLog = s.checkpoint;
    otherLog.origin = QStringLiteral("mizan/another");
    QVERIFY(keys.checkSignatures(otherLog).contains(QStringLiteral("another log")));

    Checkpoint unsignedByWorkspace = s.checkpoint;
    unsignedByWorkspace.signatures.clear();
    QVERIFY(keys.checkSignatures(unsignedByWorkspace).contains(QStringLiteral("workspace")));

    Checkpoint changed = cosigned;
    changed.size += 1;
    QVERIFY(!keys.checkSignatures(changed).isEmpty());

    const crypto::SigningKey mallory = crypto::generateSigningKey();
    Checkpoint strangerCosigns = s.checkpoint;
    MIZAN_VERIFY_OK(strangerCosigns.sign(keys.userKeyName(QStringLiteral("mallory")),
                                         mallory.publicKey,
                                         mallory.privateSeed));
    QVERIFY(keys.checkSignatures(strangerCosigns).contains(QStringLiteral("unknown key")));

    Checkpoint forgedCosign = s.checkpoint; // audra's name, another key
    MIZAN_VERIFY_OK(forgedCosign.sign(keys.userKeyName(QStringLiteral("audra")),
                                      mallory.publicKey,
                                      mallory.privateSeed));
    QVERIFY(keys.checkSignatures(forgedCosign).contains(QStringLiteral("co-signature")));
}

QTEST_GUILESS_MAIN(TestCheckpoint)
#include "TestCheckpoint.moc"
