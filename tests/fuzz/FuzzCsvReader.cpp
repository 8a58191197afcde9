// libFuzzer target: CsvReader (the reader of every lead file) and DatasetLoader (lead file +
// dataset spec -> typed Dataset) on arbitrary bytes, fed as a file is: through a QIODevice.
//
// The input is the file. CsvReader reads it with several option sets (comma; semicolon with
// trimming, as UCI Bank Marketing; comma with trimming and a junk first line, as UCI Adult's test
// file; tab with a single quote; tiny limits), each in two ways:
//   - one QBuffer read (the whole file is one chunk: the fast path for plain lines),
//   - a device that hands out 1 to 8 bytes per read (every quote, CRLF and BOM split anywhere);
// and, with the first two option sets, readPipelined (records handled on a second thread) with a
// record handler that fails at record K (K from the input size), against read() with the same
// handler.
// Then DatasetLoader reads it with the specs of the real files (tests/data's bank-marketing
// spec, the demo leads' spec, Adult's test-file spec).
//
// Beyond "no crash, hang, leak or data race" it checks:
// - the chunking never changes the result: same records, fields, lines, statistics and errors;
// - read() and readPipelined() agree, errors included (the first in file order wins);
// - statistics are true (bytes, SHA-256 of every byte, record count);
// - every record reads back from its quotedLine() as the same fields (splitQuotedLine);
// - a Dataset that loaded is well formed: every column, label and id vector has one entry per
//   data row, codes index the dictionary, numbers are finite or NaN (missing) and within float.
// The tiny-limits read is checked for crashes only: the fast path counts a record's delimiters
// and quotes against maxRecordBytes and the slow path does not, so with limits smaller than a
// chunk the two may disagree on a record near the limit (never with the default limits, which
// are larger than a chunk).
//
// Seeds (corpus/FuzzCsvReader): made-up records in the formats of UCI Bank Marketing (quoted,
// ';', CRLF, a BOM) and UCI Adult (', ', '?', a junk first line) -- never their records: the
// shared data stays outside the repository -- and Mizan's generated demo leads, with edge cases
// (BOM, CRLF, CR, quotes, empty fields, Arabic).

#include "FuzzSupport.h"

#include "common/Sha256.h"
#include "data/CsvReader.h"
#include "data/DatasetLoader.h"
#include "data/DemoLeads.h"

#include <QBuffer>
#include <QIODevice>

#include <array>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <limits>
#include <vector>

using namespace mizan;

