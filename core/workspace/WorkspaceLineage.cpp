// Lineage: data set (hash) -> model versions -> predictions -> exports, from what the workspace
// already records (bundles name the SHA-256 of their training data; runs name their model and
// input; the audit log names every export).

#include "audit/AuditLog.h"
#include "workspace/WorkspacePrivate.h"

#include <QLocale>
#include <QRegularExpression>

namespace mizan {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mizan::Workspace)
};

struct ModelFacts
{
    qint64 id = 0;
    QString name;
    QString modelSha;
    QString state;
    QByteArray trainingSha;
    QString trainingName;
    qint64 importedMs = 0;
    QString importedBy;
};

class Graph
{
public:
    explicit Graph(LineageReport &report)
        : m_report(report)
    {}
    bool has(const QString &id) const
    {
        return std::any_of(m_report.nodes.begin(), m_report.nodes.end(), [&](const LineageNode &n) {
            return n.id == id;
        });
    }
    void add(LineageNode node)
    {
        if (!has(node.id))
            m_report.nodes.push_back(std::move(node));
    }
    void link(const QString &from, const QString &to, const QString &relation)
    {
        for (const LineageEdge &e : m_report.edges) {
            if (e.from == from && e.to == to && e.relation == relation)
                return;
        }
        m_report.edges.push_back({from, to, relation});
    }

private:
    LineageReport &m_report;
};

LineageNode modelNode(const ModelFacts &m)
{
    return {QStringLiteral("model"),
            modelTarget(m.id),
            Tr::tr("model version %1 (%2)").arg(m.id).arg(m.name),
            m.modelSha,
            m.importedMs,
            m.importedBy,
            m.state};
}

} // namespace

