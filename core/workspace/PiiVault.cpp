#include "workspace/PiiVault.h"

#include "common/Crypto.h"
#include "data/CsvReader.h"
#include "privacy/Masker.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace mizan {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mizan::Workspace)
};

constexpr size_t kSubjectKeyBytes = 32;
} // namespace

QByteArray piiAssociatedData(qint64 leadSetId, qint64 row)
{
    return QByteArrayLiteral("mizan/lead-pii\n") + QByteArray::number(leadSetId) + '/'
           + QByteArray::number(row);
}

QString rowSubjectRef(qint64 leadSetId, qint64 row)
{
    return QStringLiteral("leadset:%1/row:%2").arg(leadSetId).arg(row);
}

PiiSealer::PiiSealer(Database &db, qint64 leadSetId, qint64 nowMs)
    : m_db(&db)
    , m_leadSetId(leadSetId)
    , m_nowMs(nowMs)
{}

Result<PiiSealer> PiiSealer::create(Database &db, qint64 leadSetId, qint64 nowMs)
{
    return PiiSealer(db, leadSetId, nowMs);
}

Result<std::optional<SubjectKey>> subjectKey(Database &db,
                                             const QString &ref,
                                             bool create,
                                             qint64 nowMs)
{
    MIZAN_TRY(find, db.prepare("SELECT id, subject_key FROM subjects WHERE ref = ?"));
    find.bind(1, ref);
    MIZAN_TRY(found, find.step());
    SubjectKey out;
    if (found) {
        out.id = find.integer(0);
        out.key = SecureBytes::fromView(find.blob(1));
    } else if (!create) {
        return std::optional<SubjectKey>();
    } else {
        out.key = SecureBytes::random(kSubjectKeyBytes);
        MIZAN_TRY(insert,
                  db.prepare("INSERT INTO subjects(ref, subject_key, created_ms) VALUES(?, ?, ?)"));
        insert.bind(1, ref).bind(2, out.key.view().toByteArray()).bind(3, nowMs);
        MIZAN_CHECK(insert.run());
        out.id = db.lastInsertId();
    }
    if (out.key.size() != kSubjectKeyBytes)
        return fail(ErrorCode::Integrity,
                    Tr::tr("The key of data subject %1 is damaged.").arg(out.id));
    return std::optional<SubjectKey>(std::move(out));
}

Result<const SubjectKey *> PiiSealer::subject(const QString &ref)
{
    auto cached = m_keys.find(ref);
    if (cached == m_keys.end()) {
        MIZAN_TRY(key, subjectKey(*m_db, ref, true, m_nowMs));
        cached = m_keys.emplace(ref, std::move(*key)).first;
    }
    return &cached->second;
}

Result<> PiiSealer::seal(qint64 row, const QString &ref, const QJsonObject &values)
{
    MIZAN_TRY(key, subject(ref));
    const QByteArray plain = QJsonDocument(values).toJson(QJsonDocument::Compact);
    const QByteArray sealed = crypto::seal(key->key, plain, piiAssociatedData(m_leadSetId, row));
    MIZAN_TRY(insert,
              m_db->prepare("INSERT INTO lead_pii(lead_set_id, row_index, subject, sealed) "
                            "VALUES(?, ?, ?, ?)"));
    insert.bind(1, m_leadSetId).bind(2, row).bind(3, key->id).bind(4, sealed);
    return insert.run();
}

