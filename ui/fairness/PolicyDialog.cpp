#include "fairness/PolicyDialog.h"

#include "fairness/FairnessStyle.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace mizan {

namespace fs = fairnessstyle;

PolicyDialog::PolicyDialog(const BiasPolicy &policy, const QStringList &attributes, QWidget *parent)
    : QDialog(parent)
    , m_attributes(attributes)
{
    setObjectName(QStringLiteral("policyDialog"));
    setWindowTitle(tr("Bias policy"));
    m_name = new QLineEdit(policy.name, this);
    m_name->setObjectName(QStringLiteral("policyName"));
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("policyRules"));
    m_table->setHorizontalHeaderLabels(
        {tr("Metric"), tr("Condition"), tr("Limit"), tr("Attribute")});
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(MetricColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(OperatorColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(LimitColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(AttributeColumn,
                                                      QHeaderView::ResizeToContents);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    for (const PolicyRule &rule : policy.rules)
        addRule(rule);

    auto *add = new QPushButton(tr("&Add rule"), this);
    add->setObjectName(QStringLiteral("policyAddRule"));
    connect(add, &QPushButton::clicked, this, [this] {
        addRule(PolicyRule{QStringLiteral("demographic_parity_ratio"),
                           PolicyOperator::AtLeast,
                           0.8,
                           {}});
    });
    auto *remove = new QPushButton(tr("&Remove rule"), this);
    remove->setObjectName(QStringLiteral("policyRemoveRule"));
    connect(remove, &QPushButton::clicked, this, [this] { removeRule(m_table->currentRow()); });
    auto *defaults = new QPushButton(tr("&Defaults"), this);
    defaults->setToolTip(tr("The four-fifths rule (demographic parity ratio ≥ 0.8) and "
                            "equalized odds difference ≤ 0.1 on every attribute."));
    connect(defaults, &QPushButton::clicked, this, [this] {
        const BiasPolicy d = BiasPolicy::defaults();
        m_table->setRowCount(0);
        for (const PolicyRule &rule : d.rules)
            addRule(rule);
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addWidget(defaults);
    buttons->addStretch(1);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("policyError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #8a1111; }"));
    m_error->hide();
    connect(m_name, &QLineEdit::textChanged, m_error, &QWidget::hide);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(box, &QDialogButtonBox::accepted, this, &PolicyDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    auto *help = new QLabel(tr("Each rule is checked on every attribute of a report, or on the "
                               "one named. Saving the policy is recorded in the audit log; the "
                               "report is then computed again."),
                            this);
    help->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(help);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_error);
    layout->addWidget(box);
    resize(760, 420);
}

PolicyDialog::~PolicyDialog() = default;

int PolicyDialog::ruleCount() const
{
    return m_table->rowCount();
}

void PolicyDialog::setName(const QString &name)
{
    m_name->setText(name);
}

void PolicyDialog::addRule(const PolicyRule &rule)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *metric = new QComboBox(m_table);
    for (const QString &name : disparityNames())
        metric->addItem(fs::disparityLabel(name), name);
    metric->setCurrentIndex(std::max(0, metric->findData(rule.metric)));
    m_table->setCellWidget(row, MetricColumn, metric);
    auto *op = new QComboBox(m_table);
    for (PolicyOperator o : {PolicyOperator::AtLeast,
                             PolicyOperator::AtMost,
                             PolicyOperator::Above,
                             PolicyOperator::Below})
        op->addItem(fs::ruleText(o, 0.0).section(QChar(0x00a0), 0, 0), operatorSymbol(o));
    op->setCurrentIndex(std::max(0, op->findData(operatorSymbol(rule.op))));
    m_table->setCellWidget(row, OperatorColumn, op);
    auto *limit = new QDoubleSpinBox(m_table);
    limit->setRange(-10.0, 10.0);
    limit->setDecimals(3);
    limit->setSingleStep(0.01);
    limit->setValue(rule.limit);
    m_table->setCellWidget(row, LimitColumn, limit);
    auto *attribute = new QComboBox(m_table);
    attribute->setEditable(true); // an attribute no report has shown yet may be typed
    attribute->addItem(tr("Every attribute"), QString());
    for (const QString &name : m_attributes)
        attribute->addItem(name, name);
    if (!rule.attribute.isEmpty() && attribute->findData(rule.attribute) < 0)
        attribute->addItem(rule.attribute, rule.attribute);
    attribute->setCurrentIndex(std::max(0, attribute->findData(rule.attribute)));
    m_table->setCellWidget(row, AttributeColumn, attribute);
}

void PolicyDialog::removeRule(int row)
{
    if (row >= 0 && row < m_table->rowCount())
        m_table->removeRow(row);
}

Result<BiasPolicy> PolicyDialog::policy() const
{
    QJsonArray rules;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const auto *metric = qobject_cast<QComboBox *>(m_table->cellWidget(row, MetricColumn));
        const auto *op = qobject_cast<QComboBox *>(m_table->cellWidget(row, OperatorColumn));
        const auto *limit = qobject_cast<QDoubleSpinBox *>(m_table->cellWidget(row, LimitColumn));
        const auto *attribute = qobject_cast<QComboBox *>(m_table->cellWidget(row, AttributeColumn));
        QJsonObject rule{{QStringLiteral("metric"), metric->currentData().toString()},
                         {QStringLiteral("op"), op->currentData().toString()},
                         {QStringLiteral("limit"), limit->value()}};
        // The typed text unless it is an item's label ("Every attribute" means none).
        const int item = attribute->findText(attribute->currentText());
        const QString name = item >= 0 ? attribute->itemData(item).toString()
                                       : attribute->currentText().trimmed();
        if (!name.isEmpty())
            rule.insert(QStringLiteral("attribute"), name);
        rules.append(rule);
    }
    const QJsonObject json{{QStringLiteral("format"), QLatin1String(BiasPolicy::kFormat)},
                           {QStringLiteral("name"), m_name->text().trimmed()},
                           {QStringLiteral("rules"), rules}};
    return BiasPolicy::fromJson(json, tr("the edited policy"));
}

void PolicyDialog::accept()
{
    Result<BiasPolicy> edited = policy();
    if (!edited) {
        m_error->setText(edited.error().message);
        m_error->show();
        return;
    }
    if (edited->name.isEmpty()) {
        m_error->setText(tr("Give the policy a name: verdicts and the audit log cite it."));
        m_error->show();
        return;
    }
    m_accepted = std::move(*edited);
    QDialog::accept();
}

} // namespace mizan
