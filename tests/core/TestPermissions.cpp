#include "security/Permissions.h"

#include <QSet>
#include <QTest>

using namespace mizan;

Q_DECLARE_METATYPE(mizan::Role)
Q_DECLARE_METATYPE(mizan::Permission)

namespace {

// An independent transcription of the table in ARCHITECTURE.md ("Roles and permissions"),
// written from the document, not from core/security/Permissions.cpp. Each row lists the roles
// that hold the permission by role; leads.view_pii's "per user" cell for analysts is a grant,
// not a role right, and is tested separately.
// Columns of the document: admin | data scientist | risk officer | analyst | auditor | privacy officer
struct ExpectedRow
{
    const char *id;
    Permission permission;
    const char *roles; // one letter per column: 'x' allowed, '.' not
};

// clang-format off
constexpr ExpectedRow kDocumentTable[] = {
    //                                                   A D R N U P
    {"users.manage",     Permission::UsersManage,       "x....."},
    {"users.review",     Permission::UsersReview,       "x...x."},
    {"backup.create",    Permission::BackupCreate,      "x....."},
    {"backup.restore",   Permission::BackupRestore,     "x....."},
    {"leads.view",       Permission::LeadsView,         ".xxx.x"},
    {"leads.import",     Permission::LeadsImport,       ".x.x.."},
    {"leads.score",      Permission::LeadsScore,        ".x.x.."},
    {"leads.explain",    Permission::LeadsExplain,      ".x.x.."},
    {"leads.override",   Permission::LeadsOverride,     "...x.."},
    {"leads.view_pii",   Permission::LeadsViewPii,      ".....x"},
    {"models.train",     Permission::ModelsTrain,       ".x...."},
    {"models.import",    Permission::ModelsImport,      ".x...."},
    {"models.submit",    Permission::ModelsSubmit,      ".x...."},
    {"models.approve",   Permission::ModelsApprove,     "..x..."},
    {"models.reject",    Permission::ModelsReject,      "..x..."},
    {"models.deploy",    Permission::ModelsDeploy,      "..x..."},
    {"models.rollback",  Permission::ModelsRollback,    "..x..."},
    {"models.retire",    Permission::ModelsRetire,      "..x..."},
    {"models.view",      Permission::ModelsView,        "xxxxxx"},
    {"fairness.view",    Permission::FairnessView,      "xxxxxx"},
    {"lineage.view",     Permission::LineageView,       "xxxxxx"},
    {"explain.global",   Permission::ExplainGlobal,     ".xxxx."},
    {"fairness.policy",  Permission::FairnessPolicy,    "..x..."},
    {"models.gates",     Permission::ModelsGates,       "..x..."},
    {"audit.view",       Permission::AuditView,         "..x.x."},
    {"audit.verify",     Permission::AuditVerify,       "..x.x."},
    {"audit.export",     Permission::AuditExport,       "..x.x."},
    {"privacy.export",   Permission::PrivacyExport,     ".....x"},
    {"privacy.erase",    Permission::PrivacyErase,      ".....x"},
    {"retention.manage", Permission::RetentionManage,   ".....x"},
    {"privacy.hold",     Permission::PrivacyHold,       ".....x"},
};
// clang-format on

struct ExpectedRole
{
    const char *id;
    Role role;
};

// Document column order.
constexpr ExpectedRole kDocumentRoles[] = {
    {"admin", Role::Admin},
    {"data_scientist", Role::DataScientist},
    {"risk_officer", Role::RiskOfficer},
    {"analyst", Role::Analyst},
    {"auditor", Role::Auditor},
    {"privacy_officer", Role::PrivacyOfficer},
};

} // namespace

class TestPermissions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tableIsComplete();
    void matrix_data();
    void matrix();
    void piiGrantOnlyForAnalysts_data();
    void piiGrantOnlyForAnalysts();
    void piiGrantAffectsOnlyViewPii();
    void privilegedRoles();
    void roleIdsRoundTrip();
    void permissionIdsRoundTrip();
    void unknownIds_data();
    void unknownIds();
};

void TestPermissions::tableIsComplete()
{
    // 31 permissions, 6 roles, every permission exactly once in the transcription.
    QCOMPARE(int(std::size(kDocumentTable)), 31);
    QCOMPARE(kPermissionCount, 31);
    QCOMPARE(int(std::size(kAllRoles)), 6);
    QSet<int> seen;
    for (const ExpectedRow &row : kDocumentTable) {
        QCOMPARE(qstrlen(row.roles), size_t(6));
        QVERIFY2(!seen.contains(int(row.permission)), row.id);
        seen.insert(int(row.permission));
    }
    QCOMPARE(seen.size(), kPermissionCount);
    QCOMPARE(roleIds().size(), 6);
}

void TestPermissions::matrix_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<Permission>("permission");
    QTest::addColumn<bool>("allowed");
    for (const ExpectedRow &row : kDocumentTable) {
        for (int column = 0; column < 6; ++column) {
            const ExpectedRole &role = kDocumentRoles[column];
            QTest::addRow("%s x %s", role.id, row.id)
                << role.role << row.permission << (row.roles[column] == 'x');
        }
    }
}

