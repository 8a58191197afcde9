// The classification marking on paper: every PDF page gets the header (classification, who and
// when) and the footer (page, classification) outside the text's area; the Users tab sets the
// marking through core.

#include "TestPaths.h"
#include "TestWorkspaceUtil.h"

#include "common/Dialogs.h"
#include "common/DocumentPdf.h"
#include "users/UsersTab.h"
#include "workspace/Workspace.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QLabel>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPalette>
#include <QPdfWriter>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTimeZone>

using namespace mizan;
using namespace mizan::test;

namespace {

const ExportMarking kMarking{"RESTRICTED",
                             "nour",
                             QDateTime(QDate(2026, 11, 27), QTime(14, 5), QTimeZone::utc())};

/** Rows of `image` in [from, to) that hold a dark pixel. */
int darkRows(const QImage &image, int from, int to)
{
    int rows = 0;
    for (int y = from; y < to; ++y)
        for (int x = 0; x < image.width(); ++x)
            if (qGray(image.pixel(x, y)) < 128) {
                ++rows;
                break;
            }
    return rows;
}

int pagesOf(QTextDocument &document, const ExportMarking &marking)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    const int pages = printMarked(document, writer, marking);
    return buffer.data().startsWith("%PDF") ? pages : -1;
}

} // namespace

class TestExportMarkingPdf : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void bandsHoldTheMarking();
    void everyPageIsMarked();
    void textIsBlackInADarkPalette();
    void usersTabSetsTheMarking();
};

void TestExportMarkingPdf::initTestCase()
{
    MessageBox::setTestMode(true);
    KdfParams::allowTestCost(true);
}

void TestExportMarkingPdf::bandsHoldTheMarking()
{
    QImage image(800, 1000, QImage::Format_RGB32);
    image.fill(Qt::white);
    int band = 0;
    {
        QPainter painter(&image);
        const MarkingBands bands = markingBands(painter, kMarking);
        QCOMPARE(bands.header, bands.footer);
        band = qCeil(bands.header);
        paintMarking(painter, QRectF(0, 0, 800, 1000), kMarking, 2, 3);
    }
    QVERIFY(band > 10);
    QVERIFY(band < 200);
    // Ink in the header and footer bands, none between them (where the text goes).
    QVERIFY(darkRows(image, 0, band) > 4);
    QVERIFY(darkRows(image, 1000 - band, 1000) > 4);
    QCOMPARE(darkRows(image, band, 1000 - band), 0);
    // No marking (a file made outside a workspace): no header, the page number alone below.
    QImage blank(800, 1000, QImage::Format_RGB32);
    blank.fill(Qt::white);
    int footer = 0;
    {
        QPainter painter(&blank);
        const MarkingBands bands = markingBands(painter, ExportMarking{});
        QCOMPARE(bands.header, 0.0);
        footer = qCeil(bands.footer);
        paintMarking(painter, QRectF(0, 0, 800, 1000), ExportMarking{}, 1, 1);
    }
    QVERIFY(footer > 5 && footer < band);
    QCOMPARE(darkRows(blank, 0, 1000 - footer), 0);
    QVERIFY(darkRows(blank, 1000 - footer, 1000) > 2);
}

void TestExportMarkingPdf::everyPageIsMarked()
{
    QString html;
    for (int i = 0; i < 400; ++i)
        html += QStringLiteral("<p>Paragraph %1 of a long report.</p>").arg(i);
    QTextDocument document;
    document.setHtml(html);
    const int plain = pagesOf(document, ExportMarking{});
    const int marked = pagesOf(document, kMarking);
    QVERIFY(plain > 1);
    // The bands take room from the text: at least as many pages, never fewer.
    QVERIFY2(marked >= plain, qPrintable(QStringLiteral("%1 < %2").arg(marked).arg(plain)));
    // The caller's document is not re-laid out for the PDF.
    QCOMPARE(document.pageSize(), QTextDocument().pageSize());

    QTemporaryDir dir;
    const QString path = dir.filePath("report.pdf");
    MIZAN_VERIFY_OK(writeDocumentPdf(document, "Report", path, kMarking));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5).startsWith("%PDF"));
    if (const QString keep = qEnvironmentVariable("MIZAN_KEEP_PDF"); !keep.isEmpty())
        QVERIFY(QFile::copy(path, keep)); // to look at it
    QCOMPARE(file.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
             QFileDevice::Permissions());
}

void TestExportMarkingPdf::textIsBlackInADarkPalette()
{
    // Settings > Appearance > Dark: the palette's text is light grey; on paper it must be black.
    const QPalette saved = QGuiApplication::palette();
    QPalette dark = saved;
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    QGuiApplication::setPalette(dark);
    QTextDocument document;
    document.setPlainText(QString("Paragraph of a report in the dark palette.\n").repeated(20));
    QImage image(800, 600, QImage::Format_RGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        document.documentLayout()->setPaintDevice(&image);
        document.setPageSize(QSizeF(800, 600));
        paintDocumentPage(painter, document, 0, QRectF(0, 0, 800, 600));
    }
    QGuiApplication::setPalette(saved);
    QVERIFY2(darkRows(image, 0, 600) > 20, "the text is not dark on white");
}

void TestExportMarkingPdf::usersTabSetsTheMarking()
{
    QTemporaryDir dir;
    auto created = createWorkspace(dir.path());
    std::shared_ptr<Workspace> ws(std::move(created.workspace));
    UsersTab tab(ws);
    auto *label = tab.findChild<QLabel *>("classificationLabel");
    QVERIFY(label);
    QVERIFY(label->text().contains("RESTRICTED"));
    QVERIFY(!tab.applyClassification("<script>")); // refused in core, nothing changed
    QVERIFY(label->text().contains("RESTRICTED"));
    QVERIFY(tab.applyClassification("OFFICIAL SENSITIVE"));
    QVERIFY(label->text().contains("OFFICIAL SENSITIVE"));
    QCOMPARE(*ws->classification(), QString("OFFICIAL SENSITIVE"));
    QCOMPARE(exportMarkingOf(ws.get())->classification, QString("OFFICIAL SENSITIVE"));
    QVERIFY(exportMarkingOf(nullptr)->isEmpty());

    // An auditor sees the marking, not the button; core refuses the change anyway.
    MIZAN_VERIFY_OK(ws->logout());
    MIZAN_VERIFY_OK(ws->login("audra", pw(kAuditorPassword)));
    UsersTab readOnly(ws);
    QVERIFY(readOnly.findChild<QPushButton *>("classificationButton")->isHidden());
    QVERIFY(!readOnly.applyClassification("UNCLASSIFIED"));
    QCOMPARE(*ws->classification(), QString("OFFICIAL SENSITIVE"));
}

QTEST_MAIN(TestExportMarkingPdf)
#include "TestExportMarkingPdf.moc"
