#pragma once

// Personal data at rest (ARCHITECTURE.md "Privacy"): the values of a lead set's PII columns are
// sealed per subject with AES-256-GCM under the subject's own random key (table subjects), bound
// to their row, and blanked in the stored record. Destroying the key (erasure) shreds them even
// where a copy of the sealed bytes survives. Internal to the Workspace facade: callers have
// checked permissions; nothing here audits.

#include "common/Result.h"
#include "common/SecureBytes.h"
#include "data/Dataset.h"
#include "data/DatasetSpec.h"
#include "store/Database.h"
#include "workspace/PrivacyTypes.h"

#include <QJsonObject>
#include <QString>

#include <map>
#include <optional>

namespace mizan {

/** @brief A data subject's number and key; see subjectKey(). */
struct SubjectKey
{
    qint64 id = 0;
    SecureBytes key;
};

/** @brief Seals the personal data of one lead set's rows while it is imported. */
class PiiSealer
{
public:
    static Result<PiiSealer> create(Database &db, qint64 leadSetId, qint64 nowMs);
    /** @brief Seals `values` ({column: value}) of row `row` under the key of subject `ref`. */
    Result<> seal(qint64 row, const QString &ref, const QJsonObject &values);

private:
    PiiSealer(Database &db, qint64 leadSetId, qint64 nowMs);
    Result<const SubjectKey *> subject(const QString &ref);

    Database *m_db;
    qint64 m_leadSetId;
    qint64 m_nowMs;
    std::map<QString, SubjectKey> m_keys;
};

/** @brief A subject's number and key; created when `create` and absent. */
Result<std::optional<SubjectKey>> subjectKey(Database &db,
                                             const QString &ref,
                                             bool create,
                                             qint64 nowMs);

/** @brief The spec a lead set was imported under. */
Result<DatasetSpec> storedLeadSetSpec(Database &db, qint64 leadSetId);
/** @brief The stored record's field names: the header, or the spec's columns (no header). */
Result<QStringList> storedFieldNames(Database &db, qint64 leadSetId, const DatasetSpec &spec);
/** @brief Whose row it is: the lead id, or rowSubjectRef() in a set without an id column. */
Result<QString> subjectRefOfRow(Database &db, const LeadRow &row);
/** @brief Seals free text about a row's subject (reasons, statements) under their key. */
Result<QByteArray> sealForSubject(Database &db,
                                  const LeadRow &row,
                                  const QString &text,
                                  qint64 nowMs);
/** @brief Opens what sealForSubject() sealed; empty when the subject's key is gone. */
Result<QString> openForSubject(Database &db, const LeadRow &row, const QByteArray &sealed);

/**
 * @brief Seals personal data stored in clear before schema 6 (a workspace upgraded from an
 * older version): every row of a lead set whose spec names PII columns and that has no sealed
 * record gets one, and its record is blanked. Once per workspace (meta "pii_sealed"); at open.
 */
Result<> sealLegacyPersonalData(Database &db, qint64 nowMs);

/** @brief The associated data that binds a row's sealed record to that row. */
QByteArray piiAssociatedData(qint64 leadSetId, qint64 row);

/** @brief The subject reference of a row in a lead set without an id column. */
QString rowSubjectRef(qint64 leadSetId, qint64 row);

/**
 * @brief Opens the sealed records of a lead set (or one row of it) into a map row -> values.
 * A record that does not open (its key gone, altered bytes) is an Integrity error.
 */
Result<std::map<qint64, QJsonObject>> openPiiRecords(Database &db,
                                                     qint64 leadSetId,
                                                     std::optional<qint64> onlyRow);

/**
 * @brief Fills the spec's personal-data columns of `dataset` (read from blanked records) as
 * `view` says. `firstRow` is the stored row of the dataset's row 0 (one-row reads). Rows stored
 * before personal data was sealed keep their values in the record: they are masked too.
 */
Result<> fillPiiColumns(Database &db,
                        Dataset &dataset,
                        const DatasetSpec &spec,
                        qint64 leadSetId,
                        std::optional<qint64> onlyRow,
                        PiiView view);

} // namespace mizan
