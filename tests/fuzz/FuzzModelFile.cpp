// libFuzzer target: the loaders of model files, which are untrusted ("a hostile model file must
// never crash Mizan"): XgbModel::parse (an XGBoost JSON model, as `model import` reads it) and
// ModelBundle::fromJson (a mizan.model-bundle/1 file), on arbitrary bytes.
//
// Every input goes through both loaders:
//   - XgbModel::parse; when Mizan's validation accepts the file, also ModelBundle::importXgboost
//     with the specs of the seed models (tests/data's bank-marketing spec and a small spec of the
//     demo leads), the production import path: XGBoost (libxgboost, not instrumented, and known
//     to abort on some hostile input) is only ever given the canonical JSON Mizan writes from the
//     validated values, never the file, here as in production;
//   - ModelBundle::fromJson on the bytes as they are, and once more "resealed": model_sha256 and
//     bundle_sha256 recomputed, as anyone who edits a bundle can (they are checksums, not
//     signatures), so that mutations reach the validation behind the seal.
//
// Beyond "no crash, hang or leak" it checks, for every model Mizan accepts:
// - the canonical JSON (toXgboostJson) parses back, writes itself back identically and predicts
//   exactly the same margins (it is what XGBoost is given, so it must be the same model);
// - NativePredictor agrees with the tree walk (XgbModel::margin) up to float rounding, and with
//   XGBoost bit for bit on the canonical JSON (as NativePredictor.h promises);
// - TreeShap's contributions plus its bias add up to the margin (SHAP's additivity);
// and for every bundle it accepts: the model is canonical and matches its hash and encoder, and
// the bundle writes itself back (toJson) in a form that loads again and writes the same bytes.
// Each model is evaluated on two fixed rows: a pattern of values (0, 1, missing, negative,
// large...) and all missing.

#include "FuzzSupport.h"

#include "common/Sha256.h"
#include "data/DatasetSpec.h"
#include "explain/TreeShap.h"
#include "model/Booster.h"
#include "model/ModelBundle.h"
#include "model/NativePredictor.h"
#include "model/XgbModel.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <limits>
#include <vector>

using namespace mizan;

namespace {

[[noreturn]] void violated(const char *what, const QString &detail = {})
{
    std::fprintf(stderr, "FuzzModelFile: %s %s\n", what, qUtf8Printable(detail));
    std::abort();
}

/** Where two texts that should be equal part, for the message. */
QString difference(const QByteArray &a, const QByteArray &b)
{
    qsizetype at = 0;
    while (at < a.size() && at < b.size() && a[at] == b[at])
        ++at;
    const qsizetype from = std::max<qsizetype>(0, at - 60);
    return QStringLiteral("at byte %1: ...%2 / ...%3")
        .arg(at)
        .arg(QString::fromUtf8(a.mid(from, 120)), QString::fromUtf8(b.mid(from, 120)));
}

/** Models wider than this are parsed and walked, but not explained or given to XGBoost. */
constexpr qint64 kMaxExplainedFeatures = 4096;

/** The specs of the seed models, for the import path. */
const std::array<DatasetSpec, 2> &specs()
{
    static const std::array<DatasetSpec, 2> all = [] {
        const auto parse = [](const QByteArray &json, const char *name) {
            auto spec = DatasetSpec::fromJson(json, QLatin1String(name));
            if (!spec)
                violated("a fixed spec does not parse:", spec.error().message);
            return *spec;
        };
        // The spec the small seed models were trained with (on `mizan-cli demo` leads), with the
        // categories listed, so that a model without feature names imports too.
        const QByteArray small = R"({"format": "mizan.dataset-spec/1", "name": "demo-small",
          "csv": {"delimiter": ",", "header": true, "trim": true}, "id": "lead_id",
          "target": {"column": "converted", "positive": ["yes"]},
          "features": [{"column": "website_visits", "type": "numeric"},
                       {"column": "emails_opened", "type": "numeric"},
                       {"column": "licence_type", "type": "categorical",
                        "categories": ["commercial", "e-commerce", "industrial", "professional"]}],
          "ignore": ["contact_name", "email", "phone"]})";
        return std::array<DatasetSpec, 2>{parse(fuzz::readOrDie(
                                                    QStringLiteral(MIZAN_FUZZ_TEST_DATA
                                                                   "/bank-marketing.spec.json")),
                                                "bank-marketing.spec.json"),
                                          parse(small, "demo-small.spec.json")};
    }();
    return all;
}

