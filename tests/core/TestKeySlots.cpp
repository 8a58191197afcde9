#include "store/KeySlots.h"

#include "common/Crypto.h"
#include "common/SealedBox.h"

#include "TestPaths.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <optional>

#include <sys/stat.h>

using namespace mizan;

/// Verifies that a Result failed with the expected ErrorCode (evaluating the expression once).
#define VERIFY_ERROR(expr, expected) \
    do { \
        const auto &verifyErrorResult_ = (expr); \
        QVERIFY(!verifyErrorResult_); \
        QCOMPARE(verifyErrorResult_.error().code, expected); \
    } while (false)

namespace {

constexpr const char *kPassword = "olive trees by the old well";

SecureBytes secret(const char *text)
{
    return SecureBytes::fromView(QByteArrayView(text));
}

QByteArray bytesOf(const SecureBytes &s)
{
    return s.view().toByteArray();
}

/** keyslots.json after `edit` changed its parsed object. */
QByteArray edited(const KeySlots &file, const std::function<void(QJsonObject &)> &edit)
{
    QJsonObject root = QJsonDocument::fromJson(file.toJson()).object();
    edit(root);
    return QJsonDocument(root).toJson();
}

/** Applies `edit` to the first slot's JSON object. */
std::function<void(QJsonObject &)> onSlot(const std::function<void(QJsonObject &)> &edit)
{
    return [edit](QJsonObject &root) {
        QJsonArray slots = root.value(QStringLiteral("slots")).toArray();
        QJsonObject slot = slots.at(0).toObject();
        edit(slot);
        slots[0] = slot;
        root[QStringLiteral("slots")] = slots;
    };
}

Result<KeySlots> fromEdited(const KeySlots &file, const std::function<void(QJsonObject &)> &edit)
{
    return KeySlots::fromJson(edited(file, edit), QStringLiteral("keyslots.json"));
}

/** A slot at generation 1: "layla" for a user, "recovery" for the recovery slot. */
Result<KeySlot> makeSlot(const KeySlots &file,
                         const SecureBytes &secretBytes,
                         const SecureBytes &dataKey,
                         KeySlot::Kind kind = KeySlot::Kind::User)
{
    const QString name = kind == KeySlot::Kind::User ? QStringLiteral("layla")
                                                     : QLatin1String(KeySlots::kRecoveryName);
    return keyring::makeSlot(file, name, kind, secretBytes, KdfParams::testParams(), dataKey, 1);
}

Result<OpenedSlot> openWith(const KeySlots &file, const KeySlot &slot, const char *password)
{
    return keyring::openSlot(file, slot, secret(password));
}

int fileMode(const QString &path)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

} // namespace

class TestKeySlots : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase() { KdfParams::allowTestCost(false); }
    void makeThenOpen();
    void recoverySlotHasNoSigningKey();
    void wrongPasswordFails();
    void slotMovedToAnotherNameFails();
    void slotMovedToAnotherWorkspaceFails();
    void jsonRoundTrip();
    void saveLoadAndMode();
    void loadRejectsDamage_data();
    void loadRejectsDamage();
    void rewrapKeepsKeys();
    void envelopesNewestFirst();
    void tamperedPublicKeysAreIntegrity();

private:
    KeySlots m_file;
    SecureBytes m_dataKey = SecureBytes::random(32);
    std::optional<KeySlot> m_slot; // "layla", password kPassword, generation 1
};

void TestKeySlots::initTestCase()
{
    KdfParams::allowTestCost(true);
    m_file.workspaceId = QStringLiteral("3f1c2a9e-workspace");
    m_file.workspacePublicKey = crypto::generateSigningKey().publicKey;
    auto slot = makeSlot(m_file, secret(kPassword), m_dataKey);
    MIZAN_VERIFY_OK(slot);
    m_slot = std::move(*slot);
    m_file.slots.push_back(*m_slot);
}

