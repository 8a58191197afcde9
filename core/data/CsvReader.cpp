#include "data/CsvReader.h"

#include "common/Sha256.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QLocale>

#include <algorithm>
#include <array>
#include <cstring>
#include <string>

namespace mizan {

QByteArray CsvRecord::quotedLine() const
{
    QByteArray line;
    line.reserve(qsizetype(span()) + m_count * 3);
    for (int i = 0; i < m_count; ++i) {
        if (i > 0)
            line += ',';
        line += '"';
        for (char c : field(i)) {
            if (c == '"')
                line += '"';
            line += c;
        }
        line += '"';
    }
    return line;
}

QByteArray quoteCsvFields(const QList<QByteArray> &fields)
{
    QByteArray line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += ',';
        line += '"';
        for (char c : fields[i]) {
            if (c == '"')
                line += '"';
            line += c;
        }
        line += '"';
    }
    return line;
}

Result<QList<QByteArray>> splitQuotedLine(const QByteArray &line, const QString &source)
{
    QByteArray copy = line;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    QList<QByteArray> fields;
    MIZAN_TRY(stats,
              CsvReader::read(buffer, source, CsvOptions{}, [&](const CsvRecord &record) -> Result<> {
                  for (int i = 0; i < record.size(); ++i)
                      fields.append(
                          QByteArray(record.field(i).data(), qsizetype(record.field(i).size())));
                  return {};
              }));
    if (stats.records != 1)
        return fail(ErrorCode::Integrity,
                    QCoreApplication::translate(
                        "mizan::CsvReader", "%1: a stored record does not read back as one line.")
                        .arg(source));
    return fields;
}

QString formatByteSize(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 0, QLocale::DataSizeIecFormat);
}

namespace {

/** memchr over [from, to); null when the range is empty or holds no `c`. */
const char *findByte(const char *from, const char *to, char c)
{
    if (from >= to)
        return nullptr;
    return static_cast<const char *>(std::memchr(from, c, static_cast<size_t>(to - from)));
}

} // namespace

/**
 * The state machine behind CsvReader. Bytes arrive in chunks of any size; state carries over
 * between chunks, so a quoted field or a CRLF may be split anywhere.
 */
class CsvParser
{
    Q_DECLARE_TR_FUNCTIONS(mizan::CsvReader)

public:
    CsvParser(const QString &fileName, const CsvOptions &options, const CsvReader::RecordFn &fn)
        : m_fileName(fileName)
        , m_options(options)
        , m_onRecord(fn)
        , m_skipRemaining(options.skipLines)
    {
        m_class.fill(Normal);
        if (options.trim) {
            m_class[static_cast<unsigned char>(' ')] = Space;
            m_class[static_cast<unsigned char>('\t')] = Space;
        }
        m_class[static_cast<unsigned char>(options.quote)] = Quote;
        m_class[static_cast<unsigned char>(options.delimiter)] = Delimiter;
        m_class[static_cast<unsigned char>('\n')] = LineFeed;
        m_class[static_cast<unsigned char>('\r')] = CarriageReturn;
        m_class[0] = Nul;
        m_buffer.reserve(4096);
    }

    Result<> feed(const char *p, const char *end);
    Result<> finish();
    qint64 lines() const { return m_line - (m_lineOpen ? 0 : 1); }
    qint64 records() const { return m_records; }

private:
    enum ByteClass : unsigned char {
        Normal,
        Space,
        Quote,
        Delimiter,
        LineFeed,
        CarriageReturn,
        Nul
    };
    enum class State { FieldStart, Unquoted, Quoted, QuoteInQuoted, AfterQuoted };

    Error errorAt(qint64 line, const QString &what) const
    {
        Error error = makeError(ErrorCode::InvalidInput,
                                tr("%1, line %2, field %3: %4")
                                    .arg(m_fileName)
                                    .arg(line)
                                    .arg(m_record.m_ends.size() + 1)
                                    .arg(what));
        error.file = m_fileName;
        error.line = line;
        error.field = QString::number(m_record.m_ends.size() + 1);
        return error;
    }

    enum class Limit { FieldBytes, RecordBytes, Columns };

