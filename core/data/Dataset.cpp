#include "data/Dataset.h"

#include <cmath>

namespace mizan {

QString Column::displayValue(qint64 row) const
{
    const auto i = static_cast<size_t>(row);
    switch (kind) {
    case ColumnKind::Numeric:
        return std::isnan(numbers[i]) ? QString() : QString::number(numbers[i], 'g', 17);
    case ColumnKind::Categorical:
        return codes[i] < 0 ? QString() : dictionary.at(codes[i]);
    case ColumnKind::Text:
        return texts[i];
    }
    return {};
}

bool Column::isMissing(qint64 row) const
{
    const auto i = static_cast<size_t>(row);
    switch (kind) {
    case ColumnKind::Numeric:
        return std::isnan(numbers[i]);
    case ColumnKind::Categorical:
        return codes[i] < 0;
    case ColumnKind::Text:
        return texts[i].isEmpty();
    }
    return true;
}

QString Dataset::idOf(qint64 row) const
{
    return ids.empty() ? QString::number(row) : ids[static_cast<size_t>(row)];
}

const Column *Dataset::column(const QString &name) const
{
    const int i = columnIndex(name);
    return i < 0 ? nullptr : &columns[static_cast<size_t>(i)];
}

int Dataset::columnIndex(const QString &name) const
{
    for (size_t i = 0; i < columns.size(); ++i) {
        if (columns[i].name == name)
            return static_cast<int>(i);
    }
    return -1;
}

Dataset Dataset::subset(const std::vector<qint64> &rows) const
{
    Dataset out;
    out.spec = spec;
    out.source = source;
    out.sha256 = sha256;
    out.sourceBytes = sourceBytes;
    out.warnings = warnings;
    out.m_rowCount = static_cast<qint64>(rows.size());
    const auto pick = [&rows](const auto &from, auto &to) {
        if (from.empty())
            return;
        to.reserve(rows.size());
        for (qint64 r : rows)
            to.push_back(from[static_cast<size_t>(r)]);
    };
    for (const Column &c : columns) {
        Column d;
        d.name = c.name;
        d.kind = c.kind;
        d.dictionary = c.dictionary;
        pick(c.numbers, d.numbers);
        pick(c.codes, d.codes);
        pick(c.texts, d.texts);
        out.columns.push_back(std::move(d));
    }
    pick(labels, out.labels);
    if (!ids.empty()) {
        pick(ids, out.ids);
    } else {
        // Keep the original row index as the id, so a split row is still traceable.
        out.ids.reserve(rows.size());
        for (qint64 r : rows)
            out.ids.push_back(QString::number(r));
    }
    return out;
}

} // namespace mizan
