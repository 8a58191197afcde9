#pragma once

#include <QColor>
#include <QString>
#include <QWidget>

#include <utility>
#include <vector>

namespace mizan {

/**
 * @brief A small line chart on the unit square (or [0, 1] × [0, yMax]) for the approval queue's
 * comparison: ROC curves, calibration, score distributions. One line per model version, with a
 * legend, optional diagonal reference, and steps for distributions. Custom-painted; mirrors in
 * right-to-left layouts.
 */
class CurveChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CurveChart)

public:
    struct Series
    {
        QString label;
        QColor colour;
        bool dashed = false;
        bool steps = false; ///< a distribution: one step per bin of equal width
        std::vector<std::pair<double, double>> points;
    };

    explicit CurveChart(QWidget *parent = nullptr);
    ~CurveChart() override;

    void setTitles(const QString &title, const QString &xTitle, const QString &yTitle);
    /** @brief Draws the y = x line (ROC, calibration). */
    void setDiagonal(bool diagonal);
    void setSeries(std::vector<Series> series);
    /** @brief Shown instead of lines when there are none (e.g. "no outcomes"). */
    void setEmptyText(const QString &text);
    void clear();

    const std::vector<Series> &series() const { return m_series; }
    QString title() const { return m_title; }
    double yMax() const { return m_yMax; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_title;
    QString m_xTitle;
    QString m_yTitle;
    QString m_emptyText;
    bool m_diagonal = false;
    double m_yMax = 1.0;
    std::vector<Series> m_series;
};

} // namespace mizan
