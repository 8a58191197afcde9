#pragma once

#include "common/ExportMarking.h"
#include "common/Result.h"

#include <QRectF>
#include <QString>

class QPagedPaintDevice;
class QPainter;
class QTextDocument;

namespace mizan {

class Workspace;

/**
 * @brief The marking of a file exported now from `workspace` by its signed-in user; empty
 * without a workspace (a file opened as a tool is not the authority's record). Fails when the
 * workspace cannot say (locked): then nothing is to be written.
 */
Result<ExportMarking> exportMarkingOf(Workspace *workspace);

/**
 * @brief Prints `document` as an A4 PDF (15 mm margins) to `path`, atomically (QSaveFile): the
 * file appears whole or not at all, with `marking` in the header and footer of every page (none
 * when it is empty). `title` goes into the PDF's metadata. UI thread (the document may hold
 * images). Errors: Io, naming the file.
 */
Result<> writeDocumentPdf(QTextDocument &document,
                          const QString &title,
                          const QString &path,
                          const ExportMarking &marking);

/**
 * @brief Lays `document` out on `device`'s pages between a header band and a footer band and
 * paints every page, with `marking` in both bands and the page number in the footer (an empty
 * marking: no header, the page number alone). Returns the number of pages. What
 * QTextDocument::print does, plus the marking.
 */
int printMarked(QTextDocument &document, QPagedPaintDevice &device, const ExportMarking &marking);

/**
 * @brief Paints page `page` (0-based) of `document`, laid out for pages of `body`'s size, into
 * `body` on `painter`, with black text whatever the application's palette.
 */
void paintDocumentPage(QPainter &painter, QTextDocument &document, int page, const QRectF &body);

/** @brief Heights of the header and footer bands for `marking` on a painter's device. */
struct MarkingBands
{
    qreal header = 0;
    qreal footer = 0;
};
MarkingBands markingBands(const QPainter &painter, const ExportMarking &marking);

/**
 * @brief Paints the header (classification in bold, then who exported and when) at the top of
 * `page` and the footer (page `number` of `pages`, then the classification in bold) at its
 * bottom; with an empty marking only "Page n of N".
 */
void paintMarking(
    QPainter &painter, const QRectF &page, const ExportMarking &marking, int number, int pages);

} // namespace mizan
