// Accounts, grants, the access review and key rotation: the users.manage side of the facade.

#include "audit/AuditLog.h"
#include "security/Lockout.h"
#include "security/PasswordPolicy.h"
#include "workspace/WorkspacePrivate.h"

#include <QRegularExpression>

namespace mizan {

namespace {
/// Translation context of the facade (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mizan::Workspace)
};
} // namespace

namespace {

const QString kApplied = QStringLiteral("applied");
const QString kPending = QStringLiteral("pending");

QString roleGrant(Role role)
{
    return QStringLiteral("role:") + roleId(role);
}

} // namespace

Result<> Workspace::validateUserName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9._-]{1,31}$"));
    if (!pattern.match(name).hasMatch() || name == QLatin1String(KeySlots::kRecoveryName)
        || name == QLatin1String("init"))
        return fail(ErrorCode::InvalidInput,
                    Tr::tr("\"%1\" is not a valid user name: use 2 to 32 lower-case letters, "
                           "digits, '.', '_' or '-', starting with a letter (\"recovery\" and "
                           "\"init\" are reserved).")
                        .arg(name));
    return {};
}

Result<> Workspace::requireTarget(const QString &name)
{
    MIZAN_TRY(s, d->db->prepare("SELECT 1 FROM users WHERE name = ?"));
    s.bind(1, name);
    MIZAN_TRY(row, s.step());
    if (!row)
        return fail(ErrorCode::InvalidInput, Tr::tr("There is no user \"%1\".").arg(name));
    return {};
}

Result<> Workspace::withSlotChange(const QString &name, const std::function<void(KeySlot &)> &change)
{
    KeySlot *slot = d->slots.find(name);
    if (!slot)
        return fail(ErrorCode::Integrity, Tr::tr("\"%1\" has no key slot").arg(name));
    const KeySlot previous = *slot;
    change(*slot);
    if (auto saved = saveSlots(); !saved) {
        *slot = previous;
        return saved;
    }
    return {};
}

Result<KeySlot> Workspace::newUserSlot(const QString &name, const SecureBytes &password)
{
    KdfParams kdf = m_options.kdf;
    kdf.salt = KdfParams::withFreshSalt().salt;
    return keyring::makeSlot(d->slots,
                             name,
                             KeySlot::Kind::User,
                             password,
                             kdf,
                             d->dataKey,
                             d->slots.generation);
}

Result<> Workspace::recordSigningKey(const QString &name, const QByteArray &publicKey, qint64 nowMs)
{
    MIZAN_TRY(
        keys,
        d->db->prepare(
            "INSERT INTO user_keys(user, signing_public_key, valid_from_ms) VALUES(?, ?, ?)"));
    keys.bind(1, name).bind(2, publicKey).bind(3, nowMs);
    return keys.run();
}

Result<int> Workspace::enabledAdminCount()
{
    MIZAN_TRY(s,
              d->db->prepare("SELECT count(*) FROM users WHERE role = 'admin' AND disabled = 0 "
                             "AND pending = 0"));
    MIZAN_TRY(row, s.step());
    return row ? int(s.integer(0)) : 0;
}

Result<std::vector<UserInfo>> Workspace::users()
{
    MIZAN_CHECK(require(Permission::UsersReview, Tr::tr("list the users"), QStringLiteral("users")));
    MIZAN_TRY(s,
              d->db->prepare(
                  "SELECT name, role, view_pii, disabled, pending, created_ms, created_by, "
                  "last_login_ms FROM users ORDER BY name"));
    std::vector<UserInfo> out;
    for (;;) {
        MIZAN_TRY(row, s.step());
        if (!row)
            break;
        UserInfo u;
        u.name = s.text(0);
        u.role = roleFromId(s.text(1)).value_or(Role::Analyst);
        u.viewPii = s.integer(2) != 0;
        u.disabled = s.integer(3) != 0;
        u.pending = s.integer(4) != 0;
        u.createdMs = s.integer(5);
        u.createdBy = s.text(6);
        u.lastLoginMs = s.integer(7);
        if (const KeySlot *slot = d->slots.find(u.name)) {
            u.lockedOut = slot->lockedOut;
            u.failedAttempts = slot->failedAttempts;
        }
        out.push_back(u);
    }
    MIZAN_TRY(pendingGrants,
              d->db->prepare("SELECT user, grant FROM grants WHERE state = 'pending' ORDER BY id"));
    for (;;) {
        MIZAN_TRY(row, pendingGrants.step());
        if (!row)
            break;
        for (UserInfo &u : out)
            if (u.name == pendingGrants.text(0))
                u.pendingGrant = pendingGrants.text(1);
    }
    return out;
}

