#pragma once

#include "common/ExportMarking.h"
#include "common/Result.h"
#include "explain/ExplanationReport.h"

#include <QString>

#include <memory>

class QTextDocument;

namespace mizan {

/**
 * @brief Writes a one-lead explanation report (the HTML core's explanationReportHtml makes) as
 * an A4 PDF, right-to-left for Arabic, atomically: the file appears whole or not at all.
 */
/** @brief The document the PDF prints: the report's HTML, right-to-left for Arabic (previews). */
std::unique_ptr<QTextDocument> explanationDocument(const QString &html, ReportLanguage language);

Result<> writeExplanationPdf(const QString &html,
                             ReportLanguage language,
                             const QString &path,
                             const ExportMarking &marking);

} // namespace mizan
