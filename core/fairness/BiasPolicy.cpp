#include "fairness/BiasPolicy.h"

#include "common/JsonFields.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

#include <cmath>
#include <limits>

namespace mizan {

namespace {
/// Translation context of this file (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mizan::Fairness)
};

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

bool holds(double value, PolicyOperator op, double limit)
{
    switch (op) {
    case PolicyOperator::AtLeast:
        return value >= limit;
    case PolicyOperator::AtMost:
        return value <= limit;
    case PolicyOperator::Above:
        return value > limit;
    case PolicyOperator::Below:
        return value < limit;
    }
    return false;
}

QString shown(double v)
{
    return QLocale().toString(v, 'g', 4);
}

QString alertText(const BiasAlert &a)
{
    const QString rule = operatorSymbol(a.op) + QLatin1Char(' ') + shown(a.limit);
    QString text;
    switch (a.status) {
    case AlertStatus::Pass:
        text = Tr::tr("%1: %2 is %3, within the limit %4.")
                   .arg(a.attribute, a.metric, shown(a.value), rule);
        break;
    case AlertStatus::Fail:
        text = Tr::tr("%1: %2 is %3, outside the limit %4.")
                   .arg(a.attribute, a.metric, shown(a.value), rule);
        break;
    case AlertStatus::Undefined:
        text = Tr::tr("%1: %2 is undefined here, so the limit %3 cannot be checked.")
                   .arg(a.attribute, a.metric, rule);
        break;
    }
    if (a.interval && a.interval->isDefined()) {
        const bool lowerHolds = holds(a.interval->lower, a.op, a.limit);
        const bool upperHolds = holds(a.interval->upper, a.op, a.limit);
        text += QLatin1Char(' ')
                + (lowerHolds == upperHolds
                       ? Tr::tr("The bootstrap interval [%1, %2] agrees.")
                       : Tr::tr("The bootstrap interval [%1, %2] straddles the limit: the "
                                "outcome is uncertain."))
                      .arg(shown(a.interval->lower), shown(a.interval->upper));
    }
    if (!a.smallGroups.isEmpty()) {
        text += QLatin1Char(' ')
                + Tr::tr("Small groups (%1) make this less certain.")
                      .arg(a.smallGroups.join(QStringLiteral(", ")));
    }
    return text;
}

BiasAlert evaluateRule(const PolicyRule &rule,
                       const DisparityName &metric,
                       const QString &attribute,
                       const AttributeReport *report)
{
    BiasAlert a;
    a.attribute = attribute;
    a.metric = rule.metric;
    a.op = rule.op;
    a.limit = rule.limit;
    a.value = kNaN;
    if (report) {
        a.smallGroups = report->smallGroups();
        if (!metric.aif360) {
            a.value = report->disparities.values[size_t(metric.index)];
            if (report->intervals)
                a.interval = report->intervals->disparities[size_t(metric.index)];
        } else if (report->disparities.aif360) {
            a.value = report->disparities.aif360->values[size_t(metric.index)];
            if (report->intervals)
                a.interval = report->intervals->aif360[size_t(metric.index)];
        }
    }
    if (std::isnan(a.value))
        a.status = AlertStatus::Undefined;
    else
        a.status = holds(a.value, a.op, a.limit) ? AlertStatus::Pass : AlertStatus::Fail;
    a.text = alertText(a);
    return a;
}

} // namespace

QString operatorSymbol(PolicyOperator op)
{
    switch (op) {
    case PolicyOperator::AtLeast:
        return QStringLiteral(">=");
    case PolicyOperator::AtMost:
        return QStringLiteral("<=");
    case PolicyOperator::Above:
        return QStringLiteral(">");
    case PolicyOperator::Below:
        return QStringLiteral("<");
    }
    return {};
}

std::optional<PolicyOperator> operatorFromSymbol(const QString &symbol)
{
    for (PolicyOperator op : {PolicyOperator::AtLeast,
                              PolicyOperator::AtMost,
                              PolicyOperator::Above,
                              PolicyOperator::Below}) {
        if (operatorSymbol(op) == symbol)
            return op;
    }
    return std::nullopt;
}

