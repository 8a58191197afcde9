#include "data/Encoder.h"

#include "common/JsonFields.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QSet>

#include <algorithm>
#include <cstring>

namespace mizan {

namespace {
/// Translation context of this file (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mizan::Encoder)
};

QString oneHotName(const QString &column, const QString &category)
{
    return column + u'=' + category;
}

/** Categories in byte order of their UTF-8 form, as the spec requires. */
void sortByBytes(QStringList &values)
{
    std::sort(values.begin(), values.end(), [](const QString &a, const QString &b) {
        return a.toUtf8() < b.toUtf8();
    });
}

/**
 * The encoded features in the spec's canonical order. Names are `column` and `column=value`, so
 * a column name holding '=' can meet another feature's name ("a" + "b=c" and "a=b" + "c" are
 * both "a=b=c"): such a spec cannot name its model's inputs and is refused, naming both.
 */
Result<> canonical(const DatasetSpec &spec,
                   const QHash<QString, QStringList> &categories,
                   std::vector<EncodedFeature> &out)
{
    for (const FeatureSpec &f : spec.features) {
        if (f.type == FeatureType::Numeric)
            out.push_back(EncodedFeature{f.column, f.column, FeatureType::Numeric, {}});
    }
    for (const FeatureSpec &f : spec.features) {
        if (f.type != FeatureType::Categorical)
            continue;
        for (const QString &value : categories.value(f.column))
            out.push_back(EncodedFeature{oneHotName(f.column, value),
                                         f.column,
                                         FeatureType::Categorical,
                                         value});
    }
    QHash<QString, const EncodedFeature *> byName;
    for (const EncodedFeature &f : out) {
        const auto describe = [](const EncodedFeature &e) {
            return e.type == FeatureType::Numeric
                       ? Tr::tr("the numeric feature '%1'").arg(e.column)
                       : Tr::tr("the value '%1' of the feature '%2'").arg(e.category, e.column);
        };
        if (const EncodedFeature *other = byName.value(f.name)) {
            Error e = makeError(ErrorCode::InvalidInput,
                                Tr::tr("%1 and %2 would both be the model input '%3'; rename a "
                                       "column so that no feature name holds '='")
                                    .arg(describe(*other), describe(f), f.name));
            e.field = QStringLiteral("features");
            return fail(e);
        }
        byName.insert(f.name, &f);
    }
    return {};
}

} // namespace

QStringList Encoder::featureNames() const
{
    QStringList names;
    names.reserve(static_cast<qsizetype>(m_features.size()));
    for (const EncodedFeature &f : m_features)
        names.append(f.name);
    return names;
}

Result<Encoder> Encoder::fit(const DatasetSpec &spec,
                             const Dataset &data,
                             std::span<const qint64> rows)
{
    QHash<QString, QStringList> categories;
    for (const FeatureSpec &f : spec.features) {
        if (f.type != FeatureType::Categorical)
            continue;
        if (f.categories) {
            categories.insert(f.column, *f.categories);
            continue;
        }
        const Column *column = data.column(f.column);
        if (!column || column->kind != ColumnKind::Categorical)
            return fail(ErrorCode::InvalidInput,
                        Tr::tr("%1: the categorical feature '%2' is not in the data")
                            .arg(data.source, f.column));
        std::vector<char> seen(static_cast<size_t>(column->dictionary.size()), 0);
        if (rows.empty()) {
            for (int32_t code : column->codes) {
                if (code >= 0)
                    seen[static_cast<size_t>(code)] = 1;
            }
        } else {
            for (qint64 row : rows) {
                const int32_t code = column->codes[static_cast<size_t>(row)];
                if (code >= 0)
                    seen[static_cast<size_t>(code)] = 1;
            }
        }
        QStringList values;
        for (size_t code = 0; code < seen.size(); ++code) {
            if (seen[code])
                values.append(column->dictionary.at(static_cast<qsizetype>(code)));
        }
        sortByBytes(values);
        categories.insert(f.column, values);
    }
    Encoder encoder;
    MIZAN_CHECK(canonical(spec, categories, encoder.m_features));
    if (encoder.m_features.empty())
        return fail(ErrorCode::InvalidInput, Tr::tr("the features give the model no inputs"));
    return encoder;
}