Result<GrantOutcome> Workspace::addUser(const QString &name, Role role, const SecureBytes &password)
{
    MIZAN_CHECK(require(Permission::UsersManage, Tr::tr("add a user"), name));
    MIZAN_CHECK(validateUserName(name));
    if (d->slots.find(name) || requireTarget(name))
        return fail(ErrorCode::InvalidInput, Tr::tr("The user \"%1\" already exists.").arg(name));
    MIZAN_CHECK(PasswordPolicy::check(password, name));
    if (isPrivilegedRole(role))
        MIZAN_CHECK(requireFresh(Tr::tr("grant the role %1").arg(roleDisplayName(role)), name));
    MIZAN_TRY(admins, enabledAdminCount());
    const bool pending = isPrivilegedRole(role) && admins >= 2;
    MIZAN_TRY(slot, newUserSlot(name, password));
    if (pending)
        slot.envelopes.clear(); // no data key until a second admin confirms
    const qint64 nowMs = now();
    MIZAN_CHECK(d->db->transaction([&]() -> Result<> {
        MIZAN_TRY(user,
                  d->db->prepare(
                      "INSERT INTO users(name, role, pending, created_ms, created_by, "
                      "signing_public_key, box_public_key) VALUES(?, ?, ?, ?, ?, ?, ?)"));
        user.bind(1, name)
            .bind(2, roleId(role))
            .bind(3, qint64(pending))
            .bind(4, nowMs)
            .bind(5, m_user)
            .bind(6, slot.signingPublicKey)
            .bind(7, slot.boxPublicKey);
        MIZAN_CHECK(user.run());
        MIZAN_CHECK(recordSigningKey(name, slot.signingPublicKey, nowMs));
        MIZAN_TRY(grant,
                  d->db->prepare(
                      "INSERT INTO grants(user, grant, requested_by, requested_ms, state) "
                      "VALUES(?, ?, ?, ?, ?)"));
        grant.bind(1, name)
            .bind(2, roleGrant(role))
            .bind(3, m_user)
            .bind(4, nowMs)
            .bind(5, pending ? kPending : kApplied);
        MIZAN_CHECK(grant.run());
        MIZAN_CHECK(audit(QStringLiteral("user.add"),
                          name,
                          pending ? kPending : QStringLiteral("ok"),
                          {{QStringLiteral("role"), roleId(role)}}));
        d->slots.slots.push_back(std::move(slot));
        if (auto saved = saveSlots(); !saved) {
            d->slots.slots.pop_back();
            return saved;
        }
        return {};
    }));
    return pending ? GrantOutcome::PendingConfirmation : GrantOutcome::Applied;
}

Result<> Workspace::disableUser(const QString &name)
{
    MIZAN_CHECK(require(Permission::UsersManage, Tr::tr("disable a user"), name));
    MIZAN_CHECK(requireTarget(name));
    if (name == m_user)
        return fail(ErrorCode::InvalidInput, Tr::tr("You cannot disable your own account."));
    MIZAN_TRY(s, d->db->prepare("SELECT role, disabled FROM users WHERE name = ?"));
    s.bind(1, name);
    MIZAN_CHECK(s.step());
    MIZAN_TRY(admins, enabledAdminCount());
    if (s.text(0) == roleId(Role::Admin) && s.integer(1) == 0 && admins <= 1)
        return fail(ErrorCode::InvalidInput,
                    Tr::tr("\"%1\" is the last enabled administrator.").arg(name));
    return d->db->transaction([&]() -> Result<> {
        MIZAN_TRY(update, d->db->prepare("UPDATE users SET disabled = 1 WHERE name = ?"));
        update.bind(1, name);
        MIZAN_CHECK(update.run());
        MIZAN_CHECK(audit(QStringLiteral("user.disable"), name, QStringLiteral("ok")));
        // The slot keeps its keys but loses the data key: the password alone no longer opens
        // the database, in Mizan or outside it. Enabling seals the current key to it again.
        return withSlotChange(name, [](KeySlot &slot) { slot.envelopes.clear(); });
    });
}

