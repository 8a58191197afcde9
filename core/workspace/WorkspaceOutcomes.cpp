// Outcome monitoring: actual conversions imported for scored leads, the realised performance of
// a version over its scoring runs against what was approved, and alerts beyond the policy.

#include "workspace/Workspace.h"
#include "workspace/WorkspacePrivate.h"

#include "data/CsvReader.h"
#include "fairness/FairnessData.h"
#include "fairness/FairnessReport.h"

#include <QDate>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace mizan {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mizan::Workspace)
};

/** @brief "1", "yes", "true", "converted" -> 1; "0", "no", "false", "not_converted" -> 0. */
std::optional<int8_t> parseOutcome(QString value)
{
    value = value.trimmed().toLower();
    if (value == QLatin1String("1") || value == QLatin1String("yes")
        || value == QLatin1String("true") || value == QLatin1String("converted"))
        return int8_t(1);
    if (value == QLatin1String("0") || value == QLatin1String("no")
        || value == QLatin1String("false") || value == QLatin1String("not_converted"))
        return int8_t(0);
    return std::nullopt;
}

struct OutcomeRow
{
    QString leadId;
    int8_t converted = 0;
    qint64 observedMs = 0;
    qint64 line = 0;
};
} // namespace

QJsonObject OutcomeImport::toJson() const
{
    QJsonArray a;
    for (const OutcomeAlert &alert : alerts)
        a.append(alert.toJson());
    return {{QStringLiteral("batch"), batch},
            {QStringLiteral("file"), fileName},
            {QStringLiteral("sha256"), QString::fromLatin1(sha256)},
            {QStringLiteral("rows"), rows},
            {QStringLiteral("new"), added},
            {QStringLiteral("already_known"), unchanged},
            {QStringLiteral("matched_leads"), matched},
            {QStringLiteral("alerts"), a},
            {QStringLiteral("judge_problem"),
             judgeProblem.isEmpty() ? QJsonValue() : QJsonValue(judgeProblem)}};
}

