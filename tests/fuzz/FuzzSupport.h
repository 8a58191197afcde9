#pragma once

// Shared by the libFuzzer targets: the seed evidence packs (a real pack exported by mizan-cli,
// see tests/fuzz/run.sh) and the keys they were signed with.

#include "audit/AuditVerifier.h"
#include "common/Crypto.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include <cstdint>
#include <cstdlib>

namespace mizan::fuzz {

/** The input as the parsers take it. */
inline QByteArrayView view(const uint8_t *data, size_t size)
{
    return QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size));
}

/** A seed-pack folder: "complete" or "filtered". */
inline QString seedPack(const char *name)
{
    return QStringLiteral(MIZAN_FUZZ_SEEDS "/") + QLatin1String(name);
}

/** A file the fuzzer needs to start; aborts when it is missing (a broken setup, not a finding). */
inline QByteArray readOrDie(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        std::abort();
    return file.readAll();
}

/** The keys of the seed packs (keys/keys.json and its PEM files), as a verifier trusts them. */
inline const AuditKeyring &seedKeyring()
{
    static const AuditKeyring keys = [] {
        const QString dir = seedPack("complete");
        const QJsonObject index
            = QJsonDocument::fromJson(readOrDie(dir + QStringLiteral("/keys/keys.json"))).object();
        AuditKeyring k;
        k.origin = index.value(QStringLiteral("origin")).toString();
        k.workspacePublicKey = crypto::publicKeyFromPem(
            readOrDie(dir + QStringLiteral("/keys/workspace.pem")));
        for (const QJsonValue &v : index.value(QStringLiteral("users")).toArray()) {
            const QJsonObject o = v.toObject();
            k.userKeys[o.value(QStringLiteral("user")).toString()].append(crypto::publicKeyFromPem(
                readOrDie(dir + u'/' + o.value(QStringLiteral("file")).toString())));
        }
        if (k.origin.isEmpty() || k.workspacePublicKey.size() != 32 || k.userKeys.isEmpty())
            std::abort();
        return k;
    }();
    return keys;
}

} // namespace mizan::fuzz
