#include "governance/ScoreProfile.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <limits>

namespace mizan {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mizan::ScoreProfile)
};

QJsonValue finite(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue();
}

double numberOr(const QJsonValue &v, double fallback)
{
    return v.isDouble() ? v.toDouble() : fallback;
}
} // namespace

ScoreProfile ScoreProfile::compute(std::span<const double> scores, std::span<const int8_t> labels)
{
    ScoreProfile p;
    p.rows = static_cast<qint64>(scores.size());
    p.distribution.assign(kBins, 0.0);
    double sum = 0;
    qint64 finite = 0;
    for (double s : scores) {
        if (!std::isfinite(s))
            continue; // never binned (and never an index out of range)
        ++finite;
        const double clamped = std::clamp(s, 0.0, 1.0);
        const int bin = std::min(kBins - 1, int(clamped * kBins));
        p.distribution[size_t(bin)] += 1;
        sum += s;
    }
    if (finite > 0) {
        for (double &share : p.distribution)
            share /= double(finite);
        p.meanScore = sum / double(finite);
    }
    if (labels.size() == scores.size() && !labels.empty()) {
        const BinaryMetrics m = BinaryMetrics::compute(scores, labels);
        p.rocAuc = m.rocAuc;
        if (m.rocAuc) {
            p.roc = rocCurve(scores, labels);
            p.calibration = m.calibration;
        }
    }
    return p;
}

QJsonObject ScoreProfile::toJson() const
{
    QJsonArray dist;
    for (double share : distribution)
        dist.append(share);
    QJsonObject o{{QStringLiteral("rows"), rows},
                  {QStringLiteral("distribution"), dist},
                  {QStringLiteral("mean_score"), meanScore}};
    if (rocAuc) {
        o.insert(QStringLiteral("roc_auc"), *rocAuc);
        QJsonArray curve;
        for (const auto &[fpr, tpr] : roc)
            curve.append(QJsonArray{fpr, tpr});
        o.insert(QStringLiteral("roc"), curve);
        QJsonArray bins;
        for (const CalibrationBin &b : calibration)
            bins.append(QJsonObject{{QStringLiteral("lower"), b.lower},
                                    {QStringLiteral("upper"), b.upper},
                                    {QStringLiteral("count"), b.count},
                                    {QStringLiteral("mean_predicted"), finite(b.meanPredicted)},
                                    {QStringLiteral("observed_rate"), finite(b.observedRate)}});
        o.insert(QStringLiteral("calibration"), bins);
    }
    return o;
}

std::vector<CalibrationBin> calibrationFromJson(const QJsonValue &bins)
{
    std::vector<CalibrationBin> out;
    const double nan = std::numeric_limits<double>::quiet_NaN();
    for (const QJsonValue &v : bins.toArray()) {
        const QJsonObject b = v.toObject();
        CalibrationBin bin;
        bin.lower = numberOr(b.value(QStringLiteral("lower")), 0);
        bin.upper = numberOr(b.value(QStringLiteral("upper")), 0);
        bin.count = b.value(QStringLiteral("count")).toInteger();
        bin.meanPredicted = numberOr(b.value(QStringLiteral("mean_predicted")), nan);
        bin.observedRate = numberOr(b.value(QStringLiteral("observed_rate")), nan);
        out.push_back(bin);
    }
    return out;
}

Result<ScoreProfile> ScoreProfile::fromJson(const QJsonObject &object, const QString &source)
{
    ScoreProfile p;
    p.rows = object.value(QStringLiteral("rows")).toInteger(-1);
    const QJsonArray dist = object.value(QStringLiteral("distribution")).toArray();
    if (p.rows < 0 || dist.size() != kBins)
        return fail(ErrorCode::Integrity,
                    Tr::tr("%1: the score profile has no valid distribution.").arg(source));
    for (const QJsonValue &v : dist)
        p.distribution.push_back(v.toDouble());
    p.meanScore = object.value(QStringLiteral("mean_score")).toDouble();
    if (object.value(QStringLiteral("roc_auc")).isDouble()) {
        p.rocAuc = object.value(QStringLiteral("roc_auc")).toDouble();
        for (const QJsonValue &v : object.value(QStringLiteral("roc")).toArray()) {
            const QJsonArray point = v.toArray();
            if (point.size() != 2)
                return fail(ErrorCode::Integrity,
                            Tr::tr("%1: a ROC point of the score profile is malformed.").arg(source));
            p.roc.emplace_back(point.at(0).toDouble(), point.at(1).toDouble());
        }
        p.calibration = calibrationFromJson(object.value(QStringLiteral("calibration")));
    }
    return p;
}

} // namespace mizan
