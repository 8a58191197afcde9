#pragma once

#include "explain/ExplanationReport.h"
#include "workspace/SubjectAccess.h"

#include <QString>

namespace mizan {

/**
 * @brief The letter that answers a subject access request, as self-contained HTML in English or
 * Arabic (dir="rtl"): what is held and why (purpose, legal basis), the automated assessment
 * explained in plain words (the main factors and what change would have changed it, from
 * explanationReportHtml), the human decisions and appeals, and the person's rights (human
 * review, appeal, correction, erasure, objection). Fixed wording in both languages here, like
 * the explanation report; PDF is made outside core (QTextDocument + QPdfWriter).
 */
QString subjectLetterHtml(const SubjectAccessExport &access, ReportLanguage language);

} // namespace mizan
