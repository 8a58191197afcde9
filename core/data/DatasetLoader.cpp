#include "data/DatasetLoader.h"

#include "data/ValueParsing.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QSet>

#include <cctype>
#include <charconv>
#include <cmath>
#include <cstring>
#include <deque>
#include <limits>
#include <string>
#include <unordered_map>

namespace mizan {

namespace {

struct StringHash
{
    using is_transparent = void;
    size_t operator()(std::string_view s) const noexcept
    {
        return std::hash<std::string_view>{}(s);
    }
};

enum class Role { Numeric, Categorical, Text, Target };

/** Where one used column comes from and where its values go. */
struct Sink
{
    int field = -1;
    Role role = Role::Numeric;
    bool isId = false;
    Column *column = nullptr;
    // Categorical values seen so far, by code. Small dictionaries (the usual case) are searched
    // linearly, which beats hashing; past kLinear values a hash index takes over.
    static constexpr size_t kLinear = 16;
    std::deque<std::string> values;      // a deque: views into its strings stay valid
    std::vector<std::string_view> views; // by code, into `values`
    std::unordered_map<std::string_view, int32_t, StringHash, std::equal_to<>> index;
    int32_t lastCode = -1;

    void add(std::string_view value)
    {
        values.emplace_back(value);
        views.emplace_back(values.back());
    }

    int32_t find(std::string_view value) const
    {
        if (lastCode >= 0 && views[static_cast<size_t>(lastCode)] == value)
            return lastCode;
        if (views.size() <= kLinear) {
            for (size_t i = 0; i < views.size(); ++i) {
                if (views[i] == value)
                    return static_cast<int32_t>(i);
            }
            return -1;
        }
        const auto it = index.find(value);
        return it == index.end() ? -1 : it->second;
    }
};

class Loader
{
    Q_DECLARE_TR_FUNCTIONS(mizan::DatasetLoader)

public:
    Loader(const QString &fileName,
           const DatasetSpec &spec,
           const LoadOptions &options,
           qint64 expectedBytes)
        : m_fileName(fileName)
        , m_spec(spec)
        , m_options(options)
        , m_expectedBytes(expectedBytes)
    {
        for (const QString &marker : spec.csv.missing)
            m_missing.push_back(marker.toStdString());
        if (spec.target) {
            for (const QString &value : spec.target->positive)
                m_positive.push_back(value.toStdString());
            m_stripSuffix = spec.target->stripSuffix.toStdString();
        }
    }

    Result<> onRecord(const CsvRecord &record)
    {
        if (!m_bound) {
            if (m_spec.csv.header)
                return bindHeader(record);
            MIZAN_CHECK(bind(m_spec.columns, record.line()));
        }
        if (record.size() != m_fieldCount) {
            return fail(
                lineError(record.line(),
                          tr("expected %1 fields (as the %2 has), found %3")
                              .arg(m_fieldCount)
                              .arg(m_spec.csv.header ? tr("header") : tr("spec's column list"))
                              .arg(record.size())));
        }
        for (Sink &sink : m_sinks) {
            if (!store(sink, record))
                return fail(std::move(m_error));
        }
        ++m_rows;
        if (m_expectedBytes > 0 && m_rows <= kSampleRows) {
            m_sampleBytes += record.span() + 1;
            if (m_rows == kSampleRows)
                reserve();
        }
        return {};
    }

