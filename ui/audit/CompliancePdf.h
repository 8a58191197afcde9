#pragma once

#include "common/ExportMarking.h"
#include "common/Result.h"

#include <QString>

namespace mizan {

struct ComplianceReport;

/**
 * @brief The compliance report as a PDF (A4) for the Audit tab: the period, who made it and when,
 * the verification verdict and the signed checkpoint it rests on, actions by type, outcome and
 * user, and the listed sections. Right-to-left when the application is. Written atomically.
 */
Result<> writeCompliancePdf(const ComplianceReport &report,
                            const QString &path,
                            const ExportMarking &marking);

/** @brief The same document as HTML (what the PDF renders; tests read it). */
QString complianceHtml(const ComplianceReport &report);

} // namespace mizan
