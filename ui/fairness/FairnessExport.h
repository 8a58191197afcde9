#pragma once

#include "common/ExportMarking.h"
#include "common/Result.h"
#include "fairness/FairnessData.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <memory>

class QTextDocument;

namespace mizan {

/** @brief Who made a fairness report, when, from what, and how it is drawn. */
struct FairnessExportContext
{
    QString model; ///< the model's name as the tab shows it
    QByteArray modelSha256;
    QString leadSet; ///< the lead set's name as the tab shows it
    QByteArray dataSha256;
    QString preparedBy;
    QDateTime preparedAt; ///< UTC
    QDateTime recordedAt; ///< UTC: when the workspace recorded the official report
    bool preview = false; ///< a local preview at another threshold or privileged group
    GroupMetric chartMetric = GroupMetric::SelectionRate;
    GroupMetric sweepMetric = GroupMetric::SelectionRate;
    ExportMarking marking; ///< header and footer of every page
};

/**
 * @brief The fairness report as HTML for a PDF: who, when, the model's and the data's SHA-256,
 * the threshold, the bias policy's verdicts, and per attribute the per-group table (small groups
 * flagged), the disparities with AIF360's signed forms labelled, the optimizer's rules (reported,
 * not applied) and the charts (images named "chart:bar/N" and "chart:sweep/N", N the attribute's
 * index). Only aggregates: no lead appears. Right-to-left when the application is.
 */
QString fairnessReportHtml(const FairnessReport &report,
                           const std::vector<BiasAlert> &alerts,
                           const BiasPolicy &policy,
                           bool withSweeps,
                           const FairnessExportContext &context);

/**
 * @brief The document the PDF prints: the HTML above with the charts drawn into it (the bar
 * chart of context.chartMetric and the sweep of context.sweepMetric per attribute). UI thread.
 */
std::unique_ptr<QTextDocument> fairnessDocument(const FairnessReport &report,
                                                const std::vector<BiasAlert> &alerts,
                                                const BiasPolicy &policy,
                                                const std::vector<ThresholdSweep> &sweeps,
                                                const FairnessExportContext &context);

/** @brief Writes fairnessDocument() as an A4 PDF, atomically (mode 0600). UI thread. */
Result<> writeFairnessPdf(const FairnessReport &report,
                          const std::vector<BiasAlert> &alerts,
                          const BiasPolicy &policy,
                          const std::vector<ThresholdSweep> &sweeps,
                          const FairnessExportContext &context,
                          const QString &path);

/**
 * @brief The per-group table of every attribute as CSV (RFC 4180, formula-safe cells): one row
 * per group and one "overall" row per attribute with fairlearn's metric names as columns, the
 * bootstrap bounds (`<metric>_lower`, `<metric>_upper`) when drawn, numbers in their shortest
 * round-trip form, undefined values empty.
 */
QByteArray fairnessCsv(const FairnessReport &report);
/** @brief Writes fairnessCsv() atomically (mode 0600). */
/** With a marking: its "# " comment line first and last. */
Result<> writeFairnessCsv(const FairnessReport &report,
                          const QString &path,
                          const ExportMarking &marking = {});

} // namespace mizan