Result<OutcomeImport> Workspace::importOutcomes(const QString &csvPath, const JobControl &job)
{
    const QString fileName = QFileInfo(csvPath).fileName();
    return auditFailures(QStringLiteral("outcomes.import"), fileName, [&]() -> Result<OutcomeImport> {
        MIZAN_CHECK(require(Permission::LeadsImport, Tr::tr("import outcomes"), fileName));
        // Read and check the whole file first: nothing is stored unless every line is right.
        int idColumn = -1;
        int outcomeColumn = -1;
        int observedColumn = -1;
        bool header = true;
        std::vector<OutcomeRow> rows;
        QHash<QString, qint64> seen; // lead id -> index into rows
        const qint64 nowMs = now();
        CsvOptions options;
        options.trim = true;
        MIZAN_TRY(
            stats,
            CsvReader::readFile(
                csvPath,
                options,
                [&](const CsvRecord &r) -> Result<> {
                    const auto field = [&r](int i) {
                        return i < r.size() ? QString::fromUtf8(r.field(i).data(),
                                                                qsizetype(r.field(i).size()))
                                            : QString();
                    };
                    if (header) {
                        header = false;
                        for (int i = 0; i < r.size(); ++i) {
                            const QString name = field(i).trimmed().toLower();
                            if (name == QLatin1String("lead_id") || name == QLatin1String("id"))
                                idColumn = i;
                            else if (name == QLatin1String("converted")
                                     || name == QLatin1String("outcome"))
                                outcomeColumn = i;
                            else if (name == QLatin1String("observed"))
                                observedColumn = i;
                        }
                        if (idColumn < 0 || outcomeColumn < 0)
                            return fail(ErrorCode::InvalidInput,
                                        Tr::tr("%1, line %2: the header needs a 'lead_id' and a "
                                               "'converted' column.")
                                            .arg(fileName)
                                            .arg(r.line()));
                        return {};
                    }
                    OutcomeRow row;
                    row.line = r.line();
                    row.leadId = field(idColumn).trimmed();
                    if (row.leadId.isEmpty())
                        return fail(ErrorCode::InvalidInput,
                                    Tr::tr("%1, line %2: 'lead_id' is empty.")
                                        .arg(fileName)
                                        .arg(r.line()));
                    const auto converted = parseOutcome(field(outcomeColumn));
                    if (!converted)
                        return fail(
                            ErrorCode::InvalidInput,
                            Tr::tr("%1, line %2: 'converted' is '%3'; expected 1 or 0 (yes or no).")
                                .arg(fileName)
                                .arg(r.line())
                                .arg(field(outcomeColumn)));
                    row.converted = *converted;
                    row.observedMs = nowMs;
                    if (observedColumn >= 0 && !field(observedColumn).trimmed().isEmpty()) {
                        const QDate date = QDate::fromString(field(observedColumn).trimmed(),
                                                             Qt::ISODate);
                        if (!date.isValid())
                            return fail(ErrorCode::InvalidInput,
                                        Tr::tr("%1, line %2: 'observed' is '%3'; expected a date "
                                               "(YYYY-MM-DD).")
                                            .arg(fileName)
                                            .arg(r.line())
                                            .arg(field(observedColumn)));
                        row.observedMs = date.startOfDay(Qt::UTC).toMSecsSinceEpoch();
                    }
                    if (const auto it = seen.constFind(row.leadId); it != seen.cend()) {
                        const OutcomeRow &first = rows[size_t(*it)];
                        if (first.converted != row.converted)
                            return fail(ErrorCode::InvalidInput,
                                        Tr::tr(
                                            "%1, line %2: lead %3 has another outcome on line %4.")
                                            .arg(fileName)
                                            .arg(r.line())
                                            .arg(row.leadId)
                                            .arg(first.line));
                        return {};
                    }
                    seen.insert(row.leadId, qint64(rows.size()));
                    rows.push_back(std::move(row));
                    return {};
                },
                job));
        if (header || rows.empty())
            return fail(ErrorCode::InvalidInput, Tr::tr("%1 holds no outcomes.").arg(fileName));

        OutcomeImport result;
        result.fileName = fileName;
        result.sha256 = stats.sha256.toHex();
        result.rows = qint64(rows.size());
        MIZAN_CHECK(d->db->transaction([&]() -> Result<> {
            MIZAN_TRY(known, d->db->prepare("SELECT converted FROM outcomes WHERE lead_id = ?"));
            // Lead sets without an id column store row numbers as ids: nobody's lead id.
            QSet<qint64> identified;
            {
                MIZAN_TRY(sets, d->db->prepare("SELECT id, spec_json FROM lead_sets"));
                while (true) {
                    MIZAN_TRY(more, sets.step());
                    if (!more)
                        break;
                    auto spec = DatasetSpec::fromJson(sets.text(1).toUtf8(), QString());
                    if (spec && !spec->id.isEmpty())
                        identified.insert(sets.integer(0));
                }
            }
            MIZAN_TRY(lead, d->db->prepare("SELECT lead_set_id FROM leads WHERE lead_id = ?"));
            MIZAN_TRY(insertBatch,
                      d->db->prepare("INSERT INTO outcome_batches(source_file, sha256, row_count, "
                                     "imported_ms, imported_by) VALUES(?, ?, ?, ?, ?)"));
            insertBatch.bind(1, fileName)
                .bind(2, QString::fromLatin1(result.sha256))
                .bind(3, result.rows)
                .bind(4, nowMs)
                .bind(5, m_user);
            MIZAN_CHECK(insertBatch.run());
            result.batch = d->db->lastInsertId();
            MIZAN_TRY(insert,
                      d->db->prepare("INSERT INTO outcomes(lead_id, converted, observed_ms, batch) "
                                     "VALUES(?, ?, ?, ?)"));
            for (const OutcomeRow &row : rows) {
                MIZAN_CHECK(known.reset());
                known.bind(1, row.leadId);
                MIZAN_TRY(exists, known.step());
                if (exists) {
                    // An outcome is a fact: a different one for the same lead is refused, never
                    // overwritten (and the whole file with it).
                    if (known.integer(0) != row.converted)
                        return fail(ErrorCode::InvalidInput,
                                    Tr::tr("%1, line %2: lead %3 already has the outcome %4; "
                                           "nothing was imported.")
                                        .arg(fileName)
                                        .arg(row.line)
                                        .arg(row.leadId)
                                        .arg(known.integer(0)));
                    ++result.unchanged;
                    continue;
                }
                MIZAN_CHECK(lead.reset());
                lead.bind(1, row.leadId);
                bool isLead = false;
                while (!isLead) {
                    MIZAN_TRY(more, lead.step());
                    if (!more)
                        break;
                    isLead = identified.contains(lead.integer(0));
                }
                result.matched += isLead ? 1 : 0;
                MIZAN_CHECK(insert.reset());
                insert.bind(1, row.leadId)
                    .bind(2, qint64(row.converted))
                    .bind(3, row.observedMs)
                    .bind(4, result.batch);
                MIZAN_CHECK(insert.run());
                ++result.added;
            }
            return audit(QStringLiteral("outcomes.import"),
                         fileName,
                         QStringLiteral("ok"),
                         {{QStringLiteral("batch"), result.batch},
                          {QStringLiteral("sha256"), QString::fromLatin1(result.sha256)},
                          {QStringLiteral("rows"), result.rows},
                          {QStringLiteral("new"), result.added},
                          {QStringLiteral("matched_leads"), result.matched}});
        }));
        // The outcomes are stored whatever comes next. The deployed version is then judged on
        // what is now known; a new alert goes to the risk officers (stored and audited once).
        // Judging can fail on its own (a tampered bundle, an unreadable lead set): the import
        // stands and says so.
        Result<std::vector<OutcomeAlert>> judged = judgeDeployed(result.batch, nowMs, job);
        if (judged)
            result.alerts = std::move(*judged);
        else
            result.judgeProblem = judged.error().message;
        return result;
    }());
}

