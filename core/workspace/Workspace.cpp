#include "workspace/Workspace.h"

#include "audit/AuditLog.h"
#include "common/Crypto.h"
#include "privacy/PiiDetector.h"
#include "security/Lockout.h"
#include "security/PasswordPolicy.h"
#include "workspace/PiiVault.h"
#include "workspace/WorkspacePrivate.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QThread>
#include <QUuid>

namespace mizan {

namespace {
/// Translation context of the facade (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mizan::Workspace)
};
} // namespace

namespace {

Error at(Error e, const QString &file)
{
    e.file = file;
    return e;
}

} // namespace

Workspace::Workspace(std::unique_ptr<Private> p)
    : d(std::move(p))
{}

Workspace::~Workspace()
{
    if (isUnlocked())
        static_cast<void>(logout());
    wipeKeys();
}

qint64 Workspace::now() const
{
    return m_options.clock->nowMs();
}

bool Workspace::isUnlocked() const
{
    return d->db.has_value() && !m_user.isEmpty();
}

bool Workspace::looksLikeWorkspace(const QString &dir)
{
    const QDir folder(dir);
    return folder.exists(QLatin1String(kSlotsFile)) && folder.exists(QLatin1String(kDatabaseFile));
}

bool takeWorkspaceLock(QLockFile &lock)
{
    if (lock.tryLock(0))
        return true;
    qint64 pid = 0;
    QString host;
    QString app;
    if (lock.getLockInfo(&pid, &host, &app) && pid > 0)
        return false;     // a live owner (a dead one's lock is removed by tryLock)
    QThread::msleep(200); // perhaps being written this very moment: look again
    if (lock.getLockInfo(&pid, &host, &app) && pid > 0)
        return lock.tryLock(0);
    return lock.removeStaleLockFile() && lock.tryLock(0);
}

Result<std::unique_ptr<Workspace>> Workspace::open(const QString &dir, WorkspaceOptions options)
{
    if (!options.clock)
        options.clock = std::make_shared<Clock>();
    const QDir folder(dir);
    if (!looksLikeWorkspace(dir))
        return fail(at(makeError(ErrorCode::InvalidInput,
                                 Tr::tr("%1 is not a Mizan workspace (it has no %2 and %3)")
                                     .arg(QDir::toNativeSeparators(dir),
                                          QLatin1String(kDatabaseFile),
                                          QLatin1String(kSlotsFile))),
                       dir));
    auto p = std::make_unique<Private>(folder.filePath(QLatin1String(kLockFile)));
    p->lock.setStaleLockTime(0); // stale only when its process is gone
    if (!takeWorkspaceLock(p->lock)) {
        qint64 pid = 0;
        QString host;
        QString app;
        p->lock.getLockInfo(&pid, &host, &app);
        return fail(at(makeError(ErrorCode::Io,
                                 Tr::tr("The workspace %1 is in use by %2 (process %3 on %4); "
                                        "close it there first.")
                                     .arg(QDir::toNativeSeparators(dir),
                                          app.isEmpty() ? Tr::tr("another program") : app)
                                     .arg(pid)
                                     .arg(host)),
                       dir));
    }
    p->slotsPath = folder.filePath(QLatin1String(kSlotsFile));
    p->dbPath = folder.filePath(QLatin1String(kDatabaseFile));
    MIZAN_TRY(slots, KeySlots::load(p->slotsPath));
    p->slots = std::move(slots);
    std::unique_ptr<Workspace> ws(new Workspace(std::move(p)));
    ws->m_options = std::move(options);
    ws->m_dir = folder.absolutePath();
    return ws;
}