    Error limitError(Limit limit) const
    {
        QString what;
        switch (limit) {
        case Limit::FieldBytes:
            what = tr("the field is longer than the limit of %1")
                       .arg(formatByteSize(m_options.maxFieldBytes));
            break;
        case Limit::RecordBytes:
            what = tr("the record is longer than the limit of %1")
                       .arg(formatByteSize(m_options.maxRecordBytes));
            break;
        case Limit::Columns:
            what = tr("the record has more than the limit of %1 fields").arg(m_options.maxColumns);
            break;
        }
        Error error = errorAt(m_recordLine, what);
        error.code = ErrorCode::LimitExceeded;
        return error;
    }

    Result<> append(const char *data, size_t size)
    {
        const size_t fieldSize = m_buffer.size() - m_fieldStart + size;
        if (fieldSize > static_cast<size_t>(m_options.maxFieldBytes)) {
            return fail(limitError(Limit::FieldBytes));
        }
        if (m_buffer.size() + size > static_cast<size_t>(m_options.maxRecordBytes)) {
            return fail(limitError(Limit::RecordBytes));
        }
        m_buffer.append(data, size);
        return {};
    }

    Result<> endField()
    {
        if (!m_fieldQuoted && m_options.trim) {
            while (m_buffer.size() > m_fieldStart
                   && (m_buffer.back() == ' ' || m_buffer.back() == '\t'))
                m_buffer.pop_back();
        }
        if (static_cast<int>(m_record.m_ends.size()) >= m_options.maxColumns) {
            return fail(limitError(Limit::Columns));
        }
        m_lastFieldQuoted = m_fieldQuoted;
        m_record.m_starts.push_back(static_cast<uint32_t>(m_fieldStart));
        m_record.m_ends.push_back(static_cast<uint32_t>(m_buffer.size()));
        m_fieldStart = m_buffer.size();
        m_fieldQuoted = false;
        return {};
    }

    Result<> endRecord()
    {
        const bool blank = m_record.m_ends.size() == 1 && m_record.m_ends[0] == 0
                           && !m_lastFieldQuoted;
        Result<> result;
        if (!blank) {
            ++m_records;
            result = m_onRecord(CsvRecord(m_buffer.data(),
                                          m_record.m_starts.data(),
                                          m_record.m_ends.data(),
                                          static_cast<int>(m_record.m_ends.size()),
                                          m_recordLine));
        }
        m_buffer.clear();
        m_record.m_starts.clear();
        m_record.m_ends.clear();
        m_fieldStart = 0;
        m_state = State::FieldStart;
        return result;
    }

    bool isSpace(char c) const { return m_class[static_cast<unsigned char>(c)] == Space; }

    /**
     * The common case: a whole line inside the chunk whose fields are plain or simply quoted
     * ("text", no doubled quotes, no line ends inside). Fields are found with memchr and handed
     * over as views into the chunk, without copying. Returns false, having delivered nothing,
     * when the line needs the full state machine.
     */
    Result<bool> fastRecord(const char *begin, const char *end)
    {
        m_record.m_starts.clear();
        m_record.m_ends.clear();
        bool quoted = false;
        const char *field = begin;
        for (;;) {
            const char *fieldBegin = field;
            const char *fieldEnd = nullptr;
            const char *next = nullptr; // after the delimiter; null for the last field
            if (m_options.trim) {
                while (fieldBegin < end && isSpace(*fieldBegin))
                    ++fieldBegin;
            }
            if (fieldBegin < end && *fieldBegin == m_options.quote) {
                const char *close = findByte(fieldBegin + 1, end, m_options.quote);
                if (!close)
                    return false; // the quoted field goes on past this line
                const char *after = close + 1;
                if (m_options.trim) {
                    while (after < end && isSpace(*after))
                        ++after;
                }
                if (after < end && *after != m_options.delimiter)
                    return false; // a doubled quote, or text after the closing quote
                quoted = true;
                ++fieldBegin;
                fieldEnd = close;
                next = after < end ? after + 1 : nullptr;
            } else {
                const char *stop = findByte(field, end, m_options.delimiter);
                fieldEnd = stop ? stop : end;
                next = stop ? stop + 1 : nullptr;
                if (m_options.trim) {
                    while (fieldEnd > fieldBegin && isSpace(fieldEnd[-1]))
                        --fieldEnd;
                }
            }
            if (fieldEnd - fieldBegin > m_options.maxFieldBytes) {
                return fail(limitError(Limit::FieldBytes));
            }
            if (static_cast<int>(m_record.m_ends.size()) >= m_options.maxColumns) {
                return fail(limitError(Limit::Columns));
            }
            m_record.m_starts.push_back(static_cast<uint32_t>(fieldBegin - begin));
            m_record.m_ends.push_back(static_cast<uint32_t>(fieldEnd - begin));
            if (!next)
                break;
            field = next;
        }
        if (end - begin > m_options.maxRecordBytes) {
            return fail(limitError(Limit::RecordBytes));
        }
        const bool blank = m_record.m_ends.size() == 1 && m_record.m_ends[0] == m_record.m_starts[0]
                           && !quoted;
        if (!blank) {
            ++m_records;
            if (auto r = m_onRecord(CsvRecord(begin,
                                              m_record.m_starts.data(),
                                              m_record.m_ends.data(),
                                              static_cast<int>(m_record.m_ends.size()),
                                              m_recordLine));
                !r)
                return std::unexpected(r.error());
        }
        m_record.m_starts.clear();
        m_record.m_ends.clear();
        return true;
    }

