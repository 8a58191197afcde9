#include "store/KeySlots.h"

#include "common/Crypto.h"
#include "common/JsonFields.h"
#include "common/SealedBox.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>

namespace mizan {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mizan::KeySlots)
};

constexpr qint64 kMaxFileBytes = 4 << 20;

QString b64(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

Error integrity(const QString &source, const QString &what)
{
    Error e = makeError(ErrorCode::Integrity,
                        Tr::tr("%1 is damaged or was altered: %2").arg(source, what));
    e.file = source;
    return e;
}

/** Re-labels a parse error as an integrity error: Mizan wrote this file, so any fault is damage. */
template<typename T>
Result<T> asIntegrity(Result<T> r, const QString &source)
{
    if (r)
        return r;
    Error e = integrity(source, r.error().message);
    e.field = r.error().field;
    return fail(e);
}

Result<QByteArray> base64Field(const JsonFields &f,
                               const QString &key,
                               qsizetype size,
                               bool allowEmpty = false)
{
    MIZAN_TRY(text, f.string(key));
    const auto decoded = QByteArray::fromBase64Encoding(text.toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded
        || (size >= 0 && decoded.decoded.size() != size
            && !(allowEmpty && decoded.decoded.isEmpty())))
        return fail(f.error(key, Tr::tr("expected %1 bytes in base64").arg(size < 0 ? 0 : size)));
    return decoded.decoded;
}

} // namespace

KeySlot *KeySlots::find(const QString &name)
{
    auto it = std::find_if(slots.begin(), slots.end(), [&](const KeySlot &s) {
        return s.name == name;
    });
    return it == slots.end() ? nullptr : &*it;
}

const KeySlot *KeySlots::find(const QString &name) const
{
    return const_cast<KeySlots *>(this)->find(name);
}

QByteArray KeySlots::secretsAad(const QString &name) const
{
    return "mizan.slot/1\n" + workspaceId.toUtf8() + '\n' + name.toUtf8();
}

QByteArray KeySlots::envelopeAad(const QString &name, int generation) const
{
    return "mizan.envelope/1\n" + workspaceId.toUtf8() + '\n' + name.toUtf8() + '\n'
           + QByteArray::number(generation);
}

