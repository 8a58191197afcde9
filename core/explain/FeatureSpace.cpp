#include "explain/FeatureSpace.h"

#include "common/CanonicalJson.h"
#include "common/Sha256.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QLocale>

#include <algorithm>

namespace mizan {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mizan::FeatureSpace)
};

double number(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1StringView(key));
    return v.isDouble() ? v.toDouble() : std::numeric_limits<double>::quiet_NaN();
}

/** Reads the training summary's entry for one feature; false when it is absent or partial. */
bool readStats(const QJsonObject &entry, FeatureInfo &info)
{
    info.count = entry.value(QStringLiteral("count")).toInteger();
    info.missing = entry.value(QStringLiteral("missing")).toInteger();
    if (info.type == FeatureType::Categorical) {
        info.categoryCounts.assign(static_cast<size_t>(info.categories.size()), 0);
        const QJsonArray categories = entry.value(QStringLiteral("categories")).toArray();
        for (const QJsonValue &c : categories) {
            const QJsonObject category = c.toObject();
            const qsizetype index = info.categories.indexOf(
                category.value(QStringLiteral("value")).toString());
            if (index >= 0)
                info.categoryCounts[static_cast<size_t>(index)]
                    = category.value(QStringLiteral("count")).toInteger();
        }
        return true;
    }
    info.min = number(entry, "min");
    info.q1 = number(entry, "q1");
    info.median = number(entry, "median");
    info.q3 = number(entry, "q3");
    info.max = number(entry, "max");
    info.mean = number(entry, "mean");
    info.std = number(entry, "std");
    for (double v : {info.min, info.q1, info.median, info.q3, info.max, info.mean, info.std}) {
        if (!std::isfinite(v))
            return false;
    }
    const QJsonArray edges = entry.value(QStringLiteral("edges")).toArray();
    const QJsonArray bins = entry.value(QStringLiteral("bins")).toArray();
    if (edges.isEmpty() || bins.size() != edges.size() + 1)
        return true; // an older summary: statistics without LIME's bins
    for (const QJsonValue &e : edges)
        info.edges.push_back(e.toDouble());
    for (qsizetype i = 0; i < bins.size(); ++i) {
        const QJsonObject b = bins.at(i).toObject();
        QuartileBin bin;
        bin.lower = i == 0 ? info.min : info.edges[static_cast<size_t>(i - 1)];
        bin.upper = i == edges.size() ? info.max : info.edges[static_cast<size_t>(i)];
        bin.count = b.value(QStringLiteral("count")).toInteger();
        bin.mean = b.value(QStringLiteral("mean")).toDouble();
        bin.std = b.value(QStringLiteral("std")).toDouble();
        info.bins.push_back(bin);
    }
    return true;
}

std::unexpected<Error> failField(const QString &field, QString message)
{
    return fail(withField(makeError(ErrorCode::InvalidInput, std::move(message)), field));
}

} // namespace

int FeatureInfo::binOf(double x) const
{
    const auto it = std::lower_bound(edges.begin(), edges.end(), x);
    return static_cast<int>(it - edges.begin());
}

Result<FeatureSpace> FeatureSpace::fromBundle(const ModelBundle &bundle)
{
    FeatureSpace space;
    const std::vector<EncodedFeature> &inputs = bundle.encoder.features();
    space.m_inputCount = static_cast<int>(inputs.size());
    space.m_inputNames = bundle.encoder.featureNames();
    space.m_featureOfInput.assign(inputs.size(), -1);
    QHash<QString, int> byColumn;
    for (const FeatureSpec &spec : bundle.spec.features) {
        FeatureInfo info;
        info.column = spec.column;
        info.type = spec.type;
        // A sensitive attribute is never something to change: a counterfactual that says
        // "be younger" or "be of another nationality" is discrimination, whatever the spec says.
        info.immutable = spec.immutable
                         || std::any_of(bundle.spec.sensitive.begin(),
                                        bundle.spec.sensitive.end(),
                                        [&](const SensitiveSpec &s) {
                                            return s.column == spec.column;
                                        });
        byColumn.insert(spec.column, static_cast<int>(space.m_features.size()));
        space.m_features.push_back(std::move(info));
    }
    for (size_t i = 0; i < inputs.size(); ++i) {
        const int feature = byColumn.value(inputs[i].column, -1);
        if (feature < 0)
            return fail(ErrorCode::InvalidInput,
                        Tr::tr("%1: the model input '%2' belongs to no feature of the spec")
                            .arg(bundle.name, inputs[i].name));
        FeatureInfo &info = space.m_features[static_cast<size_t>(feature)];
        info.inputs.push_back(static_cast<int>(i));
        if (info.type == FeatureType::Categorical)
            info.categories.append(inputs[i].category);
        space.m_featureOfInput[i] = feature;
    }
    QHash<QString, QJsonObject> summaries;
    const QJsonArray entries = bundle.trainingSummary.value(QStringLiteral("features")).toArray();
    for (const QJsonValue &e : entries)
        summaries.insert(e.toObject().value(QStringLiteral("column")).toString(), e.toObject());
    space.m_hasStats = !space.m_features.empty();
    for (FeatureInfo &info : space.m_features) {
        const auto found = summaries.constFind(info.column);
        info.hasStats = found != summaries.constEnd() && readStats(*found, info);
        space.m_hasStats = space.m_hasStats && info.hasStats;
    }
    return space;
}

