#include "explain/ExplanationPdf.h"
#include "common/DocumentPdf.h"

#include <QCoreApplication>
#include <QTextDocument>
#include <QTextOption>

namespace mizan {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mizan::ExplanationPdf)
};
} // namespace

std::unique_ptr<QTextDocument> explanationDocument(const QString &html, ReportLanguage language)
{
    auto document = std::make_unique<QTextDocument>();
    QTextOption option = document->defaultTextOption();
    option.setTextDirection(language == ReportLanguage::Arabic ? Qt::RightToLeft : Qt::LeftToRight);
    document->setDefaultTextOption(option);
    document->setHtml(html);
    return document;
}

Result<> writeExplanationPdf(const QString &html,
                             ReportLanguage language,
                             const QString &path,
                             const ExportMarking &marking)
{
    return writeDocumentPdf(*explanationDocument(html, language),
                            Tr::tr("Explanation of a lead's score"),
                            path,
                            marking);
}

} // namespace mizan