/** The two fixed rows, `width` floats each, row-major. */
std::vector<float> fixedRows(qint64 width)
{
    constexpr float kNaN = std::numeric_limits<float>::quiet_NaN();
    constexpr std::array<float, 8> kPattern = {0.0f, 1.0f, kNaN, -1.5f, 0.5f, 2.0f, 100.0f, 1e6f};
    std::vector<float> rows(size_t(2 * width), kNaN);
    for (qint64 i = 0; i < width; ++i)
        rows[size_t(i)] = kPattern[size_t(i) % kPattern.size()];
    return rows;
}

bool same(double a, double b)
{
    return (std::isnan(a) && std::isnan(b)) || a == b;
}

/** What an accepted model must satisfy; `xgboost`: also compare with XGBoost itself. */
void checkModel(const XgbModel &model, bool xgboost)
{
    const qint64 width = model.featureCount;
    const std::vector<float> rows = fixedRows(width);

    // The canonical form is the same model.
    const QByteArray canonical = model.toXgboostJson();
    const auto reparsed = XgbModel::parse(canonical, QStringLiteral("canonical"));
    if (!reparsed)
        violated("the canonical JSON does not parse back:", reparsed.error().message);
    if (const QByteArray again = reparsed->toXgboostJson(); again != canonical)
        violated("the canonical JSON is not stable:", difference(canonical, again));
    if (reparsed->featureCount != width || reparsed->trees.size() != model.trees.size()
        || reparsed->baseScore != model.baseScore)
        violated("the canonical JSON is another model");

    // The scale of a margin, for rounding tolerances: every tree's largest leaf.
    double scale = std::fabs(model.baseMargin);
    double leafSum = std::fabs(model.baseMargin);
    for (const XgbTree &tree : model.trees) {
        double largest = 0.0;
        for (int n = 0; n < tree.nodeCount(); ++n)
            if (tree.isLeaf(n)) {
                largest = std::max(largest, std::fabs(double(tree.value[size_t(n)])));
                leafSum += std::fabs(double(tree.value[size_t(n)]));
            }
        scale += largest;
    }
    const bool finite = std::isfinite(model.baseMargin) && scale < 1e30;

    const NativePredictor native(model);
    std::array<float, 2> nativeMargins{};
    native.predictMargins(rows.data(), 2, int(width), nativeMargins.data());
    std::array<double, 2> margins{};
    for (int r = 0; r < 2; ++r) {
        const float *row = rows.data() + r * width;
        margins[size_t(r)] = model.margin(row);
        if (!same(reparsed->margin(row), margins[size_t(r)]))
            violated("the canonical JSON predicts another margin");
        const double tolerance = 1e-6 * double(model.trees.size() + 1) * scale + 1e-30;
        if (finite
            && !(std::fabs(double(nativeMargins[size_t(r)]) - margins[size_t(r)]) <= tolerance))
            violated("NativePredictor and the tree walk disagree:",
                     QStringLiteral("%1 vs %2")
                         .arg(nativeMargins[size_t(r)])
                         .arg(margins[size_t(r)]));
    }
    if (width > kMaxExplainedFeatures)
        return;

    // SHAP values plus the bias are the margin.
    const TreeShap shap(model);
    std::vector<double> phi(size_t(width + 1));
    for (int r = 0; r < 2; ++r) {
        const float *row = rows.data() + r * width;
        shap.contributionsOfRow(row, phi.data());
        double sum = 0.0;
        for (double v : phi)
            sum += v;
        const double margin = shap.margin(row);
        if (!finite || leafSum > 1e30)
            continue;
        if (!(std::fabs(margin - margins[size_t(r)]) <= 1e-6 * scale + 1e-30))
            violated("TreeShap's margin is not the model's");
        if (!(std::fabs(sum - margin) <= 1e-6 * leafSum + 1e-30)
            || !(std::fabs(phi.back() - shap.expectedValue()) <= 1e-9 * leafSum + 1e-30))
            violated("SHAP values do not add up to the margin:",
                     QStringLiteral("%1 vs %2").arg(sum, 0, 'g', 17).arg(margin, 0, 'g', 17));
    }

    // XGBoost itself, on what production gives it: the canonical JSON with the inputs' names.
    if (!xgboost)
        return;
    XgbModel named = model;
    named.featureNames.clear();
    for (qint64 i = 0; i < width; ++i)
        named.featureNames.append(QStringLiteral("f%1").arg(i));
    named.featureTypes = QStringList(named.featureNames.size(), QStringLiteral("float"));
    const auto booster = Booster::fromJson(named.toXgboostJson(), 1);
    if (!booster)
        violated("XGBoost refuses a model Mizan accepted:", booster.error().message);
    std::array<float, 2> theirs{};
    if (const auto r = booster->predictDense(rows.data(), 2, int(width), true, theirs.data()); !r)
        violated("XGBoost cannot predict:", r.error().message);
    for (std::size_t r = 0; r < 2; ++r)
        if (!same(theirs[r], nativeMargins[r]))
            violated("NativePredictor and XGBoost disagree:",
                     QStringLiteral("%1 vs %2")
                         .arg(nativeMargins[r], 0, 'g', 9)
                         .arg(theirs[r], 0, 'g', 9));
}

