#include "fairness/FairnessExport.h"

#include "common/DocumentPdf.h"
#include "fairness/DisparityModel.h"
#include "fairness/FairnessStyle.h"
#include "fairness/GroupBarChart.h"
#include "fairness/GroupMetricsModel.h"
#include "fairness/OptimizerModel.h"
#include "fairness/SweepChart.h"
#include "model/ScoreExport.h"

#include <QBrush>
#include <QCoreApplication>
#include <QFont>
#include <QGuiApplication>
#include <QImage>
#include <QLocale>
#include <QPainter>
#include <QSaveFile>
#include <QTextDocument>
#include <QTextOption>
#include <QUrl>

#include <algorithm>
#include <cmath>

namespace mizan {

namespace fs = fairnessstyle;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mizan::FairnessExport)
};

constexpr int kChartWidth = 660; ///< px at 96 dpi: the A4 text width less a little
constexpr int kChartHeight = 280;

QString esc(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
}

QString when(const QDateTime &time)
{
    return QLocale().toString(time.toUTC(), QLocale::ShortFormat) + QStringLiteral(" UTC");
}

/** A model as an HTML table: its text, colours and weights, as the tab shows them. */
QString tableHtml(const QAbstractItemModel &model)
{
    QString html = QStringLiteral("<table border='1' cellspacing='0' cellpadding='3' "
                                  "width='100%' style='border-collapse: collapse'><tr>");
    for (int c = 0; c < model.columnCount(); ++c)
        html += QStringLiteral("<th bgcolor='#eeeeee'>%1</th>")
                    .arg(esc(model.headerData(c, Qt::Horizontal, Qt::DisplayRole).toString()));
    html += QStringLiteral("</tr>");
    for (int r = 0; r < model.rowCount(); ++r) {
        html += QStringLiteral("<tr>");
        for (int c = 0; c < model.columnCount(); ++c) {
            const QModelIndex index = model.index(r, c);
            QString text = esc(index.data().toString());
            const QVariant font = index.data(Qt::FontRole);
            if (font.isValid() && font.value<QFont>().bold())
                text = QStringLiteral("<b>%1</b>").arg(text);
            if (font.isValid() && font.value<QFont>().italic())
                text = QStringLiteral("<i>%1</i>").arg(text);
            const QVariant colour = index.data(Qt::ForegroundRole);
            if (colour.isValid())
                text = QStringLiteral("<span style='color:%1'>%2</span>")
                           .arg(colour.value<QColor>().name(), text);
            const QVariant background = index.data(Qt::BackgroundRole);
            const Qt::Alignment align(index.data(Qt::TextAlignmentRole).toInt());
            html += QStringLiteral("<td%1 align='%2'>%3</td>")
                        .arg(background.isValid() ? QStringLiteral(" bgcolor='%1'")
                                                        .arg(background.value<QColor>().name())
                                                  : QString(),
                             align & Qt::AlignTrailing ? QStringLiteral("right")
                                                       : QStringLiteral("left"),
                             text);
        }
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

QString verdictsHtml(const std::vector<BiasAlert> &alerts)
{
    QString html = QStringLiteral("<table border='1' cellspacing='0' cellpadding='3' "
                                  "width='100%'><tr>");
    for (const QString &h : {Tr::tr("Verdict"),
                             Tr::tr("Attribute"),
                             Tr::tr("Metric"),
                             Tr::tr("Limit"),
                             Tr::tr("Value"),
                             Tr::tr("Details")})
        html += QStringLiteral("<th bgcolor='#eeeeee'>%1</th>").arg(esc(h));
    html += QStringLiteral("</tr>");
    for (const BiasAlert &a : alerts) {
        QString value = fs::number(a.value);
        if (a.interval && a.interval->isDefined())
            value += QLatin1Char(' ') + fs::intervalText(*a.interval);
        html += QStringLiteral("<tr><td bgcolor='%1'><b><span style='color:%2'>%3</span></b></td>"
                               "<td>%4</td><td>%5</td><td align='right'>%6</td>"
                               "<td align='right'>%7</td><td>%8</td></tr>")
                    .arg(fs::statusBackground(a.status).name(),
                         fs::statusColour(a.status).name(),
                         esc(fs::statusLabel(a.status)),
                         esc(fs::groupLabel(a.attribute, false)),
                         esc(fs::disparityLabel(a.metric)),
                         esc(fs::ruleText(a.op, a.limit)),
                         esc(value),
                         esc(a.text));
    }
    return html + QStringLiteral("</table>");
}

QString chartUrl(const char *kind, size_t attribute)
{
    return QStringLiteral("chart:%1/%2").arg(QLatin1String(kind)).arg(attribute);
}

QImage drawChart(QWidget &chart)
{
    chart.setLayoutDirection(QGuiApplication::layoutDirection());
    chart.resize(kChartWidth, std::max(kChartHeight, chart.minimumSizeHint().height()));
    QImage image(chart.size() * 2, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(2.0);
    image.fill(Qt::white);
    QPainter painter(&image);
    chart.render(&painter);
    painter.end();
    return image;
}

QByteArray csvNumber(double value)
{
    return std::isfinite(value) ? shortestNumber(value) : QByteArray();
}

Result<> saveAtomically(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    const auto failed = [&] {
        return fail(withFile(makeError(ErrorCode::Io,
                                       Tr::tr("cannot write %1: %2").arg(path, file.errorString())),
                             path));
    };
    if (!file.open(QIODevice::WriteOnly))
        return failed();
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(bytes) != bytes.size() || !file.commit())
        return failed();
    return {};
}

} // namespace

QString fairnessReportHtml(const FairnessReport &report,
                           const std::vector<BiasAlert> &alerts,
                           const BiasPolicy &policy,
                           bool withSweeps,
                           const FairnessExportContext &c)
{
    const bool rtl = QGuiApplication::layoutDirection() == Qt::RightToLeft;
    QString html = QStringLiteral("<html dir='%1'><body>")
                       .arg(rtl ? QStringLiteral("rtl") : QStringLiteral("ltr"));
    html += QStringLiteral("<h1>%1</h1>").arg(esc(Tr::tr("Fairness report")));
    QStringList facts{
        Tr::tr("Model: %1").arg(c.model),
        Tr::tr("Model SHA-256: %1").arg(QString::fromLatin1(c.modelSha256)),
        Tr::tr("Lead set: %1").arg(c.leadSet),
        Tr::tr("Data SHA-256: %1").arg(QString::fromLatin1(c.dataSha256)),
        Tr::tr("Decision threshold: %1 (a lead is selected when its probability is at or above it)")
            .arg(fs::number(report.threshold, 2)),
        Tr::tr("Leads: %1, of which %2 with a known outcome")
            .arg(QLocale().toString(report.rows), QLocale().toString(report.rowsUsed)),
        Tr::tr("Small groups: fewer than %1 members or %2 actual positives")
            .arg(QLocale().toString(report.smallGroups.minCount),
                 QLocale().toString(report.smallGroups.minPositives)),
        Tr::tr("Prepared by %1 on %2").arg(c.preparedBy, when(c.preparedAt)),
    };
    if (report.bootstrap)
        facts.append(Tr::tr("Intervals: %1% percentile bootstrap, %2 resamples, seed %3")
                         .arg(QLocale().toString(report.bootstrap->confidence * 100.0, 'g', 3),
                              QLocale().toString(report.bootstrap->resamples),
                              QString::number(report.bootstrap->seed)));
    html += QStringLiteral("<p>%1</p>").arg(esc(facts.join(QLatin1Char('\n'))));
    QString state;
    if (c.preview)
        state = Tr::tr("This is a preview computed in the Fairness tab at another threshold or "
                       "privileged group than the recorded report; its verdicts are not in the "
                       "audit log.");
    else if (c.recordedAt.isValid())
        state = Tr::tr("The workspace recorded this report and its verdicts in the audit log on "
                       "%1.")
                    .arg(when(c.recordedAt));
    if (!state.isEmpty())
        html += QStringLiteral("<p><b>%1</b></p>").arg(esc(state));
    html += QStringLiteral("<h2>%1</h2>")
                .arg(esc(Tr::tr("Bias policy “%1”: verdicts").arg(policy.name)));
    html += alerts.empty()
                ? QStringLiteral("<p>%1</p>").arg(esc(Tr::tr("The policy has no rules.")))
                : verdictsHtml(alerts);
    if (!report.warnings.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(report.warnings.join(QLatin1Char('\n'))));

    GroupMetricsModel groups;
    DisparityModel disparities;
    OptimizerModel optimizer;
    for (size_t i = 0; i < report.attributes.size(); ++i) {
        const AttributeReport &a = report.attributes[i];
        html += QStringLiteral("<h2>%1</h2>")
                    .arg(esc(Tr::tr("Attribute: %1").arg(fs::groupLabel(a.name(), false))));
        if (!a.warnings.isEmpty()) {
            html += QStringLiteral("<ul>");
            for (const QString &w : a.warnings)
                html += QStringLiteral("<li>%1</li>").arg(esc(w));
            html += QStringLiteral("</ul>");
        }
        groups.setAttribute(&a, report.smallGroups);
        html += QStringLiteral("<h3>%1</h3>").arg(esc(Tr::tr("Groups"))) + tableHtml(groups);
        html += QStringLiteral("<h3>%1</h3><p><img src='%2' width='%3'/></p>")
                    .arg(esc(Tr::tr("%1 by group").arg(fs::metricLabel(c.chartMetric))),
                         chartUrl("bar", i))
                    .arg(kChartWidth);
        disparities.setAttribute(&a, alerts);
        html += QStringLiteral("<h3>%1</h3>").arg(esc(Tr::tr("Disparities")));
        html += tableHtml(disparities);
        if (withSweeps)
            html += QStringLiteral("<h3>%1</h3><p><img src='%2' width='%3'/></p>")
                        .arg(esc(Tr::tr("Threshold sweep: %1").arg(fs::metricLabel(c.sweepMetric))),
                             chartUrl("sweep", i))
                        .arg(kChartWidth);
        if (!a.optimizer.empty()) {
            optimizer.setOutcomes(a.optimizer);
            html += QStringLiteral("<h3>%1</h3><p>%2</p>")
                        .arg(esc(Tr::tr("Threshold optimizer: reported, not applied")),
                             esc(optimizer.summaries().join(QLatin1Char('\n'))));
            html += tableHtml(optimizer);
        }
    }
    html += QStringLiteral("<p><small>%1</small></p>")
                .arg(esc(Tr::tr("Definitions follow fairlearn; the AIF360 rows are AIF360's "
                                "signed forms, the privileged group against the others pooled. "
                                "Only aggregates are shown: no lead appears in this report.")));
    return html + QStringLiteral("</body></html>");
}

std::unique_ptr<QTextDocument> fairnessDocument(const FairnessReport &report,
                                                const std::vector<BiasAlert> &alerts,
                                                const BiasPolicy &policy,
                                                const std::vector<ThresholdSweep> &sweeps,
                                                const FairnessExportContext &context)
{
    auto document = std::make_unique<QTextDocument>();
    QFont font = document->defaultFont();
    font.setPointSizeF(8.5); // the per-group table has twelve columns on A4
    document->setDefaultFont(font);
    QTextOption option = document->defaultTextOption();
    option.setTextDirection(QGuiApplication::layoutDirection());
    document->setDefaultTextOption(option);
    for (size_t i = 0; i < report.attributes.size(); ++i) {
        const AttributeReport &a = report.attributes[i];
        GroupBarChart bar;
        bar.setAttribute(a, context.chartMetric);
        document->addResource(QTextDocument::ImageResource,
                              QUrl(chartUrl("bar", i)),
                              QVariant::fromValue(drawChart(bar)));
        for (const ThresholdSweep &sweep : sweeps) {
            if (sweep.attribute != a.name())
                continue;
            std::vector<bool> small;
            for (const QString &group : sweep.groups) {
                const GroupMetrics *g = a.metrics.group(group);
                small.push_back(g && g->small);
            }
            SweepChart chart;
            chart.setSweep(sweep, context.sweepMetric, small);
            chart.setThreshold(report.threshold);
            document->addResource(QTextDocument::ImageResource,
                                  QUrl(chartUrl("sweep", i)),
                                  QVariant::fromValue(drawChart(chart)));
        }
    }
    document->setHtml(fairnessReportHtml(report, alerts, policy, !sweeps.empty(), context));
    return document;
}

Result<> writeFairnessPdf(const FairnessReport &report,
                          const std::vector<BiasAlert> &alerts,
                          const BiasPolicy &policy,
                          const std::vector<ThresholdSweep> &sweeps,
                          const FairnessExportContext &context,
                          const QString &path)
{
    auto document = fairnessDocument(report, alerts, policy, sweeps, context);
    return writeDocumentPdf(*document, Tr::tr("Fairness report"), path, context.marking);
}

QByteArray fairnessCsv(const FairnessReport &report)
{
    const bool intervals = std::any_of(report.attributes.begin(),
                                       report.attributes.end(),
                                       [](const AttributeReport &a) {
                                           return a.intervals.has_value();
                                       });
    QByteArray csv = "attribute,group,kind,privileged,small_group,threshold,count,positives";
    for (int m = 0; m < kGroupMetricCount; ++m)
        csv += ',' + groupMetricKey(GroupMetric(m)).toLatin1();
    if (intervals) {
        for (int m = 0; m < kGroupMetricCount; ++m) {
            const QByteArray key = groupMetricKey(GroupMetric(m)).toLatin1();
            csv += ',' + key + "_lower," + key + "_upper";
        }
    }
    csv += '\n';
    for (const AttributeReport &a : report.attributes) {
        const AttributeMetrics &m = a.metrics;
        for (size_t row = 0; row <= m.groups.size(); ++row) {
            const bool overall = row == m.groups.size();
            const GroupMetrics &g = overall ? m.overall : m.groups[row];
            const QByteArray kind = overall ? "overall" : g.missing ? "missing" : "group";
            csv += ScoreExport::csvCell(a.name()) + ','
                   + (overall ? QByteArray() : ScoreExport::csvCell(g.name)) + ',' + kind + ','
                   + (!overall && int(row) == m.privilegedIndex ? "true" : "false") + ','
                   + (!overall && g.small ? "true" : "false") + ','
                   + shortestNumber(report.threshold) + ',' + QByteArray::number(g.counts.count())
                   + ',' + QByteArray::number(g.counts.positives());
            for (int k = 0; k < kGroupMetricCount; ++k)
                csv += ',' + csvNumber(g.value(GroupMetric(k)));
            if (intervals) {
                const MetricIntervals *bounds = nullptr;
                if (a.intervals)
                    bounds = overall                            ? &a.intervals->overall
                             : row < a.intervals->groups.size() ? &a.intervals->groups[row]
                                                                : nullptr;
                for (int k = 0; k < kGroupMetricCount; ++k) {
                    const Interval i = bounds ? (*bounds)[size_t(k)] : Interval{};
                    csv += ',' + csvNumber(i.lower) + ',' + csvNumber(i.upper);
                }
            }
            csv += '\n';
        }
    }
    return csv;
}

Result<> writeFairnessCsv(const FairnessReport &report,
                          const QString &path,
                          const ExportMarking &marking)
{
    if (marking.isEmpty())
        return saveAtomically(path, fairnessCsv(report));
    return saveAtomically(path,
                          marking.csvCommentLine() + fairnessCsv(report) + marking.csvCommentLine());
}

} // namespace mizan
