#include "common/DocumentPdf.h"

#include "workspace/Workspace.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPalette>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

#include <memory>

namespace mizan {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mizan::DocumentPdf)
};

Error writeError(const QString &path, const QString &why)
{
    return withFile(makeError(ErrorCode::Io, Tr::tr("cannot write %1: %2").arg(path, why)), path);
}

QFont markingFont(bool bold)
{
    QFont font = QGuiApplication::font();
    font.setPointSizeF(8);
    font.setBold(bold);
    return font;
}
} // namespace

Result<ExportMarking> exportMarkingOf(Workspace *workspace)
{
    if (!workspace)
        return ExportMarking{};
    return workspace->exportMarking();
}

MarkingBands markingBands(const QPainter &painter, const ExportMarking &marking)
{
    const qreal bold = QFontMetricsF(markingFont(true), painter.device()).height();
    const qreal plain = QFontMetricsF(markingFont(false), painter.device()).height();
    if (marking.isEmpty())
        return {0, plain * 2};   // the page number and a line's gap above it
    return {bold * 3, bold * 3}; // two lines and a line's gap to the text
}

void paintMarking(
    QPainter &painter, const QRectF &page, const ExportMarking &marking, int number, int pages)
{
    painter.save();
    painter.setPen(Qt::black);
    const qreal line = QFontMetricsF(markingFont(true), painter.device()).height();
    const QRectF first(page.left(), page.top(), page.width(), line);
    const QRectF second = first.translated(0, line);
    const QRectF last(page.left(), page.bottom() - line, page.width(), line);
    const QRectF beforeLast = last.translated(0, -line);
    const QString pageText = Tr::tr("Page %1 of %2").arg(number).arg(pages);
    if (marking.isEmpty()) {
        painter.setFont(markingFont(false));
        painter.drawText(last, Qt::AlignCenter, pageText);
        painter.restore();
        return;
    }
    painter.setFont(markingFont(true));
    painter.drawText(first, Qt::AlignCenter, marking.classification);
    painter.drawText(last, Qt::AlignCenter, marking.classification);
    painter.setFont(markingFont(false));
    painter.drawText(second, Qt::AlignCenter, marking.byLine());
    painter.drawText(beforeLast, Qt::AlignCenter, pageText);
    painter.restore();
}

void paintDocumentPage(QPainter &painter, QTextDocument &document, int page, const QRectF &body)
{
    // Black text on paper whatever the screen's palette (a dark palette's light grey text would
    // vanish on white), as QTextDocument::print does.
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, Qt::black);
    context.clip = QRectF(0, page * body.height(), body.width(), body.height());
    painter.save();
    painter.translate(body.left(), body.top() - page * body.height());
    painter.setClipRect(context.clip);
    document.documentLayout()->draw(&painter, context);
    painter.restore();
}

int printMarked(QTextDocument &source, QPagedPaintDevice &device, const ExportMarking &marking)
{
    // A copy laid out for the device, as QTextDocument::print does; the caller's is untouched.
    std::unique_ptr<QTextDocument> document(source.clone());
    document->documentLayout()->setPaintDevice(&device);
    QPainter painter(&device);
    if (!painter.isActive())
        return 0;
    const QRectF page(QPointF(0, 0),
                      device.pageLayout().paintRectPixels(device.logicalDpiX()).size());
    const MarkingBands bands = markingBands(painter, marking);
    const QRectF body(page.left(),
                      page.top() + bands.header,
                      page.width(),
                      page.height() - bands.header - bands.footer);
    document->setPageSize(body.size());
    const int pages = document->pageCount();
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            device.newPage();
        paintDocumentPage(painter, *document, i, body);
        paintMarking(painter, page, marking, i + 1, pages);
    }
    return pages;
}

Result<> writeDocumentPdf(QTextDocument &document,
                          const QString &title,
                          const QString &path,
                          const ExportMarking &marking)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(writeError(path, file.errorString()));
    // A new report is the user's alone until they share it (0600, as every file Mizan writes).
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Mizan " MIZAN_VERSION));
        if (printMarked(document, writer, marking) == 0)
            return fail(writeError(path, Tr::tr("nothing could be printed")));
    }
    if (!file.commit())
        return fail(writeError(path, file.errorString()));
    return {};
}

} // namespace mizan
