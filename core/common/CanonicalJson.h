#pragma once

#include <QByteArray>
#include <QJsonValue>

namespace mizan {

/**
 * @brief Canonical JSON bytes, the same for the same content on every machine and Qt version:
 * UTF-8, object keys sorted by their UTF-16 code units (as QJsonObject keeps them), no spaces,
 * integers (integral values up to 2^53) as JSON integers, other numbers in shortest round-trip
 * form, or as strings with NonIntegersAsStrings (the audit log's rule). Used for hashes.
 */
enum class CanonicalNumbers { AsNumbers, NonIntegersAsStrings };

QByteArray canonicalJson(const QJsonValue &value,
                         CanonicalNumbers numbers = CanonicalNumbers::AsNumbers);

} // namespace mizan