Result<> Workspace::enableUser(const QString &name)
{
    MIZAN_CHECK(require(Permission::UsersManage, Tr::tr("enable a user"), name));
    if (name == QLatin1String(KeySlots::kRecoveryName)) {
        // The recovery slot has no account, only a lock-out to clear.
        return d->db->transaction([&]() -> Result<> {
            MIZAN_CHECK(audit(QStringLiteral("user.enable"),
                              name,
                              QStringLiteral("ok"),
                              {{QStringLiteral("lockout_cleared"), true}}));
            return withSlotChange(name, [](KeySlot &slot) { Lockout::reset(slot); });
        });
    }
    MIZAN_CHECK(requireTarget(name));
    MIZAN_TRY(p, d->db->prepare("SELECT pending FROM users WHERE name = ?"));
    p.bind(1, name);
    MIZAN_CHECK(p.step());
    const bool pending = p.integer(0) != 0;
    return d->db->transaction([&]() -> Result<> {
        MIZAN_TRY(update, d->db->prepare("UPDATE users SET disabled = 0 WHERE name = ?"));
        update.bind(1, name);
        MIZAN_CHECK(update.run());
        if (!pending)
            MIZAN_CHECK(withSlotChange(name, [&](KeySlot &s) {
                if (s.envelopes.empty())
                    keyring::addEnvelope(d->slots, s, d->dataKey, d->slots.generation);
            }));
        KeySlot *slot = d->slots.find(name);
        const bool wasLockedOut = slot && slot->lockedOut;
        MIZAN_CHECK(audit(QStringLiteral("user.enable"),
                          name,
                          QStringLiteral("ok"),
                          {{QStringLiteral("lockout_cleared"), wasLockedOut},
                           {QStringLiteral("failed_attempts"), slot ? slot->failedAttempts : 0}}));
        if (slot) {
            Lockout::reset(*slot);
            MIZAN_CHECK(saveSlots());
        }
        return {};
    });
}

Result<> Workspace::removeUser(const QString &name)
{
    MIZAN_CHECK(require(Permission::UsersManage, Tr::tr("remove a user"), name));
    MIZAN_CHECK(requireTarget(name));
    MIZAN_CHECK(requireFresh(Tr::tr("remove a user"), name));
    if (name == m_user)
        return fail(ErrorCode::InvalidInput, Tr::tr("You cannot remove your own account."));
    MIZAN_TRY(s, d->db->prepare("SELECT role, disabled, pending FROM users WHERE name = ?"));
    s.bind(1, name);
    MIZAN_CHECK(s.step());
    MIZAN_TRY(admins, enabledAdminCount());
    if (s.text(0) == roleId(Role::Admin) && s.integer(1) == 0 && s.integer(2) == 0 && admins <= 1)
        return fail(ErrorCode::InvalidInput,
                    Tr::tr("\"%1\" is the last enabled administrator.").arg(name));
    const qint64 nowMs = now();
    MIZAN_CHECK(d->db->transaction([&]() -> Result<> {
        MIZAN_TRY(del, d->db->prepare("DELETE FROM users WHERE name = ?"));
        del.bind(1, name);
        MIZAN_CHECK(del.run());
        MIZAN_TRY(
            keys,
            d->db->prepare(
                "UPDATE user_keys SET valid_to_ms = ? WHERE user = ? AND valid_to_ms IS NULL"));
        keys.bind(1, nowMs).bind(2, name);
        MIZAN_CHECK(keys.run());
        MIZAN_CHECK(audit(QStringLiteral("user.remove"), name, QStringLiteral("ok")));
        const auto before = d->slots.slots;
        std::erase_if(d->slots.slots, [&](const KeySlot &slot) { return slot.name == name; });
        if (auto saved = saveSlots(); !saved) {
            d->slots.slots = before;
            return saved;
        }
        return {};
    }));
    // A removed user may have kept a copy of the files and knows the old data key.
    if (auto rotated = rotateKeyUnchecked({}, QStringLiteral("user removed")); !rotated) {
        Error e = rotated.error();
        e.message = Tr::tr("The user \"%1\" was removed, but re-keying the workspace failed: %2 "
                           "Run \"workspace rekey\" again.")
                        .arg(name, e.message);
        return fail(e);
    }
    return {};
}

