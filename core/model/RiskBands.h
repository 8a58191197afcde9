#pragma once

#include "common/Result.h"

#include <QJsonObject>
#include <QStringList>

#include <vector>

namespace mizan {

/**
 * @brief Risk bands from probability cut-offs: a lead is in band i when p < cutoffs[i] (the
 * first such i), else in the last band. Defaults: low < 0.2 <= medium < 0.5 <= high.
 */
struct RiskBands
{
    std::vector<double> cutoffs{0.2, 0.5};
    QStringList labels{QStringLiteral("low"), QStringLiteral("medium"), QStringLiteral("high")};

    int bandOf(double probability) const;
    const QString &labelOf(double probability) const { return labels.at(bandOf(probability)); }

    /** @brief Cut-offs strictly ascending inside (0, 1), one label more than cut-offs. */
    Result<> validate() const;
    /** @brief Parses "0.2,0.5" (labels low, medium, high for two cut-offs; band1.. otherwise). */
    static Result<RiskBands> parse(const QString &cutoffs);
    QJsonObject toJson() const;
    static Result<RiskBands> fromJson(const QJsonObject &json, const QString &source);

    bool operator==(const RiskBands &) const = default;
};

} // namespace mizan
