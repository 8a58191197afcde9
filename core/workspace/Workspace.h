#pragma once

#include "audit/AuditLog.h"
#include "audit/AuditVerifier.h"
#include "audit/ComplianceReport.h"
#include "audit/EvidencePack.h"
#include "backup/BackupTypes.h"
#include "common/Clock.h"
#include "common/ExportMarking.h"
#include "common/Progress.h"
#include "common/Result.h"
#include "common/SecureBytes.h"
#include "explain/Explainer.h"
#include "fairness/FairnessData.h"
#include "governance/GovernancePolicy.h"
#include "governance/ModelCard.h"
#include "privacy/Retention.h"
#include "security/PasswordKdf.h"
#include "security/Permissions.h"
#include "workspace/PrivacyTypes.h"
#include "workspace/SubjectAccess.h"
#include "workspace/WorkspaceTypes.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace mizan {

class Database;
class KeySlots;
struct OpenedSlot;
struct KeySlot;
struct ScoredLeads;
class Dataset;
struct ModelBundle;

/** @brief An audit entry with its inclusion proof (the Audit tab's detail pane). */
struct AuditProof
{
    AuditEntry entry;
    qint64 treeSize = 0;
    QByteArray root;
    QList<QByteArray> path;
    std::optional<StoredCheckpoint> checkpoint; ///< the signed checkpoint of treeSize, if any
    bool verified = false;                      ///< the proof checks against the root
};

struct WorkspaceOptions
{
    std::shared_ptr<const Clock> clock;        ///< default: the system clock
    qint64 idleTimeoutMs = 15 * 60 * 1000;     ///< the session locks after this long idle
    qint64 reauthWindowMs = 5 * 60 * 1000;     ///< sensitive actions need a password this fresh
    KdfParams kdf;                             ///< Argon2id cost of new slots (fresh salt each)
    QString appName = QStringLiteral("mizan"); ///< shown to a second process ("in use by")
};

/** @brief Test hooks for key rotation: return false after a step to stop as if killed there. */
struct RotationHooks
{
    std::function<bool(int step)> continueAfter; ///< steps 1 (slots hold both), 2 (rekeyed), 3
};

/**
 * @brief The one facade a signed-in session holds over an encrypted workspace folder.
 *
 * Each call checks the permission, does the work and writes the audit entry, in that order, in
 * one place, in one transaction. A denial is itself audited and returns PermissionDenied. Key
 * material (data key, private keys) lives in SecureBytes and is wiped at lock and logout.
 * A Workspace holds the folder's lock file for its whole life: a second process gets "in use".
 * Not thread-safe: one thread (the UI's or the CLI's) calls it; long work takes a JobControl.
 */
class Workspace
{
public:
    static constexpr const char *kDatabaseFile = "workspace.db";
    static constexpr const char *kSlotsFile = "keyslots.json";
    static constexpr const char *kLockFile = "workspace.lock";
    static constexpr const char *kRecoveryActor = "recovery";

    struct Created;
    /**
     * @brief Makes a new workspace in `dir` (which must be empty or absent) with its first admin,
     * who is signed in on return. The recovery key (shown once) is in the result.
     */
    static Result<Created> create(const QString &dir,
                                  const QString &adminName,
                                  const SecureBytes &adminPassword,
                                  WorkspaceOptions options = {});
    /** @brief Takes the folder's lock and reads the key slots; nobody is signed in yet. */
    static Result<std::unique_ptr<Workspace>> open(const QString &dir,
                                                   WorkspaceOptions options = {});
    static bool looksLikeWorkspace(const QString &dir);
    /** @brief 2 to 32 characters: lower-case letters, digits, '.', '_', '-', starting with a letter. */
    static Result<> validateUserName(const QString &name);

    ~Workspace();
    Workspace(const Workspace &) = delete;
    Workspace &operator=(const Workspace &) = delete;

