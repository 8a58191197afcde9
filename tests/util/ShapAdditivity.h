#pragma once

#include "data/Dataset.h"
#include "explain/TreeShap.h"
#include "model/ModelBundle.h"

#include "OracleCsv.h"

#include <QTest>

#include <cmath>

namespace mizan::test {

/**
 * @brief Native TreeSHAP on every row of `data` with `bundle`: contributions plus bias equal the
 * model's margin (XgbModel::margin, within 1e-9) and the reference margin of XGBoost in column
 * `margin` of `expected` (within 1e-5), row by row in the same order.
 */
inline void checkShapAdditivity(const ModelBundle &bundle,
                                const Dataset &data,
                                const NumericTable &expected)
{
    const auto bound = bundle.encoder.bind(data);
    QVERIFY(bound.has_value());
    const int width = bound->featureCount();
    const qint64 rows = data.rowCount();
    QCOMPARE(qint64(expected.rows.size()), rows);
    std::vector<float> x(size_t(rows) * size_t(width));
    bound->encodeRows(0, rows, x.data());
    const TreeShap shap(*bundle.model);
    std::vector<double> phi(size_t(rows) * size_t(width + 1));
    QVERIFY(shap.contributions(x.data(), rows, width, phi.data(), 2).has_value());
    const int m = expected.column(QStringLiteral("margin"));
    QVERIFY(m >= 0);
    double worstModel = 0.0, worstReference = 0.0;
    for (qint64 r = 0; r < rows; ++r) {
        double sum = 0.0;
        for (int c = 0; c <= width; ++c)
            sum += phi[size_t(r) * size_t(width + 1) + size_t(c)];
        worstModel = std::max(worstModel,
                              std::abs(sum - bundle.model->margin(x.data() + r * width)));
        worstReference = std::max(worstReference,
                                  std::abs(sum - expected.rows[size_t(r)][size_t(m)]));
    }
    qInfo(
        "SHAP additivity on %lld rows: |sum - margin| <= %.3g (model), %.3g (XGBoost's reference)",
        rows,
        worstModel,
        worstReference);
    QVERIFY(worstModel < 1e-9);
    QVERIFY(worstReference < 1e-5);
}

} // namespace mizan::test