Result<> Workspace::changeOwnPassword(const SecureBytes &current, const SecureBytes &newPassword)
{
    MIZAN_CHECK(requireSession());
    if (d->recovery)
        return fail(ErrorCode::InvalidInput, Tr::tr("The recovery key cannot be changed."));
    KeySlot *slot = d->slots.find(m_user);
    if (!slot)
        return fail(ErrorCode::Integrity, Tr::tr("the signed-in user has no key slot"));
    MIZAN_CHECK(Lockout::check(*slot, now()));
    auto opened = keyring::openSlot(d->slots, *slot, current);
    if (!opened) {
        Lockout::recordFailure(*slot, now());
        MIZAN_CHECK(saveSlots());
        return fail(ErrorCode::AuthFailed, Tr::tr("The current password is wrong."));
    }
    MIZAN_CHECK(PasswordPolicy::check(newPassword, m_user));
    // New personal keys, not just a rewrap: whoever learnt the old password and kept a copy of
    // the old slot must not be able to open what is sealed to this slot from now on.
    MIZAN_CHECK(replacePersonalKeys(m_user, newPassword, QStringLiteral("user.password")));
    MIZAN_TRY(reopened, keyring::openSlot(d->slots, *d->slots.find(m_user), newPassword));
    d->boxPrivateKey = std::move(reopened.boxPrivateKey);
    d->signingSeed = std::move(reopened.signingSeed);
    m_lastAuthMs = now();
    return {};
}

Result<> Workspace::resetPassword(const QString &name, const SecureBytes &newPassword)
{
    MIZAN_CHECK(require(Permission::UsersManage, Tr::tr("reset a password"), name));
    MIZAN_CHECK(requireTarget(name));
    MIZAN_CHECK(requireFresh(Tr::tr("reset a password"), name));
    if (name == m_user)
        return fail(ErrorCode::InvalidInput,
                    Tr::tr("Change your own password with your current one."));
    MIZAN_CHECK(PasswordPolicy::check(newPassword, name));
    // The old password is unknown, so the old personal key cannot be recovered: a new one is
    // made, the old public key stays in user_keys to verify what it signed.
    return replacePersonalKeys(name, newPassword, QStringLiteral("user.password_reset"));
}

Result<> Workspace::replacePersonalKeys(const QString &name,
                                        const SecureBytes &password,
                                        const QString &action)
{
    MIZAN_TRY(slot, newUserSlot(name, password));
    KeySlot *existing = d->slots.find(name);
    if (!existing)
        return fail(ErrorCode::Integrity, Tr::tr("\"%1\" has no key slot").arg(name));
    if (existing->envelopes.empty())
        slot.envelopes.clear(); // a disabled or pending account stays without the data key
    const qint64 nowMs = now();
    return d->db->transaction([&]() -> Result<> {
        MIZAN_TRY(
            update,
            d->db->prepare(
                "UPDATE users SET signing_public_key = ?, box_public_key = ? WHERE name = ?"));
        update.bind(1, slot.signingPublicKey).bind(2, slot.boxPublicKey).bind(3, name);
        MIZAN_CHECK(update.run());
        MIZAN_TRY(
            close,
            d->db->prepare(
                "UPDATE user_keys SET valid_to_ms = ? WHERE user = ? AND valid_to_ms IS NULL"));
        close.bind(1, nowMs).bind(2, name);
        MIZAN_CHECK(close.run());
        MIZAN_CHECK(recordSigningKey(name, slot.signingPublicKey, nowMs));
        MIZAN_CHECK(audit(action, name, QStringLiteral("ok")));
        return withSlotChange(name, [&](KeySlot &s) { s = slot; });
    });
}

