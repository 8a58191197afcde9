#pragma once

#include "common/Result.h"
#include "fairness/BiasPolicy.h"

#include <QDialog>
#include <QStringList>

class QLabel;
class QLineEdit;
class QTableWidget;

namespace mizan {

/**
 * @brief Edits a bias policy: its name and its rules (metric from disparityNames(), operator,
 * limit, and the attribute it applies to or every attribute). What it returns is validated by
 * BiasPolicy::fromJson, the parser the workspace stores through; OK stays on the dialog with the
 * error when it fails. Saving is the caller's (Workspace::setBiasPolicy). UI thread.
 */
class PolicyDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PolicyDialog)

public:
    PolicyDialog(const BiasPolicy &policy, const QStringList &attributes, QWidget *parent = nullptr);
    ~PolicyDialog() override;

    /** @brief The policy as edited, validated. */
    Result<BiasPolicy> policy() const;
    /** @brief The policy accepted with OK (valid once exec() returned Accepted). */
    const BiasPolicy &acceptedPolicy() const { return m_accepted; }

    int ruleCount() const;
    void addRule(const PolicyRule &rule);
    void removeRule(int row);
    void setName(const QString &name);
    QTableWidget *table() const { return m_table; }
    QLabel *errorLabel() const { return m_error; }

public Q_SLOTS:
    void accept() override;

private:
    enum Column { MetricColumn, OperatorColumn, LimitColumn, AttributeColumn, ColumnCount };

    QLineEdit *m_name = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_error = nullptr;
    QStringList m_attributes;
    BiasPolicy m_accepted;
};

} // namespace mizan
