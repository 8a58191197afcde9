#pragma once

#include "common/Result.h"

#include <QJsonObject>
#include <QString>

#include <utility>
#include <vector>

namespace mizan {

/**
 * @brief XGBoost training parameters for a binary:logistic gbtree model. Defaults are
 * XGBoost's own, except tree_method (hist, for speed) and nthread (0 = the machine's cores).
 */
struct TrainParams
{
    int maxDepth = 6;
    double eta = 0.3;
    int rounds = 100;
    double subsample = 1.0;
    double colsampleByTree = 1.0;
    double minChildWeight = 1.0;
    double lambda = 1.0;
    double alpha = 0.0;
    double gamma = 0.0;
    double scalePosWeight = 1.0;
    double baseScore = 0.5;
    quint64 seed = 0;
    int nthread = 0;
    QString treeMethod = QStringLiteral("hist");
    int earlyStoppingRounds
        = 0; ///< 0: off; else stop when validation AUC has not improved for N rounds

    /** @brief Checks ranges; the message names the parameter. */
    Result<> validate() const;
    /** @brief nthread resolved: the given value, or the machine's core count for 0. */
    int threads() const;
    /** @brief The name/value pairs handed to XGBoosterSetParam. */
    std::vector<std::pair<QString, QString>> xgboostParams() const;

    QJsonObject toJson() const;
    static Result<TrainParams> fromJson(const QJsonObject &json, const QString &source);
    /** @brief Applies `key=value` (the CLI's --param and the names of toJson). */
    Result<> set(const QString &key, const QString &value);

    bool operator==(const TrainParams &) const = default;
};

} // namespace mizan
