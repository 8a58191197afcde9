#include "governance/DecisionDialog.h"

#include "session/SessionDialogs.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace mizan {

QString DecisionDialog::title(Decision decision)
{
    switch (decision) {
    case Decision::Submit:
        return tr("Submit for approval");
    case Decision::Approve:
        return tr("Approve version");
    case Decision::Reject:
        return tr("Reject version");
    case Decision::Deploy:
        return tr("Deploy version");
    case Decision::Rollback:
        return tr("Roll back to version");
    case Decision::Retire:
        return tr("Retire version");
    }
    return {};
}

DecisionDialog::DecisionDialog(Decision decision, const QString &versionLabel, QWidget *parent)
    : QDialog(parent)
    , m_decision(decision)
{
    setObjectName(QStringLiteral("decisionDialog"));
    setWindowTitle(title(decision));
    setMinimumWidth(460);
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(QStringLiteral("<b>%1</b>").arg(versionLabel.toHtmlEscaped()), this);
    layout->addWidget(heading);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->hide();
    layout->addWidget(m_summary);

    auto *form = new QFormLayout;
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("decisionText"));
    m_text->setTabChangesFocus(true);
    m_text->setFixedHeight(m_text->fontMetrics().height() * 5);
    QString label;
    switch (decision) {
    case Decision::Submit:
        label = tr("&Justification:");
        m_text->setPlaceholderText(tr("What the version is for, what changed and why it is ready"));
        break;
    case Decision::Approve:
    case Decision::Reject:
        label = tr("&Comment:");
        m_text->setPlaceholderText(tr("The evidence the decision rests on (required)"));
        break;
    case Decision::Deploy:
        label = tr("&Comment (optional):");
        break;
    case Decision::Rollback:
    case Decision::Retire:
        label = tr("&Reason:");
        m_text->setPlaceholderText(tr("Required; recorded in the signed history"));
        break;
    }
    form->addRow(label, m_text);

    m_gatesLabel = new QLabel(this);
    m_gatesLabel->setWordWrap(true);
    m_gatesLabel->hide();
    m_override = new QLineEdit(this);
    m_override->setObjectName(QStringLiteral("overrideReason"));
    m_override->setPlaceholderText(tr("Why approving despite the failing gates (audited)"));
    m_override->hide();
    m_revalidate = new QDateEdit(this);
    m_revalidate->setObjectName(QStringLiteral("revalidateBy"));
    m_revalidate->setCalendarPopup(true);
    m_revalidate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_revalidate->setMinimumDate(QDate::currentDate().addDays(1));
    m_revalidate->setDate(QDate::currentDate().addMonths(12));
    m_revalidate->setMaximumDate(QDate::currentDate().addMonths(12));
    if (decision == Decision::Approve) {
        form->addRow(m_gatesLabel);
        form->addRow(tr("&Override reason:"), m_override);
        form->addRow(tr("Re&validate by:"), m_revalidate);
    } else {
        m_revalidate->hide();
    }

    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    if (needsPassword(decision)) {
        form->addRow(tr("Your &password:"), m_password);
        m_password->setToolTip(
            tr("Decisions are signed with your personal key: confirm it is you."));
    } else {
        m_password->hide();
    }
    layout->addLayout(form);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(title(decision));
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (isComplete())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    connect(m_text, &QPlainTextEdit::textChanged, this, &DecisionDialog::updateOk);
    connect(m_override, &QLineEdit::textChanged, this, &DecisionDialog::updateOk);
    connect(m_password, &QLineEdit::textChanged, this, &DecisionDialog::updateOk);
    updateOk();
}

DecisionDialog::~DecisionDialog() = default;

void DecisionDialog::setFailingGates(const QStringList &gates)
{
    m_gatesFail = !gates.isEmpty();
    m_gatesLabel->setVisible(m_gatesFail && m_decision == Decision::Approve);
    m_override->setVisible(m_gatesFail && m_decision == Decision::Approve);
    m_gatesLabel->setText(
        tr("<b>Policy gates fail:</b> %1. Approving needs a written override reason.")
            .arg(gates.join(QStringLiteral(", ")).toHtmlEscaped()));
    updateOk();
}

void DecisionDialog::setRevalidationLimit(const QDate &latest)
{
    if (!latest.isValid())
        return;
    m_revalidate->setMaximumDate(latest);
    m_revalidate->setDate(latest);
}

void DecisionDialog::setSummary(const QString &summary)
{
    m_summary->setText(summary);
    m_summary->setVisible(!summary.isEmpty());
}

bool DecisionDialog::isComplete() const
{
    if (needsText(m_decision) && m_text->toPlainText().trimmed().isEmpty())
        return false;
    if (m_decision == Decision::Approve && m_gatesFail && m_override->text().trimmed().isEmpty())
        return false;
    if (needsPassword(m_decision) && m_password->text().isEmpty())
        return false;
    return true;
}

void DecisionDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(isComplete());
}

DecisionInput DecisionDialog::takeInput()
{
    DecisionInput input;
    input.text = m_text->toPlainText().trimmed();
    if (m_decision == Decision::Approve) {
        input.overrideReason = m_gatesFail ? m_override->text().trimmed() : QString();
        // The latest date allowed means "the policy's full period": sent as such, so the
        // core's limit (now plus the period) is never passed by the end of that day.
        if (m_revalidate->date() < m_revalidate->maximumDate())
            input.revalidateBy = m_revalidate->date();
    }
    if (needsPassword(m_decision))
        input.password = takePassword(m_password);
    return input;
}

} // namespace mizan
