#include "audit/CompliancePdf.h"
#include "common/DocumentPdf.h"

#include "audit/ComplianceReport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QGuiApplication>
#include <QLocale>
#include <QTextDocument>

namespace mizan {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mizan::CompliancePdf)
};

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString when(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC), QLocale::ShortFormat)
           + QStringLiteral(" UTC");
}

QString number(qint64 n)
{
    return QLocale().toString(n);
}

QString countsTable(const QString &keyHeader, const QMap<QString, qint64> &counts)
{
    QString html = QStringLiteral("<table border='1' cellspacing='0' cellpadding='3' width='100%'>"
                                  "<tr><th align='start'>%1</th><th>%2</th></tr>")
                       .arg(esc(keyHeader), esc(Tr::tr("Entries")));
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        html += QStringLiteral("<tr><td>%1</td><td align='right'>%2</td></tr>")
                    .arg(esc(it.key()), number(it.value()));
    return html + QStringLiteral("</table>");
}

QString sectionHtml(const QString &title, const ComplianceReport::Section &s)
{
    QString html = QStringLiteral("<h3>%1 (%2)</h3>").arg(esc(title), number(s.count));
    if (s.count == 0)
        return html + QStringLiteral("<p>%1</p>").arg(esc(Tr::tr("None in this period.")));
    html += QStringLiteral("<table border='1' cellspacing='0' cellpadding='3' width='100%'><tr>");
    for (const QString &h : {Tr::tr("Entry"),
                             Tr::tr("Time"),
                             Tr::tr("User"),
                             Tr::tr("Role"),
                             Tr::tr("Action"),
                             Tr::tr("Target"),
                             Tr::tr("Outcome")})
        html += QStringLiteral("<th>%1</th>").arg(esc(h));
    html += QStringLiteral("</tr>");
    for (const AuditEntry &e : s.entries)
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td>"
                               "<td>%6</td><td>%7</td></tr>")
                    .arg(number(e.seq),
                         esc(when(e.timeMs)),
                         esc(e.actor),
                         esc(e.role),
                         esc(e.action),
                         esc(e.target),
                         esc(e.outcome));
    html += QStringLiteral("</table>");
    if (qint64(s.entries.size()) < s.count)
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(Tr::tr("The first %1 of %2 are listed; mizan-cli audit show lists "
                                    "them all.")
                                 .arg(number(qint64(s.entries.size())), number(s.count))));
    return html;
}

} // namespace

QString complianceHtml(const ComplianceReport &r)
{
    const bool rtl = QGuiApplication::layoutDirection() == Qt::RightToLeft;
    QString html = QStringLiteral("<html dir='%1'><body>")
                       .arg(rtl ? QStringLiteral("rtl") : QStringLiteral("ltr"));
    html += QStringLiteral("<h1>%1</h1>").arg(esc(Tr::tr("Audit compliance report")));
    html += QStringLiteral("<p>%1<br/>%2<br/>%3</p>")
                .arg(esc(Tr::tr("Workspace log: %1").arg(r.origin)),
                     esc(Tr::tr("Period: %1 to %2").arg(when(r.fromMs), when(r.toMs))),
                     esc(Tr::tr("Prepared by %1 on %2").arg(r.generatedBy, when(r.generatedMs))));
    const QString colour = r.verification.ok ? QStringLiteral("#1b5e20")
                                             : QStringLiteral("#b71c1c");
    html += QStringLiteral("<h2>%1</h2><p style='color:%2'><b>%3</b></p>")
                .arg(esc(Tr::tr("Verification")), colour, esc(r.verification.verdict()));
    if (r.checkpoint)
        html += QStringLiteral("<p>%1</p><pre>%2</pre>")
                    .arg(esc(Tr::tr("It rests on this signed checkpoint (%1 entries), which can "
                                    "be verified offline with mizan-cli audit verify --trusted:")
                                 .arg(number(r.checkpoint->checkpoint.size))),
                         esc(QString::fromUtf8(r.checkpoint->note)));
    html += QStringLiteral("<h2>%1</h2><p>%2</p>")
                .arg(esc(Tr::tr("Activity")),
                     esc(Tr::tr("%1 entries in the period.").arg(number(r.entries))));
    html += QStringLiteral("<h3>%1</h3>").arg(esc(Tr::tr("Actions by type")))
            + countsTable(Tr::tr("Action"), r.byAction);
    html += QStringLiteral("<h3>%1</h3>").arg(esc(Tr::tr("Outcomes")))
            + countsTable(Tr::tr("Outcome"), r.byOutcome);
    html += QStringLiteral("<h3>%1</h3>").arg(esc(Tr::tr("Actions by user")));
    html += QStringLiteral("<table border='1' cellspacing='0' cellpadding='3' width='100%'>"
                           "<tr><th>%1</th><th>%2</th><th>%3</th></tr>")
                .arg(esc(Tr::tr("User")), esc(Tr::tr("Action")), esc(Tr::tr("Entries")));
    for (auto user = r.byUser.cbegin(); user != r.byUser.cend(); ++user)
        for (auto it = user.value().cbegin(); it != user.value().cend(); ++it)
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td align='right'>%3</td></tr>")
                        .arg(esc(user.key()), esc(it.key()), number(it.value()));
    html += QStringLiteral("</table>");
    html += sectionHtml(Tr::tr("Denials"), r.denials);
    html += sectionHtml(Tr::tr("Model approvals and rejections"), r.approvals);
    html += sectionHtml(Tr::tr("Fairness alerts"), r.fairnessAlerts);
    html += sectionHtml(Tr::tr("Erasures"), r.erasures);
    html += sectionHtml(Tr::tr("Backups and restores"), r.backups);
    return html + QStringLiteral("</body></html>");
}

Result<> writeCompliancePdf(const ComplianceReport &report,
                            const QString &path,
                            const ExportMarking &marking)
{
    QTextDocument document;
    document.setHtml(complianceHtml(report));
    return writeDocumentPdf(document, Tr::tr("Audit compliance report"), path, marking);
}

} // namespace mizan
