#include "model/TrainingSummary.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <map>

namespace mizan {

double percentileSorted(std::span<const double> sorted, double q)
{
    if (sorted.empty())
        return std::nan("");
    const double position = q / 100.0 * double(sorted.size() - 1);
    const auto lower = static_cast<size_t>(std::floor(position));
    const size_t upper = std::min(lower + 1, sorted.size() - 1);
    const double fraction = position - double(lower);
    return sorted[lower] + (sorted[upper] - sorted[lower]) * fraction;
}

namespace {

/**
 * LIME's QuartileDiscretizer on the sorted training values: the distinct quartiles are the
 * edges, x goes to the first bin with x <= edge (numpy.searchsorted), and each bin keeps the
 * count, mean and population standard deviation of its values (LIME samples around them).
 */
void insertQuartileBins(std::span<const double> sorted, QJsonObject &entry)
{
    std::vector<double> edges{percentileSorted(sorted, 25),
                              percentileSorted(sorted, 50),
                              percentileSorted(sorted, 75)};
    edges.erase(std::unique(edges.begin(), edges.end()), edges.end());
    QJsonArray edgeArray;
    for (double e : edges)
        edgeArray.append(e);
    QJsonArray bins;
    auto begin = sorted.begin();
    for (size_t b = 0; b <= edges.size(); ++b) {
        const auto end = b < edges.size() ? std::upper_bound(begin, sorted.end(), edges[b])
                                          : sorted.end();
        const auto count = static_cast<qint64>(end - begin);
        double sum = 0.0;
        for (auto it = begin; it != end; ++it)
            sum += *it;
        const double mean = count > 0 ? sum / double(count) : 0.0;
        double squares = 0.0;
        for (auto it = begin; it != end; ++it)
            squares += (*it - mean) * (*it - mean);
        bins.append(QJsonObject{{QStringLiteral("count"), count},
                                {QStringLiteral("mean"), mean},
                                {QStringLiteral("std"),
                                 count > 0 ? std::sqrt(squares / double(count)) : 0.0}});
        begin = end;
    }
    entry.insert(QStringLiteral("edges"), edgeArray);
    entry.insert(QStringLiteral("bins"), bins);
}

} // namespace

QJsonObject summariseTraining(const Dataset &data, std::span<const qint64> rows)
{
    QJsonArray features;
    for (const FeatureSpec &feature : data.spec.features) {
        const Column *column = data.column(feature.column);
        if (!column)
            continue;
        QJsonObject entry{{QStringLiteral("column"), feature.column},
                          {QStringLiteral("type"), featureTypeName(feature.type)}};
        if (column->kind == ColumnKind::Numeric) {
            std::vector<double> values;
            values.reserve(rows.size());
            for (qint64 r : rows) {
                const double v = column->numbers[static_cast<size_t>(r)];
                if (!std::isnan(v))
                    values.push_back(v);
            }
            std::sort(values.begin(), values.end());
            double sum = 0.0;
            for (double v : values)
                sum += v;
            const double mean = values.empty() ? std::nan("") : sum / double(values.size());
            double squares = 0.0;
            for (double v : values)
                squares += (v - mean) * (v - mean);
            const auto finite = [](double v) {
                return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
            };
            entry.insert(QStringLiteral("count"), static_cast<qint64>(values.size()));
            entry.insert(QStringLiteral("missing"),
                         static_cast<qint64>(rows.size() - values.size()));
            entry.insert(QStringLiteral("min"),
                         finite(values.empty() ? std::nan("") : values.front()));
            entry.insert(QStringLiteral("q1"), finite(percentileSorted(values, 25)));
            entry.insert(QStringLiteral("median"), finite(percentileSorted(values, 50)));
            entry.insert(QStringLiteral("q3"), finite(percentileSorted(values, 75)));
            entry.insert(QStringLiteral("max"),
                         finite(values.empty() ? std::nan("") : values.back()));
            entry.insert(QStringLiteral("mean"), finite(mean));
            entry.insert(QStringLiteral("std"),
                         finite(values.empty() ? std::nan("")
                                               : std::sqrt(squares / double(values.size()))));
            if (!values.empty())
                insertQuartileBins(values, entry);
        } else if (column->kind == ColumnKind::Categorical) {
            std::vector<qint64> counts(static_cast<size_t>(column->dictionary.size()), 0);
            qint64 missing = 0;
            for (qint64 r : rows) {
                const int32_t code = column->codes[static_cast<size_t>(r)];
                if (code < 0)
                    ++missing;
                else
                    ++counts[static_cast<size_t>(code)];
            }
            std::map<QByteArray, std::pair<QString, qint64>> ordered; // byte order, as the encoder
            for (size_t c = 0; c < counts.size(); ++c) {
                if (counts[c] > 0) {
                    const QString &value = column->dictionary.at(static_cast<qsizetype>(c));
                    ordered.emplace(value.toUtf8(), std::make_pair(value, counts[c]));
                }
            }
            QJsonArray categories;
            for (const auto &[key, entryValue] : ordered)
                categories.append(QJsonObject{{QStringLiteral("value"), entryValue.first},
                                              {QStringLiteral("count"), entryValue.second}});
            entry.insert(QStringLiteral("count"), static_cast<qint64>(rows.size()) - missing);
            entry.insert(QStringLiteral("missing"), missing);
            entry.insert(QStringLiteral("categories"), categories);
        }
        features.append(entry);
    }
    return QJsonObject{{QStringLiteral("rows"), static_cast<qint64>(rows.size())},
                       {QStringLiteral("features"), features}};
}

} // namespace mizan
