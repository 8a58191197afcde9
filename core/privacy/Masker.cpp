#include "privacy/Masker.h"

#include <QStringList>

namespace mizan {

QString Masker::mask(const QString &kind, const QString &value)
{
    if (value.isEmpty())
        return value;
    if (kind == QLatin1String("email"))
        return maskEmail(value);
    if (kind == QLatin1String("phone") || kind == QLatin1String("emirates_id"))
        return maskPhone(value);
    if (kind == QLatin1String("name"))
        return maskName(value);
    if (kind == QLatin1String("passport") || kind == QLatin1String("iban"))
        return maskEnds(value);
    return QStringLiteral("***"); // address, free text: nothing of it, not even its length
}

QString Masker::maskEmail(const QString &value)
{
    const qsizetype at = value.lastIndexOf(QLatin1Char('@'));
    if (at <= 0 || at == value.size() - 1)
        return QStringLiteral("***");
    const QString domain = value.mid(at + 1);
    const qsizetype dot = domain.lastIndexOf(QLatin1Char('.'));
    QString out = value.left(1) + QStringLiteral("***@") + domain.left(1) + QStringLiteral("***");
    if (dot > 0 && dot < domain.size() - 1)
        out += domain.mid(dot); // the top-level domain: ".ae"
    return out;
}

QString Masker::maskPhone(const QString &value)
{
    qsizetype digits = 0;
    for (QChar c : value)
        digits += c.isDigit() ? 1 : 0;
    QString out;
    out.reserve(value.size());
    qsizetype i = 0;
    // An international prefix stays: "+971" or "00971" tells the country, not the person.
    if (value.startsWith(QLatin1String("+971")) || value.startsWith(QLatin1String("00971"))) {
        i = value.startsWith(QLatin1Char('+')) ? 4 : 5;
        out = value.left(i);
        digits -= i == 4 ? 3 : 5;
    }
    qsizetype seen = 0;
    for (; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (!c.isDigit()) {
            out += c.isLetter() ? QLatin1Char('*') : c;
            continue;
        }
        ++seen;
        out += seen > digits - 2 && digits > 4 ? c : QLatin1Char('*');
    }
    return out;
}

QString Masker::maskName(const QString &value)
{
    const QStringList words = value.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList initials;
    for (const QString &word : words)
        initials.append(word.left(1).toUpper() + QLatin1Char('.'));
    return initials.isEmpty() ? QStringLiteral("***") : initials.join(QLatin1Char(' '));
}

QString Masker::maskEnds(const QString &value)
{
    QString out = value;
    qsizetype alnum = 0;
    for (QChar c : value)
        alnum += c.isLetterOrNumber() ? 1 : 0;
    if (alnum <= 4)
        return QStringLiteral("***");
    qsizetype seen = 0;
    for (QChar &c : out) {
        if (!c.isLetterOrNumber())
            continue;
        ++seen;
        if (seen > 2 && seen <= alnum - 2)
            c = QLatin1Char('*');
    }
    return out;
}

} // namespace mizan
