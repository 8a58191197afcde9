// libFuzzer target: DatasetSpec::fromJson (a mizan.dataset-spec/1 file, as `import` and `train`
// read it) on arbitrary bytes, then what callers do next with a spec that parsed.
//
// Beyond "no crash, hang or leak" it checks what DatasetSpec.h promises of a spec that parsed:
// - it writes itself back (toJson) in a form that parses to an equal spec, and writes that one
//   back to the same JSON (one canonical form, whatever the input's spelling);
// - its CSV options are ones the reader accepts;
// - it is internally consistent: a file made to its description (junk lines, header or the
//   spec's column list, one row with a value of the right kind in every column) loads;
// - the encoder from its listed categories names its inputs so that an imported model with
//   those names matches it again.
// A violated invariant prints what failed and aborts (libFuzzer keeps the input).

#include "FuzzSupport.h"

#include "data/DatasetLoader.h"
#include "data/DatasetSpec.h"
#include "data/Encoder.h"

#include <QBuffer>
#include <QSet>

#include <cstdio>

using namespace mizan;

namespace {

[[noreturn]] void violated(const char *what, const QString &detail = {})
{
    std::fprintf(stderr, "FuzzDatasetSpec: %s %s\n", what, qUtf8Printable(detail));
    std::abort();
}

/** Text a CSV file can carry unchanged: valid UTF-8 (no lone surrogate), no NUL. */
bool csvSafe(const QString &text)
{
    return !text.contains(QChar(u'\0')) && QString::fromUtf8(text.toUtf8()) == text;
}

QByteArray quoted(const QString &field)
{
    QByteArray out = field.toUtf8();
    out.replace('"', "\"\"");
    return '"' + out + '"';
}

/** The file the spec describes, with one data row; empty when the spec's names cannot be in one. */
std::optional<QByteArray> describedFile(const DatasetSpec &spec)
{
    QStringList columns = spec.columns;
    if (spec.csv.header) {
        QSet<QString> seen;
        const auto add = [&](const QString &column) {
            if (!seen.contains(column)) {
                seen.insert(column);
                columns.append(column);
            }
        };
        for (const FeatureSpec &f : spec.features)
            add(f.column);
        if (spec.target)
            add(spec.target->column);
        if (!spec.id.isEmpty())
            add(spec.id);
        for (const SensitiveSpec &s : spec.sensitive)
            add(s.column);
        for (const PiiSpec &p : spec.pii)
            add(p.column);
        for (const QString &column : spec.ignore)
            add(column);
    }
    QString idValue;
    for (int i = 1; idValue.isEmpty() || spec.csv.missing.contains(idValue); ++i)
        idValue = QStringLiteral("L-%1").arg(i);

    QByteArray file;
    for (int i = 0; i < spec.csv.skipLines; ++i)
        file += "junk \"line\n";
    QByteArray header;
    QByteArray row;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        const QString &column = columns[i];
        if (!csvSafe(column))
            return std::nullopt;
        const FeatureSpec *feature = spec.feature(column);
        bool numeric = feature && feature->type == FeatureType::Numeric;
        for (const SensitiveSpec &s : spec.sensitive)
            numeric = numeric || (s.column == column && s.isBinned());
        QString value = QStringLiteral("x");
        if (column == spec.id)
            value = idValue;
        else if (numeric)
            value = QStringLiteral("1");
        else if (spec.target && column == spec.target->column)
            value = spec.target->positive.value(0) + spec.target->stripSuffix;
        if (!csvSafe(value))
            return std::nullopt;
        if (i > 0) {
            header += spec.csv.delimiter;
            row += spec.csv.delimiter;
        }
        header += quoted(column);
        row += quoted(value);
    }
    if (spec.csv.header)
        file += header + '\n';
    return file + row + '\n';
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = fuzz::view(data, size).toByteArray();
    const auto spec = DatasetSpec::fromJson(input, QStringLiteral("fuzz.spec.json"));
    if (!spec)
        return 0;

    // One canonical form: toJson parses back to the same spec, through text as well.
    const QJsonObject json = spec->toJson();
    const auto again = DatasetSpec::fromJsonObject(json, QStringLiteral("toJson"));
    if (!again)
        violated("toJson() does not parse back:", again.error().message);
    if (!(*again == *spec))
        violated("toJson() parses back to a different spec");
    if (again->toJson() != json)
        violated("toJson() is not stable");
    const QByteArray text = QJsonDocument(json).toJson(QJsonDocument::Compact);
    const auto reread = DatasetSpec::fromJson(text, QStringLiteral("toJson text"));
    if (!reread || !(*reread == *spec))
        violated("the written spec does not read back:",
                 reread ? QString::fromUtf8(text) : reread.error().message);

    // What readers and the UI ask of it.
    for (const FeatureSpec &f : spec->features) {
        if (spec->feature(f.column) == nullptr)
            violated("feature() misses a feature");
        static_cast<void>(featureTypeName(f.type));
    }
    for (const SensitiveSpec &s : spec->sensitive) {
        static_cast<void>(s.toJson());
        for (double x : {-1e300, -1.0, 0.0, 25.0, 60.5, 1e300}) {
            const int bin = s.binOf(x);
            if (bin < 0 || bin > int(s.edges.size()) || (s.isBinned() && s.labels.size() <= bin))
                violated("binOf() outside the labels");
        }
        if (s.binOf(std::numeric_limits<double>::quiet_NaN()) != -1)
            violated("binOf(NaN) is a group");
    }

    // The reading options it gives are ones the reader takes.
    {
        QByteArray empty;
        QBuffer buffer(&empty);
        buffer.open(QIODevice::ReadOnly);
        const auto stats = CsvReader::read(buffer,
                                           QStringLiteral("empty.csv"),
                                           spec->csv.toOptions(),
                                           [](const CsvRecord &) -> Result<> { return {}; });
        if (!stats)
            violated("the reader refuses the spec's CSV options:", stats.error().message);
    }

    // Internally consistent: a file that follows the spec loads.
    if (const auto file = describedFile(*spec)) {
        QByteArray bytes = *file;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        const auto dataset = DatasetLoader::read(buffer, QStringLiteral("described.csv"), *spec);
        if (!dataset)
            violated("a file made to the spec does not load:",
                     dataset.error().message + u'\n' + QString::fromUtf8(bytes));
        if (dataset->rowCount() != 1 || (spec->target && dataset->labels.size() != 1)
            || (!spec->id.isEmpty() && dataset->idOf(0).isEmpty()))
            violated("a file made to the spec loads wrongly");
    }

    // A model trained or imported with this spec: its input names lead back to the encoder
    // (the spec refuses feature names that would make them ambiguous).
    if (const auto encoder = Encoder::fromSpecCategories(*spec)) {
        const auto matched = Encoder::fromFeatureNames(*spec, encoder->featureNames());
        if (!matched)
            violated("the encoder's names do not match the spec:", matched.error().message);
        if (!(*matched == *encoder))
            violated("the encoder's names give another encoder");
        const auto restored = Encoder::fromJson(encoder->toJson(), *spec, QStringLiteral("encoder"));
        if (!restored || !(*restored == *encoder))
            violated("the encoder does not read back:",
                     restored ? QString() : restored.error().message);
    }
    return 0;
}
