#include "model/ScoreExport.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>

#include <charconv>
#include <cmath>

namespace mizan {

namespace {

template<typename T>
QByteArray shortest(T value)
{
    if (!std::isfinite(value))
        return QByteArrayLiteral("null");
    char buffer[64];
    const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
    return ec == std::errc() ? QByteArray(buffer, end - buffer) : QByteArrayLiteral("null");
}

bool isPlainNumber(const QString &text)
{
    bool ok = false;
    text.toDouble(&ok);
    return ok && !text.contains(u' ');
}

Result<> writeAll(QIODevice &out, const QString &name, const QByteArray &bytes)
{
    if (out.write(bytes) != bytes.size())
        return fail(ErrorCode::Io,
                    QCoreApplication::translate("mizan::ScoreExport", "%1: cannot write: %2")
                        .arg(name, out.errorString()));
    return {};
}

QByteArray jsonString(const QString &text)
{
    // QJsonDocument escapes correctly; strip the array brackets around the single value.
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

} // namespace

QByteArray shortestNumber(double value)
{
    return shortest(value);
}

QByteArray shortestNumber(float value)
{
    return shortest(value);
}

QByteArray ScoreExport::csvCell(const QString &text)
{
    QString cell = text;
    if (!cell.isEmpty() && !isPlainNumber(cell)) {
        const QChar first = cell.front();
        if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t'
            || first == u'\r')
            cell.prepend(u'\'');
    }
    if (cell.contains(u',') || cell.contains(u'"') || cell.contains(u'\n') || cell.contains(u'\r')) {
        cell.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        cell = u'"' + cell + u'"';
    }
    return cell.toUtf8();
}

Result<> ScoreExport::writeCsv(QIODevice &out,
                               const QString &name,
                               const Dataset &data,
                               const Scores &scores,
                               const RiskBands &bands,
                               const ExportMarking &marking)
{
    if (!marking.isEmpty())
        MIZAN_CHECK(writeAll(out, name, marking.csvCommentLine()));
    MIZAN_CHECK(writeAll(out, name, QByteArrayLiteral("row_index,id,margin,probability,band\n")));
    QByteArray block;
    block.reserve(1 << 20);
    for (qint64 i = 0; i < scores.size(); ++i) {
        const auto r = static_cast<size_t>(i);
        block += QByteArray::number(i) + ',' + csvCell(data.idOf(i)) + ','
                 + shortestNumber(scores.margins[r]) + ',' + shortestNumber(scores.probabilities[r])
                 + ',' + csvCell(bands.labels.at(scores.bands[r])) + '\n';
        if (block.size() > (1 << 20) - 256) {
            MIZAN_CHECK(writeAll(out, name, block));
            block.clear();
        }
    }
    if (!marking.isEmpty())
        block += marking.csvCommentLine();
    return writeAll(out, name, block);
}

Result<> ScoreExport::writeJson(QIODevice &out,
                                const QString &name,
                                const Dataset &data,
                                const Scores &scores,
                                const RiskBands &bands,
                                const ExportMarking &marking)
{
    QByteArray block = marking.isEmpty()
                           ? QByteArray("{")
                           : "{\"marking\":"
                                 + QJsonDocument(marking.toJson()).toJson(QJsonDocument::Compact)
                                 + ',';
    block += "\"model_sha256\":" + jsonString(QString::fromLatin1(scores.modelSha256))
             + ",\"input_sha256\":" + jsonString(QString::fromLatin1(scores.inputSha256))
             + ",\"summary\":"
             + QJsonDocument(summary(scores, bands)).toJson(QJsonDocument::Compact)
             + ",\"rows\":[\n";
    for (qint64 i = 0; i < scores.size(); ++i) {
        const auto r = static_cast<size_t>(i);
        block += "{\"row_index\":" + QByteArray::number(i) + ",\"id\":" + jsonString(data.idOf(i))
                 + ",\"margin\":" + shortestNumber(scores.margins[r])
                 + ",\"probability\":" + shortestNumber(scores.probabilities[r])
                 + ",\"band\":" + jsonString(bands.labels.at(scores.bands[r])) + '}'
                 + (i + 1 < scores.size() ? ",\n" : "\n");
        if (block.size() > (1 << 20) - 256) {
            MIZAN_CHECK(writeAll(out, name, block));
            block.clear();
        }
    }
    block += "]}\n";
    return writeAll(out, name, block);
}

QJsonObject ScoreExport::summary(const Scores &scores, const RiskBands &bands)
{
    double sum = 0;
    double lo = 1;
    double hi = 0;
    std::vector<qint64> perBand(static_cast<size_t>(bands.labels.size()), 0);
    for (qint64 i = 0; i < scores.size(); ++i) {
        const double p = scores.probabilities[static_cast<size_t>(i)];
        sum += p;
        lo = std::min(lo, p);
        hi = std::max(hi, p);
        ++perBand[scores.bands[static_cast<size_t>(i)]];
    }
    QJsonObject bandCounts;
    for (qsizetype b = 0; b < bands.labels.size(); ++b)
        bandCounts.insert(bands.labels[b], perBand[static_cast<size_t>(b)]);
    const bool any = scores.size() > 0;
    return QJsonObject{{QStringLiteral("count"), scores.size()},
                       {QStringLiteral("mean_probability"),
                        any ? QJsonValue(sum / double(scores.size())) : QJsonValue()},
                       {QStringLiteral("min_probability"), any ? QJsonValue(lo) : QJsonValue()},
                       {QStringLiteral("max_probability"), any ? QJsonValue(hi) : QJsonValue()},
                       {QStringLiteral("bands"), bandCounts},
                       {QStringLiteral("band_cutoffs"),
                        bands.toJson().value(QStringLiteral("cutoffs"))}};
}

} // namespace mizan