Result<std::map<qint64, QJsonObject>> openPiiRecords(Database &db,
                                                     qint64 leadSetId,
                                                     std::optional<qint64> onlyRow)
{
    MIZAN_TRY(s,
              db.prepare(onlyRow ? "SELECT p.row_index, p.sealed, s.subject_key FROM lead_pii p "
                                   "JOIN subjects s ON s.id = p.subject WHERE p.lead_set_id = ? "
                                   "AND p.row_index = ?"
                                 : "SELECT p.row_index, p.sealed, s.subject_key FROM lead_pii p "
                                   "JOIN subjects s ON s.id = p.subject WHERE p.lead_set_id = ?"));
    s.bind(1, leadSetId);
    if (onlyRow)
        s.bind(2, *onlyRow);
    std::map<qint64, QJsonObject> out;
    for (;;) {
        MIZAN_TRY(more, s.step());
        if (!more)
            return out;
        const qint64 row = s.integer(0);
        const SecureBytes key = SecureBytes::fromView(s.blob(2));
        auto plain = crypto::open(key, s.blob(1), piiAssociatedData(leadSetId, row));
        const QJsonDocument doc = plain ? QJsonDocument::fromJson(QByteArray(plain->view().data(),
                                                                             plain->view().size()))
                                        : QJsonDocument();
        if (!doc.isObject())
            return fail(ErrorCode::Integrity,
                        Tr::tr("The personal data of row %1 of lead set %2 does not open: it was "
                               "altered or its key is damaged.")
                            .arg(row)
                            .arg(leadSetId));
        out.emplace(row, doc.object());
    }
}

Result<DatasetSpec> storedLeadSetSpec(Database &db, qint64 leadSetId)
{
    MIZAN_TRY(s, db.prepare("SELECT spec_json FROM lead_sets WHERE id = ?"));
    s.bind(1, leadSetId);
    MIZAN_TRY(found, s.step());
    if (!found)
        return fail(ErrorCode::InvalidInput,
                    Tr::tr("There is no lead set %1 in the workspace.").arg(leadSetId));
    return DatasetSpec::fromJson(s.text(0).toUtf8(), Tr::tr("lead set %1").arg(leadSetId));
}

Result<QStringList> storedFieldNames(Database &db, qint64 leadSetId, const DatasetSpec &spec)
{
    if (!spec.csv.header)
        return spec.columns;
    MIZAN_TRY(s, db.prepare("SELECT header FROM lead_sets WHERE id = ?"));
    s.bind(1, leadSetId);
    MIZAN_TRY(found, s.step());
    if (!found)
        return fail(ErrorCode::InvalidInput,
                    Tr::tr("There is no lead set %1 in the workspace.").arg(leadSetId));
    MIZAN_TRY(fields, splitQuotedLine(s.blob(0), Tr::tr("lead set %1").arg(leadSetId)));
    QStringList names;
    for (const QByteArray &f : fields)
        names.append(QString::fromUtf8(f));
    return names;
}

Result<QString> subjectRefOfRow(Database &db, const LeadRow &row)
{
    MIZAN_TRY(spec, storedLeadSetSpec(db, row.leadSet));
    if (spec.id.isEmpty())
        return rowSubjectRef(row.leadSet, row.row);
    MIZAN_TRY(s, db.prepare("SELECT lead_id FROM leads WHERE lead_set_id = ? AND row_index = ?"));
    s.bind(1, row.leadSet).bind(2, row.row);
    MIZAN_TRY(found, s.step());
    if (!found)
        return fail(ErrorCode::InvalidInput,
                    Tr::tr("Lead set %1 has no row %2.").arg(row.leadSet).arg(row.row));
    return s.text(0);
}

namespace {
QByteArray textAssociatedData(const LeadRow &row)
{
    return piiAssociatedData(row.leadSet, row.row) + QByteArrayLiteral("/text");
}
} // namespace

Result<QByteArray> sealForSubject(Database &db,
                                  const LeadRow &row,
                                  const QString &text,
                                  qint64 nowMs)
{
    MIZAN_TRY(ref, subjectRefOfRow(db, row));
    MIZAN_TRY(key, subjectKey(db, ref, true, nowMs));
    return crypto::seal(key->key, text.toUtf8(), textAssociatedData(row));
}

Result<QString> openForSubject(Database &db, const LeadRow &row, const QByteArray &sealed)
{
    if (sealed.isEmpty())
        return QString();
    MIZAN_TRY(ref, subjectRefOfRow(db, row));
    MIZAN_TRY(key, subjectKey(db, ref, false, 0));
    if (!key)
        return QString();
    MIZAN_TRY(plain, crypto::open(key->key, sealed, textAssociatedData(row)));
    return QString::fromUtf8(plain.view().data(), plain.view().size());
}