    // ---- session ----
    Result<> login(const QString &user, const SecureBytes &password);
    /** @brief Opens the recovery slot; the session acts as "recovery" with the admin role. */
    Result<> loginWithRecoveryKey(const SecureBytes &recoveryKeyText);
    Result<> logout();
    /** @brief Wipes the keys and closes the database; the user stays known for unlock(). */
    void lock();
    Result<> unlock(const SecureBytes &password);
    /** @brief The user did something in the UI: the idle timer starts again. */
    void noteActivity()
    {
        if (isUnlocked())
            m_lastActivityMs = now();
    }
    /** @brief Locks when idle longer than the timeout; returns whether it is (now) locked. */
    bool lockIfIdle();
    /** @brief Confirms the password again for a sensitive action (valid reauthWindowMs). */
    Result<> reauthenticate(const SecureBytes &password);
    void setIdleTimeout(qint64 ms) { m_options.idleTimeoutMs = ms; }
    /**
     * @brief The workspace's idle-lock policy, for every session from the next sign-in (and this
     * one at once): 1 to 240 minutes (users.manage; audited).
     */
    Result<> setIdleLockPolicy(int minutes);
    qint64 idleTimeoutMs() const { return m_options.idleTimeoutMs; }

    bool isSignedIn() const { return !m_user.isEmpty(); }
    bool isUnlocked() const;
    QString userName() const { return m_user; }
    std::optional<Role> role() const { return m_role; }
    /** @brief Whether the signed-in user holds the permission (for showing UI; no audit). */
    bool can(Permission permission) const;
    /** @brief How long a user must still wait before trying again (0: may try now). */
    qint64 backoffRemainingMs(const QString &user) const;
    QString directory() const { return m_dir; }

    // ---- accounts (users.manage unless noted) ----
    Result<std::vector<UserInfo>> users();
    Result<GrantOutcome> addUser(const QString &name, Role role, const SecureBytes &password);
    Result<> disableUser(const QString &name);
    /** @brief Enables a disabled account, and a slot locked after too many failures. */
    Result<> enableUser(const QString &name);
    /** @brief Deletes the slot and rotates the data key (sensitive). */
    Result<> removeUser(const QString &name);
    /** @brief The signed-in user's own password: rewraps their slot (any role). */
    Result<> changeOwnPassword(const SecureBytes &current, const SecureBytes &newPassword);
    /** @brief An admin sets a new password for another user: new personal keys (sensitive). */
    Result<> resetPassword(const QString &name, const SecureBytes &newPassword);
    /** @brief Changes a role (sensitive); admin and risk officer need a second admin's confirmation. */
    Result<GrantOutcome> setRole(const QString &name, Role role);
    /** @brief A second admin confirms a pending grant of admin or risk officer. */
    Result<> confirmGrant(const QString &name);
    Result<> setPiiGrant(const QString &name, bool granted);
    /** @brief The access-review report (users.review). */
    Result<AccessReview> accessReview();

    // ---- workspace ----
    /** @brief New data key, PRAGMA rekey, every slot rewrapped, crash-safe (users.manage, sensitive). */
    Result<> rotateKey(const RotationHooks &hooks = {});
    Result<WorkspaceInfo> info();

    // ---- data (WorkspaceData.cpp) ----
    /** @brief Reads, validates and stores a lead file under its spec (leads.import). */
    Result<LeadSetInfo> importLeadSet(const QString &csvPath,
                                      const QString &specPath,
                                      const QString &name = {},
                                      const JobControl &job = {});
    Result<std::vector<LeadSetInfo>> leadSets();
    /** @brief A stored lead set as a Dataset, typed by its spec (leads.view). */
    Result<Dataset> loadLeadSet(qint64 id, const JobControl &job = {});
    /** @brief Stores a model bundle file (models.import). */
    Result<ModelInfo> importModel(const QString &bundlePath);
    /** @brief Stores a bundle already in memory, e.g. just trained (models.import). */
    Result<ModelInfo> storeModel(const ModelBundle &bundle, const QString &source);
    Result<std::vector<ModelInfo>> models();
    Result<ModelBundle> loadModel(qint64 id);
    /** @brief Scores a stored lead set with a stored model and keeps every prediction (leads.score). */
    Result<ScoringRunInfo> scoreLeadSet(qint64 leadSetId,
                                        qint64 modelId,
                                        const JobControl &job = {},
                                        ScoredLeads *scored = nullptr);
    Result<std::vector<ScoringRunInfo>> scoringRuns();
    Result<std::vector<StoredPrediction>> predictions(qint64 runId);

