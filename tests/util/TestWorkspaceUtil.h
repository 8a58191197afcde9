#pragma once

// Helpers for tests that need a real encrypted workspace (cheap Argon2id parameters).

#include "SyntheticLeads.h"
#include "TestPaths.h"

#include "common/Sha256.h"
#include "model/ModelBundle.h"
#include "model/Scorer.h"
#include "model/Trainer.h"
#include "workspace/Workspace.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

#include <cstring>

namespace mizan::test {

inline constexpr const char *kAdminPassword = "river stone lantern ninety";
inline constexpr const char *kAuditorPassword = "quiet harbour ledger maple";
inline constexpr const char *kOtherPassword = "orange desert compass violin";
inline constexpr const char *kThirdPassword = "silver falcon meadow puzzle";
inline constexpr const char *kFourthPassword = "copper garden whistle arrow";

inline SecureBytes pw(const char *text)
{
    return SecureBytes(reinterpret_cast<const uint8_t *>(text), std::strlen(text));
}

inline WorkspaceOptions testOptions(std::shared_ptr<const Clock> clock = {})
{
    KdfParams::allowTestCost(true);
    WorkspaceOptions options;
    options.kdf = KdfParams::testParams();
    options.clock = clock ? std::move(clock) : std::make_shared<Clock>();
    return options;
}

/** A workspace with admin "amira" (signed in on return) and auditor "audra". */
inline Workspace::Created createWorkspace(const QString &dir,
                                          std::shared_ptr<const Clock> clock = {})
{
    auto created
        = Workspace::create(dir, QStringLiteral("amira"), pw(kAdminPassword), testOptions(clock));
    if (!created)
        qFatal("cannot create a test workspace: %s", qPrintable(created.error().message));
    auto added = created->workspace->addUser(QStringLiteral("audra"),
                                             Role::Auditor,
                                             pw(kAuditorPassword));
    if (!added)
        qFatal("cannot add the auditor: %s", qPrintable(added.error().message));
    return std::move(*created);
}

inline QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

inline void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

inline QByteArray fileHash(const QString &path)
{
    return Sha256::hashHex(readAll(path));
}

/** "action:outcome" of every audit entry; signs in as the auditor (and leaves the session so). */
inline QStringList auditActions(Workspace &ws)
{
    if (ws.isSignedIn())
        static_cast<void>(ws.logout());
    auto login = ws.login(QStringLiteral("audra"), pw(kAuditorPassword));
    if (!login)
        qFatal("auditor cannot sign in: %s", qPrintable(login.error().message));
    auto entries = ws.auditEntries();
    if (!entries)
        qFatal("cannot read the audit log: %s", qPrintable(entries.error().message));
    QStringList out;
    for (const AuditEntry &e : *entries)
        out << e.action + QLatin1Char(':') + e.outcome;
    return out;
}

/** A small model trained on the synthetic leads, stored in the workspace (models.import). */
inline ModelInfo storeSyntheticModel(Workspace &ws)
{
    TrainConfig config;
    config.params.rounds = 10;
    config.params.nthread = 1;
    config.split = *SplitSpec::parse("none");
    auto bundle = Trainer::train(syntheticDataset(300), config);
    if (!bundle)
        qFatal("cannot train: %s", qPrintable(bundle.error().message));
    auto stored = ws.storeModel(*bundle, QStringLiteral("synthetic.bundle.json"));
    if (!stored)
        qFatal("cannot store the model: %s", qPrintable(stored.error().message));
    return *stored;
}

/**
 * Imports `rows` synthetic leads as `user` (a data scientist "dana" is added by the signed-in
 * admin when the user is absent); the session is `user`'s afterwards.
 */
inline LeadSetInfo importSynthetic(Workspace &ws,
                                   const QString &dir,
                                   int rows,
                                   const QString &user = QStringLiteral("dana"),
                                   const char *password = kFourthPassword)
{
    if (user == QLatin1String("dana"))
        static_cast<void>(ws.addUser(user, Role::DataScientist, pw(password)));
    static_cast<void>(ws.logout());
    if (auto login = ws.login(user, pw(password)); !login)
        qFatal("cannot sign in as %s: %s", qPrintable(user), qPrintable(login.error().message));
    const QString csvPath = dir + QStringLiteral("/../synthetic-%1.csv").arg(rows);
    const QString specPath = dir + QStringLiteral("/../synthetic.spec.json");
    writeAll(csvPath, syntheticCsv(rows));
    writeAll(specPath, QJsonDocument(syntheticSpec().toJson()).toJson());
    auto set = ws.importLeadSet(csvPath, specPath);
    QFile::remove(csvPath);
    QFile::remove(specPath);
    if (!set)
        qFatal("cannot import: %s", qPrintable(set.error().message));
    return *set;
}

} // namespace mizan::test
