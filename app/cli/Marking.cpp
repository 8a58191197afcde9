#include "Marking.h"

namespace mizan::cli {

QByteArray markedCsv(const QByteArray &csv, const ExportMarking &marking)
{
    if (marking.isEmpty())
        return csv;
    const QByteArray line = marking.csvCommentLine();
    QByteArray marked = line + csv;
    if (!marked.endsWith('\n'))
        marked += '\n';
    return marked + line;
}

QByteArray markedText(const QByteArray &text, const ExportMarking &marking)
{
    if (marking.isEmpty())
        return text;
    // A paragraph of its own in Markdown: a blank line after the first, before the last.
    const QByteArray line = marking.text().toUtf8();
    QByteArray marked = line + "\n\n" + text;
    if (!marked.endsWith('\n'))
        marked += '\n';
    if (!marked.endsWith("\n\n"))
        marked += '\n';
    return marked + line + '\n';
}

QByteArray markedHtml(const QString &html, const ExportMarking &marking)
{
    if (marking.isEmpty())
        return html.toUtf8();
    const QString paragraph = QStringLiteral(
                                  "<p class=\"marking\" dir=\"auto\" style=\"text-align:center;"
                                  "font-weight:bold\">%1</p>")
                                  .arg(marking.text().toHtmlEscaped());
    QString marked = html;
    const qsizetype body = marked.indexOf(QLatin1String("<body"), 0, Qt::CaseInsensitive);
    const qsizetype open = body < 0 ? -1 : marked.indexOf(u'>', body);
    const qsizetype close = marked.lastIndexOf(QLatin1String("</body>"), -1, Qt::CaseInsensitive);
    if (open < 0 || close < open) // not a whole document: the first and the last line
        return (paragraph + u'\n' + marked + u'\n' + paragraph + u'\n').toUtf8();
    marked.insert(close, paragraph);
    marked.insert(open + 1, paragraph);
    return marked.toUtf8();
}

QJsonObject markedJson(QJsonObject json, const ExportMarking &marking)
{
    if (!marking.isEmpty())
        json.insert(QStringLiteral("marking"), marking.toJson());
    return json;
}

} // namespace mizan::cli
