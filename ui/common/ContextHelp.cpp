#include "common/ContextHelp.h"

#include <QAction>
#include <QCoreApplication>
#include <QKeySequence>
#include <QWidget>

namespace mizan::ContextHelp {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mizan::ContextHelp)
};

struct TabHelp
{
    QString purpose; ///< what the tab is for
    QString who;     ///< the roles that see it, and what each may do
    QString actions; ///< the main actions
};

TabHelp helpOf(const QWidget *tab)
{
    if (!tab)
        return {};
    if (tab->inherits("mizan::ScoringTab"))
        return {Tr::tr("Scores leads with a model and sorts them into risk bands. In a workspace "
                       "you choose a stored lead set and the deployed model; without one, a lead "
                       "file (CSV), its specification and a model bundle."),
                Tr::tr("Analysts and data scientists score and import; risk and privacy officers "
                       "read the scores others kept (Show stored scores)."),
                Tr::tr("Open leads (Ctrl+O) and a model (Ctrl+M), Score (Ctrl+R or F5), filter "
                       "by text (Ctrl+F), band or score, Export the scores (Ctrl+E or Ctrl+S), "
                       "Explain the selected lead (Ctrl+I), Cancel (Esc).")};
    if (tab->inherits("mizan::ExplainTab"))
        return {Tr::tr("Explains one lead's score: the SHAP waterfall (what pushed the score up "
                       "or down), LIME as a second opinion, what-if changes and suggested "
                       "changes that would move the lead into another band; and, for a whole "
                       "lead set, the features that matter most."),
                Tr::tr("Analysts and data scientists explain leads; risk officers and auditors "
                       "see the model-wide view (auditors without lead values)."),
                Tr::tr("Choose a row or type a lead id, Explain (Ctrl+R), switch between "
                       "log-odds and probability, Suggest changes, Compute for the lead set, "
                       "Export the report in English or Arabic (Ctrl+P), Copy the receipt.")};
    if (tab->inherits("mizan::FairnessTab"))
        return {Tr::tr("Compares how a model treats groups of leads (by an attribute such as "
                       "region or company size): selection rates, error rates and their ratios, "
                       "with confidence intervals, at a threshold you can move."),
                Tr::tr("Everyone can look; risk officers set the bias policy."),
                Tr::tr("Choose the model, the lead set and the attribute, Compute (Ctrl+R), move "
                       "the threshold, Export the report (Ctrl+P) or the per-group table "
                       "(Ctrl+S), edit the Bias policy.")};
    if (tab->inherits("mizan::ApprovalTab"))
        return {Tr::tr("The life of every model version: submitted, assessed against the "
                       "approval policy, approved or rejected, deployed, rolled back or "
                       "retired, with its model card and the outcomes of scored leads."),
                Tr::tr("Everyone can look; data scientists submit; risk officers approve, "
                       "reject, deploy, roll back and retire (with a written justification)."),
                Tr::tr("Select a version, Assess (Ctrl+R), Submit, Approve, Reject, Deploy, Roll "
                       "back, Retire, Export the model card (Ctrl+S), Import outcomes, Reload "
                       "(F5).")};
    if (tab->inherits("mizan::PrivacyTab"))
        return {Tr::tr("Answers data subjects: finds everything held about a person, prepares "
                       "the subject-access export and the letter that explains the automated "
                       "decision, erases on request, places legal holds and applies the "
                       "retention rules."),
                Tr::tr("Privacy officers only."),
                Tr::tr("Find a data subject (Ctrl+F), Prepare subject access (Ctrl+R), Save the "
                       "export (Ctrl+S), Erase, Place or lift a hold, review retention.")};
    if (tab->inherits("mizan::UsersTab"))
        return {Tr::tr("The people who may sign in to this workspace, their roles and their "
                       "grants; every change is written to the audit log."),
                Tr::tr("Administrators manage users (a second administrator confirms grants of "
                       "privileged roles); auditors review access."),
                Tr::tr("Add user (Ctrl+N), Change role, Disable, Set password, Personal data "
                       "grant, Remove, Confirm grant, Access review, Refresh (F5).")};
    if (tab->inherits("mizan::BackupTab"))
        return {Tr::tr("Encrypted, signed backups of the workspace: made now or on a schedule, "
                       "verified without touching the workspace, restored, and rehearsed with "
                       "a drill that measures the recovery time."),
                Tr::tr("Administrators only."),
                Tr::tr("Create backup (Ctrl+N), Verify selected (Ctrl+R), Restore selected, Run "
                       "drill, Save schedule, Cancel (Esc), Refresh (F5).")};
    if (tab->inherits("mizan::AuditTab"))
        return {Tr::tr("The append-only audit log of everything done in the workspace, with the "
                       "proofs that nothing was changed or removed: the hash chain, the Merkle "
                       "tree and signed checkpoints."),
                Tr::tr("Auditors and risk officers."),
                Tr::tr("Filter the entries (Ctrl+F), Verify the log (Ctrl+R), verify against a "
                       "saved checkpoint, Sign a checkpoint, Export an evidence pack (Ctrl+S), "
                       "write the Compliance report (Ctrl+P), Refresh (F5), Cancel (Esc).")};
    return {};
}

} // namespace

QString text(const QWidget *tab)
{
    const TabHelp help = helpOf(tab);
    if (help.purpose.isEmpty())
        return {};
    return QStringLiteral("<p>%1</p><p><b>%2</b> %3</p><p><b>%4</b> %5</p>")
        .arg(help.purpose.toHtmlEscaped(),
             Tr::tr("Who can use it:"),
             help.who.toHtmlEscaped(),
             Tr::tr("Main actions:"),
             help.actions.toHtmlEscaped());
}

QString summary(const QWidget *tab)
{
    return helpOf(tab).purpose;
}

QString windowText()
{
    return Tr::tr("<p>Mizan scores leads with gradient-boosted tree models, explains every "
                  "score, checks the models for fairness and keeps a signed audit log of all "
                  "of it. It works offline.</p>"
                  "<p>The tabs you see depend on your role. Press F1 in a tab for its help, "
                  "Shift+F1 and then click on anything for what it does.</p>");
}

QString keyboardHtml(const QList<QAction *> &actions)
{
    QString rows;
    for (const QAction *action : actions) {
        if (action->shortcut().isEmpty() || action->text().isEmpty())
            continue;
        rows += QStringLiteral("<tr><td>%1</td><td><span dir=\"ltr\">%2</span></td></tr>")
                    .arg(action->text().remove(u'&').toHtmlEscaped(),
                         action->shortcut().toString(QKeySequence::NativeText).toHtmlEscaped());
    }
    if (rows.isEmpty())
        return {};
    return QStringLiteral("<p><b>%1</b></p><table cellpadding=\"2\">%2</table>")
        .arg(Tr::tr("Keyboard"), rows);
}

} // namespace mizan::ContextHelp
