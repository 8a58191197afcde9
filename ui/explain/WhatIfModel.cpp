#include "explain/WhatIfModel.h"

#include <QBrush>
#include <QComboBox>
#include <QFont>
#include <QLineEdit>
#include <QLocale>
#include <QPalette>
#include <QTimer>

namespace mizan {

WhatIfModel::WhatIfModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

WhatIfModel::~WhatIfModel() = default;

void WhatIfModel::setLead(std::shared_ptr<const Explainer> explainer, const Lead &original)
{
    beginResetModel();
    m_explainer = std::move(explainer);
    m_original = original;
    m_lead = original;
    endResetModel();
}

void WhatIfModel::clear()
{
    beginResetModel();
    m_explainer.reset();
    m_original.clear();
    m_lead.clear();
    endResetModel();
}

void WhatIfModel::resetToOriginal()
{
    beginResetModel();
    m_lead = m_original;
    endResetModel();
}

void WhatIfModel::applyChanges(const Lead &base, const std::vector<FeatureChange> &changes)
{
    if (base.size() != m_original.size())
        return;
    beginResetModel();
    m_lead = base;
    for (const FeatureChange &change : changes)
        if (change.feature >= 0 && size_t(change.feature) < m_lead.size())
            m_lead[size_t(change.feature)] = change.to;
    endResetModel();
}

QStringList WhatIfModel::editedFeatures() const
{
    QStringList out;
    for (size_t f = 0; f < m_lead.size() && m_explainer; ++f)
        if (!(m_lead[f] == m_original[f]))
            out.append(m_explainer->space().features()[f].column);
    return out;
}

int WhatIfModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lead.size());
}

int WhatIfModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString WhatIfModel::shown(int feature, const FeatureValue &value) const
{
    const QString text = m_explainer->space().displayValue(feature, value);
    return text.isEmpty() ? tr("missing") : text;
}

QVariant WhatIfModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int f = index.row();
    const FeatureInfo &info = m_explainer->space().features()[size_t(f)];
    const FeatureValue &value = m_lead[size_t(f)];
    const FeatureValue &original = m_original[size_t(f)];
    const bool edited = !(value == original);
    switch (role) {
    case CategoriesRole:
        return info.categories;
    case CategoricalRole:
        return info.type == FeatureType::Categorical;
    case ImmutableRole:
        return info.immutable;
    case EditedRole:
        return edited;
    case FeatureRole:
        return f;
    default:
        break;
    }
    switch (index.column()) {
    case FeatureColumn:
        if (role == Qt::DisplayRole)
            return info.immutable ? tr("%1 (fixed)").arg(info.column) : info.column;
        if (role == Qt::ToolTipRole) {
            QString tip
                = info.immutable
                      ? tr("%1 is immutable: suggested changes never touch it.").arg(info.column)
                      : info.column;
            if (info.hasStats && info.type == FeatureType::Numeric)
                tip += QLatin1Char('\n')
                       + tr("Training range %1 to %2, median %3")
                             .arg(QLocale().toString(info.min),
                                  QLocale().toString(info.max),
                                  QLocale().toString(info.median));
            return tip;
        }
        if (role == Qt::FontRole && info.immutable) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case OriginalColumn:
        if (role == Qt::DisplayRole)
            return shown(f, original);
        if (role == Qt::ForegroundRole)
            return QBrush(QPalette().color(QPalette::PlaceholderText));
        return {};
    case ValueColumn:
        if (role == Qt::DisplayRole)
            return shown(f, value);
        if (role == Qt::EditRole)
            return info.type == FeatureType::Categorical
                       ? QVariant(value.category)
                       : QVariant(m_explainer->space().displayValue(f, value));
        if (role == Qt::FontRole && edited) {
            QFont font;
            font.setBold(true);
            return font;
        }
        if (role == Qt::ToolTipRole)
            return edited ? tr("Changed from %1").arg(shown(f, original))
                          : tr("Edit to see how the score changes");
        return {};
    default:
        return {};
    }
}

