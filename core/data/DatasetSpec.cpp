#include "data/DatasetSpec.h"

#include "common/JsonFields.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace mizan {

namespace {
/// Translation context of this file (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mizan::DatasetSpec)
};

constexpr qint64 kMaxSpecBytes = qint64(4) << 20;

const QStringList kPiiKinds = {QStringLiteral("name"),
                               QStringLiteral("email"),
                               QStringLiteral("phone"),
                               QStringLiteral("emirates_id"),
                               QStringLiteral("passport"),
                               QStringLiteral("iban"),
                               QStringLiteral("address"),
                               QStringLiteral("text")};

} // namespace

const QStringList &DatasetSpec::legalBases()
{
    static const QStringList bases = {QStringLiteral("consent"),
                                      QStringLiteral("contract"),
                                      QStringLiteral("legal obligation"),
                                      QStringLiteral("vital interests"),
                                      QStringLiteral("public task"),
                                      QStringLiteral("legitimate interests")};
    return bases;
}

namespace {

Result<CsvSpec> parseCsv(const JsonFields &csv, QString &stripSuffix)
{
    if (auto r = csv.checkKeys({QStringLiteral("delimiter"),
                                QStringLiteral("header"),
                                QStringLiteral("skip_lines"),
                                QStringLiteral("trim"),
                                QStringLiteral("missing"),
                                QStringLiteral("strip_suffix")});
        !r)
        return std::unexpected(r.error());
    CsvSpec spec;
    MIZAN_TRY(delimiter, csv.string(QStringLiteral("delimiter"), QStringLiteral(",")));
    const QByteArray delimiterBytes = delimiter.toUtf8();
    if (delimiterBytes.size() != 1 || delimiterBytes[0] == '"' || delimiterBytes[0] == '\0'
        || delimiterBytes[0] == '\n' || delimiterBytes[0] == '\r') {
        return fail(
            csv.error(QStringLiteral("delimiter"),
                      Tr::tr("expected one ASCII character other than a quote or a line end "
                             "(use \",\" with \"trim\": true for \", \")")));
    }
    spec.delimiter = delimiterBytes[0];
    MIZAN_TRY(header, csv.boolean(QStringLiteral("header"), true));
    MIZAN_TRY(skip, csv.integer(QStringLiteral("skip_lines"), 0, 1000, 0));
    MIZAN_TRY(trim, csv.boolean(QStringLiteral("trim"), false));
    MIZAN_TRY(missing, csv.stringList(QStringLiteral("missing"), QStringList{QString()}));
    MIZAN_TRY(suffix, csv.string(QStringLiteral("strip_suffix"), QString()));
    spec.header = header;
    spec.skipLines = static_cast<int>(skip);
    spec.trim = trim;
    if (!missing.contains(QString()))
        missing.prepend(QString()); // an empty field is always missing
    spec.missing = missing;
    stripSuffix = suffix;
    return spec;
}

Result<FeatureSpec> parseFeature(const JsonFields &f)
{
    if (auto r = f.checkKeys({QStringLiteral("column"),
                              QStringLiteral("type"),
                              QStringLiteral("immutable"),
                              QStringLiteral("categories")});
        !r)
        return std::unexpected(r.error());
    FeatureSpec feature;
    MIZAN_TRY(column, f.string(QStringLiteral("column")));
    if (column.isEmpty())
        return fail(f.error(QStringLiteral("column"), Tr::tr("must not be empty")));
    MIZAN_TRY(type, f.string(QStringLiteral("type")));
    if (type == QLatin1String("numeric"))
        feature.type = FeatureType::Numeric;
    else if (type == QLatin1String("categorical"))
        feature.type = FeatureType::Categorical;
    else
        return fail(
            f.error(QStringLiteral("type"),
                    Tr::tr("expected \"numeric\" or \"categorical\", found \"%1\"").arg(type)));
    MIZAN_TRY(immutable, f.boolean(QStringLiteral("immutable"), false));
    feature.column = column;
    feature.immutable = immutable;
    if (f.has(QStringLiteral("categories"))) {
        if (feature.type != FeatureType::Categorical)
            return fail(f.error(QStringLiteral("categories"),
                                Tr::tr("only a categorical feature can list categories")));
        MIZAN_TRY(categories, f.stringList(QStringLiteral("categories")));
        if (categories.isEmpty()
            || QSet<QString>(categories.begin(), categories.end()).size() != categories.size()) {
            return fail(f.error(QStringLiteral("categories"),
                                Tr::tr("expected a non-empty list of distinct values")));
        }
        feature.categories = categories;
    }
    return feature;
}

Result<SensitiveSpec> parseSensitive(const JsonFields &s)
{
    if (auto r = s.checkKeys({QStringLiteral("column"),
                              QStringLiteral("name"),
                              QStringLiteral("edges"),
                              QStringLiteral("labels"),
                              QStringLiteral("privileged")});
        !r)
        return std::unexpected(r.error());
    SensitiveSpec spec;
    MIZAN_TRY(column, s.string(QStringLiteral("column")));
    if (column.isEmpty())
        return fail(s.error(QStringLiteral("column"), Tr::tr("must not be empty")));
    MIZAN_TRY(name, s.string(QStringLiteral("name"), column));
    MIZAN_TRY(edges, s.array(QStringLiteral("edges"), QJsonArray()));
    MIZAN_TRY(labels, s.stringList(QStringLiteral("labels"), QStringList()));
    MIZAN_TRY(privileged, s.string(QStringLiteral("privileged"), QString()));
    spec.column = column;
    spec.name = name;
    for (qsizetype i = 0; i < edges.size(); ++i) {
        if (!edges[i].isDouble())
            return fail(s.error(QStringLiteral("edges[%1]").arg(i), Tr::tr("expected a number")));
        const double edge = edges[i].toDouble();
        if (!spec.edges.empty() && edge <= spec.edges.back())
            return fail(s.error(QStringLiteral("edges"), Tr::tr("edges must strictly ascend")));
        spec.edges.push_back(edge);
    }
    if (spec.edges.empty() && !labels.isEmpty())
        return fail(s.error(QStringLiteral("labels"), Tr::tr("labels need edges to bin by")));
    if (!spec.edges.empty()) {
        if (labels.isEmpty()) {
            // Default labels: "<e0", "e0-<e1", ..., ">=en"
            labels.append(u'<' + QString::number(spec.edges.front()));
            for (size_t i = 1; i < spec.edges.size(); ++i)
                labels.append(QString::number(spec.edges[i - 1]) + u'-' + u'<'
                              + QString::number(spec.edges[i]));
            labels.append(QStringLiteral(">=") + QString::number(spec.edges.back()));
        }
        if (static_cast<size_t>(labels.size()) != spec.edges.size() + 1)
            return fail(s.error(QStringLiteral("labels"),
                                Tr::tr("expected %1 labels (one more than edges), found %2")
                                    .arg(spec.edges.size() + 1)
                                    .arg(labels.size())));
        if (QSet<QString>(labels.begin(), labels.end()).size() != labels.size())
            return fail(s.error(QStringLiteral("labels"), Tr::tr("labels must be distinct")));
        if (!privileged.isEmpty() && !labels.contains(privileged))
            return fail(s.error(QStringLiteral("privileged"),
                                Tr::tr("\"%1\" is not one of the labels").arg(privileged)));
    }
    spec.labels = labels;
    spec.privileged = privileged;
    return spec;
}

} // namespace

