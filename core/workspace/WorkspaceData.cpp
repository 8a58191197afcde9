// Lead sets, model bundles and stored predictions: the data side of the facade.

#include "audit/AuditLog.h"
#include "common/Sha256.h"
#include "data/CsvReader.h"
#include "data/DatasetLoader.h"
#include "data/DatasetSpec.h"
#include "model/ModelBundle.h"
#include "model/Scorer.h"
#include "workspace/PiiVault.h"
#include "workspace/WorkspacePrivate.h"

#include <QBuffer>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonDocument>

namespace mizan {

namespace {
/// Translation context of the facade (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mizan::Workspace)
};
} // namespace

LeadSetInfo leadSetFromRow(const Statement &s)
{
    return LeadSetInfo{s.integer(0),
                       s.text(1),
                       s.text(2),
                       s.text(3).toLatin1(),
                       s.integer(4),
                       s.integer(5),
                       s.text(6)};
}

ModelInfo modelFromRow(const Statement &s)
{
    return ModelInfo{s.integer(0),
                     s.text(1),
                     s.text(2),
                     s.text(3).toLatin1(),
                     s.text(4).toLatin1(),
                     s.integer(5),
                     s.text(6)};
}

namespace {

ScoringRunInfo runFromRow(const Statement &s)
{
    return ScoringRunInfo{s.integer(0),
                          s.integer(1),
                          s.integer(2),
                          s.text(3).toLatin1(),
                          s.text(4).toLatin1(),
                          s.integer(5),
                          s.integer(6),
                          s.text(7)};
}

} // namespace

