#pragma once

#include "audit/AuditLog.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QStringList>

#include <vector>

namespace mizan {

class Workspace;

/**
 * @brief The audit log as a table for the Audit tab: it pages from the database as the view
 * scrolls (canFetchMore/fetchMore, keyset paging by sequence number), newest or oldest first.
 *
 * Nothing is counted and nothing is loaded ahead: a million entries browse a page at a time.
 * Rows keep only what the columns show (sequence, time and indices into a table of distinct
 * strings), never the details JSON or the hashes; the detail pane asks for one entry's proof.
 * Read-only. Lives on the UI thread and calls the Workspace there, so while a job holds the
 * workspace on a worker thread the owner suspends it (setSuspended) and no page is fetched.
 * A failed page ends the paging and is reported through errorOccurred.
 */
class AuditModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditModel)

public:
    enum Column { Seq, Time, Actor, RoleColumn, Action, Target, Outcome, ColumnCount };
    enum DataRole { SeqRole = Qt::UserRole + 1, TimeMsRole, RawRole };

    static constexpr int kDefaultPageSize = 500;

    /** @brief `workspace` must outlive the model (the tab holds it); nothing loads until reset. */
    explicit AuditModel(Workspace *workspace, QObject *parent = nullptr);
    ~AuditModel() override;

    /** @brief Starts over with this filter: forgets every row and loads the first page. */
    void setFilter(const AuditFilter &filter);
    /** @brief Starts over with this filter and order (one query, not two). */
    void setQuery(const AuditFilter &filter, bool newestFirst);
    const AuditFilter &filter() const { return m_filter; }
    /** @brief Newest first (the default) or oldest first; starts over when it changes. */
    void setNewestFirst(bool newestFirst);
    bool newestFirst() const { return m_newestFirst; }
    /** @brief Starts over with the same filter and order (new entries appear). */
    void reload();
    /** @brief Forgets every row without asking the workspace (sign-out, lock). */
    void clear();
    void setPageSize(int rows);
    int pageSize() const { return m_pageSize; }
    /** @brief While suspended nothing is fetched (a worker thread holds the workspace). */
    void setSuspended(bool suspended);
    /** @brief Whether every matching entry is loaded. */
    bool atEnd() const { return m_atEnd; }

    qint64 seqAt(int row) const;
    /** @brief The row of a loaded entry, or -1. */
    int rowOfSeq(qint64 seq) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section,
                        Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    /** @brief Only time (and sequence, the same order) sorts: descending is newest first. */
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    static QString roleText(const QString &roleId);
    static QString outcomeText(const QString &outcome);
    /**
     * @brief Local time to the second, in the locale's digits, kept left to right (date, then
     * time) inside right-to-left text.
     */
    static QString localTimeText(qint64 ms);
    /** @brief Why a checkpoint was signed ("periodic", "logout", ...), for people. */
    static QString reasonText(const QString &reason);

Q_SIGNALS:
    /** @brief A page could not be read; paging stops until the next reset. */
    void errorOccurred(const QString &message);
    /** @brief Rows were added (a page) or the model started over. */
    void loadedChanged();

private:
    struct Row
    {
        qint64 seq = 0;
        qint64 timeMs = 0;
        quint32 actor = 0;
        quint32 role = 0;
        quint32 action = 0;
        quint32 target = 0;
        quint32 outcome = 0;
    };

    quint32 intern(const QString &text);
    const QString &text(quint32 id) const { return m_strings.at(qsizetype(id)); }
    /** @brief Reads the next page into `out`; false (and errorOccurred) when it fails. */
    bool readPage(std::vector<Row> &out);
    void restart();

    Workspace *m_workspace = nullptr;
    AuditFilter m_filter;
    bool m_newestFirst = true;
    bool m_atEnd = true;
    bool m_suspended = false;
    bool m_announcing = false; ///< a reset or an insertion is being emitted: fetch nothing inside
    int m_pageSize = kDefaultPageSize;
    QString m_lastError;
    std::vector<Row> m_rows;
    QStringList m_strings;
    QHash<QString, quint32> m_ids;
};

} // namespace mizan