QJsonObject SensitiveSpec::toJson() const
{
    QJsonObject o{{QStringLiteral("column"), column}, {QStringLiteral("name"), name}};
    if (isBinned()) {
        QJsonArray edgeArray;
        for (double e : edges)
            edgeArray.append(e);
        o.insert(QStringLiteral("edges"), edgeArray);
        o.insert(QStringLiteral("labels"), QJsonArray::fromStringList(labels));
    }
    if (!privileged.isEmpty())
        o.insert(QStringLiteral("privileged"), privileged);
    return o;
}

int SensitiveSpec::binOf(double x) const
{
    if (std::isnan(x))
        return -1; // missing: no group, rather than the last one
    for (size_t i = 0; i < edges.size(); ++i) {
        if (x < edges[i])
            return static_cast<int>(i);
    }
    return static_cast<int>(edges.size());
}

CsvOptions CsvSpec::toOptions() const
{
    CsvOptions options;
    options.delimiter = delimiter;
    options.skipLines = skipLines;
    options.trim = trim;
    return options;
}

QString featureTypeName(FeatureType type)
{
    return type == FeatureType::Numeric ? QStringLiteral("numeric") : QStringLiteral("categorical");
}

const FeatureSpec *DatasetSpec::feature(const QString &column) const
{
    for (const FeatureSpec &f : features) {
        if (f.column == column)
            return &f;
    }
    return nullptr;
}

