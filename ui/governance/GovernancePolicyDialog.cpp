#include "governance/GovernancePolicyDialog.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace mizan {

namespace {
QDoubleSpinBox *ratio(QWidget *parent, double min, double max, double step, const QString &tip)
{
    auto *spin = new QDoubleSpinBox(parent);
    spin->setRange(min, max);
    spin->setDecimals(2);
    spin->setSingleStep(step);
    spin->setToolTip(tip);
    return spin;
}

QSpinBox *whole(QWidget *parent, int min, int max, const QString &tip)
{
    auto *spin = new QSpinBox(parent);
    spin->setRange(min, max);
    spin->setToolTip(tip);
    return spin;
}
} // namespace

GovernancePolicyDialog::GovernancePolicyDialog(const GovernancePolicy &policy, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("governancePolicyDialog"));
    setWindowTitle(tr("Approval policy"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("A failing gate blocks approval unless the officer writes an "
                                    "override reason, which is audited."),
                                 this));

    auto *gates = new QGroupBox(tr("Gates"), this);
    auto *g = new QFormLayout(gates);
    m_minRocAuc = ratio(gates,
                        0.5,
                        1.0,
                        0.01,
                        tr("The candidate's ROC AUC on the reference lead set "
                           "(else its test split)."));
    m_minDpRatio = ratio(gates,
                         0.0,
                         1.0,
                         0.05,
                         tr("Lowest demographic parity ratio of its latest "
                            "fairness report; 0 switches the gate off."));
    m_maxAucDrop = ratio(gates,
                         0.0,
                         0.5,
                         0.01,
                         tr("How far below the deployed version's ROC AUC "
                            "the candidate may be."));
    m_maxPsi = ratio(gates,
                     0.0,
                     10.0,
                     0.05,
                     tr("Score drift (PSI) between candidate and deployed "
                        "version on the reference lead set."));
    g->addRow(tr("Minimum ROC &AUC:"), m_minRocAuc);
    g->addRow(tr("Minimum &DP ratio:"), m_minDpRatio);
    g->addRow(tr("Largest AUC &drop:"), m_maxAucDrop);
    g->addRow(tr("Largest &PSI:"), m_maxPsi);
    layout->addWidget(gates);

    auto *rules = new QGroupBox(tr("Risk assessment"), this);
    auto *r = new QFormLayout(rules);
    m_warnPsi = ratio(rules, 0.0, 10.0, 0.05, tr("Drift worth a warning."));
    m_maxMissing = ratio(rules, 0.0, 1.0, 0.05, tr("A feature missing more often is a warning."));
    m_leakageAuc
        = ratio(rules, 0.5, 1.0, 0.01, tr("A single feature this predictive is a leakage suspect."));
    m_minPositive
        = ratio(rules, 0.0, 0.5, 0.01, tr("Fewer positive outcomes than this is a warning."));
    m_minOverlap = ratio(rules,
                         0.0,
                         1.0,
                         0.05,
                         tr("Share of the top-5 SHAP features shared with the "
                            "deployed version."));
    m_mediumFrom = whole(rules, 1, 100, tr("Risk score from which the level is medium."));
    m_highFrom = whole(rules, 1, 100, tr("Risk score from which the level is high: two approvals."));
    r->addRow(tr("PSI &warning from:"), m_warnPsi);
    r->addRow(tr("Largest &missing rate:"), m_maxMissing);
    r->addRow(tr("&Leakage suspect from AUC:"), m_leakageAuc);
    r->addRow(tr("Smallest positive &rate:"), m_minPositive);
    r->addRow(tr("Smallest top-feature &overlap:"), m_minOverlap);
    r->addRow(tr("Medium risk &from score:"), m_mediumFrom);
    r->addRow(tr("&High risk from score:"), m_highFrom);
    layout->addWidget(rules);

    auto *monitoring = new QGroupBox(tr("Revalidation and monitoring"), this);
    auto *m = new QFormLayout(monitoring);
    m_revalidation = whole(monitoring, 1, 12, tr("How long an approval lasts."));
    m_revalidation->setSuffix(tr(" months"));
    m_maxOutcomeDrop = ratio(monitoring,
                             0.0,
                             0.5,
                             0.01,
                             tr("Realised ROC AUC this far below the "
                                "approved one raises an alert."));
    m->addRow(tr("Re&validate within:"), m_revalidation);
    m->addRow(tr("Outcome alert at AUC dro&p:"), m_maxOutcomeDrop);
    layout->addWidget(monitoring);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("policyProblem"));
    m_problem->setStyleSheet(QStringLiteral("color: #b01c2e"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel
                                             | QDialogButtonBox::RestoreDefaults,
                                         this);
    connect(buttons, &QDialogButtonBox::accepted, this, &GovernancePolicyDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this, [this] {
        setPolicy(GovernancePolicy::defaults());
    });
    layout->addWidget(buttons);
    setPolicy(policy);
}

GovernancePolicyDialog::~GovernancePolicyDialog() = default;

void GovernancePolicyDialog::setPolicy(const GovernancePolicy &p)
{
    m_minRocAuc->setValue(p.minRocAuc);
    m_minDpRatio->setValue(p.minDpRatio);
    m_maxAucDrop->setValue(p.maxAucDrop);
    m_maxPsi->setValue(p.maxPsi);
    m_warnPsi->setValue(p.warnPsi);
    m_maxMissing->setValue(p.maxMissingRate);
    m_leakageAuc->setValue(p.leakageAuc);
    m_minPositive->setValue(p.minPositiveRate);
    m_minOverlap->setValue(p.minTopOverlap);
    m_mediumFrom->setValue(p.mediumFrom);
    m_highFrom->setValue(p.highFrom);
    m_revalidation->setValue(p.revalidationMonths);
    m_maxOutcomeDrop->setValue(p.maxOutcomeAucDrop);
}

GovernancePolicy GovernancePolicyDialog::policy() const
{
    GovernancePolicy p;
    p.minRocAuc = m_minRocAuc->value();
    p.minDpRatio = m_minDpRatio->value();
    p.maxAucDrop = m_maxAucDrop->value();
    p.maxPsi = m_maxPsi->value();
    p.warnPsi = m_warnPsi->value();
    p.maxMissingRate = m_maxMissing->value();
    p.leakageAuc = m_leakageAuc->value();
    p.minPositiveRate = m_minPositive->value();
    p.minTopOverlap = m_minOverlap->value();
    p.mediumFrom = m_mediumFrom->value();
    p.highFrom = m_highFrom->value();
    p.revalidationMonths = m_revalidation->value();
    p.maxOutcomeAucDrop = m_maxOutcomeDrop->value();
    return p;
}

QString GovernancePolicyDialog::problem() const
{
    const Result<> valid = policy().validate();
    return valid ? QString() : valid.error().message;
}

void GovernancePolicyDialog::accept()
{
    const QString wrong = problem();
    m_problem->setText(wrong);
    m_problem->setVisible(!wrong.isEmpty());
    if (wrong.isEmpty())
        QDialog::accept();
}

} // namespace mizan