QString alertStatusKey(AlertStatus status)
{
    switch (status) {
    case AlertStatus::Pass:
        return QStringLiteral("pass");
    case AlertStatus::Fail:
        return QStringLiteral("fail");
    case AlertStatus::Undefined:
        return QStringLiteral("undefined");
    }
    return {};
}

BiasPolicy BiasPolicy::defaults()
{
    BiasPolicy p;
    p.name = QStringLiteral("default");
    p.rules = {
        PolicyRule{QStringLiteral("demographic_parity_ratio"), PolicyOperator::AtLeast, 0.8, {}},
        PolicyRule{QStringLiteral("equalized_odds_difference"), PolicyOperator::AtMost, 0.1, {}},
    };
    return p;
}

Result<BiasPolicy> BiasPolicy::fromJson(const QJsonObject &object, const QString &source)
{
    const JsonFields root(object, source);
    MIZAN_CHECK(root.checkKeys(
        {QStringLiteral("format"), QStringLiteral("name"), QStringLiteral("rules")}));
    MIZAN_TRY(format, root.string(QStringLiteral("format")));
    if (format != QLatin1String(kFormat)) {
        return fail(root.error(QStringLiteral("format"),
                               Tr::tr("must be \"%1\"").arg(QLatin1String(kFormat))));
    }
    BiasPolicy policy;
    MIZAN_TRY(name, root.string(QStringLiteral("name"), QString()));
    policy.name = name;
    MIZAN_TRY(rules, root.array(QStringLiteral("rules")));
    for (qsizetype i = 0; i < rules.size(); ++i) {
        MIZAN_TRY(r, root.objectAt(QStringLiteral("rules"), rules, i));
        MIZAN_CHECK(r.checkKeys({QStringLiteral("metric"),
                                 QStringLiteral("op"),
                                 QStringLiteral("limit"),
                                 QStringLiteral("attribute")}));
        PolicyRule rule;
        MIZAN_TRY(metric, r.string(QStringLiteral("metric")));
        if (!disparityFromName(metric)) {
            return fail(r.error(QStringLiteral("metric"),
                                Tr::tr("\"%1\" is not a fairness metric (known: %2)")
                                    .arg(metric, disparityNames().join(QStringLiteral(", ")))));
        }
        MIZAN_TRY(op, r.string(QStringLiteral("op")));
        const std::optional<PolicyOperator> parsed = operatorFromSymbol(op);
        if (!parsed) {
            return fail(
                r.error(QStringLiteral("op"), Tr::tr("\"%1\" is not one of >=, <=, >, <").arg(op)));
        }
        MIZAN_TRY(limit, r.number(QStringLiteral("limit")));
        if (!std::isfinite(limit))
            return fail(r.error(QStringLiteral("limit"), Tr::tr("must be a finite number")));
        MIZAN_TRY(attribute, r.string(QStringLiteral("attribute"), QString()));
        rule.metric = metric;
        rule.op = *parsed;
        rule.limit = limit;
        rule.attribute = attribute;
        policy.rules.push_back(rule);
    }
    return policy;
}

QJsonObject BiasPolicy::toJson() const
{
    QJsonArray array;
    for (const PolicyRule &r : rules) {
        QJsonObject o{{QStringLiteral("metric"), r.metric},
                      {QStringLiteral("op"), operatorSymbol(r.op)},
                      {QStringLiteral("limit"), r.limit}};
        if (!r.attribute.isEmpty())
            o.insert(QStringLiteral("attribute"), r.attribute);
        array.append(o);
    }
    return QJsonObject{{QStringLiteral("format"), QLatin1String(kFormat)},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("rules"), array}};
}

std::vector<BiasAlert> BiasPolicy::evaluate(const FairnessReport &report) const
{
    std::vector<BiasAlert> alerts;
    for (const PolicyRule &rule : rules) {
        const std::optional<DisparityName> metric = disparityFromName(rule.metric);
        if (!metric)
            continue; // fromJson() admits no such rule; a hand-built one is skipped
        if (!rule.attribute.isEmpty()) {
            alerts.push_back(
                evaluateRule(rule, *metric, rule.attribute, report.attribute(rule.attribute)));
            continue;
        }
        for (const AttributeReport &a : report.attributes)
            alerts.push_back(evaluateRule(rule, *metric, a.name(), &a));
    }
    return alerts;
}