    Result<Dataset> finish(const CsvStats &stats)
    {
        if (!m_bound) {
            Error e = makeError(ErrorCode::InvalidInput,
                                tr("%1: the file holds no %2")
                                    .arg(m_fileName,
                                         m_spec.csv.header ? tr("header line") : tr("records")));
            e.file = m_fileName;
            return fail(e);
        }
        if (m_rows == 0) {
            Error e = makeError(ErrorCode::InvalidInput,
                                tr("%1: the file holds no data rows").arg(m_fileName));
            e.file = m_fileName;
            return fail(e);
        }
        if (m_negatives.size() > 1) {
            QStringList values;
            for (const auto &[value, count] : m_negatives)
                values.append(tr("'%1' (%2 rows)")
                                  .arg(QString::fromUtf8(value.data(), qsizetype(value.size())))
                                  .arg(count));
            m_dataset.warnings.append(
                tr("The target column '%1' holds several values other than the positive ones "
                   "(%2): %3. All of them count as negative outcomes; if one of them means "
                   "a conversion, list it under target.positive in the spec.")
                    .arg(m_spec.target->column,
                         m_spec.target->positive.join(QLatin1String(", ")),
                         values.join(QLatin1String(", "))));
        }
        m_dataset.spec = m_spec;
        m_dataset.source = m_fileName;
        m_dataset.sha256 = stats.sha256.toHex();
        m_dataset.sourceBytes = stats.bytes;
        m_dataset.setRowCount(m_rows);
        return std::move(m_dataset);
    }

private:
    Error lineError(qint64 line, const QString &what, const QString &column = {}) const
    {
        Error e = makeError(ErrorCode::InvalidInput,
                            column.isEmpty()
                                ? tr("%1, line %2: %3").arg(m_fileName).arg(line).arg(what)
                                : tr("%1, line %2, column '%3': %4")
                                      .arg(m_fileName)
                                      .arg(line)
                                      .arg(column, what));
        e.file = m_fileName;
        e.line = line;
        e.field = column;
        return e;
    }

    Result<> bindHeader(const CsvRecord &record)
    {
        QStringList names;
        for (int i = 0; i < record.size(); ++i) {
            const std::string_view raw = record.field(i);
            if (!isValidUtf8(raw))
                return fail(
                    lineError(record.line(),
                              tr("the header is not valid UTF-8 text (field %1)").arg(i + 1)));
            names.append(QString::fromUtf8(raw.data(), static_cast<qsizetype>(raw.size())));
        }
        return bind(names, record.line());
    }

    Result<> bind(const QStringList &names, qint64 line)
    {
        m_bound = true;
        m_fieldCount = static_cast<int>(names.size());
        QHash<QString, int> index;
        for (int i = 0; i < names.size(); ++i) {
            if (index.contains(names[i]) && isUsed(names[i]))
                return fail(
                    lineError(line,
                              tr("column '%1' appears twice in the header (fields %2 and %3)")
                                  .arg(names[i])
                                  .arg(index.value(names[i]) + 1)
                                  .arg(i + 1)));
            index.insert(names[i], i);
        }
        const auto missingColumn = [&](const QString &column, const QString &what) {
            Error e = makeError(ErrorCode::InvalidInput,
                                tr("%1: the %2 column '%3' is missing (the file has: %4)")
                                    .arg(m_fileName, what, column, names.join(QLatin1String(", "))));
            e.file = m_fileName;
            e.line = line;
            e.field = column;
            return fail(e);
        };

        const auto addColumn = [&](const QString &name, ColumnKind kind, Role role) -> Result<> {
            if (m_dataset.columnIndex(name) >= 0)
                return {};
            Column column;
            column.name = name;
            column.kind = kind;
            m_dataset.columns.push_back(std::move(column));
            Sink sink;
            sink.field = index.value(name);
            sink.role = role;
            m_sinks.push_back(std::move(sink));
            return {};
        };

        for (const FeatureSpec &feature : m_spec.features) {
            if (!index.contains(feature.column))
                return missingColumn(feature.column, tr("feature"));
            if (feature.type == FeatureType::Numeric)
                MIZAN_CHECK(addColumn(feature.column, ColumnKind::Numeric, Role::Numeric));
            else
                MIZAN_CHECK(addColumn(feature.column, ColumnKind::Categorical, Role::Categorical));
        }
        if (m_spec.target) {
            if (index.contains(m_spec.target->column)) {
                Sink sink;
                sink.field = index.value(m_spec.target->column);
                sink.role = Role::Target;
                m_sinks.push_back(std::move(sink));
                m_hasTarget = true;
            } else if (m_options.target == TargetPolicy::Required) {
                return missingColumn(m_spec.target->column, tr("target"));
            } else {
                m_dataset.warnings.append(
                    tr("The file has no target column '%1': outcomes are unknown.")
                        .arg(m_spec.target->column));
            }
        } else if (m_options.target == TargetPolicy::Required) {
            Error e = makeError(ErrorCode::InvalidInput,
                                tr("%1: the dataset spec names no target column").arg(m_fileName));
            e.field = QStringLiteral("target");
            return fail(e);
        }
        if (!m_spec.id.isEmpty()) {
            if (!index.contains(m_spec.id))
                return missingColumn(m_spec.id, tr("id"));
            MIZAN_CHECK(addColumn(m_spec.id, ColumnKind::Text, Role::Text));
            m_sinks.back().isId = true;
        }
        for (const SensitiveSpec &s : m_spec.sensitive) {
            if (!index.contains(s.column)) {
                m_dataset.warnings.append(
                    tr("The file has no sensitive column '%1'.").arg(s.column));
                continue;
            }
            if (s.isBinned())
                MIZAN_CHECK(addColumn(s.column, ColumnKind::Numeric, Role::Numeric));
            else
                MIZAN_CHECK(addColumn(s.column, ColumnKind::Categorical, Role::Categorical));
        }
        for (const PiiSpec &p : m_spec.pii) {
            if (!index.contains(p.column)) {
                m_dataset.warnings.append(
                    tr("The file has no personal-data column '%1'.").arg(p.column));
                continue;
            }
            MIZAN_CHECK(addColumn(p.column, ColumnKind::Text, Role::Text));
        }
        // Sinks were created in column order; wire the pointers now that the vector is final.
        size_t c = 0;
        for (Sink &sink : m_sinks) {
            if (sink.role != Role::Target)
                sink.column = &m_dataset.columns[c++];
        }
        return {};
    }