Result<DatasetSpec> DatasetSpec::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Error e = makeError(ErrorCode::Io,
                            Tr::tr("%1: cannot open the dataset spec: %2")
                                .arg(path, file.errorString()));
        e.file = path;
        return fail(e);
    }
    if (file.size() > kMaxSpecBytes) {
        Error e = makeError(ErrorCode::LimitExceeded,
                            Tr::tr("%1: a dataset spec may not exceed %2")
                                .arg(path, formatByteSize(kMaxSpecBytes)));
        e.file = path;
        return fail(e);
    }
    return fromJson(file.read(kMaxSpecBytes + 1), path);
}

Result<DatasetSpec> DatasetSpec::fromJson(const QByteArray &json, const QString &source)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        Error e = makeError(ErrorCode::InvalidInput,
                            Tr::tr("%1: not valid JSON at byte %2: %3")
                                .arg(source)
                                .arg(parseError.offset)
                                .arg(parseError.errorString()));
        e.file = source;
        return fail(e);
    }
    if (!doc.isObject()) {
        Error e = makeError(ErrorCode::InvalidInput,
                            Tr::tr("%1: a dataset spec must be a JSON object").arg(source));
        e.file = source;
        return fail(e);
    }
    return fromJsonObject(doc.object(), source);
}

Result<DatasetSpec> DatasetSpec::fromJsonObject(const QJsonObject &object, const QString &source)
{
    const JsonFields root(object, source);
    if (auto r = root.checkKeys({QStringLiteral("format"),
                                 QStringLiteral("name"),
                                 QStringLiteral("csv"),
                                 QStringLiteral("columns"),
                                 QStringLiteral("id"),
                                 QStringLiteral("target"),
                                 QStringLiteral("features"),
                                 QStringLiteral("sensitive"),
                                 QStringLiteral("pii"),
                                 QStringLiteral("ignore"),
                                 QStringLiteral("purpose"),
                                 QStringLiteral("legal_basis")});
        !r)
        return std::unexpected(r.error());
    MIZAN_TRY(format, root.string(QStringLiteral("format")));
    if (format != QLatin1String(kFormat))
        return fail(
            root.error(QStringLiteral("format"),
                       Tr::tr("expected \"%1\", found \"%2\"").arg(QLatin1String(kFormat), format)));
    DatasetSpec spec;
    MIZAN_TRY(name, root.string(QStringLiteral("name")));
    if (name.trimmed().isEmpty())
        return fail(root.error(QStringLiteral("name"), Tr::tr("must not be empty")));
    spec.name = name;

    QString csvSuffix;
    if (root.has(QStringLiteral("csv"))) {
        MIZAN_TRY(csv, root.object(QStringLiteral("csv")));
        MIZAN_TRY(parsed, parseCsv(csv, csvSuffix));
        spec.csv = parsed;
    }
    MIZAN_TRY(columns, root.stringList(QStringLiteral("columns"), QStringList()));
    if (spec.csv.header && !columns.isEmpty())
        return fail(root.error(QStringLiteral("columns"),
                               Tr::tr("only a file without a header (\"csv\": {\"header\": false}) "
                                      "takes column names from the spec")));
    if (!spec.csv.header && columns.isEmpty())
        return fail(
            root.error(QStringLiteral("columns"),
                       Tr::tr("the file has no header, so the spec must name its columns")));
    if (QSet<QString>(columns.begin(), columns.end()).size() != columns.size())
        return fail(root.error(QStringLiteral("columns"), Tr::tr("column names must be distinct")));
    spec.columns = columns;
    MIZAN_TRY(id, root.string(QStringLiteral("id"), QString()));
    spec.id = id;

    if (root.has(QStringLiteral("target"))) {
        MIZAN_TRY(t, root.object(QStringLiteral("target")));
        if (auto r = t.checkKeys({QStringLiteral("column"),
                                  QStringLiteral("positive"),
                                  QStringLiteral("strip_suffix")});
            !r)
            return std::unexpected(r.error());
        TargetSpec target;
        MIZAN_TRY(column, t.string(QStringLiteral("column")));
        if (column.isEmpty())
            return fail(t.error(QStringLiteral("column"), Tr::tr("must not be empty")));
        target.column = column;
        const QJsonValue positive = t.json().value(QStringLiteral("positive"));
        if (positive.isString()) {
            target.positive = QStringList{positive.toString()};
        } else {
            MIZAN_TRY(list, t.stringList(QStringLiteral("positive")));
            target.positive = list;
        }
        if (target.positive.isEmpty())
            return fail(t.error(QStringLiteral("positive"),
                                Tr::tr("name at least one value that marks a positive outcome")));
        MIZAN_TRY(suffix, t.string(QStringLiteral("strip_suffix"), QString()));
        if (!suffix.isEmpty() && !csvSuffix.isEmpty() && suffix != csvSuffix)
            return fail(t.error(QStringLiteral("strip_suffix"),
                                Tr::tr("differs from csv.strip_suffix; give it once")));
        target.stripSuffix = suffix.isEmpty() ? csvSuffix : suffix;
        spec.target = target;
    } else if (!csvSuffix.isEmpty()) {
        return fail(root.error(QStringLiteral("csv.strip_suffix"),
                               Tr::tr("applies to the target column, but the spec has no target")));
    }

    MIZAN_TRY(features, root.array(QStringLiteral("features")));
    if (features.isEmpty())
        return fail(root.error(QStringLiteral("features"), Tr::tr("name at least one feature")));
    QSet<QString> featureColumns;
    for (qsizetype i = 0; i < features.size(); ++i) {
        MIZAN_TRY(f, root.objectAt(QStringLiteral("features"), features, i));
        MIZAN_TRY(feature, parseFeature(f));
        if (featureColumns.contains(feature.column))
            return fail(f.error(QStringLiteral("column"),
                                Tr::tr("\"%1\" is already a feature").arg(feature.column)));
        // One-hot inputs are named column=value: a feature named after a categorical one and '='
        // would make input names ambiguous ("a" + "b=c" and "a=b" + "c" are both "a=b=c").
        for (const FeatureSpec &earlier : spec.features) {
            const bool clash = (earlier.type == FeatureType::Categorical
                                && feature.column.startsWith(earlier.column + u'='))
                               || (feature.type == FeatureType::Categorical
                                   && earlier.column.startsWith(feature.column + u'='));
            if (clash)
                return fail(f.error(QStringLiteral("column"),
                                    Tr::tr("\"%1\" and the feature \"%2\" would give the model "
                                           "inputs with the same or ambiguous names (a categorical "
                                           "feature's inputs are named column=value); rename one")
                                        .arg(feature.column, earlier.column)));
        }
        featureColumns.insert(feature.column);
        spec.features.push_back(feature);
    }

    MIZAN_TRY(sensitive, root.array(QStringLiteral("sensitive"), QJsonArray()));
    QSet<QString> sensitiveNames;
    for (qsizetype i = 0; i < sensitive.size(); ++i) {
        MIZAN_TRY(s, root.objectAt(QStringLiteral("sensitive"), sensitive, i));
        MIZAN_TRY(attribute, parseSensitive(s));
        if (sensitiveNames.contains(attribute.name))
            return fail(s.error(QStringLiteral("name"),
                                Tr::tr("\"%1\" names another sensitive attribute already")
                                    .arg(attribute.name)));
        const FeatureSpec *feature = spec.feature(attribute.column);
        if (attribute.isBinned() && feature && feature->type != FeatureType::Numeric)
            return fail(s.error(QStringLiteral("edges"),
                                Tr::tr("only a numeric column can be binned by edges")));
        sensitiveNames.insert(attribute.name);
        spec.sensitive.push_back(attribute);
    }

    MIZAN_TRY(pii, root.array(QStringLiteral("pii"), QJsonArray()));
    for (qsizetype i = 0; i < pii.size(); ++i) {
        MIZAN_TRY(p, root.objectAt(QStringLiteral("pii"), pii, i));
        if (auto r = p.checkKeys({QStringLiteral("column"), QStringLiteral("kind")}); !r)
            return std::unexpected(r.error());
        MIZAN_TRY(column, p.string(QStringLiteral("column")));
        MIZAN_TRY(kind, p.string(QStringLiteral("kind")));
        if (!kPiiKinds.contains(kind))
            return fail(
                p.error(QStringLiteral("kind"),
                        Tr::tr("expected one of %1").arg(kPiiKinds.join(QLatin1String(", ")))));
        if (featureColumns.contains(column))
            return fail(p.error(QStringLiteral("column"),
                                Tr::tr("\"%1\" is personal data and cannot also be a model feature")
                                    .arg(column)));
        spec.pii.push_back(PiiSpec{column, kind});
    }

    MIZAN_TRY(ignore, root.stringList(QStringLiteral("ignore"), QStringList()));
    spec.ignore = ignore;
    MIZAN_TRY(purpose, root.string(QStringLiteral("purpose"), QString()));
    MIZAN_TRY(legalBasis, root.string(QStringLiteral("legal_basis"), QString()));
    if (!legalBasis.isEmpty() && !legalBases().contains(legalBasis))
        return fail(
            root.error(QStringLiteral("legal_basis"),
                       Tr::tr("expected one of %1").arg(legalBases().join(QLatin1String(", ")))));
    spec.purpose = purpose;
    spec.legalBasis = legalBasis;

    // Cross-checks between sections.
    if (spec.target) {
        if (featureColumns.contains(spec.target->column))
            return fail(root.error(QStringLiteral("target.column"),
                                   Tr::tr("\"%1\" is a feature; the target cannot be one")
                                       .arg(spec.target->column)));
        if (spec.target->column == spec.id)
            return fail(root.error(QStringLiteral("id"), Tr::tr("the id cannot be the target")));
    }
    if (!spec.id.isEmpty() && featureColumns.contains(spec.id))
        return fail(root.error(QStringLiteral("id"),
                               Tr::tr("\"%1\" is a feature; the id cannot be one").arg(spec.id)));
    for (size_t i = 0; i < spec.sensitive.size(); ++i) {
        const QString &column = spec.sensitive[i].column;
        if ((spec.target && spec.target->column == column) || column == spec.id)
            return fail(
                root.error(QStringLiteral("sensitive[%1].column").arg(i),
                           Tr::tr("\"%1\" is the %2; a sensitive attribute describes "
                                  "people or companies, not outcomes or ids")
                               .arg(column, column == spec.id ? Tr::tr("id") : Tr::tr("target"))));
    }
    for (size_t i = 0; i < spec.pii.size(); ++i) {
        const QString &column = spec.pii[i].column;
        if (spec.ignore.contains(column) || (spec.target && spec.target->column == column))
            return fail(root.error(QStringLiteral("pii[%1].column").arg(i),
                                   Tr::tr("\"%1\" is personal data and cannot also be %2")
                                       .arg(column,
                                            spec.ignore.contains(column) ? Tr::tr("ignored")
                                                                         : Tr::tr("the target"))));
    }
    for (const QString &column : std::as_const(spec.ignore)) {
        if (featureColumns.contains(column) || (spec.target && spec.target->column == column)
            || column == spec.id)
            return fail(
                root.error(QStringLiteral("ignore"),
                           Tr::tr("\"%1\" is used by the spec and cannot be ignored").arg(column)));
    }
    if (!spec.columns.isEmpty()) {
        const auto known = [&](const QString &column, const QString &key) -> Result<> {
            if (!spec.columns.contains(column))
                return fail(
                    root.error(key,
                               Tr::tr("\"%1\" is not one of the columns listed in 'columns'")
                                   .arg(column)));
            return {};
        };
        for (size_t i = 0; i < spec.features.size(); ++i) {
            if (auto r = known(spec.features[i].column,
                               QStringLiteral("features[%1].column").arg(i));
                !r)
                return std::unexpected(r.error());
        }
        if (spec.target) {
            if (auto r = known(spec.target->column, QStringLiteral("target.column")); !r)
                return std::unexpected(r.error());
        }
        if (!spec.id.isEmpty()) {
            if (auto r = known(spec.id, QStringLiteral("id")); !r)
                return std::unexpected(r.error());
        }
        for (size_t i = 0; i < spec.sensitive.size(); ++i) {
            if (auto r = known(spec.sensitive[i].column,
                               QStringLiteral("sensitive[%1].column").arg(i));
                !r)
                return std::unexpected(r.error());
        }
        for (size_t i = 0; i < spec.pii.size(); ++i) {
            if (auto r = known(spec.pii[i].column, QStringLiteral("pii[%1].column").arg(i)); !r)
                return std::unexpected(r.error());
        }
    }
    // Personal data is processed for a stated purpose on a stated basis (ARCHITECTURE.md
    // "Privacy"): the lead set records both, and other purposes are refused.
    if (!spec.pii.empty() && (spec.purpose.trimmed().isEmpty() || spec.legalBasis.isEmpty()))
        return fail(root.error(spec.purpose.trimmed().isEmpty() ? QStringLiteral("purpose")
                                                                : QStringLiteral("legal_basis"),
                               Tr::tr("a spec with personal-data columns must state the purpose "
                                      "of the processing and its legal basis")));
    return spec;
}