Result<GrantOutcome> Workspace::setRole(const QString &name, Role role)
{
    MIZAN_CHECK(require(Permission::UsersManage, Tr::tr("change a role"), name));
    MIZAN_CHECK(requireTarget(name));
    MIZAN_CHECK(requireFresh(Tr::tr("change a role"), name));
    MIZAN_TRY(s, d->db->prepare("SELECT role, disabled, pending FROM users WHERE name = ?"));
    s.bind(1, name);
    MIZAN_CHECK(s.step());
    const QString currentRole = s.text(0);
    const bool targetIsActiveAdmin = currentRole == roleId(Role::Admin) && s.integer(1) == 0
                                     && s.integer(2) == 0;
    MIZAN_TRY(admins, enabledAdminCount());
    if (targetIsActiveAdmin && role != Role::Admin && admins <= 1)
        return fail(ErrorCode::InvalidInput,
                    Tr::tr("\"%1\" is the last enabled administrator.").arg(name));

    MIZAN_TRY(pendingQuery,
              d->db->prepare("SELECT id, requested_by FROM grants WHERE user = ? AND grant = ? "
                             "AND state = 'pending' ORDER BY id DESC LIMIT 1"));
    pendingQuery.bind(1, name).bind(2, roleGrant(role));
    MIZAN_TRY(hasPending, pendingQuery.step());
    if (hasPending) {
        if (pendingQuery.text(1) == m_user) {
            MIZAN_CHECK(d->db->transaction([&] {
                return audit(QStringLiteral("permission.denied"),
                             name,
                             QStringLiteral("denied"),
                             {{QStringLiteral("action"), QStringLiteral("confirm own grant")}});
            }));
            return fail(ErrorCode::PermissionDenied,
                        Tr::tr("This grant waits for a second administrator; you requested it "
                               "yourself."));
        }
        MIZAN_CHECK(confirmGrant(name));
        return GrantOutcome::Applied;
    }
    if (currentRole == roleId(role))
        return GrantOutcome::Applied;
    const bool needsSecond = isPrivilegedRole(role) && admins >= 2;
    const qint64 nowMs = now();
    MIZAN_CHECK(d->db->transaction([&]() -> Result<> {
        MIZAN_TRY(grant,
                  d->db->prepare(
                      "INSERT INTO grants(user, grant, requested_by, requested_ms, state) "
                      "VALUES(?, ?, ?, ?, ?)"));
        grant.bind(1, name)
            .bind(2, roleGrant(role))
            .bind(3, m_user)
            .bind(4, nowMs)
            .bind(5, needsSecond ? kPending : kApplied);
        MIZAN_CHECK(grant.run());
        if (!needsSecond) {
            MIZAN_TRY(
                update,
                d->db->prepare(
                    "UPDATE users SET role = ?, view_pii = CASE WHEN ? THEN view_pii ELSE 0 END "
                    "WHERE name = ?"));
            update.bind(1, roleId(role)).bind(2, qint64(canHoldPiiGrant(role))).bind(3, name);
            MIZAN_CHECK(update.run());
        }
        return audit(QStringLiteral("user.role"),
                     name,
                     needsSecond ? kPending : QStringLiteral("ok"),
                     {{QStringLiteral("from"), currentRole}, {QStringLiteral("to"), roleId(role)}});
    }));
    if (name == m_user && !needsSecond)
        m_role = role;
    return needsSecond ? GrantOutcome::PendingConfirmation : GrantOutcome::Applied;
}

Result<> Workspace::confirmGrant(const QString &name)
{
    MIZAN_CHECK(require(Permission::UsersManage, Tr::tr("confirm a grant"), name));
    MIZAN_CHECK(requireFresh(Tr::tr("confirm a grant"), name));
    MIZAN_TRY(q,
              d->db->prepare(
                  "SELECT id, grant, requested_by FROM grants WHERE user = ? AND state = 'pending' "
                  "ORDER BY id DESC LIMIT 1"));
    q.bind(1, name);
    MIZAN_TRY(row, q.step());
    if (!row)
        return fail(ErrorCode::InvalidInput,
                    Tr::tr("No grant for \"%1\" waits for confirmation.").arg(name));
    const qint64 id = q.integer(0);
    const QString grant = q.text(1);
    if (q.text(2) == m_user || d->recovery) {
        // The recovery key is held by an admin: it cannot be the second pair of eyes.
        MIZAN_CHECK(d->db->transaction([&] {
            return audit(QStringLiteral("permission.denied"),
                         name,
                         QStringLiteral("denied"),
                         {{QStringLiteral("action"), QStringLiteral("confirm a grant")}});
        }));
        return fail(ErrorCode::PermissionDenied,
                    Tr::tr("A second administrator must confirm this grant (not the one who "
                           "requested it, nor the recovery key)."));
    }
    const auto role = roleFromId(grant.mid(5));
    if (!grant.startsWith(QLatin1String("role:")) || !role)
        return fail(ErrorCode::Integrity,
                    Tr::tr("the pending grant \"%1\" is not understood").arg(grant));
    const qint64 nowMs = now();
    return d->db->transaction([&]() -> Result<> {
        MIZAN_TRY(g,
                  d->db->prepare("UPDATE grants SET state = 'applied', confirmed_by = ?, "
                                 "confirmed_ms = ? WHERE id = ?"));
        g.bind(1, m_user).bind(2, nowMs).bind(3, id);
        MIZAN_CHECK(g.run());
        MIZAN_TRY(u,
                  d->db->prepare("UPDATE users SET role = ?, pending = 0, view_pii = CASE WHEN ? "
                                 "THEN view_pii ELSE 0 END "
                                 "WHERE name = ?"));
        u.bind(1, roleId(*role)).bind(2, qint64(canHoldPiiGrant(*role))).bind(3, name);
        MIZAN_CHECK(u.run());
        // A new account waiting for this confirmation gets the data key now.
        MIZAN_CHECK(withSlotChange(name, [&](KeySlot &slot) {
            if (slot.envelopes.empty())
                keyring::addEnvelope(d->slots, slot, d->dataKey, d->slots.generation);
        }));
        return audit(QStringLiteral("user.role.confirm"),
                     name,
                     QStringLiteral("ok"),
                     {{QStringLiteral("grant"), grant}, {QStringLiteral("grant_id"), id}});
    });
}

