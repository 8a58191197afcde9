#include "model/XgbModel.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <limits>
#include <tuple>

namespace mizan {

namespace {

class Parser
{
    Q_DECLARE_TR_FUNCTIONS(mizan::XgbModel)

public:
    explicit Parser(const QString &source)
        : m_source(source)
    {}

    Error error(const QString &where, const QString &what) const
    {
        Error e
            = makeError(ErrorCode::InvalidInput,
                        tr("%1: not a usable XGBoost model: '%2': %3").arg(m_source, where, what));
        e.file = m_source;
        e.field = where;
        return e;
    }

    Result<QJsonObject> object(const QJsonObject &parent,
                               const QString &key,
                               const QString &path) const
    {
        const QJsonValue v = parent.value(key);
        if (!v.isObject())
            return fail(error(path + key, tr("expected an object")));
        return v.toObject();
    }

    Result<QJsonArray> array(const QJsonObject &parent,
                             const QString &key,
                             qsizetype size,
                             const QString &path) const
    {
        const QJsonValue v = parent.value(key);
        if (!v.isArray())
            return fail(error(path + key, tr("expected a list")));
        QJsonArray a = v.toArray();
        if (size >= 0 && a.size() != size)
            return fail(
                error(path + key, tr("expected %1 entries, found %2").arg(size).arg(a.size())));
        return a;
    }

    /** XGBoost writes its model parameters as strings ("62", "5E-1"). */
    Result<double> numberString(const QJsonObject &parent,
                                const QString &key,
                                const QString &path) const
    {
        const QJsonValue v = parent.value(key);
        bool ok = false;
        double d = std::numeric_limits<double>::quiet_NaN();
        if (v.isString())
            d = v.toString().toDouble(&ok);
        else if (v.isDouble())
            d = v.toDouble(), ok = true;
        if (!ok || !std::isfinite(d))
            return fail(error(path + key, tr("expected a number")));
        return d;
    }

