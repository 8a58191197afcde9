#include "audit/EvidencePack.h"

#include "common/CanonicalJson.h"
#include "common/Crypto.h"
#include "common/Sha256.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace mizan {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mizan::EvidencePack)
};

constexpr qint64 kMaxSmallFile = 64 * 1024 * 1024; // manifest, keys, notes, proofs

QString hex(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

QJsonArray hexList(const QList<QByteArray> &hashes)
{
    QJsonArray out;
    for (const QByteArray &h : hashes)
        out.append(hex(h));
    return out;
}

QString checkpointFileName(const Checkpoint &c, qint64 id)
{
    return QStringLiteral("checkpoints/%1-%2.note")
        .arg(c.size, 10, 10, QLatin1Char('0'))
        .arg(id, 6, 10, QLatin1Char('0'));
}

/** Writes files under one folder, remembering each file's SHA-256 for the manifest. */
class PackWriter
{
public:
    explicit PackWriter(QString root)
        : m_root(std::move(root))
    {}

    Result<> write(const QString &relative, const QByteArray &bytes)
    {
        QFile f(m_root + u'/' + relative);
        if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly) || f.write(bytes) != bytes.size()
            || !f.flush())
            return fail(
                withFile(makeError(ErrorCode::Io,
                                   Tr::tr("cannot write %1: %2").arg(f.fileName(), f.errorString())),
                         f.fileName()));
        m_files.insert(relative, hex(Sha256::hash(bytes)));
        return {};
    }
    void record(const QString &relative, const QByteArray &sha256)
    {
        m_files.insert(relative, hex(sha256));
    }
    QString path(const QString &relative) const { return m_root + u'/' + relative; }
    QJsonObject files() const
    {
        QJsonObject o;
        for (auto it = m_files.cbegin(); it != m_files.cend(); ++it)
            o.insert(it.key(), it.value());
        return o;
    }

private:
    QString m_root;
    QMap<QString, QString> m_files;
};

Result<QByteArray> readSmall(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(withFile(makeError(ErrorCode::Io,
                                       Tr::tr("cannot read %1: %2").arg(path, f.errorString())),
                             path));
    if (f.size() > kMaxSmallFile)
        return fail(
            withFile(makeError(ErrorCode::InvalidInput, Tr::tr("%1 is too large").arg(path)), path));
    return f.readAll();
}

/**
 * VERIFY.md of a marked pack: the marking as its first and last lines, each a paragraph of its
 * own (as every Markdown export is marked).
 */
QByteArray markedGuide(const QByteArray &guide, const ExportMarking &marking)
{
    if (marking.isEmpty())
        return guide;
    const QByteArray line = marking.text().toUtf8();
    QByteArray marked = line + "\n\n" + guide;
    if (!marked.endsWith('\n'))
        marked += '\n';
    if (!marked.endsWith("\n\n"))
        marked += '\n';
    return marked + line + '\n';
}

} // namespace

QJsonObject EvidencePack::Verified::toJson() const
{
    QJsonObject o = AuditVerifyReport::toJson();
    if (!marking.isEmpty())
        o.insert(QStringLiteral("marking"), marking.toJson());
    return o;
}