void TestKeySlots::makeThenOpen()
{
    const KeySlot &slot = *m_slot;
    QCOMPARE(slot.name, QStringLiteral("layla"));
    QCOMPARE(slot.kind, KeySlot::Kind::User);
    QCOMPARE(slot.boxPublicKey.size(), 32);
    QCOMPARE(slot.signingPublicKey.size(), 32);
    QCOMPARE(slot.envelopes.size(), size_t(1));
    QCOMPARE(slot.envelopes[0].generation, 1);
    QVERIFY(!slot.secrets.contains(bytesOf(m_dataKey)));
    QVERIFY(!slot.envelopes[0].sealed.contains(bytesOf(m_dataKey)));

    auto opened = openWith(m_file, slot, kPassword);
    MIZAN_VERIFY_OK(opened);
    QCOMPARE(opened->dataKeys.size(), size_t(1));
    QCOMPARE(opened->dataKeys[0].first, 1);
    QVERIFY(opened->dataKeys[0].second.equals(m_dataKey));
    QCOMPARE(crypto::boxPublicKeyOf(opened->boxPrivateKey), slot.boxPublicKey);
    QCOMPARE(opened->signingSeed.size(), size_t(32));
    QCOMPARE(crypto::publicKeyOf(opened->signingSeed), slot.signingPublicKey);

    // Two slots made for the same user get different keys and salts.
    auto other = makeSlot(m_file, secret(kPassword), m_dataKey);
    MIZAN_VERIFY_OK(other);
    QVERIFY(other->boxPublicKey != slot.boxPublicKey);
    QVERIFY(other->signingPublicKey != slot.signingPublicKey);
    QVERIFY(other->kdf.salt != slot.kdf.salt);
}

void TestKeySlots::recoverySlotHasNoSigningKey()
{
    const SecureBytes recoveryKey = SecureBytes::random(32);
    KeySlots file = m_file;
    auto slot = makeSlot(file, recoveryKey, m_dataKey, KeySlot::Kind::Recovery);
    MIZAN_VERIFY_OK(slot);
    QVERIFY(slot->signingPublicKey.isEmpty());
    auto opened = keyring::openSlot(file, *slot, recoveryKey);
    MIZAN_VERIFY_OK(opened);
    QVERIFY(opened->signingSeed.isEmpty());
    QCOMPARE(opened->dataKeys.size(), size_t(1));
    QVERIFY(opened->dataKeys[0].second.equals(m_dataKey));
    // Survives the file format (an empty signing key is allowed).
    file.slots = {*slot};
    auto back = KeySlots::fromJson(file.toJson(), QStringLiteral("keyslots.json"));
    MIZAN_VERIFY_OK(back);
    QCOMPARE(back->slots[0].kind, KeySlot::Kind::Recovery);
    MIZAN_VERIFY_OK(keyring::openSlot(*back, back->slots[0], recoveryKey));
}

void TestKeySlots::wrongPasswordFails()
{
    for (const char *wrong : {"olive trees by the old wel", "Olive trees by the old well", "", "x"})
        VERIFY_ERROR(openWith(m_file, *m_slot, wrong), ErrorCode::AuthFailed);
}

void TestKeySlots::slotMovedToAnotherNameFails()
{
    // Renamed in the file itself: the secrets are bound to the name.
    auto renamed = fromEdited(m_file,
                              onSlot([](QJsonObject &s) { s[u"name"] = QStringLiteral("omar"); }));
    MIZAN_VERIFY_OK(renamed);
    QVERIFY(renamed->find(QStringLiteral("omar")));
    QVERIFY(!renamed->find(QStringLiteral("layla")));
    VERIFY_ERROR(openWith(*renamed, renamed->slots[0], kPassword), ErrorCode::AuthFailed);
    // In memory too, even when only the case differs.
    KeySlot copy = *m_slot;
    copy.name = QStringLiteral("Layla");
    VERIFY_ERROR(openWith(m_file, copy, kPassword), ErrorCode::AuthFailed);
}

