#pragma once

// The fixture of TestBackup and TestRestore: a workspace on a manual clock with an admin, an
// auditor, a data scientist, a privacy officer and an analyst, a backup folder beside it, and
// the helpers that damage or re-sign a backup.

#include "SqlCipherPages.h"
#include "TestWorkspaceUtil.h"
#include "backup/BackupManifest.h"
#include "data/DemoLeads.h"
#include "store/Database.h"
#include "workspace/Workspace.h"

#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

namespace mizan::test::backups {

inline constexpr const char *kScientist = kFourthPassword;
inline constexpr const char *kPrivacy = "granite orchard beacon tundra";
inline constexpr const char *kAnalyst = kOtherPassword;
inline constexpr qint64 kMinute = 60'000;
inline constexpr qint64 kDay = 24 * 60 * kMinute;

inline QString firstFailed(const BackupVerification &v)
{
    for (const BackupCheck &c : v.checks)
        if (!c.ok)
            return c.name;
    return {};
}

inline void flipByte(const QString &path, qint64 at)
{
    QByteArray bytes = readAll(path);
    QVERIFY(at < bytes.size());
    bytes[at] = char(bytes[at] ^ 0x5a);
    writeAll(path, bytes);
}

/** Re-signs a manifest after editing it, as someone holding the workspace key could. */
inline void resign(const QString &backup,
                   const SecureBytes &seed,
                   const std::function<void(BackupManifest &)> &edit)
{
    auto m = BackupManifest::fromJson(readAll(backup + "/manifest.json"), "manifest");
    QVERIFY(m.has_value());
    edit(*m);
    QVERIFY(m->sign(seed).has_value());
    writeAll(backup + "/manifest.json", m->toJson());
}

/** The workspace's Ed25519 seed, read from its database (what an insider with the key holds). */
inline SecureBytes workspaceSeed(const QString &wsDir, const char *user, const char *password)
{
    const SecureBytes key = workspaceDataKey(wsDir, QString::fromLatin1(user), password);
    auto db = Database::open(wsDir + "/workspace.db", key, Database::Mode::ReadOnly);
    if (!db)
        qFatal("cannot open: %s", qPrintable(db.error().message));
    auto s = db->prepare("SELECT private_seed FROM workspace_key WHERE id = 1");
    if (!s || !s->step().value_or(false))
        qFatal("no workspace key");
    return SecureBytes::fromView(s->blob(0));
}

class BackupFixture
{
protected:
    void setUp();
    void tearDown();
    void signIn(const QString &user, const char *password);
    LeadSetInfo importLeads(int rows, int seed, const QString &name);

    std::unique_ptr<QTemporaryDir> m_tmp;
    QString m_wsDir;
    QString m_backups;
    std::shared_ptr<ManualClock> m_clock;
    std::unique_ptr<Workspace> m_ws;
    QByteArray m_recoveryKey;
};

inline void BackupFixture::setUp()
{
    m_tmp = std::make_unique<QTemporaryDir>();
    m_wsDir = m_tmp->filePath("ws");
    m_backups = m_tmp->filePath("backups");
    m_clock = std::make_shared<ManualClock>();
    auto created = createWorkspace(m_wsDir, m_clock);
    m_ws = std::move(created.workspace);
    m_recoveryKey = created.recoveryKey.view().toByteArray();
    MIZAN_VERIFY_OK(m_ws->addUser("dana", Role::DataScientist, pw(kScientist)));
    MIZAN_VERIFY_OK(m_ws->addUser("pia", Role::PrivacyOfficer, pw(kPrivacy)));
    MIZAN_VERIFY_OK(m_ws->addUser("nour", Role::Analyst, pw(kAnalyst)));
}

inline void BackupFixture::tearDown()
{
    m_ws.reset();
    m_tmp.reset();
}

inline void BackupFixture::signIn(const QString &user, const char *password)
{
    if (m_ws->isSignedIn())
        static_cast<void>(m_ws->logout());
    MIZAN_VERIFY_OK(m_ws->login(user, pw(password)));
}

inline LeadSetInfo BackupFixture::importLeads(int rows, int seed, const QString &name)
{
    signIn("dana", kScientist);
    const QString csv = m_tmp->filePath(name + ".csv");
    const QString spec = m_tmp->filePath("leads.spec.json");
    writeAll(csv, DemoLeads::csv({rows, quint64(seed)}));
    writeAll(spec, DemoLeads::specJson());
    auto set = m_ws->importLeadSet(csv, spec, name);
    if (!set)
        qFatal("import: %s", qPrintable(set.error().message));
    return *set;
}

} // namespace mizan::test::backups