/** What an accepted bundle must satisfy. */
void checkBundle(const ModelBundle &bundle)
{
    if (!bundle.model || bundle.model->featureCount != bundle.encoder.featureCount()
        || bundle.modelSha256 != Sha256::hashHex(bundle.modelJson))
        violated("the bundle's model does not match its encoder or hash");
    const auto parsed = XgbModel::parse(bundle.modelJson, QStringLiteral("bundle model"));
    if (!parsed || parsed->toXgboostJson() != bundle.modelJson)
        violated("the bundle's model is not canonical");
    checkModel(*bundle.model, false); // its JSON went through Booster::fromJson if imported

    const QByteArray bytes = bundle.toJson();
    const auto again = ModelBundle::fromJson(bytes, QStringLiteral("toJson"));
    if (!again)
        violated("a bundle's toJson() does not load:", again.error().message);
    if (const QByteArray twice = again->toJson(); twice != bytes)
        violated("a bundle's toJson() is not stable:", difference(bytes, twice));
}

/** model_sha256 and bundle_sha256 recomputed for the content, as an editor of the file can. */
std::optional<QByteArray> resealed(const QByteArray &input)
{
    const QJsonDocument doc = QJsonDocument::fromJson(input);
    if (!doc.isObject())
        return std::nullopt;
    QJsonObject object = doc.object();
    if (!object.contains(QStringLiteral("bundle_sha256")))
        return std::nullopt;
    const QJsonValue model = object.value(QStringLiteral("model"));
    if (model.isString())
        object.insert(QStringLiteral("model_sha256"),
                      QString::fromLatin1(Sha256::hashHex(model.toString().toUtf8())));
    object.insert(QStringLiteral("bundle_sha256"), QString::fromLatin1(ModelBundle::sealOf(object)));
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = fuzz::view(data, size).toByteArray();
    const QString source = QStringLiteral("fuzz.json");

    if (const auto model = XgbModel::parse(input, source)) {
        checkModel(*model, model->featureCount <= kMaxExplainedFeatures);
        for (const DatasetSpec &spec : specs())
            if (const auto bundle = ModelBundle::importXgboost(input, source, spec))
                checkBundle(*bundle);
    }

    if (const auto bundle = ModelBundle::fromJson(input, source))
        checkBundle(*bundle);
    if (const auto sealed = resealed(input))
        if (const auto bundle = ModelBundle::fromJson(*sealed, source))
            checkBundle(*bundle);
    return 0;
}
