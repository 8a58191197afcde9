#include "model/RiskBands.h"

#include "common/JsonFields.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

namespace mizan {

namespace {
/// Translation context of this file (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mizan::RiskBands)
};
} // namespace

int RiskBands::bandOf(double probability) const
{
    for (size_t i = 0; i < cutoffs.size(); ++i) {
        if (probability < cutoffs[i])
            return static_cast<int>(i);
    }
    return static_cast<int>(cutoffs.size());
}

Result<> RiskBands::validate() const
{
    if (cutoffs.empty() || cutoffs.size() > 9)
        return fail(ErrorCode::InvalidInput, Tr::tr("risk bands need 1 to 9 cut-offs"));
    for (size_t i = 0; i < cutoffs.size(); ++i) {
        if (!(cutoffs[i] > 0.0 && cutoffs[i] < 1.0) || (i > 0 && cutoffs[i] <= cutoffs[i - 1]))
            return fail(ErrorCode::InvalidInput,
                        Tr::tr("risk band cut-offs must ascend strictly between 0 and 1"));
    }
    if (static_cast<size_t>(labels.size()) != cutoffs.size() + 1)
        return fail(ErrorCode::InvalidInput,
                    Tr::tr("%1 risk band cut-offs need %2 labels")
                        .arg(cutoffs.size())
                        .arg(cutoffs.size() + 1));
    if (QSet<QString>(labels.begin(), labels.end()).size() != labels.size())
        return fail(ErrorCode::InvalidInput, Tr::tr("risk band labels must be distinct"));
    return {};
}

Result<RiskBands> RiskBands::parse(const QString &text)
{
    RiskBands bands;
    bands.cutoffs.clear();
    for (const QString &part : text.split(u',')) {
        bool ok = false;
        const double value = part.trimmed().toDouble(&ok);
        if (!ok)
            return fail(ErrorCode::Usage,
                        Tr::tr("invalid risk band cut-offs '%1': expected numbers such as 0.2,0.5")
                            .arg(text));
        bands.cutoffs.push_back(value);
    }
    if (bands.cutoffs.size() != 2) {
        bands.labels.clear();
        for (size_t i = 0; i <= bands.cutoffs.size(); ++i)
            bands.labels.append(QStringLiteral("band%1").arg(i + 1));
    }
    MIZAN_CHECK(bands.validate());
    return bands;
}

QJsonObject RiskBands::toJson() const
{
    QJsonArray c;
    for (double v : cutoffs)
        c.append(v);
    return QJsonObject{{QStringLiteral("cutoffs"), c},
                       {QStringLiteral("labels"), QJsonArray::fromStringList(labels)}};
}

Result<RiskBands> RiskBands::fromJson(const QJsonObject &json, const QString &source)
{
    const JsonFields f(json, source, QStringLiteral("bands"));
    MIZAN_CHECK(f.checkKeys({QStringLiteral("cutoffs"), QStringLiteral("labels")}));
    MIZAN_TRY(cutoffs, f.array(QStringLiteral("cutoffs")));
    MIZAN_TRY(labels, f.stringList(QStringLiteral("labels")));
    RiskBands bands;
    bands.cutoffs.clear();
    for (const QJsonValue &v : std::as_const(cutoffs)) {
        if (!v.isDouble())
            return fail(f.error(QStringLiteral("cutoffs"), Tr::tr("expected numbers")));
        bands.cutoffs.push_back(v.toDouble());
    }
    bands.labels = labels;
    if (auto r = bands.validate(); !r)
        return fail(f.error(QString(), r.error().message));
    return bands;
}

} // namespace mizan