    // ---- explanations (WorkspaceExplain.cpp) ----
    /** @brief The explanation engines for a stored model, cached per model (leads.explain). */
    Result<std::shared_ptr<const Explainer>> explainer(qint64 modelId);
    /**
     * @brief Explains one stored lead (row `row` of a lead set) with a stored model (leads.explain);
     * audited as explain.view with the model, its hash, the method and the receipt's input hash,
     * never the lead's values.
     */
    Result<LeadExplanation> explainLead(qint64 modelId,
                                        qint64 leadSetId,
                                        qint64 row,
                                        const ExplainOptions &options = {},
                                        const JobControl &job = {});
    /**
     * @brief What-if: explains a stored lead with some of its values changed (leads.explain);
     * audited as explain.whatif with the names of the changed features.
     */
    Result<LeadExplanation> explainWhatIf(qint64 modelId,
                                          qint64 leadSetId,
                                          qint64 row,
                                          const Lead &edited,
                                          const ExplainOptions &options = {},
                                          const JobControl &job = {});
    /** @brief The lead as the model sees it, for the what-if editor (leads.explain; not audited). */
    Result<Lead> leadForExplanation(qint64 modelId, qint64 leadSetId, qint64 row);
    /** @brief Model-level importance over a lead set (explain.global); audited as explain.global. */
    Result<GlobalExplanation> explainGlobal(qint64 modelId,
                                            qint64 leadSetId,
                                            const GlobalOptions &options = {},
                                            const JobControl &job = {});

    // ---- fairness (WorkspaceFairness.cpp) ----
    /**
     * @brief Scores a labelled stored lead set with a stored model and reports fairness over
     * the query's attributes (spec names or "A|B"; none: all of the lead set's spec) with the policy's
     * verdicts (fairness.view; no leads.view needed: only aggregates are shown). Audited as
     * fairness.report; every verdict is stored (fairnessAlerts) and each one that does not pass
     * is audited as fairness.alert, in the same transaction. The result's row-level `data`
     * (for recomputing at another threshold) is kept only for users with leads.view.
     */
    Result<FairnessResult> fairnessReport(qint64 modelId,
                                          qint64 leadSetId,
                                          const FairnessQuery &query = {},
                                          const JobControl &job = {});
    /**
     * @brief The lead sets a fairness report can be made on, with their spec's sensitive
     * attributes (fairness.view; metadata only, so no leads.view needed).
     */
    Result<std::vector<FairnessLeadSet>> fairnessLeadSets();
    /**
     * @brief Records that the signed-in user is about to write a fairness report (aggregates
     * only) to a file (fairness.view; audited as fairness.export with the model, lead set,
     * format, threshold, whether it is an unrecorded preview, and the file's name). The caller
     * writes the file only when this succeeds.
     */
    Result<> recordFairnessExport(qint64 modelId,
                                  qint64 leadSetId,
                                  const QString &format,
                                  const QString &fileName,
                                  double threshold,
                                  bool preview);
    /** @brief The bias policy in force (fairness.view): the stored one, else the defaults. */
    Result<BiasPolicy> biasPolicy();
    /** @brief Replaces the bias policy (fairness.policy); audited as fairness.policy with it. */
    Result<> setBiasPolicy(const BiasPolicy &policy);
    /** @brief Stored verdicts, newest first, of one model or all (fairness.view). */
    Result<std::vector<StoredBiasAlert>> fairnessAlerts(std::optional<qint64> modelId = {});