void TestKeySlots::slotMovedToAnotherWorkspaceFails()
{
    KeySlots other = m_file;
    other.workspaceId = m_file.workspaceId + QLatin1Char('x');
    VERIFY_ERROR(openWith(other, *m_slot, kPassword), ErrorCode::AuthFailed);
    // The same through the file: this slot pasted into another workspace's keyslots.json.
    auto pasted = fromEdited(m_file, [](QJsonObject &root) {
        root[u"workspace_id"] = QStringLiteral("ws-2");
    });
    MIZAN_VERIFY_OK(pasted);
    VERIFY_ERROR(openWith(*pasted, pasted->slots[0], kPassword), ErrorCode::AuthFailed);

    // An envelope is bound to the workspace, the name and the generation as well.
    auto mine = openWith(m_file, *m_slot, kPassword);
    MIZAN_VERIFY_OK(mine);
    const SecureBytes &box = mine->boxPrivateKey;
    const QByteArray &sealed = m_slot->envelopes[0].sealed;
    MIZAN_VERIFY_OK(crypto::openSealed(box, sealed, m_file.envelopeAad(m_slot->name, 1)));
    QVERIFY(!crypto::openSealed(box, sealed, other.envelopeAad(m_slot->name, 1)));
    QVERIFY(!crypto::openSealed(box, sealed, m_file.envelopeAad(QStringLiteral("omar"), 1)));
    QVERIFY(!crypto::openSealed(box, sealed, m_file.envelopeAad(m_slot->name, 2)));
}

void TestKeySlots::jsonRoundTrip()
{
    KeySlots file = m_file;
    file.generation = 7;
    KeySlot second = *m_slot;
    second.name = QStringLiteral("omar");
    second.failedAttempts = 4;
    second.lastFailureMs = 1'767'225'600'123;
    second.lockedUntilMs = 1'767'225'840'123;
    second.lockedOut = true;
    second.envelopes.push_back({6, QByteArray(80, '\x5a')});
    file.slots.push_back(second);

    const QByteArray json = file.toJson();
    QVERIFY(!json.contains(bytesOf(m_dataKey).toBase64()));
    auto back = KeySlots::fromJson(json, QStringLiteral("keyslots.json"));
    MIZAN_VERIFY_OK(back);
    QCOMPARE(back->workspaceId, file.workspaceId);
    QCOMPARE(back->workspacePublicKey, file.workspacePublicKey);
    QCOMPARE(back->generation, 7);
    QCOMPARE(back->slots.size(), file.slots.size());
    for (size_t i = 0; i < file.slots.size(); ++i) {
        const KeySlot &a = file.slots[i];
        const KeySlot &b = back->slots[i];
        QCOMPARE(b.name, a.name);
        QCOMPARE(b.kind, a.kind);
        QVERIFY(b.kdf == a.kdf);
        QCOMPARE(b.secrets, a.secrets);
        QCOMPARE(b.boxPublicKey, a.boxPublicKey);
        QCOMPARE(b.signingPublicKey, a.signingPublicKey);
        QCOMPARE(b.envelopes.size(), a.envelopes.size());
        for (size_t j = 0; j < a.envelopes.size(); ++j) {
            QCOMPARE(b.envelopes[j].generation, a.envelopes[j].generation);
            QCOMPARE(b.envelopes[j].sealed, a.envelopes[j].sealed);
        }
        QCOMPARE(b.failedAttempts, a.failedAttempts);
        QCOMPARE(b.lastFailureMs, a.lastFailureMs);
        QCOMPARE(b.lockedUntilMs, a.lockedUntilMs);
        QCOMPARE(b.lockedOut, a.lockedOut);
    }
    QCOMPARE(back->toJson(), json);
    QVERIFY(!back->find(QStringLiteral("nobody")));
    MIZAN_VERIFY_OK(openWith(*back, *back->find(QStringLiteral("layla")), kPassword));
}

void TestKeySlots::saveLoadAndMode()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("keyslots.json"));
    const auto missing = KeySlots::load(path);
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, ErrorCode::Io);
    QCOMPARE(missing.error().file, path);

    const mode_t oldMask = ::umask(0); // the mode must not depend on the umask
    const Result<> saved = m_file.save(path);
    ::umask(oldMask);
    MIZAN_VERIFY_OK(saved);
    QCOMPARE(fileMode(path), 0600);
    auto loaded = KeySlots::load(path);
    MIZAN_VERIFY_OK(loaded);
    QCOMPARE(loaded->toJson(), m_file.toJson());

    // Overwriting a file that someone made readable makes it private again.
    QVERIFY(::chmod(QFile::encodeName(path).constData(), 0644) == 0);
    MIZAN_VERIFY_OK(m_file.save(path));
    QCOMPARE(fileMode(path), 0600);
    // No temporary file is left behind.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("keyslots.json")});
}

