#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace mizan {

/** @brief The six roles of ARCHITECTURE.md ("Roles and permissions"). A user has exactly one. */
enum class Role { Admin, DataScientist, RiskOfficer, Analyst, Auditor, PrivacyOfficer };

/** @brief Every permission a service call can need; one row of the matrix each. */
enum class Permission {
    UsersManage,
    UsersReview,
    BackupCreate,
    BackupRestore,
    LeadsView,
    LeadsImport,
    LeadsScore,
    LeadsExplain,
    LeadsOverride,
    LeadsViewPii,
    ModelsTrain,
    ModelsImport,
    ModelsSubmit,
    ModelsApprove,
    ModelsReject,
    ModelsDeploy,
    ModelsRollback,
    ModelsRetire,
    ModelsView,
    FairnessView,
    LineageView,
    ExplainGlobal,
    FairnessPolicy,
    ModelsGates,
    AuditView,
    AuditVerify,
    AuditExport,
    PrivacyExport,
    PrivacyErase,
    RetentionManage,
    PrivacyHold,
};

inline constexpr Role kAllRoles[] = {Role::Admin,
                                     Role::DataScientist,
                                     Role::RiskOfficer,
                                     Role::Analyst,
                                     Role::Auditor,
                                     Role::PrivacyOfficer};
inline constexpr int kPermissionCount = int(Permission::PrivacyHold) + 1;

/**
 * @brief The permission matrix, in one place. `piiGrant` is the per-user grant of
 * leads.view_pii, which only an analyst can hold (a privacy officer has it by role).
 */
bool isAllowed(Role role, Permission permission, bool piiGrant = false);
/** @brief Whether leads.view_pii can be granted to a user of this role. */
bool canHoldPiiGrant(Role role);
/** @brief Roles whose grant needs a second admin's confirmation (admin, risk officer). */
bool isPrivilegedRole(Role role);

/** @brief Stable identifiers used in the database, keyslots, CLI and audit: "risk_officer". */
QString roleId(Role role);
std::optional<Role> roleFromId(const QString &id);
QStringList roleIds();
/** @brief Translated name for display: "Risk officer". */
QString roleDisplayName(Role role);

/** @brief Stable identifiers as in ARCHITECTURE.md: "models.approve". */
QString permissionId(Permission permission);
std::optional<Permission> permissionFromId(const QString &id);

} // namespace mizan
