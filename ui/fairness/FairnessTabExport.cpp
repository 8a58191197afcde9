// The Fairness tab's exports (PDF and CSV of the aggregates shown) and the bias-policy editor.

#include "common/Dialogs.h"
#include "common/DocumentPdf.h"
#include "fairness/FairnessExport.h"
#include "fairness/FairnessTab.h"
#include "fairness/PolicyDialog.h"
#include "workspace/Workspace.h"

#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>

namespace mizan {

namespace {

QString suggestedPath(const QString &model, const QString &extension)
{
    QString name = model.section(QLatin1Char(' '), 0, 0);
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_-]+")), QStringLiteral("-"));
    const QString folder = QSettings().value(QStringLiteral("fairness/exportFolder")).toString();
    return QDir(folder).filePath(
        QStringLiteral("fairness-%1-%2.%3")
            .arg(name.isEmpty() ? QStringLiteral("report") : name,
                 QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmm")),
                 extension));
}

void rememberFolder(const QString &path)
{
    QSettings().setValue(QStringLiteral("fairness/exportFolder"), QFileInfo(path).absolutePath());
}

} // namespace

bool FairnessTab::recordExport(const QString &format, const QString &path)
{
    if (!m_workspace || !m_official)
        return false;
    const Result<> recorded = m_workspace->recordFairnessExport(m_officialModelId,
                                                                m_officialLeadSetId,
                                                                format,
                                                                path,
                                                                m_shown->report.threshold,
                                                                m_shown->preview);
    if (!recorded)
        MessageBox::critical(this, tr("Not exported"), recorded.error().message);
    return bool(recorded);
}

void FairnessTab::exportPdf()
{
    if (m_busy || !m_shown)
        return;
    const QString path = FileDialog::saveFile(this,
                                              tr("Save the fairness report"),
                                              suggestedPath(m_officialModel, QStringLiteral("pdf")),
                                              tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    rememberFolder(path);
    exportPdfTo(path);
}

void FairnessTab::exportPdfTo(const QString &path)
{
    if (m_busy || !m_shown || !m_official) {
        Q_EMIT exported(false);
        return;
    }
    // The marking first: the audit entry below records an export that is then written.
    const auto marking = exportMarkingOf(m_workspace.get());
    if (!marking) {
        MessageBox::critical(this, tr("Report not written"), marking.error().message);
        Q_EMIT exported(false);
        return;
    }
    // Aggregates only (no lead leaves the workspace): fairness.view is enough, but it is recorded.
    if (!recordExport(QStringLiteral("pdf"), path)) {
        Q_EMIT exported(false);
        return;
    }
    FairnessExportContext context;
    context.marking = *marking;
    context.model = m_officialModel;
    context.modelSha256 = m_official->modelSha256;
    context.leadSet = m_officialLeadSet;
    context.dataSha256 = m_official->dataSha256;
    context.preparedBy = m_userName;
    context.preparedAt = QDateTime::currentDateTimeUtc();
    context.recordedAt = m_officialAt;
    context.preview = m_shown->preview;
    context.chartMetric = GroupMetric(m_barMetric->currentData().toInt());
    context.sweepMetric = GroupMetric(m_sweepMetric->currentData().toInt());
    const Result<> written = writeFairnessPdf(m_shown->report,
                                              m_shown->alerts,
                                              m_official->policy,
                                              m_official->sweeps,
                                              context,
                                              path);
    if (!written) {
        MessageBox::critical(this,
                             tr("Report not written"),
                             written.error().message,
                             written.error().detail);
        Q_EMIT exported(false);
        return;
    }
    Q_EMIT statusMessage(tr("Fairness report written to %1.").arg(QDir::toNativeSeparators(path)));
    Q_EMIT exported(true);
}

void FairnessTab::exportCsv()
{
    if (m_busy || !m_shown)
        return;
    const QString path = FileDialog::saveFile(this,
                                              tr("Save the per-group table"),
                                              suggestedPath(m_officialModel, QStringLiteral("csv")),
                                              tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    rememberFolder(path);
    exportCsvTo(path);
}

void FairnessTab::exportCsvTo(const QString &path)
{
    const auto marking = exportMarkingOf(m_workspace.get()); // before the audit entry
    if (m_busy || !m_shown || !marking || !recordExport(QStringLiteral("csv"), path)) {
        if (!marking)
            MessageBox::critical(this, tr("Table not written"), marking.error().message);
        Q_EMIT exported(false);
        return;
    }
    if (const Result<> written = writeFairnessCsv(m_shown->report, path, *marking); !written) {
        MessageBox::critical(this, tr("Table not written"), written.error().message);
        Q_EMIT exported(false);
        return;
    }
    Q_EMIT statusMessage(tr("Per-group table written to %1.").arg(QDir::toNativeSeparators(path)));
    Q_EMIT exported(true);
}

void FairnessTab::editPolicy()
{
    if (m_busy || !m_workspace || !workspaceFree())
        return;
    if (!m_mayEditPolicy) {
        MessageBox::critical(this,
                             tr("Bias policy"),
                             tr("Only a risk officer may change the bias policy."));
        return;
    }
    Result<BiasPolicy> current = m_workspace->biasPolicy();
    if (!current) {
        MessageBox::critical(this, tr("Bias policy"), current.error().message);
        return;
    }
    QStringList attributes = m_knownAttributes;
    if (m_official) {
        for (const AttributeReport &a : m_official->report.attributes) {
            if (!attributes.contains(a.name()))
                attributes.append(a.name());
        }
    }
    PolicyDialog dialog(*current, attributes, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    applyPolicy(dialog.acceptedPolicy());
}

bool FairnessTab::applyPolicy(const BiasPolicy &policy)
{
    if (m_busy || !m_workspace || !workspaceFree())
        return false;
    // Core checks fairness.policy and audits the change (or the denial).
    if (const Result<> stored = m_workspace->setBiasPolicy(policy); !stored) {
        MessageBox::critical(this, tr("Bias policy not changed"), stored.error().message);
        return false;
    }
    Q_EMIT statusMessage(tr("Bias policy “%1” saved.").arg(policy.name));
    if (m_official)
        compute(); // the verdicts under the new policy, recorded
    return true;
}

} // namespace mizan