Result<Workspace::Created> Workspace::create(const QString &dir,
                                             const QString &adminName,
                                             const SecureBytes &adminPassword,
                                             WorkspaceOptions options)
{
    if (!options.clock)
        options.clock = std::make_shared<Clock>();
    MIZAN_CHECK(validateUserName(adminName));
    MIZAN_CHECK(PasswordPolicy::check(adminPassword, adminName));
    KdfParams probe = options.kdf;
    probe.salt = KdfParams::withFreshSalt().salt;
    MIZAN_CHECK(probe.validate());
    QDir folder(dir);
    if (folder.exists()
        && !folder.isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot))
        return fail(
            at(makeError(ErrorCode::InvalidInput,
                         Tr::tr("%1 is not empty; a new workspace needs an empty or new folder")
                             .arg(QDir::toNativeSeparators(dir))),
               dir));
    if (!folder.exists() && !QDir().mkpath(dir))
        return fail(
            at(makeError(ErrorCode::Io, Tr::tr("cannot create the folder %1").arg(dir)), dir));
    QFile::setPermissions(dir,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

    auto p = std::make_unique<Private>(folder.filePath(QLatin1String(kLockFile)));
    p->lock.setStaleLockTime(0);
    if (!p->lock.tryLock(0))
        return fail(makeError(ErrorCode::Io, Tr::tr("cannot lock the new workspace %1").arg(dir)));
    p->slotsPath = folder.filePath(QLatin1String(kSlotsFile));
    p->dbPath = folder.filePath(QLatin1String(kDatabaseFile));

    // On any failure below, nothing of the new workspace is left behind.
    const auto cleanup = [&] {
        QFile::remove(p->dbPath);
        QFile::remove(p->dbPath + QStringLiteral("-journal"));
        QFile::remove(p->slotsPath);
    };
    const qint64 nowMs = options.clock->nowMs();
    SecureBytes dataKey = SecureBytes::random(32);
    crypto::SigningKey workspaceKey = crypto::generateSigningKey();
    KeySlots &slots = p->slots;
    slots.workspaceId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    slots.workspacePublicKey = workspaceKey.publicKey;
    slots.generation = 1;

    KdfParams adminKdf = options.kdf;
    adminKdf.salt = KdfParams::withFreshSalt().salt;
    auto adminSlot = keyring::makeSlot(slots,
                                       adminName,
                                       KeySlot::Kind::User,
                                       adminPassword,
                                       adminKdf,
                                       dataKey,
                                       1);
    if (!adminSlot)
        return fail(adminSlot.error());
    const SecureBytes recoveryRaw = SecureBytes::random(32);
    KdfParams recoveryKdf = options.kdf;
    recoveryKdf.salt = KdfParams::withFreshSalt().salt;
    auto recoverySlot = keyring::makeSlot(slots,
                                          QLatin1String(KeySlots::kRecoveryName),
                                          KeySlot::Kind::Recovery,
                                          recoveryRaw,
                                          recoveryKdf,
                                          dataKey,
                                          1);
    if (!recoverySlot)
        return fail(recoverySlot.error());

    auto db = Database::open(p->dbPath, dataKey, Database::Mode::Create);
    if (!db) {
        cleanup();
        return fail(db.error());
    }
    auto built = [&]() -> Result<> {
        MIZAN_CHECK(db->migrate(workspaceMigrations(), dataKey));
        return db->transaction([&]() -> Result<> {
            MIZAN_TRY(meta, db->prepare("INSERT INTO meta(key, value) VALUES(?, ?)"));
            for (const auto &[key, value] :
                 {std::pair{QStringLiteral("workspace_id"), slots.workspaceId},
                  std::pair{QStringLiteral("created_ms"), QString::number(nowMs)},
                  std::pair{QStringLiteral("created_by"), adminName},
                  std::pair{QStringLiteral("created_with"),
                            QStringLiteral("Mizan " MIZAN_VERSION)}}) {
                meta.bind(1, key).bind(2, value);
                MIZAN_CHECK(meta.run());
                MIZAN_CHECK(meta.reset());
            }
            MIZAN_TRY(
                wk,
                db->prepare(
                    "INSERT INTO workspace_key(id, public_key, private_seed) VALUES(1, ?, ?)"));
            QByteArray seed = workspaceKey.privateSeed.view().toByteArray();
            wk.bind(1, workspaceKey.publicKey).bind(2, seed); // SQLite copies it
            std::fill(seed.begin(), seed.end(), '\0');
            MIZAN_CHECK(wk.run());
            MIZAN_TRY(user,
                      db->prepare("INSERT INTO users(name, role, created_ms, created_by, "
                                  "signing_public_key, box_public_key) VALUES(?, ?, ?, ?, ?, ?)"));
            user.bind(1, adminName)
                .bind(2, roleId(Role::Admin))
                .bind(3, nowMs)
                .bind(4, QStringLiteral("init"))
                .bind(5, adminSlot->signingPublicKey)
                .bind(6, adminSlot->boxPublicKey);
            MIZAN_CHECK(user.run());
            MIZAN_TRY(keys,
                      db->prepare("INSERT INTO user_keys(user, signing_public_key, valid_from_ms) "
                                  "VALUES(?, ?, ?)"));
            keys.bind(1, adminName).bind(2, adminSlot->signingPublicKey).bind(3, nowMs);
            MIZAN_CHECK(keys.run());
            MIZAN_TRY(grant,
                      db->prepare(
                          "INSERT INTO grants(user, grant, requested_by, requested_ms, state) "
                          "VALUES(?, ?, 'init', ?, 'applied')"));
            grant.bind(1, adminName).bind(2, QStringLiteral("role:admin")).bind(3, nowMs);
            MIZAN_CHECK(grant.run());
            AuditEntry entry;
            entry.timeMs = nowMs;
            entry.actor = adminName;
            entry.role = roleId(Role::Admin);
            entry.action = QStringLiteral("workspace.create");
            entry.target = slots.workspaceId;
            entry.outcome = QStringLiteral("ok");
            entry.details = QJsonObject{{QStringLiteral("recovery_key"), QStringLiteral("created")}};
            const AuditSigner signer{QStringLiteral("mizan/") + slots.workspaceId,
                                     workspaceKey.publicKey,
                                     &workspaceKey.privateSeed};
            MIZAN_CHECK(AuditLog::append(*db, entry, &signer));
            return {};
        });
    }();
    if (!built) {
        db = fail(built.error()); // closes the database before it is removed
        cleanup();
        return fail(built.error());
    }
    slots.slots.push_back(std::move(*adminSlot));
    slots.slots.push_back(std::move(*recoverySlot));
    if (auto saved = slots.save(p->slotsPath); !saved) {
        db = fail(saved.error());
        cleanup();
        return fail(saved.error());
    }

    std::unique_ptr<Workspace> ws(new Workspace(std::move(p)));
    ws->m_options = std::move(options);
    ws->m_dir = folder.absolutePath();
    ws->d->db = std::move(*db);
    ws->d->dataKey = std::move(dataKey);
    ws->d->workspaceSeed = std::move(workspaceKey.privateSeed);
    ws->m_user = adminName;
    ws->m_role = Role::Admin;
    ws->m_lastActivityMs = ws->m_lastAuthMs = nowMs;
    // The admin's personal keys: open the slot just made (cheap to keep the code path single).
    const KeySlot &slot = *ws->d->slots.find(adminName);
    MIZAN_TRY(opened, keyring::openSlot(ws->d->slots, slot, adminPassword));
    ws->d->signingSeed = std::move(opened.signingSeed);
    ws->d->boxPrivateKey = std::move(opened.boxPrivateKey);
    Created created;
    created.workspace = std::move(ws);
    created.recoveryKey = formatRecoveryKey(recoveryRaw);
    return created;
}