    // ---- governance (WorkspaceModels.cpp, WorkspaceGovernance.cpp) ----
    /**
     * @brief Every version with its signed state (models.view). The registry is rebuilt from its
     * signed events each time: a bad signature, a broken chain, a rule broken or a state column
     * that disagrees with the signed history is an ErrorCode::Integrity error.
     */
    Result<std::vector<ModelVersion>> modelVersions();
    Result<ModelVersion> modelVersion(qint64 id);
    /** @brief Signed history of one version, or of all (models.view). */
    Result<std::vector<ModelEvent>> modelHistory(std::optional<qint64> id = std::nullopt);
    Result<std::vector<DeploymentPeriod>> deploymentTimeline();
    /** @brief Submits a draft for approval with a justification (models.submit); assessed first. */
    Result<RiskAssessment> submitModel(qint64 id,
                                       const QString &justification,
                                       qint64 referenceLeadSet = 0,
                                       const JobControl &job = {});
    /**
     * @brief Approves (models.approve, sensitive): never by an author or submitter, a high-risk
     * version twice by different officers, a failing gate only with an override reason. Signed
     * with the approver's personal key; the audit log gets a checkpoint co-signed by them.
     */
    Result<ApprovalOutcome> approveModel(qint64 id,
                                         const ApprovalRequest &request,
                                         const JobControl &job = {});
    Result<> rejectModel(qint64 id, const QString &comment);
    /** @brief Deploys an approved, not expired version (models.deploy, sensitive). */
    Result<> deployModel(qint64 id, const QString &comment = {});
    /** @brief Redeploys an earlier deployed, approved version with a reason (models.rollback). */
    Result<> rollbackModel(qint64 id, const QString &reason);
    Result<> retireModel(qint64 id, const QString &reason);
    /** @brief The version deployed at `timeMs` (models.view). */
    Result<std::optional<qint64>> deployedModelAt(qint64 timeMs);
    /** @brief The version that scored a stored run, and the one deployed then (models.view). */
    Result<PredictionProvenance> predictionProvenance(qint64 runId);
    /**
     * @brief The version to score with (models.view): the deployed one when it passes its checks
     * at load (bundle hash, validation); else the latest earlier deployed version that is still
     * approved and passes them, audited as model.fallback. NotFound-like InvalidInput if none.
     */
    Result<DeployedModel> deployedModel();
    /**
     * @brief The rule-based risk assessment of a version (models.view), on a reference lead set
     * when given (scored by it and by the deployed version): stored, audited as model.assess.
     */
    Result<RiskAssessment> assessModel(qint64 id,
                                       qint64 referenceLeadSet = 0,
                                       const JobControl &job = {});
    /** @brief The latest stored assessment of a version, if any (models.view). */
    Result<std::optional<RiskAssessment>> latestAssessment(qint64 id);
    Result<GovernancePolicy> governancePolicy();
    /** @brief Replaces the approval policy (models.gates); audited as model.policy. */
    Result<> setGovernancePolicy(const GovernancePolicy &policy);
    /**
     * @brief Imports actual outcomes of leads (leads.import): a CSV with 'lead_id' and
     * 'converted' (1/0, yes/no), optionally 'observed' (YYYY-MM-DD). Checked whole first; an
     * outcome never changes once known (a different one refuses the file). Then the deployed
     * version is judged on every known outcome: alerts are stored and audited as
     * model.outcome_alert. Audited as outcomes.import.
     */
    Result<OutcomeImport> importOutcomes(const QString &csvPath, const JobControl &job = {});
    /**
     * @brief Realised performance of a version (default: the deployed one) per scoring run and
     * pooled, against the ROC AUC its approval rested on, with the alerts the policy raises
     * (models.view).
     */
    Result<OutcomeReport> outcomeReport(std::optional<qint64> modelId = std::nullopt,
                                        const JobControl &job = {});
    /** @brief Stored outcome alerts, newest first, of one version or all (models.view). */
    Result<std::vector<StoredOutcomeAlert>> outcomeAlerts(std::optional<qint64> modelId
                                                          = std::nullopt);
    /**
     * @brief The model card as Markdown (models.view); audited as model.card, with the file's
     * name when it is being written to `exportedTo`.
     */
    Result<QString> modelCard(qint64 id, const QString &exportedTo = {});

