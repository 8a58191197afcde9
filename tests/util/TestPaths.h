#pragma once

#include <QDir>
#include <QFile>
#include <QString>

namespace mizan::test {

/** @brief Small fixtures committed with the tests. */
inline QString dataFile(const QString &name)
{
    return QStringLiteral(MIZAN_TEST_DATA "/") + name;
}

/** @brief The shared real data and oracles (../shared beside the checkout). */
inline QString sharedFile(const QString &relative)
{
    return QStringLiteral(MIZAN_SHARED_DIR "/") + relative;
}

inline bool sharedAvailable()
{
    return QFile::exists(
        sharedFile(QStringLiteral("data/bank-marketing/bank-additional-full.csv")));
}

} // namespace mizan::test

/** Skips (with the reason) when the shared data sets are not beside the checkout. */
#define MIZAN_REQUIRE_SHARED() \
    do { \
        if (!mizan::test::sharedAvailable()) \
            QSKIP("the shared data folder (MIZAN_SHARED_DIR) is not available"); \
    } while (false)

#include "common/Result.h"

namespace mizan::test {

/** @brief The error message of a failed Result, or nothing (QVERIFY2 evaluates it eagerly). */
template<typename T>
QByteArray why(const mizan::Result<T> &result)
{
    return result.has_value() ? QByteArray() : result.error().message.toUtf8();
}

} // namespace mizan::test

/** Verifies that a Result holds a value, printing its error message otherwise. */
#define MIZAN_VERIFY_OK(result) \
    do { \
        const auto &mizanVerified_ = (result); /* evaluated once */ \
        QVERIFY2(mizanVerified_.has_value(), mizan::test::why(mizanVerified_).constData()); \
    } while (false)