// ---- signing in ----

Result<> Workspace::login(const QString &user, const SecureBytes &password)
{
    if (isSignedIn())
        return fail(ErrorCode::InvalidInput,
                    Tr::tr("%1 is already signed in; sign out first.").arg(m_user));
    KeySlot *slot = d->slots.find(user);
    if (!slot || slot->kind != KeySlot::Kind::User) {
        // Same cost as a real attempt, so timing does not tell which names exist.
        KdfParams dummy = m_options.kdf;
        dummy.salt = QByteArray(16, 'm');
        static_cast<void>(deriveKey(password, dummy));
        return fail(ErrorCode::AuthFailed, Tr::tr("Unknown user or wrong password."));
    }
    MIZAN_CHECK(Lockout::check(*slot, now()));
    auto opened = keyring::openSlot(d->slots, *slot, password);
    if (!opened) {
        if (opened.error().code != ErrorCode::AuthFailed)
            return fail(opened.error());
        Lockout::recordFailure(*slot, now());
        MIZAN_CHECK(saveSlots());
        return fail(ErrorCode::AuthFailed, Tr::tr("Unknown user or wrong password."));
    }
    const int previousFailures = slot->failedAttempts;
    if (slot->envelopes.empty()) {
        // The right password, but an admin took the data key away (disabled) or has not
        // given it yet (waiting for a second admin).
        Lockout::recordSuccess(*slot);
        MIZAN_CHECK(saveSlots());
        return fail(ErrorCode::AuthFailed,
                    Tr::tr("The account \"%1\" is disabled or waits for a second administrator "
                           "to confirm its role; ask an administrator.")
                        .arg(user));
    }
    MIZAN_CHECK(openWithSlot(*opened));
    m_user = user;
    d->recovery = false;
    if (auto signedIn = finishSignIn(false, previousFailures); !signedIn) {
        d->db.reset();
        wipeKeys();
        m_user.clear();
        m_role.reset();
        return signedIn;
    }
    Lockout::recordSuccess(*d->slots.find(user));
    return saveSlots();
}

