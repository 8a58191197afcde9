#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QString>
#include <QTextStream>

#include <vector>

namespace mizan::bench {

/** @brief Standard output as a UTF-8 text stream; every line is flushed (a child is read live). */
QTextStream &out();
/** @brief Writes one line to standard output and flushes it. */
void say(const QString &line = {});
/** @brief Prints the error on standard error ("mizan-bench: ...") and returns exit code 1. */
int report(const Error &error);

/** @brief `value` with `decimals` digits after the point (C locale: output is parsed by people). */
QString fixed(double value, int decimals);
/** @brief Bytes as decimal megabytes (10^6 bytes), the unit of every MB figure printed. */
double megabytes(qint64 bytes);

/** @brief Seconds since `timer` was started, in double precision. */
inline double secondsSince(const QElapsedTimer &timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e9;
}

/**
 * @brief A delimited file split into its header line and its data lines (line ends kept as the
 * file has them), so that larger files can be made by repeating the data lines under one header.
 */
class CsvSample
{
public:
    /** @brief Reads `path` whole; fails if it is unreadable or holds no data line. */
    static Result<CsvSample> load(const QString &path);

    qint64 rows() const { return static_cast<qint64>(m_lineEnds.size()); }
    qint64 dataBytes() const { return m_body.size(); }

    /**
     * @brief Writes the header, then the data lines cyclically until `rows` data lines are
     * written. Returns the bytes written.
     */
    Result<qint64> writeRows(const QString &path, qint64 rows) const;
    /** @brief Writes the header, then whole copies of the data lines until at least `minBytes`. */
    Result<qint64> writeCopies(const QString &path, qint64 minBytes, qint64 *rowsWritten) const;

private:
    QByteArray m_header;
    QByteArray m_body;
    std::vector<qsizetype> m_lineEnds; ///< offset in m_body just past each data line's end
};

/** @brief A field of /proc/self/status in kB (VmHWM, VmRSS); -1 when it cannot be read. */
qint64 procStatusKb(const char *field);

} // namespace mizan::bench