Result<> sealLegacyPersonalData(Database &db, qint64 nowMs)
{
    MIZAN_TRY(flag, db.prepare("SELECT value FROM meta WHERE key = 'pii_sealed'"));
    MIZAN_TRY(done, flag.step());
    if (done)
        return {};
    return db.transaction([&]() -> Result<> {
        MIZAN_TRY(sets, db.prepare("SELECT id FROM lead_sets ORDER BY id"));
        std::vector<qint64> ids;
        for (;;) {
            MIZAN_TRY(more, sets.step());
            if (!more)
                break;
            ids.push_back(sets.integer(0));
        }
        for (qint64 id : ids) {
            MIZAN_TRY(spec, storedLeadSetSpec(db, id));
            if (spec.pii.empty())
                continue;
            MIZAN_TRY(names, storedFieldNames(db, id, spec));
            std::vector<std::pair<qsizetype, QString>> piiFields;
            for (const PiiSpec &p : spec.pii) {
                if (const qsizetype at = names.indexOf(p.column); at >= 0)
                    piiFields.emplace_back(at, p.column);
            }
            MIZAN_TRY(rows,
                      db.prepare("SELECT row_index, lead_id, fields FROM leads WHERE lead_set_id "
                                 "= ?1 AND row_index NOT IN (SELECT row_index FROM lead_pii "
                                 "WHERE lead_set_id = ?1)"));
            rows.bind(1, id);
            struct Pending
            {
                qint64 row;
                QString ref;
                QJsonObject values;
                QByteArray line;
            };
            std::vector<Pending> pending;
            for (;;) {
                MIZAN_TRY(more, rows.step());
                if (!more)
                    break;
                MIZAN_TRY(fields, splitQuotedLine(rows.blob(2), Tr::tr("lead set %1").arg(id)));
                Pending p{rows.integer(0), rows.text(1), {}, {}};
                for (const auto &[at, column] : piiFields) {
                    if (at >= fields.size() || fields[at].isEmpty())
                        continue;
                    p.values.insert(column, QString::fromUtf8(fields[at]));
                    fields[at].clear();
                }
                if (p.values.isEmpty() || p.ref.startsWith(QLatin1String("erased:")))
                    continue;
                if (spec.id.isEmpty())
                    p.ref = rowSubjectRef(id, p.row);
                p.line = quoteCsvFields(fields);
                pending.push_back(std::move(p));
            }
            MIZAN_TRY(sealer, PiiSealer::create(db, id, nowMs));
            MIZAN_TRY(update,
                      db.prepare(
                          "UPDATE leads SET fields = ? WHERE lead_set_id = ? AND row_index = ?"));
            for (const Pending &p : pending) {
                MIZAN_CHECK(sealer.seal(p.row, p.ref, p.values));
                update.bind(1, p.line).bind(2, id).bind(3, p.row);
                MIZAN_CHECK(update.run());
                MIZAN_CHECK(update.reset());
            }
        }
        return db.exec("INSERT OR REPLACE INTO meta(key, value) VALUES('pii_sealed', '1')");
    });
}

Result<> fillPiiColumns(Database &db,
                        Dataset &dataset,
                        const DatasetSpec &spec,
                        qint64 leadSetId,
                        std::optional<qint64> onlyRow,
                        PiiView view)
{
    if (spec.pii.empty())
        return {};
    std::map<qint64, QJsonObject> records;
    if (view != PiiView::None) {
        MIZAN_TRY(opened, openPiiRecords(db, leadSetId, onlyRow));
        records = std::move(opened);
    }
    const qint64 first = onlyRow.value_or(0);
    for (const PiiSpec &pii : spec.pii) {
        const int c = dataset.columnIndex(pii.column);
        if (c < 0)
            continue;
        std::vector<QString> &texts = dataset.columns[size_t(c)].texts;
        for (size_t i = 0; i < texts.size(); ++i) {
            QString &text = texts[i];
            const auto sealed = records.find(first + qint64(i));
            if (sealed != records.end())
                text = sealed->second.value(pii.column).toString();
            if (view == PiiView::None)
                text.clear();
            else if (view == PiiView::Masked)
                text = Masker::mask(pii.kind, text);
        }
    }
    return {};
}

} // namespace mizan
