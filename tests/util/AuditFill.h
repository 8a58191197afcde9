#pragma once

// Test-only access to a workspace's database for audit tests: a large log in seconds (entries
// appended straight through AuditLog::append in one transaction, with the periodic signed
// checkpoints, as the Workspace would write them one by one) and tampering as an attacker who
// holds the data key would do it. The workspace must not be open meanwhile.

#include "TestWorkspaceUtil.h"

#include "audit/AuditLog.h"
#include "store/Database.h"
#include "store/KeySlots.h"

#include <QJsonObject>

#include <optional>

namespace mizan::test {

class RawAuditDb
{
public:
    /** Opens `dir`'s database with the data key from `user`'s slot. */
    static Result<RawAuditDb> open(const QString &dir, const QString &user, const char *password)
    {
        MIZAN_TRY(slots, KeySlots::load(dir + QStringLiteral("/keyslots.json")));
        const KeySlot *slot = slots.find(user);
        if (!slot)
            return fail(ErrorCode::InvalidInput, QStringLiteral("no slot for ") + user);
        MIZAN_TRY(opened, keyring::openSlot(slots, *slot, pw(password)));
        for (auto &[generation, key] : opened.dataKeys) {
            if (generation != slots.generation)
                continue;
            MIZAN_TRY(db,
                      Database::open(dir + QStringLiteral("/workspace.db"),
                                     key,
                                     Database::Mode::OpenExisting));
            RawAuditDb raw;
            MIZAN_TRY(wk, db.prepare("SELECT private_seed FROM workspace_key WHERE id = 1"));
            MIZAN_TRY(row, wk.step());
            if (!row)
                return fail(ErrorCode::Integrity, QStringLiteral("no workspace key"));
            raw.m_seed = SecureBytes::fromView(wk.blob(0));
            MIZAN_CHECK(wk.reset());
            raw.m_origin = QStringLiteral("mizan/") + slots.workspaceId;
            raw.m_publicKey = slots.workspacePublicKey;
            raw.m_db.emplace(std::move(db));
            return raw;
        }
        return fail(ErrorCode::Integrity, QStringLiteral("the slot holds no current data key"));
    }

    Database &db() { return *m_db; }

    /**
     * Appends `count` entries of a busy workspace (sign-ins, scoring, explanations, exports,
     * model reviews, denied attempts) from `startMs`, `stepMs` apart, in one transaction.
     * Returns the time of the last entry.
     */
    Result<qint64> appendSynthetic(qint64 count, qint64 startMs, qint64 stepMs)
    {
        const AuditSigner signer{m_origin, m_publicKey, &m_seed};
        qint64 time = startMs;
        MIZAN_CHECK(m_db->transaction([&]() -> Result<> {
            for (qint64 i = 0; i < count; ++i, time += stepMs) {
                MIZAN_CHECK(AuditLog::append(*m_db, syntheticEntry(i, time), &signer));
            }
            return {};
        }));
        return time - stepMs;
    }

    /** What an attacker holding the key does: drop the guards, change one entry's details. */
    Result<> tamperDetails(qint64 seq, const QByteArray &detailsJson)
    {
        MIZAN_CHECK(m_db->exec("DROP TRIGGER audit_no_update"));
        MIZAN_TRY(update, m_db->prepare("UPDATE audit SET details = ? WHERE seq = ?"));
        update.bind(1, QString::fromUtf8(detailsJson)).bind(2, seq);
        return update.run();
    }