    bool isUsed(const QString &name) const
    {
        if (m_spec.feature(name) || name == m_spec.id
            || (m_spec.target && m_spec.target->column == name))
            return true;
        for (const SensitiveSpec &s : m_spec.sensitive) {
            if (s.column == name)
                return true;
        }
        for (const PiiSpec &p : m_spec.pii) {
            if (p.column == name)
                return true;
        }
        return false;
    }

    bool isMissing(std::string_view value) const
    {
        if (value.empty())
            return true;
        for (const std::string &marker : m_missing) {
            if (value == marker)
                return true;
        }
        return false;
    }

    /** A decimal whose exponent is negative: out of range means too small, not too large. */
    static bool isUnderflow(std::string_view digits)
    {
        const size_t e = digits.find_first_of("eE");
        return e != std::string_view::npos && e + 1 < digits.size() && digits[e + 1] == '-';
    }

    /** Non-positive target values, so that a value the spec did not expect can be reported. */
    void countNegative(std::string_view value)
    {
        for (auto &[known, count] : m_negatives) {
            if (known == value) {
                ++count;
                return;
            }
        }
        if (m_negatives.size() < 20)
            m_negatives.emplace_back(std::string(value), 1);
    }

    static std::string_view trimmed(std::string_view s)
    {
        while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
            s.remove_prefix(1);
        while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
            s.remove_suffix(1);
        return s;
    }

    QString shown(std::string_view value) const
    {
        constexpr size_t kShown = 40;
        QString text = QString::fromUtf8(value.data(),
                                         static_cast<qsizetype>(std::min(value.size(), kShown)));
        if (value.size() > kShown)
            text += QStringLiteral("...");
        return text;
    }

