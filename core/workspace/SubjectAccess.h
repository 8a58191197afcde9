#pragma once

#include "explain/Explainer.h"
#include "workspace/PrivacyTypes.h"

#include <QJsonObject>

#include <memory>
#include <optional>

namespace mizan {

/**
 * @brief Everything held about one data subject (Workspace::subjectAccess): the JSON export,
 * and what the explanation letter is written from.
 */
struct SubjectAccessExport
{
    static constexpr const char *kFormat = "mizan.subject-access/1";

    QString ref;
    QJsonObject json; ///< data, predictions, explanation with receipt, decisions, appeals, audit
    QString name;     ///< the subject's name, if a PII column of kind "name" holds it
    QString leadSet;  ///< the lead set of the latest assessment
    QString purpose;
    QString legalBasis;
    QString preparedBy;
    qint64 preparedMs = 0;
    double threshold = 0.5;
    /** @brief The latest automated assessment explained (none: never scored). */
    std::optional<LeadExplanation> explanation;
    std::shared_ptr<const Explainer> explainer; ///< its feature space names the factors
    std::vector<HumanDecision> decisions;
    std::vector<Appeal> appeals;
};

} // namespace mizan