    // ---- privacy (WorkspacePrivacy.cpp, WorkspaceOversight.cpp, WorkspaceSubjectAccess.cpp) ----
    /**
     * @brief Data subjects whose reference (lead id, or "leadset:N/row:M") is `query`, or, for
     * a user with leads.view_pii only, whose personal data contains it (3 characters at least,
     * any case; when some value equals it whole, only those). Shown masked without
     * leads.view_pii (leads.view; audited as privacy.search with the number found, never the
     * query).
     */
    Result<std::vector<SubjectMatch>> findSubjects(const QString &query);
    /**
     * @brief Erases a data subject (privacy.erase, sensitive): refused under a legal hold on any
     * of their lead sets or on a model that scored them. Their subject key and sealed personal
     * data are destroyed, their rows anonymised (id replaced, personal fields blank), outcomes,
     * human decisions and appeals deleted, predictions deleted or kept anonymous per the
     * privacy policy; a tombstone goes into the erasure register. Audited as privacy.erase with
     * counts, never the subject's reference.
     */
    Result<ErasureReceipt> eraseSubject(const QString &ref, const QString &request);
    /** @brief The erasure register, oldest first (privacy.erase or audit.view). */
    Result<std::vector<ErasureReceipt>> erasures();
    /** @brief Places a legal hold on "leadset:N" or "model:N" (privacy.hold); audited. */
    Result<LegalHold> placeLegalHold(const QString &target, const QString &reason);
    /** @brief Lifts a hold with a reason (privacy.hold); audited with who placed it. */
    Result<> liftLegalHold(qint64 id, const QString &reason);
    /** @brief Every hold, in force or lifted, oldest first (privacy.hold or audit.view). */
    Result<std::vector<LegalHold>> legalHolds();
    /**
     * @brief Records a human decision on a scored lead that departs from the model's decision
     * at its threshold ("positive"/"negative"), with a reason (leads.override). The reason is
     * sealed under the subject's key; the audit entry (leads.override) has the decision only.
     */
    Result<HumanDecision> recordHumanDecision(qint64 runId,
                                              qint64 row,
                                              const QString &decision,
                                              const QString &reason);
    /** @brief Human decisions on one lead or all, oldest first (leads.view). */
    Result<std::vector<HumanDecision>> humanDecisions(std::optional<LeadRow> lead = std::nullopt);
    /**
     * @brief Records a subject's appeal (privacy.export: the privacy officer receives it) and
     * routes it to `reviewer`, an analyst who has not decided on the lead; audited.
     */
    Result<Appeal> recordAppeal(const LeadRow &lead,
                                const QString &statement,
                                const QString &reviewer);
    /** @brief Appeals on one lead or all (leads.view or privacy.export). */
    Result<std::vector<Appeal>> appeals(std::optional<LeadRow> lead = std::nullopt);
    /**
     * @brief The assigned reviewer decides an appeal (leads.override): upheld, or overturned,
     * which records the opposite of the decision in force as a human decision, atomically.
     */
    Result<Appeal> resolveAppeal(qint64 id, bool overturn, const QString &reason);
    /**
     * @brief Everything held about one data subject (privacy.export): their records as held,
     * every prediction, the latest assessment explained with its receipt and counterfactuals,
     * human decisions, appeals, known outcome and the audit entries about their rows. Audited as
     * privacy.export with counts, never the reference.
     */
    Result<SubjectAccessExport> subjectAccess(const QString &ref, const JobControl &job = {});
    /**
     * @brief Where data went (lineage.view: every role; metadata only): for "leadset:N" its
     * data set (hash), the model versions trained on it (by the training data's SHA-256 in
     * their bundles), the scoring runs on it and the exports recorded in the audit log; for
     * "model:N" its training data, its runs and exports. Audited as lineage.view.
     */
    Result<LineageReport> lineage(const QString &target);
    /**
     * @brief The compliance documents generated from this workspace (privacy.export): file name
     * and Markdown of the record of processing, the retention schedule and the data categories
     * of the privacy notice. Audited as privacy.documents.
     */
    Result<std::vector<std::pair<QString, QString>>> privacyDocuments();
    /** @brief The retention policy in force (retention.manage or audit.view). */
    Result<RetentionPolicy> retentionPolicy();
    /** @brief Replaces it (retention.manage); the audit minimum cannot be undercut; audited. */
    Result<> setRetentionPolicy(const RetentionPolicy &policy);
    /**
     * @brief What retention removes now (retention.manage): lead sets, predictions and outcomes
     * past their periods, minus what a legal hold keeps (a hold on a model keeps its training
     * data and its predictions). A dry run changes nothing; applying (sensitive) removes exactly
     * the dry run's list in one transaction. Both audited as retention.run with the counts.
     */
    Result<RetentionPlan> runRetention(bool apply, const JobControl &job = {});
    Result<PrivacyPolicy> privacyPolicy();
    /** @brief How erasure treats dependent records (retention.manage); audited. */
    Result<> setPrivacyPolicy(const PrivacyPolicy &policy);

    /**
     * @brief Records that the signed-in user is about to write stored data to a file outside
     * the workspace (leads.view; audited as leads.export with the row count and file name).
     * The caller writes the file only when this succeeds.
     */
    Result<> recordExport(const QString &what, const QString &fileName, qint64 rows);

    // ---- protective marking of exports (WorkspaceMarking.cpp) ----
    /**
     * @brief The classification every export and PDF of this workspace carries (any signed-in
     * user); ExportMarking::defaultClassification() until an administrator sets one.
     */
    Result<QString> classification();
    /**
     * @brief Sets the classification (users.manage; normalised by
     * ExportMarking::normalizeClassification); audited as settings.classification with the
     * old and new marking.
     */
    Result<> setClassification(const QString &classification);
    /** @brief The marking for a file exported now by the signed-in user. */
    Result<ExportMarking> exportMarking();

