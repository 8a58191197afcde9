// EvidencePack::verify: the C++ twin of the pack's verify.py.

#include "audit/EvidencePack.h"

#include "common/Crypto.h"
#include "common/Sha256.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimeZone>

#include <map>

namespace mizan {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mizan::EvidencePack)
};

constexpr qint64 kMaxSmallFile = 64 * 1024 * 1024;

QString hex(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

/** A problem with the pack that is not about one entry. */
struct Broken
{
    QString problem;
    qint64 seq = 0;
};

std::optional<QByteArray> readSmall(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly) || f.size() > kMaxSmallFile)
        return std::nullopt;
    return f.readAll();
}

std::optional<QJsonObject> readJson(const QString &path)
{
    const auto bytes = readSmall(path);
    if (!bytes)
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(*bytes, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

std::optional<QByteArray> hash32(const QJsonValue &v)
{
    const QByteArray h = QByteArray::fromHex(v.toString().toLatin1());
    if (!v.isString() || h.size() != 32 || hex(h) != v.toString())
        return std::nullopt;
    return h;
}

std::optional<QList<QByteArray>> hashList(const QJsonValue &v)
{
    if (!v.isArray() || v.toArray().size() > 128)
        return std::nullopt;
    QList<QByteArray> out;
    for (const QJsonValue &item : v.toArray()) {
        const auto h = hash32(item);
        if (!h)
            return std::nullopt;
        out.append(*h);
    }
    return out;
}

/**
 * The "marking" of a manifest (ExportMarking::toJson()): exactly classification (not empty),
 * exported_by and exported_at (UTC, yyyy-MM-ddTHH:mm:ss.zzzZ, a real date and time), all
 * strings. nullopt when it is anything else; verify.py reads it alike.
 */
std::optional<ExportMarking> markingFrom(const QJsonValue &v)
{
    static const QRegularExpression time(QRegularExpression::anchoredPattern(
        QStringLiteral("([0-9]{4})-([0-9]{2})-([0-9]{2})T([01][0-9]|2[0-3]):([0-5][0-9]):"
                       "([0-5][0-9])\\.[0-9]{3}Z")));
    const QJsonObject o = v.toObject();
    if (!v.isObject()
        || o.keys()
               != QStringList{QStringLiteral("classification"),
                              QStringLiteral("exported_at"),
                              QStringLiteral("exported_by")})
        return std::nullopt;
    for (const QJsonValue &field : o)
        if (!field.isString())
            return std::nullopt;
    const QString classification = o.value(QStringLiteral("classification")).toString();
    const QString at = o.value(QStringLiteral("exported_at")).toString();
    const QRegularExpressionMatch m = time.match(at);
    if (classification.isEmpty() || !m.hasMatch()
        || !QDate::isValid(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt()))
        return std::nullopt;
    QDateTime when = QDateTime::fromString(at, Qt::ISODateWithMs);
    if (!when.isValid())
        return std::nullopt;
    return ExportMarking{classification,
                         o.value(QStringLiteral("exported_by")).toString(),
                         when.toTimeZone(QTimeZone::utc())};
}

class PackVerifier
{
public:
    PackVerifier(QString dir, const std::optional<Checkpoint> &trusted, const JobControl &job)
        : m_dir(std::move(dir))
        , m_trusted(trusted)
        , m_job(job)
    {}

    Result<AuditVerifyReport> run();
    /** The manifest's marking (read by run(); empty when it has none). */
    const ExportMarking &marking() const { return m_marking; }

private:
    QString path(const QString &relative) const { return m_dir + u'/' + relative; }
    AuditVerifyReport broken(const QString &problem, qint64 seq = 0) const
    {
        AuditVerifyReport r = m_partial;
        r.ok = false;
        r.problem = problem;
        r.firstBadSeq = seq;
        return r;
    }
    std::optional<Broken> loadKeys();
    std::optional<Broken> loadCheckpoints();
    Result<std::optional<AuditVerifyReport>> verifyEntries();
    std::optional<Broken> verifyConsistency();
    std::optional<Broken> verifyFiles();

    QString m_dir;
    std::optional<Checkpoint> m_trusted;
    const JobControl &m_job;
    QJsonObject m_manifest;
    QJsonObject m_proofs;
    AuditKeyring m_keys;
    std::vector<Checkpoint> m_checkpoints;
    qint64 m_headSize = 0;
    QByteArray m_headRoot;
    bool m_complete = false;
    ExportMarking m_marking;
    AuditVerifyReport m_partial;
};

std::optional<Broken> PackVerifier::loadKeys()
{
    const auto index = readJson(path(QStringLiteral("keys/keys.json")));
    if (!index)
        return Broken{Tr::tr("keys/keys.json is missing or not JSON")};
    m_keys.origin = index->value(QStringLiteral("origin")).toString();
    if (m_keys.origin.isEmpty()
        || m_keys.origin != m_manifest.value(QStringLiteral("origin")).toString())
        return Broken{Tr::tr("keys/keys.json and manifest.json name different logs")};
    const auto pem = readSmall(path(QStringLiteral("keys/workspace.pem")));
    m_keys.workspacePublicKey = pem ? crypto::publicKeyFromPem(*pem) : QByteArray();
    if (m_keys.workspacePublicKey.isEmpty())
        return Broken{Tr::tr("keys/workspace.pem is missing or not an Ed25519 public key")};
    for (const QJsonValue &v : index->value(QStringLiteral("users")).toArray()) {
        const QJsonObject o = v.toObject();
        const QString user = o.value(QStringLiteral("user")).toString();
        const QString file = o.value(QStringLiteral("file")).toString();
        if (user.isEmpty() || !file.startsWith(QStringLiteral("keys/"))
            || file.contains(QStringLiteral("..")))
            return Broken{Tr::tr("keys/keys.json lists a key without a user or file")};
        const auto userPem = readSmall(path(file));
        const QByteArray key = userPem ? crypto::publicKeyFromPem(*userPem) : QByteArray();
        if (key.isEmpty())
            return Broken{Tr::tr("%1 is missing or not an Ed25519 public key").arg(file)};
        m_keys.userKeys[user].append(key);
    }
    return std::nullopt;
}

std::optional<Broken> PackVerifier::loadCheckpoints()
{
    QStringList files = QDir(path(QStringLiteral("checkpoints")))
                            .entryList({QStringLiteral("*.note")}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        const auto bytes = readSmall(path(QStringLiteral("checkpoints/") + name));
        auto c = bytes ? Checkpoint::parse(*bytes)
                       : Result<Checkpoint>(fail(ErrorCode::Io, QString()));
        if (!c)
            return Broken{Tr::tr("checkpoints/%1: %2").arg(name, c.error().message)};
        if (const QString problem = m_keys.checkSignatures(*c); !problem.isEmpty())
            return Broken{problem};
        m_checkpoints.push_back(std::move(*c));
    }
    std::stable_sort(m_checkpoints.begin(), m_checkpoints.end(), [](const auto &a, const auto &b) {
        return a.size < b.size;
    });
    if (m_checkpoints.empty())
        return Broken{Tr::tr("the pack holds no checkpoint")};
    const Checkpoint &last = m_checkpoints.back();
    if (last.size != m_headSize || last.root != m_headRoot)
        return Broken{Tr::tr("the head in manifest.json is not the newest checkpoint")};
    return std::nullopt;
}

std::optional<Broken> PackVerifier::verifyConsistency()
{
    std::map<std::pair<qint64, qint64>, QList<QByteArray>> proofs;
    for (const QJsonValue &v : m_proofs.value(QStringLiteral("consistency")).toArray()) {
        const QJsonObject o = v.toObject();
        const auto path = hashList(o.value(QStringLiteral("path")));
        if (!path)
            return Broken{Tr::tr("proofs.json holds a malformed consistency proof")};
        proofs[{o.value(QStringLiteral("from")).toInteger(),
                o.value(QStringLiteral("to")).toInteger()}]
            = *path;
    }
    for (size_t i = 1; i < m_checkpoints.size(); ++i) {
        const Checkpoint &a = m_checkpoints[i - 1];
        const Checkpoint &b = m_checkpoints[i];
        if (a.size == b.size) {
            if (a.root != b.root)
                return Broken{Tr::tr("two checkpoints of %1 entries have different roots (a fork)")
                                  .arg(a.size)};
            continue;
        }
        const auto it = proofs.find({a.size, b.size});
        if (a.size > 0
            && (it == proofs.end()
                || !MerkleTree::verifyConsistency(a.size, b.size, a.root, b.root, it->second)))
            return Broken{Tr::tr("checkpoint %1 is not a prefix of checkpoint %2 (the consistency "
                                 "proof fails: the log was rewritten between them)")
                              .arg(a.size)
                              .arg(b.size),
                          a.size + 1};
    }
    return std::nullopt;
}

Result<std::optional<AuditVerifyReport>> PackVerifier::verifyEntries()
{
    QFile file(path(QStringLiteral("entries.jsonl")));
    if (!file.open(QIODevice::ReadOnly))
        return std::optional(broken(Tr::tr("entries.jsonl is missing")));
    LogVerifier log(m_keys, m_checkpoints);
    if (m_trusted && m_complete)
        log.setTrusted(*m_trusted);
    std::map<qint64, QList<QByteArray>> inclusion;
    if (!m_complete)
        for (const QJsonValue &v : m_proofs.value(QStringLiteral("inclusion")).toArray()) {
            const QJsonObject o = v.toObject();
            const auto p = hashList(o.value(QStringLiteral("path")));
            if (!p || o.value(QStringLiteral("tree_size")).toInteger() != m_headSize)
                return std::optional(
                    broken(Tr::tr("proofs.json holds a malformed inclusion proof")));
            inclusion[o.value(QStringLiteral("seq")).toInteger()] = *p;
        }
    qint64 lineNo = 0;
    qint64 previousSeq = 0;
    QByteArray previousLeaf(32, '\0'); // the first entry chains to 32 zero bytes
    const qint64 total = m_manifest.value(QStringLiteral("entries")).toInteger();
    while (!file.atEnd()) {
        QByteArray line = file.readLine(1024 * 1024 + 1);
        ++lineNo;
        if (!line.endsWith('\n'))
            return std::optional(
                broken(Tr::tr("entries.jsonl line %1 is cut off or too long").arg(lineNo),
                       m_complete ? log.size() + 1 : previousSeq + 1));
        line.chop(1);
        auto entry = AuditEntry::fromCanonical(line);
        if (!entry)
            return std::optional(
                broken(Tr::tr("entries.jsonl line %1: %2").arg(lineNo).arg(entry.error().message),
                       m_complete ? log.size() + 1 : previousSeq + 1));
        if (m_complete) {
            if (!log.add(*entry, line, nullptr))
                return std::optional(log.finish());
        } else {
            const auto proof = inclusion.find(entry->seq);
            if (entry->seq <= previousSeq)
                return std::optional(
                    broken(Tr::tr("entries.jsonl line %1: entry %2 is out of order")
                               .arg(lineNo)
                               .arg(entry->seq),
                           entry->seq));
            // The entry before passed its inclusion proof (it is as the log holds it): a broken
            // link is this entry's.
            if ((entry->seq == 1 || previousSeq == entry->seq - 1)
                && entry->prevHash != previousLeaf)
                return std::optional(
                    broken(Tr::tr("entry %1 does not chain to the entry before it").arg(entry->seq),
                           entry->seq));
            if (proof == inclusion.end()
                || !MerkleTree::verifyInclusion(entry->leafHash,
                                                entry->seq - 1,
                                                m_headSize,
                                                proof->second,
                                                m_headRoot))
                return std::optional(
                    broken(Tr::tr("entry %1 is not in the signed log (its inclusion proof in the "
                                  "checkpoint of %2 entries fails)")
                               .arg(entry->seq)
                               .arg(m_headSize),
                           entry->seq));
            previousSeq = entry->seq;
            previousLeaf = entry->leafHash;
            ++m_partial.entries;
        }
        if (lineNo % 8192 == 0) {
            m_job.report(lineNo, total);
            if (m_job.cancelled())
                return fail(ErrorCode::Cancelled, Tr::tr("Verification cancelled."));
        }
    }
    if (m_complete) {
        AuditVerifyReport r = log.finish();
        if (!r.ok)
            return std::optional(r);
        if (lineNo != total || log.size() != m_headSize || log.root() != m_headRoot)
            return std::optional(
                broken(Tr::tr("entries.jsonl does not hold the %1 entries of the head checkpoint")
                           .arg(m_headSize),
                       log.size() + 1));
        m_partial = r;
    } else if (lineNo != total) {
        return std::optional(broken(
            Tr::tr("entries.jsonl holds %1 entries, manifest.json says %2").arg(lineNo).arg(total)));
    }
    return std::optional<AuditVerifyReport>();
}

std::optional<Broken> PackVerifier::verifyFiles()
{
    const auto noteBytes = readSmall(path(QStringLiteral("manifest.note")));
    auto note = noteBytes ? SignedNote::parse(*noteBytes)
                          : Result<SignedNote>(fail(ErrorCode::Io, QString()));
    if (!note)
        return Broken{Tr::tr("manifest.note is missing or not a signed note")};
    const auto manifestBytes = readSmall(path(QStringLiteral("manifest.json")));
    const QByteArray expectedBody
        = QByteArray(EvidencePack::kFormat) + '\n' + m_keys.origin.toUtf8() + '\n'
          + (manifestBytes ? Sha256::hashHex(*manifestBytes) : QByteArray()) + '\n';
    if (note->body != expectedBody)
        return Broken{
            Tr::tr("manifest.json was changed: its hash is not the one manifest.note signs")};
    if (const QString problem = m_keys.checkNoteSignatures(*note, QStringLiteral("manifest.note"));
        !problem.isEmpty())
        return Broken{problem};
    // Who exported the pack is part of the evidence: their own key must vouch for it.
    const QString exporter = m_manifest.value(QStringLiteral("exported_by")).toString();
    if (!exporter.isEmpty()
        && std::none_of(note->signatures.begin(), note->signatures.end(), [&](const auto &s) {
               return s.keyName == m_keys.userKeyName(exporter);
           }))
        return Broken{Tr::tr("manifest.note is not co-signed by its exporter %1").arg(exporter)};
    const QJsonObject files = m_manifest.value(QStringLiteral("files")).toObject();
    QStringList present;
    QDirIterator it(m_dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString relative = QDir(m_dir).relativeFilePath(it.next());
        if (relative != QLatin1String("manifest.json") && relative != QLatin1String("manifest.note"))
            present.append(relative);
    }
    for (const QString &relative : present)
        if (!files.contains(relative))
            return Broken{
                Tr::tr("%1 is not part of the pack (manifest.json does not list it)").arg(relative)};
    for (auto f = files.begin(); f != files.end(); ++f) {
        QFile file(path(f.key()));
        if (f.key().contains(QStringLiteral("..")) || !file.open(QIODevice::ReadOnly))
            return Broken{Tr::tr("%1 is missing").arg(f.key())};
        Sha256 h;
        while (!file.atEnd())
            h.addData(file.read(1 << 20));
        if (hex(h.result()) != f.value().toString())
            return Broken{
                Tr::tr("%1 was changed (its SHA-256 differs from manifest.json)").arg(f.key())};
    }
    return std::nullopt;
}

Result<AuditVerifyReport> PackVerifier::run()
{
    if (!QFileInfo(m_dir).isDir())
        return fail(
            withFile(makeError(ErrorCode::Io, Tr::tr("%1 is not a folder").arg(m_dir)), m_dir));
    const auto manifest = readJson(path(QStringLiteral("manifest.json")));
    if (!manifest
        || manifest->value(QStringLiteral("format")).toString()
               != QLatin1String(EvidencePack::kFormat))
        return broken(Tr::tr("manifest.json is missing or not a %1 manifest")
                          .arg(QLatin1String(EvidencePack::kFormat)));
    m_manifest = *manifest;
    const QJsonObject head = m_manifest.value(QStringLiteral("head")).toObject();
    m_headSize = head.value(QStringLiteral("size")).toInteger(-1);
    m_headRoot = hash32(head.value(QStringLiteral("root"))).value_or(QByteArray());
    m_complete = m_manifest.value(QStringLiteral("complete")).toBool();
    if (m_headSize < 1 || m_headRoot.isEmpty())
        return broken(Tr::tr("manifest.json has no valid head"));
    // The classification marking is optional (older packs have none); the manifest's signature
    // covers it, checked with every other file's hash at the end.
    if (m_manifest.contains(QStringLiteral("marking"))) {
        const auto marking = markingFrom(m_manifest.value(QStringLiteral("marking")));
        if (!marking)
            return broken(Tr::tr("manifest.json holds a malformed marking (it must be "
                                 "classification, exported_by and exported_at in UTC)"));
        m_marking = *marking;
    }
    const auto proofs = readJson(path(QStringLiteral("proofs.json")));
    if (!proofs)
        return broken(Tr::tr("proofs.json is missing or not JSON"));
    m_proofs = *proofs;
    if (auto b = loadKeys())
        return broken(b->problem, b->seq);
    if (auto b = loadCheckpoints())
        return broken(b->problem, b->seq);
    if (m_trusted) {
        m_partial.trustedSize = m_trusted->size;
        if (const QString problem = m_keys.checkSignatures(*m_trusted); !problem.isEmpty())
            return broken(Tr::tr("the trusted checkpoint does not verify with this pack's keys: %1")
                              .arg(problem));
        if (m_trusted->size > m_headSize)
            return broken(
                Tr::tr("the pack ends at %1 entries but the trusted checkpoint vouches for %2 "
                       "(an older copy was exported, or entries were removed from the end)")
                    .arg(m_headSize)
                    .arg(m_trusted->size),
                m_headSize + 1);
    }
    MIZAN_TRY(entries, verifyEntries());
    if (entries)
        return *entries;
    if (auto b = verifyConsistency())
        return broken(b->problem, b->seq);
    if (m_trusted && !m_complete) {
        const auto same = std::find_if(m_checkpoints.begin(),
                                       m_checkpoints.end(),
                                       [&](const Checkpoint &c) {
                                           return c.size == m_trusted->size;
                                       });
        if (same == m_checkpoints.end())
            m_partial.warnings.append(
                Tr::tr("The trusted checkpoint (%1 entries) is not one of this filtered "
                       "pack's checkpoints; export a complete pack to check it.")
                    .arg(m_trusted->size));
        else if (same->root != m_trusted->root)
            return broken(
                Tr::tr("the log does not extend the trusted checkpoint of %1 entries: it was "
                       "rewritten, or this is another copy of the workspace (a fork)")
                    .arg(m_trusted->size));
    }
    if (auto b = verifyFiles())
        return broken(b->problem, b->seq);
    AuditVerifyReport r = m_partial;
    r.ok = true;
    r.checkpoints = qint64(m_checkpoints.size());
    r.verifiedUpTo = m_headSize;
    r.problem.clear();
    r.firstBadSeq = 0;
    return r;
}

} // namespace

Result<EvidencePack::Verified> EvidencePack::verify(const QString &dir,
                                                    const std::optional<Checkpoint> &trusted,
                                                    const JobControl &job)
{
    PackVerifier verifier(QDir(dir).absolutePath(), trusted, job);
    MIZAN_TRY(report, verifier.run());
    Verified verified{std::move(report), {}};
    if (verified.ok) // only then do the signatures vouch for the marking
        verified.marking = verifier.marking();
    return verified;
}

} // namespace mizan
