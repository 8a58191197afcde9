#pragma once

#include "explain/Explainer.h"

#include <QAbstractTableModel>
#include <QStyledItemDelegate>

#include <memory>

namespace mizan {

/**
 * @brief The what-if editor's table: one row per model feature (spec order) with the lead's
 * original value and an editable value. Immutable features (the spec forbids suggestions to
 * change them) are marked, and may still be edited to ask "what if". Edits are parsed by the
 * FeatureSpace (an unknown category or a non-number is refused with a message); each accepted
 * change emits leadEdited() once.
 */
class WhatIfModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WhatIfModel)

public:
    enum Column { FeatureColumn, OriginalColumn, ValueColumn, ColumnCount };
    enum Role {
        CategoriesRole = Qt::UserRole + 1, ///< QStringList: a categorical feature's categories
        CategoricalRole,                   ///< bool
        ImmutableRole,                     ///< bool
        EditedRole,                        ///< bool: the value differs from the original
        FeatureRole,                       ///< int: index into FeatureSpace::features()
    };

    explicit WhatIfModel(QObject *parent = nullptr);
    ~WhatIfModel() override;

    /** @brief A new lead to edit (the model resets); both values start at `original`. */
    void setLead(std::shared_ptr<const Explainer> explainer, const Lead &original);
    void clear();
    /** @brief Every value back to the original (the model resets, editors close). */
    void resetToOriginal();
    /** @brief `base` with `changes` applied (a suggestion tried); resets like resetToOriginal. */
    void applyChanges(const Lead &base, const std::vector<FeatureChange> &changes);

    const Lead &lead() const { return m_lead; }
    const Lead &original() const { return m_original; }
    bool isEdited() const { return !(m_lead == m_original); }
    /** @brief The columns of the features whose value differs from the original. */
    QStringList editedFeatures() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section,
                        Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /** @brief A value changed through setData (not by setLead/reset/apply). */
    void leadEdited();
    /** @brief An edit was refused: the message says why. */
    void invalidValue(const QString &message);

private:
    QString shown(int feature, const FeatureValue &value) const;

    std::shared_ptr<const Explainer> m_explainer;
    Lead m_original;
    Lead m_lead;
};

/**
 * @brief Editors for the what-if values: a combo box of the categories (and "missing") for a
 * categorical feature, committed at once; a line edit for a number, committed 300 ms after the
 * last keystroke and at Enter or when it loses focus.
 */
class WhatIfDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WhatIfDelegate)

public:
    static constexpr int kDebounceMs = 300;

    explicit WhatIfDelegate(QObject *parent = nullptr);
    ~WhatIfDelegate() override;

    QWidget *createEditor(QWidget *parent,
                          const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor,
                      QAbstractItemModel *model,
                      const QModelIndex &index) const override;
};

} // namespace mizan
