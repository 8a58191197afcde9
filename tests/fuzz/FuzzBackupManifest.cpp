// libFuzzer target: BackupManifest::fromJson, the parser of a backup folder's manifest.json, on
// arbitrary bytes; then what verification and restore do with a manifest before and after its
// signature is checked (a backup folder is untrusted: restore and `backup verify` read manifests
// of folders anyone may have handed over, and restore reads the manifests of every other backup
// beside it): the signature, with the manifest's own key and with a fixed expected key; the
// signed audit checkpoint it carries, against the keys it names; the listed files; the record
// counts; the erasure register's records as Workspace::reapplyErasures reads them (request text
// scrubbed of personal data).
//
// Beyond "no crash, hang, leak or undefined behaviour" it checks:
// - every accepted file path stays inside the backup folder (no absolute path, no "..");
//   keys, signatures and hashes have their sizes;
// - the sizes of the listed files add up without overflow (verification sums them);
// - an accepted manifest writes itself back (toJson) in a form that parses to the same manifest
//   (the same bytes when written again) whose signature verifies exactly when the original's
//   does: what is signed is what was read.

#include "FuzzSupport.h"

#include "audit/Checkpoint.h"
#include "backup/BackupManifest.h"
#include "common/CanonicalJson.h"
#include "privacy/PiiDetector.h"

#include <QDir>
#include <QJsonDocument>

#include <cstdio>

using namespace mizan;

namespace {

[[noreturn]] void violated(const char *what, const QString &detail = {})
{
    std::fprintf(stderr, "FuzzBackupManifest: %s %s\n", what, qUtf8Printable(detail));
    std::abort();
}

/** The workspace key that signed the seed manifests (`mizan-cli demo`), as an expected owner. */
const QByteArray &expectedKey()
{
    static const QByteArray key = QByteArray::fromBase64(
        "/Y1SMJ3XxkfbX1XmllOqV4AOfix3i70GvD0Ia4JB26g=");
    return key;
}

/** What verifyBackupFolder and Workspace::restore read of an accepted manifest. */
void useManifest(const BackupManifest &m)
{
    // The signature: the manifest's own key, then the owner a caller expects.
    const bool valid = m.signatureValid();
    const bool expected = crypto::verify(expectedKey(), canonicalJson(m.body()), m.signature);
    if (expected && !(valid && m.workspacePublicKey == expectedKey()))
        violated("the expected key verifies a manifest its own key does not");

    // Files: inside the folder, sizes that add up (verification sums them for its progress).
    const QString root = QStringLiteral("/backup");
    qint64 total = 0;
    for (const BackupFile &f : m.files) {
        const QString path = QDir::cleanPath(root + u'/' + f.path);
        if (!(path == root || path.startsWith(root + u'/')) || f.sha256.size() != 32 || f.size < 0)
            violated("a file entry escapes the folder or is malformed:", f.path);
        if (__builtin_add_overflow(total, f.size, &total))
            violated("the listed file sizes overflow when added up");
        if (m.file(f.path) == nullptr)
            violated("file() does not find a listed file");
    }
    static_cast<void>(m.file(QStringLiteral("keyslots.json")));
    static_cast<void>(m.file(QStringLiteral("workspace.db")));

    // The audit checkpoint, with the keys a backup verification trusts.
    AuditKeyring keys;
    keys.origin = QStringLiteral("mizan/") + m.workspaceId;
    keys.workspacePublicKey = m.workspacePublicKey;
    if (const auto note = Checkpoint::parse(m.auditCheckpoint.toUtf8())) {
        static_cast<void>(keys.checkSignatures(*note));
        static_cast<void>(note->size == m.auditEntries && note->root == m.auditRoot);
    }

    // Record counts, compared table by table.
    for (auto it = m.counts.begin(); it != m.counts.end(); ++it)
        static_cast<void>(it.value().toInteger(-2));

    // The erasure register, as reapplyErasures reads each record.
    for (const QJsonValue &value : m.erasures) {
        const QJsonObject record = value.toObject();
        static_cast<void>(record.value(QStringLiteral("id")).toInteger());
        static_cast<void>(record.value(QStringLiteral("erased_ms")).toInteger());
        for (const QJsonValue &pair : record.value(QStringLiteral("rows")).toArray()) {
            const QJsonArray rc = pair.toArray();
            static_cast<void>(QStringLiteral("leadset:%1/row:%2")
                                  .arg(rc.at(0).toInteger())
                                  .arg(rc.at(1).toInteger()));
        }
        static_cast<void>(record.value(QStringLiteral("erased_by")).toString());
        static_cast<void>(PiiDetector::scrub(record.value(QStringLiteral("request")).toString()));
        static_cast<void>(record.value(QStringLiteral("receipt"))
                              .toObject()
                              .value(QStringLiteral("predictions_deleted"))
                              .toBool());
        static_cast<void>(QJsonDocument(record.value(QStringLiteral("rows")).toArray())
                              .toJson(QJsonDocument::Compact));
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = fuzz::view(data, size).toByteArray();
    const auto manifest = BackupManifest::fromJson(input, QStringLiteral("manifest.json"));
    if (!manifest)
        return 0;
    const BackupManifest &m = *manifest;
    if (m.workspacePublicKey.size() != 32 || m.signature.size() != 64 || m.workspaceId.isEmpty())
        violated("an accepted manifest lacks its key, signature or workspace");
    useManifest(m);

    // What was read is what is written, and what is signed.
    const QByteArray written = m.toJson();
    const auto again = BackupManifest::fromJson(written, QStringLiteral("toJson"));
    if (!again)
        violated("toJson() does not parse back:", again.error().message);
    if (again->toJson() != written)
        violated("toJson() parses back to another manifest");
    if (again->signatureValid() != m.signatureValid())
        violated("writing the manifest back changes whether its signature verifies");
    return 0;
}
