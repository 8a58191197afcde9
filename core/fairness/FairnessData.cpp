#include "fairness/FairnessData.h"

#include "data/Dataset.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace mizan {

namespace {
/// Translation context of this file (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mizan::FairnessData)
};
} // namespace

PredictionView FairnessData::view() const
{
    PredictionView view;
    view.probabilities = probabilities;
    view.labels = labels;
    view.attributes.reserve(groupings.size());
    for (const SensitiveGrouping &grouping : groupings)
        view.attributes.push_back(grouping.view());
    return view;
}

namespace {

/** The spec's privileged group of a single attribute named `name` (empty when none). */
QString specPrivileged(const Dataset &data, const QString &name)
{
    for (const SensitiveSpec &s : data.spec.sensitive) {
        if ((s.name.isEmpty() ? s.column : s.name) == name)
            return s.privileged;
    }
    return {};
}

/** AIF360's reference group of attribute `name`: chosen, else the spec's (parts for A|B). */
QString privilegedOf(const Dataset &data, const QString &name, const QHash<QString, QString> &chosen)
{
    if (chosen.contains(name))
        return chosen.value(name);
    const QStringList parts = name.split(QLatin1Char('|'));
    if (parts.size() != 2)
        return specPrivileged(data, name);
    const QString first = chosen.value(parts[0], specPrivileged(data, parts[0]));
    const QString second = chosen.value(parts[1], specPrivileged(data, parts[1]));
    return first.isEmpty() || second.isEmpty() ? QString() : first + QLatin1Char('|') + second;
}

} // namespace

Result<FairnessData> FairnessData::build(const Dataset &data,
                                         std::vector<double> probabilities,
                                         const QStringList &attributes,
                                         const QHash<QString, QString> &privileged)
{
    const QString source = data.source.isEmpty() ? data.spec.name : data.source;
    if (!data.hasLabels())
        return fail(ErrorCode::InvalidInput,
                    Tr::tr("%1 has no outcome column ('target' in its spec), so there is nothing "
                           "to compare the predictions with; fairness needs labelled leads.")
                        .arg(source));
    if (static_cast<qint64>(probabilities.size()) != data.rowCount()
        || static_cast<qint64>(data.labels.size()) != data.rowCount())
        return fail(ErrorCode::InvalidInput,
                    Tr::tr("%1 has %2 rows but %3 predictions.")
                        .arg(source)
                        .arg(data.rowCount())
                        .arg(probabilities.size()));
    QStringList names;
    for (const QString &name : attributes)
        names.append(name.trimmed());
    if (names.isEmpty()) {
        for (const SensitiveSpec &s : data.spec.sensitive)
            names.append(s.name.isEmpty() ? s.column : s.name);
    }
    if (names.isEmpty())
        return fail(ErrorCode::InvalidInput,
                    Tr::tr("The spec of %1 names no sensitive attribute ('sensitive'); say which "
                           "groups to compare there.")
                        .arg(source));
    QStringList chosen = privileged.keys();
    chosen.sort(); // the first unused one is named, the same in every run
    for (const QString &key : std::as_const(chosen)) {
        const bool used = std::any_of(names.begin(), names.end(), [&](const QString &name) {
            return name == key || name.split(QLatin1Char('|')).contains(key);
        });
        if (!used)
            return fail(withField(makeError(ErrorCode::InvalidInput,
                                            Tr::tr("A privileged group is given for '%1', which "
                                                   "is not among the attributes reported (%2).")
                                                .arg(key, names.join(QStringLiteral(", ")))),
                                  key));
    }
    FairnessData out;
    for (const QString &name : names) {
        MIZAN_TRY(grouping, groupByName(data, name));
        grouping.privileged = privilegedOf(data, name, privileged);
        // A chosen group must exist; the spec's may simply be absent from this lead set (the
        // report then says so and leaves AIF360's forms out).
        const bool explicitChoice
            = privileged.contains(name)
              || std::any_of(privileged.keyBegin(), privileged.keyEnd(), [&](const QString &key) {
                     return name.split(QLatin1Char('|')).contains(key);
                 });
        if (explicitChoice && !grouping.privileged.isEmpty()
            && !grouping.groups.contains(grouping.privileged))
            return fail(withField(makeError(ErrorCode::InvalidInput,
                                            Tr::tr("'%1' is not a group of '%2' (its groups: %3).")
                                                .arg(grouping.privileged,
                                                     name,
                                                     grouping.groups.join(QStringLiteral(", ")))),
                                  name));
        out.groupings.push_back(std::move(grouping));
    }
    out.probabilities = std::move(probabilities);
    out.labels = data.labels;
    return out;
}