bool WhatIfModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != ValueColumn
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const int f = index.row();
    const FeatureInfo &info = m_explainer->space().features()[size_t(f)];
    FeatureValue parsed;
    if (info.type == FeatureType::Categorical && value.typeId() == QMetaType::Int) {
        const int category = value.toInt();
        if (category < -1 || category >= info.categories.size())
            return false;
        parsed.category = category;
    } else {
        const Result<FeatureValue> read = m_explainer->space().parseValue(f, value.toString());
        if (!read) {
            Q_EMIT invalidValue(read.error().message);
            return false;
        }
        parsed = *read;
    }
    if (parsed == m_lead[size_t(f)])
        return true;
    m_lead[size_t(f)] = parsed;
    Q_EMIT dataChanged(this->index(f, 0), this->index(f, ColumnCount - 1));
    Q_EMIT leadEdited();
    return true;
}

Qt::ItemFlags WhatIfModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == ValueColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant WhatIfModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FeatureColumn:
        return tr("Feature");
    case OriginalColumn:
        return tr("Original");
    case ValueColumn:
        return tr("What if");
    default:
        return {};
    }
}

// ---- WhatIfDelegate ----

WhatIfDelegate::WhatIfDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

WhatIfDelegate::~WhatIfDelegate() = default;

QWidget *WhatIfDelegate::createEditor(QWidget *parent,
                                      const QStyleOptionViewItem &option,
                                      const QModelIndex &index) const
{
    auto *self = const_cast<WhatIfDelegate *>(this); // signals of a const delegate
    if (index.data(WhatIfModel::CategoricalRole).toBool()) {
        auto *combo = new QComboBox(parent);
        combo->setObjectName(QStringLiteral("whatIfCombo"));
        combo->addItem(tr("missing"));
        combo->addItems(index.data(WhatIfModel::CategoriesRole).toStringList());
        connect(combo, &QComboBox::activated, self, [self, combo] {
            Q_EMIT self->commitData(combo);
        });
        return combo;
    }
    Q_UNUSED(option)
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QStringLiteral("whatIfEdit"));
    edit->setPlaceholderText(tr("missing"));
    auto *debounce = new QTimer(edit);
    debounce->setSingleShot(true);
    debounce->setInterval(kDebounceMs);
    connect(edit, &QLineEdit::textEdited, debounce, qOverload<>(&QTimer::start));
    connect(debounce, &QTimer::timeout, self, [self, edit] { Q_EMIT self->commitData(edit); });
    connect(edit, &QLineEdit::editingFinished, self, [self, edit, debounce] {
        debounce->stop();
        Q_EMIT self->commitData(edit);
    });
    return edit;
}

void WhatIfDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        const QSignalBlocker blocker(combo);
        combo->setCurrentIndex(index.data(Qt::EditRole).toInt() + 1);
        return;
    }
    auto *edit = qobject_cast<QLineEdit *>(editor);
    // While the user types, the model follows the editor, never the other way round.
    if (!edit || edit->isModified())
        return;
    edit->setText(index.data(Qt::EditRole).toString());
}

void WhatIfDelegate::setModelData(QWidget *editor,
                                  QAbstractItemModel *model,
                                  const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, combo->currentIndex() - 1, Qt::EditRole);
        return;
    }
    auto *edit = qobject_cast<QLineEdit *>(editor);
    if (!edit)
        return;
    const bool ok = model->setData(index, edit->text(), Qt::EditRole);
    QPalette palette = edit->palette();
    palette.setColor(QPalette::Text,
                     ok ? QPalette().color(QPalette::Text) : QColor(0xb0, 0x00, 0x20));
    edit->setPalette(palette);
    edit->setToolTip(ok ? QString() : tr("Not a value this feature can take"));
}

} // namespace mizan
