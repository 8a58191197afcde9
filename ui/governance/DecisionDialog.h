#pragma once

#include "common/SecureBytes.h"

#include <QDate>
#include <QDialog>
#include <QStringList>

class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace mizan {

/** @brief What a risk officer (or data scientist, for Submit) decides on one version. */
enum class Decision { Submit, Approve, Reject, Deploy, Rollback, Retire };

/** @brief What the decision dialog gathered. */
struct DecisionInput
{
    QString text;           ///< justification, comment or reason
    QString overrideReason; ///< approve with failing gates
    QDate revalidateBy;     ///< approve; invalid: the policy's period
    SecureBytes password;   ///< every decision but Submit asks for it again
};

/**
 * @brief Asks for what a decision needs: the justification (submit), the mandatory comment
 * (approve, reject) or reason (rollback, retire), for approvals the revalidation date (at most
 * the policy's months ahead) and, when policy gates fail, a written override reason; and the
 * password again for every decision that changes what is approved or deployed. OK stays
 * disabled until everything required is there.
 */
class DecisionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DecisionDialog)

public:
    DecisionDialog(Decision decision, const QString &versionLabel, QWidget *parent = nullptr);
    ~DecisionDialog() override;

    /** @brief Approve: the latest assessment's failing gates (an override reason is then needed). */
    void setFailingGates(const QStringList &gates);
    /** @brief Approve: the latest allowed revalidation date (and the default). */
    void setRevalidationLimit(const QDate &latest);
    /** @brief A line above the form: risk level, approvals so far, what happens next. */
    void setSummary(const QString &summary);

    Decision decision() const { return m_decision; }
    /** @brief Takes the input (the password leaves the line edit). */
    DecisionInput takeInput();
    bool isComplete() const;

    QPlainTextEdit *textEdit() const { return m_text; }
    QLineEdit *overrideEdit() const { return m_override; }
    QDateEdit *revalidateEdit() const { return m_revalidate; }
    QLineEdit *passwordEdit() const { return m_password; }
    QDialogButtonBox *buttons() const { return m_buttons; }

    static QString title(Decision decision);
    static bool needsPassword(Decision decision) { return decision != Decision::Submit; }
    static bool needsText(Decision decision) { return decision != Decision::Deploy; }

private:
    void updateOk();

    Decision m_decision;
    QLabel *m_summary = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QLabel *m_gatesLabel = nullptr;
    QLineEdit *m_override = nullptr;
    QDateEdit *m_revalidate = nullptr;
    QLineEdit *m_password = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_gatesFail = false;
};

} // namespace mizan