Result<> Workspace::loginWithRecoveryKey(const SecureBytes &recoveryKeyText)
{
    if (isSignedIn())
        return fail(ErrorCode::InvalidInput,
                    Tr::tr("%1 is already signed in; sign out first.").arg(m_user));
    KeySlot *slot = d->slots.find(QLatin1String(KeySlots::kRecoveryName));
    if (!slot || slot->kind != KeySlot::Kind::Recovery)
        return fail(ErrorCode::Integrity, Tr::tr("%1 has no recovery slot").arg(d->slotsPath));
    MIZAN_CHECK(Lockout::check(*slot, now()));
    auto raw = parseRecoveryKey(recoveryKeyText);
    auto opened = raw ? keyring::openSlot(d->slots, *slot, *raw)
                      : Result<OpenedSlot>(fail(raw.error()));
    if (!opened) {
        if (opened.error().code != ErrorCode::AuthFailed
            && opened.error().code != ErrorCode::InvalidInput)
            return fail(opened.error());
        Lockout::recordFailure(*slot, now());
        MIZAN_CHECK(saveSlots());
        return fail(ErrorCode::AuthFailed, Tr::tr("This is not the workspace's recovery key."));
    }
    const int previousFailures = slot->failedAttempts;
    MIZAN_CHECK(openWithSlot(*opened));
    m_user = QLatin1String(kRecoveryActor);
    d->recovery = true;
    if (auto signedIn = finishSignIn(true, previousFailures); !signedIn) {
        d->db.reset();
        wipeKeys();
        m_user.clear();
        m_role.reset();
        return signedIn;
    }
    Lockout::recordSuccess(*d->slots.find(QLatin1String(KeySlots::kRecoveryName)));
    return saveSlots();
}