    // A line terminator outside quotes: ends the field and the record.
    Result<> endLine(unsigned char cls)
    {
        if (auto r = endField(); !r)
            return r;
        if (auto r = endRecord(); !r)
            return r;
        newLine(cls);
        m_recordLine = m_line;
        return {};
    }

    void newLine(unsigned char cls)
    {
        ++m_line;
        m_lineOpen = false;
        m_crPending = cls == CarriageReturn;
    }

    const QString &m_fileName;
    const CsvOptions &m_options;
    const CsvReader::RecordFn &m_onRecord;
    std::array<unsigned char, 256> m_class{};
    std::string m_buffer;
    /** Field offsets of the record being assembled (starts and ends into m_buffer or the chunk). */
    struct Fields
    {
        std::vector<uint32_t> m_starts;
        std::vector<uint32_t> m_ends;
    };
    Fields m_record;
    State m_state = State::FieldStart;
    size_t m_fieldStart = 0;
    bool m_fieldQuoted = false;
    bool m_lastFieldQuoted = false;
    bool m_crPending = false;
    bool m_lineOpen = false; // bytes seen on the current physical line
    int m_skipRemaining = 0;
    qint64 m_line = 1;
    qint64 m_recordLine = 1;
    qint64 m_quoteLine = 0;
    qint64 m_records = 0;
};