QByteArray KeySlots::toJson() const
{
    QJsonArray slotArray;
    for (const KeySlot &s : slots) {
        QJsonArray envelopes;
        for (const KeyEnvelope &e : s.envelopes)
            envelopes.append(QJsonObject{{QStringLiteral("generation"), e.generation},
                                         {QStringLiteral("sealed"), b64(e.sealed)}});
        slotArray.append(QJsonObject{
            {QStringLiteral("name"), s.name},
            {QStringLiteral("kind"),
             s.kind == KeySlot::Kind::User ? QStringLiteral("user") : QStringLiteral("recovery")},
            {QStringLiteral("kdf"), s.kdf.toJson()},
            {QStringLiteral("secrets"), b64(s.secrets)},
            {QStringLiteral("box_public_key"), b64(s.boxPublicKey)},
            {QStringLiteral("signing_public_key"), b64(s.signingPublicKey)},
            {QStringLiteral("envelopes"), envelopes},
            {QStringLiteral("failed_attempts"), s.failedAttempts},
            {QStringLiteral("last_failure_ms"), s.lastFailureMs},
            {QStringLiteral("locked_until_ms"), s.lockedUntilMs},
            {QStringLiteral("locked_out"), s.lockedOut},
        });
    }
    const QJsonObject root{{QStringLiteral("format"), QLatin1String(kFormat)},
                           {QStringLiteral("workspace_id"), workspaceId},
                           {QStringLiteral("workspace_public_key"), b64(workspacePublicKey)},
                           {QStringLiteral("generation"), generation},
                           {QStringLiteral("slots"), slotArray}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<KeySlots> KeySlots::fromJson(const QByteArray &json, const QString &source)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return fail(integrity(source,
                              Tr::tr("not valid JSON (%1 at byte %2)")
                                  .arg(parseError.errorString())
                                  .arg(parseError.offset)));
    return asIntegrity<KeySlots>(
        [&]() -> Result<KeySlots> {
            const JsonFields f(doc.object(), source);
            MIZAN_CHECK(f.checkKeys({QStringLiteral("format"),
                                     QStringLiteral("workspace_id"),
                                     QStringLiteral("workspace_public_key"),
                                     QStringLiteral("generation"),
                                     QStringLiteral("slots")}));
            MIZAN_TRY(format, f.string(QStringLiteral("format")));
            if (format != QLatin1String(kFormat))
                return fail(f.error(QStringLiteral("format"),
                                    Tr::tr("expected \"%1\"").arg(QLatin1String(kFormat))));
            KeySlots file;
            MIZAN_TRY(id, f.string(QStringLiteral("workspace_id")));
            file.workspaceId = id;
            MIZAN_TRY(publicKey, base64Field(f, QStringLiteral("workspace_public_key"), 32));
            file.workspacePublicKey = publicKey;
            MIZAN_TRY(generation, f.integer(QStringLiteral("generation"), 1, 1 << 30));
            file.generation = int(generation);
            MIZAN_TRY(array, f.array(QStringLiteral("slots")));
            for (qsizetype i = 0; i < array.size(); ++i) {
                MIZAN_TRY(s, f.objectAt(QStringLiteral("slots"), array, i));
                MIZAN_CHECK(s.checkKeys({QStringLiteral("name"),
                                         QStringLiteral("kind"),
                                         QStringLiteral("kdf"),
                                         QStringLiteral("secrets"),
                                         QStringLiteral("box_public_key"),
                                         QStringLiteral("signing_public_key"),
                                         QStringLiteral("envelopes"),
                                         QStringLiteral("failed_attempts"),
                                         QStringLiteral("last_failure_ms"),
                                         QStringLiteral("locked_until_ms"),
                                         QStringLiteral("locked_out")}));
                KeySlot slot;
                MIZAN_TRY(name, s.string(QStringLiteral("name")));
                slot.name = name;
                MIZAN_TRY(kind, s.string(QStringLiteral("kind")));
                if (kind != QLatin1String("user") && kind != QLatin1String("recovery"))
                    return fail(s.error(QStringLiteral("kind"),
                                        Tr::tr("expected \"user\" or \"recovery\"")));
                slot.kind = kind == QLatin1String("user") ? KeySlot::Kind::User
                                                          : KeySlot::Kind::Recovery;
                MIZAN_TRY(kdfObject, s.object(QStringLiteral("kdf")));
                MIZAN_TRY(kdf, KdfParams::fromJson(kdfObject.json(), source));
                slot.kdf = kdf;
                MIZAN_TRY(secrets, base64Field(s, QStringLiteral("secrets"), -1));
                slot.secrets = secrets;
                MIZAN_TRY(boxKey, base64Field(s, QStringLiteral("box_public_key"), 32));
                slot.boxPublicKey = boxKey;
                MIZAN_TRY(signingKey,
                          base64Field(s, QStringLiteral("signing_public_key"), 32, true));
                slot.signingPublicKey = signingKey;
                MIZAN_TRY(envelopes, s.array(QStringLiteral("envelopes")));
                for (qsizetype j = 0; j < envelopes.size(); ++j) {
                    MIZAN_TRY(e, s.objectAt(QStringLiteral("envelopes"), envelopes, j));
                    MIZAN_CHECK(
                        e.checkKeys({QStringLiteral("generation"), QStringLiteral("sealed")}));
                    MIZAN_TRY(g, e.integer(QStringLiteral("generation"), 1, 1 << 30));
                    MIZAN_TRY(sealed, base64Field(e, QStringLiteral("sealed"), -1));
                    slot.envelopes.push_back({int(g), sealed});
                }
                MIZAN_TRY(failed, s.integer(QStringLiteral("failed_attempts"), 0, 1 << 30));
                slot.failedAttempts = int(failed);
                MIZAN_TRY(lastFailure,
                          s.integer(QStringLiteral("last_failure_ms"), 0, qint64(1) << 52));
                slot.lastFailureMs = lastFailure;
                MIZAN_TRY(lockedUntil,
                          s.integer(QStringLiteral("locked_until_ms"), 0, qint64(1) << 52));
                slot.lockedUntilMs = lockedUntil;
                MIZAN_TRY(lockedOut, s.boolean(QStringLiteral("locked_out")));
                slot.lockedOut = lockedOut;
                if (file.find(slot.name))
                    return fail(s.error(QStringLiteral("name"),
                                        Tr::tr("a second slot named \"%1\"").arg(slot.name)));
                file.slots.push_back(std::move(slot));
            }
            return file;
        }(),
        source);
}

Result<KeySlots> KeySlots::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Error e
            = makeError(ErrorCode::Io,
                        Tr::tr("%1: cannot read the key slots: %2").arg(path, file.errorString()));
        e.file = path;
        return fail(e);
    }
    if (file.size() > kMaxFileBytes)
        return fail(integrity(path, Tr::tr("the file is too large")));
    return fromJson(file.readAll(), path);
}

