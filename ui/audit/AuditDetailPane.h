#pragma once

#include <QWidget>

class QLabel;
class QTextBrowser;

namespace mizan {

struct AuditProof;

/**
 * @brief The Audit tab's detail pane: one entry's fields, its details JSON, its hashes, the
 * inclusion proof and the signed checkpoint it proves against, under a banner that says plainly
 * whether the proof (and the checkpoint's signatures) verified. Shows what it is given; reads
 * nothing itself. Read-only, text selectable. UI thread only.
 */
class AuditDetailPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditDetailPane)

public:
    explicit AuditDetailPane(QWidget *parent = nullptr);

    /**
     * @brief Shows an entry and its proof. `signatureProblem` is empty when the checkpoint's
     * signatures verify (or there is no checkpoint), else why they do not.
     */
    void showProof(const AuditProof &proof, const QString &signatureProblem);
    void showError(const QString &message);
    /** @brief The placeholder: nothing selected. */
    void clear();

    qint64 seq() const { return m_seq; }
    /** @brief Whether the entry shown is proven: the proof and the signatures verify. */
    bool isVerified() const { return m_verified; }
    QLabel *statusLabel() const { return m_status; }
    QTextBrowser *browser() const { return m_browser; }

private:
    void setStatus(const QString &text, bool good);

    QLabel *m_title = nullptr;
    QLabel *m_status = nullptr;
    QTextBrowser *m_browser = nullptr;
    qint64 m_seq = 0;
    bool m_verified = false;
};

} // namespace mizan