Result<> CsvParser::feed(const char *p, const char *end)
{
    bool noLineFeedAhead = false;
    while (p < end) {
        if (m_crPending) {
            m_crPending = false;
            if (*p == '\n') {
                // The LF of a CRLF: same line end. Inside quotes it is field content.
                if (m_state == State::Quoted) {
                    if (auto r = append(p, 1); !r)
                        return r;
                }
                ++p;
                continue;
            }
        }
        if (m_skipRemaining > 0) {
            while (p < end && *p != '\n' && *p != '\r')
                ++p;
            if (p < end) {
                newLine(m_class[static_cast<unsigned char>(*p)] == CarriageReturn ? CarriageReturn
                                                                                  : LineFeed);
                --m_skipRemaining;
                m_recordLine = m_line;
                ++p;
            } else {
                m_lineOpen = true;
            }
            continue;
        }

        if (!noLineFeedAhead && m_state == State::FieldStart && m_record.m_ends.empty()
            && m_buffer.empty() && !m_fieldQuoted) {
            // At the start of a record: take the whole line at once when it is a plain one.
            const char *lineFeed = findByte(p, end, '\n');
            noLineFeedAhead = !lineFeed; // e.g. CR-only line ends: never search this chunk again
            if (lineFeed) {
                const char *lineEnd = lineFeed > p && lineFeed[-1] == '\r' ? lineFeed - 1
                                                                           : lineFeed;
                if (!findByte(p, lineEnd, '\r') && !findByte(p, lineEnd, '\0')) {
                    MIZAN_TRY(taken, fastRecord(p, lineEnd));
                    if (taken) {
                        newLine(LineFeed);
                        m_recordLine = m_line;
                        p = lineFeed + 1;
                        continue;
                    }
                    m_record.m_starts.clear();
                    m_record.m_ends.clear();
                }
            }
        }

        m_lineOpen = true;
        const unsigned char cls = m_class[static_cast<unsigned char>(*p)];
        if (cls == Nul)
            return fail(errorAt(m_line, tr("binary data (a NUL byte) where text was expected")));

        switch (m_state) {
        case State::FieldStart:
            switch (cls) {
            case Space:
                ++p;
                continue;
            case Quote:
                m_fieldQuoted = true;
                m_quoteLine = m_line;
                m_state = State::Quoted;
                ++p;
                continue;
            case Delimiter:
                if (auto r = endField(); !r)
                    return r;
                ++p;
                continue;
            case LineFeed:
            case CarriageReturn:
                if (auto r = endLine(cls); !r)
                    return r;
                ++p;
                continue;
            default:
                m_state = State::Unquoted;
                break;
            }
            [[fallthrough]];
        case State::Unquoted: {
            // A quote inside an unquoted field is kept as an ordinary character.
            const char *run = p;
            while (p < end) {
                const unsigned char c = m_class[static_cast<unsigned char>(*p)];
                if (c != Normal && c != Space && c != Quote)
                    break;
                ++p;
            }
            if (p > run) {
                if (auto r = append(run, static_cast<size_t>(p - run)); !r)
                    return r;
            }
            if (p == end)
                continue;
            const unsigned char stop = m_class[static_cast<unsigned char>(*p)];
            if (stop == Delimiter) {
                if (auto r = endField(); !r)
                    return r;
                m_state = State::FieldStart;
                ++p;
            } else if (stop == LineFeed || stop == CarriageReturn) {
                if (auto r = endLine(stop); !r)
                    return r;
                ++p;
            }
            // A NUL is reported at the top of the loop.
            continue;
        }
        case State::Quoted: {
            const char *run = p;
            while (p < end) {
                const unsigned char c = m_class[static_cast<unsigned char>(*p)];
                if (c == Quote || c == LineFeed || c == CarriageReturn || c == Nul)
                    break;
                ++p;
            }
            if (p > run) {
                if (auto r = append(run, static_cast<size_t>(p - run)); !r)
                    return r;
            }
            if (p == end)
                continue;
            const unsigned char stop = m_class[static_cast<unsigned char>(*p)];
            if (stop == Quote) {
                m_state = State::QuoteInQuoted;
                ++p;
            } else if (stop == LineFeed || stop == CarriageReturn) {
                if (auto r = append(p, 1); !r)
                    return r;
                newLine(stop);
                ++p;
            }
            continue;
        }
        case State::QuoteInQuoted:
            if (cls == Quote) { // a doubled quote stands for one quote
                if (auto r = append(p, 1); !r)
                    return r;
                m_state = State::Quoted;
                ++p;
                continue;
            }
            m_state = State::AfterQuoted;
            [[fallthrough]];
        case State::AfterQuoted:
            switch (cls) {
            case Space:
                ++p;
                continue;
            case Delimiter:
                if (auto r = endField(); !r)
                    return r;
                m_state = State::FieldStart;
                ++p;
                continue;
            case LineFeed:
            case CarriageReturn:
                if (auto r = endLine(cls); !r)
                    return r;
                ++p;
                continue;
            default:
                return fail(errorAt(m_line,
                                    tr("expected a delimiter or the end of the line after a "
                                       "closing quote, found '%1'")
                                        .arg(QString::fromLatin1(p, 1))));
            }
        }
    }
    return {};
}

Result<> CsvParser::finish()
{
    if (m_state == State::Quoted) {
        return fail(errorAt(m_quoteLine,
                            tr("the quoted field that starts here is never closed (unbalanced "
                               "quotes)")));
    }
    const bool pending = m_state != State::FieldStart || !m_record.m_ends.empty() || m_fieldQuoted
                         || m_buffer.size() > 0;
    if (pending && m_skipRemaining == 0) {
        if (auto r = endField(); !r)
            return r;
        if (auto r = endRecord(); !r)
            return r;
    }
    return {};
}

