#include "backup/BackupManifest.h"

#include "common/CanonicalJson.h"
#include "common/Crypto.h"
#include "common/Sha256.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <limits>

namespace mizan {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mizan::Backup)
};

Error integrity(const QString &source, const QString &message, const QString &field = {})
{
    Error e = makeError(ErrorCode::Integrity, message);
    e.file = source;
    e.field = field;
    return e;
}

constexpr qint64 kChunk = 1 << 20;
} // namespace

QJsonObject BackupManifest::body() const
{
    QJsonArray fileList;
    for (const BackupFile &f : files)
        fileList.append(
            QJsonObject{{QStringLiteral("path"), f.path},
                        {QStringLiteral("size"), f.size},
                        {QStringLiteral("sha256"), QString::fromLatin1(f.sha256.toHex())}});
    return {{QStringLiteral("format"), QLatin1String(kFormat)},
            {QStringLiteral("name"), name},
            {QStringLiteral("workspace_id"), workspaceId},
            {QStringLiteral("workspace_public_key"),
             QString::fromLatin1(workspacePublicKey.toBase64())},
            {QStringLiteral("created_ms"), createdMs},
            {QStringLiteral("created_by"), createdBy},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("app_version"), appVersion},
            {QStringLiteral("schema_version"), schemaVersion},
            {QStringLiteral("key_generation"), keyGeneration},
            {QStringLiteral("files"), fileList},
            {QStringLiteral("audit"),
             QJsonObject{{QStringLiteral("tree_size"), auditEntries},
                         {QStringLiteral("root"), QString::fromLatin1(auditRoot.toHex())},
                         {QStringLiteral("checkpoint"), auditCheckpoint},
                         {QStringLiteral("sealed_up_to"), auditSealedUpTo}}},
            {QStringLiteral("counts"), counts},
            {QStringLiteral("erasures"), erasures}};
}

QByteArray BackupManifest::toJson() const
{
    QJsonObject o = body();
    o.insert(QStringLiteral("signature"), QString::fromLatin1(signature.toBase64()));
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

Result<BackupManifest> BackupManifest::fromJson(const QByteArray &json, const QString &source)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return fail(integrity(source,
                              Tr::tr("%1 is not a readable backup manifest: %2")
                                  .arg(source, parseError.errorString())));
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("format")).toString() != QLatin1String(kFormat))
        return fail(integrity(source,
                              Tr::tr("%1 is not a Mizan backup manifest (format %2)")
                                  .arg(source, QLatin1String(kFormat)),
                              QStringLiteral("format")));
    const auto text = [&](const char *key) { return o.value(QLatin1String(key)).toString(); };
    const auto number = [&](const QJsonObject &from, const char *key) -> std::optional<qint64> {
        const QJsonValue v = from.value(QLatin1String(key));
        if (!v.isDouble())
            return std::nullopt;
        // A number outside qint64 (1e300, 2^63) is malformed: converting it would be undefined
        // behaviour (found by FuzzBackupManifest).
        const double d = v.toDouble();
        if (!(d >= -9223372036854775808.0 && d < 9223372036854775808.0))
            return std::nullopt;
        return qint64(d);
    };
    BackupManifest m;
    m.name = text("name");
    m.workspaceId = text("workspace_id");
    m.workspacePublicKey = QByteArray::fromBase64(text("workspace_public_key").toLatin1());
    m.createdBy = text("created_by");
    m.kind = text("kind");
    m.appVersion = text("app_version");
    m.signature = QByteArray::fromBase64(text("signature").toLatin1());
    const QJsonObject audit = o.value(QStringLiteral("audit")).toObject();
    const auto created = number(o, "created_ms");
    const auto schema = number(o, "schema_version");
    const auto generation = number(o, "key_generation");
    const auto treeSize = number(audit, "tree_size");
    const auto sealed = number(audit, "sealed_up_to");
    if (!created || !schema || !generation || !treeSize || !sealed || m.workspaceId.isEmpty()
        || m.workspacePublicKey.size() != 32 || m.signature.size() != 64)
        return fail(integrity(source,
                              Tr::tr("%1: the manifest lacks a required field or has a malformed "
                                     "one")
                                  .arg(source)));
    m.createdMs = *created;
    m.schemaVersion = int(*schema);
    m.keyGeneration = int(*generation);
    m.auditEntries = *treeSize;
    m.auditSealedUpTo = *sealed;
    m.auditRoot = QByteArray::fromHex(audit.value(QStringLiteral("root")).toString().toLatin1());
    m.auditCheckpoint = audit.value(QStringLiteral("checkpoint")).toString();
    m.counts = o.value(QStringLiteral("counts")).toObject();
    m.erasures = o.value(QStringLiteral("erasures")).toArray();
    // Verification adds the sizes up: their sum must fit too (FuzzBackupManifest's check that
    // it does found two sizes of 9e18, whose sum overflowed).
    qint64 totalSize = 0;
    for (const QJsonValue &v : o.value(QStringLiteral("files")).toArray()) {
        const QJsonObject f = v.toObject();
        BackupFile file;
        file.path = f.value(QStringLiteral("path")).toString();
        const auto size = number(f, "size");
        file.sha256 = QByteArray::fromHex(f.value(QStringLiteral("sha256")).toString().toLatin1());
        // Paths stay inside the folder: no absolute path, no "..", no empty segment.
        const bool safe = !file.path.isEmpty() && !file.path.startsWith(u'/')
                          && !file.path.split(u'/').contains(QStringLiteral(".."))
                          && !file.path.contains(QStringLiteral("//"))
                          && !file.path.contains(u'\\');
        if (!size || *size < 0 || *size > std::numeric_limits<qint64>::max() - totalSize
            || file.sha256.size() != 32 || !safe)
            return fail(integrity(source,
                                  Tr::tr("%1: a file entry of the manifest is malformed (%2)")
                                      .arg(source, file.path),
                                  QStringLiteral("files")));
        file.size = *size;
        totalSize += *size;
        m.files.push_back(std::move(file));
    }
    return m;
}