Result<EvidencePack::Written> EvidencePack::write(const Database &db,
                                                  const QString &dir,
                                                  const AuditKeyring &keys,
                                                  const AuditSigner &signer,
                                                  const CoSigner *exporter,
                                                  const AuditFilter &filter,
                                                  qint64 nowMs,
                                                  const JobControl &job,
                                                  const ExportMarking &marking)
{
    const QDir target(dir);
    if (target.exists() && !target.isEmpty())
        return fail(
            withFile(makeError(ErrorCode::InvalidInput,
                               Tr::tr("%1 is not empty; choose a new folder for the pack").arg(dir)),
                     dir));
    const QString partial = QDir::cleanPath(target.absolutePath()) + QStringLiteral(".partial");
    if (QFileInfo::exists(partial))
        return fail(
            withFile(makeError(ErrorCode::InvalidInput,
                               Tr::tr("%1 is left from an export that stopped; remove it first")
                                   .arg(partial)),
                     partial));
    if (!QDir().mkpath(partial + QStringLiteral("/checkpoints"))
        || !QDir().mkpath(partial + QStringLiteral("/keys")))
        return fail(
            withFile(makeError(ErrorCode::Io, Tr::tr("cannot create %1").arg(partial)), partial));
    auto written = [&]() -> Result<Written> {
        MIZAN_TRY(stored, AuditLog::checkpoints(db));
        if (stored.empty())
            return fail(ErrorCode::InvalidInput, Tr::tr("The audit log has no checkpoint yet."));
        const Checkpoint head = stored.back().checkpoint;
        PackWriter out(partial);
        Written result;
        result.headSize = head.size;
        result.complete = filter.isEmpty();

        // Entries, streamed and hashed as they are written.
        QFile entries(out.path(QStringLiteral("entries.jsonl")));
        if (!entries.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return fail(withFile(makeError(ErrorCode::Io,
                                           Tr::tr("cannot write %1: %2")
                                               .arg(entries.fileName(), entries.errorString())),
                                 entries.fileName()));
        Sha256 entriesHash;
        std::vector<qint64> exported;
        bool ioFailed = false;
        bool cancelled = false;
        MIZAN_CHECK(AuditLog::scan(db, 1, [&](const AuditEntry &e, bool) {
            if (e.seq > head.size)
                return false;
            if (filter.matches(e)) {
                const QByteArray line = e.canonicalBytes() + '\n';
                ioFailed = entries.write(line) != line.size();
                entriesHash.addData(line);
                exported.push_back(e.seq);
            }
            if (e.seq % 8192 == 0) {
                job.report(e.seq, head.size);
                cancelled = job.cancelled();
            }
            return !ioFailed && !cancelled;
        }));
        if (cancelled)
            return fail(ErrorCode::Cancelled, Tr::tr("Export cancelled."));
        if (ioFailed || !entries.flush())
            return fail(withFile(makeError(ErrorCode::Io,
                                           Tr::tr("cannot write %1: %2")
                                               .arg(entries.fileName(), entries.errorString())),
                                 entries.fileName()));
        entries.close();
        out.record(QStringLiteral("entries.jsonl"), entriesHash.result());
        result.entries = qint64(exported.size());

        // Checkpoints and the consistency proofs that chain them.
        const MerkleTree tree = AuditLog::tree(db, head.size);
        QJsonArray consistency;
        qint64 previousSize = 0;
        QString headFile;
        // Checkpoints of a sealed and pruned prefix are in its archive (their proofs need the
        // pruned leaves): a pack of what remains starts after it.
        MIZAN_TRY(sealed, AuditLog::sealedUpTo(db));
        result.checkpoints = 0;
        for (const StoredCheckpoint &c : stored) {
            if (c.checkpoint.size <= sealed)
                continue;
            ++result.checkpoints;
            headFile = checkpointFileName(c.checkpoint, c.id);
            MIZAN_CHECK(out.write(headFile, c.note));
            if (previousSize > 0 && c.checkpoint.size > previousSize)
                consistency.append(
                    QJsonObject{{QStringLiteral("from"), previousSize},
                                {QStringLiteral("to"), c.checkpoint.size},
                                {QStringLiteral("path"),
                                 hexList(tree.consistencyProof(previousSize, c.checkpoint.size))}});
            previousSize = std::max(previousSize, c.checkpoint.size);
        }
        QJsonArray inclusion;
        if (!result.complete)
            for (const qint64 seq : exported)
                inclusion.append(QJsonObject{{QStringLiteral("seq"), seq},
                                             {QStringLiteral("tree_size"), head.size},
                                             {QStringLiteral("path"),
                                              hexList(tree.inclusionProof(seq - 1, head.size))}});
        MIZAN_CHECK(
            out.write(QStringLiteral("proofs.json"),
                      canonicalJson(
                          QJsonObject{{QStringLiteral("head"),
                                       QJsonObject{{QStringLiteral("size"), head.size},
                                                   {QStringLiteral("root"), hex(head.root)}}},
                                      {QStringLiteral("consistency"), consistency},
                                      {QStringLiteral("inclusion"), inclusion}})));

        // Public keys, as PEM for openssl and indexed in keys.json.
        MIZAN_CHECK(out.write(QStringLiteral("keys/workspace.pem"),
                              crypto::publicKeyPem(keys.workspacePublicKey)));
        QJsonArray users;
        QStringList names = keys.userKeys.keys();
        names.sort();
        for (const QString &user : names) {
            int n = 0;
            for (const QByteArray &key : keys.userKeys.value(user)) {
                const QString file = QStringLiteral("keys/%1-%2.pem").arg(user).arg(++n);
                MIZAN_CHECK(out.write(file, crypto::publicKeyPem(key)));
                users.append(QJsonObject{{QStringLiteral("user"), user},
                                         {QStringLiteral("key_name"), keys.userKeyName(user)},
                                         {QStringLiteral("key_id"),
                                          hex(SignedNote::keyId(keys.userKeyName(user), key))},
                                         {QStringLiteral("file"), file}});
            }
        }
        MIZAN_CHECK(
            out.write(QStringLiteral("keys/keys.json"),
                      canonicalJson(
                          QJsonObject{{QStringLiteral("origin"), keys.origin},
                                      {QStringLiteral("workspace"),
                                       QJsonObject{{QStringLiteral("key_name"), keys.origin},
                                                   {QStringLiteral("key_id"),
                                                    hex(SignedNote::keyId(keys.origin,
                                                                          keys.workspacePublicKey))},
                                                   {QStringLiteral("file"),
                                                    QStringLiteral("keys/workspace.pem")}}},
                                      {QStringLiteral("users"), users}})));

        for (const char *name : {"VERIFY.md", "verify.py"}) {
            MIZAN_TRY(bytes, readSmall(QStringLiteral(":/mizan/audit/") + QLatin1String(name)));
            MIZAN_CHECK(
                out.write(QLatin1String(name),
                          qstrcmp(name, "VERIFY.md") == 0 ? markedGuide(bytes, marking) : bytes));
        }

        // The manifest, and the signed note over its hash.
        QJsonObject manifestObject{{QStringLiteral("format"), QLatin1String(kFormat)},
                                   {QStringLiteral("origin"), keys.origin},
                                   {QStringLiteral("exported_by"),
                                    exporter ? exporter->user : QString()},
                                   {QStringLiteral("exported_ms"), nowMs},
                                   {QStringLiteral("filter"), filter.toJson()},
                                   {QStringLiteral("complete"), result.complete},
                                   {QStringLiteral("entries"), result.entries},
                                   {QStringLiteral("checkpoints"), result.checkpoints},
                                   {QStringLiteral("head"),
                                    QJsonObject{{QStringLiteral("size"), head.size},
                                                {QStringLiteral("root"), hex(head.root)},
                                                {QStringLiteral("checkpoint"), headFile}}},
                                   {QStringLiteral("files"), out.files()}};
        if (!marking.isEmpty())
            manifestObject.insert(QStringLiteral("marking"), marking.toJson());
        const QByteArray manifest = canonicalJson(manifestObject);
        MIZAN_CHECK(out.write(QStringLiteral("manifest.json"), manifest));
        SignedNote note;
        note.body = QByteArray(kFormat) + '\n' + keys.origin.toUtf8() + '\n'
                    + Sha256::hashHex(manifest) + '\n';
        MIZAN_CHECK(note.sign(signer.origin, signer.workspacePublicKey, *signer.workspaceSeed));
        if (exporter)
            MIZAN_CHECK(
                note.sign(signer.userKeyName(exporter->user), exporter->publicKey, *exporter->seed));
        MIZAN_CHECK(out.write(QStringLiteral("manifest.note"), note.toNote()));
        return result;
    }();
    if (!written) {
        QDir(partial).removeRecursively();
        return written;
    }
    if (target.exists())
        QDir().rmdir(target.absolutePath());
    if (!QDir().rename(partial, target.absolutePath())) {
        QDir(partial).removeRecursively();
        return fail(
            withFile(makeError(ErrorCode::Io, Tr::tr("cannot move the pack into %1").arg(dir)),
                     dir));
    }
    written->dir = target.absolutePath();
    return written;
}

} // namespace mizan
