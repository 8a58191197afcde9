#pragma once

#include "governance/ModelRegistry.h"

#include <QAbstractTableModel>

#include <vector>

namespace mizan {

/**
 * @brief Signed governance events, oldest first: who did what to which version, when, why, and
 * the start of each signature. Every row was verified when the registry loaded. UI thread.
 */
class ModelHistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelHistoryModel)

public:
    enum Column {
        NumberColumn,
        TimeColumn,
        VersionColumn,
        ActionColumn,
        ActorColumn,
        CommentColumn,
        DetailsColumn,
        SignatureColumn,
        ColumnCount
    };

    explicit ModelHistoryModel(QObject *parent = nullptr);
    ~ModelHistoryModel() override;

    void setEvents(std::vector<ModelEvent> events);
    const std::vector<ModelEvent> &events() const { return m_events; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    /** @brief "Approved", "Rolled back to", ... */
    static QString actionText(ModelAction action);
    /** @brief The event's details in words: risk level, revalidation date, overridden gates. */
    static QString detailsText(const ModelEvent &event);

private:
    std::vector<ModelEvent> m_events;
};

} // namespace mizan
