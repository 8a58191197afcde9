#include "BenchSupport.h"

#include <QFile>

#include <cstdio>

namespace mizan::bench {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

void say(const QString &line)
{
    out() << line << '\n';
    out().flush();
}

int report(const Error &error)
{
    out().flush();
    QTextStream err(stderr);
    err << QStringLiteral("mizan-bench: ") << error.message;
    if (!error.detail.isEmpty() && !error.message.contains(error.detail))
        err << QStringLiteral(" (") << error.detail << ')';
    err << '\n';
    err.flush();
    return 1;
}

QString fixed(double value, int decimals)
{
    return QString::number(value, 'f', decimals);
}

double megabytes(qint64 bytes)
{
    return static_cast<double>(bytes) / 1e6;
}

Result<CsvSample> CsvSample::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io,
                    QStringLiteral("%1: cannot open the file: %2").arg(path, file.errorString()));
    const QByteArray all = file.readAll();
    const qsizetype headerEnd = all.indexOf('\n');
    if (headerEnd < 0 || headerEnd + 1 >= all.size())
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("%1: expected a header line and data lines").arg(path));
    CsvSample sample;
    sample.m_header = all.left(headerEnd + 1);
    sample.m_body = all.mid(headerEnd + 1);
    if (!sample.m_body.endsWith('\n'))
        sample.m_body.append(sample.m_header.endsWith("\r\n") ? "\r\n" : "\n");
    for (qsizetype i = 0; i < sample.m_body.size(); ++i) {
        if (sample.m_body.at(i) == '\n')
            sample.m_lineEnds.push_back(i + 1);
    }
    return sample;
}

namespace {

Result<> writeAll(QFile &file, const char *data, qsizetype size)
{
    if (file.write(data, size) != size)
        return fail(ErrorCode::Io,
                    QStringLiteral("%1: cannot write: %2").arg(file.fileName(), file.errorString()));
    return {};
}

} // namespace

Result<qint64> CsvSample::writeRows(const QString &path, qint64 rows) const
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return fail(ErrorCode::Io,
                    QStringLiteral("%1: cannot create the file: %2").arg(path, file.errorString()));
    MIZAN_CHECK(writeAll(file, m_header.constData(), m_header.size()));
    qint64 left = rows;
    while (left > 0) {
        const qint64 lines = std::min(left, this->rows());
        const qsizetype bytes = m_lineEnds[static_cast<size_t>(lines) - 1];
        MIZAN_CHECK(writeAll(file, m_body.constData(), bytes));
        left -= lines;
    }
    if (!file.flush())
        return fail(ErrorCode::Io,
                    QStringLiteral("%1: cannot write: %2").arg(path, file.errorString()));
    return file.size();
}

Result<qint64> CsvSample::writeCopies(const QString &path,
                                      qint64 minBytes,
                                      qint64 *rowsWritten) const
{
    const qint64 copies
        = std::max<qint64>(1, (minBytes - m_header.size() + dataBytes() - 1) / dataBytes());
    if (rowsWritten)
        *rowsWritten = copies * rows();
    return writeRows(path, copies * rows());
}

qint64 procStatusKb(const char *field)
{
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1;
    const QByteArray key = QByteArray(field) + ':';
    // /proc files report size 0; readAll() reads until the end all the same.
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (!line.startsWith(key))
            continue;
        const QList<QByteArray> parts = line.mid(key.size()).simplified().split(' ');
        bool ok = false;
        const qint64 kb = parts.value(0).toLongLong(&ok);
        return ok ? kb : -1;
    }
    return -1;
}

} // namespace mizan::bench
