#include "audit/AuditModel.h"

#include "security/Permissions.h"
#include "workspace/Workspace.h"

#include <QColor>
#include <QDateTime>
#include <QLocale>
#include <QScopedValueRollback>

namespace mizan {

AuditModel::AuditModel(Workspace *workspace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
{}

AuditModel::~AuditModel() = default;

void AuditModel::setFilter(const AuditFilter &filter)
{
    setQuery(filter, m_newestFirst);
}

void AuditModel::setQuery(const AuditFilter &filter, bool newestFirst)
{
    m_filter = filter;
    m_newestFirst = newestFirst;
    restart();
}

void AuditModel::setNewestFirst(bool newestFirst)
{
    if (newestFirst == m_newestFirst)
        return;
    m_newestFirst = newestFirst;
    restart();
}

void AuditModel::reload()
{
    restart();
}

void AuditModel::clear()
{
    const QScopedValueRollback announcing(m_announcing, true);
    beginResetModel();
    m_rows = {};
    m_strings.clear();
    m_ids.clear();
    m_atEnd = true;
    endResetModel();
    Q_EMIT loadedChanged();
}

void AuditModel::setPageSize(int rows)
{
    m_pageSize = std::clamp(rows, 1, 10000);
}

void AuditModel::setSuspended(bool suspended)
{
    m_suspended = suspended;
}

void AuditModel::restart()
{
    if (m_suspended)
        return;
    // A page fetched while a change is being announced (a view or a tester asking from its
    // slot) would be an insertion inside it; views fetch when they lay out again, after it.
    bool read = false;
    {
        const QScopedValueRollback announcing(m_announcing, true);
        beginResetModel();
        m_rows = {};
        m_strings.clear();
        m_ids.clear();
        m_atEnd = false;
        std::vector<Row> page;
        read = readPage(page);
        m_rows = std::move(page);
        endResetModel();
    }
    Q_EMIT loadedChanged();
    if (!read)
        Q_EMIT errorOccurred(m_lastError);
}

bool AuditModel::readPage(std::vector<Row> &out)
{
    const qint64 after = m_rows.empty() ? 0 : m_rows.back().seq;
    auto page = m_workspace ? m_workspace->auditQuery(m_filter, after, m_pageSize, m_newestFirst)
                            : Result<std::vector<AuditEntry>>(std::vector<AuditEntry>());
    if (!page) {
        m_atEnd = true;
        m_lastError = page.error().message;
        return false;
    }
    m_atEnd = qsizetype(page->size()) < m_pageSize;
    out.reserve(page->size());
    for (const AuditEntry &e : *page)
        out.push_back({e.seq,
                       e.timeMs,
                       intern(e.actor),
                       intern(e.role),
                       intern(e.action),
                       intern(e.target),
                       intern(e.outcome)});
    return true;
}

quint32 AuditModel::intern(const QString &text)
{
    const auto it = m_ids.constFind(text);
    if (it != m_ids.constEnd())
        return it.value();
    const auto id = quint32(m_strings.size());
    m_strings.append(text);
    m_ids.insert(text, id);
    return id;
}

bool AuditModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_suspended && !m_announcing && m_workspace;
}

void AuditModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    std::vector<Row> page;
    if (!readPage(page)) {
        Q_EMIT loadedChanged();
        Q_EMIT errorOccurred(m_lastError);
        return;
    }
    if (!page.empty()) {
        const int first = int(m_rows.size());
        const QScopedValueRollback announcing(m_announcing, true);
        beginInsertRows({}, first, first + int(page.size()) - 1);
        m_rows.insert(m_rows.end(), page.begin(), page.end());
        endInsertRows();
    }
    Q_EMIT loadedChanged();
}

void AuditModel::sort(int column, Qt::SortOrder order)
{
    if (column == Seq || column == Time)
        setNewestFirst(order == Qt::DescendingOrder);
}

qint64 AuditModel::seqAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? m_rows[size_t(row)].seq : 0;
}

int AuditModel::rowOfSeq(qint64 seq) const
{
    // Rows are sorted by sequence (one way or the other): a binary search finds it.
    const auto less = [this](const Row &row, qint64 value) {
        return m_newestFirst ? row.seq > value : row.seq < value;
    };
    const auto it = std::lower_bound(m_rows.begin(), m_rows.end(), seq, less);
    return it != m_rows.end() && it->seq == seq ? int(it - m_rows.begin()) : -1;
}

int AuditModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AuditModel::roleText(const QString &roleId)
{
    const auto role = roleFromId(roleId);
    return role ? roleDisplayName(*role) : roleId;
}

QString AuditModel::outcomeText(const QString &outcome)
{
    if (outcome == QLatin1String("ok"))
        return tr("OK");
    if (outcome == QLatin1String("denied"))
        return tr("Denied");
    if (outcome == QLatin1String("failed"))
        return tr("Failed");
    if (outcome == QLatin1String("started"))
        return tr("Started");
    if (outcome == QLatin1String("cancelled"))
        return tr("Cancelled");
    if (outcome == QLatin1String("pending"))
        return tr("Pending");
    return outcome; // as recorded
}

QString AuditModel::localTimeText(qint64 ms)
{
    const QString text = QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms),
                                            QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    return QChar(0x200E) + text + QChar(0x200E); // left-to-right marks around it
}

QString AuditModel::reasonText(const QString &reason)
{
    if (reason == QLatin1String("periodic"))
        return tr("Every %1 entries").arg(AuditLog::kCheckpointInterval);
    if (reason == QLatin1String("logout"))
        return tr("Sign-out");
    if (reason == QLatin1String("approval"))
        return tr("Approval");
    if (reason == QLatin1String("migration"))
        return tr("Upgrade of the workspace");
    if (reason == QLatin1String("manual"))
        return tr("Signed on request");
    if (reason == QLatin1String("export"))
        return tr("Evidence pack export");
    return reason;
}

QVariant AuditModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Seq:
            return QLocale().toString(r.seq);
        case Time:
            return localTimeText(r.timeMs);
        case Actor:
            return text(r.actor);
        case RoleColumn:
            return roleText(text(r.role));
        case Action:
            return text(r.action);
        case Target:
            return text(r.target);
        case Outcome:
            return outcomeText(text(r.outcome));
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == Time)
            return tr("%1 UTC").arg(
                QDateTime::fromMSecsSinceEpoch(r.timeMs).toUTC().toString(Qt::ISODateWithMs));
        if (index.column() == Target)
            return text(r.target);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Seq)
            return QVariant::fromValue(Qt::AlignTrailing | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Outcome && text(r.outcome) != QLatin1String("ok"))
            return QColor(0xb0, 0x1c, 0x1c);
        return {};
    case SeqRole:
        return r.seq;
    case TimeMsRole:
        return r.timeMs;
    case RawRole:
        switch (index.column()) {
        case RoleColumn:
            return text(r.role);
        case Outcome:
            return text(r.outcome);
        default:
            return data(index, Qt::DisplayRole);
        }
    default:
        return {};
    }
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && (section == Seq || section == Time))
        return tr("Click to show the newest or the oldest entries first");
    // A click on either always turns the order around.
    if (role == Qt::InitialSortOrderRole && (section == Seq || section == Time))
        return m_newestFirst ? Qt::AscendingOrder : Qt::DescendingOrder;
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Seq:
        return tr("Entry");
    case Time:
        return tr("Time");
    case Actor:
        return tr("Actor");
    case RoleColumn:
        return tr("Role");
    case Action:
        return tr("Action");
    case Target:
        return tr("Target");
    case Outcome:
        return tr("Outcome");
    default:
        return {};
    }
}

} // namespace mizan