void TestKeySlots::loadRejectsDamage_data()
{
    QTest::addColumn<QByteArray>("json");
    const KeySlots &f = m_file;
    auto set = [](const char *key, const QJsonValue &value) {
        return [key, value](QJsonObject &o) { o[QLatin1String(key)] = value; };
    };
    const QString shortKey = QString::fromLatin1(QByteArray(31, 'k').toBase64());
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("not JSON") << QByteArrayLiteral("{\"format\": \"mizan.keyslots/1\",");
    QTest::newRow("array") << QByteArrayLiteral("[]");
    QTest::newRow("truncated") << f.toJson().chopped(20);
    QTest::newRow("wrong format") << edited(f, set("format", QStringLiteral("mizan.keyslots/2")));
    QTest::newRow("no format") << edited(f, [](QJsonObject &o) { o.remove(u"format"); });
    QTest::newRow("unknown key") << edited(f, set("extra", 1));
    QTest::newRow("bad base64 public key")
        << edited(f, set("workspace_public_key", QStringLiteral("@@no@@")));
    QTest::newRow("short public key") << edited(f, set("workspace_public_key", shortKey));
    QTest::newRow("generation 0") << edited(f, set("generation", 0));
    QTest::newRow("bad base64 secrets")
        << edited(f, onSlot(set("secrets", QStringLiteral("abc!def="))));
    QTest::newRow("bad base64 box key")
        << edited(f, onSlot(set("box_public_key", QStringLiteral("a b c d"))));
    QTest::newRow("short box key") << edited(f, onSlot(set("box_public_key", shortKey)));
    QTest::newRow("unknown kind") << edited(f, onSlot(set("kind", QStringLiteral("admin"))));
    QTest::newRow("negative failures") << edited(f, onSlot(set("failed_attempts", -1)));
    QTest::newRow("locked_out not bool")
        << edited(f, onSlot(set("locked_out", QStringLiteral("no"))));
    QJsonObject pbkdf2 = f.slots[0].kdf.toJson();
    pbkdf2[QStringLiteral("algorithm")] = QStringLiteral("pbkdf2");
    QTest::newRow("unknown kdf") << edited(f, onSlot(set("kdf", pbkdf2)));
    const QJsonObject badEnvelope{{QStringLiteral("generation"), 1},
                                  {QStringLiteral("sealed"), QStringLiteral("%%%")}};
    QTest::newRow("bad envelope base64")
        << edited(f, onSlot(set("envelopes", QJsonArray{badEnvelope})));
    KeySlots twice = f;
    twice.slots.push_back(twice.slots.front());
    QTest::newRow("duplicate slot names") << twice.toJson();
}

void TestKeySlots::loadRejectsDamage()
{
    QFETCH(QByteArray, json);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("keyslots.json"));
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly));
    QCOMPARE(out.write(json), json.size());
    out.close();

    const auto loaded = KeySlots::load(path);
    QVERIFY(!loaded);
    QCOMPARE(loaded.error().code, ErrorCode::Integrity);
    QCOMPARE(loaded.error().file, path);
    QVERIFY2(loaded.error().message.contains(path), qPrintable(loaded.error().message));
}

