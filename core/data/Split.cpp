#include "data/Split.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace mizan {

quint64 splitMix64(quint64 x)
{
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

Result<SplitSpec> SplitSpec::parse(const QString &text)
{
    const auto usage = [&text] {
        return fail(ErrorCode::Usage,
                    QCoreApplication::translate("mizan::Split",
                                                "invalid split '%1': expected mod:K:R, "
                                                "random:FRACTION:SEED, tail:FRACTION or none")
                        .arg(text));
    };
    const QStringList parts = text.split(u':');
    SplitSpec spec;
    bool ok1 = false;
    bool ok2 = false;
    if (parts.size() == 1 && parts[0] == QLatin1String("none"))
        return spec;
    if (parts.size() == 3 && parts[0] == QLatin1String("mod")) {
        spec.kind = Kind::Modulo;
        spec.modulus = parts[1].toInt(&ok1);
        spec.remainder = parts[2].toInt(&ok2);
        if (!ok1 || !ok2 || spec.modulus < 2 || spec.remainder < 0 || spec.remainder >= spec.modulus)
            return usage();
        return spec;
    }
    if (parts.size() == 3 && parts[0] == QLatin1String("random")) {
        spec.kind = Kind::Random;
        spec.fraction = parts[1].toDouble(&ok1);
        spec.seed = parts[2].toULongLong(&ok2);
    } else if (parts.size() == 2 && parts[0] == QLatin1String("tail")) {
        spec.kind = Kind::Tail;
        spec.fraction = parts[1].toDouble(&ok1);
        ok2 = true;
    } else {
        return usage();
    }
    if (!ok1 || !ok2 || !(spec.fraction > 0.0 && spec.fraction < 1.0))
        return usage();
    return spec;
}

QString SplitSpec::toString() const
{
    // Shortest text that reads back as the same fraction: the split stays reproducible.
    const auto exact = [](double value) {
        return QString::number(value, 'g', QLocale::FloatingPointShortest);
    };
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::Modulo:
        return QStringLiteral("mod:%1:%2").arg(modulus).arg(remainder);
    case Kind::Random:
        return QStringLiteral("random:%1:%2").arg(exact(fraction)).arg(seed);
    case Kind::Tail:
        return QStringLiteral("tail:%1").arg(exact(fraction));
    }
    return {};
}

SplitRows splitRows(const SplitSpec &split, const std::vector<qint64> &rows)
{
    SplitRows out;
    const auto n = static_cast<qint64>(rows.size());
    const auto testCount = static_cast<qint64>(std::llround(split.fraction * double(n)));
    switch (split.kind) {
    case SplitSpec::Kind::None:
        out.train = rows;
        break;
    case SplitSpec::Kind::Modulo:
        for (qint64 i = 0; i < n; ++i)
            (i % split.modulus == split.remainder ? out.test : out.train).push_back(rows[size_t(i)]);
        break;
    case SplitSpec::Kind::Tail:
        out.train.assign(rows.begin(), rows.end() - testCount);
        out.test.assign(rows.end() - testCount, rows.end());
        break;
    case SplitSpec::Kind::Random: {
        // Rank positions by a seeded hash and take the lowest-ranked as test: exact size,
        // independent of the standard library's distributions.
        std::vector<qint64> order(static_cast<size_t>(n));
        std::iota(order.begin(), order.end(), 0);
        std::sort(order.begin(), order.end(), [&split](qint64 a, qint64 b) {
            const quint64 ka = splitMix64(split.seed ^ splitMix64(quint64(a)));
            const quint64 kb = splitMix64(split.seed ^ splitMix64(quint64(b)));
            return ka != kb ? ka < kb : a < b;
        });
        std::vector<char> isTest(static_cast<size_t>(n), 0);
        for (qint64 i = 0; i < testCount; ++i)
            isTest[static_cast<size_t>(order[static_cast<size_t>(i)])] = 1;
        for (qint64 i = 0; i < n; ++i)
            (isTest[size_t(i)] ? out.test : out.train).push_back(rows[size_t(i)]);
        break;
    }
    }
    return out;
}

SplitRows splitRows(const SplitSpec &split, qint64 rowCount)
{
    std::vector<qint64> rows(static_cast<size_t>(rowCount));
    std::iota(rows.begin(), rows.end(), 0);
    return splitRows(split, rows);
}

} // namespace mizan
