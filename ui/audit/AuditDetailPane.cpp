#include "audit/AuditDetailPane.h"

#include "audit/AuditModel.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFontDatabase>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace mizan {

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

/** Hex, hashes and JSON read left to right in either layout direction. */
QString mono(const QString &text)
{
    return QStringLiteral("<span dir=\"ltr\" style=\"font-family:'%1'\">%2</span>")
        .arg(QFontDatabase::systemFont(QFontDatabase::FixedFont).family(), escaped(text));
}

/** Monospace lines; `wrap`: long lines wrap (a signed note) instead of scrolling. */
QString block(const QString &text, bool wrap = false)
{
    return QStringLiteral("<pre dir=\"ltr\" style=\"font-family:'%1'; margin:2px 0; "
                          "white-space:%2\">%3</pre>")
        .arg(QFontDatabase::systemFont(QFontDatabase::FixedFont).family(),
             wrap ? QStringLiteral("pre-wrap") : QStringLiteral("pre"),
             escaped(text));
}

QString hex(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

/** A hash under its label: 64 hex digits need the whole width of the pane. */
QString hashBlock(const QString &label, const QByteArray &hash)
{
    return QStringLiteral("<p style=\"margin:4px 0 0 0\"><b>%1</b></p>").arg(escaped(label))
           + block(hex(hash));
}

QString row(const QString &label, const QString &valueHtml)
{
    return QStringLiteral("<tr><td><b>%1</b>&nbsp;&nbsp;&nbsp;</td><td>%2</td></tr>")
        .arg(escaped(label), valueHtml);
}

QString heading(const QString &text)
{
    return QStringLiteral("<h4 style=\"margin:10px 0 2px 0\">%1</h4>").arg(escaped(text));
}

QString timeText(qint64 ms)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms);
    return QCoreApplication::translate("mizan::AuditDetailPane", "%1 (UTC %2)")
        .arg(AuditModel::localTimeText(ms), t.toUTC().toString(Qt::ISODateWithMs));
}

} // namespace

AuditDetailPane::AuditDetailPane(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_status(new QLabel(this))
    , m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("auditDetailPane"));
    m_title->setObjectName(QStringLiteral("detailTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_status->setObjectName(QStringLiteral("proofStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setAccessibleName(tr("Proof status"));
    m_browser->setObjectName(QStringLiteral("detailBrowser"));
    m_browser->setAccessibleName(tr("Entry details"));
    m_browser->setOpenLinks(false);
    m_browser->setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_status);
    layout->addWidget(m_browser, 1);
    clear();
}

void AuditDetailPane::setStatus(const QString &text, bool good)
{
    m_status->setText((good ? QStringLiteral("\u2714 ") : QStringLiteral("\u2716 ")) + text);
    m_status->setStyleSheet(good ? QStringLiteral("QLabel { color: #0b5d23; background: #e2f3e6; "
                                                  "border: 1px solid #8cc99b; border-radius: 4px; "
                                                  "padding: 6px; }")
                                 : QStringLiteral("QLabel { color: #8a1111; background: #fbe4e4; "
                                                  "border: 1px solid #e09a9a; border-radius: 4px; "
                                                  "padding: 6px; }"));
    m_status->setVisible(true);
}

void AuditDetailPane::clear()
{
    m_seq = 0;
    m_verified = false;
    m_title->setText(tr("No entry selected"));
    m_status->clear();
    m_status->setVisible(false);
    m_browser->setHtml(QStringLiteral("<p>%1</p>")
                           .arg(escaped(tr("Select an entry to see its details, its hashes and "
                                           "the proof that it is in the signed log."))));
}

void AuditDetailPane::showError(const QString &message)
{
    m_seq = 0;
    m_verified = false;
    m_title->setText(tr("Entry not shown"));
    setStatus(message, false);
    m_browser->clear();
}

