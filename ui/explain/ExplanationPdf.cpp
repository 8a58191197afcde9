#include "explain/ExplanationPdf.h"

#include <QCoreApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
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

Result<> writeExplanationPdf(const QString &html, ReportLanguage language, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(withFile(makeError(ErrorCode::Io,
                                       Tr::tr("cannot write %1: %2").arg(path, file.errorString())),
                             path));
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setTitle(Tr::tr("Explanation of a lead's score"));
        writer.setCreator(QStringLiteral("Mizan " MIZAN_VERSION));
        explanationDocument(html, language)->print(&writer);
    }
    if (!file.commit())
        return fail(withFile(makeError(ErrorCode::Io,
                                       Tr::tr("cannot write %1: %2").arg(path, file.errorString())),
                             path));
    return {};
}

} // namespace mizan
