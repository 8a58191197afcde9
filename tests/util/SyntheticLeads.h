#pragma once

#include "data/DatasetLoader.h"

#include <QBuffer>
#include <QByteArray>

namespace mizan::test {

/** @brief A spec for the synthetic lead file below. */
inline DatasetSpec syntheticSpec()
{
    auto spec = DatasetSpec::fromJson(R"({
        "format": "mizan.dataset-spec/1", "name": "synthetic",
        "id": "lead_id",
        "target": {"column": "converted", "positive": ["yes"]},
        "features": [
            {"column": "visits", "type": "numeric"},
            {"column": "minutes", "type": "numeric"},
            {"column": "sector", "type": "categorical"},
            {"column": "channel", "type": "categorical"}
        ],
        "sensitive": [{"column": "region"}]
    })",
                                      QStringLiteral("synthetic.spec.json"));
    Q_ASSERT(spec.has_value());
    return *spec;
}

/**
 * @brief A deterministic lead file where conversion depends on visits, sector and channel
 * (with hashed noise), so a model has something real to learn. Some values are missing.
 */
inline QByteArray syntheticCsv(int rows, quint64 salt = 0)
{
    static const char *sectors[] = {"trade", "logistics", "tech", "media", "food"};
    static const char *channels[] = {"web", "event", "referral"};
    static const char *regions[] = {"GCC", "Asia", "Europe"};
    QByteArray csv = "lead_id,visits,minutes,sector,channel,region,converted\n";
    quint64 state = 0x1234567ULL ^ salt;
    const auto next = [&state] {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return static_cast<unsigned>(state >> 33);
    };
    for (int i = 0; i < rows; ++i) {
        const unsigned visits = next() % 30;
        const unsigned minutes = next() % 120;
        const unsigned sector = next() % 5;
        const unsigned channel = next() % 3;
        const double score = 0.15 * visits + 0.01 * minutes + (sector == 2 ? 1.5 : 0.0)
                             + (channel == 1 ? 1.0 : 0.0) + (next() % 1000) / 250.0;
        csv += "L" + QByteArray::number(i) + ',';
        csv += (i % 17 == 3) ? QByteArray() : QByteArray::number(visits);
        csv += ',' + QByteArray::number(minutes) + ',';
        csv += (i % 23 == 5) ? QByteArray() : QByteArray(sectors[sector]);
        csv += ',' + QByteArray(channels[channel]) + ',' + regions[next() % 3] + ',';
        csv += score > 6.0 ? "yes" : "no";
        csv += '\n';
    }
    return csv;
}

inline Dataset syntheticDataset(int rows, quint64 salt = 0)
{
    QBuffer buffer;
    buffer.setData(syntheticCsv(rows, salt));
    buffer.open(QIODevice::ReadOnly);
    auto data = DatasetLoader::read(buffer, QStringLiteral("synthetic.csv"), syntheticSpec());
    Q_ASSERT(data.has_value());
    return std::move(*data);
}

} // namespace mizan::test
