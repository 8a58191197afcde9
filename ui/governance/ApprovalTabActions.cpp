// The Approval Queue tab's actions: decisions through the dialog, assessment and submission
// jobs on a worker thread, model card exports.

#include "governance/ApprovalQueueModel.h"
#include "governance/ApprovalStyle.h"
#include "governance/ApprovalTab.h"
#include "governance/DecisionDialog.h"
#include "governance/GovernancePolicyDialog.h"
#include "governance/OutcomesView.h"

#include "common/Background.h"
#include "common/Dialogs.h"
#include "common/DocumentPdf.h"
#include "workspace/Workspace.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QProgressBar>
#include <QSaveFile>
#include <QTabWidget>
#include <QTextDocument>
#include <QtConcurrent/QtConcurrentRun>

namespace mizan {

void ApprovalTab::reportFailure(const QString &what, const Error &error)
{
    Q_EMIT statusMessage(tr("%1: %2").arg(what, error.message));
    MessageBox::critical(this, what, error.message, error.detail);
}

void ApprovalTab::openDecision(Decision decision)
{
    const ModelVersion *v = m_queue->versionById(selectedId());
    if (!v || m_busy || !workspaceFree())
        return;
    const qint64 id = v->info.id;
    DecisionDialog dialog(decision, ApprovalQueueModel::versionLabel(v->info), this);
    if (decision == Decision::Approve) {
        if (m_shownAssessment) {
            dialog.setFailingGates(approvalstyle::failingGateTitles(*m_shownAssessment));
            dialog.setRevalidationLimit(
                QDate::currentDate().addMonths(m_shownAssessment->policy.revalidationMonths));
        } else if (auto policy = m_workspace->governancePolicy()) {
            dialog.setRevalidationLimit(QDate::currentDate().addMonths(policy->revalidationMonths));
        }
        const ModelRecord &r = v->record;
        dialog.setSummary(
            tr("Risk: %1. This is approval %2 of %3; it will be signed with your key.")
                .arg(v->riskLevel.isEmpty() ? tr("not assessed")
                                            : riskLevelDisplayName(v->riskLevel))
                .arg(r.pending.size() + 1)
                .arg(r.approvalsNeeded()));
    } else if (decision == Decision::Submit) {
        dialog.setSummary(tr("The version is assessed on the reference lead set chosen, then "
                             "waits for a risk officer."));
    } else if (decision == Decision::Deploy || decision == Decision::Rollback) {
        dialog.setSummary(tr("From now on, scoring uses this version."));
    }
    if (dialog.exec() != QDialog::Accepted)
        return;
    decide(decision, id, dialog.takeInput());
}

bool ApprovalTab::decide(Decision decision, qint64 id, DecisionInput input)
{
    if (!m_workspace || m_busy || !workspaceFree())
        return false;
    if (decision == Decision::Submit) {
        startAssessment(id, input.text);
        return true;
    }
    Workspace *ws = m_workspace.get();
    auto password = std::make_shared<SecureBytes>(std::move(input.password));
    const qint64 revalidateBy
        = input.revalidateBy.isValid()
              ? QDateTime(input.revalidateBy, QTime(23, 59, 59)).toMSecsSinceEpoch()
              : 0;
    const QString text = input.text;
    const QString overrideReason = input.overrideReason;
    Result<QString> outcome = runInBackground([=]() -> Result<QString> {
        // Every decision is signed: the person confirms who they are first.
        MIZAN_CHECK(ws->reauthenticate(*password));
        switch (decision) {
        case Decision::Approve: {
            ApprovalRequest request;
            request.comment = text;
            request.revalidateByMs = revalidateBy;
            request.overrideReason = overrideReason;
            MIZAN_TRY(approved, ws->approveModel(id, request));
            if (approved.state == ModelState::Approved)
                return tr("Version %1 is approved.").arg(id);
            return tr("Approval %1 of %2 recorded; version %3 needs another risk officer.")
                .arg(approved.approvals)
                .arg(approved.needed)
                .arg(id);
        }
        case Decision::Reject:
            MIZAN_CHECK(ws->rejectModel(id, text));
            return tr("Version %1 is rejected.").arg(id);
        case Decision::Deploy:
            MIZAN_CHECK(ws->deployModel(id, text));
            return tr("Version %1 is deployed: scoring uses it from now on.").arg(id);
        case Decision::Rollback:
            MIZAN_CHECK(ws->rollbackModel(id, text));
            return tr("Rolled back: version %1 is deployed again.").arg(id);
        case Decision::Retire:
            MIZAN_CHECK(ws->retireModel(id, text));
            return tr("Version %1 is retired.").arg(id);
        case Decision::Submit:
            break;
        }
        return QString();
    });
    if (!outcome) {
        reportFailure(tr("%1 refused").arg(DecisionDialog::title(decision)), outcome.error());
        refresh();
        return false;
    }
    Q_EMIT statusMessage(*outcome);
    refresh();
    selectVersion(id);
    Q_EMIT decided(decision, id);
    return true;
}

void ApprovalTab::assessSelected()
{
    if (const qint64 id = selectedId())
        startAssessment(id);
}

void ApprovalTab::startAssessment(qint64 id, const QString &justification)
{
    if (!m_workspace || m_busy || !workspaceFree())
        return;
    const qint64 reference = referenceLeadSet();
    const bool submit = !justification.isEmpty();
    m_cancel = std::make_shared<CancelToken>();
    m_progress->setValue(0);
    m_progress->setFormat(submit ? tr("Submitting… %p%") : tr("Assessing… %p%"));
    setBusy(true);
    JobControl job;
    job.cancel = m_cancel.get();
    job.progress = [this](qint64 done, qint64 total) {
        const int percent = total > 0 ? int(done * 100 / total) : 0;
        QMetaObject::invokeMethod(
            this, [this, percent] { m_progress->setValue(percent); }, Qt::QueuedConnection);
    };
    Q_EMIT statusMessage(submit ? tr("Assessing and submitting version %1…").arg(id)
                                : tr("Assessing version %1…").arg(id));
    // While busy nothing else calls the workspace (the window keeps the other tabs away).
    m_job.setFuture(QtConcurrent::run(
        jobPool(), [ws = m_workspace, id, reference, justification, submit, job, token = m_cancel] {
            JobResult out{submit ? ws->submitModel(id, justification, reference, job)
                                 : ws->assessModel(id, reference, job),
                          id,
                          submit};
            return out;
        }));
}

void ApprovalTab::cancel()
{
    if (m_busy && m_cancel)
        m_cancel->cancel();
}

void ApprovalTab::onJobFinished()
{
    JobResult out = m_job.result();
    m_cancel.reset();
    setBusy(false);
    if (!out.result) {
        if (out.result.error().code == ErrorCode::Cancelled)
            Q_EMIT statusMessage(tr("Cancelled; nothing was recorded."));
        else
            reportFailure(out.submitted ? tr("Not submitted") : tr("Not assessed"),
                          out.result.error());
        Q_EMIT assessed(false);
        return;
    }
    const QString level = riskLevelDisplayName(out.result->level);
    Q_EMIT statusMessage(
        out.submitted ? tr("Version %1 was submitted; assessed as %2 risk.").arg(out.id).arg(level)
                      : tr("Version %1 assessed as %2 risk (score %3).")
                            .arg(out.id)
                            .arg(level)
                            .arg(out.result->score));
    refresh();
    selectVersion(out.id);
    if (out.submitted)
        Q_EMIT decided(Decision::Submit, out.id);
    Q_EMIT assessed(true);
}

void ApprovalTab::showOutcomesIfShown()
{
    const qint64 id = selectedId();
    if (m_details->currentWidget() != m_outcomes || id == 0 || id == m_outcomesShownFor || m_busy
        || !m_workspace || !workspaceFree())
        return;
    m_outcomesShownFor = id;
    Workspace *ws = m_workspace.get();
    auto report = runInBackground([ws, id] { return ws->outcomeReport(id); });
    if (!report) {
        m_outcomes->setMessage(report.error().message);
        return;
    }
    auto stored = m_workspace->outcomeAlerts(id);
    m_outcomes->setReport(*report, stored ? *stored : std::vector<StoredOutcomeAlert>{});
}

void ApprovalTab::editPolicy()
{
    if (!m_workspace || m_busy || !workspaceFree())
        return;
    auto current = m_workspace->governancePolicy();
    if (!current) {
        reportFailure(tr("The approval policy could not be read"), current.error());
        return;
    }
    GovernancePolicyDialog dialog(*current, this);
    if (dialog.exec() == QDialog::Accepted)
        applyPolicy(dialog.policy());
}

bool ApprovalTab::applyPolicy(const GovernancePolicy &policy)
{
    if (!m_workspace || m_busy || !workspaceFree())
        return false;
    if (auto stored = m_workspace->setGovernancePolicy(policy); !stored) {
        reportFailure(tr("The approval policy was not changed"), stored.error());
        return false;
    }
    Q_EMIT statusMessage(tr("The approval policy is changed; assess the versions again to apply "
                            "it to them."));
    refresh();
    return true;
}

void ApprovalTab::importOutcomes()
{
    const QString path = FileDialog::openFile(this,
                                              tr("Import outcomes"),
                                              QDir::homePath(),
                                              tr("Outcome files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        importOutcomesFrom(path);
}

bool ApprovalTab::importOutcomesFrom(const QString &path)
{
    if (!m_workspace || m_busy || !workspaceFree())
        return false;
    Workspace *ws = m_workspace.get();
    auto imported = runInBackground([ws, path] { return ws->importOutcomes(path); });
    if (!imported) {
        reportFailure(tr("Outcomes not imported"), imported.error());
        return false;
    }
    QString message = tr("%1: %n new outcome(s), %2 of them for leads in the workspace; %3 "
                         "known already.",
                         nullptr,
                         int(imported->added))
                          .arg(imported->fileName)
                          .arg(imported->matched)
                          .arg(imported->unchanged);
    if (!imported->judgeProblem.isEmpty()) {
        message += QLatin1Char(' ')
                   + tr("The outcomes are stored, but the deployed version could not be judged: "
                        "%1")
                         .arg(imported->judgeProblem);
        MessageBox::critical(this, tr("Outcomes stored, not judged"), message);
    }
    Q_EMIT statusMessage(message);
    if (!imported->alerts.empty()) {
        QStringList texts;
        for (const OutcomeAlert &a : imported->alerts)
            texts << a.text;
        MessageBox::information(this,
                                tr("Outcome alert"),
                                message + QStringLiteral("\n\n") + texts.join(QLatin1Char('\n')));
    }
    m_outcomesShownFor = 0;
    refresh();
    return true;
}

void ApprovalTab::exportCard()
{
    const ModelVersion *v = m_queue->versionById(selectedId());
    if (!v)
        return;
    const QString path
        = FileDialog::saveFile(this,
                               tr("Export model card"),
                               QDir::home().filePath(
                                   QStringLiteral("model-card-%1.md").arg(v->info.id)),
                               tr("Markdown (*.md);;PDF (*.pdf)"));
    if (!path.isEmpty())
        exportCardTo(path);
}

bool ApprovalTab::exportCardTo(const QString &path)
{
    const qint64 id = selectedId();
    if (!id || !m_workspace || m_busy || !workspaceFree())
        return false;
    // The marking first; then the card, made and audited (with the file's name) before
    // anything is written.
    const auto marking = m_workspace->exportMarking();
    if (!marking) {
        reportFailure(tr("No model card"), marking.error());
        return false;
    }
    auto card = m_workspace->modelCard(id, path);
    if (!card) {
        reportFailure(tr("No model card"), card.error());
        return false;
    }
    Result<> written;
    if (path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)) {
        QTextDocument document;
        document.setMarkdown(*card);
        written = writeDocumentPdf(document, tr("Model card of version %1").arg(id), path, *marking);
    } else {
        // Markdown: the marking as the first and the last paragraph.
        const QString line
            = QStringLiteral("**%1** · %2\n\n").arg(marking->classification, marking->byLine());
        const QByteArray text = (line + *card + QStringLiteral("\n\n") + line).toUtf8();
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(text) < 0 || !file.commit())
            written = fail(ErrorCode::Io,
                           tr("%1 could not be written: %2")
                               .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    if (!written) {
        reportFailure(tr("Model card not written"), written.error());
        return false;
    }
    Q_EMIT statusMessage(tr("Model card written to %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace mizan
