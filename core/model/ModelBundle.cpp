#include "model/ModelBundle.h"

#include "common/CanonicalJson.h"
#include "common/JsonFields.h"
#include "common/Sha256.h"
#include "data/CsvReader.h"
#include "model/Booster.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

namespace mizan {

namespace {
/// Translation context of this file (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mizan::ModelBundle)
};

Result<QByteArray> readLimited(const QString &path, qint64 limit, const QString &what)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Error e
            = makeError(ErrorCode::Io,
                        Tr::tr("%1: cannot open the %2: %3").arg(path, what, file.errorString()));
        e.file = path;
        return fail(e);
    }
    if (file.size() > limit) {
        Error e = makeError(ErrorCode::LimitExceeded,
                            Tr::tr("%1: the %2 is larger than the limit of %3")
                                .arg(path, what, formatByteSize(limit)));
        e.file = path;
        return fail(e);
    }
    QByteArray bytes = file.read(limit + 1);
    if (bytes.size() > limit) {
        Error e = makeError(ErrorCode::LimitExceeded,
                            Tr::tr("%1: the %2 is larger than the limit of %3")
                                .arg(path, what, formatByteSize(limit)));
        e.file = path;
        return fail(e);
    }
    return bytes;
}

} // namespace

QByteArray ModelBundle::sealOf(QJsonObject object)
{
    object.remove(QStringLiteral("bundle_sha256"));
    return Sha256::hashHex(canonicalJson(object));
}

Result<> ModelBundle::setModel(const QByteArray &json, const QString &source, ModelForm form)
{
    MIZAN_TRY(parsed, XgbModel::parse(json, source));
    if (parsed.featureCount != encoder.featureCount()) {
        Error e = makeError(ErrorCode::InvalidInput,
                            Tr::tr("%1: the model has %2 features but its encoder gives %3")
                                .arg(source)
                                .arg(parsed.featureCount)
                                .arg(encoder.featureCount()));
        e.file = source;
        return fail(e);
    }
    if (!parsed.featureNames.isEmpty() && parsed.featureNames != encoder.featureNames()) {
        Error e = makeError(ErrorCode::InvalidInput,
                            Tr::tr("%1: the model's feature names differ from its encoder's")
                                .arg(source));
        e.file = source;
        return fail(e);
    }
    // XGBoost is only ever given JSON that Mizan wrote from validated values, never the file.
    const QString sourceVersion = parsed.version;
    parsed.featureNames = encoder.featureNames();
    parsed.featureTypes = QStringList(parsed.featureNames.size(), QStringLiteral("float"));
    const QByteArray canonical = parsed.toXgboostJson();
    if (form == ModelForm::MustBeCanonical && canonical != json) {
        Error e = makeError(ErrorCode::Integrity,
                            Tr::tr("%1: the embedded model is not in the form Mizan writes: the "
                                   "bundle was not made by Mizan or was altered")
                                .arg(source));
        e.file = source;
        e.field = QStringLiteral("model");
        return fail(e);
    }
    // Parse what XGBoost will read, so that node numbers here and there are the same.
    MIZAN_TRY(final, XgbModel::parse(canonical, source));
    final.version = sourceVersion;
    modelJson = canonical;
    modelSha256 = Sha256::hashHex(canonical);
    if (form == ModelForm::Canonicalize)
        xgboostVersion = sourceVersion;
    model = std::make_shared<const XgbModel>(std::move(final));
    return {};
}

Result<ModelBundle> ModelBundle::importXgboost(const QByteArray &modelJson,
                                               const QString &source,
                                               const DatasetSpec &spec)
{
    MIZAN_TRY(parsed, XgbModel::parse(modelJson, source));
    ModelBundle bundle;
    if (!parsed.featureNames.isEmpty()) {
        auto encoder = Encoder::fromFeatureNames(spec, parsed.featureNames);
        if (!encoder) {
            Error e = encoder.error();
            e.message = source + QStringLiteral(": ") + e.message;
            e.file = source;
            return fail(e);
        }
        bundle.encoder = std::move(*encoder);
    } else {
        auto encoder = Encoder::fromSpecCategories(spec);
        if (!encoder) {
            Error e = encoder.error();
            e.message = Tr::tr("%1: the model stores no feature names, so %2")
                            .arg(source, encoder.error().message);
            e.file = source;
            return fail(e);
        }
        bundle.encoder = std::move(*encoder);
    }
    bundle.spec = spec;
    bundle.origin = QStringLiteral("imported");
    bundle.name = QFileInfo(source).completeBaseName();
    bundle.created = QDateTime::currentDateTimeUtc();
    bundle.mizanVersion = QStringLiteral(MIZAN_VERSION);
    bundle.sourceModelSha256 = Sha256::hashHex(modelJson);
    MIZAN_CHECK(bundle.setModel(modelJson, source, ModelForm::Canonicalize));
    // Make sure XGBoost itself accepts the (canonical) model before calling it one.
    MIZAN_TRY(booster, Booster::fromJson(bundle.modelJson, 1));
    MIZAN_TRY(boosterFeatures, booster.featureCount());
    if (boosterFeatures != parsed.featureCount)
        return fail(ErrorCode::InvalidInput,
                    Tr::tr("%1: XGBoost reads %2 features, the file declares %3")
                        .arg(source)
                        .arg(boosterFeatures)
                        .arg(parsed.featureCount));
    return bundle;
}

