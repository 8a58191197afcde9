// Subject access: everything held about one person, with the explanation of the automated
// assessment, in one export (ARCHITECTURE.md "Privacy").

#include "audit/AuditLog.h"
#include "data/CsvReader.h"
#include "workspace/PiiVault.h"
#include "workspace/WorkspacePrivate.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <map>

namespace mizan {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mizan::Workspace)
};

constexpr qint64 kMaxAuditEntries = 10000;

QString rowTarget(const LeadRow &row)
{
    return QStringLiteral("leadset:%1/row:%2").arg(row.leadSet).arg(row.row);
}

} // namespace

Result<SubjectAccessExport> Workspace::subjectAccess(const QString &ref, const JobControl &job)
{
    const QString target = QStringLiteral("privacy:subject-access");
    return auditFailures(QStringLiteral("privacy.export"), target, [&]() -> Result<SubjectAccessExport> {
        MIZAN_CHECK(require(Permission::PrivacyExport, Tr::tr("export a subject's data"), target));
        SubjectAccessExport out;
        out.ref = ref.trimmed();
        out.preparedBy = m_user;
        out.preparedMs = now();
        MIZAN_TRY(rows, subjectRows(out.ref));
        QJsonArray records;
        qint64 predictionCount = 0;
        qint64 auditCount = 0;
        std::optional<std::pair<LeadRow, qint64>> latest; // (row, run) of the newest assessment
        std::map<qint64, double> thresholds;              // per model
        QJsonArray auditJson;
        for (const LeadRow &row : rows) {
            if (job.cancelled())
                return fail(ErrorCode::Cancelled, Tr::tr("Cancelled."));
            MIZAN_TRY(spec, storedLeadSetSpec(*d->db, row.leadSet));
            MIZAN_TRY(set,
                      d->db->prepare("SELECT name, source_file, sha256, imported_ms, imported_by, "
                                     "purpose, legal_basis FROM lead_sets WHERE id = ?"));
            set.bind(1, row.leadSet);
            MIZAN_TRY(setFound, set.step());
            if (!setFound)
                return fail(ErrorCode::Integrity, Tr::tr("A lead set vanished."));
            const QString purpose = set.text(5).isEmpty() ? spec.purpose : set.text(5);
            const QString basis = set.text(6).isEmpty() ? spec.legalBasis : set.text(6);
            QJsonObject record{{QStringLiteral("lead_set"),
                                QJsonObject{{QStringLiteral("id"), row.leadSet},
                                            {QStringLiteral("name"), set.text(0)},
                                            {QStringLiteral("source_file"), set.text(1)},
                                            {QStringLiteral("sha256"), set.text(2)},
                                            {QStringLiteral("imported_ms"), set.integer(3)},
                                            {QStringLiteral("imported_by"), set.text(4)},
                                            {QStringLiteral("purpose"), purpose},
                                            {QStringLiteral("legal_basis"), basis}}},
                               {QStringLiteral("row"), row.row}};
            // The record as held: the stored fields, with the sealed personal data opened.
            MIZAN_TRY(names, storedFieldNames(*d->db, row.leadSet, spec));
            MIZAN_TRY(line,
                      d->db->prepare(
                          "SELECT fields FROM leads WHERE lead_set_id = ? AND row_index = ?"));
            line.bind(1, row.leadSet).bind(2, row.row);
            MIZAN_TRY(lineFound, line.step());
            if (!lineFound)
                return fail(ErrorCode::Integrity, Tr::tr("A lead vanished."));
            MIZAN_TRY(fields, splitQuotedLine(line.blob(0), Tr::tr("lead set %1").arg(row.leadSet)));
            MIZAN_TRY(pii, openPiiRecords(*d->db, row.leadSet, row.row));
            QJsonObject data;
            for (qsizetype i = 0; i < names.size() && i < fields.size(); ++i)
                data.insert(names[i], QString::fromUtf8(fields[i]));
            if (!pii.empty()) {
                const QJsonObject &values = pii.begin()->second;
                for (auto it = values.begin(); it != values.end(); ++it)
                    data.insert(it.key(), it.value());
                for (const PiiSpec &p : spec.pii) {
                    if (p.kind == QLatin1String("name") && out.name.isEmpty())
                        out.name = values.value(p.column).toString();
                }
            }
            record.insert(QStringLiteral("data"), data);
            QJsonArray personal;
            for (const PiiSpec &p : spec.pii)
                personal.append(QJsonObject{{QStringLiteral("column"), p.column},
                                            {QStringLiteral("kind"), p.kind}});
            record.insert(QStringLiteral("personal_data_columns"), personal);

            MIZAN_TRY(p,
                      d->db->prepare("SELECT r.id, r.model_id, r.model_sha256, r.scored_ms, "
                                     "r.scored_by, p.probability, p.margin, p.band FROM "
                                     "predictions p JOIN scoring_runs r ON r.id = p.run_id "
                                     "WHERE r.lead_set_id = ? AND p.row_index = ? ORDER BY r.id"));
            p.bind(1, row.leadSet).bind(2, row.row);
            QJsonArray predictions;
            for (;;) {
                MIZAN_TRY(more, p.step());
                if (!more)
                    break;
                const qint64 modelId = p.integer(1);
                if (!thresholds.contains(modelId)) {
                    MIZAN_TRY(bundle, loadModel(modelId));
                    thresholds[modelId] = modelThreshold(bundle);
                }
                const double probability = p.real(5);
                predictions.append(
                    QJsonObject{{QStringLiteral("run"), p.integer(0)},
                                {QStringLiteral("model"), modelId},
                                {QStringLiteral("model_sha256"), p.text(2)},
                                {QStringLiteral("scored_ms"), p.integer(3)},
                                {QStringLiteral("scored_by"), p.text(4)},
                                {QStringLiteral("probability"), probability},
                                {QStringLiteral("margin"), p.real(6)},
                                {QStringLiteral("band"), p.text(7)},
                                {QStringLiteral("threshold"), thresholds[modelId]},
                                {QStringLiteral("decision"),
                                 probability >= thresholds[modelId] ? QStringLiteral("positive")
                                                                    : QStringLiteral("negative")}});
                if (!latest || p.integer(0) > latest->second) {
                    latest = std::make_pair(row, p.integer(0));
                    out.leadSet = set.text(0);
                    out.purpose = purpose;
                    out.legalBasis = basis;
                }
            }
            predictionCount += predictions.size();
            record.insert(QStringLiteral("predictions"), predictions);

            MIZAN_TRY(decisions, humanDecisions(row));
            QJsonArray decisionsJson;
            for (const HumanDecision &h : decisions)
                decisionsJson.append(h.toJson());
            record.insert(QStringLiteral("human_decisions"), decisionsJson);
            out.decisions.insert(out.decisions.end(), decisions.begin(), decisions.end());
            MIZAN_TRY(appealList, appeals(row));
            QJsonArray appealsJson;
            for (const Appeal &a : appealList)
                appealsJson.append(a.toJson());
            record.insert(QStringLiteral("appeals"), appealsJson);
            out.appeals.insert(out.appeals.end(), appealList.begin(), appealList.end());
            records.append(record);

            // The audit entries about this row, and the processing of its lead set.
            for (const QString &t :
                 {rowTarget(row), QStringLiteral("leadset:%1").arg(row.leadSet)}) {
                AuditFilter filter;
                filter.target = t;
                MIZAN_TRY(entries, AuditLog::query(*d->db, filter, 0, kMaxAuditEntries));
                for (const AuditEntry &e : entries) {
                    auditJson.append(QJsonDocument::fromJson(e.canonicalBytes()).object());
                    ++auditCount;
                }
            }
        }
        if (out.purpose.isEmpty() && !records.isEmpty()) {
            const QJsonObject set
                = records.first().toObject().value(QStringLiteral("lead_set")).toObject();
            out.leadSet = set.value(QStringLiteral("name")).toString();
            out.purpose = set.value(QStringLiteral("purpose")).toString();
            out.legalBasis = set.value(QStringLiteral("legal_basis")).toString();
        }

        QJsonObject explanationJson;
        if (latest) {
            MIZAN_TRY(run, d->db->prepare("SELECT model_id FROM scoring_runs WHERE id = ?"));
            run.bind(1, latest->second);
            MIZAN_TRY(runFound, run.step());
            if (!runFound)
                return fail(ErrorCode::Integrity, Tr::tr("A scoring run vanished."));
            const qint64 modelId = run.integer(0);
            auto cached = d->explainers.find(modelId);
            if (cached == d->explainers.end()) {
                MIZAN_TRY(bundle, loadModel(modelId));
                MIZAN_TRY(created, Explainer::create(bundle));
                cached = d->explainers.emplace(modelId, created).first;
            }
            out.explainer = cached->second;
            out.threshold = thresholds[modelId];
            MIZAN_TRY(one, readLeadSet(latest->first.leadSet, job, latest->first.row));
            MIZAN_TRY(lead, out.explainer->space().leadFromDataset(one, 0));
            ExplainOptions options;
            options.counterfactuals = true;
            options.counterfactualOptions.threshold = out.threshold;
            MIZAN_TRY(explanation, out.explainer->explain(lead, options, job));
            explanation.receipt.modelVersion = modelTarget(modelId);
            explanationJson = explanation.toJson(out.explainer->space());
            explanationJson.insert(QStringLiteral("lead"), rowTarget(latest->first));
            explanationJson.insert(QStringLiteral("run"), latest->second);
            explanationJson.insert(QStringLiteral("threshold"), out.threshold);
            out.explanation = std::move(explanation);
        }

        out.json = QJsonObject{{QStringLiteral("format"),
                                QLatin1String(SubjectAccessExport::kFormat)},
                               {QStringLiteral("subject"), out.ref},
                               {QStringLiteral("workspace"), d->slots.workspaceId},
                               {QStringLiteral("prepared_ms"), out.preparedMs},
                               {QStringLiteral("prepared_by"), out.preparedBy},
                               {QStringLiteral("records"), records},
                               {QStringLiteral("audit_entries"), auditJson}};
        if (!explanationJson.isEmpty())
            out.json.insert(QStringLiteral("explanation"), explanationJson);
        if (!out.ref.startsWith(QLatin1String("leadset:"))) {
            MIZAN_TRY(o,
                      d->db->prepare(
                          "SELECT converted, observed_ms FROM outcomes WHERE lead_id = ?"));
            o.bind(1, out.ref);
            MIZAN_TRY(known, o.step());
            if (known)
                out.json.insert(QStringLiteral("outcome"),
                                QJsonObject{{QStringLiteral("converted"), o.integer(0) != 0},
                                            {QStringLiteral("observed_ms"), o.integer(1)}});
        }
        MIZAN_CHECK(d->db->transaction([&] {
            return audit(QStringLiteral("privacy.export"),
                         target,
                         QStringLiteral("ok"),
                         {{QStringLiteral("records"), records.size()},
                          {QStringLiteral("predictions"), predictionCount},
                          {QStringLiteral("audit_entries"), auditCount},
                          {QStringLiteral("explained"), out.explanation.has_value()}});
        }));
        return out;
    }());
}

} // namespace mizan