    // ---- backup and recovery (WorkspaceBackup.cpp, WorkspaceRestore.cpp, WorkspaceDrill.cpp) ----
    /**
     * @brief A consistent snapshot of the workspace in use into a new folder under `directory`
     * (backup.create): the database copied encrypted under its own key (sqlcipher_export, never
     * an unkeyed file), keyslots.json, the audit archive, and manifest.json signed with the
     * workspace key (every file's SHA-256, schema and app version, the audit checkpoint at
     * backup time, record counts, the erasure register). Written as "<name>.partial" and renamed
     * when complete, so a crash never leaves a folder that looks like a backup. Audited as
     * backup.create, with a signed checkpoint of the log (the copy holds both).
     * `kind` "scheduled" runs under the administrator's stored policy in any unlocked session.
     */
    Result<BackupInfo> createBackup(const QString &directory,
                                    const QString &kind = QStringLiteral("manual"),
                                    const JobControl &job = {});
    /** @brief The backups of this workspace in `directory` (default: the policy's), newest first. */
    Result<std::vector<BackupInfo>> backups(const QString &directory = {});
    /**
     * @brief Verifies a backup without touching the live workspace (backup.create): manifest
     * signature with this workspace's key, every file's hash, the key slots, the copy opened
     * read-only, its integrity check, its audit log verified and matching the manifest's
     * checkpoint, record counts. A backup under an older key generation needs `password`
     * (the signed-in user's then, opening the backup's own key slot). Recorded and audited.
     */
    Result<BackupVerification> verifyBackup(const QString &backupDir,
                                            const SecureBytes *password = nullptr,
                                            const JobControl &job = {});
    /**
     * @brief The backup plan (any signed-in session: the schedule runs in whichever is
     * unlocked); defaults when none was set.
     */
    Result<BackupPolicy> backupPolicy();
    /** @brief Replaces the backup plan (backup.create); audited as backup.policy. */
    Result<> setBackupPolicy(const BackupPolicy &policy);
    /** @brief Whether the schedule wants a backup now (any unlocked session; no audit). */
    Result<bool> scheduledBackupDue();
    /** @brief The scheduled backup when due, then rotation (keep daily/weekly); else nothing. */
    Result<std::optional<BackupInfo>> runScheduledBackup(const JobControl &job = {});
    /** @brief Deletes the backups the policy no longer keeps (backup.create); audited. */
    Result<QStringList> rotateBackups(const QString &directory = {});
    /**
     * @brief A disaster-recovery drill (backup.create and backup.restore, sensitive): makes a
     * backup, restores it into a scratch folder with `password` as a real restore would,
     * opens and verifies the restored copy, measures the recovery time and the recovery point
     * (age of the newest backup before the drill), writes a drill report beside the backups
     * (drills/drill-<time>.json) and records it. The scratch folder is removed afterwards.
     */
    Result<DrillReport> drill(const SecureBytes &password,
                              const QString &directory = {},
                              const JobControl &job = {});
    /** @brief Recorded drills, newest first (backup.create). */
    Result<std::vector<DrillReport>> drills();
    /**
     * @brief Restores `backupDir` over `workspaceDir` (which may be missing or broken): opens the
     * backup's key slot of `user` with `password` (or, as "recovery", the recovery key), checks
     * the role there (backup.restore), verifies the backup, copies it into a new folder beside
     * the workspace, re-applies every erasure the replaced workspace's register or a newer
     * backup's manifest holds that the backup lacks, records the restore in the restored log
     * (backup and replaced log sizes and roots), verifies the copy again, then swaps it in
     * atomically (renameat2 RENAME_EXCHANGE); the replaced workspace is kept aside as
     * "<name>.replaced-<time>". The workspace must not be open anywhere. A crash at any moment
     * leaves either the old or the new workspace in place, and either opens.
     */
    static Result<RestoreReport> restore(const QString &backupDir,
                                         const QString &workspaceDir,
                                         const QString &user,
                                         const SecureBytes &password,
                                         WorkspaceOptions options = {},
                                         const JobControl &job = {});
    /**
     * @brief Verifies a backup with nothing but itself and a credential: `user`'s key slot in the
     * backup (or the recovery key) opens its data key; `expectedWorkspaceId`, when given, must
     * match (a backup of another workspace is refused).
     */
    static Result<BackupVerification> verifyBackupOffline(const QString &backupDir,
                                                          const QString &user,
                                                          const SecureBytes &password,
                                                          const QString &expectedWorkspaceId = {},
                                                          const JobControl &job = {});