    Result<XgbTree> tree(const QJsonObject &t, int index, qint64 featureCount) const
    {
        const QString path = QStringLiteral("learner.gradient_booster.model.trees[%1].").arg(index);
        MIZAN_TRY(param, object(t, QStringLiteral("tree_param"), path));
        MIZAN_TRY(nodesD,
                  numberString(param,
                               QStringLiteral("num_nodes"),
                               path + QStringLiteral("tree_param.")));
        if (nodesD < 1 || nodesD > XgbModel::kMaxNodesPerTree || nodesD != std::floor(nodesD))
            return fail(error(path + QStringLiteral("tree_param.num_nodes"),
                              tr("expected 1 to %1 nodes").arg(XgbModel::kMaxNodesPerTree)));
        const auto n = static_cast<int>(nodesD);
        MIZAN_TRY(left, array(t, QStringLiteral("left_children"), n, path));
        MIZAN_TRY(right, array(t, QStringLiteral("right_children"), n, path));
        MIZAN_TRY(split, array(t, QStringLiteral("split_indices"), n, path));
        MIZAN_TRY(cond, array(t, QStringLiteral("split_conditions"), n, path));
        MIZAN_TRY(defaults, array(t, QStringLiteral("default_left"), n, path));
        MIZAN_TRY(hessian, array(t, QStringLiteral("sum_hessian"), n, path));
        const auto optionalArray = [&](const QString &key) -> Result<QJsonArray> {
            if (!t.contains(key))
                return QJsonArray();
            return array(t, key, n, path);
        };
        MIZAN_TRY(parents, optionalArray(QStringLiteral("parents")));
        MIZAN_TRY(weights, optionalArray(QStringLiteral("base_weights")));
        MIZAN_TRY(gains, optionalArray(QStringLiteral("loss_changes")));
        if (t.contains(QStringLiteral("split_type"))) {
            MIZAN_TRY(types, array(t, QStringLiteral("split_type"), n, path));
            for (const QJsonValue &v : std::as_const(types)) {
                if (v.toInt(-1) != 0)
                    return fail(error(path + QStringLiteral("split_type"),
                                      tr("categorical splits are not supported; one-hot encode "
                                         "categories in the dataset spec instead")));
            }
        }

        XgbTree tree;
        tree.left.resize(size_t(n));
        tree.right.resize(size_t(n));
        tree.feature.resize(size_t(n));
        tree.value.resize(size_t(n));
        tree.defaultLeft.resize(size_t(n));
        tree.cover.resize(size_t(n));
        tree.baseWeight.assign(size_t(n), 0.0f);
        tree.lossChange.assign(size_t(n), 0.0f);
        const auto integer = [](const QJsonValue &v, bool &ok) {
            const double d = v.toDouble(std::numeric_limits<double>::quiet_NaN());
            ok = v.isDouble() && d == std::floor(d) && d >= -1
                 && d <= double(std::numeric_limits<int32_t>::max());
            return ok ? static_cast<int64_t>(d) : 0;
        };
        for (int i = 0; i < n; ++i) {
            bool okL = false;
            bool okR = false;
            bool okS = false;
            const int64_t l = integer(left[i], okL);
            const int64_t r = integer(right[i], okR);
            const double s = split[i].toDouble(-1);
            okS = split[i].isDouble() && s >= 0 && s == std::floor(s);
            const QString node = QStringLiteral("node %1").arg(i);
            if (!okL || !okR || (l < 0) != (r < 0))
                return fail(error(path + QStringLiteral("left_children"),
                                  tr("%1: invalid child indices").arg(node)));
            if (l >= 0 && (l >= n || r >= n || l == 0 || r == 0 || l == r))
                return fail(error(path + QStringLiteral("left_children"),
                                  tr("%1: a child index is out of range").arg(node)));
            if (!okS || (l >= 0 && s >= double(featureCount)))
                return fail(error(path + QStringLiteral("split_indices"),
                                  tr("%1: the split feature is not one of the model's %2 features")
                                      .arg(node)
                                      .arg(featureCount)));
            const double c = cond[i].toDouble(std::numeric_limits<double>::quiet_NaN());
            const double h = hessian[i].toDouble(std::numeric_limits<double>::quiet_NaN());
            if (!cond[i].isDouble() || !std::isfinite(c) || std::fabs(c) > 3.0e38)
                return fail(error(path + QStringLiteral("split_conditions"),
                                  tr("%1: not a finite number").arg(node)));
            if (!hessian[i].isDouble() || !std::isfinite(h) || h < 0 || h > 3.0e38)
                return fail(error(path + QStringLiteral("sum_hessian"),
                                  tr("%1: not a finite, non-negative number").arg(node)));
            const int d = defaults[i].toInt(-1);
            if (d != 0 && d != 1)
                return fail(error(path + QStringLiteral("default_left"),
                                  tr("%1: expected 0 or 1").arg(node)));
            tree.left[size_t(i)] = static_cast<int32_t>(l);
            tree.right[size_t(i)] = static_cast<int32_t>(r);
            tree.feature[size_t(i)] = l >= 0 ? static_cast<int32_t>(s) : 0;
            tree.value[size_t(i)] = static_cast<float>(c);
            tree.defaultLeft[size_t(i)] = static_cast<uint8_t>(d);
            tree.cover[size_t(i)] = static_cast<float>(h);
            for (const auto &[values, out, key] :
                 {std::tuple{&weights, &tree.baseWeight, "base_weights"},
                  std::tuple{&gains, &tree.lossChange, "loss_changes"}}) {
                if (values->isEmpty())
                    continue;
                const double v = values->at(i).toDouble(std::numeric_limits<double>::quiet_NaN());
                if (!values->at(i).isDouble() || !std::isfinite(v) || std::fabs(v) > 3.0e38)
                    return fail(
                        error(path + QLatin1String(key), tr("%1: not a finite number").arg(node)));
                (*out)[size_t(i)] = static_cast<float>(v);
            }
        }
        // Walk from the root: every node is reached at most once (no cycles, no sharing) and
        // depth stays bounded, so recursive tree algorithms cannot loop or overflow.
        std::vector<uint8_t> seen(size_t(n), 0);
        std::vector<std::pair<int32_t, int>> stack{{0, 0}};
        seen[0] = 1;
        while (!stack.empty()) {
            const auto [node, depth] = stack.back();
            stack.pop_back();
            tree.depth = std::max(tree.depth, depth);
            if (depth > XgbModel::kMaxDepth)
                return fail(
                    error(path, tr("the tree is deeper than %1 levels").arg(XgbModel::kMaxDepth)));
            if (tree.isLeaf(node))
                continue;
            for (int32_t child : {tree.left[size_t(node)], tree.right[size_t(node)]}) {
                if (seen[size_t(child)])
                    return fail(error(path + QStringLiteral("left_children"),
                                      tr("node %1 is reached twice: not a tree").arg(child)));
                seen[size_t(child)] = 1;
                stack.emplace_back(child, depth + 1);
            }
        }
        // When the file records parents, they must agree with the children.
        if (!parents.isEmpty()) {
            if (parents[0].toDouble(-1) != 2147483647.0 && parents[0].toDouble(0) != -1.0)
                return fail(
                    error(path + QStringLiteral("parents"), tr("node 0: the root has a parent")));
            for (int i = 0; i < n; ++i) {
                if (tree.isLeaf(i))
                    continue;
                for (int32_t child : {tree.left[size_t(i)], tree.right[size_t(i)]}) {
                    if (parents[child].toDouble(-2) != double(i))
                        return fail(error(path + QStringLiteral("parents"),
                                          tr("node %1: the recorded parent is not node %2")
                                              .arg(child)
                                              .arg(i)));
                }
            }
        }
        return tree;
    }

private:
    const QString &m_source;
};

} // namespace

Result<XgbModel> XgbModel::parse(const QByteArray &json, const QString &source)
{
    Parser p(source);
    if (json.size() > kMaxBytes)
        return fail(p.error(QStringLiteral("(file)"),
                            Parser::tr("larger than the limit of %1 MiB").arg(kMaxBytes >> 20)));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        Error e = makeError(ErrorCode::InvalidInput,
                            Parser::tr("%1: not an XGBoost JSON model (JSON error at byte %2: %3); "
                                       "save models with a .json file name")
                                .arg(source)
                                .arg(parseError.offset)
                                .arg(parseError.error != QJsonParseError::NoError
                                         ? parseError.errorString()
                                         : Parser::tr("not an object")));
        e.file = source;
        return fail(e);
    }
    const QJsonObject root = doc.object();
    XgbModel model;
    MIZAN_TRY(versionArray, p.array(root, QStringLiteral("version"), 3, QString()));
    model.version = QStringLiteral("%1.%2.%3")
                        .arg(versionArray[0].toInt())
                        .arg(versionArray[1].toInt())
                        .arg(versionArray[2].toInt());
    MIZAN_TRY(learner, p.object(root, QStringLiteral("learner"), QString()));
    const QString lp = QStringLiteral("learner.");
    MIZAN_TRY(objective, p.object(learner, QStringLiteral("objective"), lp));
    const QString objectiveName = objective.value(QStringLiteral("name")).toString();
    if (objectiveName != QLatin1String("binary:logistic")) {
        Error e = p.error(lp + QStringLiteral("objective.name"),
                          Parser::tr("the objective is \"%1\"; Mizan scores binary:logistic "
                                     "models only")
                              .arg(objectiveName));
        e.code = ErrorCode::Unsupported;
        return fail(e);
    }
    MIZAN_TRY(param, p.object(learner, QStringLiteral("learner_model_param"), lp));
    const QString pp = lp + QStringLiteral("learner_model_param.");
    MIZAN_TRY(features, p.numberString(param, QStringLiteral("num_feature"), pp));
    if (features < 1 || features > kMaxFeatures || features != std::floor(features))
        return fail(p.error(pp + QStringLiteral("num_feature"),
                            Parser::tr("expected 1 to %1 features").arg(kMaxFeatures)));
    model.featureCount = static_cast<qint64>(features);
    MIZAN_TRY(baseScore, p.numberString(param, QStringLiteral("base_score"), pp));
    // Checked as the float the model keeps, through the base margin the predictors compute from
    // it in float (as XGBoost does): 0.99999999999 rounds to 1 and 1e-39 has no finite margin,
    // either way an infinite margin for every row (found by FuzzModelFile).
    model.baseScore = baseScore > 0.0 && baseScore < 1.0 ? static_cast<float>(baseScore) : 0.0f;
    if (!(model.baseScore > 0.0f && model.baseScore < 1.0f)
        || !std::isfinite(std::log(1.0f / model.baseScore - 1.0f)))
        return fail(p.error(pp + QStringLiteral("base_score"),
                            Parser::tr("expected a probability between 0 and 1")));
    // The logit as XGBoost's ProbToMargin computes it, in float, like NativePredictor and
    // TreeShap: computed in double it differed from theirs by up to 1e-4 for a base score near 1
    // (0.99991, found by FuzzModelFile), which explanation receipts reported as non-additivity.
    model.baseMargin = static_cast<double>(-std::log(1.0f / model.baseScore - 1.0f));
    if (param.contains(QStringLiteral("num_class"))) {
        MIZAN_TRY(classes, p.numberString(param, QStringLiteral("num_class"), pp));
        if (classes != 0) {
            Error e = p.error(pp + QStringLiteral("num_class"),
                              Parser::tr("multi-class models are not supported"));
            e.code = ErrorCode::Unsupported;
            return fail(e);
        }
    }

