#include "governance/ModelCard.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

#include <cmath>

namespace mizan {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mizan::ModelCard)
};

QString when(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate)
                  : QStringLiteral("-");
}

QString figure(const QJsonValue &v)
{
    return v.isDouble() ? QString::number(v.toDouble(), 'f', 4) : QStringLiteral("-");
}

/** Markdown table cells must not break the table. */
QString cell(QString text)
{
    return text.replace(QLatin1Char('|'), QStringLiteral("\\|"))
        .replace(QLatin1Char('\n'), QLatin1Char(' '));
}
} // namespace

QString modelCardMarkdown(const ModelCardInputs &in)
{
    const ModelBundle &b = in.bundle;
    const ModelRecord &r = in.record;
    QString md;
    md += Tr::tr("# Model card: %1 (model %2)\n\n").arg(b.name).arg(in.modelId);
    md += Tr::tr("State: **%1**. Generated %2 by %3 from workspace %4.\n\n")
              .arg(modelStateDisplayName(r.state),
                   when(in.generatedMs),
                   in.generatedBy,
                   in.workspaceId);

    md += Tr::tr("## Intended use\n\n");
    md += Tr::tr("Ranks business leads of the economic-zone authority by their probability of "
                 "converting (%1), to decide which leads staff contact first. It supports a "
                 "person's decision and does not replace it: every score can be explained, and an "
                 "analyst may record a different decision with a reason. Not for decisions about "
                 "individuals outside this purpose.\n\n")
              .arg(b.spec.target ? b.spec.target->column : Tr::tr("the outcome"));
    if (!r.justification.isEmpty())
        md += Tr::tr("Justification at submission (%1): %2\n\n").arg(r.submittedBy, r.justification);

    md += Tr::tr("## Lineage\n\n");
    md += QStringLiteral("| %1 | %2 |\n|---|---|\n").arg(Tr::tr("Item"), Tr::tr("Value"));
    md += QStringLiteral("| %1 | `%2` |\n")
              .arg(Tr::tr("Model SHA-256"), QString::fromLatin1(b.modelSha256));
    md += QStringLiteral("| %1 | `%2` |\n")
              .arg(Tr::tr("Bundle SHA-256"), QString::fromLatin1(r.bundleSha256));
    md += QStringLiteral("| %1 | %2 |\n")
              .arg(Tr::tr("Origin"),
                   b.origin == QLatin1String("imported") ? Tr::tr("imported")
                                                         : Tr::tr("trained here"));
    md += QStringLiteral("| %1 | %2 |\n")
              .arg(Tr::tr("Created"), cell(b.created.toString(Qt::ISODate)));
    md += QStringLiteral("| %1 | %2 |\n")
              .arg(Tr::tr("Author"), cell(b.createdBy.isEmpty() ? r.registeredBy : b.createdBy));
    md += QStringLiteral("| %1 | %2 (%3) |\n")
              .arg(Tr::tr("Registered by"), cell(r.registeredBy), when(r.registeredMs));
    md += QStringLiteral("| %1 | %2 |\n")
              .arg(Tr::tr("Training data"),
                   b.trainingDataSha256.isEmpty()
                       ? Tr::tr("not known (imported)")
                       : QStringLiteral("%1 `%2`").arg(cell(b.trainingDataName),
                                                       QString::fromLatin1(b.trainingDataSha256)));
    md += QStringLiteral("| %1 | %2 |\n").arg(Tr::tr("XGBoost"), cell(b.xgboostVersion));
    if (b.params)
        md += QStringLiteral("| %1 | `%2` |\n")
                  .arg(Tr::tr("Parameters"),
                       cell(QString::fromUtf8(
                           QJsonDocument(b.params->toJson()).toJson(QJsonDocument::Compact))));
    md += QLatin1Char('\n');

    md += Tr::tr("## Data\n\n");
    md += Tr::tr("Dataset spec %1 with %n feature(s): ", nullptr, int(b.spec.features.size()))
              .arg(b.spec.name);
    QStringList names;
    for (const FeatureSpec &f : b.spec.features)
        names.append(f.column);
    md += names.join(QStringLiteral(", ")) + QStringLiteral(".\n\n");
    if (!b.spec.sensitive.empty()) {
        QStringList sensitive;
        for (const SensitiveSpec &s : b.spec.sensitive)
            sensitive.append(s.name);
        md += Tr::tr("Sensitive attributes (used only to measure fairness): %1.\n\n")
                  .arg(sensitive.join(QStringLiteral(", ")));
    }

    md += Tr::tr("## Metrics\n\n");
    md += QStringLiteral("| %1 | ROC AUC | PR AUC | %2 | Brier | %3 |\n|---|---|---|---|---|---|\n")
              .arg(Tr::tr("Split"), Tr::tr("Log loss"), Tr::tr("Rows"));
    for (const char *split : {"train", "test"}) {
        const QJsonObject m = b.metrics.value(QLatin1String(split)).toObject();
        if (m.isEmpty())
            continue;
        md += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 |\n")
                  .arg(QLatin1String(split),
                       figure(m.value(QStringLiteral("roc_auc"))),
                       figure(m.value(QStringLiteral("pr_auc"))),
                       figure(m.value(QStringLiteral("log_loss"))),
                       figure(m.value(QStringLiteral("brier"))))
                  .arg(m.value(QStringLiteral("count")).toInteger());
    }
    if (b.metrics.isEmpty())
        md += Tr::tr("| - | - | - | - | - | no metrics in the bundle |\n");
    md += QLatin1Char('\n');

    md += Tr::tr("## Fairness\n\n");
    if (in.fairness.empty()) {
        md += Tr::tr("No fairness report has been made for this version.\n\n");
    } else {
        md += QStringLiteral("| %1 | %2 | %3 | %4 |\n|---|---|---|---|\n")
                  .arg(Tr::tr("Attribute"), Tr::tr("Metric"), Tr::tr("Value"), Tr::tr("Verdict"));
        for (const StoredBiasAlert &a : in.fairness)
            md += QStringLiteral("| %1 | %2 | %3 | %4 |\n")
                      .arg(cell(a.alert.attribute),
                           a.alert.metric,
                           std::isfinite(a.alert.value) ? QString::number(a.alert.value, 'f', 4)
                                                        : QStringLiteral("-"),
                           alertStatusKey(a.alert.status));
        md += Tr::tr("\nFrom the report of %1 by %2 on lead set %3 at threshold %4.\n\n")
                  .arg(when(in.fairness.front().createdMs), in.fairness.front().createdBy)
                  .arg(in.fairness.front().leadSetId)
                  .arg(in.fairness.front().threshold);
    }

    md += Tr::tr("## Explainability\n\n");
    md += Tr::tr("Every score is explained exactly with TreeSHAP (contributions that add up to the "
                 "score's log-odds), with LIME as a cross-check and counterfactuals on request.");
    if (!in.topFeatures.isEmpty())
        md += QLatin1Char(' ')
              + Tr::tr("The most influential features (mean |SHAP|): %1.")
                    .arg(in.topFeatures.join(QStringLiteral(", ")));
    md += QStringLiteral("\n\n");

    md += Tr::tr("## Risk assessment\n\n");
    md += in.assessment ? in.assessment->toMarkdown() + QLatin1Char('\n')
                        : Tr::tr("No risk assessment has been made.\n\n");

    md += Tr::tr("## Limitations\n\n");
    md += Tr::tr("- Trained on historical leads: it reflects past conversions and past outreach, "
                 "including their biases.\n"
                 "- Scores are valid only for leads described by the same spec; categories unseen "
                 "in training are treated as missing.\n"
                 "- Performance and fairness are monitored after deployment; the approval must be "
                 "renewed by its revalidation date.\n\n");

    md += Tr::tr("## Approvals and signatures\n\n");
    md += QStringLiteral("| # | %1 | %2 | %3 | %4 | %5 |\n|---|---|---|---|---|---|\n")
              .arg(Tr::tr("Decision"),
                   Tr::tr("By"),
                   Tr::tr("When"),
                   Tr::tr("Comment"),
                   Tr::tr("Ed25519 signature"));
    for (const ModelEvent &e : in.events)
        md += QStringLiteral("| %1 | %2 | %3 (%4) | %5 | %6 | `%7` |\n")
                  .arg(e.number)
                  .arg(modelActionId(e.action),
                       cell(e.actor),
                       e.role,
                       when(e.timeMs),
                       cell(e.comment),
                       QString::fromLatin1(e.signature.toHex()));
    if (r.revalidateByMs > 0)
        md += Tr::tr("\nApproved until %1 (revalidation date).\n").arg(when(r.revalidateByMs));
    return md;
}

} // namespace mizan