void TestKeySlots::rewrapKeepsKeys()
{
    KeySlot slot = *m_slot;
    auto before = openWith(m_file, slot, kPassword);
    MIZAN_VERIFY_OK(before);
    const KdfParams newKdf = KdfParams::testParams();
    MIZAN_VERIFY_OK(
        keyring::rewrapSlot(m_file, slot, *before, secret("a brand new pass phrase"), newKdf));
    QVERIFY(slot.kdf == newKdf);
    QVERIFY(slot.secrets != m_slot->secrets);
    VERIFY_ERROR(openWith(m_file, slot, kPassword), ErrorCode::AuthFailed);

    auto after = openWith(m_file, slot, "a brand new pass phrase");
    MIZAN_VERIFY_OK(after);
    QCOMPARE(slot.boxPublicKey, m_slot->boxPublicKey);
    QCOMPARE(slot.signingPublicKey, m_slot->signingPublicKey);
    QVERIFY(after->boxPrivateKey.equals(before->boxPrivateKey));
    QVERIFY(after->signingSeed.equals(before->signingSeed));
    // The envelopes were not touched and still open.
    QCOMPARE(after->dataKeys.size(), size_t(1));
    QVERIFY(after->dataKeys[0].second.equals(m_dataKey));
}

void TestKeySlots::envelopesNewestFirst()
{
    KeySlot slot = *m_slot;
    const SecureBytes newer = SecureBytes::random(32);
    keyring::addEnvelope(m_file, slot, newer, 2);
    QCOMPARE(slot.envelopes.size(), size_t(2));
    QCOMPARE(slot.envelopes[0].generation, 2);
    QCOMPARE(slot.envelopes[1].generation, 1);

    auto opened = openWith(m_file, slot, kPassword);
    MIZAN_VERIFY_OK(opened);
    QCOMPARE(opened->dataKeys.size(), size_t(2));
    QCOMPARE(opened->dataKeys[0].first, 2);
    QVERIFY(opened->dataKeys[0].second.equals(newer));
    QCOMPARE(opened->dataKeys[1].first, 1);
    QVERIFY(opened->dataKeys[1].second.equals(m_dataKey));

    // Adding a generation again replaces it; dropping the old one leaves only the new key.
    const SecureBytes replaced = SecureBytes::random(32);
    keyring::addEnvelope(m_file, slot, replaced, 2);
    QCOMPARE(slot.envelopes.size(), size_t(2));
    std::erase_if(slot.envelopes, [](const KeyEnvelope &e) { return e.generation == 1; });
    opened = openWith(m_file, slot, kPassword);
    MIZAN_VERIFY_OK(opened);
    QCOMPARE(opened->dataKeys.size(), size_t(1));
    QCOMPARE(opened->dataKeys[0].first, 2);
    QVERIFY(opened->dataKeys[0].second.equals(replaced));

    // An envelope relabelled with another generation (associated data) or taken from another
    // slot yields no key; it is dropped, not returned as a wrong key.
    keyring::addEnvelope(m_file, slot, m_dataKey, 1);
    slot.envelopes[0].generation = 3;
    auto stranger = makeSlot(m_file, secret("somebody else entirely"), m_dataKey);
    MIZAN_VERIFY_OK(stranger);
    slot.envelopes[1].sealed = stranger->envelopes[0].sealed;
    opened = openWith(m_file, slot, kPassword);
    MIZAN_VERIFY_OK(opened);
    QVERIFY(opened->dataKeys.empty());
}

void TestKeySlots::tamperedPublicKeysAreIntegrity()
{
    const QString otherBox = QString::fromLatin1(crypto::generateBoxKey().publicKey.toBase64());
    auto boxTampered = fromEdited(m_file,
                                  onSlot([&](QJsonObject &s) { s[u"box_public_key"] = otherBox; }));
    MIZAN_VERIFY_OK(boxTampered);
    VERIFY_ERROR(openWith(*boxTampered, boxTampered->slots[0], kPassword), ErrorCode::Integrity);

    KeySlot signingTampered = *m_slot;
    signingTampered.signingPublicKey = crypto::generateSigningKey().publicKey;
    VERIFY_ERROR(openWith(m_file, signingTampered, kPassword), ErrorCode::Integrity);

    // A user slot relabelled as a recovery slot (whose secrets hold only a box key) is refused.
    KeySlot kindTampered = *m_slot;
    kindTampered.kind = KeySlot::Kind::Recovery;
    VERIFY_ERROR(openWith(m_file, kindTampered, kPassword), ErrorCode::Integrity);
}

QTEST_GUILESS_MAIN(TestKeySlots)
#include "TestKeySlots.moc"
