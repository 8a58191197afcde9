#pragma once

#include "explain/Explainer.h"

#include <QDateTime>
#include <QString>

namespace mizan {

enum class ReportLanguage { English, Arabic };

/** @brief Who the report is about and who prepared it (printed in its header). */
struct ExplanationReportContext
{
    QString leadId;
    QString leadSet;
    QString preparedBy;
    QDateTime preparedAt; ///< UTC
    double threshold = 0.5;
};

/**
 * @brief A one-lead explanation report as self-contained HTML, in English or Arabic (then
 * dir="rtl"), for the person concerned and the file: the score and the decision against the
 * threshold, the main factors in plain words, the full contribution table (log-odds, and the
 * probability view labelled as order-dependent), LIME and its agreement with SHAP when computed,
 * the changes that would have changed the decision (counterfactuals), and the receipt that makes
 * the explanation reproducible. Built in core so that the app and the CLI print the same words;
 * turning it into PDF happens outside core (QTextDocument + QPdfWriter).
 *
 * The fixed wording is in this file in both languages (the report's language is chosen per
 * report, not by the application's translator); feature names and values appear as stored.
 */
QString explanationReportHtml(const LeadExplanation &explanation,
                              const FeatureSpace &space,
                              ReportLanguage language,
                              const ExplanationReportContext &context);

} // namespace mizan
