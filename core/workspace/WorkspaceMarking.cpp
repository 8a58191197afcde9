// The protective marking of exports: the workspace's classification, set by an administrator.

#include "workspace/WorkspacePrivate.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QTimeZone>

namespace mizan {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mizan::Workspace)
};

constexpr const char *kClassificationKey = "classification";
} // namespace

Result<QString> Workspace::classification()
{
    MIZAN_CHECK(requireSession());
    MIZAN_TRY(s, d->db->prepare("SELECT value FROM meta WHERE key = ?"));
    s.bind(1, QLatin1String(kClassificationKey));
    MIZAN_TRY(found, s.step());
    if (!found)
        return ExportMarking::defaultClassification();
    return s.text(0);
}

Result<> Workspace::setClassification(const QString &classification)
{
    const QString target = QStringLiteral("settings:classification");
    const QString action = QStringLiteral("settings.classification");
    return auditFailures(action, target, [&]() -> Result<> {
        MIZAN_CHECK(
            require(Permission::UsersManage, Tr::tr("change the classification marking"), target));
        MIZAN_TRY(normalized, ExportMarking::normalizeClassification(classification));
        MIZAN_TRY(old, this->classification());
        return d->db->transaction([&]() -> Result<> {
            MIZAN_TRY(s, d->db->prepare("INSERT OR REPLACE INTO meta(key, value) VALUES(?, ?)"));
            s.bind(1, QLatin1String(kClassificationKey)).bind(2, normalized);
            MIZAN_CHECK(s.run());
            return audit(action,
                         target,
                         QStringLiteral("ok"),
                         QJsonObject{{QStringLiteral("from"), old},
                                     {QStringLiteral("to"), normalized}});
        });
    }());
}

Result<ExportMarking> Workspace::exportMarking()
{
    MIZAN_TRY(current, classification());
    return ExportMarking{current, m_user, QDateTime::fromMSecsSinceEpoch(now(), QTimeZone::utc())};
}

} // namespace mizan