    if (learner.contains(QStringLiteral("feature_names"))) {
        MIZAN_TRY(names, p.array(learner, QStringLiteral("feature_names"), -1, lp));
        if (!names.isEmpty() && names.size() != model.featureCount)
            return fail(p.error(lp + QStringLiteral("feature_names"),
                                Parser::tr("names %1 features, but the model has %2")
                                    .arg(names.size())
                                    .arg(model.featureCount)));
        for (const QJsonValue &v : std::as_const(names)) {
            if (!v.isString())
                return fail(
                    p.error(lp + QStringLiteral("feature_names"), Parser::tr("expected strings")));
            model.featureNames.append(v.toString());
        }
    }
    if (learner.contains(QStringLiteral("feature_types"))) {
        MIZAN_TRY(types, p.array(learner, QStringLiteral("feature_types"), -1, lp));
        for (const QJsonValue &v : std::as_const(types)) {
            const QString type = v.toString();
            if (type != QLatin1String("float") && type != QLatin1String("int")
                && type != QLatin1String("i") && type != QLatin1String("q"))
                return fail(p.error(lp + QStringLiteral("feature_types"),
                                    Parser::tr("feature type \"%1\" is not supported (numeric "
                                               "features only)")
                                        .arg(type)));
            model.featureTypes.append(type);
        }
    }

