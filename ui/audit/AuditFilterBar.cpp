#include "audit/AuditFilterBar.h"

#include "audit/AuditModel.h"
#include "security/Permissions.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

#include <limits>

namespace mizan {

namespace {

QLabel *buddyLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

} // namespace

AuditFilterBar::AuditFilterBar(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("auditFilterBar"));
    const auto named = []<typename W>(W *widget, const char *name, const QString &accessible) {
        widget->setObjectName(QLatin1String(name));
        widget->setAccessibleName(accessible);
        return widget;
    };
    const QDateTime today(QDate::currentDate(), QTime(0, 0));
    m_fromOn = named(new QCheckBox(tr("Fro&m:"), this), "fromCheck", tr("Filter from a time"));
    m_from = named(new QDateTimeEdit(today.addDays(-7), this), "fromEdit", tr("From time"));
    m_toOn = named(new QCheckBox(tr("T&o:"), this), "toCheck", tr("Filter up to a time"));
    m_to = named(new QDateTimeEdit(today.addDays(1), this), "toEdit", tr("Up to time (exclusive)"));
    for (QDateTimeEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        edit->setEnabled(false);
    }
    m_from->setToolTip(tr("Entries at or after this local time"));
    m_to->setToolTip(tr("Entries before this local time"));
    connect(m_fromOn, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_toOn, &QCheckBox::toggled, m_to, &QWidget::setEnabled);

    m_fromSeq = named(new QSpinBox(this), "fromSeqSpin", tr("From entry number"));
    m_toSeq = named(new QSpinBox(this), "toSeqSpin", tr("Up to entry number"));
    for (QSpinBox *spin : {m_fromSeq, m_toSeq}) {
        spin->setRange(0, std::numeric_limits<int>::max());
        spin->setSpecialValueText(tr("any"));
        spin->setGroupSeparatorShown(true);
        spin->setMinimumWidth(90);
    }
    m_actor = named(new QLineEdit(this), "actorEdit", tr("Actor"));
    m_actor->setPlaceholderText(tr("user name"));
    m_role = named(new QComboBox(this), "roleCombo", tr("Role"));
    m_role->addItem(tr("Any role"), QString());
    for (Role role : kAllRoles)
        m_role->addItem(roleDisplayName(role), roleId(role));
    m_action = named(new QLineEdit(this), "actionEdit", tr("Action"));
    m_action->setPlaceholderText(tr("login, or a prefix: model."));
    m_action->setToolTip(
        tr("An exact action (\"login\"), or a prefix ending in a dot (\"user.\")"));
    m_outcome = named(new QComboBox(this), "outcomeCombo", tr("Outcome"));
    m_outcome->addItem(tr("Any outcome"), QString());
    for (const char *outcome : {"ok", "denied", "failed"})
        m_outcome->addItem(AuditModel::outcomeText(QLatin1String(outcome)), QLatin1String(outcome));
    m_target = named(new QLineEdit(this), "targetEdit", tr("Target"));
    m_target->setPlaceholderText(tr("exact target"));
    m_text = named(new QLineEdit(this), "textEdit", tr("Text in the details"));
    m_text->setPlaceholderText(tr("any text in the details"));
    m_apply = named(new QPushButton(tr("A&pply"), this), "applyButton", tr("Apply the filter"));
    m_apply->setDefault(true);
    m_clear = named(new QPushButton(tr("C&lear"), this), "clearButton", tr("Clear the filter"));
    for (QLineEdit *edit : {m_actor, m_action, m_target, m_text}) {
        edit->setClearButtonEnabled(true);
        connect(edit, &QLineEdit::returnPressed, this, &AuditFilterBar::applyRequested);
    }
    connect(m_apply, &QPushButton::clicked, this, &AuditFilterBar::applyRequested);
    connect(m_clear, &QPushButton::clicked, this, &AuditFilterBar::clearAndApply);