Result<LeadSetInfo> Workspace::importLeadSet(const QString &csvPath,
                                             const QString &specPath,
                                             const QString &name,
                                             const JobControl &job)
{
    return auditFailures(
        QStringLiteral("leads.import"), QFileInfo(csvPath).fileName(), [&]() -> Result<LeadSetInfo> {
            const QString fileName = QFileInfo(csvPath).fileName();
            MIZAN_CHECK(require(Permission::LeadsImport, Tr::tr("import leads"), fileName));
            MIZAN_TRY(spec, DatasetSpec::load(specPath));
            // Validate the whole file first (errors name the file, line and field): nothing is stored
            // unless every row reads under the spec.
            MIZAN_TRY(dataset, DatasetLoader::load(csvPath, spec, {}, job));
            const int idColumn = spec.id.isEmpty() ? -1 : dataset.columnIndex(spec.id);
            LeadSetInfo info;
            info.name = name.isEmpty() ? QFileInfo(csvPath).completeBaseName() : name;
            info.sourceFile = fileName;
            info.sha256 = dataset.sha256;
            info.importedMs = now();
            info.importedBy = m_user;
            MIZAN_CHECK(d->db->transaction([&]() -> Result<> {
                MIZAN_TRY(set,
                          d->db->prepare(
                              "INSERT INTO lead_sets(name, source_file, sha256, spec_json, header, "
                              "row_count, imported_ms, imported_by, purpose, legal_basis) "
                              "VALUES(?, ?, ?, ?, '', 0, ?, ?, ?, ?)"));
                set.bind(1, info.name)
                    .bind(2, info.sourceFile)
                    .bind(3, QString::fromLatin1(info.sha256))
                    .bind(4,
                          QString::fromUtf8(
                              QJsonDocument(spec.toJson()).toJson(QJsonDocument::Compact)))
                    .bind(5, info.importedMs)
                    .bind(6, m_user)
                    .bind(7, spec.purpose)
                    .bind(8, spec.legalBasis);
                MIZAN_CHECK(set.run());
                info.id = d->db->lastInsertId();
                MIZAN_TRY(sealer, PiiSealer::create(*d->db, info.id, info.importedMs));
                // Personal data is sealed per subject and blanked in the stored record.
                std::vector<std::pair<int, QString>> piiFields;
                const auto findPiiFields = [&](const QStringList &names) {
                    for (const PiiSpec &pii : spec.pii) {
                        const int at = int(names.indexOf(pii.column));
                        if (at >= 0)
                            piiFields.emplace_back(at, pii.column);
                    }
                };
                if (!spec.csv.header)
                    findPiiFields(spec.columns);
                MIZAN_TRY(insert,
                          d->db->prepare("INSERT INTO leads(lead_set_id, row_index, lead_id, "
                                         "fields) VALUES(?, ?, ?, ?)"));
                QByteArray header;
                qint64 row = 0;
                bool first = spec.csv.header;
                // The header's column order decides where the id is; the loader already checked it.
                int idField = -1;
                QStringList columns;
                MIZAN_TRY(stats,
                          CsvReader::readFile(
                              csvPath,
                              spec.csv.toOptions(),
                              [&](const CsvRecord &record) -> Result<> {
                                  if (first) {
                                      first = false;
                                      header = record.quotedLine();
                                      QStringList names;
                                      for (int i = 0; i < record.size(); ++i) {
                                          names.append(QString::fromUtf8(record.field(i)));
                                          if (names.back() == spec.id)
                                              idField = i;
                                      }
                                      findPiiFields(names);
                                      return {};
                                  }
                                  if (!spec.csv.header && idField < 0 && idColumn >= 0)
                                      idField = spec.columns.indexOf(spec.id);
                                  const QString leadId = idField >= 0 && idField < record.size()
                                                             ? QString::fromUtf8(
                                                                   record.field(idField))
                                                             : QString::number(row);
                                  QByteArray line;
                                  if (piiFields.empty()) {
                                      line = record.quotedLine();
                                  } else {
                                      QList<QByteArray> fields;
                                      for (int i = 0; i < record.size(); ++i)
                                          fields.append(
                                              QByteArray(record.field(i).data(),
                                                         qsizetype(record.field(i).size())));
                                      QJsonObject values;
                                      for (const auto &[at, column] : piiFields) {
                                          if (at >= fields.size() || fields[at].isEmpty())
                                              continue;
                                          values.insert(column, QString::fromUtf8(fields[at]));
                                          fields[at].clear();
                                      }
                                      if (!values.isEmpty())
                                          MIZAN_CHECK(sealer.seal(row,
                                                                  spec.id.isEmpty()
                                                                      ? rowSubjectRef(info.id, row)
                                                                      : leadId,
                                                                  values));
                                      line = quoteCsvFields(fields);
                                  }
                                  insert.bind(1, info.id).bind(2, row).bind(3, leadId).bind(4, line);
                                  MIZAN_CHECK(insert.run());
                                  MIZAN_CHECK(insert.reset());
                                  ++row;
                                  return {};
                              },
                              job));
                if (stats.sha256.toHex() != info.sha256 || row != dataset.rowCount())
                    return fail(ErrorCode::InvalidInput,
                                Tr::tr("%1 changed while it was being imported; import it again.")
                                    .arg(csvPath));
                info.rows = row;
                MIZAN_TRY(update,
                          d->db->prepare(
                              "UPDATE lead_sets SET header = ?, row_count = ? WHERE id = ?"));
                update.bind(1, header).bind(2, row).bind(3, info.id);
                MIZAN_CHECK(update.run());
                return audit(QStringLiteral("leads.import"),
                             QStringLiteral("leadset:%1").arg(info.id),
                             QStringLiteral("ok"),
                             {{QStringLiteral("rows"), row},
                              {QStringLiteral("sha256"), QString::fromLatin1(info.sha256)},
                              {QStringLiteral("file"), fileName}});
            }));
            return info;
        }());
}

Result<std::vector<LeadSetInfo>> Workspace::leadSets()
{
    MIZAN_CHECK(
        require(Permission::LeadsView, Tr::tr("list lead sets"), QStringLiteral("leadsets")));
    MIZAN_TRY(s,
              d->db->prepare(
                  "SELECT id, name, source_file, sha256, row_count, imported_ms, imported_by "
                  "FROM lead_sets WHERE purged_ms = 0 ORDER BY id"));
    std::vector<LeadSetInfo> out;
    for (;;) {
        MIZAN_TRY(row, s.step());
        if (!row)
            return out;
        out.push_back(leadSetFromRow(s));
    }
}

