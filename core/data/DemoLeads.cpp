#include "data/DemoLeads.h"

#include "data/Split.h"

#include <QString>

#include <array>
#include <cmath>

namespace mizan {

namespace {

/** A SplitMix64 stream: reproducible everywhere, no standard-library distributions. */
class Random
{
public:
    explicit Random(quint64 seed)
        : m_state(seed)
    {}

    quint64 next() { return splitMix64(m_state++ * 0x9E3779B97F4A7C15ULL); }
    /** Uniform in [0, 1), 53 random bits. */
    double uniform() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    int below(int n) { return static_cast<int>(uniform() * n); }
    /** Index drawn with the given (unnormalised) weights. */
    template<size_t N>
    int pick(const std::array<double, N> &weights)
    {
        double total = 0;
        for (double w : weights)
            total += w;
        double u = uniform() * total;
        for (size_t i = 0; i < N; ++i) {
            if (u < weights[i])
                return static_cast<int>(i);
            u -= weights[i];
        }
        return static_cast<int>(N - 1);
    }
    /** Poisson(mean) by inversion; fine for the small means used here. */
    int poisson(double mean)
    {
        const double limit = std::exp(-mean);
        double product = uniform();
        int k = 0;
        while (product > limit && k < 200) {
            product *= uniform();
            ++k;
        }
        return k;
    }

private:
    quint64 m_state;
};

struct Choice
{
    const char *name;
    double weight;
    double effect; ///< log-odds of conversion
};

// clang-format off
constexpr std::array<Choice, 10> kActivities{{
    {"general trading", 18, 0.0}, {"management consultancy", 12, 0.25}, {"e-commerce", 14, 0.35},
    {"logistics and freight", 9, 0.15}, {"media and marketing", 8, -0.10},
    {"software and IT services", 13, 0.50}, {"food and beverage trading", 8, -0.25},
    {"healthcare services", 6, 0.20}, {"light manufacturing", 5, 0.30}, {"education and training", 7, -0.05}}};
constexpr std::array<Choice, 4> kLicences{{
    {"commercial", 45, 0.10}, {"professional", 30, 0.0}, {"industrial", 10, 0.40}, {"e-commerce", 15, 0.15}}};
constexpr std::array<Choice, 5> kSizes{{
    {"1", 25, -0.45}, {"2-5", 35, 0.0}, {"6-20", 22, 0.30}, {"21-50", 11, 0.50}, {"51+", 7, 0.60}}};
constexpr std::array<Choice, 6> kSources{{
    {"website", 34, 0.0}, {"referral", 14, 0.60}, {"event", 12, 0.45}, {"social media", 20, -0.20},
    {"partner agent", 12, 0.35}, {"walk-in", 8, 0.20}}};
constexpr std::array<Choice, 7> kRegions{{
    {"GCC", 22, 0.0}, {"MENA", 20, 0.0}, {"South Asia", 20, -0.60}, {"Europe", 14, 0.0},
    {"East Asia", 10, 0.0}, {"Africa", 8, -0.90}, {"Americas", 6, 0.0}}};
constexpr std::array<Choice, 5> kAgeBands{{
    {"18-24", 8, 0.0}, {"25-34", 34, 0.0}, {"35-44", 31, 0.0}, {"45-54", 18, 0.0}, {"55+", 9, 0.0}}};
constexpr std::array<Choice, 2> kGenders{{{"female", 38, 0.0}, {"male", 62, 0.0}}};

// Given names by region group (index into kRegions), and family names.
constexpr std::array<const char *, 12> kArabicGiven{{"Ahmed", "Fatima", "Omar", "Mariam", "Khalid", "Aisha", "Yousef", "Noura", "Hamad", "Layla", "Saeed", "Hessa"}};
constexpr std::array<const char *, 10> kArabicFamily{{"Al Mansoori", "Al Nuaimi", "Haddad", "Al Suwaidi", "Khoury", "Al Hashimi", "Nasser", "Al Marri", "Saleh", "Farouk"}};
constexpr std::array<const char *, 10> kSouthAsianGiven{{"Arjun", "Priya", "Imran", "Ayesha", "Rahul", "Sana", "Vikram", "Nadia", "Farhan", "Meera"}};
constexpr std::array<const char *, 10> kSouthAsianFamily{{"Sharma", "Khan", "Patel", "Iyer", "Chowdhury", "Qureshi", "Menon", "Siddiqui", "Reddy", "Perera"}};
constexpr std::array<const char *, 10> kOtherGiven{{"James", "Anna", "Li", "Grace", "Kwame", "Sofia", "Daniel", "Amara", "Lucas", "Mei"}};
constexpr std::array<const char *, 10> kOtherFamily{{"Smith", "Müller", "Chen", "Okafor", "Rossi", "Tanaka", "Dubois", "Mensah", "García", "Novak"}};
constexpr std::array<const char *, 6> kMailDomains{{"gmail.com", "outlook.com", "yahoo.com", "hotmail.com", "icloud.com", "proton.me"}};
constexpr std::array<const char *, 6> kMobilePrefixes{{"50", "52", "54", "55", "56", "58"}};
// clang-format on

template<size_t N>
const Choice &draw(Random &random, const std::array<Choice, N> &choices)
{
    std::array<double, N> weights{};
    for (size_t i = 0; i < N; ++i)
        weights[i] = choices[i].weight;
    return choices[static_cast<size_t>(random.pick(weights))];
}

QByteArray emailLocalPart(const QString &given, const QString &family, int variant)
{
    QString local;
    // Decomposed, so that "Müller" gives "muller" and "García" "garcia".
    const QString plain
        = (given + u'.' + family).toLower().normalized(QString::NormalizationForm_KD);
    for (const QChar c : plain) {
        if ((c >= u'a' && c <= u'z') || c == u'.')
            local += c;
    }
    if (variant % 3 == 1)
        local += QString::number(variant % 97);
    return local.toUtf8();
}

} // namespace

double DemoLeads::regionEffect(const QString &region)
{
    for (const Choice &c : kRegions) {
        if (region == QLatin1String(c.name))
            return c.effect;
    }
    return 0.0;
}

QByteArray DemoLeads::csv(const Options &options)
{
    Random random(options.seed);
    QByteArray out = "lead_id,contact_name,email,phone,business_activity,licence_type,company_size,"
                     "lead_source,nationality_region,age_band,gender,website_visits,"
                     "time_on_site_min,emails_opened,events_attended,days_since_first_contact,"
                     "converted\n";
    out.reserve(options.rows * 200 + 256);
    for (int i = 0; i < options.rows; ++i) {
        const Choice &activity = draw(random, kActivities);
        const Choice &licence = draw(random, kLicences);
        const Choice &size = draw(random, kSizes);
        const Choice &source = draw(random, kSources);
        const Choice &region = draw(random, kRegions);
        const Choice &age = draw(random, kAgeBands);
        const Choice &gender = draw(random, kGenders);

        // Engagement: a latent interest drives visits, time, opens and events together.
        const double interest = random.uniform();
        const int visits = random.poisson(1.0 + 9.0 * interest);
        const double minutes
            = visits == 0
                  ? 0.0
                  : std::round((2.0 + 18.0 * interest * random.uniform() + 1.5 * visits) * 10.0)
                        / 10.0;
        const int opened = random.poisson(0.5 + 4.0 * interest);
        const int events = random.poisson(0.1 + 0.9 * interest * interest);
        const int days = 1 + random.below(180);

        const double logit = -2.9 + 0.10 * std::min(visits, 20) + 0.015 * std::min(minutes, 90.0)
                             + 0.16 * std::min(opened, 10) + 0.55 * std::min(events, 4)
                             - 0.010 * days + activity.effect + licence.effect + size.effect
                             + source.effect + region.effect;
        const bool converted = random.uniform() < 1.0 / (1.0 + std::exp(-logit));

        // Personal data: a name from the region's usual names, an e-mail, a UAE mobile number.
        const bool arabic = QLatin1String(region.name) == QLatin1String("GCC")
                            || QLatin1String(region.name) == QLatin1String("MENA");
        const bool southAsian = QLatin1String(region.name) == QLatin1String("South Asia");
        const QString given = QString::fromUtf8(
            arabic       ? kArabicGiven[size_t(random.below(int(kArabicGiven.size())))]
            : southAsian ? kSouthAsianGiven[size_t(random.below(int(kSouthAsianGiven.size())))]
                         : kOtherGiven[size_t(random.below(int(kOtherGiven.size())))]);
        const QString family = QString::fromUtf8(
            arabic       ? kArabicFamily[size_t(random.below(int(kArabicFamily.size())))]
            : southAsian ? kSouthAsianFamily[size_t(random.below(int(kSouthAsianFamily.size())))]
                         : kOtherFamily[size_t(random.below(int(kOtherFamily.size())))]);
        const QByteArray email = emailLocalPart(given, family, random.below(1000)) + '@'
                                 + kMailDomains[size_t(random.below(int(kMailDomains.size())))];
        QByteArray phone = "+971 " + QByteArray(kMobilePrefixes[size_t(random.below(6))]) + ' ';
        phone += QByteArray::number(100 + random.below(900)) + ' '
                 + QByteArray::number(1000 + random.below(9000));

        out += "FZ-" + QByteArray::number(100000 + i) + ',' + (given + u' ' + family).toUtf8() + ','
               + email + ',' + phone + ',' + activity.name + ',' + licence.name + ',' + size.name
               + ',' + source.name + ',' + region.name + ',' + age.name + ',' + gender.name + ','
               + QByteArray::number(visits) + ',' + QByteArray::number(minutes, 'f', 1) + ','
               + QByteArray::number(opened) + ',' + QByteArray::number(events) + ','
               + QByteArray::number(days) + ',' + (converted ? "yes" : "no") + '\n';
    }
    return out;
}

QByteArray DemoLeads::specJson()
{
    return R"({
  "format": "mizan.dataset-spec/1",
  "name": "demo-leads",
  "csv": {"delimiter": ",", "header": true, "trim": true, "missing": [""]},
  "id": "lead_id",
  "target": {"column": "converted", "positive": ["yes"]},
  "features": [
    {"column": "website_visits", "type": "numeric"},
    {"column": "time_on_site_min", "type": "numeric"},
    {"column": "emails_opened", "type": "numeric"},
    {"column": "events_attended", "type": "numeric"},
    {"column": "days_since_first_contact", "type": "numeric"},
    {"column": "business_activity", "type": "categorical"},
    {"column": "licence_type", "type": "categorical"},
    {"column": "company_size", "type": "categorical"},
    {"column": "lead_source", "type": "categorical"},
    {"column": "nationality_region", "type": "categorical", "immutable": true}
  ],
  "sensitive": [
    {"column": "nationality_region", "privileged": "GCC"},
    {"column": "gender", "privileged": "male"},
    {"column": "age_band", "privileged": "25-34"}
  ],
  "pii": [
    {"column": "contact_name", "kind": "name"},
    {"column": "email", "kind": "email"},
    {"column": "phone", "kind": "phone"}
  ],
  "purpose": "lead conversion scoring",
  "legal_basis": "public task"
}
)";
}

DatasetSpec DemoLeads::spec()
{
    auto spec = DatasetSpec::fromJson(specJson(), QStringLiteral("demo-leads.spec.json"));
    Q_ASSERT(spec.has_value()); // a fixed, tested text
    return *spec;
}

} // namespace mizan
