#pragma once

#include "common/Result.h"

#include <QString>

class QTextDocument;

namespace mizan {

/**
 * @brief Prints `document` as an A4 PDF (15 mm margins) to `path`, atomically (QSaveFile): the
 * file appears whole or not at all. `title` goes into the PDF's metadata. UI thread (the
 * document may hold images). Errors: Io, naming the file.
 */
Result<> writeDocumentPdf(QTextDocument &document, const QString &title, const QString &path);

} // namespace mizan
