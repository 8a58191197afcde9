#pragma once

#include "data/DatasetSpec.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace mizan {

enum class ColumnKind {
    Numeric,     ///< doubles; NaN marks a missing value
    Categorical, ///< codes into a dictionary of values in first-seen order; -1 = missing
    Text,        ///< free text kept as read (id, personal data); empty = missing
};

/** @brief One typed column of a Dataset. Only the vector of its kind is filled. */
struct Column
{
    QString name;
    ColumnKind kind = ColumnKind::Numeric;
    std::vector<double> numbers;
    std::vector<int32_t> codes;
    QStringList dictionary;
    std::vector<QString> texts;

    /** @brief The value as text for display and grouping ("" when missing). */
    QString displayValue(qint64 row) const;
    bool isMissing(qint64 row) const;
};

/**
 * @brief A lead set in memory: the columns its spec uses, typed, plus labels and ids.
 *
 * A plain value type (copyable, movable); once loaded it is never modified, so it can be shared
 * read-only across threads (`std::shared_ptr<const Dataset>`).
 */
class Dataset
{
public:
    DatasetSpec spec;
    QString source;    ///< file it was read from
    QByteArray sha256; ///< SHA-256 of the file's bytes (hex), lineage of what was imported
    qint64 sourceBytes = 0;
    std::vector<Column> columns;
    std::vector<int8_t> labels; ///< 1 positive, 0 negative, -1 unknown; empty without a target
    std::vector<QString> ids;   ///< from the spec's id column; empty: the row index is the id
    QStringList warnings;       ///< things the user should know (absent optional columns)

    qint64 rowCount() const { return m_rowCount; }
    void setRowCount(qint64 rows) { m_rowCount = rows; }
    bool hasLabels() const { return !labels.empty(); }
    QString idOf(qint64 row) const;
    const Column *column(const QString &name) const;
    int columnIndex(const QString &name) const;

    /** @brief A new dataset holding the given rows (in that order); used for splits. */
    Dataset subset(const std::vector<qint64> &rows) const;

private:
    qint64 m_rowCount = 0;
};

} // namespace mizan