    MIZAN_TRY(booster, p.object(learner, QStringLiteral("gradient_booster"), lp));
    const QString boosterName = booster.value(QStringLiteral("name")).toString();
    if (boosterName != QLatin1String("gbtree")) {
        Error e = p.error(lp + QStringLiteral("gradient_booster.name"),
                          Parser::tr("the booster is \"%1\"; only gbtree is supported")
                              .arg(boosterName));
        e.code = ErrorCode::Unsupported;
        return fail(e);
    }
    const QString bp = lp + QStringLiteral("gradient_booster.");
    MIZAN_TRY(gbModel, p.object(booster, QStringLiteral("model"), bp));
    const QString mp = bp + QStringLiteral("model.");
    MIZAN_TRY(gbParam, p.object(gbModel, QStringLiteral("gbtree_model_param"), mp));
    MIZAN_TRY(numTrees,
              p.numberString(gbParam,
                             QStringLiteral("num_trees"),
                             mp + QStringLiteral("gbtree_model_param.")));
    if (numTrees < 0 || numTrees > kMaxTrees || numTrees != std::floor(numTrees))
        return fail(p.error(mp + QStringLiteral("gbtree_model_param.num_trees"),
                            Parser::tr("expected 0 to %1 trees").arg(kMaxTrees)));
    MIZAN_TRY(trees,
              p.array(gbModel, QStringLiteral("trees"), static_cast<qsizetype>(numTrees), mp));
    MIZAN_TRY(treeInfo,
              p.array(gbModel, QStringLiteral("tree_info"), static_cast<qsizetype>(numTrees), mp));
    for (const QJsonValue &v : std::as_const(treeInfo)) {
        if (v.toInt(-1) != 0)
            return fail(p.error(mp + QStringLiteral("tree_info"),
                                Parser::tr("expected every tree to belong to output 0")));
    }
    model.trees.reserve(static_cast<size_t>(numTrees));
    for (qsizetype i = 0; i < trees.size(); ++i) {
        if (!trees[i].isObject())
            return fail(
                p.error(mp + QStringLiteral("trees[%1]").arg(i), Parser::tr("expected an object")));
        MIZAN_TRY(tree, p.tree(trees[i].toObject(), static_cast<int>(i), model.featureCount));
        model.trees.push_back(std::move(tree));
    }
    return model;
}

double XgbModel::margin(const float *row) const
{
    double sum = baseMargin;
    for (const XgbTree &tree : trees) {
        int node = 0;
        while (!tree.isLeaf(node)) {
            const auto n = static_cast<size_t>(node);
            const float x = row[tree.feature[n]];
            if (std::isnan(x))
                node = tree.defaultLeft[n] ? tree.left[n] : tree.right[n];
            else
                node = x < tree.value[n] ? tree.left[n] : tree.right[n];
        }
        sum += tree.value[static_cast<size_t>(node)];
    }
    return sum;
}

int XgbModel::nodeCount() const
{
    int count = 0;
    for (const XgbTree &tree : trees)
        count += tree.nodeCount();
    return count;
}

} // namespace mizan