Result<> Workspace::setPiiGrant(const QString &name, bool granted)
{
    MIZAN_CHECK(require(Permission::UsersManage, Tr::tr("grant access to personal data"), name));
    MIZAN_CHECK(requireTarget(name));
    MIZAN_TRY(s, d->db->prepare("SELECT role FROM users WHERE name = ?"));
    s.bind(1, name);
    MIZAN_CHECK(s.step());
    const auto role = roleFromId(s.text(0));
    if (granted && (!role || !canHoldPiiGrant(*role)))
        return fail(ErrorCode::InvalidInput,
                    Tr::tr("leads.view_pii can be granted to analysts only (a privacy officer has "
                           "it by role)."));
    const qint64 nowMs = now();
    const QString grant = (granted ? QString() : QStringLiteral("revoke:"))
                          + QStringLiteral("permission:leads.view_pii");
    return d->db->transaction([&]() -> Result<> {
        MIZAN_TRY(u, d->db->prepare("UPDATE users SET view_pii = ? WHERE name = ?"));
        u.bind(1, qint64(granted)).bind(2, name);
        MIZAN_CHECK(u.run());
        MIZAN_TRY(g,
                  d->db->prepare(
                      "INSERT INTO grants(user, grant, requested_by, requested_ms, state) "
                      "VALUES(?, ?, ?, ?, 'applied')"));
        g.bind(1, name).bind(2, grant).bind(3, m_user).bind(4, nowMs);
        MIZAN_CHECK(g.run());
        return audit(QStringLiteral("user.pii_grant"),
                     name,
                     QStringLiteral("ok"),
                     {{QStringLiteral("granted"), granted}});
    });
}

Result<AccessReview> Workspace::accessReview()
{
    MIZAN_TRY(list, users()); // checks users.review
    AccessReview review;
    review.generatedMs = now();
    review.generatedBy = m_user;
    review.workspaceId = d->slots.workspaceId;
    review.users = std::move(list);
    MIZAN_TRY(
        g,
        d->db->prepare(
            "SELECT user, grant, requested_by, requested_ms, confirmed_by, confirmed_ms, state "
            "FROM grants ORDER BY id"));
    for (;;) {
        MIZAN_TRY(row, g.step());
        if (!row)
            break;
        review.grants.push_back(
            {g.text(0), g.text(1), g.text(2), g.integer(3), g.text(4), g.integer(5), g.text(6)});
    }
    MIZAN_CHECK(d->db->transaction([&] {
        return audit(QStringLiteral("users.review"),
                     QStringLiteral("users"),
                     QStringLiteral("ok"),
                     {{QStringLiteral("users"), qint64(review.users.size())}});
    }));
    return review;
}

// ---- key rotation ----

Result<> Workspace::rotateKey(const RotationHooks &hooks)
{
    MIZAN_CHECK(require(Permission::UsersManage,
                        Tr::tr("re-key the workspace"),
                        QStringLiteral("workspace")));
    MIZAN_CHECK(requireFresh(Tr::tr("re-key the workspace"), QStringLiteral("workspace")));
    return rotateKeyUnchecked(hooks, QStringLiteral("requested"));
}

