#pragma once

#include <QFile>
#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace mizan::test {

/** @brief A small numeric CSV (header + rows of numbers) read for oracle comparisons. */
struct NumericTable
{
    QStringList header;
    std::vector<std::vector<double>> rows;

    int column(const QString &name) const { return static_cast<int>(header.indexOf(name)); }
};

inline NumericTable readNumericCsv(const QString &path)
{
    NumericTable table;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return table;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.trimmed().isEmpty())
            continue;
        const QList<QByteArray> cells = line.trimmed().split(',');
        if (table.header.isEmpty()) {
            for (const QByteArray &cell : cells)
                table.header.append(QString::fromUtf8(cell));
            continue;
        }
        std::vector<double> row;
        for (const QByteArray &cell : cells)
            row.push_back(cell.toDouble());
        table.rows.push_back(std::move(row));
    }
    return table;
}

} // namespace mizan::test