Result<ModelBundle> ModelBundle::importXgboostFile(const QString &path, const DatasetSpec &spec)
{
    MIZAN_TRY(bytes, readLimited(path, XgbModel::kMaxBytes, Tr::tr("model file")));
    return importXgboost(bytes, path, spec);
}

QByteArray ModelBundle::toJson() const
{
    QJsonObject root{
        {QStringLiteral("format"), QLatin1String(kFormat)},
        {QStringLiteral("name"), name},
        {QStringLiteral("origin"), origin},
        {QStringLiteral("created"), created.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("created_by"), createdBy},
        {QStringLiteral("xgboost_version"), xgboostVersion},
        {QStringLiteral("mizan_version"), mizanVersion},
        {QStringLiteral("model"), QString::fromUtf8(modelJson)},
        {QStringLiteral("model_sha256"), QString::fromLatin1(modelSha256)},
        {QStringLiteral("source_model_sha256"), QString::fromLatin1(sourceModelSha256)},
        {QStringLiteral("spec"), spec.toJson()},
        {QStringLiteral("encoder"), encoder.toJson()},
        {QStringLiteral("bands"), bands.toJson()},
        {QStringLiteral("metrics"), metrics},
        {QStringLiteral("training_summary"), trainingSummary},
        {QStringLiteral("training"), training},
        {QStringLiteral("fairness_summary"), fairnessSummary},
        {QStringLiteral("training_data_sha256"), QString::fromLatin1(trainingDataSha256)},
        {QStringLiteral("training_data"), trainingDataName},
    };
    root.insert(QStringLiteral("params"), params ? QJsonValue(params->toJson()) : QJsonValue());
    root.insert(QStringLiteral("split"), split ? QJsonValue(split->toString()) : QJsonValue());
    root.insert(QStringLiteral("bundle_sha256"), QString::fromLatin1(sealOf(root)));
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<ModelBundle> ModelBundle::fromJson(const QByteArray &json, const QString &source)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        Error e = makeError(ErrorCode::InvalidInput,
                            Tr::tr("%1: not a Mizan model bundle (JSON error at byte %2: %3)")
                                .arg(source)
                                .arg(parseError.offset)
                                .arg(parseError.errorString()));
        e.file = source;
        return fail(e);
    }
    const JsonFields root(doc.object(), source);
    // The seal covers everything in the bundle: spec, encoder, bands, metrics, lineage, model.
    MIZAN_TRY(seal, root.string(QStringLiteral("bundle_sha256")));
    if (seal.toLatin1() != sealOf(doc.object())) {
        Error e = makeError(ErrorCode::Integrity,
                            Tr::tr(
                                "%1: the bundle does not match its recorded SHA-256 "
                                "(bundle_sha256): it was altered or damaged after it was written")
                                .arg(source));
        e.file = source;
        e.field = QStringLiteral("bundle_sha256");
        return fail(e);
    }
    MIZAN_CHECK(root.checkKeys({QStringLiteral("format"),
                                QStringLiteral("name"),
                                QStringLiteral("origin"),
                                QStringLiteral("created"),
                                QStringLiteral("created_by"),
                                QStringLiteral("xgboost_version"),
                                QStringLiteral("mizan_version"),
                                QStringLiteral("model"),
                                QStringLiteral("model_sha256"),
                                QStringLiteral("source_model_sha256"),
                                QStringLiteral("bundle_sha256"),
                                QStringLiteral("spec"),
                                QStringLiteral("encoder"),
                                QStringLiteral("bands"),
                                QStringLiteral("metrics"),
                                QStringLiteral("training_summary"),
                                QStringLiteral("training"),
                                QStringLiteral("fairness_summary"),
                                QStringLiteral("training_data_sha256"),
                                QStringLiteral("training_data"),
                                QStringLiteral("params"),
                                QStringLiteral("split")}));
    MIZAN_TRY(format, root.string(QStringLiteral("format")));
    if (format != QLatin1String(kFormat))
        return fail(
            root.error(QStringLiteral("format"),
                       Tr::tr("expected \"%1\", found \"%2\"").arg(QLatin1String(kFormat), format)));
    ModelBundle b;
    MIZAN_TRY(name, root.string(QStringLiteral("name")));
    MIZAN_TRY(origin, root.string(QStringLiteral("origin")));
    if (origin != QLatin1String("trained") && origin != QLatin1String("imported"))
        return fail(
            root.error(QStringLiteral("origin"), Tr::tr("expected \"trained\" or \"imported\"")));
    MIZAN_TRY(created, root.string(QStringLiteral("created")));
    b.created = QDateTime::fromString(created, Qt::ISODateWithMs);
    if (!b.created.isValid())
        return fail(root.error(QStringLiteral("created"), Tr::tr("expected an ISO 8601 time")));
    MIZAN_TRY(createdBy, root.string(QStringLiteral("created_by"), QString()));
    MIZAN_TRY(mizanVersion, root.string(QStringLiteral("mizan_version"), QString()));
    MIZAN_TRY(modelText, root.string(QStringLiteral("model")));
    MIZAN_TRY(modelSha, root.string(QStringLiteral("model_sha256")));
    MIZAN_TRY(specFields, root.object(QStringLiteral("spec")));
    MIZAN_TRY(spec,
              DatasetSpec::fromJsonObject(specFields.json(), source + QStringLiteral(" (spec)")));
    MIZAN_TRY(encoderFields, root.object(QStringLiteral("encoder")));
    MIZAN_TRY(encoder, Encoder::fromJson(encoderFields.json(), spec, source));
    MIZAN_TRY(bandFields, root.object(QStringLiteral("bands")));
    MIZAN_TRY(bands, RiskBands::fromJson(bandFields.json(), source));
    b.name = name;
    b.origin = origin;
    b.createdBy = createdBy;
    b.mizanVersion = mizanVersion;
    b.spec = spec;
    b.encoder = encoder;
    b.bands = bands;
    const QJsonObject o = doc.object();
    for (const char *key : {"metrics", "training_summary", "training"}) {
        if (!o.value(QLatin1String(key)).isObject())
            return fail(root.error(QLatin1String(key), Tr::tr("expected an object")));
    }
    const QJsonValue fairness = o.value(QStringLiteral("fairness_summary"));
    if (!fairness.isNull() && !fairness.isObject() && !fairness.isUndefined())
        return fail(
            root.error(QStringLiteral("fairness_summary"), Tr::tr("expected an object or null")));
    b.metrics = o.value(QStringLiteral("metrics")).toObject();
    b.trainingSummary = o.value(QStringLiteral("training_summary")).toObject();
    b.training = o.value(QStringLiteral("training")).toObject();
    b.fairnessSummary = fairness.isUndefined() ? QJsonValue(QJsonValue::Null) : fairness;
    MIZAN_TRY(dataSha, root.string(QStringLiteral("training_data_sha256"), QString()));
    MIZAN_TRY(dataName, root.string(QStringLiteral("training_data"), QString()));
    b.trainingDataSha256 = dataSha.toLatin1();
    b.trainingDataName = dataName;
    const QJsonValue paramsValue = o.value(QStringLiteral("params"));
    if (paramsValue.isObject()) {
        auto params = TrainParams::fromJson(paramsValue.toObject(), source);
        if (!params) {
            // Range errors from validate() name no file: say where they come from.
            Error e = params.error();
            if (!e.message.startsWith(source))
                e = root.error(QStringLiteral("params"), e.message);
            e.code = ErrorCode::InvalidInput;
            return fail(e);
        }
        b.params = *params;
    } else if (!paramsValue.isNull() && !paramsValue.isUndefined()) {
        return fail(root.error(QStringLiteral("params"), Tr::tr("expected an object or null")));
    }
    const QJsonValue splitValue = o.value(QStringLiteral("split"));
    if (splitValue.isString()) {
        auto split = SplitSpec::parse(splitValue.toString());
        if (!split)
            return fail(root.error(QStringLiteral("split"), split.error().message));
        b.split = *split;
    } else if (!splitValue.isNull() && !splitValue.isUndefined()) {
        return fail(root.error(QStringLiteral("split"), Tr::tr("expected a string or null")));
    }

    const QByteArray modelBytes = modelText.toUtf8();
    if (Sha256::hashHex(modelBytes) != modelSha.toLatin1()) {
        Error e = makeError(ErrorCode::Integrity,
                            Tr::tr(
                                "%1: the embedded model does not match its recorded SHA-256: the "
                                "bundle was altered or damaged")
                                .arg(source));
        e.file = source;
        e.field = QStringLiteral("model_sha256");
        return fail(e);
    }
    MIZAN_CHECK(b.setModel(modelBytes, source, ModelForm::MustBeCanonical));
    MIZAN_TRY(xgboostVersion, root.string(QStringLiteral("xgboost_version"), QString()));
    MIZAN_TRY(sourceModelSha, root.string(QStringLiteral("source_model_sha256"), QString()));
    b.xgboostVersion = xgboostVersion;
    b.sourceModelSha256 = sourceModelSha.toLatin1();
    return b;
}

Result<ModelBundle> ModelBundle::load(const QString &path)
{
    MIZAN_TRY(bytes, readLimited(path, kMaxBytes, Tr::tr("model bundle")));
    return fromJson(bytes, path);
}

Result<> ModelBundle::save(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        Error e = makeError(ErrorCode::Io,
                            Tr::tr("%1: cannot write: %2").arg(path, file.errorString()));
        e.file = path;
        return fail(e);
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QByteArray bytes = toJson();
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        Error e = makeError(ErrorCode::Io,
                            Tr::tr("%1: cannot write: %2").arg(path, file.errorString()));
        e.file = path;
        return fail(e);
    }
    return {};
}

} // namespace mizan