Result<> BackupManifest::sign(const SecureBytes &workspaceSeed)
{
    MIZAN_TRY(sig, crypto::sign(workspaceSeed, canonicalJson(body())));
    signature = std::move(sig);
    return {};
}

bool BackupManifest::signatureValid() const
{
    return crypto::verify(workspacePublicKey, canonicalJson(body()), signature);
}

const BackupFile *BackupManifest::file(const QString &path) const
{
    const auto it = std::find_if(files.begin(), files.end(), [&](const BackupFile &f) {
        return f.path == path;
    });
    return it == files.end() ? nullptr : &*it;
}

namespace backupfiles {

Result<BackupFile> hashFile(
    const QString &root, const QString &relative, const JobControl &job, qint64 *done, qint64 total)
{
    const QString path = QDir(root).filePath(relative);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Error e = makeError(ErrorCode::Io,
                            Tr::tr("%1: cannot read: %2").arg(path, file.errorString()));
        e.file = path;
        return fail(e);
    }
    Sha256 sha;
    BackupFile out;
    out.path = relative;
    QByteArray chunk(kChunk, Qt::Uninitialized);
    for (;;) {
        const qint64 n = file.read(chunk.data(), chunk.size());
        if (n < 0) {
            Error e = makeError(ErrorCode::Io,
                                Tr::tr("%1: read error: %2").arg(path, file.errorString()));
            e.file = path;
            return fail(e);
        }
        if (n == 0)
            break;
        sha.addData(chunk.constData(), n);
        out.size += n;
        if (done) {
            *done += n;
            job.report(*done, total);
        }
        if (job.cancelled())
            return fail(ErrorCode::Cancelled, Tr::tr("Cancelled."));
    }
    out.sha256 = sha.result();
    return out;
}

QStringList listFiles(const QString &root)
{
    QStringList out;
    const QDir base(root);
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString relative = base.relativeFilePath(it.next());
        if (relative != QLatin1String(BackupManifest::kFileName))
            out << relative;
    }
    std::sort(out.begin(), out.end());
    return out;
}

void syncPath(const QString &path)
{
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return;
    ::fsync(fd);
    ::close(fd);
}

Result<> copyFile(
    const QString &from, const QString &to, const JobControl &job, qint64 *done, qint64 total)
{
    QFile in(from);
    if (!in.open(QIODevice::ReadOnly)) {
        Error e = makeError(ErrorCode::Io,
                            Tr::tr("%1: cannot read: %2").arg(from, in.errorString()));
        e.file = from;
        return fail(e);
    }
    QFile out(to);
    if (out.exists() || !out.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        Error e = makeError(ErrorCode::Io,
                            Tr::tr("%1: cannot create: %2").arg(to, out.errorString()));
        e.file = to;
        return fail(e);
    }
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QByteArray chunk(kChunk, Qt::Uninitialized);
    for (;;) {
        const qint64 n = in.read(chunk.data(), chunk.size());
        if (n < 0 || (n > 0 && out.write(chunk.constData(), n) != n)) {
            Error e = makeError(ErrorCode::Io,
                                Tr::tr("copying %1 to %2 failed: %3")
                                    .arg(from, to, n < 0 ? in.errorString() : out.errorString()));
            e.file = n < 0 ? from : to;
            return fail(e);
        }
        if (n == 0)
            break;
        if (done) {
            *done += n;
            job.report(*done, total);
        }
        if (job.cancelled())
            return fail(ErrorCode::Cancelled, Tr::tr("Cancelled."));
    }
    if (!out.flush() || ::fsync(out.handle()) != 0) {
        Error e = makeError(ErrorCode::Io, Tr::tr("%1: cannot write to disk").arg(to));
        e.file = to;
        return fail(e);
    }
    return {};
}

bool isPlainSqlite(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.read(16) == QByteArray("SQLite format 3\0", 16);
}

bool removeTree(const QString &path)
{
    QDir dir(path);
    return !dir.exists() || dir.removeRecursively();
}

} // namespace backupfiles

} // namespace mizan