void TestPermissions::matrix()
{
    QFETCH(Role, role);
    QFETCH(Permission, permission);
    QFETCH(bool, allowed);
    QCOMPARE(isAllowed(role, permission), allowed);
    QCOMPARE(isAllowed(role, permission, false), allowed);
    // A per-user PII grant changes nothing but leads.view_pii for an analyst.
    const bool grantApplies = permission == Permission::LeadsViewPii && role == Role::Analyst;
    QCOMPARE(isAllowed(role, permission, true), allowed || grantApplies);
}

void TestPermissions::piiGrantOnlyForAnalysts_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<bool>("canHold");
    QTest::addColumn<bool>("withoutGrant");
    QTest::addColumn<bool>("withGrant");
    QTest::newRow("admin") << Role::Admin << false << false << false;
    QTest::newRow("data_scientist") << Role::DataScientist << false << false << false;
    QTest::newRow("risk_officer") << Role::RiskOfficer << false << false << false;
    QTest::newRow("analyst") << Role::Analyst << true << false << true;
    QTest::newRow("auditor") << Role::Auditor << false << false << false;
    // The privacy officer has it by role; there is nothing to grant.
    QTest::newRow("privacy_officer") << Role::PrivacyOfficer << false << true << true;
}

void TestPermissions::piiGrantOnlyForAnalysts()
{
    QFETCH(Role, role);
    QFETCH(bool, canHold);
    QFETCH(bool, withoutGrant);
    QFETCH(bool, withGrant);
    QCOMPARE(canHoldPiiGrant(role), canHold);
    QCOMPARE(isAllowed(role, Permission::LeadsViewPii, false), withoutGrant);
    QCOMPARE(isAllowed(role, Permission::LeadsViewPii, true), withGrant);
}

void TestPermissions::piiGrantAffectsOnlyViewPii()
{
    // The grant must not widen an analyst's other rights (e.g. privacy.export stays denied).
    for (int p = 0; p < kPermissionCount; ++p) {
        const auto permission = Permission(p);
        if (permission == Permission::LeadsViewPii)
            continue;
        for (Role role : kAllRoles)
            QVERIFY2(isAllowed(role, permission, true) == isAllowed(role, permission, false),
                     qPrintable(roleId(role) + QLatin1Char(' ') + permissionId(permission)));
    }
}

void TestPermissions::privilegedRoles()
{
    QVERIFY(isPrivilegedRole(Role::Admin));
    QVERIFY(isPrivilegedRole(Role::RiskOfficer));
    QVERIFY(!isPrivilegedRole(Role::DataScientist));
    QVERIFY(!isPrivilegedRole(Role::Analyst));
    QVERIFY(!isPrivilegedRole(Role::Auditor));
    QVERIFY(!isPrivilegedRole(Role::PrivacyOfficer));
}

void TestPermissions::roleIdsRoundTrip()
{
    QStringList expectedIds;
    for (const ExpectedRole &r : kDocumentRoles) {
        const QString id = QLatin1String(r.id);
        expectedIds << id;
        QCOMPARE(roleId(r.role), id);
        const std::optional<Role> back = roleFromId(id);
        QVERIFY2(back.has_value(), r.id);
        QCOMPARE(*back, r.role);
        QVERIFY(!roleDisplayName(r.role).isEmpty());
    }
    QCOMPARE(roleIds(), expectedIds);
    for (Role role : kAllRoles)
        QVERIFY(roleFromId(roleId(role)) == role);
}

void TestPermissions::permissionIdsRoundTrip()
{
    for (const ExpectedRow &row : kDocumentTable) {
        const QString id = QLatin1String(row.id);
        QCOMPARE(permissionId(row.permission), id);
        const std::optional<Permission> back = permissionFromId(id);
        QVERIFY2(back.has_value(), row.id);
        QCOMPARE(*back, row.permission);
    }
    QSet<QString> ids;
    for (int p = 0; p < kPermissionCount; ++p) {
        const QString id = permissionId(Permission(p));
        QVERIFY2(!ids.contains(id), qPrintable(id));
        ids.insert(id);
        QVERIFY(permissionFromId(id) == Permission(p));
    }
}

void TestPermissions::unknownIds_data()
{
    QTest::addColumn<QString>("id");
    QTest::newRow("empty") << QString();
    QTest::newRow("upper case") << QStringLiteral("ADMIN");
    QTest::newRow("display name") << QStringLiteral("Risk officer");
    QTest::newRow("space") << QStringLiteral("risk officer");
    QTest::newRow("trailing space") << QStringLiteral("analyst ");
    QTest::newRow("unknown role") << QStringLiteral("superuser");
    QTest::newRow("unknown permission") << QStringLiteral("models.delete");
    QTest::newRow("prefix") << QStringLiteral("models");
    QTest::newRow("permission upper") << QStringLiteral("Models.View");
    QTest::newRow("dash") << QStringLiteral("leads.view-pii");
}

void TestPermissions::unknownIds()
{
    QFETCH(QString, id);
    QVERIFY(!roleFromId(id).has_value());
    QVERIFY(!permissionFromId(id).has_value());
}

QTEST_GUILESS_MAIN(TestPermissions)
#include "TestPermissions.moc"