Result<> Workspace::openWithSlot(OpenedSlot &opened)
{
    if (opened.dataKeys.empty())
        return fail(at(makeError(ErrorCode::Integrity,
                                 Tr::tr("%1: the slot holds no data key (damaged or altered)")
                                     .arg(d->slotsPath)),
                       d->slotsPath));
    Error lastError;
    for (auto &[generation, key] : opened.dataKeys) {
        auto db = Database::open(d->dbPath, key, Database::Mode::OpenExisting);
        if (!db) {
            lastError = db.error();
            if (lastError.code != ErrorCode::Integrity)
                return fail(lastError);
            continue;
        }
        // Every page is read and authenticated before anything is written: a damaged or altered
        // file is reported here, not half-way through some later action.
        if (auto checked = db->quickCheck(); !checked) {
            lastError = checked.error();
            break;
        }
        if (db->schemaVersion() < 1)
            return fail(at(makeError(ErrorCode::Integrity,
                                     Tr::tr("%1 holds no workspace (it is empty)").arg(d->dbPath)),
                           d->dbPath));
        MIZAN_CHECK(db->migrate(workspaceMigrations(), key));
        MIZAN_TRY(wk,
                  db->prepare("SELECT public_key, private_seed FROM workspace_key WHERE id = 1"));
        MIZAN_TRY(hasKey, wk.step());
        if (!hasKey || wk.blob(0) != d->slots.workspacePublicKey)
            return fail(at(makeError(ErrorCode::Integrity,
                                     Tr::tr("%1 and %2 do not belong to the same workspace (the "
                                            "workspace keys differ)")
                                         .arg(d->dbPath, d->slotsPath)),
                           d->slotsPath));
        // A rotation that stopped half-way is finished (or undone) here: keep only the
        // envelopes of the generation that actually opens the database.
        bool changed = d->slots.generation != generation;
        d->slots.generation = generation;
        for (KeySlot &s : d->slots.slots) {
            const bool hasCurrent = std::any_of(s.envelopes.begin(),
                                                s.envelopes.end(),
                                                [&](const KeyEnvelope &e) {
                                                    return e.generation == generation;
                                                });
            if (hasCurrent)
                changed |= std::erase_if(s.envelopes,
                                         [&](const KeyEnvelope &e) {
                                             return e.generation != generation;
                                         })
                           > 0;
        }
        d->db = std::move(*db);
        d->dataKey = std::move(key);
        d->boxPrivateKey = std::move(opened.boxPrivateKey);
        d->signingSeed = std::move(opened.signingSeed);
        {
            QByteArray seed = wk.blob(1);
            d->workspaceSeed = SecureBytes::fromView(seed);
            std::fill(seed.begin(), seed.end(), '\0');
        }
        static_cast<void>(wk.reset());
        if (changed)
            MIZAN_CHECK(saveSlots());
        MIZAN_CHECK(sealLegacyPersonalData(*d->db, now()));
        return AuditLog::catchUp(*d->db, d->signer(), now());
    }
    lastError.message = Tr::tr("%1 does not open with the key of this slot: the file is damaged, "
                               "truncated or was altered (%2)")
                            .arg(d->dbPath,
                                 lastError.detail.isEmpty() ? lastError.message : lastError.detail);
    lastError.code = ErrorCode::Integrity;
    lastError.file = d->dbPath;
    return fail(lastError);
}

