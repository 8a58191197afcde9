#include "audit/Checkpoint.h"

#include "common/Crypto.h"
#include "common/Sha256.h"

#include <QCoreApplication>

namespace mizan {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mizan::Checkpoint)
};

const QByteArray kDash = QByteArrayLiteral("\xE2\x80\x94 "); // "— "

bool isDecimal(QByteArrayView s)
{
    if (s.isEmpty() || s.size() > 18 || (s.size() > 1 && s.front() == '0'))
        return false;
    return std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool isKeyName(QByteArrayView s)
{
    if (s.isEmpty() || s.size() > 256)
        return false;
    // Exactly as decoded: QString::fromUtf8 drops a leading BOM (U+FEFF), so such a name would
    // be checked as another name than the one written (found by tests/fuzz/FuzzCheckpoint).
    return std::none_of(s.begin(),
                        s.end(),
                        [](char c) { return uchar(c) <= 0x20 || c == '+' || c == 0x7f; })
           && QString::fromUtf8(s).toUtf8() == s;
}

Result<QByteArray> strictBase64(QByteArrayView text, qsizetype expectedBytes)
{
    auto decoded = QByteArray::fromBase64Encoding(text.toByteArray(),
                                                  QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != expectedBytes || decoded.decoded.toBase64() != text)
        return fail(ErrorCode::InvalidInput, QString());
    return decoded.decoded;
}

Error noteError(int line, const QString &why)
{
    Error e = makeError(ErrorCode::InvalidInput,
                        Tr::tr("The checkpoint is not a valid signed note: line %1: %2.")
                            .arg(line)
                            .arg(why));
    e.line = line;
    return e;
}

} // namespace

QByteArray SignedNote::toNote() const
{
    QByteArray out = body + '\n';
    for (const Signature &s : signatures)
        out += kDash + s.keyName.toUtf8() + ' ' + QByteArray(s.keyId + s.signature).toBase64()
               + '\n';
    return out;
}

Result<SignedNote> SignedNote::parse(QByteArrayView note)
{
    if (note.size() > kMaxNoteBytes)
        return fail(noteError(1, Tr::tr("it is larger than %1 bytes").arg(kMaxNoteBytes)));
    if (note.isEmpty() || note.back() != '\n')
        return fail(noteError(int(note.count('\n') + 1), Tr::tr("it does not end with a newline")));
    const QList<QByteArray> lines = note.chopped(1).toByteArray().split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        // c2sp.org/signed-note: valid UTF-8 without ASCII control characters but the newline.
        const QByteArray &line = lines[i];
        if (std::any_of(line.begin(), line.end(), [](char c) { return uchar(c) < 0x20; }))
            return fail(noteError(int(i + 1),
                                  Tr::tr("it holds a control character (carriage return, tab, "
                                         "NUL, ...)")));
        if (QString::fromUtf8(line).toUtf8() != line)
            return fail(noteError(int(i + 1), Tr::tr("it is not valid UTF-8")));
    }
    // The text may hold empty lines: the last one separates it from the signatures.
    const qsizetype blank = lines.lastIndexOf(QByteArray());
    if (blank < 1)
        return fail(noteError(int(blank < 0 ? lines.size() : 1),
                              Tr::tr("a text and a blank line must come before the signatures")));
    SignedNote n;
    for (qsizetype i = 0; i < blank; ++i)
        n.body += lines[i] + '\n';
    if (blank + 1 >= lines.size())
        return fail(noteError(int(blank + 2), Tr::tr("there is no signature")));
    for (qsizetype i = blank + 1; i < lines.size(); ++i) {
        const QByteArray &line = lines[i];
        const int lineNo = int(i + 1);
        if (!line.startsWith(kDash))
            return fail(noteError(lineNo, Tr::tr("a signature line must start with \"— \"")));
        const QList<QByteArray> fields = line.mid(kDash.size()).split(' ');
        if (fields.size() != 2 || !isKeyName(fields[0]))
            return fail(noteError(lineNo, Tr::tr("a signature line is \"— name signature\"")));
        auto sig = strictBase64(fields[1], 68);
        if (!sig)
            return fail(noteError(lineNo,
                                  Tr::tr("the signature is not a key id and an Ed25519 "
                                         "signature in base64")));
        n.signatures.append({QString::fromUtf8(fields[0]), sig->left(4), sig->mid(4)});
    }
    return n;
}

