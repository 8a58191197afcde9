#include "governance/OutcomesView.h"

#include "governance/ApprovalStyle.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace mizan {

namespace {
QTableWidgetItem *cell(const QString &text)
{
    auto *i = new QTableWidgetItem(text);
    i->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return i;
}

QString number(const std::optional<double> &v)
{
    return v ? QLocale().toString(*v, 'f', 3) : QString();
}
} // namespace

OutcomesView::OutcomesView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("outcomesView"));
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_alerts = new QLabel(this);
    m_alerts->setWordWrap(true);
    m_alerts->setObjectName(QStringLiteral("outcomeAlerts"));
    m_runs = new QTableWidget(0, 9, this);
    m_runs->setObjectName(QStringLiteral("outcomeRuns"));
    m_runs->setAccessibleName(tr("Outcomes by scoring run"));
    m_runs->setHorizontalHeaderLabels({tr("Scoring run"),
                                       tr("Scored"),
                                       tr("Leads"),
                                       tr("Known outcomes"),
                                       tr("Converted"),
                                       tr("ROC AUC"),
                                       tr("Mean score"),
                                       tr("Observed rate"),
                                       tr("Lowest DP ratio")});
    m_runs->verticalHeader()->hide();
    m_runs->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_runs->horizontalHeader()->setStretchLastSection(true);
    m_runs->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_summary);
    layout->addWidget(m_alerts);
    layout->addWidget(m_runs, 1);
    clear();
}

OutcomesView::~OutcomesView() = default;

void OutcomesView::clear()
{
    m_summary->setText(tr("Choose a version in the queue."));
    m_alerts->clear();
    m_alerts->hide();
    m_runs->setRowCount(0);
}

void OutcomesView::setMessage(const QString &message)
{
    clear();
    m_summary->setText(message);
}

void OutcomesView::setReport(const OutcomeReport &report,
                             const std::vector<StoredOutcomeAlert> &stored)
{
    clear();
    const OutcomeSlice &all = report.overall;
    QString summary = !report.approvedAuc ? tr("No ROC AUC to compare with.")
                      : report.approved
                          ? tr("Approved on ROC AUC %1 (%2).")
                                .arg(number(report.approvedAuc), report.approvedAucSource)
                          : tr("Not approved; its latest ROC AUC is %1 (%2).")
                                .arg(number(report.approvedAuc), report.approvedAucSource);
    summary += QLatin1Char(' ');
    summary += all.matched > 0
                   ? tr("Realised on %1 leads with known outcomes: ROC AUC %2, mean score %3 "
                        "against an observed conversion rate of %4.")
                         .arg(QLocale().toString(all.matched),
                              number(all.rocAuc),
                              QLocale().toString(all.meanPredicted, 'f', 3),
                              QLocale().toString(all.observedRate, 'f', 3))
                   : tr("No outcome of a lead it scored is known yet: import outcomes when "
                        "conversions are known.");
    m_summary->setText(summary);
    const auto addRow = [this](const QString &run, const QString &when, const OutcomeSlice &s) {
        const int row = m_runs->rowCount();
        m_runs->insertRow(row);
        m_runs->setItem(row, 0, cell(run));
        m_runs->setItem(row, 1, cell(when));
        m_runs->setItem(row, 2, cell(QLocale().toString(s.rows)));
        m_runs->setItem(row, 3, cell(QLocale().toString(s.matched)));
        m_runs->setItem(row, 4, cell(QLocale().toString(s.positives)));
        m_runs->setItem(row, 5, cell(number(s.rocAuc)));
        m_runs->setItem(row,
                        6,
                        cell(s.matched ? QLocale().toString(s.meanPredicted, 'f', 3) : QString()));
        m_runs->setItem(row,
                        7,
                        cell(s.matched ? QLocale().toString(s.observedRate, 'f', 3) : QString()));
        m_runs->setItem(row,
                        8,
                        cell(s.lowestDpRatio
                                 ? tr("%1 (%2)").arg(number(s.lowestDpRatio), s.dpAttribute)
                                 : QString()));
    };
    for (const OutcomeSlice &s : report.runs)
        addRow(QString::number(s.runId), approvalstyle::dateTimeText(s.scoredMs), s);
    if (!report.runs.empty())
        addRow(tr("All runs"), QString(), all);
    QStringList alerts;
    for (const OutcomeAlert &a : report.alerts)
        alerts << tr("Now: %1").arg(a.text.toHtmlEscaped());
    for (const StoredOutcomeAlert &a : stored)
        alerts << tr("Raised %1: %2")
                      .arg(approvalstyle::dateTimeText(a.createdMs), a.alert.text.toHtmlEscaped());
    if (!alerts.isEmpty()) {
        m_alerts->setText(QStringLiteral("<span style='color:#b01c2e'><b>%1</b><br>%2</span>")
                              .arg(tr("Outcome alerts for the risk officer:"),
                                   alerts.join(QStringLiteral("<br>"))));
        m_alerts->show();
    }
}

} // namespace mizan
