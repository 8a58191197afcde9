#pragma once

#include "audit/AuditLog.h"

#include <QDialog>

#include <vector>

class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace mizan {

/**
 * @brief The checkpoint history: every signed checkpoint of the log, newest first (entries,
 * time, reason, co-signer), with the signed note of the selected one, which can be saved to a
 * file to verify against later. Shows the copy it is given; read-only. UI thread only.
 */
class AuditCheckpointsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditCheckpointsDialog)

public:
    explicit AuditCheckpointsDialog(std::vector<StoredCheckpoint> checkpoints,
                                    QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QPlainTextEdit *noteView() const { return m_note; }

public Q_SLOTS:
    /** @brief Saves the selected checkpoint's signed note (asks for the file). */
    void saveNote();

private:
    void showSelected();
    const StoredCheckpoint *selected() const;

    std::vector<StoredCheckpoint> m_checkpoints; ///< newest first
    QTableWidget *m_table = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QPushButton *m_save = nullptr;
};

/** @brief Writes a signed note to `path` (mode 0600); the error says why it could not. */
Result<> saveAuditNote(const QString &path, const QByteArray &note);

} // namespace mizan
