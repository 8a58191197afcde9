#include "governance/AssessmentView.h"

#include "governance/ApprovalStyle.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace mizan {

namespace {
QTableWidgetItem *cell(const QString &text)
{
    auto *i = new QTableWidgetItem(text);
    i->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    i->setToolTip(text);
    return i;
}
} // namespace

AssessmentView::AssessmentView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("assessmentView"));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_badge = new QLabel(this);
    m_badge->setObjectName(QStringLiteral("riskBadge"));
    m_badge->setMargin(6);
    m_badge->setAutoFillBackground(true);
    QFont big = m_badge->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.3);
    m_badge->setFont(big);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    top->addWidget(m_badge);
    top->addWidget(m_summary, 1);
    layout->addLayout(top);

    m_rules = new QTableWidget(0, 4, this);
    m_rules->setObjectName(QStringLiteral("riskRules"));
    m_rules->setAccessibleName(tr("Risk rules"));
    m_rules->setHorizontalHeaderLabels({tr("Rule"), tr("Result"), tr("Points"), tr("Finding")});
    m_gates = new QTableWidget(0, 4, this);
    m_gates->setObjectName(QStringLiteral("policyGates"));
    m_gates->setAccessibleName(tr("Policy gates"));
    m_gates->setHorizontalHeaderLabels({tr("Policy gate"), tr("Result"), tr("Value"), tr("Limit")});
    for (QTableWidget *t : {m_rules, m_gates}) {
        t->verticalHeader()->hide();
        t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        t->horizontalHeader()->setStretchLastSection(true);
        t->setEditTriggers(QAbstractItemView::NoEditTriggers);
        t->setWordWrap(true);
    }
    layout->addWidget(m_rules, 3);
    layout->addWidget(m_gates, 1);
    m_approvals = new QLabel(this);
    m_approvals->setWordWrap(true);
    m_approvals->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_approvals);
    clear();
}

AssessmentView::~AssessmentView() = default;

void AssessmentView::clear()
{
    m_badge->setText(approvalstyle::riskBadgeText({}, 0));
    m_badge->setPalette(palette());
    m_summary->setText(tr("Choose a version in the queue."));
    m_rules->setRowCount(0);
    m_gates->setRowCount(0);
    m_approvals->clear();
}

void AssessmentView::setAssessment(const ModelVersion &version,
                                   const std::optional<RiskAssessment> &assessment)
{
    clear();
    const ModelRecord &r = version.record;
    QStringList approvals;
    for (const ModelApproval &a : r.approvals)
        approvals << tr("Approved by %1 on %2 (revalidate by %3): %4")
                         .arg(a.approver,
                              approvalstyle::dateTimeText(a.timeMs),
                              approvalstyle::dateText(a.revalidateByMs),
                              a.comment);
    int round = 0;
    for (const ModelApproval &a : r.pending)
        approvals << tr("Approval %1 of %2 by %3 on %4: %5")
                         .arg(++round)
                         .arg(r.approvalsNeeded())
                         .arg(a.approver, approvalstyle::dateTimeText(a.timeMs), a.comment);
    if (!r.rejectedBy.isEmpty())
        approvals << tr("Rejected by %1: %2").arg(r.rejectedBy, r.rejectComment);
    if (!r.justification.isEmpty())
        approvals.prepend(tr("Submitted by %1: %2").arg(r.submittedBy, r.justification));
    if (version.revalidationDue)
        approvals.prepend(tr("The approval expired on %1: approve it again before deploying.")
                              .arg(approvalstyle::dateText(r.revalidateByMs)));
    m_approvals->setText(approvals.join(QLatin1Char('\n')));

    if (!assessment) {
        m_summary->setText(tr("%1 has not been assessed yet. Assess it (optionally on a reference "
                              "lead set) before deciding.")
                               .arg(version.info.name));
        return;
    }
    const RiskAssessment &a = *assessment;
    m_badge->setText(approvalstyle::riskBadgeText(a.level, a.score));
    QPalette pal = m_badge->palette();
    pal.setColor(QPalette::Window, approvalstyle::riskBackground(a.level));
    pal.setColor(QPalette::WindowText, approvalstyle::riskForeground(a.level));
    m_badge->setPalette(pal);
    const QStringList failing = approvalstyle::failingGateTitles(a);
    m_summary->setText(
        tr("Assessed %1 by %2 against policy thresholds; score %3 (medium from %4, high from %5). "
           "%6")
            .arg(approvalstyle::dateTimeText(a.createdMs), a.createdBy)
            .arg(a.score)
            .arg(a.policy.mediumFrom)
            .arg(a.policy.highFrom)
            .arg(failing.isEmpty() ? tr("Every policy gate passes.")
                                   : tr("Failing gates: %1 (approval needs an override reason).")
                                         .arg(failing.join(QStringLiteral(", ")))));
    for (const RiskRule &rule : a.rules) {
        const int row = m_rules->rowCount();
        m_rules->insertRow(row);
        m_rules->setItem(row, 0, cell(rule.title));
        auto *status = cell(approvalstyle::ruleStatusText(rule.status));
        status->setForeground(approvalstyle::ruleStatusColour(rule.status));
        m_rules->setItem(row, 1, status);
        m_rules->setItem(row, 2, cell(QString::number(rule.points)));
        m_rules->setItem(row, 3, cell(rule.finding));
    }
    const QLocale locale;
    for (const GateResult &g : a.gates) {
        const int row = m_gates->rowCount();
        m_gates->insertRow(row);
        m_gates->setItem(row, 0, cell(g.title));
        auto *result = cell(!g.evaluated ? tr("No evidence: fails")
                                         : (g.passed ? tr("Pass") : tr("Fail")));
        result->setForeground(g.passed ? approvalstyle::passColour() : approvalstyle::alertColour());
        result->setToolTip(g.text);
        m_gates->setItem(row, 1, result);
        m_gates->setItem(row,
                         2,
                         cell(g.evaluated && std::isfinite(g.value)
                                  ? locale.toString(g.value, 'f', 3)
                                  : QString()));
        m_gates->setItem(row, 3, cell(locale.toString(g.limit, 'f', 2)));
    }
    m_rules->resizeRowsToContents();
}

} // namespace mizan