Result<Dataset> Workspace::readLeadSet(qint64 id,
                                       const JobControl &job,
                                       std::optional<qint64> onlyRow,
                                       PiiView pii)
{
    MIZAN_TRY(s,
              d->db->prepare("SELECT name, sha256, spec_json, header, purged_ms FROM lead_sets "
                             "WHERE id = ?"));
    s.bind(1, id);
    MIZAN_TRY(found, s.step());
    if (!found)
        return fail(ErrorCode::InvalidInput,
                    Tr::tr("There is no lead set %1 in the workspace.").arg(id));
    if (s.integer(4) != 0)
        return fail(ErrorCode::InvalidInput,
                    Tr::tr("Lead set %1 (%2) was removed by retention on %3; only its name and "
                           "hash remain.")
                        .arg(id)
                        .arg(s.text(0),
                             QDateTime::fromMSecsSinceEpoch(s.integer(4), Qt::UTC)
                                 .date()
                                 .toString(Qt::ISODate)));
    const QString name = s.text(0);
    const QByteArray sha = s.text(1).toLatin1();
    const QString source = Tr::tr("lead set %1 (%2)").arg(id).arg(name);
    MIZAN_TRY(spec, DatasetSpec::fromJson(s.text(2).toUtf8(), source));
    QByteArray csv = s.blob(3);
    if (!csv.isEmpty())
        csv += '\n';
    MIZAN_TRY(rows,
              d->db->prepare(onlyRow ? "SELECT fields FROM leads WHERE lead_set_id = ? AND "
                                       "row_index = ?"
                                     : "SELECT fields FROM leads WHERE lead_set_id = ? ORDER BY "
                                       "row_index"));
    rows.bind(1, id);
    if (onlyRow)
        rows.bind(2, *onlyRow);
    for (qint64 read = 0;; ++read) {
        MIZAN_TRY(row, rows.step());
        if (!row) {
            if (onlyRow && read == 0)
                return fail(ErrorCode::InvalidInput,
                            Tr::tr("%1 has no row %2.").arg(source).arg(*onlyRow));
            break;
        }
        csv += rows.blob(0);
        csv += '\n';
    }
    // Stored records are plain RFC 4180 with the fields exactly as read (already trimmed).
    spec.csv.delimiter = ',';
    spec.csv.skipLines = 0;
    spec.csv.trim = false;
    QBuffer buffer(&csv);
    buffer.open(QIODevice::ReadOnly);
    MIZAN_TRY(dataset, DatasetLoader::read(buffer, source, spec, {}, job));
    MIZAN_CHECK(fillPiiColumns(*d->db, dataset, spec, id, onlyRow, pii));
    dataset.source = name;
    dataset.sha256 = sha;
    return dataset;
}

Result<Dataset> Workspace::loadLeadSet(qint64 id, const JobControl &job)
{
    return auditFailures(QStringLiteral("leads.open"),
                         QStringLiteral("leadset:%1").arg(id),
                         [&]() -> Result<Dataset> {
                             MIZAN_CHECK(require(Permission::LeadsView,
                                                 Tr::tr("open a lead set"),
                                                 QStringLiteral("leadset:%1").arg(id)));
                             // Masked in core for every role without leads.view_pii; the
                             // entry says which the user saw.
                             const bool clear = can(Permission::LeadsViewPii);
                             MIZAN_TRY(dataset,
                                       readLeadSet(id,
                                                   job,
                                                   std::nullopt,
                                                   clear ? PiiView::Clear : PiiView::Masked));
                             MIZAN_CHECK(d->db->transaction([&] {
                                 return audit(QStringLiteral("leads.open"),
                                              QStringLiteral("leadset:%1").arg(id),
                                              QStringLiteral("ok"),
                                              {{QStringLiteral("rows"), dataset.rowCount()},
                                               {QStringLiteral("pii"),
                                                clear ? QStringLiteral("clear")
                                                      : QStringLiteral("masked")}});
                             }));
                             return dataset;
                         }());
}

Result<ModelInfo> Workspace::importModel(const QString &bundlePath)
{
    return auditFailures(QStringLiteral("model.import"),
                         QFileInfo(bundlePath).fileName(),
                         [&]() -> Result<ModelInfo> {
                             MIZAN_CHECK(require(Permission::ModelsImport,
                                                 Tr::tr("import a model"),
                                                 QFileInfo(bundlePath).fileName()));
                             MIZAN_TRY(bundle, ModelBundle::load(bundlePath));
                             return storeModel(bundle, QFileInfo(bundlePath).fileName());
                         }());
}