void AuditDetailPane::showProof(const AuditProof &proof, const QString &signatureProblem)
{
    const AuditEntry &e = proof.entry;
    const QLocale locale;
    m_seq = e.seq;
    m_title->setText(tr("Entry %1").arg(locale.toString(e.seq)));
    const QString size = locale.toString(proof.treeSize);
    m_verified = proof.verified && signatureProblem.isEmpty();
    if (!proof.verified)
        setStatus(tr("Not verified: the inclusion proof of entry %1 does not lead to the root "
                     "of the tree of %2 entries. The entry or the log was changed.")
                      .arg(locale.toString(e.seq), size),
                  false);
    else if (!signatureProblem.isEmpty())
        setStatus(tr("Not verified: the proof leads to the root, but %1.").arg(signatureProblem),
                  false);
    else if (proof.checkpoint)
        setStatus(tr("Verified: entry %1 is in the signed checkpoint of %2 entries.")
                      .arg(locale.toString(e.seq), size),
                  true);
    else
        setStatus(tr("Verified against the current tree of %1 entries. No signed checkpoint "
                     "covers this entry yet.")
                      .arg(size),
                  true);

    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"1\">");
    html += row(tr("Time"), escaped(timeText(e.timeMs)));
    html += row(tr("Actor"), escaped(e.actor));
    html += row(tr("Role"), escaped(AuditModel::roleText(e.role)));
    html += row(tr("Action"), mono(e.action));
    html += row(tr("Target"), escaped(e.target));
    html += row(tr("Outcome"), escaped(AuditModel::outcomeText(e.outcome)));
    html += QStringLiteral("</table>");

    html += heading(tr("Details"));
    html += e.details.isEmpty()
                ? QStringLiteral("<p>%1</p>").arg(escaped(tr("None.")))
                : block(QString::fromUtf8(
                      QJsonDocument(e.details).toJson(QJsonDocument::Indented).trimmed()));

    html += heading(tr("Hashes"));
    html += hashBlock(tr("Previous entry's leaf hash (prev_hash)"), e.prevHash);
    html += hashBlock(tr("This entry's leaf hash"), e.leafHash);

    html += heading(tr("Inclusion proof"));
    html += QStringLiteral("<p>%1</p>")
                .arg(escaped(tr("Leaf %1 (counting from 0) of the tree of %2 entries; the hashes "
                                "on its path to the root:")
                                 .arg(locale.toString(e.seq - 1), size)));
    QString path;
    for (qsizetype i = 0; i < proof.path.size(); ++i)
        path += QStringLiteral("%1  %2\n").arg(i + 1, 2).arg(hex(proof.path[i]));
    if (!path.isEmpty())
        html += block(path.chopped(1));
    html += hashBlock(tr("Root of the tree of %1 entries").arg(size), proof.root);
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"1\">");
    html += row(tr("Result"),
                QStringLiteral("<b>%1</b>")
                    .arg(escaped(proof.verified ? tr("verified") : tr("not verified"))));
    html += QStringLiteral("</table>");

    html += heading(tr("Checkpoint"));
    if (proof.checkpoint) {
        const StoredCheckpoint &c = *proof.checkpoint;
        html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"1\">");
        html += row(tr("Entries"), escaped(locale.toString(c.checkpoint.size)));
        html += row(tr("Signed"), escaped(timeText(c.createdMs)));
        html += row(tr("Reason"), escaped(AuditModel::reasonText(c.reason)));
        html += row(tr("Co-signed by"), escaped(c.cosigner.isEmpty() ? tr("nobody") : c.cosigner));
        html += row(tr("Signatures"),
                    QStringLiteral("<b>%1</b>")
                        .arg(escaped(signatureProblem.isEmpty()
                                         ? tr("verified")
                                         : tr("not verified: %1").arg(signatureProblem))));
        html += QStringLiteral("</table>");
        html += block(QString::fromUtf8(c.note).trimmed(), true);
    } else {
        html += QStringLiteral("<p>%1</p>")
                    .arg(escaped(tr("None yet: the proof is against the root of the log as it is "
                                    "now, which no signature covers.")));
    }
    m_browser->setHtml(html);
}

} // namespace mizan
