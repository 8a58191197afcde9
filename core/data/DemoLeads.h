#pragma once

#include "data/DatasetSpec.h"

#include <QByteArray>

namespace mizan {

/**
 * @brief A deterministic generator of demo leads: business-setup enquiries such as a free-zone
 * authority receives. The same seed and row count give the same bytes on every machine (the
 * generator uses its own SplitMix64 stream, no standard-library distributions).
 *
 * The generating process, documented in docs/demo-leads.md: conversion follows a logistic model
 * of engagement (website visits, time on site, e-mails opened, events attended, recency), the
 * business activity, licence type, company size and lead source; and one deliberate disparity:
 * leads from the nationality regions "Africa" and "South Asia" convert less often (-0.9 and -0.6
 * on the log-odds) for the same engagement, a historical bias for the fairness dashboard to find.
 * Gender and age band have no effect (controls). Contact name, e-mail and UAE phone number are
 * personal data, marked so in the spec.
 */
class DemoLeads
{
public:
    struct Options
    {
        int rows = 8000;
        quint64 seed = 2026;
    };

    static QByteArray csv(const Options &options);
    static QByteArray csv() { return csv(Options()); }
    /** @brief The dataset spec of the demo file (JSON text, as written next to it). */
    static QByteArray specJson();
    static DatasetSpec spec();

    /** @brief The extra log-odds of each nationality region (the documented disparity). */
    static double regionEffect(const QString &region);
};

} // namespace mizan
