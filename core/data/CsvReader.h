#pragma once

#include "common/Progress.h"
#include "common/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <cstdint>
#include <functional>
#include <string_view>
#include <vector>

class QIODevice;

namespace mizan {

/** @brief How a delimited text file is read, and the limits that keep a hostile file harmless. */
struct CsvOptions
{
    char delimiter = ',';
    char quote = '"';
    int skipLines = 0; ///< physical lines skipped before the first record (junk, titles)
    bool trim = false; ///< strip spaces and tabs around unquoted fields (and around quotes)

    qint64 maxFileBytes = qint64(16) << 30;   ///< larger files are refused before reading
    qint64 maxFieldBytes = qint64(1) << 20;   ///< one field (quoted or not)
    qint64 maxRecordBytes = qint64(64) << 20; ///< at most 4 GiB - 1 (offsets are 32-bit)
    int maxColumns = 4096;
};

/**
 * @brief One record of a delimited file. The field views point into the reader's buffer and are
 * valid only during the callback that receives the record.
 */
class CsvRecord
{
public:
    CsvRecord() = default;
    /** @brief A record over field offsets [starts[i], ends[i]) into `data`. */
    CsvRecord(const char *data, const uint32_t *starts, const uint32_t *ends, int count, qint64 line)
        : m_data(data)
        , m_starts(starts)
        , m_ends(ends)
        , m_count(count)
        , m_line(line)
    {}

    qint64 line() const { return m_line; } ///< 1-based physical line where the record starts
    int size() const { return m_count; }
    std::string_view field(int index) const
    {
        return std::string_view(m_data + m_starts[index], m_ends[index] - m_starts[index]);
    }
    /** @brief The record as one RFC 4180 line: every field quoted, quotes doubled, commas. */
    QByteArray quotedLine() const;
    /** @brief Bytes from the record's start to its last field's end (for copying it). */
    uint32_t span() const { return m_count == 0 ? 0 : m_ends[m_count - 1]; }
    const char *data() const { return m_data; }

private:
    const char *m_data = nullptr; ///< the reader's buffer, or the chunk itself (fast path)
    const uint32_t *m_starts = nullptr;
    const uint32_t *m_ends = nullptr;
    int m_count = 0;
    qint64 m_line = 0;
};

/** @brief What a completed read saw. */
struct CsvStats
{
    qint64 bytes = 0;   ///< bytes read, including a BOM and skipped lines
    qint64 records = 0; ///< records delivered (blank lines are not records)
    qint64 lines = 0;   ///< physical lines
    QByteArray sha256;  ///< SHA-256 of every byte read (lineage of imported data)
};

/**
 * @brief Streaming reader for RFC 4180 delimited text plus the options real files need: any
 * one-byte delimiter, quoted fields holding delimiters, doubled quotes and newlines, CRLF, LF or
 * CR line ends, a UTF-8 byte-order mark, skipped leading lines, trimming, blank lines skipped.
 *
 * The file is read in chunks; memory stays bounded by the limits in CsvOptions whatever the file
 * holds. Each record goes to `onRecord`; an Error it returns stops the read and is returned. On
 * any error the caller must discard what it built: the reader has no partial success.
 * Errors name `fileName`, the line and the field. Thread-agnostic: runs in the caller's thread.
 */
class CsvReader
{
public:
    using RecordFn = std::function<Result<>(const CsvRecord &)>;

    static Result<CsvStats> read(QIODevice &device,
                                 const QString &fileName,
                                 const CsvOptions &options,
                                 const RecordFn &onRecord,
                                 const JobControl &job = {});

    /** @brief Opens `path` unbuffered and reads it; the file name in errors is `path`. */
    static Result<CsvStats> readFile(const QString &path,
                                     const CsvOptions &options,
                                     const RecordFn &onRecord,
                                     const JobControl &job = {});

    /**
     * @brief As read(), but `onRecord` runs on a second thread while this one goes on parsing:
     * records are copied in batches through a small bounded queue and delivered in file order.
     * The error reported is the first in file order, whichever thread found it. `onRecord` must
     * not touch state the calling thread uses during the read.
     */
    static Result<CsvStats> readPipelined(QIODevice &device,
                                          const QString &fileName,
                                          const CsvOptions &options,
                                          const RecordFn &onRecord,
                                          const JobControl &job = {});
};

/** @brief Fields as one RFC 4180 line, as CsvRecord::quotedLine() writes them. */
QByteArray quoteCsvFields(const QList<QByteArray> &fields);
/** @brief The fields of one line that quotedLine() or quoteCsvFields() wrote. */
Result<QList<QByteArray>> splitQuotedLine(const QByteArray &line, const QString &source);

/** @brief Formats a byte count for messages ("1 MiB", "512 bytes"). */
QString formatByteSize(qint64 bytes);

} // namespace mizan