Result<> Workspace::rotateKeyUnchecked(const RotationHooks &hooks, const QString &reason)
{
    const auto stopAfter = [&](int step) {
        return hooks.continueAfter && !hooks.continueAfter(step);
    };
    const int oldGeneration = d->slots.generation;
    const int newGeneration = oldGeneration + 1;
    SecureBytes newKey = SecureBytes::random(32);

    // 1. Every slot holds both keys: whatever happens next, each user can open the database.
    for (KeySlot &slot : d->slots.slots)
        if (!slot.envelopes.empty()) // disabled and pending accounts stay without a key
            keyring::addEnvelope(d->slots, slot, newKey, newGeneration);
    MIZAN_CHECK(saveSlots());
    if (stopAfter(1))
        return {};
    // 2. The database is re-encrypted (SQLCipher does it in one transaction).
    MIZAN_CHECK(d->db->rekey(newKey));
    d->dataKey = std::move(newKey);
    if (stopAfter(2))
        return {};
    // 3. The old key is dropped: a copy of the old slots no longer opens the database.
    d->slots.generation = newGeneration;
    for (KeySlot &slot : d->slots.slots)
        std::erase_if(slot.envelopes,
                      [&](const KeyEnvelope &e) { return e.generation != newGeneration; });
    MIZAN_CHECK(saveSlots());
    if (stopAfter(3))
        return {};
    return d->db->transaction([&] {
        return audit(QStringLiteral("workspace.rekey"),
                     QStringLiteral("workspace"),
                     QStringLiteral("ok"),
                     {{QStringLiteral("generation"), newGeneration},
                      {QStringLiteral("reason"), reason}});
    });
}

Result<> Workspace::setIdleLockPolicy(int minutes)
{
    MIZAN_CHECK(
        require(Permission::UsersManage, Tr::tr("set the idle lock"), QStringLiteral("workspace")));
    if (minutes < 1 || minutes > 240)
        return fail(ErrorCode::InvalidInput, Tr::tr("The idle lock must be from 1 to 240 minutes."));
    const qint64 ms = qint64(minutes) * 60'000;
    MIZAN_CHECK(d->db->transaction([&]() -> Result<> {
        MIZAN_TRY(s,
                  d->db->prepare(
                      "INSERT OR REPLACE INTO meta(key, value) VALUES('idle_lock_ms', ?)"));
        s.bind(1, QString::number(ms));
        MIZAN_CHECK(s.run());
        return audit(QStringLiteral("policy.idle_lock"),
                     QStringLiteral("workspace"),
                     QStringLiteral("ok"),
                     {{QStringLiteral("minutes"), minutes}});
    }));
    m_options.idleTimeoutMs = ms;
    return {};
}

Result<WorkspaceInfo> Workspace::info()
{
    MIZAN_CHECK(requireSession());
    WorkspaceInfo info;
    info.directory = m_dir;
    info.workspaceId = d->slots.workspaceId;
    info.cipherVersion = d->db->cipherVersion();
    info.schemaVersion = d->db->schemaVersion();
    info.keyGeneration = d->slots.generation;
    info.idleLockMinutes = int(m_options.idleTimeoutMs / 60'000);
    info.slots = int(d->slots.slots.size());
    info.workspacePublicKey = d->slots.workspacePublicKey;
    const auto scalar = [&](const char *sql) -> Result<qint64> {
        MIZAN_TRY(s, d->db->prepare(sql));
        MIZAN_TRY(row, s.step());
        return row ? s.integer(0) : 0;
    };
    MIZAN_TRY(created, scalar("SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'created_ms'"));
    info.createdMs = created;
    MIZAN_TRY(userCount, scalar("SELECT count(*) FROM users"));
    info.users = int(userCount);
    MIZAN_TRY(auditCount, scalar("SELECT count(*) FROM audit"));
    info.auditEntries = auditCount;
    MIZAN_TRY(leadSetCount, scalar("SELECT count(*) FROM lead_sets"));
    info.leadSets = leadSetCount;
    MIZAN_TRY(modelCount, scalar("SELECT count(*) FROM models"));
    info.models = modelCount;
    return info;
}

} // namespace mizan
