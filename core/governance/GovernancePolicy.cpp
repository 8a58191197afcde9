#include "governance/GovernancePolicy.h"

#include "common/JsonFields.h"

#include <QCoreApplication>

namespace mizan {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mizan::GovernancePolicy)
};

struct Field
{
    const char *key;
    double GovernancePolicy::*member;
    double min;
    double max;
};
constexpr Field kFields[] = {
    {"min_roc_auc", &GovernancePolicy::minRocAuc, 0.5, 1.0},
    {"min_dp_ratio", &GovernancePolicy::minDpRatio, 0.0, 1.0},
    {"max_auc_drop", &GovernancePolicy::maxAucDrop, 0.0, 0.5},
    {"max_psi", &GovernancePolicy::maxPsi, 0.0, 10.0},
    {"warn_psi", &GovernancePolicy::warnPsi, 0.0, 10.0},
    {"max_missing_rate", &GovernancePolicy::maxMissingRate, 0.0, 1.0},
    {"leakage_auc", &GovernancePolicy::leakageAuc, 0.5, 1.0},
    {"min_positive_rate", &GovernancePolicy::minPositiveRate, 0.0, 0.5},
    {"min_top_overlap", &GovernancePolicy::minTopOverlap, 0.0, 1.0},
    {"max_outcome_auc_drop", &GovernancePolicy::maxOutcomeAucDrop, 0.0, 0.5},
};

struct IntField
{
    const char *key;
    int GovernancePolicy::*member;
    int min;
    int max;
};
constexpr IntField kIntFields[] = {
    {"medium_from", &GovernancePolicy::mediumFrom, 1, 100},
    {"high_from", &GovernancePolicy::highFrom, 1, 100},
    {"revalidation_months", &GovernancePolicy::revalidationMonths, 1, 12},
};
} // namespace

QJsonObject GovernancePolicy::toJson() const
{
    QJsonObject o{{QStringLiteral("format"), QString::fromLatin1(kFormat)}};
    for (const Field &f : kFields)
        o.insert(QLatin1String(f.key), this->*f.member);
    for (const IntField &f : kIntFields)
        o.insert(QLatin1String(f.key), this->*f.member);
    return o;
}

Result<GovernancePolicy> GovernancePolicy::fromJson(const QJsonObject &object, const QString &source)
{
    const JsonFields root(object, source);
    QStringList keys{QStringLiteral("format")};
    for (const Field &f : kFields)
        keys.append(QLatin1String(f.key));
    for (const IntField &f : kIntFields)
        keys.append(QLatin1String(f.key));
    MIZAN_CHECK(root.checkKeys(keys));
    MIZAN_TRY(format, root.string(QStringLiteral("format")));
    if (format != QLatin1String(kFormat))
        return fail(root.error(QStringLiteral("format"),
                               Tr::tr("must be \"%1\"").arg(QLatin1String(kFormat))));
    GovernancePolicy p;
    for (const Field &f : kFields) {
        const QString key = QLatin1String(f.key);
        MIZAN_TRY(value, root.number(key, p.*f.member));
        if (!(value >= f.min && value <= f.max))
            return fail(root.error(key, Tr::tr("must be between %1 and %2").arg(f.min).arg(f.max)));
        p.*f.member = value;
    }
    for (const IntField &f : kIntFields) {
        const QString key = QLatin1String(f.key);
        MIZAN_TRY(value, root.integer(key, f.min, f.max, p.*f.member));
        p.*f.member = int(value);
    }
    MIZAN_CHECK(p.validate());
    return p;
}

Result<> GovernancePolicy::validate() const
{
    for (const Field &f : kFields) {
        const double v = this->*f.member;
        if (!(v >= f.min && v <= f.max))
            return fail(withField(makeError(ErrorCode::InvalidInput,
                                            Tr::tr("The policy's %1 must be between %2 and %3.")
                                                .arg(QLatin1String(f.key))
                                                .arg(f.min)
                                                .arg(f.max)),
                                  QLatin1String(f.key)));
    }
    for (const IntField &f : kIntFields) {
        const int v = this->*f.member;
        if (v < f.min || v > f.max)
            return fail(withField(makeError(ErrorCode::InvalidInput,
                                            Tr::tr("The policy's %1 must be between %2 and %3.")
                                                .arg(QLatin1String(f.key))
                                                .arg(f.min)
                                                .arg(f.max)),
                                  QLatin1String(f.key)));
    }
    if (highFrom < mediumFrom)
        return fail(
            withField(makeError(ErrorCode::InvalidInput,
                                Tr::tr("The policy's high_from must not be below medium_from.")),
                      QStringLiteral("high_from")));
    if (warnPsi > maxPsi)
        return fail(withField(makeError(ErrorCode::InvalidInput,
                                        Tr::tr("The policy's warn_psi must not be above max_psi.")),
                              QStringLiteral("warn_psi")));
    return {};
}

} // namespace mizan
