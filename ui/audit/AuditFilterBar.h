#pragma once

#include "audit/AuditLog.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace mizan {

/**
 * @brief The Audit tab's filter bar: time range (local time, each end optional), entry
 * numbers, actor, role, action (exact, or a prefix ending in '.'), outcome, target and text in
 * the details. Applying is explicit (the Apply button or Enter in a field), because every new
 * query of the log is itself audited. UI thread only.
 */
class AuditFilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditFilterBar)

public:
    explicit AuditFilterBar(QWidget *parent = nullptr);

    /** @brief What the fields say now. */
    AuditFilter filter() const;
    /** @brief Shows `filter` in the fields (time bounds given in ms since the epoch, UTC). */
    void setFilter(const AuditFilter &filter);

    QLineEdit *actorField() const { return m_actor; }
    QLineEdit *actionField() const { return m_action; }
    QLineEdit *targetField() const { return m_target; }
    QLineEdit *textField() const { return m_text; }
    QComboBox *roleCombo() const { return m_role; }
    QComboBox *outcomeCombo() const { return m_outcome; }
    QCheckBox *fromCheck() const { return m_fromOn; }
    QCheckBox *toCheck() const { return m_toOn; }
    QDateTimeEdit *fromEdit() const { return m_from; }
    QDateTimeEdit *toEdit() const { return m_to; }
    QPushButton *applyButton() const { return m_apply; }
    /** @brief The first and last widgets in the bar's focus order (the tab chains on). */
    QWidget *firstInFocusChain() const;
    QWidget *lastInFocusChain() const;

public Q_SLOTS:
    /** @brief Empties every field and applies. */
    void clearAndApply();

Q_SIGNALS:
    void applyRequested();

private:
    QCheckBox *m_fromOn = nullptr;
    QDateTimeEdit *m_from = nullptr;
    QCheckBox *m_toOn = nullptr;
    QDateTimeEdit *m_to = nullptr;
    QSpinBox *m_fromSeq = nullptr;
    QSpinBox *m_toSeq = nullptr;
    QLineEdit *m_actor = nullptr;
    QComboBox *m_role = nullptr;
    QLineEdit *m_action = nullptr;
    QComboBox *m_outcome = nullptr;
    QLineEdit *m_target = nullptr;
    QLineEdit *m_text = nullptr;
    QPushButton *m_apply = nullptr;
    QPushButton *m_clear = nullptr;
};

} // namespace mizan