QJsonObject DatasetSpec::toJson() const
{
    QJsonObject csvObject{{QStringLiteral("delimiter"), QString(QLatin1Char(csv.delimiter))},
                          {QStringLiteral("header"), csv.header},
                          {QStringLiteral("skip_lines"), csv.skipLines},
                          {QStringLiteral("trim"), csv.trim},
                          {QStringLiteral("missing"), QJsonArray::fromStringList(csv.missing)}};
    QJsonObject root{{QStringLiteral("format"), QLatin1String(kFormat)},
                     {QStringLiteral("name"), name},
                     {QStringLiteral("csv"), csvObject}};
    if (!columns.isEmpty())
        root.insert(QStringLiteral("columns"), QJsonArray::fromStringList(columns));
    if (!id.isEmpty())
        root.insert(QStringLiteral("id"), id);
    if (target) {
        QJsonObject t{{QStringLiteral("column"), target->column},
                      {QStringLiteral("positive"), QJsonArray::fromStringList(target->positive)}};
        if (!target->stripSuffix.isEmpty())
            t.insert(QStringLiteral("strip_suffix"), target->stripSuffix);
        root.insert(QStringLiteral("target"), t);
    }
    QJsonArray featureArray;
    for (const FeatureSpec &f : features) {
        QJsonObject o{{QStringLiteral("column"), f.column},
                      {QStringLiteral("type"), featureTypeName(f.type)}};
        if (f.immutable)
            o.insert(QStringLiteral("immutable"), true);
        if (f.categories)
            o.insert(QStringLiteral("categories"), QJsonArray::fromStringList(*f.categories));
        featureArray.append(o);
    }
    root.insert(QStringLiteral("features"), featureArray);
    if (!sensitive.empty()) {
        QJsonArray array;
        for (const SensitiveSpec &s : sensitive)
            array.append(s.toJson());
        root.insert(QStringLiteral("sensitive"), array);
    }
    if (!pii.empty()) {
        QJsonArray array;
        for (const PiiSpec &p : pii)
            array.append(QJsonObject{{QStringLiteral("column"), p.column},
                                     {QStringLiteral("kind"), p.kind}});
        root.insert(QStringLiteral("pii"), array);
    }
    if (!ignore.isEmpty())
        root.insert(QStringLiteral("ignore"), QJsonArray::fromStringList(ignore));
    if (!purpose.isEmpty())
        root.insert(QStringLiteral("purpose"), purpose);
    if (!legalBasis.isEmpty())
        root.insert(QStringLiteral("legal_basis"), legalBasis);
    return root;
}

} // namespace mizan
