#include "common/ExportMarking.h"

#include <QCoreApplication>

namespace mizan {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mizan::ExportMarking)
};

constexpr qsizetype kMaxLength = 48;

bool allowed(QChar c)
{
    if (c.isLetterOrNumber() || c.isMark() || c == u' ') // marks: Arabic shadda and harakat
        return true;
    return QStringView(u"-/.:()").contains(c);
}
} // namespace

Result<QString> ExportMarking::normalizeClassification(const QString &text)
{
    const QString trimmed = text.simplified();
    auto invalid = [](const QString &why) {
        Error e = makeError(ErrorCode::InvalidInput, why);
        e.field = QStringLiteral("classification");
        return fail(e);
    };
    if (trimmed.isEmpty())
        return invalid(Tr::tr("classification: give a marking, for example RESTRICTED"));
    if (trimmed.size() > kMaxLength)
        return invalid(Tr::tr("classification: at most %1 characters").arg(kMaxLength));
    for (const QChar c : trimmed)
        if (!allowed(c))
            return invalid(Tr::tr("classification: \"%1\" is not allowed (letters, digits, spaces "
                                  "and - / . : ( ) only)")
                               .arg(c));
    return trimmed;
}

QString ExportMarking::byLine() const
{
    // The time in digits any reader of either language reads the same (ISO 8601, UTC).
    return Tr::tr("exported by %1 · %2")
        .arg(user, time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")));
}

QString ExportMarking::text() const
{
    return classification + QStringLiteral(" · ") + byLine();
}

QByteArray ExportMarking::csvCommentLine() const
{
    return "# " + text().toUtf8() + '\n';
}

QJsonObject ExportMarking::toJson() const
{
    return {{QStringLiteral("classification"), classification},
            {QStringLiteral("exported_by"), user},
            {QStringLiteral("exported_at"), time.toUTC().toString(Qt::ISODateWithMs)}};
}

} // namespace mizan