Result<> KeySlots::save(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        Error e
            = makeError(ErrorCode::Io,
                        Tr::tr("%1: cannot write the key slots: %2").arg(path, file.errorString()));
        e.file = path;
        return fail(e);
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QByteArray json = toJson();
    if (file.write(json) != json.size() || !file.commit()) {
        Error e
            = makeError(ErrorCode::Io,
                        Tr::tr("%1: cannot write the key slots: %2").arg(path, file.errorString()));
        e.file = path;
        return fail(e);
    }
    return {};
}

namespace keyring {

namespace {

SecureBytes joinSecrets(const SecureBytes &box, const SecureBytes &signing)
{
    SecureBytes joined(box.size() + signing.size());
    std::copy_n(box.data(), box.size(), joined.data());
    if (!signing.isEmpty())
        std::copy_n(signing.data(), signing.size(), joined.data() + box.size());
    return joined;
}

} // namespace

Result<KeySlot> makeSlot(const KeySlots &file,
                         const QString &name,
                         KeySlot::Kind kind,
                         const SecureBytes &secret,
                         const KdfParams &kdf,
                         const SecureBytes &dataKey,
                         int generation)
{
    KeySlot slot;
    slot.name = name;
    slot.kind = kind;
    slot.kdf = kdf;
    crypto::BoxKey box = crypto::generateBoxKey();
    SecureBytes signingSeed;
    if (kind == KeySlot::Kind::User) {
        crypto::SigningKey signing = crypto::generateSigningKey();
        slot.signingPublicKey = signing.publicKey;
        signingSeed = std::move(signing.privateSeed);
    }
    slot.boxPublicKey = box.publicKey;
    OpenedSlot opened{std::move(box.privateKey), std::move(signingSeed), {}};
    MIZAN_CHECK(rewrapSlot(file, slot, opened, secret, kdf));
    addEnvelope(file, slot, dataKey, generation);
    return slot;
}

Result<> rewrapSlot(const KeySlots &file,
                    KeySlot &slot,
                    const OpenedSlot &opened,
                    const SecureBytes &newSecret,
                    const KdfParams &kdf)
{
    MIZAN_TRY(slotKey, deriveKey(newSecret, kdf));
    const SecureBytes joined = joinSecrets(opened.boxPrivateKey, opened.signingSeed);
    slot.kdf = kdf;
    slot.secrets = crypto::seal(slotKey, joined.view(), file.secretsAad(slot.name));
    return {};
}

void addEnvelope(const KeySlots &file, KeySlot &slot, const SecureBytes &dataKey, int generation)
{
    std::erase_if(slot.envelopes, [&](const KeyEnvelope &e) { return e.generation == generation; });
    slot.envelopes.push_back({generation,
                              crypto::sealTo(slot.boxPublicKey,
                                             dataKey.view(),
                                             file.envelopeAad(slot.name, generation))});
    std::sort(slot.envelopes.begin(),
              slot.envelopes.end(),
              [](const KeyEnvelope &a, const KeyEnvelope &b) {
                  return a.generation > b.generation;
              });
}

Result<OpenedSlot> openSlot(const KeySlots &file, const KeySlot &slot, const SecureBytes &secret)
{
    MIZAN_TRY(slotKey, deriveKey(secret, slot.kdf));
    MIZAN_TRY(secrets, crypto::open(slotKey, slot.secrets, file.secretsAad(slot.name)));
    const size_t expected = slot.kind == KeySlot::Kind::User ? 64 : 32;
    if (secrets.size() != expected)
        return fail(integrity(slot.name, Tr::tr("the slot's secrets have the wrong size")));
    OpenedSlot opened;
    opened.boxPrivateKey = SecureBytes(secrets.data(), 32);
    if (expected == 64)
        opened.signingSeed = SecureBytes(secrets.data() + 32, 32);
    // The stored public keys must belong to the private ones: a swapped public key would
    // otherwise let someone seal a key of their choosing to this slot.
    if (crypto::boxPublicKeyOf(opened.boxPrivateKey) != slot.boxPublicKey
        || (expected == 64 && crypto::publicKeyOf(opened.signingSeed) != slot.signingPublicKey))
        return fail(
            integrity(slot.name, Tr::tr("the slot's public keys do not match its private keys")));
    for (const KeyEnvelope &e : slot.envelopes) {
        auto key = crypto::openSealed(opened.boxPrivateKey,
                                      e.sealed,
                                      file.envelopeAad(slot.name, e.generation));
        if (key && key->size() == 32)
            opened.dataKeys.emplace_back(e.generation, std::move(*key));
    }
    std::sort(opened.dataKeys.begin(), opened.dataKeys.end(), [](const auto &a, const auto &b) {
        return a.first > b.first;
    });
    return opened;
}

} // namespace keyring

} // namespace mizan
