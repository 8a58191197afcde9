#pragma once

namespace mizan {

/**
 * @brief Routes every Qt log message (qDebug to qFatal, Qt's own warnings included) through
 * PiiDetector::scrub before it reaches the previous handler (standard error, the journal), so
 * that no log line carries an e-mail address, phone number, Emirates ID, passport number or IBAN.
 * Installed first thing by both executables; idempotent.
 */
void installLogScrubber();

} // namespace mizan