    /** Stores one field; on a bad value sets m_error and returns false (the hot path stays lean). */
    bool store(Sink &sink, const CsvRecord &record)
    {
        const std::string_view raw = record.field(sink.field);
        switch (sink.role) {
        case Role::Numeric: {
            const std::string_view value = trimmed(raw);
            if (isMissing(value)) {
                sink.column->numbers.push_back(std::numeric_limits<double>::quiet_NaN());
                return true;
            }
            double number = 0;
            if (parsePlainDecimal(value, number)) {
                sink.column->numbers.push_back(number);
                return true;
            }
            // Arabic-Indic digits ("٣٫٥"): read as the ASCII number they show.
            std::string ascii;
            std::string_view digits = asciiDigits(value, ascii) ? std::string_view(ascii) : value;
            if (digits.size() > 1 && digits.front() == '+'
                && (std::isdigit(static_cast<unsigned char>(digits[1])) || digits[1] == '.'))
                digits.remove_prefix(1);
            const auto [end, ec] = std::from_chars(digits.data(),
                                                   digits.data() + digits.size(),
                                                   number);
            const bool whole = end == digits.data() + digits.size();
            if (ec == std::errc::result_out_of_range && whole && isUnderflow(digits)) {
                number = digits.front() == '-' ? -0.0 : 0.0; // 1e-400 reads as zero, as in Python
            } else if (ec != std::errc() || !whole || !std::isfinite(number)) {
                return failWith(lineError(record.line(),
                                          tr("expected a number, found '%1'").arg(shown(raw)),
                                          sink.column->name));
            }
            if (std::fabs(number) > double(std::numeric_limits<float>::max())) {
                return failWith(lineError(record.line(),
                                          tr("the number %1 is too large for a model input "
                                             "(at most 3.4e38)")
                                              .arg(shown(raw)),
                                          sink.column->name));
            }
            sink.column->numbers.push_back(number);
            return true;
        }
        case Role::Categorical: {
            if (isMissing(raw)) {
                sink.column->codes.push_back(-1);
                return true;
            }
            int32_t code = sink.find(raw);
            if (code < 0) {
                if (!isValidUtf8(raw))
                    return failWith(lineError(record.line(),
                                              tr("the value is not valid UTF-8 text"),
                                              sink.column->name));
                if (sink.column->dictionary.size() >= m_options.maxCategories)
                    return failWith(lineError(record.line(),
                                              tr("more than %1 distinct values: is this column "
                                                 "really categorical?")
                                                  .arg(m_options.maxCategories),
                                              sink.column->name));
                code = static_cast<int32_t>(sink.column->dictionary.size());
                sink.column->dictionary.append(
                    QString::fromUtf8(raw.data(), static_cast<qsizetype>(raw.size())));
                sink.add(raw);
                if (sink.views.size() > Sink::kLinear) {
                    if (sink.index.empty()) {
                        for (size_t i = 0; i < sink.views.size(); ++i)
                            sink.index.emplace(sink.views[i], static_cast<int32_t>(i));
                    } else {
                        sink.index.emplace(sink.views.back(), code);
                    }
                }
            }
            sink.lastCode = code;
            sink.column->codes.push_back(code);
            return true;
        }
        case Role::Text: {
            if (!isValidUtf8(raw))
                return failWith(lineError(record.line(),
                                          tr("the value is not valid UTF-8 text"),
                                          sink.column->name));
            QString text = isMissing(raw)
                               ? QString()
                               : QString::fromUtf8(raw.data(), static_cast<qsizetype>(raw.size()));
            if (sink.isId) {
                if (text.isEmpty())
                    return failWith(
                        lineError(record.line(), tr("the id is empty"), sink.column->name));
                const auto seen = m_seenIds.constFind(text);
                if (seen != m_seenIds.constEnd())
                    return failWith(lineError(record.line(),
                                              tr("the id '%1' already appeared on line %2")
                                                  .arg(shown(raw))
                                                  .arg(seen.value()),
                                              sink.column->name));
                m_seenIds.insert(text, record.line());
                m_dataset.ids.push_back(text);
            }
            sink.column->texts.push_back(std::move(text));
            return true;
        }
        case Role::Target: {
            std::string_view value = raw;
            if (!m_stripSuffix.empty() && value.ends_with(m_stripSuffix))
                value.remove_suffix(m_stripSuffix.size());
            if (isMissing(value)) {
                if (m_options.target == TargetPolicy::Required)
                    return failWith(lineError(record.line(),
                                              tr("the outcome (target) is missing"),
                                              m_spec.target->column));
                m_dataset.labels.push_back(-1);
                return true;
            }
            int8_t label = 0;
            for (const std::string &positive : m_positive) {
                if (value == positive) {
                    label = 1;
                    break;
                }
            }
            if (label == 0)
                countNegative(value);
            m_dataset.labels.push_back(label);
            return true;
        }
        }
        return true;
    }

