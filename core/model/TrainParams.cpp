#include "model/TrainParams.h"

#include "common/JsonFields.h"

#include <QCoreApplication>
#include <QThread>

namespace mizan {

namespace {
/// Translation context of this file (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mizan::TrainParams)
};

QString number(double value)
{
    return QString::number(value, 'g', 17);
}

Result<> outOfRange(const QString &name, const QString &range)
{
    return fail(ErrorCode::InvalidInput,
                Tr::tr("training parameter '%1' must be %2").arg(name, range));
}

} // namespace

Result<> TrainParams::validate() const
{
    if (maxDepth < 1 || maxDepth > 32)
        return outOfRange(QStringLiteral("max_depth"), Tr::tr("from 1 to 32"));
    if (!(eta > 0.0 && eta <= 1.0))
        return outOfRange(QStringLiteral("eta"), Tr::tr("above 0 and at most 1"));
    if (rounds < 1 || rounds > 100000)
        return outOfRange(QStringLiteral("rounds"), Tr::tr("from 1 to 100000"));
    if (!(subsample > 0.0 && subsample <= 1.0))
        return outOfRange(QStringLiteral("subsample"), Tr::tr("above 0 and at most 1"));
    if (!(colsampleByTree > 0.0 && colsampleByTree <= 1.0))
        return outOfRange(QStringLiteral("colsample_bytree"), Tr::tr("above 0 and at most 1"));
    if (!(minChildWeight >= 0.0 && minChildWeight < 1e12))
        return outOfRange(QStringLiteral("min_child_weight"), Tr::tr("at least 0"));
    if (!(lambda >= 0.0 && lambda < 1e12))
        return outOfRange(QStringLiteral("lambda"), Tr::tr("at least 0"));
    if (!(alpha >= 0.0 && alpha < 1e12))
        return outOfRange(QStringLiteral("alpha"), Tr::tr("at least 0"));
    if (!(gamma >= 0.0 && gamma < 1e12))
        return outOfRange(QStringLiteral("gamma"), Tr::tr("at least 0"));
    if (!(scalePosWeight > 0.0 && scalePosWeight < 1e12))
        return outOfRange(QStringLiteral("scale_pos_weight"), Tr::tr("above 0"));
    if (!(baseScore > 0.0 && baseScore < 1.0))
        return outOfRange(QStringLiteral("base_score"), Tr::tr("between 0 and 1"));
    if (nthread < 0 || nthread > 1024)
        return outOfRange(QStringLiteral("nthread"), Tr::tr("from 0 (all cores) to 1024"));
    if (treeMethod != QLatin1String("exact") && treeMethod != QLatin1String("hist")
        && treeMethod != QLatin1String("approx"))
        return outOfRange(QStringLiteral("tree_method"), Tr::tr("exact, approx or hist"));
    if (earlyStoppingRounds < 0 || earlyStoppingRounds > rounds)
        return outOfRange(QStringLiteral("early_stopping_rounds"),
                          Tr::tr("from 0 to the number of rounds"));
    return {};
}

int TrainParams::threads() const
{
    return nthread > 0 ? nthread : std::max(1, QThread::idealThreadCount());
}

std::vector<std::pair<QString, QString>> TrainParams::xgboostParams() const
{
    return {
        {QStringLiteral("objective"), QStringLiteral("binary:logistic")},
        {QStringLiteral("booster"), QStringLiteral("gbtree")},
        {QStringLiteral("max_depth"), QString::number(maxDepth)},
        {QStringLiteral("eta"), number(eta)},
        {QStringLiteral("subsample"), number(subsample)},
        {QStringLiteral("colsample_bytree"), number(colsampleByTree)},
        {QStringLiteral("min_child_weight"), number(minChildWeight)},
        {QStringLiteral("lambda"), number(lambda)},
        {QStringLiteral("alpha"), number(alpha)},
        {QStringLiteral("gamma"), number(gamma)},
        {QStringLiteral("scale_pos_weight"), number(scalePosWeight)},
        {QStringLiteral("base_score"), number(baseScore)},
        {QStringLiteral("seed"), QString::number(seed)},
        {QStringLiteral("nthread"), QString::number(threads())},
        {QStringLiteral("tree_method"), treeMethod},
    };
}

QJsonObject TrainParams::toJson() const
{
    return QJsonObject{
        {QStringLiteral("max_depth"), maxDepth},
        {QStringLiteral("eta"), eta},
        {QStringLiteral("rounds"), rounds},
        {QStringLiteral("subsample"), subsample},
        {QStringLiteral("colsample_bytree"), colsampleByTree},
        {QStringLiteral("min_child_weight"), minChildWeight},
        {QStringLiteral("lambda"), lambda},
        {QStringLiteral("alpha"), alpha},
        {QStringLiteral("gamma"), gamma},
        {QStringLiteral("scale_pos_weight"), scalePosWeight},
        {QStringLiteral("base_score"), baseScore},
        {QStringLiteral("seed"), QString::number(seed)},
        {QStringLiteral("nthread"), nthread},
        {QStringLiteral("tree_method"), treeMethod},
        {QStringLiteral("early_stopping_rounds"), earlyStoppingRounds},
    };
}