Result<> Workspace::finishSignIn(bool recovery, int previousFailures)
{
    const qint64 nowMs = now();
    if (recovery) {
        m_role = Role::Admin;
        m_viewPii = false;
    } else {
        MIZAN_TRY(s,
                  d->db->prepare("SELECT role, view_pii, disabled, pending, signing_public_key, "
                                 "box_public_key FROM users WHERE name = ?"));
        s.bind(1, m_user);
        MIZAN_TRY(row, s.step());
        const KeySlot *slot = d->slots.find(m_user);
        if (!row)
            return fail(ErrorCode::Integrity,
                        Tr::tr("%1 has a slot for \"%2\" but the workspace has no such account "
                               "(altered key slots?)")
                            .arg(d->slotsPath, m_user));
        if (s.blob(4) != slot->signingPublicKey || s.blob(5) != slot->boxPublicKey)
            return fail(ErrorCode::Integrity,
                        Tr::tr("%1: the keys of \"%2\" differ from the workspace's record of them "
                               "(altered key slots?)")
                            .arg(d->slotsPath, m_user));
        const auto role = roleFromId(s.text(0));
        if (!role)
            return fail(ErrorCode::Integrity,
                        Tr::tr("the account \"%1\" has an unknown role").arg(m_user));
        if (s.integer(2) != 0 || s.integer(3) != 0) {
            const bool pending = s.integer(3) != 0;
            static_cast<void>(d->db->transaction([&]() -> Result<> {
                m_role = *role;
                return audit(QStringLiteral("login"),
                             m_user,
                             QStringLiteral("denied"),
                             {{QStringLiteral("reason"),
                               pending ? QStringLiteral("pending") : QStringLiteral("disabled")}});
            }));
            return fail(ErrorCode::AuthFailed,
                        pending ? Tr::tr("The account \"%1\" waits for a second administrator to "
                                         "confirm its role.")
                                      .arg(m_user)
                                : Tr::tr("The account \"%1\" is disabled; ask an administrator.")
                                      .arg(m_user));
        }
        m_role = *role;
        m_viewPii = s.integer(1) != 0;
    }
    m_lastActivityMs = m_lastAuthMs = nowMs;
    // The workspace's idle-lock policy (set by an admin) applies to every session.
    if (auto policy = d->db->prepare(
            "SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'idle_lock_ms'")) {
        if (auto row = policy->step(); row && *row && policy->integer(0) > 0)
            m_options.idleTimeoutMs = policy->integer(0);
    }
    return d->db->transaction([&]() -> Result<> {
        if (previousFailures > 0)
            MIZAN_CHECK(audit(QStringLiteral("login"),
                              m_user,
                              QStringLiteral("failed"),
                              {{QStringLiteral("failed_attempts"), previousFailures}}));
        if (!recovery) {
            MIZAN_TRY(update, d->db->prepare("UPDATE users SET last_login_ms = ? WHERE name = ?"));
            update.bind(1, nowMs).bind(2, m_user);
            MIZAN_CHECK(update.run());
        }
        return audit(recovery      ? QStringLiteral("recovery.used")
                     : m_unlocking ? QStringLiteral("unlock")
                                   : QStringLiteral("login"),
                     m_user,
                     QStringLiteral("ok"));
    });
}

Result<> Workspace::logout()
{
    if (!isSignedIn())
        return {};
    Result<> written;
    if (isUnlocked())
        written = d->db->transaction([&]() -> Result<> {
            MIZAN_CHECK(audit(QStringLiteral("logout"), m_user, QStringLiteral("ok")));
            // The session's last act: a checkpoint the user co-signs with their personal key,
            // which nobody holding only the workspace key can forge.
            const KeySlot *slot = d->recovery ? nullptr : d->slots.find(m_user);
            const CoSigner cosigner{m_user,
                                    slot ? slot->signingPublicKey : QByteArray(),
                                    &d->signingSeed};
            const bool canCosign = slot && !d->signingSeed.isEmpty();
            MIZAN_CHECK(AuditLog::writeCheckpoint(*d->db,
                                                  d->signer(),
                                                  QStringLiteral("logout"),
                                                  now(),
                                                  canCosign ? &cosigner : nullptr));
            return {};
        });
    d->db.reset();
    wipeKeys();
    m_user.clear();
    m_role.reset();
    m_viewPii = false;
    return written;
}

void Workspace::lock()
{
    if (!isUnlocked())
        return;
    static_cast<void>(d->db->transaction(
        [&] { return audit(QStringLiteral("lock"), m_user, QStringLiteral("ok")); }));
    d->db.reset();
    wipeKeys();
}

