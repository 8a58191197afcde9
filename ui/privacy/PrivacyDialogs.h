#pragma once

#include "common/SecureBytes.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;

namespace mizan {

/**
 * @brief Asks for what an erasure needs: the request's reference and the password again. Says
 * plainly what will happen and that it cannot be undone. OK only when both are given.
 */
class ErasureDialog final : public QDialog
{
    Q_OBJECT

public:
    ErasureDialog(const QString &subject, const QString &identifiedBy, QWidget *parent = nullptr);

    QString request() const;
    /** @brief The password typed, moved out and the field cleared. */
    SecureBytes takePassword();
    QLineEdit *requestEdit() const { return m_request; }
    QLineEdit *passwordEdit() const { return m_password; }

private:
    void updateOk();

    QLineEdit *m_request = nullptr;
    QLineEdit *m_password = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

/** @brief Places a legal hold: on which lead set or model version, and why. */
class HoldDialog final : public QDialog
{
    Q_OBJECT

public:
    /** @brief `targets`: (label, "leadset:N" or "model:N"). */
    HoldDialog(const QList<std::pair<QString, QString>> &targets, QWidget *parent = nullptr);

    QString target() const;
    QString reason() const;
    QComboBox *targetCombo() const { return m_target; }
    QPlainTextEdit *reasonEdit() const { return m_reason; }

private:
    QComboBox *m_target = nullptr;
    QPlainTextEdit *m_reason = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace mizan