Result<ModelInfo> Workspace::storeModel(const ModelBundle &bundle, const QString &source)
{
    MIZAN_CHECK(require(Permission::ModelsImport, Tr::tr("import a model"), source));
    const QByteArray json = bundle.toJson();
    ModelInfo info;
    info.name = bundle.name;
    info.origin = bundle.origin;
    info.modelSha256 = bundle.modelSha256;
    info.bundleSha256 = Sha256::hashHex(json);
    info.importedMs = now();
    info.importedBy = m_user;
    MIZAN_TRY(dup, d->db->prepare("SELECT id FROM models WHERE bundle_sha256 = ?"));
    dup.bind(1, QString::fromLatin1(info.bundleSha256));
    MIZAN_TRY(exists, dup.step());
    if (exists)
        return fail(ErrorCode::InvalidInput,
                    Tr::tr("%1 is already in the workspace as model %2.")
                        .arg(source)
                        .arg(dup.integer(0)));
    MIZAN_TRY(registry, loadRegistry());
    MIZAN_CHECK(d->db->transaction([&]() -> Result<> {
        MIZAN_TRY(
            s,
            d->db->prepare(
                "INSERT INTO models(name, origin, model_sha256, bundle_sha256, bundle, source, "
                "imported_ms, imported_by) VALUES(?, ?, ?, ?, ?, ?, ?, ?)"));
        s.bind(1, info.name)
            .bind(2, info.origin)
            .bind(3, QString::fromLatin1(info.modelSha256))
            .bind(4, QString::fromLatin1(info.bundleSha256))
            .bind(5, json)
            .bind(6, source)
            .bind(7, info.importedMs)
            .bind(8, m_user);
        MIZAN_CHECK(s.run());
        info.id = d->db->lastInsertId();
        MIZAN_CHECK(audit(QStringLiteral("model.import"),
                          QStringLiteral("model:%1").arg(info.id),
                          QStringLiteral("ok"),
                          {{QStringLiteral("model_sha256"), QString::fromLatin1(info.modelSha256)},
                           {QStringLiteral("name"), info.name},
                           {QStringLiteral("file"), source}}));
        // The registry's first, signed event: who brought this version in (four eyes).
        MIZAN_TRY(event,
                  prepareModelEvent(registry,
                                    ModelAction::Register,
                                    info.id,
                                    {},
                                    {{QStringLiteral("origin"), info.origin},
                                     {QStringLiteral("created_by"), bundle.createdBy},
                                     {QStringLiteral("source"), source}}));
        return writeModelEvent(event, ModelState::Draft);
    }));
    return info;
}

Result<std::vector<ModelInfo>> Workspace::models()
{
    MIZAN_CHECK(require(Permission::ModelsView, Tr::tr("list models"), QStringLiteral("models")));
    MIZAN_TRY(s,
              d->db->prepare(
                  "SELECT id, name, origin, model_sha256, bundle_sha256, imported_ms, imported_by "
                  "FROM models ORDER BY id"));
    std::vector<ModelInfo> out;
    for (;;) {
        MIZAN_TRY(row, s.step());
        if (!row)
            return out;
        out.push_back(modelFromRow(s));
    }
}

Result<ModelBundle> Workspace::loadModel(qint64 id)
{
    MIZAN_CHECK(
        require(Permission::ModelsView, Tr::tr("open a model"), QStringLiteral("model:%1").arg(id)));
    MIZAN_TRY(s, d->db->prepare("SELECT bundle FROM models WHERE id = ?"));
    s.bind(1, id);
    MIZAN_TRY(found, s.step());
    if (!found)
        return fail(ErrorCode::InvalidInput,
                    Tr::tr("There is no model %1 in the workspace.").arg(id));
    return ModelBundle::fromJson(s.blob(0), Tr::tr("model %1 of the workspace").arg(id));
}

