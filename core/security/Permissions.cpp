#include "security/Permissions.h"

#include <QCoreApplication>

#include <array>

namespace mizan {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mizan::Roles)
};

// Columns: admin, data scientist, risk officer, analyst, auditor, privacy officer.
// Transcribed from ARCHITECTURE.md; tests/core/TestPermissions.cpp holds an independent copy.
struct Row
{
    Permission permission;
    const char *id;
    std::array<bool, 6> roles;
};

constexpr bool X = true;
constexpr bool _ = false;

constexpr Row kMatrix[] = {
    {Permission::UsersManage, "users.manage", {X, _, _, _, _, _}},
    {Permission::UsersReview, "users.review", {X, _, _, _, X, _}},
    {Permission::BackupCreate, "backup.create", {X, _, _, _, _, _}},
    {Permission::BackupRestore, "backup.restore", {X, _, _, _, _, _}},
    {Permission::LeadsView, "leads.view", {_, X, X, X, _, X}},
    {Permission::LeadsImport, "leads.import", {_, X, _, X, _, _}},
    {Permission::LeadsScore, "leads.score", {_, X, _, X, _, _}},
    {Permission::LeadsExplain, "leads.explain", {_, X, _, X, _, _}},
    {Permission::LeadsOverride, "leads.override", {_, _, _, X, _, _}},
    {Permission::LeadsViewPii, "leads.view_pii", {_, _, _, _, _, X}}, // + per-user for analysts
    {Permission::ModelsTrain, "models.train", {_, X, _, _, _, _}},
    {Permission::ModelsImport, "models.import", {_, X, _, _, _, _}},
    {Permission::ModelsSubmit, "models.submit", {_, X, _, _, _, _}},
    {Permission::ModelsApprove, "models.approve", {_, _, X, _, _, _}},
    {Permission::ModelsReject, "models.reject", {_, _, X, _, _, _}},
    {Permission::ModelsDeploy, "models.deploy", {_, _, X, _, _, _}},
    {Permission::ModelsRollback, "models.rollback", {_, _, X, _, _, _}},
    {Permission::ModelsRetire, "models.retire", {_, _, X, _, _, _}},
    {Permission::ModelsView, "models.view", {X, X, X, X, X, X}},
    {Permission::FairnessView, "fairness.view", {X, X, X, X, X, X}},
    {Permission::LineageView, "lineage.view", {X, X, X, X, X, X}},
    {Permission::ExplainGlobal, "explain.global", {_, X, X, X, X, _}},
    {Permission::FairnessPolicy, "fairness.policy", {_, _, X, _, _, _}},
    {Permission::ModelsGates, "models.gates", {_, _, X, _, _, _}},
    {Permission::AuditView, "audit.view", {_, _, X, _, X, _}},
    {Permission::AuditVerify, "audit.verify", {_, _, X, _, X, _}},
    {Permission::AuditExport, "audit.export", {_, _, X, _, X, _}},
    {Permission::PrivacyExport, "privacy.export", {_, _, _, _, _, X}},
    {Permission::PrivacyErase, "privacy.erase", {_, _, _, _, _, X}},
    {Permission::RetentionManage, "retention.manage", {_, _, _, _, _, X}},
    {Permission::PrivacyHold, "privacy.hold", {_, _, _, _, _, X}},
};
static_assert(std::size(kMatrix) == size_t(kPermissionCount), "one matrix row per permission");

constexpr bool rowsInOrder()
{
    for (size_t i = 0; i < std::size(kMatrix); ++i)
        if (int(kMatrix[i].permission) != int(i))
            return false;
    return true;
}
static_assert(rowsInOrder(), "matrix rows follow the Permission enum");

constexpr const char *kRoleIds[]
    = {"admin", "data_scientist", "risk_officer", "analyst", "auditor", "privacy_officer"};

} // namespace

bool isAllowed(Role role, Permission permission, bool piiGrant)
{
    const int p = int(permission);
    const int r = int(role);
    if (p < 0 || p >= kPermissionCount || r < 0 || r >= 6)
        return false;
    if (permission == Permission::LeadsViewPii && piiGrant && canHoldPiiGrant(role))
        return true;
    return kMatrix[p].roles[size_t(r)];
}

bool canHoldPiiGrant(Role role)
{
    return role == Role::Analyst;
}

bool isPrivilegedRole(Role role)
{
    return role == Role::Admin || role == Role::RiskOfficer;
}

QString roleId(Role role)
{
    return QLatin1String(kRoleIds[int(role)]);
}

std::optional<Role> roleFromId(const QString &id)
{
    for (Role role : kAllRoles)
        if (id == QLatin1String(kRoleIds[int(role)]))
            return role;
    return std::nullopt;
}

QStringList roleIds()
{
    QStringList ids;
    for (Role role : kAllRoles)
        ids << roleId(role);
    return ids;
}

QString roleDisplayName(Role role)
{
    switch (role) {
    case Role::Admin:
        return Tr::tr("Administrator");
    case Role::DataScientist:
        return Tr::tr("Data scientist");
    case Role::RiskOfficer:
        return Tr::tr("Risk officer");
    case Role::Analyst:
        return Tr::tr("Analyst");
    case Role::Auditor:
        return Tr::tr("Auditor");
    case Role::PrivacyOfficer:
        return Tr::tr("Privacy officer");
    }
    return {};
}

QString permissionId(Permission permission)
{
    return QLatin1String(kMatrix[int(permission)].id);
}

std::optional<Permission> permissionFromId(const QString &id)
{
    for (const Row &row : kMatrix)
        if (id == QLatin1String(row.id))
            return row.permission;
    return std::nullopt;
}

} // namespace mizan