Result<std::vector<OutcomeAlert>> Workspace::judgeDeployed(qint64 batch,
                                                           qint64 nowMs,
                                                           const JobControl &job)
{
    MIZAN_TRY(registry, loadRegistry());
    const auto deployed = registry.deployed();
    if (!deployed)
        return std::vector<OutcomeAlert>{};
    MIZAN_TRY(report, computeOutcomeReport(*deployed, job));
    // Alerts already raised (same version, kind and run) are not raised again.
    QSet<QString> raised;
    {
        MIZAN_TRY(old, d->db->prepare("SELECT alert FROM outcome_alerts WHERE model_id = ?"));
        old.bind(1, *deployed);
        while (true) {
            MIZAN_TRY(more, old.step());
            if (!more)
                break;
            const QJsonObject o = QJsonDocument::fromJson(old.text(0).toUtf8()).object();
            raised.insert(o.value(QStringLiteral("kind")).toString() + QLatin1Char('/')
                          + QString::number(o.value(QStringLiteral("run")).toInteger()));
        }
    }
    std::vector<OutcomeAlert> fresh;
    for (OutcomeAlert &alert : report.alerts) {
        if (!raised.contains(alert.kind + QLatin1Char('/') + QString::number(alert.runId)))
            fresh.push_back(std::move(alert));
    }
    MIZAN_CHECK(d->db->transaction([&]() -> Result<> {
        MIZAN_TRY(s,
                  d->db->prepare("INSERT INTO outcome_alerts(model_id, batch, created_ms, "
                                 "alert) VALUES(?, ?, ?, ?)"));
        for (const OutcomeAlert &alert : fresh) {
            MIZAN_CHECK(s.reset());
            s.bind(1, *deployed)
                .bind(2, batch)
                .bind(3, nowMs)
                .bind(4,
                      QString::fromUtf8(
                          QJsonDocument(alert.toJson()).toJson(QJsonDocument::Compact)));
            MIZAN_CHECK(s.run());
            MIZAN_CHECK(audit(QStringLiteral("model.outcome_alert"),
                              modelTarget(*deployed),
                              QStringLiteral("ok"),
                              {{QStringLiteral("kind"), alert.kind},
                               {QStringLiteral("value"), alert.value},
                               {QStringLiteral("limit"), alert.limit},
                               {QStringLiteral("batch"), batch}}));
        }
        return {};
    }));
    return fresh;
}