Result<> Workspace::unlock(const SecureBytes &password)
{
    if (!isSignedIn())
        return fail(ErrorCode::InvalidInput, Tr::tr("Nobody is signed in."));
    if (isUnlocked())
        return {};
    const QString user = m_user;
    const bool recovery = d->recovery;
    m_user.clear();
    m_role.reset();
    m_unlocking = true;
    auto result = recovery ? loginWithRecoveryKey(password) : login(user, password);
    m_unlocking = false;
    if (!result) {
        m_user = user; // still the session's user, still locked
        d->recovery = recovery;
    }
    return result;
}

bool Workspace::lockIfIdle()
{
    if (!isUnlocked())
        return isSignedIn();
    if (m_options.idleTimeoutMs > 0 && now() - m_lastActivityMs >= m_options.idleTimeoutMs) {
        lock();
        return true;
    }
    return false;
}

Result<> Workspace::reauthenticate(const SecureBytes &password)
{
    if (!isUnlocked())
        return fail(ErrorCode::AuthFailed, Tr::tr("The session is locked."));
    KeySlot *slot = d->slots.find(d->recovery ? QLatin1String(KeySlots::kRecoveryName) : m_user);
    if (!slot)
        return fail(ErrorCode::Integrity, Tr::tr("the signed-in user has no key slot"));
    MIZAN_CHECK(Lockout::check(*slot, now()));
    Result<OpenedSlot> opened = d->recovery ? [&]() -> Result<OpenedSlot> {
        MIZAN_TRY(raw, parseRecoveryKey(password));
        return keyring::openSlot(d->slots, *slot, raw);
    }()
        : keyring::openSlot(d->slots, *slot, password);
    if (!opened) {
        Lockout::recordFailure(*slot, now());
        MIZAN_CHECK(saveSlots());
        static_cast<void>(d->db->transaction([&] {
            return audit(QStringLiteral("reauthenticate"), m_user, QStringLiteral("failed"));
        }));
        return fail(ErrorCode::AuthFailed, Tr::tr("Wrong password."));
    }
    Lockout::recordSuccess(*slot);
    MIZAN_CHECK(saveSlots());
    m_lastAuthMs = m_lastActivityMs = now();
    return {};
}

bool Workspace::can(Permission permission) const
{
    return isUnlocked() && m_role && isAllowed(*m_role, permission, m_viewPii);
}

qint64 Workspace::backoffRemainingMs(const QString &user) const
{
    const KeySlot *slot = d->slots.find(user);
    if (!slot)
        return 0;
    return std::max<qint64>(0, slot->lockedUntilMs - now());
}

void Workspace::wipeKeys()
{
    d->explainers.clear();
    d->dataKey.clear();
    d->signingSeed.clear();
    d->workspaceSeed.clear();
    d->boxPrivateKey.clear();
}

Result<> Workspace::saveSlots()
{
    return d->slots.save(d->slotsPath);
}

// ---- checks and audit ----

Result<> Workspace::requireSession()
{
    if (!isSignedIn())
        return fail(ErrorCode::AuthFailed, Tr::tr("Sign in first."));
    if (lockIfIdle() || !isUnlocked())
        return fail(ErrorCode::AuthFailed,
                    Tr::tr("The session is locked; enter your password to continue."));
    m_lastActivityMs = now();
    return {};
}

Result<> Workspace::require(Permission permission, const QString &action, const QString &target)
{
    MIZAN_CHECK(requireSession());
    if (isAllowed(*m_role, permission, m_viewPii))
        return {};
    MIZAN_CHECK(d->db->transaction([&] {
        return audit(QStringLiteral("permission.denied"),
                     target,
                     QStringLiteral("denied"),
                     {{QStringLiteral("permission"), permissionId(permission)},
                      {QStringLiteral("action"), action}});
    }));
    Error e
        = makeError(ErrorCode::PermissionDenied,
                    Tr::tr("%1 (%2) does not have the permission %3 needed to %4.")
                        .arg(m_user, roleDisplayName(*m_role), permissionId(permission), action));
    e.field = permissionId(permission);
    return fail(e);
}