QJsonObject BiasAlert::toJson() const
{
    QJsonObject o{
        {QStringLiteral("attribute"), attribute},
        {QStringLiteral("metric"), metric},
        {QStringLiteral("op"), operatorSymbol(op)},
        {QStringLiteral("limit"), limit},
        {QStringLiteral("value"), std::isfinite(value) ? QJsonValue(value) : QJsonValue()},
        {QStringLiteral("status"), alertStatusKey(status)},
        {QStringLiteral("passed"), passed()},
        {QStringLiteral("small_groups"), QJsonArray::fromStringList(smallGroups)},
        {QStringLiteral("text"), text},
    };
    if (interval)
        o.insert(QStringLiteral("interval"), interval->toJson());
    return o;
}

Result<BiasAlert> BiasAlert::fromJson(const QJsonObject &object, const QString &source)
{
    const JsonFields f(object, source);
    MIZAN_CHECK(f.checkKeys({QStringLiteral("attribute"),
                             QStringLiteral("metric"),
                             QStringLiteral("op"),
                             QStringLiteral("limit"),
                             QStringLiteral("value"),
                             QStringLiteral("status"),
                             QStringLiteral("passed"),
                             QStringLiteral("small_groups"),
                             QStringLiteral("text"),
                             QStringLiteral("interval")}));
    BiasAlert a;
    MIZAN_TRY(attribute, f.string(QStringLiteral("attribute")));
    MIZAN_TRY(metric, f.string(QStringLiteral("metric")));
    MIZAN_TRY(op, f.string(QStringLiteral("op")));
    MIZAN_TRY(limit, f.number(QStringLiteral("limit")));
    MIZAN_TRY(status, f.string(QStringLiteral("status")));
    MIZAN_TRY(small, f.stringList(QStringLiteral("small_groups"), QStringList()));
    MIZAN_TRY(text, f.string(QStringLiteral("text"), QString()));
    const std::optional<PolicyOperator> parsedOp = operatorFromSymbol(op);
    if (!parsedOp)
        return fail(
            f.error(QStringLiteral("op"), Tr::tr("\"%1\" is not one of >=, <=, >, <").arg(op)));
    a.attribute = attribute;
    a.metric = metric;
    a.op = *parsedOp;
    a.limit = limit;
    a.smallGroups = small;
    a.text = text;
    const QJsonValue value = object.value(QStringLiteral("value"));
    a.value = value.isDouble() ? value.toDouble() : kNaN;
    bool known = false;
    for (AlertStatus s : {AlertStatus::Pass, AlertStatus::Fail, AlertStatus::Undefined}) {
        if (alertStatusKey(s) == status) {
            a.status = s;
            known = true;
        }
    }
    if (!known) {
        return fail(f.error(QStringLiteral("status"),
                            Tr::tr("must be \"pass\", \"fail\" or \"undefined\"")));
    }
    if (f.has(QStringLiteral("interval"))) {
        MIZAN_TRY(i, f.object(QStringLiteral("interval")));
        Interval interval;
        const QJsonValue lower = i.json().value(QStringLiteral("lower"));
        const QJsonValue upper = i.json().value(QStringLiteral("upper"));
        interval.lower = lower.isDouble() ? lower.toDouble() : kNaN;
        interval.upper = upper.isDouble() ? upper.toDouble() : kNaN;
        interval.undefined = i.json().value(QStringLiteral("undefined_resamples")).toInt();
        a.interval = interval;
    }
    return a;
}

bool BiasAlert::operator==(const BiasAlert &o) const
{
    const auto same = [](double x, double y) { return x == y || (std::isnan(x) && std::isnan(y)); };
    const bool sameInterval = interval.has_value() == o.interval.has_value()
                              && (!interval
                                  || (same(interval->lower, o.interval->lower)
                                      && same(interval->upper, o.interval->upper)
                                      && interval->undefined == o.interval->undefined));
    return attribute == o.attribute && metric == o.metric && op == o.op && limit == o.limit
           && same(value, o.value) && status == o.status && sameInterval
           && smallGroups == o.smallGroups && text == o.text;
}

} // namespace mizan