Result<OutcomeReport> Workspace::outcomeReport(std::optional<qint64> modelId, const JobControl &job)
{
    MIZAN_CHECK(require(Permission::ModelsView,
                        Tr::tr("see realised performance"),
                        modelId ? modelTarget(*modelId) : QStringLiteral("models")));
    qint64 id = 0;
    if (modelId) {
        id = *modelId;
    } else {
        MIZAN_TRY(registry, loadRegistry());
        const auto deployed = registry.deployed();
        if (!deployed)
            return fail(ErrorCode::InvalidInput, Tr::tr("No version is deployed."));
        id = *deployed;
    }
    return computeOutcomeReport(id, job);
}

Result<std::vector<StoredOutcomeAlert>> Workspace::outcomeAlerts(std::optional<qint64> modelId)
{
    MIZAN_CHECK(
        require(Permission::ModelsView, Tr::tr("see outcome alerts"), QStringLiteral("models")));
    MIZAN_TRY(s,
              d->db->prepare("SELECT id, model_id, batch, created_ms, alert FROM outcome_alerts "
                             "WHERE ?1 = 0 OR model_id = ?1 ORDER BY id DESC"));
    s.bind(1, modelId.value_or(0));
    std::vector<StoredOutcomeAlert> out;
    while (true) {
        MIZAN_TRY(row, s.step());
        if (!row)
            break;
        StoredOutcomeAlert a;
        a.id = s.integer(0);
        a.modelId = s.integer(1);
        a.batch = s.integer(2);
        a.createdMs = s.integer(3);
        const QJsonObject o = QJsonDocument::fromJson(s.text(4).toUtf8()).object();
        a.alert.kind = o.value(QStringLiteral("kind")).toString();
        a.alert.runId = o.value(QStringLiteral("run")).toInteger();
        a.alert.value = o.value(QStringLiteral("value")).toDouble();
        a.alert.limit = o.value(QStringLiteral("limit")).toDouble();
        a.alert.text = o.value(QStringLiteral("text")).toString();
        out.push_back(std::move(a));
    }
    return out;
}

