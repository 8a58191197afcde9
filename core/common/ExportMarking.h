#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace mizan {

/**
 * @brief The protective marking every export and PDF carries (ARCHITECTURE.md "Exports"): the
 * workspace's classification (for example RESTRICTED), who exported and when. Printed in the
 * header and footer of every PDF page, as the first and last line of a CSV export ("# " comment
 * lines) and as a "marking" object in JSON exports. Empty (no classification) means unmarked: a
 * file made outside a workspace, where nobody configured one.
 */
struct ExportMarking
{
    QString classification;
    QString user;
    QDateTime time; ///< UTC

    /** @brief The classification a new workspace starts with, until an administrator sets one. */
    static QString defaultClassification() { return QStringLiteral("RESTRICTED"); }
    /**
     * @brief The classification as stored: trimmed, 1 to 48 characters, one line, printable
     * (letters of any script, digits, spaces and - / . : ( )). InvalidInput naming the field
     * "classification" otherwise.
     */
    static Result<QString> normalizeClassification(const QString &text);

    bool isEmpty() const { return classification.isEmpty(); }
    /** @brief "exported by nour · 2026-11-27 14:05 UTC" (translated). */
    QString byLine() const;
    /** @brief "RESTRICTED · exported by nour · 2026-11-27 14:05 UTC": classification + byLine(). */
    QString text() const;
    /** @brief `# <text()>\n` in UTF-8, the first and last line of a CSV export. */
    QByteArray csvCommentLine() const;
    /** @brief {"classification", "exported_by", "exported_at" (ISO 8601 UTC)}. */
    QJsonObject toJson() const;
};

} // namespace mizan