Result<> Workspace::requireFresh(const QString &action, const QString &target)
{
    if (now() - m_lastAuthMs <= m_options.reauthWindowMs)
        return {};
    static_cast<void>(d->db->transaction([&] {
        return audit(QStringLiteral("reauthenticate.required"),
                     target,
                     QStringLiteral("denied"),
                     {{QStringLiteral("action"), action}});
    }));
    Error e = makeError(ErrorCode::AuthFailed,
                        Tr::tr("Enter your password again to %1.").arg(action));
    e.field = QStringLiteral("reauthenticate");
    return fail(e);
}

Result<> Workspace::audit(const QString &action,
                          const QString &target,
                          const QString &outcome,
                          const QJsonObject &details)
{
    AuditEntry entry;
    entry.timeMs = now();
    entry.actor = m_user;
    entry.role = m_role ? roleId(*m_role) : QString();
    entry.action = action;
    entry.target = target;
    entry.outcome = outcome;
    // Details name no one (ARCHITECTURE.md "Audit log"): whatever a caller passes, personal
    // data a free-text value may carry (a reason, a file name) is scrubbed before it is hashed.
    entry.details = PiiDetector::scrubJson(details).toObject();
    const AuditSigner signer = d->signer();
    MIZAN_CHECK(AuditLog::append(*d->db, entry, &signer));
    return {};
}

Result<qint64> Workspace::auditCount()
{
    MIZAN_CHECK(
        require(Permission::AuditView, Tr::tr("read the audit log"), QStringLiteral("audit")));
    return AuditLog::count(*d->db);
}

Result<std::vector<AuditEntry>> Workspace::auditEntries(qint64 fromSeq, qint64 limit)
{
    MIZAN_CHECK(
        require(Permission::AuditView, Tr::tr("read the audit log"), QStringLiteral("audit")));
    return AuditLog::entries(*d->db, fromSeq, limit);
}

// ---- recovery key text ----

SecureBytes formatRecoveryKey(const SecureBytes &raw)
{
    const SecureBytes hex = raw.toHex();
    const size_t groups = hex.size() / 4;
    SecureBytes text(hex.size() + groups - 1);
    size_t o = 0;
    for (size_t i = 0; i < hex.size(); ++i) {
        if (i > 0 && i % 4 == 0)
            text.data()[o++] = '-';
        text.data()[o++] = uint8_t(std::toupper(hex.data()[i]));
    }
    return text;
}

Result<SecureBytes> parseRecoveryKey(const SecureBytes &text)
{
    SecureBytes raw(32);
    size_t nibbles = 0;
    for (size_t i = 0; i < text.size(); ++i) {
        const int c = text.data()[i];
        int v = -1;
        if (c >= '0' && c <= '9')
            v = c - '0';
        else if (c >= 'a' && c <= 'f')
            v = c - 'a' + 10;
        else if (c >= 'A' && c <= 'F')
            v = c - 'A' + 10;
        else if (c == '-' || c == ' ' || c == '\n' || c == '\r' || c == '\t')
            continue;
        if (v < 0 || nibbles >= 64)
            return fail(
                ErrorCode::InvalidInput,
                Tr::tr("A recovery key is 64 hexadecimal digits (dashes and spaces are ignored)."));
        raw.data()[nibbles / 2] = uint8_t(nibbles % 2 == 0 ? v << 4 : raw.data()[nibbles / 2] | v);
        ++nibbles;
    }
    if (nibbles != 64)
        return fail(
            ErrorCode::InvalidInput,
            Tr::tr("A recovery key is 64 hexadecimal digits (dashes and spaces are ignored)."));
    return raw;
}

} // namespace mizan