    /** @brief The audit table (read by the audit issue's services; audit.view). */
    Result<qint64> auditCount();
    /** @brief Audit entries from `fromSeq` in order (audit.view); `limit` < 0 for all. */
    Result<std::vector<AuditEntry>> auditEntries(qint64 fromSeq = 1, qint64 limit = -1);

    // ---- audit (WorkspaceAudit.cpp): read-only for every role ----
    /**
     * @brief Entries matching `filter`, a page at a time after `afterSeq` (audit.view). The
     * first page of a query (afterSeq 0) is itself audited as audit.view with the filter.
     */
    Result<std::vector<AuditEntry>> auditQuery(const AuditFilter &filter,
                                               qint64 afterSeq,
                                               qint64 limit,
                                               bool descending = false);
    Result<qint64> auditCountMatching(const AuditFilter &filter);
    Result<std::vector<StoredCheckpoint>> auditCheckpoints();
    /** @brief One entry, its hashes and its inclusion proof in the newest checkpoint covering it. */
    Result<AuditProof> auditProof(qint64 seq);
    /**
     * @brief Verifies the log (audit.verify; audited with the verdict): everything, or from a
     * checkpoint the auditor kept (`trusted`): no rollback, no fork, and all after it.
     */
    Result<AuditVerifyReport> verifyAudit(const std::optional<Checkpoint> &trusted = std::nullopt,
                                          const JobControl &job = {});
    /**
     * @brief A checkpoint of the log now, co-signed by the signed-in user (audit.verify), for
     * the auditor to keep outside the workspace and verify against later.
     */
    Result<StoredCheckpoint> auditCheckpointNow();
    /**
     * @brief Writes an evidence pack of the entries matching `filter` (audit.export), marked
     * with exportMarking() in its signed manifest.
     */
    Result<EvidencePack::Written> exportAuditPack(const QString &dir,
                                                  const AuditFilter &filter = {},
                                                  const JobControl &job = {});
    /**
     * @brief The compliance report of [fromMs, toMs) with a fresh verification of the whole log
     * (audit.export; audited as audit.report).
     */
    Result<ComplianceReport> complianceReport(qint64 fromMs,
                                              qint64 toMs,
                                              const JobControl &job = {});
    /** @brief The keys a verifier of this workspace trusts: from keyslots.json and user_keys. */
    Result<AuditKeyring> auditKeyring();

private:
    struct Private;
    explicit Workspace(std::unique_ptr<Private> d);