Result<OutcomeReport> Workspace::computeOutcomeReport(qint64 id, const JobControl &job)
{
    MIZAN_TRY(registry, loadRegistry());
    MIZAN_TRY(policy, governancePolicy());
    const ModelRecord *record = registry.record(id);
    OutcomeReport report;
    report.modelId = id;

    // What the approval rested on: the ROC AUC of the latest assessment made on a reference
    // lead set up to the approval, else the bundle's own test split.
    const bool approved = record && !record->approvals.empty();
    const qint64 approvedMs = approved ? record->approvals.back().timeMs : now();
    // Only the assessment the approval was made on (the newest up to it): an older one may
    // belong to another round or another reference lead set.
    MIZAN_TRY(assessments,
              d->db->prepare("SELECT assessment FROM model_assessments WHERE model_id = ? AND "
                             "created_ms <= ? ORDER BY id DESC LIMIT 1"));
    assessments.bind(1, id).bind(2, approvedMs);
    {
        MIZAN_TRY(row, assessments.step());
        auto a = !row
                     ? Result<RiskAssessment>(fail(ErrorCode::InvalidInput, QString()))
                     : RiskAssessment::fromJson(QJsonDocument::fromJson(assessments.text(0).toUtf8())
                                                    .object(),
                                                Tr::tr("an assessment of model %1").arg(id));
        if (a && a->candidateProfile && a->candidateProfile->rocAuc) {
            report.approvedAuc = a->candidateProfile->rocAuc;
            report.approvedAucSource = Tr::tr("assessment of %1 on lead set %2")
                                           .arg(QDateTime::fromMSecsSinceEpoch(a->createdMs, Qt::UTC)
                                                    .toString(Qt::ISODate))
                                           .arg(a->referenceLeadSet);
        }
    }
    report.approved = approved;
    if (!report.approvedAuc) {
        MIZAN_TRY(bundle, checkedBundle(id, record));
        const QJsonValue auc = bundle.metrics.value(QStringLiteral("test"))
                                   .toObject()
                                   .value(QStringLiteral("roc_auc"));
        if (auc.isDouble()) {
            report.approvedAuc = auc.toDouble();
            report.approvedAucSource = Tr::tr("the version's own test split");
        }
    }

    QHash<QString, int8_t> outcomes;
    {
        MIZAN_TRY(s, d->db->prepare("SELECT lead_id, converted FROM outcomes"));
        while (true) {
            MIZAN_TRY(row, s.step());
            if (!row)
                break;
            outcomes.insert(s.text(0), int8_t(s.integer(1)));
        }
    }
    MIZAN_TRY(runs,
              d->db->prepare(
                  "SELECT id, lead_set_id, scored_ms FROM scoring_runs WHERE model_id = ? "
                  "ORDER BY scored_ms, id"));
    runs.bind(1, id);
    // Pooled: each lead once, with the score of the first run that scored it (the one acted on).
    std::vector<double> allScores;
    std::vector<int8_t> allOutcomes;
    QSet<QString> pooled;
    QSet<QString> scoredIds;
    qint64 anonymousRows = 0;
    while (true) {
        MIZAN_TRY(row, runs.step());
        if (!row)
            break;
        const qint64 runId = runs.integer(0);
        const qint64 setId = runs.integer(1);
        MIZAN_TRY(data, readLeadSet(setId, job));
        const qint64 rowCount = data.rowCount();
        std::vector<double> scores(size_t(rowCount), 0.0);
        std::vector<bool> scored(size_t(rowCount), false);
        MIZAN_TRY(p,
                  d->db->prepare(
                      "SELECT row_index, probability FROM predictions WHERE run_id = ?"));
        p.bind(1, runId);
        while (true) {
            MIZAN_TRY(more, p.step());
            if (!more)
                break;
            const qint64 r = p.integer(0);
            if (r >= 0 && r < rowCount && std::isfinite(p.real(1))) {
                scores[size_t(r)] = p.real(1);
                scored[size_t(r)] = true;
            }
        }
        // Outcomes are matched by lead id; a lead set without an id column has none to match
        // (its row numbers are no one's lead ids).
        const bool hasIds = !data.ids.empty();
        std::vector<int8_t> known(scores.size(), int8_t(-1));
        std::vector<qint64> matchedRows;
        for (qint64 r = 0; r < rowCount; ++r) {
            if (!hasIds) {
                ++anonymousRows;
                continue;
            }
            scoredIds.insert(data.idOf(r));
            const auto it = outcomes.constFind(data.idOf(r));
            if (!scored[size_t(r)] || it == outcomes.cend())
                continue;
            known[size_t(r)] = *it;
            matchedRows.push_back(r);
        }
        OutcomeSlice slice = OutcomeSlice::compute(scores, known);
        slice.runId = runId;
        slice.leadSetId = setId;
        slice.scoredMs = runs.integer(2);
        // Realised fairness: the spec's sensitive attributes on the leads with outcomes.
        if (!matchedRows.empty() && !data.spec.sensitive.empty()) {
            Dataset subset = data.subset(matchedRows);
            std::vector<double> subsetScores;
            subset.labels.clear();
            for (qint64 r : matchedRows) {
                subsetScores.push_back(scores[size_t(r)]);
                subset.labels.push_back(known[size_t(r)]);
            }
            auto fairness = FairnessData::build(subset, std::move(subsetScores), {});
            if (fairness) {
                if (auto fr = FairnessReport::compute(fairness->view(), FairnessOptions{}, job)) {
                    for (const AttributeReport &a : fr->attributes) {
                        const double ratio
                            = a.disparities.values[size_t(Disparity::DemographicParityRatio)];
                        if (std::isfinite(ratio)
                            && (!slice.lowestDpRatio || ratio < *slice.lowestDpRatio)) {
                            slice.lowestDpRatio = ratio;
                            slice.dpAttribute = a.name();
                        }
                    }
                }
            }
        }
        for (qint64 r : matchedRows) {
            if (pooled.contains(data.idOf(r)))
                continue;
            pooled.insert(data.idOf(r));
            allScores.push_back(scores[size_t(r)]);
            allOutcomes.push_back(known[size_t(r)]);
        }
        report.runs.push_back(std::move(slice));
    }
    report.overall = OutcomeSlice::compute(allScores, allOutcomes);
    report.overall.rows = qint64(scoredIds.size()) + anonymousRows; // distinct leads scored
    report.alerts = judgeOutcomes(report, policy);
    return report;
}

} // namespace mizan
