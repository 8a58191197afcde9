#include "privacy/PrivacyDialogs.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace mizan {

ErasureDialog::ErasureDialog(const QString &subject, const QString &identifiedBy, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Erase a data subject"));
    auto *layout = new QVBoxLayout(this);
    auto *warning = new QLabel(
        tr("<b>Erase %1</b> (%2)?<br>Their key is destroyed, so their personal data can never be "
           "read again; their records are anonymised, their outcomes, human decisions and appeals "
           "deleted, and the erasure is written to the erasure register. This cannot be undone.")
            .arg(subject.toHtmlEscaped(), identifiedBy.toHtmlEscaped()),
        this);
    warning->setWordWrap(true);
    layout->addWidget(warning);
    auto *form = new QFormLayout;
    m_request = new QLineEdit(this);
    m_request->setPlaceholderText(tr("e.g. DSR-2026-014"));
    m_request->setAccessibleName(tr("Request reference"));
    form->addRow(tr("&Request reference:"), m_request);
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Your password"));
    form->addRow(tr("Your &password:"), m_password);
    layout->addLayout(form);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Erase"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_request, &QLineEdit::textChanged, this, &ErasureDialog::updateOk);
    connect(m_password, &QLineEdit::textChanged, this, &ErasureDialog::updateOk);
    updateOk();
}

void ErasureDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_request->text().trimmed().isEmpty() && !m_password->text().isEmpty());
}

QString ErasureDialog::request() const
{
    return m_request->text().trimmed();
}

SecureBytes ErasureDialog::takePassword()
{
    const QByteArray utf8 = m_password->text().toUtf8();
    SecureBytes out = SecureBytes::fromView(utf8);
    m_password->clear();
    return out;
}

HoldDialog::HoldDialog(const QList<std::pair<QString, QString>> &targets, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Place a legal hold"));
    auto *layout = new QVBoxLayout(this);
    auto *note = new QLabel(tr("While the hold is in force, nothing of the lead set or model "
                               "version is erased or deleted by retention."),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);
    auto *form = new QFormLayout;
    m_target = new QComboBox(this);
    for (const auto &[label, target] : targets)
        m_target->addItem(label, target);
    form->addRow(tr("&On:"), m_target);
    m_reason = new QPlainTextEdit(this);
    m_reason->setPlaceholderText(tr("The case or order that requires the hold"));
    m_reason->setAccessibleName(tr("Reason"));
    form->addRow(tr("&Reason:"), m_reason);
    layout->addLayout(form);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const auto update = [this] {
        m_buttons->button(QDialogButtonBox::Ok)
            ->setEnabled(m_target->count() > 0 && !m_reason->toPlainText().trimmed().isEmpty());
    };
    connect(m_reason, &QPlainTextEdit::textChanged, this, update);
    update();
}

QString HoldDialog::target() const
{
    return m_target->currentData().toString();
}

QString HoldDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

} // namespace mizan