Result<QHash<QString, QString>> parsePrivileged(const QString &text)
{
    QHash<QString, QString> out;
    for (const QString &item : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const qsizetype equals = item.indexOf(QLatin1Char('='));
        const QString attribute = item.left(equals).trimmed();
        const QString group = item.mid(equals + 1).trimmed();
        if (equals < 0 || attribute.isEmpty() || group.isEmpty() || out.contains(attribute))
            return fail(withField(makeError(ErrorCode::Usage,
                                            Tr::tr("'%1' is not ATTRIBUTE=GROUP (once per "
                                                   "attribute), as in sex=Male,race=White.")
                                                .arg(item)),
                                  QStringLiteral("privileged")));
        out.insert(attribute, group);
    }
    return out;
}

Result<QStringList> fairnessAttributes(const QStringList &names, bool intersect)
{
    QStringList out;
    for (const QString &name : names) {
        const QString trimmed = name.trimmed();
        if (trimmed.isEmpty())
            return fail(withField(makeError(ErrorCode::Usage,
                                            Tr::tr("--sensitive has an empty attribute name.")),
                                  QStringLiteral("sensitive")));
        if (!out.contains(trimmed))
            out.append(trimmed);
    }
    if (intersect) {
        if (out.size() != 2)
            return fail(withField(makeError(ErrorCode::Usage,
                                            Tr::tr("--intersect needs exactly two attributes in "
                                                   "--sensitive (A,B), not %1.")
                                                .arg(out.size())),
                                  QStringLiteral("intersect")));
        out.append(out[0] + QLatin1Char('|') + out[1]);
    }
    return out;
}

std::vector<BiasAlert> FairnessResult::failedAlerts() const
{
    std::vector<BiasAlert> failed;
    for (const BiasAlert &alert : alerts) {
        if (!alert.passed())
            failed.push_back(alert);
    }
    return failed;
}

QJsonObject FairnessResult::toJson() const
{
    QJsonObject json = report.toJson();
    json.insert(QStringLiteral("format"), QStringLiteral("mizan.fairness-report/1"));
    json.insert(QStringLiteral("model"),
                QJsonObject{{QStringLiteral("name"), modelName},
                            {QStringLiteral("sha256"), QString::fromLatin1(modelSha256)}});
    json.insert(QStringLiteral("data"),
                QJsonObject{{QStringLiteral("name"), dataName},
                            {QStringLiteral("sha256"), QString::fromLatin1(dataSha256)}});
    json.insert(QStringLiteral("policy"), policy.toJson());
    QJsonArray list;
    for (const BiasAlert &alert : alerts)
        list.append(alert.toJson());
    json.insert(QStringLiteral("alerts"), list);
    if (!sweeps.empty()) {
        QJsonArray sweepList;
        for (const ThresholdSweep &sweep : sweeps)
            sweepList.append(sweep.toJson());
        json.insert(QStringLiteral("sweeps"), sweepList);
    }
    return json;
}

QJsonObject StoredBiasAlert::toJson() const
{
    QJsonObject json = alert.toJson();
    json.insert(QStringLiteral("id"), id);
    json.insert(QStringLiteral("model"), modelId);
    json.insert(QStringLiteral("lead_set"), leadSetId);
    json.insert(QStringLiteral("created_ms"), createdMs);
    json.insert(QStringLiteral("created_by"), createdBy);
    json.insert(QStringLiteral("threshold"), threshold);
    return json;
}

Result<FairnessResult> FairnessResult::compute(std::shared_ptr<const FairnessData> data,
                                               const FairnessOptions &options,
                                               const BiasPolicy &policy,
                                               bool sweeps,
                                               const JobControl &job)
{
    if (!data)
        return fail(ErrorCode::Internal, Tr::tr("A fairness report was asked for without data."));
    MIZAN_TRY(ranked, RankedPredictions::prepare(data->view(), job));
    FairnessResult result;
    MIZAN_TRY(report, FairnessReport::compute(ranked, options, job));
    result.report = std::move(report);
    if (sweeps) {
        for (int a = 0; a < ranked.attributeCount(); ++a) {
            MIZAN_TRY(sweep, sweepThresholds(ranked, a));
            result.sweeps.push_back(std::move(sweep));
        }
    }
    result.policy = policy;
    result.alerts = policy.evaluate(result.report);
    result.data = std::move(data);
    return result;
}

} // namespace mizan