Result<LineageReport> Workspace::lineage(const QString &target)
{
    return auditFailures(QStringLiteral("lineage.view"), target, [&]() -> Result<LineageReport> {
        MIZAN_CHECK(require(Permission::LineageView, Tr::tr("trace lineage"), target));
        static const QRegularExpression pattern(QStringLiteral("^(leadset|model):(\\d{1,18})$"));
        const QRegularExpressionMatch m = pattern.match(target);
        if (!m.hasMatch()) {
            Error e = makeError(ErrorCode::InvalidInput,
                                Tr::tr("Lineage is traced from \"leadset:N\" or \"model:N\", not "
                                       "\"%1\".")
                                    .arg(target));
            e.field = QStringLiteral("target");
            return fail(e);
        }
        const bool fromSet = m.captured(1) == QLatin1String("leadset");
        const qint64 rootId = m.captured(2).toLongLong();
        const QLocale c = QLocale::c();

        // Every model's facts (bundles are parsed once per model and session).
        std::vector<ModelFacts> models;
        {
            MIZAN_TRY(s,
                      d->db->prepare("SELECT id, name, model_sha256, state, imported_ms, "
                                     "imported_by, bundle FROM models ORDER BY id"));
            for (;;) {
                MIZAN_TRY(more, s.step());
                if (!more)
                    break;
                ModelFacts f{s.integer(0),
                             s.text(1),
                             s.text(2),
                             s.text(3),
                             {},
                             {},
                             s.integer(4),
                             s.text(5)};
                auto cached = d->modelTraining.find(f.id);
                if (cached == d->modelTraining.end()) {
                    MIZAN_TRY(bundle, ModelBundle::fromJson(s.blob(6), modelTarget(f.id)));
                    cached = d->modelTraining
                                 .emplace(f.id,
                                          std::make_pair(bundle.trainingDataSha256,
                                                         bundle.trainingDataName))
                                 .first;
                }
                f.trainingSha = cached->second.first;
                f.trainingName = cached->second.second;
                models.push_back(f);
            }
        }
        const auto facts = [&](qint64 id) -> const ModelFacts * {
            for (const ModelFacts &f : models) {
                if (f.id == id)
                    return &f;
            }
            return nullptr;
        };

        LineageReport report;
        report.root = target;
        Graph graph(report);
        MIZAN_TRY(setRow,
                  d->db->prepare("SELECT id, name, sha256, row_count, imported_ms, imported_by, "
                                 "purpose, purged_ms, source_file FROM lead_sets WHERE id = ?"));
        const auto addSet = [&](qint64 id) -> Result<QString> {
            setRow.bind(1, id);
            MIZAN_TRY(found, setRow.step());
            if (!found) {
                MIZAN_CHECK(setRow.reset());
                return fail(ErrorCode::InvalidInput,
                            Tr::tr("There is no lead set %1 in the workspace.").arg(id));
            }
            LineageNode node{QStringLiteral("leadset"),
                             QStringLiteral("leadset:%1").arg(id),
                             Tr::tr("lead set %1 (%2, %3 rows, from %4; purpose: %5)")
                                 .arg(id)
                                 .arg(setRow.text(1),
                                      c.toString(setRow.integer(3)),
                                      setRow.text(8),
                                      setRow.text(6).isEmpty() ? Tr::tr("not stated")
                                                               : setRow.text(6)),
                             setRow.text(2),
                             setRow.integer(4),
                             setRow.text(5),
                             setRow.integer(7) != 0 ? Tr::tr("rows removed by retention")
                                                    : QString()};
            const QString sha = setRow.text(2);
            MIZAN_CHECK(setRow.reset());
            graph.add(node);
            return sha;
        };
        const auto addRuns = [&](const char *sql, qint64 id) -> Result<> {
            MIZAN_TRY(r, d->db->prepare(sql));
            r.bind(1, id);
            std::vector<std::pair<qint64, qint64>> found; // run -> lead set / model
            for (;;) {
                MIZAN_TRY(more, r.step());
                if (!more)
                    break;
                const qint64 run = r.integer(0);
                const qint64 set = r.integer(1);
                const qint64 model = r.integer(2);
                graph.add(
                    {QStringLiteral("run"),
                     QStringLiteral("run:%1").arg(run),
                     Tr::tr("scoring run %1: %2 predictions by model version %3")
                         .arg(run)
                         .arg(c.toString(r.integer(3)))
                         .arg(model),
                     r.text(4),
                     r.integer(5),
                     r.text(6),
                     r.integer(7) != 0 ? Tr::tr("predictions removed by retention") : QString()});
                found.emplace_back(run, set);
                if (const ModelFacts *f = facts(model)) {
                    graph.add(modelNode(*f));
                    graph.link(modelTarget(model),
                               QStringLiteral("run:%1").arg(run),
                               QStringLiteral("produced"));
                }
            }
            for (const auto &[run, set] : found) {
                if (!graph.has(QStringLiteral("leadset:%1").arg(set)))
                    MIZAN_CHECK(addSet(set));
                graph.link(QStringLiteral("leadset:%1").arg(set),
                           QStringLiteral("run:%1").arg(run),
                           QStringLiteral("scored"));
            }
            return {};
        };
        const auto addExports =
            [&](const QString &action,
                const QString &from,
                const std::function<bool(const AuditEntry &)> &keep) -> Result<> {
            AuditFilter filter;
            filter.action = action;
            MIZAN_TRY(entries, AuditLog::query(*d->db, filter, 0, 100000));
            for (const AuditEntry &e : entries) {
                if (e.outcome != QLatin1String("ok") || !keep(e))
                    continue;
                const QString file = e.details.value(QStringLiteral("file")).toString();
                if (file.isEmpty())
                    continue;
                const QString id = QStringLiteral("audit:%1").arg(e.seq);
                graph.add({QStringLiteral("export"),
                           id,
                           Tr::tr("%1 written to %2").arg(e.action, file),
                           QString(),
                           e.timeMs,
                           e.actor,
                           QString()});
                graph.link(from, id, QStringLiteral("exported"));
            }
            return {};
        };

        if (fromSet) {
            MIZAN_TRY(sha, addSet(rootId));
            const QString setId = QStringLiteral("leadset:%1").arg(rootId);
            for (const ModelFacts &f : models) {
                if (!f.trainingSha.isEmpty() && f.trainingSha == sha.toLatin1()) {
                    graph.add(modelNode(f));
                    graph.link(setId, modelTarget(f.id), QStringLiteral("trained"));
                }
            }
            MIZAN_CHECK(addRuns("SELECT id, lead_set_id, model_id, row_count, input_sha256, "
                                "scored_ms, scored_by, purged_ms FROM scoring_runs WHERE "
                                "lead_set_id = ? ORDER BY id",
                                rootId));
            MIZAN_CHECK(addExports(QStringLiteral("leads.export"), setId, [&](const AuditEntry &e) {
                return e.target == setId;
            }));
            MIZAN_CHECK(
                addExports(QStringLiteral("fairness.export"), setId, [&](const AuditEntry &e) {
                    return e.details.value(QStringLiteral("lead_set")).toVariant().toLongLong()
                           == rootId;
                }));
        } else {
            const ModelFacts *root = facts(rootId);
            if (!root)
                return fail(ErrorCode::InvalidInput,
                            Tr::tr("There is no model %1 in the workspace.").arg(rootId));
            graph.add(modelNode(*root));
            const QString modelId = modelTarget(rootId);
            if (!root->trainingSha.isEmpty()) {
                MIZAN_TRY(sets,
                          d->db->prepare("SELECT id FROM lead_sets WHERE sha256 = ? ORDER BY id"));
                sets.bind(1, QString::fromLatin1(root->trainingSha));
                std::vector<qint64> ids;
                for (;;) {
                    MIZAN_TRY(more, sets.step());
                    if (!more)
                        break;
                    ids.push_back(sets.integer(0));
                }
                for (qint64 id : ids) {
                    MIZAN_CHECK(addSet(id));
                    graph.link(QStringLiteral("leadset:%1").arg(id),
                               modelId,
                               QStringLiteral("trained"));
                }
                if (ids.empty()) {
                    const QString data = QStringLiteral("data:")
                                         + QString::fromLatin1(root->trainingSha.left(16));
                    graph.add(
                        {QStringLiteral("leadset"),
                         data,
                         Tr::tr("training data %1 (not in this workspace)").arg(root->trainingName),
                         QString::fromLatin1(root->trainingSha),
                         0,
                         QString(),
                         QString()});
                    graph.link(data, modelId, QStringLiteral("trained"));
                }
            }
            MIZAN_CHECK(addRuns("SELECT id, lead_set_id, model_id, row_count, input_sha256, "
                                "scored_ms, scored_by, purged_ms FROM scoring_runs WHERE "
                                "model_id = ? ORDER BY id",
                                rootId));
            for (const char *action : {"fairness.export", "model.card"})
                MIZAN_CHECK(addExports(QLatin1String(action), modelId, [&](const AuditEntry &e) {
                    return e.target == modelId;
                }));
        }
        MIZAN_CHECK(d->db->transaction([&] {
            return audit(QStringLiteral("lineage.view"),
                         target,
                         QStringLiteral("ok"),
                         {{QStringLiteral("nodes"), qint64(report.nodes.size())}});
        }));
        return report;
    }());
}

} // namespace mizan