Result<ScoringRunInfo> Workspace::scoreLeadSet(qint64 leadSetId,
                                               qint64 modelId,
                                               const JobControl &job,
                                               ScoredLeads *scored)
{
    return auditFailures(
        QStringLiteral("leads.score"),
        QStringLiteral("leadset:%1").arg(leadSetId),
        [&]() -> Result<ScoringRunInfo> {
            MIZAN_CHECK(require(Permission::LeadsScore,
                                Tr::tr("score leads"),
                                QStringLiteral("leadset:%1").arg(leadSetId)));
            MIZAN_TRY(bundle, loadModel(modelId));
            MIZAN_CHECK(checkPurpose(modelId, leadSetId, QStringLiteral("leads.score")));
            MIZAN_TRY(dataset, loadLeadSet(leadSetId, job));
            MIZAN_TRY(scorer, Scorer::create(bundle));
            MIZAN_TRY(scores, scorer.score(dataset, job));
            ScoringRunInfo run;
            run.leadSetId = leadSetId;
            run.modelId = modelId;
            run.modelSha256 = scores.modelSha256;
            run.inputSha256 = dataset.sha256;
            run.rows = scores.size();
            run.scoredMs = now();
            run.scoredBy = m_user;
            MIZAN_CHECK(d->db->transaction([&]() -> Result<> {
                MIZAN_TRY(r,
                          d->db->prepare(
                              "INSERT INTO scoring_runs(lead_set_id, model_id, model_sha256, "
                              "input_sha256, "
                              "row_count, scored_ms, scored_by) VALUES(?, ?, ?, ?, ?, ?, ?)"));
                r.bind(1, leadSetId)
                    .bind(2, modelId)
                    .bind(3, QString::fromLatin1(run.modelSha256))
                    .bind(4, QString::fromLatin1(run.inputSha256))
                    .bind(5, run.rows)
                    .bind(6, run.scoredMs)
                    .bind(7, m_user);
                MIZAN_CHECK(r.run());
                run.id = d->db->lastInsertId();
                MIZAN_TRY(
                    p,
                    d->db->prepare(
                        "INSERT INTO predictions(run_id, row_index, margin, probability, band) "
                        "VALUES(?, ?, ?, ?, ?)"));
                const QStringList &labels = scorer.bands().labels;
                for (qint64 i = 0; i < scores.size(); ++i) {
                    p.bind(1, run.id)
                        .bind(2, i)
                        .bind(3, double(scores.margins[size_t(i)]))
                        .bind(4, scores.probabilities[size_t(i)])
                        .bind(5, labels.value(scores.bands[size_t(i)]));
                    MIZAN_CHECK(p.run());
                    MIZAN_CHECK(p.reset());
                }
                return audit(QStringLiteral("leads.score"),
                             QStringLiteral("leadset:%1").arg(leadSetId),
                             QStringLiteral("ok"),
                             {{QStringLiteral("run"), run.id},
                              {QStringLiteral("model"), modelId},
                              {QStringLiteral("model_sha256"), QString::fromLatin1(run.modelSha256)},
                              {QStringLiteral("input_sha256"), QString::fromLatin1(run.inputSha256)},
                              {QStringLiteral("rows"), run.rows}});
            }));
            if (scored)
                *scored = ScoredLeads{std::move(dataset), std::move(bundle), std::move(scores)};
            return run;
        }());
}

Result<> Workspace::recordExport(const QString &what, const QString &fileName, qint64 rows)
{
    const QString file = QFileInfo(fileName).fileName(); // the folder may name a person
    MIZAN_CHECK(require(Permission::LeadsView, Tr::tr("export leads and scores"), file));
    return d->db->transaction([&] {
        return audit(QStringLiteral("leads.export"),
                     what,
                     QStringLiteral("ok"),
                     {{QStringLiteral("file"), file}, {QStringLiteral("rows"), rows}});
    });
}

Result<std::vector<ScoringRunInfo>> Workspace::scoringRuns()
{
    MIZAN_CHECK(require(Permission::LeadsView, Tr::tr("list scoring runs"), QStringLiteral("runs")));
    MIZAN_TRY(s,
              d->db->prepare(
                  "SELECT id, lead_set_id, model_id, model_sha256, input_sha256, row_count, "
                  "scored_ms, scored_by FROM scoring_runs ORDER BY id"));
    std::vector<ScoringRunInfo> out;
    for (;;) {
        MIZAN_TRY(row, s.step());
        if (!row)
            return out;
        out.push_back(runFromRow(s));
    }
}

Result<std::vector<StoredPrediction>> Workspace::predictions(qint64 runId)
{
    MIZAN_CHECK(require(Permission::LeadsView,
                        Tr::tr("read predictions"),
                        QStringLiteral("run:%1").arg(runId)));
    MIZAN_TRY(
        s,
        d->db->prepare(
            "SELECT p.row_index, l.lead_id, p.margin, p.probability, p.band "
            "FROM predictions p JOIN scoring_runs r ON r.id = p.run_id "
            "LEFT JOIN leads l ON l.lead_set_id = r.lead_set_id AND l.row_index = p.row_index "
            "WHERE p.run_id = ? ORDER BY p.row_index"));
    s.bind(1, runId);
    std::vector<StoredPrediction> out;
    for (;;) {
        MIZAN_TRY(row, s.step());
        if (!row)
            break;
        out.push_back({s.integer(0), s.text(1), s.real(2), s.real(3), s.text(4)});
    }
    // Lead-level scores are read: audited, like opening the lead set.
    MIZAN_CHECK(d->db->transaction([&] {
        return audit(QStringLiteral("predictions.view"),
                     QStringLiteral("run:%1").arg(runId),
                     QStringLiteral("ok"),
                     {{QStringLiteral("rows"), qint64(out.size())}});
    }));
    return out;
}

} // namespace mizan