    qint64 now() const;
    Result<> requireSession();
    Result<> require(Permission permission, const QString &action, const QString &target);
    Result<> requireTarget(const QString &name);
    Result<> requireFresh(const QString &action, const QString &target);
    Result<> audit(const QString &action,
                   const QString &target,
                   const QString &outcome,
                   const QJsonObject &details = {});
    /**
     * @brief A failed action is audited too (outcome "failed" or "cancelled", the error's kind,
     * line and field, never its message, which may quote data). Denials are audited already.
     */
    void noteFailure(const QString &action, const QString &target, const Error &error);
    template<typename T>
    Result<T> auditFailures(const QString &action, const QString &target, Result<T> result)
    {
        if (!result)
            noteFailure(action, target, result.error());
        return result;
    }
    /**
     * @brief A stored lead set (or only its row `onlyRow`, as a one-row set), with no permission
     * check and no audit entry: the callers do both.
     */
    Result<Dataset> readLeadSet(qint64 id,
                                const JobControl &job,
                                std::optional<qint64> onlyRow = std::nullopt,
                                PiiView pii = PiiView::None);
    /**
     * @brief Refuses (and audits as privacy.purpose) processing a lead set with a model whose
     * training spec states another purpose than the lead set's.
     */
    Result<> checkPurpose(qint64 modelId, qint64 leadSetId, const QString &action);
    struct PendingDecision
    {
        HumanDecision decision;
        qint64 modelId = 0;
    };
    Result<PendingDecision> prepareHumanDecision(
        qint64 runId, qint64 row, const QString &decision, const QString &reason, qint64 appeal);
    /** @brief Inserts and audits a prepared decision (inside the caller's transaction). */
    Result<> storeHumanDecision(PendingDecision &pending);
    /** @brief The rows holding the subject `ref`'s data (none: an error naming it). */
    Result<std::vector<LeadRow>> subjectRows(const QString &ref);
    /** @brief The hold in force that blocks erasing or deleting `rows`, if any. */
    Result<std::optional<LegalHold>> holdBlocking(const std::vector<LeadRow> &rows);
    Result<RetentionPlan> planRetention(qint64 nowMs, const JobControl &job);
    Result<> removeLeadSetRows(qint64 id, qint64 nowMs);
    /** @brief Writes the archive of an audit segment, records the seal, prunes the entries. */
    Result<QJsonObject> sealAuditSegment(const RetentionItem &item,
                                         qint64 nowMs,
                                         const JobControl &job);
    /** @brief Deletes the backups `policy` no longer keeps (no permission check); audited. */
    Result<QStringList> rotateUnchecked(const BackupPolicy &policy);
    /**
     * @brief Shreds the subject of `rows` (`ref` names them): personal data and keys destroyed,
     * rows anonymised as "erased:<receipt.id>:k", dependants per `policy`; counts in `receipt`.
     * Inside the caller's transaction.
     */
    Result<> shredSubjectRows(const std::vector<LeadRow> &rows,
                              const QString &ref,
                              const PrivacyPolicy &policy,
                              ErasureReceipt &receipt);
    /**
     * @brief Re-applies erasure register records (JSON as backup manifests carry them) this
     * database lacks, as part of a restore: audited as privacy.erase with "reapplied". Returns
     * how many were applied.
     */
    Result<qint64> reapplyErasures(const QJsonArray &records);
    Result<ModelRegistry> loadRegistry();
    Result<std::vector<ModelEvent>> readModelEvents();
    /** @brief Checks a new event against the registry and signs it with the user's key. */
    Result<ModelEvent> prepareModelEvent(const ModelRegistry &registry,
                                         ModelAction action,
                                         qint64 id,
                                         const QString &comment,
                                         const QJsonObject &details);
    /** @brief Stores a prepared event, the state it leads to and its audit entry (in a transaction). */
    Result<> writeModelEvent(const ModelEvent &event,
                             ModelState newState,
                             const QJsonObject &auditExtra = {});
    /** @brief prepare + write in one transaction; the approval also gets a co-signed checkpoint. */
    Result<ModelEvent> recordModelEvent(ModelAction action,
                                        qint64 id,
                                        const QString &comment,
                                        const QJsonObject &details,
                                        const QJsonObject &auditExtra = {});
    Result<RiskAssessment> computeAssessment(qint64 id,
                                             qint64 referenceLeadSet,
                                             const JobControl &job);
    Result<OutcomeReport> computeOutcomeReport(qint64 id, const JobControl &job);
    /** @brief Judges the deployed version after an outcome import; stores new alerts. */
    Result<std::vector<OutcomeAlert>> judgeDeployed(qint64 batch,
                                                    qint64 nowMs,
                                                    const JobControl &job);
    /** @brief The stored bundle after the load-time checks, with no permission check. */
    Result<ModelBundle> checkedBundle(qint64 id, const ModelRecord *record);
    Result<> saveSlots();
    Result<> openWithSlot(OpenedSlot &opened);
    Result<> finishSignIn(bool recovery, int previousFailures);
    void wipeKeys();
    Result<int> enabledAdminCount();
    /** @brief Changes one slot and saves keyslots.json; undone in memory when saving fails. */
    Result<> withSlotChange(const QString &name, const std::function<void(KeySlot &)> &change);
    /** @brief A new user slot: fresh personal keys under `password`, the current data key. */
    Result<KeySlot> newUserSlot(const QString &name, const SecureBytes &password);
    /** @brief Records a user's signing public key as valid from now (user_keys). */
    Result<> recordSigningKey(const QString &name, const QByteArray &publicKey, qint64 nowMs);
    /** @brief New personal keys for `name` under `password` (own change or admin reset). */
    Result<> replacePersonalKeys(const QString &name,
                                 const SecureBytes &password,
                                 const QString &action);
    Result<> rotateKeyUnchecked(const RotationHooks &hooks, const QString &reason);

    std::unique_ptr<Private> d;
    WorkspaceOptions m_options;
    QString m_dir;
    QString m_user;
    std::optional<Role> m_role;
    bool m_viewPii = false;
    qint64 m_lastActivityMs = 0;
    qint64 m_lastAuthMs = 0;
    bool m_unlocking = false;
    QString m_pendingArchive; ///< an audit archive written in a retention run not yet committed
};

struct Workspace::Created
{
    std::unique_ptr<Workspace> workspace;
    SecureBytes recoveryKey; ///< "ABCD-EF01-..." text: shown once, never stored
};

} // namespace mizan
