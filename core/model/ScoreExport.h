#pragma once

#include "common/ExportMarking.h"
#include "common/Result.h"
#include "data/Dataset.h"
#include "model/RiskBands.h"
#include "model/Scorer.h"

#include <QJsonObject>

class QIODevice;

namespace mizan {

/**
 * @brief Writing scores out: CSV (RFC 4180, with spreadsheet formula injection neutralised),
 * JSON lines-in-an-array, and a summary. Columns: row_index, id, margin, probability, band.
 * Numbers use the shortest text that reads back to the same value. Errors name the output.
 * With a marking (a workspace's export), the CSV's first and last lines are "# <marking>"
 * comment lines and the JSON starts with a "marking" object.
 */
class ScoreExport
{
public:
    static Result<> writeCsv(QIODevice &out,
                             const QString &name,
                             const Dataset &data,
                             const Scores &scores,
                             const RiskBands &bands,
                             const ExportMarking &marking = {});
    /** @brief With a marking: {"marking": {...}, "model_sha256": ..., ...}. */
    static Result<> writeJson(QIODevice &out,
                              const QString &name,
                              const Dataset &data,
                              const Scores &scores,
                              const RiskBands &bands,
                              const ExportMarking &marking = {});
    /** @brief count, mean, min, max probability and leads per band. */
    static QJsonObject summary(const Scores &scores, const RiskBands &bands);

    /**
     * @brief One CSV cell: quoted when it holds a comma, quote or line end; a text cell that
     * begins with =, +, -, @, a tab or a carriage return gets a leading apostrophe so that
     * spreadsheets show it instead of running it as a formula. Plain numbers are left alone.
     */
    static QByteArray csvCell(const QString &text);
};

/** @brief Shortest round-trip decimal text of a double / float ("0.1", "-3.7334456"). */
QByteArray shortestNumber(double value);
QByteArray shortestNumber(float value);

} // namespace mizan
