#include "common/DocumentPdf.h"

#include <QCoreApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

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
} // namespace

Result<> writeDocumentPdf(QTextDocument &document, const QString &title, const QString &path)
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
        document.print(&writer);
    }
    if (!file.commit())
        return fail(writeError(path, file.errorString()));
    return {};
}

} // namespace mizan
