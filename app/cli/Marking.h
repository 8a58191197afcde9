#pragma once

#include "common/ExportMarking.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace mizan::cli {

/**
 * @brief The classification marking on what the CLI writes from a workspace (the rules of
 * core/common/ExportMarking.h, as the desktop application applies them). Each function returns
 * its input unchanged when the marking is empty: files made outside a workspace stay unmarked.
 * Get the marking (Workspace::exportMarking()) before anything is audited or written, so that a
 * marking that cannot be read writes nothing.
 */

/** @brief CSV: "# <marking>" as the first and the last line. */
QByteArray markedCsv(const QByteArray &csv, const ExportMarking &marking);
/** @brief Markdown or plain text: the marking as the first and the last line. */
QByteArray markedText(const QByteArray &text, const ExportMarking &marking);
/**
 * @brief HTML: the marking as the first and the last paragraph of the body (a heading and a
 * footer line where a browser shows them; the PDF of the desktop application has them on every
 * page).
 */
QByteArray markedHtml(const QString &html, const ExportMarking &marking);
/** @brief JSON: a top-level "marking" object (ExportMarking::toJson()). */
QJsonObject markedJson(QJsonObject json, const ExportMarking &marking);

} // namespace mizan::cli
