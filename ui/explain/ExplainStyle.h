#pragma once

// Colours and number formats shared by the Explain tab's charts (decided here, never in core).

#include <QColor>
#include <QLocale>
#include <QString>

#include <algorithm>
#include <cmath>
#include <vector>

namespace mizan::explainstyle {

/** @brief The shap library's colours: pushes the score up (red) or down (blue). */
inline QColor positive()
{
    return QColor(0xff, 0x00, 0x51);
}
inline QColor negative()
{
    return QColor(0x00, 0x8b, 0xfb);
}
/** @brief Grey of axis labels, connectors and the "value =" part of a row label. */
inline QColor muted()
{
    return QColor(0x99, 0x99, 0x99);
}
inline QColor gridLine()
{
    return QColor(0xcc, 0xcc, 0xcc);
}

/** @brief "+0.12" or "−0.34" (a true minus sign) in the current locale's digits. */
inline QString signedNumber(double value, int decimals)
{
    const QString digits = QLocale().toString(std::abs(value), 'f', decimals);
    const bool zero = digits == QLocale().toString(0.0, 'f', decimals);
    if (zero)
        return digits;
    return (value < 0 ? QString(QChar(0x2212)) : QStringLiteral("+")) + digits;
}

/** @brief "0.12" or "−0.34" (a true minus sign, no plus). */
inline QString number(double value, int decimals)
{
    const QString digits = QLocale().toString(std::abs(value), 'f', decimals);
    if (value < 0 && digits != QLocale().toString(0.0, 'f', decimals))
        return QString(QChar(0x2212)) + digits;
    return digits;
}

/** @brief A feature value as shap labels it: three decimals at most, trailing zeros dropped. */
inline QString shortValue(double value)
{
    QString text = QLocale().toString(value, 'f', 3);
    const QString point = QLocale().decimalPoint();
    if (text.contains(point)) {
        while (text.endsWith(QLocale().zeroDigit()))
            text.chop(1);
        if (text.endsWith(point))
            text.chop(point.size());
    }
    return value < 0 ? text.replace(QLocale().negativeSign(), QString(QChar(0x2212))) : text;
}

/** @brief Tick positions 1, 2 or 5 times a power of ten, about `wanted` over [lo, hi]. */
inline std::vector<double> niceTicks(double lo, double hi, int wanted, int *decimals)
{
    const double raw = std::max(hi - lo, 1e-12) / std::max(1, wanted);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double step = magnitude;
    for (const double m : {1.0, 2.0, 5.0, 10.0}) {
        step = m * magnitude;
        if (step >= raw)
            break;
    }
    *decimals = std::max(0, int(-std::floor(std::log10(step) + 1e-9)));
    std::vector<double> ticks;
    for (double t = std::ceil(lo / step) * step; t <= hi + step * 1e-9; t += step)
        ticks.push_back(std::abs(t) < step * 1e-9 ? 0.0 : t);
    return ticks;
}

/** @brief The colour of a sample point from its value's rank in [0, 1] (blue low, red high). */
inline QColor rankColour(double rank)
{
    const QColor low = negative(), high = positive();
    const double t = std::clamp(rank, 0.0, 1.0);
    return QColor::fromRgbF(float(low.redF() + (high.redF() - low.redF()) * t),
                            float(low.greenF() + (high.greenF() - low.greenF()) * t),
                            float(low.blueF() + (high.blueF() - low.blueF()) * t));
}

} // namespace mizan::explainstyle
