// The tabs by role: which tabs a signed-in user gets (each mirrors a permission the core
// checks), where they sit, and the first status message of the session.

#include "MainWindow.h"

#include "audit/AuditTab.h"
#include "backup/BackupScheduler.h"
#include "backup/BackupTab.h"
#include "explain/ExplainTab.h"
#include "fairness/FairnessTab.h"
#include "governance/ApprovalTab.h"
#include "privacy/PrivacyTab.h"
#include "scoring/ScoringTab.h"
#include "users/UsersTab.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QMenu>
#include <QStatusBar>
#include <QTabWidget>

namespace mizan {

void MainWindow::applyRole()
{
    if (!m_workspace || !m_workspace->role())
        return;
    const Role role = *m_workspace->role();
    m_userLabel->setText(
        tr("Signed in: %1 (%2)").arg(m_workspace->userName(), roleDisplayName(role)));
    setWindowTitle(tr("Mizan – %1").arg(QDir::toNativeSeparators(m_workspace->directory())));
    // Tabs by role: a tab whose permission the user lacks is not there at all.
    const int scoringIndex = m_tabs->indexOf(m_scoring);
    m_openDemoAction->setVisible(false); // files outside the workspace are not for a session
    if (m_workspace->can(Permission::LeadsView)) {
        if (scoringIndex < 0)
            m_tabs->insertTab(0, m_scoring, tr("&Scoring"));
        m_scoring->setWorkspace(m_workspace);
    } else {
        if (scoringIndex >= 0)
            m_tabs->removeTab(scoringIndex);
        // Its shortcuts live on in the File menu: none of them is for this role.
        m_scoring->clearResults();
        for (QAction *action : {m_scoring->openLeadsAction(),
                                m_scoring->openModelAction(),
                                m_scoring->scoreAction(),
                                m_scoring->exportAction()}) {
            action->setVisible(false);
            action->setEnabled(false);
        }
    }
    if (m_users) {
        m_tabs->removeTab(m_tabs->indexOf(m_users));
        m_users->deleteLater();
        m_users = nullptr;
    }
    if (m_workspace->can(Permission::UsersManage) || m_workspace->can(Permission::UsersReview)) {
        m_users = new UsersTab(m_workspace, m_tabs);
        m_tabs->addTab(m_users, tr("&Users"));
        connect(m_users, &UsersTab::statusMessage, this, [this](const QString &message) {
            statusBar()->showMessage(message);
        });
    }
    applyExplainTab();
    applyFairnessTab();
    applyApprovalTab();
    applyPrivacyTab();
    applyBackupTab(); // after Users, before Audit
    applyAuditTab();
    prepareTabs();
    m_sessionMenu->menuAction()->setVisible(true);
    m_viewMenu->menuAction()->setVisible(true);
    m_idlePolicyAction->setVisible(m_workspace->can(Permission::UsersManage));
    // The first message says what this role can do first (not "open a lead file" to everyone).
    statusBar()->showMessage(m_tabs->count() == 0 ? tr("Your role has no tabs yet in this version.")
                                                  : firstStepMessage(role));
}

QString MainWindow::firstStepMessage(Role role)
{
    switch (role) {
    case Role::Admin:
        return tr("Signed in. Manage accounts in the Users tab, and backups in the Backup tab.");
    case Role::DataScientist:
        return tr("Signed in. Import leads or a model in the Scoring tab, or submit a version for "
                  "approval in the Approval Queue.");
    case Role::RiskOfficer:
        return tr("Signed in. The Approval Queue lists the versions waiting for your decision.");
    case Role::Analyst:
        return tr("Signed in. Choose a lead set and a model in the Scoring tab, then score them "
                  "(Ctrl+R).");
    case Role::Auditor:
        return tr("Signed in. Browse and verify the audit log in the Audit tab.");
    case Role::PrivacyOfficer:
        return tr("Signed in. Answer subject-access and erasure requests in the Privacy tab.");
    }
    return {};
}

void MainWindow::applyAuditTab()
{
    if (m_audit) {
        m_tabs->removeTab(m_tabs->indexOf(m_audit));
        m_audit->deleteLater();
        m_audit = nullptr;
    }
    if (!m_workspace->can(Permission::AuditView))
        return;
    auto *audit = new AuditTab(m_workspace, m_tabs);
    connect(audit, &AuditTab::statusMessage, this, [this](const QString &message) {
        statusBar()->showMessage(message);
    });
    // While a verification or an export holds the workspace on a worker thread, no other tab
    // may call it.
    connect(audit, &AuditTab::busyChanged, this, [this](bool busy) {
        keepOtherTabsAway(m_audit, busy);
    });
    const int index = m_tabs->addTab(audit, tr("&Audit"));
    m_audit = audit; // after addTab: its currentChanged must not read the log a second time
    if (m_tabs->currentIndex() == index)
        m_audit->refresh();
}

void MainWindow::applyFairnessTab()
{
    if (FairnessTab *old = std::exchange(m_fairness, nullptr)) {
        m_tabs->removeTab(m_tabs->indexOf(old));
        old->deleteLater();
    }
    if (!m_workspace->can(Permission::FairnessView))
        return;
    auto *fairness = new FairnessTab(m_workspace, m_tabs);
    fairness->setWorkspaceInUse([this] { return workspaceBusy(); });
    connect(fairness, &FairnessTab::statusMessage, this, [this](const QString &message) {
        statusBar()->showMessage(message);
    });
    connect(fairness, &FairnessTab::busyChanged, this, [this](bool busy) {
        keepOtherTabsAway(m_fairness, busy);
    });
    // After the tabs on leads (Scoring, Explain; indexOf is -1 without them), before Users.
    const int index = std::max(m_tabs->indexOf(m_scoring), m_tabs->indexOf(m_explain)) + 1;
    m_tabs->insertTab(index, fairness, tr("Fai&rness"));
    m_fairness = fairness;
}

void MainWindow::applyApprovalTab()
{
    if (ApprovalTab *old = std::exchange(m_approval, nullptr)) {
        m_tabs->removeTab(m_tabs->indexOf(old));
        old->deleteLater();
    }
    if (!m_workspace->can(Permission::ModelsView))
        return;
    auto *approval = new ApprovalTab(m_workspace, m_tabs);
    approval->setWorkspaceInUse([this] { return workspaceBusy(); });
    connect(approval, &ApprovalTab::statusMessage, this, [this](const QString &message) {
        statusBar()->showMessage(message);
    });
    connect(approval, &ApprovalTab::busyChanged, this, [this](bool busy) {
        keepOtherTabsAway(m_approval, busy);
    });
    // After Fairness (or the tabs on leads), before Users and Audit.
    const int index = std::max({m_tabs->indexOf(m_scoring),
                                m_tabs->indexOf(m_explain),
                                m_tabs->indexOf(m_fairness)})
                      + 1;
    m_tabs->insertTab(index, approval, tr("Approval &Queue"));
    m_approval = approval;
}

void MainWindow::applyPrivacyTab()
{
    if (PrivacyTab *old = std::exchange(m_privacy, nullptr)) {
        m_tabs->removeTab(m_tabs->indexOf(old));
        old->deleteLater();
    }
    if (!m_workspace->can(Permission::PrivacyExport) && !m_workspace->can(Permission::PrivacyHold))
        return;
    auto *privacy = new PrivacyTab(m_workspace, m_tabs);
    privacy->setWorkspaceInUse([this] { return workspaceBusy(); });
    connect(privacy, &PrivacyTab::statusMessage, this, [this](const QString &message) {
        statusBar()->showMessage(message);
    });
    connect(privacy, &PrivacyTab::busyChanged, this, [this](bool busy) {
        keepOtherTabsAway(m_privacy, busy);
    });
    // After the Approval Queue, before Users and Audit.
    const int index = std::max({m_tabs->indexOf(m_scoring),
                                m_tabs->indexOf(m_explain),
                                m_tabs->indexOf(m_fairness),
                                m_tabs->indexOf(m_approval)})
                      + 1;
    m_tabs->insertTab(index, privacy, tr("&Privacy"));
    m_privacy = privacy;
}

void MainWindow::applyExplainTab()
{
    const int index = m_tabs->indexOf(m_explain);
    // Analysts and data scientists explain leads; risk officers and auditors (explain.global)
    // see only the model view. Without leads.view (auditors) the core leaves the lead values out.
    if (m_workspace->can(Permission::LeadsExplain) || m_workspace->can(Permission::ExplainGlobal)) {
        m_explain->setWorkspace(m_workspace);
        if (index < 0)
            m_tabs->insertTab(m_tabs->indexOf(m_scoring) + 1, m_explain, tr("E&xplain"));
        return;
    }
    if (index >= 0)
        m_tabs->removeTab(index);
    m_explain->setWorkspace(nullptr);
}

void MainWindow::removeRoleTabs()
{
    const auto remove = [this](QWidget *tab) {
        if (!tab)
            return;
        m_tabs->removeTab(m_tabs->indexOf(tab));
        delete tab;
    };
    remove(std::exchange(m_users, nullptr));
    remove(std::exchange(m_audit, nullptr));
    remove(std::exchange(m_fairness, nullptr));
    remove(std::exchange(m_approval, nullptr));
    remove(std::exchange(m_privacy, nullptr));
    remove(std::exchange(m_backup, nullptr));
    m_scheduler->setWorkspace(nullptr);
}

} // namespace mizan