Result<CsvStats> CsvReader::read(QIODevice &device,
                                 const QString &fileName,
                                 const CsvOptions &options,
                                 const RecordFn &onRecord,
                                 const JobControl &job)
{
    if (options.delimiter == options.quote || options.delimiter == '\n' || options.delimiter == '\r'
        || options.delimiter == '\0' || options.quote == '\n' || options.quote == '\r'
        || options.quote == '\0') {
        return fail(ErrorCode::InvalidInput,
                    CsvParser::tr(
                        "%1: the delimiter and the quote must be two different characters other "
                        "than a line end")
                        .arg(fileName));
    }
    if (options.skipLines < 0 || options.maxFieldBytes <= 0 || options.maxColumns <= 0
        || options.maxRecordBytes <= 0 || options.maxRecordBytes >= (qint64(1) << 32)
        || options.maxFileBytes <= 0) {
        return fail(ErrorCode::InvalidInput,
                    CsvParser::tr("%1: invalid reading options").arg(fileName));
    }
    const qint64 total = device.isSequential() ? -1 : device.size();
    const auto tooLarge = [&] {
        Error error = makeError(ErrorCode::LimitExceeded,
                                CsvParser::tr("%1: the file is larger than the limit of %2")
                                    .arg(fileName, formatByteSize(options.maxFileBytes)));
        error.file = fileName;
        return fail(error);
    };
    if (total > options.maxFileBytes)
        return tooLarge();

    CsvParser parser(fileName, options, onRecord);
    Sha256 sha;
    constexpr qint64 kChunk = qint64(1) << 20;
    // A small file gets a small buffer: splitQuotedLine reads each stored record through here,
    // and zero-filling 1 MiB per record dominated (FuzzCsvReader ran at 33 inputs a second).
    const qint64 chunk = total >= 0 ? std::clamp(total, qint64(4096), kChunk) : kChunk;
    std::vector<char> buffer(static_cast<size_t>(chunk));
    qint64 bytes = 0;
    // A UTF-8 byte-order mark at the start is skipped however the reads split it: its bytes are
    // held back until they are known to be one (FuzzCsvReader found a device whose first read
    // returned 1 or 2 bytes, after which the mark stayed in the first field).
    constexpr char kBom[] = "\xEF\xBB\xBF";
    qint64 bomBytes = 0; // bytes of a possible mark held back
    bool bomDecided = false;
    qint64 reportedAt = 0;
    for (;;) {
        if (job.cancelled())
            return fail(ErrorCode::Cancelled,
                        CsvParser::tr("%1: reading was cancelled").arg(fileName));
        const qint64 n = device.read(buffer.data(), chunk);
        if (n < 0) {
            Error error = makeError(ErrorCode::Io,
                                    CsvParser::tr("%1: cannot read the file: %2")
                                        .arg(fileName, device.errorString()));
            error.file = fileName;
            return fail(error);
        }
        if (n == 0)
            break;
        bytes += n;
        if (bytes > options.maxFileBytes)
            return tooLarge();
        sha.addData(buffer.data(), n);
        const char *p = buffer.data();
        const char *end = p + n;
        if (!bomDecided) {
            while (p < end && bomBytes < 3 && *p == kBom[bomBytes]) {
                ++p;
                ++bomBytes;
            }
            if (bomBytes == 3 || p < end) {
                bomDecided = true;
                // Not a mark after all: what was held back is text.
                if (bomBytes < 3 && bomBytes > 0) {
                    if (auto r = parser.feed(kBom, kBom + bomBytes); !r)
                        return std::unexpected(r.error());
                }
            }
        }
        if (auto r = parser.feed(p, end); !r)
            return std::unexpected(r.error());
        if (bytes - reportedAt >= (qint64(4) << 20)) {
            reportedAt = bytes;
            job.report(bytes, total);
        }
    }
    if (!bomDecided && bomBytes > 0) { // the file is the start of a mark, and no more
        if (auto r = parser.feed(kBom, kBom + bomBytes); !r)
            return std::unexpected(r.error());
    }
    if (auto r = parser.finish(); !r)
        return std::unexpected(r.error());
    job.report(bytes, total < 0 ? bytes : total);

    CsvStats stats;
    stats.bytes = bytes;
    stats.records = parser.records();
    stats.lines = parser.lines();
    stats.sha256 = sha.result();
    return stats;
}

Result<CsvStats> CsvReader::readFile(const QString &path,
                                     const CsvOptions &options,
                                     const RecordFn &onRecord,
                                     const JobControl &job)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        Error error
            = makeError(ErrorCode::Io,
                        CsvParser::tr("%1: cannot open the file: %2").arg(path, file.errorString()));
        error.file = path;
        return fail(error);
    }
    return read(file, path, options, onRecord, job);
}

} // namespace mizan