namespace {

[[noreturn]] void violated(const char *what, const QString &detail = {})
{
    std::fprintf(stderr, "FuzzCsvReader: %s %s\n", what, qUtf8Printable(detail));
    std::abort();
}

/**
 * A file that hands out at most `step` bytes per read, as a slow disk or a network file system
 * may. Not sequential: for a device of unknown size the reader fills a 1 MiB buffer, which under
 * ASan took a quarter of the time (the chunking is what matters here).
 */
class TrickleDevice final : public QIODevice
{
public:
    TrickleDevice(QByteArrayView bytes, qint64 step)
        : m_bytes(bytes)
        , m_step(step)
    {
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }
    qint64 size() const override { return m_bytes.size(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = std::min({maxSize, m_step, m_bytes.size() - m_at});
        std::memcpy(data, m_bytes.data() + m_at, size_t(n));
        m_at += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArrayView m_bytes;
    qint64 m_step;
    qint64 m_at = 0;
};

/** Everything a read delivered, copied out of the reader's buffers. */
struct Outcome
{
    std::vector<QList<QByteArray>> records;
    std::vector<qint64> lines;
    std::optional<CsvStats> stats;
    QString error;

    bool operator==(const Outcome &o) const
    {
        return records == o.records && lines == o.lines && error == o.error
               && bool(stats) == bool(o.stats)
               && (!stats
                   || (stats->bytes == o.stats->bytes && stats->records == o.stats->records
                       && stats->lines == o.stats->lines && stats->sha256 == o.stats->sha256));
    }
};

enum class Way { Buffer, Trickle, Pipelined };

/**
 * Reads `input` one way; the handler fails at record `failAt` (never when 0), and checks each
 * record's quotedLine() round trip when `roundTrip` is set.
 */
Outcome readOnce(QByteArrayView input,
                 const CsvOptions &options,
                 Way way,
                 qint64 step,
                 qint64 failAt,
                 bool roundTrip)
{
    Outcome out;
    const auto onRecord = [&](const CsvRecord &record) -> Result<> {
        QList<QByteArray> fields;
        for (int i = 0; i < record.size(); ++i)
            fields.append(QByteArray(record.field(i).data(), qsizetype(record.field(i).size())));
        if (roundTrip) {
            const auto split = splitQuotedLine(record.quotedLine(), QStringLiteral("quoted"));
            if (!split || *split != fields)
                violated("a record does not read back from its quotedLine()",
                         QString::fromUtf8(record.quotedLine()));
            if (quoteCsvFields(fields) != record.quotedLine())
                violated("quoteCsvFields() and quotedLine() differ");
        }
        out.records.push_back(std::move(fields));
        out.lines.push_back(record.line());
        if (qint64(out.records.size()) == failAt)
            return fail(ErrorCode::InvalidInput, QStringLiteral("stop at record %1").arg(failAt));
        return {};
    };
    Result<CsvStats> stats;
    const QString name = QStringLiteral("fuzz.csv");
    if (way == Way::Trickle) {
        TrickleDevice device(input, step);
        stats = CsvReader::read(device, name, options, onRecord);
    } else {
        QByteArray copy = input.toByteArray();
        QBuffer buffer(&copy);
        buffer.open(QIODevice::ReadOnly);
        stats = way == Way::Pipelined ? CsvReader::readPipelined(buffer, name, options, onRecord)
                                      : CsvReader::read(buffer, name, options, onRecord);
    }
    if (stats)
        out.stats = *stats;
    else
        out.error = stats.error().message;
    return out;
}

/** The specs of the real lead files. */
const std::array<DatasetSpec, 3> &specs()
{
    static const std::array<DatasetSpec, 3> all = [] {
        const auto parse = [](const QByteArray &json, const char *name) {
            auto spec = DatasetSpec::fromJson(json, QLatin1String(name));
            if (!spec)
                violated("a fixed spec does not parse:", spec.error().message);
            return *spec;
        };
        // UCI Adult's test file as ../shared/reference/adult/spec_test.json describes it.
        const QByteArray adult = R"({"format": "mizan.dataset-spec/1", "name": "adult-test",
          "csv": {"delimiter": ",", "header": false, "trim": true, "missing": ["?"],
                  "strip_suffix": ".", "skip_lines": 1},
          "columns": ["age", "workclass", "fnlwgt", "education", "education-num",
                      "marital-status", "occupation", "relationship", "race", "sex",
                      "capital-gain", "capital-loss", "hours-per-week", "native-country",
                      "income"],
          "target": {"column": "income", "positive": [">50K"]},
          "features": [{"column": "age", "type": "numeric"},
                       {"column": "education-num", "type": "numeric"},
                       {"column": "capital-gain", "type": "numeric"},
                       {"column": "capital-loss", "type": "numeric"},
                       {"column": "hours-per-week", "type": "numeric"},
                       {"column": "workclass", "type": "categorical"},
                       {"column": "marital-status", "type": "categorical"},
                       {"column": "occupation", "type": "categorical"},
                       {"column": "relationship", "type": "categorical"},
                       {"column": "native-country", "type": "categorical"}],
          "sensitive": [{"column": "sex"}, {"column": "race"},
                        {"column": "age", "name": "age_group", "edges": [25, 61],
                         "labels": ["<25", "25-60", ">60"]}],
          "ignore": ["fnlwgt", "education"]})";
        return std::array<DatasetSpec, 3>{parse(fuzz::readOrDie(
                                                    QStringLiteral(MIZAN_FUZZ_TEST_DATA
                                                                   "/bank-marketing.spec.json")),
                                                "bank-marketing.spec.json"),
                                          parse(DemoLeads::specJson(), "demo-leads.spec.json"),
                                          parse(adult, "adult-test.spec.json")};
    }();
    return all;
}

/** DatasetLoader on the input; a Dataset it returns must be well formed. */
void load(QByteArrayView input, const DatasetSpec &spec, TargetPolicy target)
{
    // The number of records the loader sees, to check the row count against.
    const auto records = readOnce(input, spec.csv.toOptions(), Way::Buffer, 0, 0, false);

    QByteArray copy = input.toByteArray();
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    LoadOptions options;
    options.target = target;
    options.maxCategories = 64;
    const auto dataset = DatasetLoader::read(buffer, QStringLiteral("fuzz.csv"), spec, options);
    if (!dataset)
        return;
    const Dataset &d = *dataset;
    const qint64 rows = d.rowCount();
    if (!records.stats || rows < 1 || rows != records.stats->records - (spec.csv.header ? 1 : 0))
        violated("the dataset's row count is not the file's");
    const auto size = [](const auto &v) { return qint64(v.size()); };
    if ((d.hasLabels() && size(d.labels) != rows) || (!d.ids.empty() && size(d.ids) != rows)
        || (!spec.id.isEmpty() && size(d.ids) != rows)
        || (target == TargetPolicy::Required && size(d.labels) != rows))
        violated("labels or ids do not match the row count");
    for (int8_t label : d.labels)
        if (label < -1 || label > 1 || (target == TargetPolicy::Required && label < 0))
            violated("a label out of range");
    for (const Column &c : d.columns) {
        switch (c.kind) {
        case ColumnKind::Numeric:
            if (size(c.numbers) != rows)
                violated("a numeric column of the wrong length:", c.name);
            for (double x : c.numbers)
                if (!std::isnan(x) && !(std::fabs(x) <= double(std::numeric_limits<float>::max())))
                    violated("a number out of range in", c.name);
            break;
        case ColumnKind::Categorical:
            if (size(c.codes) != rows || c.dictionary.size() > options.maxCategories)
                violated("a categorical column of the wrong length:", c.name);
            for (int32_t code : c.codes)
                if (code < -1 || code >= c.dictionary.size())
                    violated("a category code outside the dictionary in", c.name);
            break;
        case ColumnKind::Text:
            if (size(c.texts) != rows)
                violated("a text column of the wrong length:", c.name);
            break;
        }
        static_cast<void>(c.displayValue(rows - 1));
        static_cast<void>(c.isMissing(0));
    }
    static_cast<void>(d.idOf(rows - 1));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input = fuzz::view(data, size);

    struct Config
    {
        CsvOptions options;
        bool compare;   ///< chunkings and ways must agree exactly
        bool pipelined; ///< compare readPipelined() with read() too (a thread per read)
    };
    std::array<Config, 5> configs{};
    configs[1].options.delimiter = ';';
    configs[1].options.trim = true;
    configs[2].options.trim = true;
    configs[2].options.skipLines = 1;
    configs[3].options.delimiter = '\t';
    configs[3].options.quote = '\'';
    configs[4].options.maxFieldBytes = 24;
    configs[4].options.maxRecordBytes = 128;
    configs[4].options.maxColumns = 6;
    for (std::size_t i = 0; i < 4; ++i)
        configs[i].compare = true;
    configs[0].pipelined = configs[1].pipelined = true;

    const qint64 step = 1 + qint64(size % 8);
    const qint64 failAt = 1 + qint64(size % 5);
    const QByteArray sha = Sha256::hash(input);
    for (const Config &config : configs) {
        const Outcome whole = readOnce(input, config.options, Way::Buffer, 0, 0, config.compare);
        const Outcome trickled = readOnce(input, config.options, Way::Trickle, step, 0, false);
        if (!config.compare)
            continue;
        if (!(whole == trickled))
            violated("the result depends on how the file is chunked; error:", whole.error);
        if (whole.stats
            && (whole.stats->bytes != qint64(size) || whole.stats->sha256 != sha
                || whole.stats->records != qint64(whole.records.size())
                || whole.stats->lines < whole.stats->records))
            violated("the statistics are wrong");
        for (std::size_t r = 1; r < whole.lines.size(); ++r)
            if (whole.lines[r] <= whole.lines[r - 1])
                violated("record lines do not ascend");
        if (!config.pipelined)
            continue;

        const Outcome stopped = readOnce(input, config.options, Way::Buffer, 0, failAt, false);
        const Outcome pipelined = readOnce(input, config.options, Way::Pipelined, 0, failAt, false);
        if (!(stopped == pipelined))
            violated("readPipelined() and read() differ; errors:",
                     stopped.error + QStringLiteral(" / ") + pipelined.error);
    }

    const std::array<DatasetSpec, 3> &all = specs();
    for (std::size_t i = 0; i < all.size(); ++i)
        load(input, all[i], (size + i) % 2 ? TargetPolicy::Required : TargetPolicy::IfPresent);
    return 0;
}