    auto *seqRange = new QHBoxLayout;
    seqRange->addWidget(m_fromSeq);
    seqRange->addWidget(new QLabel(tr("to"), this));
    seqRange->addWidget(m_toSeq);
    seqRange->addStretch(1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_apply);
    buttons->addWidget(m_clear);

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_fromOn, 0, 0);
    grid->addWidget(m_from, 0, 1);
    grid->addWidget(m_toOn, 0, 2);
    grid->addWidget(m_to, 0, 3);
    grid->addWidget(buddyLabel(tr("E&ntries:"), m_fromSeq, this), 0, 4);
    grid->addLayout(seqRange, 0, 5, 1, 3);
    grid->addWidget(buddyLabel(tr("Ac&tor:"), m_actor, this), 1, 0);
    grid->addWidget(m_actor, 1, 1);
    grid->addWidget(buddyLabel(tr("&Role:"), m_role, this), 1, 2);
    grid->addWidget(m_role, 1, 3);
    grid->addWidget(buddyLabel(tr("Act&ion:"), m_action, this), 1, 4);
    grid->addWidget(m_action, 1, 5);
    grid->addWidget(buddyLabel(tr("O&utcome:"), m_outcome, this), 1, 6);
    grid->addWidget(m_outcome, 1, 7);
    grid->addWidget(buddyLabel(tr("Tar&get:"), m_target, this), 2, 0);
    grid->addWidget(m_target, 2, 1);
    grid->addWidget(buddyLabel(tr("&Details contain:"), m_text, this), 2, 2);
    grid->addWidget(m_text, 2, 3, 1, 3);
    grid->addLayout(buttons, 2, 6, 1, 2);
    for (int column : {1, 3, 5})
        grid->setColumnStretch(column, 1);

    // Reading order, the same in either direction (Qt mirrors the positions, not the chain).
    QWidget *chain[] = {m_fromOn,
                        m_from,
                        m_toOn,
                        m_to,
                        m_fromSeq,
                        m_toSeq,
                        m_actor,
                        m_role,
                        m_action,
                        m_outcome,
                        m_target,
                        m_text,
                        m_apply,
                        m_clear};
    for (size_t i = 1; i < std::size(chain); ++i)
        setTabOrder(chain[i - 1], chain[i]);
}

QWidget *AuditFilterBar::firstInFocusChain() const
{
    return m_fromOn;
}

QWidget *AuditFilterBar::lastInFocusChain() const
{
    return m_clear;
}

AuditFilter AuditFilterBar::filter() const
{
    AuditFilter f;
    if (m_fromOn->isChecked())
        f.fromMs = m_from->dateTime().toMSecsSinceEpoch();
    if (m_toOn->isChecked())
        f.toMs = m_to->dateTime().toMSecsSinceEpoch();
    f.fromSeq = m_fromSeq->value();
    f.toSeq = m_toSeq->value();
    f.actor = m_actor->text().trimmed();
    f.role = m_role->currentData().toString();
    f.action = m_action->text().trimmed();
    f.outcome = m_outcome->currentData().toString();
    f.target = m_target->text().trimmed();
    f.text = m_text->text();
    return f;
}

void AuditFilterBar::setFilter(const AuditFilter &f)
{
    m_fromOn->setChecked(f.fromMs > 0);
    if (f.fromMs > 0)
        m_from->setDateTime(QDateTime::fromMSecsSinceEpoch(f.fromMs));
    m_toOn->setChecked(f.toMs > 0);
    if (f.toMs > 0)
        m_to->setDateTime(QDateTime::fromMSecsSinceEpoch(f.toMs));
    m_fromSeq->setValue(int(std::clamp<qint64>(f.fromSeq, 0, m_fromSeq->maximum())));
    m_toSeq->setValue(int(std::clamp<qint64>(f.toSeq, 0, m_toSeq->maximum())));
    m_actor->setText(f.actor);
    m_role->setCurrentIndex(std::max(0, m_role->findData(f.role)));
    m_action->setText(f.action);
    m_outcome->setCurrentIndex(std::max(0, m_outcome->findData(f.outcome)));
    m_target->setText(f.target);
    m_text->setText(f.text);
}

void AuditFilterBar::clearAndApply()
{
    setFilter({});
    Q_EMIT applyRequested();
}

} // namespace mizan