Result<TrainParams> TrainParams::fromJson(const QJsonObject &json, const QString &source)
{
    const JsonFields f(json, source, QStringLiteral("params"));
    TrainParams p;
    MIZAN_CHECK(f.checkKeys(p.toJson().keys()));
    const TrainParams d;
    MIZAN_TRY(maxDepth, f.integer(QStringLiteral("max_depth"), 1, 32, d.maxDepth));
    MIZAN_TRY(eta, f.number(QStringLiteral("eta"), d.eta));
    MIZAN_TRY(rounds, f.integer(QStringLiteral("rounds"), 1, 100000, d.rounds));
    MIZAN_TRY(subsample, f.number(QStringLiteral("subsample"), d.subsample));
    MIZAN_TRY(colsample, f.number(QStringLiteral("colsample_bytree"), d.colsampleByTree));
    MIZAN_TRY(minChild, f.number(QStringLiteral("min_child_weight"), d.minChildWeight));
    MIZAN_TRY(lambda, f.number(QStringLiteral("lambda"), d.lambda));
    MIZAN_TRY(alpha, f.number(QStringLiteral("alpha"), d.alpha));
    MIZAN_TRY(gamma, f.number(QStringLiteral("gamma"), d.gamma));
    MIZAN_TRY(scale, f.number(QStringLiteral("scale_pos_weight"), d.scalePosWeight));
    MIZAN_TRY(base, f.number(QStringLiteral("base_score"), d.baseScore));
    MIZAN_TRY(seed, f.string(QStringLiteral("seed"), QStringLiteral("0")));
    MIZAN_TRY(nthread, f.integer(QStringLiteral("nthread"), 0, 1024, d.nthread));
    MIZAN_TRY(method, f.string(QStringLiteral("tree_method"), d.treeMethod));
    MIZAN_TRY(early, f.integer(QStringLiteral("early_stopping_rounds"), 0, 100000, 0));
    bool ok = false;
    p.seed = seed.toULongLong(&ok);
    if (!ok)
        return fail(f.error(QStringLiteral("seed"), Tr::tr("expected a whole number")));
    p.maxDepth = static_cast<int>(maxDepth);
    p.eta = eta;
    p.rounds = static_cast<int>(rounds);
    p.subsample = subsample;
    p.colsampleByTree = colsample;
    p.minChildWeight = minChild;
    p.lambda = lambda;
    p.alpha = alpha;
    p.gamma = gamma;
    p.scalePosWeight = scale;
    p.baseScore = base;
    p.nthread = static_cast<int>(nthread);
    p.treeMethod = method;
    p.earlyStoppingRounds = static_cast<int>(early);
    MIZAN_CHECK(p.validate());
    return p;
}

Result<> TrainParams::set(const QString &key, const QString &value)
{
    // Work on a copy so that a value that does not parse leaves the parameters unchanged.
    TrainParams p = *this;
    bool ok = false;
    const auto asInt = [&] { return value.toInt(&ok); };
    const auto asDouble = [&] { return value.toDouble(&ok); };
    if (key == QLatin1String("max_depth"))
        p.maxDepth = asInt();
    else if (key == QLatin1String("eta") || key == QLatin1String("learning_rate"))
        p.eta = asDouble();
    else if (key == QLatin1String("rounds") || key == QLatin1String("num_boost_round"))
        p.rounds = asInt();
    else if (key == QLatin1String("subsample"))
        p.subsample = asDouble();
    else if (key == QLatin1String("colsample_bytree"))
        p.colsampleByTree = asDouble();
    else if (key == QLatin1String("min_child_weight"))
        p.minChildWeight = asDouble();
    else if (key == QLatin1String("lambda") || key == QLatin1String("reg_lambda"))
        p.lambda = asDouble();
    else if (key == QLatin1String("alpha") || key == QLatin1String("reg_alpha"))
        p.alpha = asDouble();
    else if (key == QLatin1String("gamma"))
        p.gamma = asDouble();
    else if (key == QLatin1String("scale_pos_weight"))
        p.scalePosWeight = asDouble();
    else if (key == QLatin1String("base_score"))
        p.baseScore = asDouble();
    else if (key == QLatin1String("seed"))
        p.seed = value.toULongLong(&ok);
    else if (key == QLatin1String("nthread"))
        p.nthread = asInt();
    else if (key == QLatin1String("early_stopping_rounds"))
        p.earlyStoppingRounds = asInt();
    else if (key == QLatin1String("tree_method"))
        p.treeMethod = value, ok = true;
    else
        return fail(ErrorCode::Usage, Tr::tr("unknown training parameter '%1'").arg(key));
    if (!ok)
        return fail(ErrorCode::Usage,
                    Tr::tr("training parameter '%1': '%2' is not a number").arg(key, value));
    *this = p;
    return {}; // ranges are checked once, by validate(), when all keys are set
}

} // namespace mizan