    static AuditEntry syntheticEntry(qint64 i, qint64 timeMs)
    {
        struct Actor
        {
            const char *name;
            const char *role;
        };
        static constexpr Actor kActors[] = {{"nour", "analyst"},
                                            {"dana", "data_scientist"},
                                            {"nour", "analyst"},
                                            {"rana", "risk_officer"},
                                            {"sami", "analyst"},
                                            {"audra", "auditor"},
                                            {"nour", "analyst"},
                                            {"amira", "admin"}};
        const Actor &actor = kActors[size_t((i * 7 + i / 13) % std::size(kActors))];
        AuditEntry e;
        e.timeMs = timeMs;
        e.actor = QLatin1String(actor.name);
        e.role = QLatin1String(actor.role);
        e.outcome = QStringLiteral("ok");
        const qint64 lead = 1000 + (i * 7919) % 41188;
        const QString role = e.role;
        const int kind = int((i * 31 + i / 7) % 10);
        if (kind == 0) {
            e.action = QStringLiteral("login");
            e.target = e.actor;
        } else if (kind == 9 && role != QLatin1String("admin")) {
            e.action = QStringLiteral("permission.denied");
            e.target = QStringLiteral("models");
            e.outcome = QStringLiteral("denied");
            e.details = {{QStringLiteral("permission"), QStringLiteral("models.approve")},
                         {QStringLiteral("action"), QStringLiteral("approve a model")}};
        } else if (role == QLatin1String("analyst")) {
            static const char *kActions[] = {"leads.view",
                                             "leads.score",
                                             "explain.view",
                                             "leads.export",
                                             "leads.view",
                                             "explain.view"};
            e.action = QLatin1String(kActions[(i / 3) % 6]);
            e.target = e.action == QLatin1String("explain.view")
                           ? QStringLiteral("lead:%1").arg(lead)
                           : QStringLiteral("leadset:%1").arg(1 + i % 4);
            if (e.action == QLatin1String("leads.score"))
                e.details = {{QStringLiteral("run"), 1 + i / 40},
                             {QStringLiteral("model"), 3},
                             {QStringLiteral("rows"), 4119}};
            else if (e.action == QLatin1String("explain.view"))
                e.details = {{QStringLiteral("method"),
                              i % 2 ? QStringLiteral("shap") : QStringLiteral("lime")},
                             {QStringLiteral("model"), 3},
                             {QStringLiteral("probability"),
                              QString::number(0.05 + double(i % 90) / 100.0)}};
            else if (e.action == QLatin1String("leads.export"))
                e.details = {{QStringLiteral("file"), QStringLiteral("scores-week.csv")},
                             {QStringLiteral("rows"), 4119}};
            else
                e.details = {{QStringLiteral("rows"), 4119}};
        } else if (role == QLatin1String("data_scientist")) {
            static const char *kActions[] = {"model.import", "leads.import", "model.submit"};
            e.action = QLatin1String(kActions[(i / 3) % 3]);
            e.target = e.action == QLatin1String("leads.import")
                           ? QStringLiteral("leadset:%1").arg(1 + i % 4)
                           : QStringLiteral("model:%1").arg(1 + i % 5);
            e.details = {{QStringLiteral("rows"), 41188},
                         {QStringLiteral("file"), QStringLiteral("bank-additional-full.csv")}};
        } else if (role == QLatin1String("risk_officer")) {
            e.action = i % 3 ? QStringLiteral("model.approve") : QStringLiteral("fairness.view");
            e.target = QStringLiteral("model:%1").arg(1 + i % 5);
            e.details = {{QStringLiteral("reason"),
                          QStringLiteral("fairness within policy; AUC above 0.90")}};
        } else if (role == QLatin1String("auditor")) {
            e.action = i % 2 ? QStringLiteral("audit.view") : QStringLiteral("users.review");
            e.target = i % 2 ? QStringLiteral("audit") : QStringLiteral("users");
        } else {
            e.action = i % 2 ? QStringLiteral("user.role") : QStringLiteral("policy.idle_lock");
            e.target = i % 2 ? QStringLiteral("sami") : QStringLiteral("workspace");
            e.details = i % 2 ? QJsonObject{{QStringLiteral("role"), QStringLiteral("analyst")}}
                              : QJsonObject{{QStringLiteral("minutes"), 15}};
        }
        return e;
    }

private:
    std::optional<Database> m_db;
    SecureBytes m_seed;
    QString m_origin;
    QByteArray m_publicKey;
};

} // namespace mizan::test
