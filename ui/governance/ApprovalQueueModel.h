#pragma once

#include "workspace/WorkspaceTypes.h"

#include <QAbstractTableModel>

#include <vector>

namespace mizan {

/**
 * @brief The model versions of the approval queue: one row per version with its signed state,
 * its risk badge (the latest assessment's level), the approvals of the round under way and the
 * revalidation date, flagged when it has passed. Shows the versions waiting for a decision
 * (submitted) or all of them. Read-only; UI thread.
 */
class ApprovalQueueModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApprovalQueueModel)

public:
    enum Column {
        VersionColumn,
        StateColumn,
        RiskColumn,
        ApprovalsColumn,
        RevalidateColumn,
        AuthorColumn,
        RegisteredColumn,
        ColumnCount
    };
    /** @brief The version id of a row (every column). */
    static constexpr int IdRole = Qt::UserRole + 1;
    /** @brief The risk level id ("low", "medium", "high", or empty). */
    static constexpr int RiskRole = Qt::UserRole + 2;

    explicit ApprovalQueueModel(QObject *parent = nullptr);
    ~ApprovalQueueModel() override;

    void setVersions(std::vector<ModelVersion> versions);
    /** @brief Only the versions waiting for a decision (the default), or every version. */
    void setPendingOnly(bool pendingOnly);
    bool pendingOnly() const { return m_pendingOnly; }

    /** @brief Every version read, shown or not. */
    const std::vector<ModelVersion> &allVersions() const { return m_all; }
    const ModelVersion *versionAt(int row) const;
    const ModelVersion *versionById(qint64 id) const;
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    /** @brief "Bank leads (#3)" */
    static QString versionLabel(const ModelInfo &info);

private:
    void rebuild();

    std::vector<ModelVersion> m_all;
    std::vector<size_t> m_shown; ///< indexes into m_all
    bool m_pendingOnly = true;
};

} // namespace mizan