int FeatureSpace::indexOf(const QString &column) const
{
    for (size_t i = 0; i < m_features.size(); ++i) {
        if (m_features[i].column == column)
            return static_cast<int>(i);
    }
    return -1;
}

void FeatureSpace::encode(const Lead &lead, float *out) const
{
    std::fill(out, out + m_inputCount, 0.0f);
    for (size_t f = 0; f < m_features.size() && f < lead.size(); ++f) {
        const FeatureInfo &info = m_features[f];
        if (info.type == FeatureType::Numeric) {
            for (int input : info.inputs)
                out[input] = static_cast<float>(lead[f].number);
        } else if (lead[f].category >= 0
                   && lead[f].category < static_cast<int>(info.inputs.size())) {
            out[info.inputs[static_cast<size_t>(lead[f].category)]] = 1.0f;
        }
    }
}

Result<Lead> FeatureSpace::leadFromDataset(const Dataset &data, qint64 row) const
{
    if (row < 0 || row >= data.rowCount())
        return fail(ErrorCode::InvalidInput,
                    Tr::tr("%1: there is no row %2 (the file has %3 rows)")
                        .arg(data.source)
                        .arg(row)
                        .arg(data.rowCount()));
    Lead lead(m_features.size());
    for (size_t f = 0; f < m_features.size(); ++f) {
        const FeatureInfo &info = m_features[f];
        const Column *column = data.column(info.column);
        if (!column)
            return failField(info.column,
                             Tr::tr("%1: the feature column '%2' is missing")
                                 .arg(data.source, info.column));
        const auto r = static_cast<size_t>(row);
        if (info.type == FeatureType::Numeric && column->kind == ColumnKind::Numeric) {
            lead[f].number = column->numbers[r];
        } else if (info.type == FeatureType::Categorical
                   && column->kind == ColumnKind::Categorical) {
            const int32_t code = column->codes[r];
            if (code >= 0)
                lead[f].category = static_cast<int>(
                    info.categories.indexOf(column->dictionary.at(code)));
        } else {
            return failField(info.column,
                             Tr::tr("%1: the column '%2' is not of the feature's type")
                                 .arg(data.source, info.column));
        }
    }
    return lead;
}

QString FeatureSpace::displayValue(int feature, const FeatureValue &value) const
{
    const FeatureInfo &info = m_features[static_cast<size_t>(feature)];
    if (info.type == FeatureType::Categorical)
        return value.category >= 0 && value.category < info.categories.size()
                   ? info.categories.at(value.category)
                   : QString();
    // The shortest text that reads back as the same double: the what-if editor starts from it,
    // so a value the user did not touch must parse back unchanged (10 digits did not).
    return std::isnan(value.number)
               ? QString()
               : QString::number(value.number, 'g', QLocale::FloatingPointShortest);
}

Result<FeatureValue> FeatureSpace::parseValue(int feature, const QString &text) const
{
    if (feature < 0 || feature >= featureCount())
        return fail(ErrorCode::InvalidInput, Tr::tr("no feature number %1").arg(feature));
    const FeatureInfo &info = m_features[static_cast<size_t>(feature)];
    const QString trimmed = text.trimmed();
    FeatureValue value;
    if (trimmed.isEmpty())
        return value;
    if (info.type == FeatureType::Categorical) {
        value.category = static_cast<int>(info.categories.indexOf(trimmed));
        if (value.category < 0)
            return failField(info.column,
                             Tr::tr("'%1' is not a value of '%2' the model was trained on")
                                 .arg(trimmed, info.column));
        return value;
    }
    bool ok = false;
    value.number = QLocale::c().toDouble(trimmed, &ok);
    if (!ok || !std::isfinite(value.number))
        return failField(info.column,
                         Tr::tr("'%1' is not a number (feature '%2')").arg(trimmed, info.column));
    return value;
}

QJsonObject FeatureSpace::leadToJson(const Lead &lead) const
{
    QJsonObject object;
    for (size_t f = 0; f < m_features.size() && f < lead.size(); ++f) {
        const FeatureInfo &info = m_features[f];
        if (info.type == FeatureType::Numeric)
            object.insert(info.column,
                          std::isnan(lead[f].number) ? QJsonValue(QJsonValue::Null)
                                                     : QJsonValue(lead[f].number));
        else
            object.insert(info.column,
                          lead[f].category < 0
                              ? QJsonValue(QJsonValue::Null)
                              : QJsonValue(displayValue(static_cast<int>(f), lead[f])));
    }
    return object;
}

QByteArray FeatureSpace::inputSha256(const Lead &lead) const
{
    return Sha256::hashHex(canonicalJson(leadToJson(lead)));
}

} // namespace mizan