Result<Encoder> Encoder::fromSpecCategories(const DatasetSpec &spec)
{
    QHash<QString, QStringList> categories;
    for (const FeatureSpec &f : spec.features) {
        if (f.type != FeatureType::Categorical)
            continue;
        if (!f.categories)
            return fail(ErrorCode::InvalidInput,
                        Tr::tr("the categorical feature '%1' lists no categories, and the model "
                               "names none")
                            .arg(f.column));
        categories.insert(f.column, *f.categories);
    }
    Encoder encoder;
    MIZAN_CHECK(canonical(spec, categories, encoder.m_features));
    return encoder;
}

Result<Encoder> Encoder::fromFeatureNames(const DatasetSpec &spec, const QStringList &names)
{
    Encoder encoder;
    QStringList unmatched;
    QSet<QString> used;
    QSet<QString> seenNames;
    for (const QString &name : names) {
        if (seenNames.contains(name))
            return fail(ErrorCode::InvalidInput,
                        Tr::tr("the model names the feature '%1' twice").arg(name));
        seenNames.insert(name);
        // Every reading of the name: a numeric feature, or column=value at any '='.
        std::vector<EncodedFeature> readings;
        const FeatureSpec *numeric = spec.feature(name);
        if (numeric && numeric->type == FeatureType::Numeric)
            readings.push_back(EncodedFeature{name, name, FeatureType::Numeric, {}});
        for (qsizetype eq = name.indexOf(u'='); eq >= 0; eq = name.indexOf(u'=', eq + 1)) {
            const QString column = name.left(eq);
            const FeatureSpec *f = spec.feature(column);
            if (f && f->type == FeatureType::Categorical)
                readings.push_back(
                    EncodedFeature{name, column, FeatureType::Categorical, name.mid(eq + 1)});
        }
        if (readings.empty()) {
            unmatched.append(name);
            continue;
        }
        if (readings.size() > 1) {
            Error e = makeError(ErrorCode::InvalidInput,
                                Tr::tr("the model's feature '%1' could belong to the column "
                                       "'%2' or to '%3'; rename a column so that no feature name "
                                       "holds '='")
                                    .arg(name, readings[0].column, readings[1].column));
            e.field = QStringLiteral("features");
            return fail(e);
        }
        used.insert(readings.front().column);
        encoder.m_features.push_back(std::move(readings.front()));
    }
    QStringList absent;
    for (const FeatureSpec &f : spec.features) {
        if (!used.contains(f.column))
            absent.append(f.type == FeatureType::Numeric ? f.column
                                                         : f.column + QStringLiteral("=..."));
    }
    if (!unmatched.isEmpty() || !absent.isEmpty()) {
        QString message = Tr::tr("the model's features do not match the dataset spec.");
        if (!unmatched.isEmpty())
            message += u' '
                       + Tr::tr("Model features the spec does not have: %1.")
                             .arg(unmatched.join(QLatin1String(", ")));
        if (!absent.isEmpty())
            message += u' '
                       + Tr::tr("Spec features the model does not use: %1.")
                             .arg(absent.join(QLatin1String(", ")));
        return fail(ErrorCode::InvalidInput, message);
    }
    return encoder;
}

QJsonObject Encoder::toJson() const
{
    QJsonArray array;
    for (const EncodedFeature &f : m_features) {
        QJsonObject o{{QStringLiteral("name"), f.name},
                      {QStringLiteral("column"), f.column},
                      {QStringLiteral("type"),
                       f.type == FeatureType::Numeric ? QStringLiteral("numeric")
                                                      : QStringLiteral("one_hot")}};
        if (f.type == FeatureType::Categorical)
            o.insert(QStringLiteral("value"), f.category);
        array.append(o);
    }
    return QJsonObject{{QStringLiteral("features"), array}};
}