    /** Sizes the columns from the first rows' length and the file size: no regrowth, fewer page faults. */
    void reserve()
    {
        const double perRow = double(m_sampleBytes) / double(kSampleRows);
        // Every row takes at least two bytes, whatever the first rows suggest.
        const double estimate = std::min(double(m_expectedBytes) / std::max(perRow, 2.0) * 1.05,
                                         double(m_expectedBytes) / 2.0);
        const auto rows = static_cast<size_t>(estimate) + 16;
        if (rows > size_t(1) << 28)
            return;
        for (Column &column : m_dataset.columns) {
            if (column.kind == ColumnKind::Numeric)
                column.numbers.reserve(rows);
            else if (column.kind == ColumnKind::Categorical)
                column.codes.reserve(rows);
        }
        if (m_hasTarget)
            m_dataset.labels.reserve(rows);
    }

    bool failWith(Error error)
    {
        m_error = std::move(error);
        return false;
    }

    const QString &m_fileName;
    const DatasetSpec &m_spec;
    const LoadOptions &m_options;
    Dataset m_dataset;
    std::vector<Sink> m_sinks;
    std::vector<std::string> m_missing;
    std::vector<std::string> m_positive;
    std::string m_stripSuffix;
    QHash<QString, qint64> m_seenIds;
    std::vector<std::pair<std::string, qint64>> m_negatives;
    Error m_error;
    static constexpr qint64 kSampleRows = 1024;
    qint64 m_expectedBytes = 0;
    qint64 m_sampleBytes = 0;
    int m_fieldCount = 0;
    bool m_bound = false;
    bool m_hasTarget = false;
    qint64 m_rows = 0;
};

} // namespace

Result<Dataset> DatasetLoader::read(QIODevice &device,
                                    const QString &fileName,
                                    const DatasetSpec &spec,
                                    const LoadOptions &options,
                                    const JobControl &job)
{
    try {
        return readUnguarded(device, fileName, spec, options, job);
    } catch (const std::bad_alloc &) {
        Error e = makeError(ErrorCode::LimitExceeded,
                            QCoreApplication::translate("mizan::DatasetLoader",
                                                        "%1: reading ran out of memory")
                                .arg(fileName));
        e.file = fileName;
        return fail(e);
    }
}

Result<Dataset> DatasetLoader::readUnguarded(QIODevice &device,
                                             const QString &fileName,
                                             const DatasetSpec &spec,
                                             const LoadOptions &options,
                                             const JobControl &job)
{
    CsvOptions csv = options.limits;
    const CsvOptions format = spec.csv.toOptions();
    csv.delimiter = format.delimiter;
    csv.skipLines = format.skipLines;
    csv.trim = format.trim;
    Loader loader(fileName, spec, options, device.isSequential() ? 0 : device.size());
    // Parsing and typing run on two threads; errors still come in file order.
    MIZAN_TRY(stats,
              CsvReader::readPipelined(
                  device,
                  fileName,
                  csv,
                  [&loader](const CsvRecord &record) { return loader.onRecord(record); },
                  job));
    return loader.finish(stats);
}

Result<Dataset> DatasetLoader::load(const QString &path,
                                    const DatasetSpec &spec,
                                    const LoadOptions &options,
                                    const JobControl &job)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        Error e = makeError(ErrorCode::Io,
                            QCoreApplication::translate("mizan::DatasetLoader",
                                                        "%1: cannot open the file: %2")
                                .arg(path, file.errorString()));
        e.file = path;
        return fail(e);
    }
    return read(file, path, spec, options, job);
}

} // namespace mizan