QByteArray SignedNote::keyId(const QString &keyName, QByteArrayView publicKey)
{
    Sha256 h;
    h.addData(keyName.toUtf8());
    h.addData(QByteArrayLiteral("\n\x01"));
    h.addData(publicKey);
    return h.result().left(4);
}

Result<> SignedNote::sign(const QString &keyName, QByteArrayView publicKey, const SecureBytes &seed)
{
    if (!isKeyName(keyName.toUtf8()))
        return fail(ErrorCode::InvalidInput,
                    Tr::tr("\"%1\" cannot name a signing key (no spaces or '+').").arg(keyName));
    MIZAN_TRY(signature, crypto::sign(seed, body));
    signatures.append({keyName, keyId(keyName, publicKey), signature});
    return {};
}

bool SignedNote::isSignedBy(const QString &keyName, QByteArrayView publicKey) const
{
    const QByteArray id = keyId(keyName, publicKey);
    return std::any_of(signatures.begin(), signatures.end(), [&](const Signature &s) {
        return s.keyName == keyName && s.keyId == id
               && crypto::verify(publicKey, body, s.signature);
    });
}

QByteArray SignedNote::rawSignature(const QString &keyName) const
{
    for (const Signature &s : signatures)
        if (s.keyName == keyName)
            return s.signature;
    return {};
}

QByteArray Checkpoint::body() const
{
    QByteArray out = origin.toUtf8() + '\n' + QByteArray::number(size) + '\n' + root.toBase64()
                     + '\n';
    for (const QString &line : extensions)
        out += line.toUtf8() + '\n';
    return out;
}

Result<Checkpoint> Checkpoint::parse(QByteArrayView text)
{
    MIZAN_TRY(note, SignedNote::parse(text));
    const QList<QByteArray> parts = note.body.chopped(1).split('\n');
    if (parts.size() < 3)
        return fail(noteError(int(parts.size() + 1),
                              Tr::tr("origin, size and root hash must come before the blank "
                                     "line")));
    Checkpoint c;
    if (parts[0].isEmpty())
        return fail(noteError(1, Tr::tr("the origin is empty")));
    c.origin = QString::fromUtf8(parts[0]);
    if (!isDecimal(parts[1]))
        return fail(noteError(2, Tr::tr("the tree size is not a decimal number")));
    c.size = parts[1].toLongLong();
    auto root = strictBase64(parts[2], 32);
    if (!root)
        return fail(noteError(3, Tr::tr("the root hash is not 32 bytes in base64")));
    c.root = *root;
    for (qsizetype i = 3; i < parts.size(); ++i) {
        if (parts[i].isEmpty())
            return fail(noteError(int(i + 1), Tr::tr("an extension line is empty")));
        c.extensions.append(QString::fromUtf8(parts[i]));
    }
    c.signatures = std::move(note.signatures);
    return c;
}

Result<> Checkpoint::sign(const QString &keyName, QByteArrayView publicKey, const SecureBytes &seed)
{
    SignedNote n = note();
    MIZAN_CHECK(n.sign(keyName, publicKey, seed));
    signatures = std::move(n.signatures);
    return {};
}

QString Checkpoint::extension(const QString &key) const
{
    const QString prefix = key + u' ';
    for (const QString &line : extensions)
        if (line.startsWith(prefix))
            return line.mid(prefix.size());
    return {};
}

} // namespace mizan