Result<Encoder> Encoder::fromJson(const QJsonObject &json,
                                  const DatasetSpec &spec,
                                  const QString &source)
{
    const JsonFields root(json, source, QStringLiteral("encoder"));
    MIZAN_CHECK(root.checkKeys({QStringLiteral("features")}));
    MIZAN_TRY(array, root.array(QStringLiteral("features")));
    if (array.isEmpty())
        return fail(root.error(QStringLiteral("features"), Tr::tr("the encoder has no inputs")));
    Encoder encoder;
    QSet<QString> names;
    for (qsizetype i = 0; i < array.size(); ++i) {
        MIZAN_TRY(f, root.objectAt(QStringLiteral("features"), array, i));
        MIZAN_CHECK(f.checkKeys({QStringLiteral("name"),
                                 QStringLiteral("column"),
                                 QStringLiteral("type"),
                                 QStringLiteral("value")}));
        MIZAN_TRY(name, f.string(QStringLiteral("name")));
        MIZAN_TRY(column, f.string(QStringLiteral("column")));
        MIZAN_TRY(type, f.string(QStringLiteral("type")));
        const FeatureSpec *feature = spec.feature(column);
        if (!feature)
            return fail(f.error(QStringLiteral("column"),
                                Tr::tr("'%1' is not a feature of the spec").arg(column)));
        EncodedFeature e{name, column, feature->type, {}};
        if (type == QLatin1String("numeric")) {
            if (feature->type != FeatureType::Numeric || name != column)
                return fail(f.error(QStringLiteral("type"), Tr::tr("does not match the spec")));
        } else if (type == QLatin1String("one_hot")) {
            MIZAN_TRY(value, f.string(QStringLiteral("value")));
            if (feature->type != FeatureType::Categorical || name != oneHotName(column, value))
                return fail(f.error(QStringLiteral("type"), Tr::tr("does not match the spec")));
            e.category = value;
        } else {
            return fail(
                f.error(QStringLiteral("type"), Tr::tr("expected \"numeric\" or \"one_hot\"")));
        }
        if (names.contains(name))
            return fail(f.error(QStringLiteral("name"), Tr::tr("'%1' appears twice").arg(name)));
        names.insert(name);
        encoder.m_features.push_back(e);
    }
    return encoder;
}

Result<BoundEncoder> Encoder::bind(const Dataset &data) const
{
    BoundEncoder bound;
    bound.m_featureCount = featureCount();
    QHash<QString, size_t> categoricalIndex;
    std::vector<QHash<QString, int>> dictionaryIndex;
    for (int i = 0; i < featureCount(); ++i) {
        const EncodedFeature &f = m_features[static_cast<size_t>(i)];
        const Column *column = data.column(f.column);
        const ColumnKind expected = f.type == FeatureType::Numeric ? ColumnKind::Numeric
                                                                   : ColumnKind::Categorical;
        if (!column)
            return fail(ErrorCode::InvalidInput,
                        Tr::tr("%1: the feature column '%2' is missing").arg(data.source, f.column));
        if (column->kind != expected)
            return fail(ErrorCode::InvalidInput,
                        Tr::tr(
                            "%1: the column '%2' is %3 in this data, but the model expects it %4")
                            .arg(data.source,
                                 f.column,
                                 column->kind == ColumnKind::Numeric ? Tr::tr("numeric")
                                                                     : Tr::tr("categorical"),
                                 f.type == FeatureType::Numeric ? Tr::tr("numeric")
                                                                : Tr::tr("categorical")));
        if (f.type == FeatureType::Numeric) {
            bound.m_numeric.push_back({column->numbers.data(), i});
            continue;
        }
        auto it = categoricalIndex.find(f.column);
        if (it == categoricalIndex.end()) {
            BoundEncoder::CategoricalInput input;
            input.codes = column->codes.data();
            input.outputForCode.assign(static_cast<size_t>(column->dictionary.size()), -1);
            bound.m_categorical.push_back(std::move(input));
            QHash<QString, int> index;
            for (qsizetype code = 0; code < column->dictionary.size(); ++code)
                index.insert(column->dictionary.at(code), static_cast<int>(code));
            dictionaryIndex.push_back(std::move(index));
            it = categoricalIndex.insert(f.column, bound.m_categorical.size() - 1);
        }
        BoundEncoder::CategoricalInput &input = bound.m_categorical[it.value()];
        const int code = dictionaryIndex[it.value()].value(f.category, -1);
        if (code >= 0)
            input.outputForCode[static_cast<size_t>(code)] = i;
    }
    return bound;
}

void BoundEncoder::encodeRow(qint64 row, float *out) const
{
    std::memset(out, 0, sizeof(float) * static_cast<size_t>(m_featureCount));
    const auto r = static_cast<size_t>(row);
    for (const NumericInput &n : m_numeric)
        out[n.output] = static_cast<float>(n.values[r]);
    for (const CategoricalInput &c : m_categorical) {
        const int32_t code = c.codes[r];
        if (code >= 0) {
            const int32_t output = c.outputForCode[static_cast<size_t>(code)];
            if (output >= 0)
                out[output] = 1.0f;
        }
    }
}

void BoundEncoder::encodeRows(qint64 first, qint64 count, float *out) const
{
    for (qint64 i = 0; i < count; ++i)
        encodeRow(first + i, out + i * m_featureCount);
}

void BoundEncoder::encodeRows(std::span<const qint64> rows, float *out) const
{
    for (size_t i = 0; i < rows.size(); ++i)
        encodeRow(rows[i], out + static_cast<qint64>(i) * m_featureCount);
}

} // namespace mizan
