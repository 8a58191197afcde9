#include "common/TabShortcuts.h"

#include <QAbstractButton>
#include <QAction>
#include <QCoreApplication>
#include <QLineEdit>
#include <QShortcut>
#include <QWidget>

#include <vector>

namespace mizan {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mizan::TabShortcuts)
};

/** A tab's child (button, action or field, by object name) and the keys that reach it. */
struct Binding
{
    const char *tabClass;
    const char *target;
    QKeySequence keys;
};

const std::vector<Binding> &bindings()
{
    const QKeySequence run(Qt::CTRL | Qt::Key_R);
    // clang-format off
    static const std::vector<Binding> table{
        {"mizan::ExplainTab",  "explainButton",         run},
        {"mizan::ExplainTab",  "reportButton",          QKeySequence::Print},
        {"mizan::FairnessTab", "fairnessComputeButton", run},
        {"mizan::FairnessTab", "fairnessCsvAction",     QKeySequence::Save},
        {"mizan::FairnessTab", "fairnessPdfAction",     QKeySequence::Print},
        {"mizan::ApprovalTab", "assessButton",          run},
        {"mizan::ApprovalTab", "cardButton",            QKeySequence::Save},
        {"mizan::AuditTab",    "verifyButton",          run},
        {"mizan::AuditTab",    "exportButton",          QKeySequence::Save},
        {"mizan::AuditTab",    "reportButton",          QKeySequence::Print},
        {"mizan::AuditTab",    "textEdit",              QKeySequence::Find},
        {"mizan::PrivacyTab",  "subjectQueryEdit",      QKeySequence::Find},
        {"mizan::PrivacyTab",  "prepareAccessButton",   run},
        {"mizan::PrivacyTab",  "saveExportButton",      QKeySequence::Save},
        {"mizan::UsersTab",    "addUserButton",         QKeySequence::New},
        {"mizan::BackupTab",   "createBackupButton",    QKeySequence::New},
        {"mizan::BackupTab",   "verifyBackupButton",    run},
    };
    // clang-format on
    return table;
}

/** Whether the tab already answers `keys` with a shortcut of its own. */
bool bound(const QWidget *tab, const QKeySequence &keys)
{
    const auto actions = tab->findChildren<QAction *>();
    for (const QAction *action : actions)
        if (action->shortcuts().contains(keys))
            return true;
    const auto shortcuts = tab->findChildren<QShortcut *>();
    for (const QShortcut *shortcut : shortcuts)
        if (shortcut->key() == keys)
            return true;
    return false;
}

QAction *addAction(QWidget *tab,
                   const QString &name,
                   const QString &text,
                   const QKeySequence &keys,
                   const std::function<void()> &slot)
{
    auto *action = new QAction(text, tab);
    action->setObjectName(QStringLiteral("tabShortcut_") + name);
    action->setShortcut(keys);
    action->setShortcutContext(Qt::WindowShortcut);
    QObject::connect(action, &QAction::triggered, tab, slot);
    tab->addAction(action);
    return action;
}

void bind(QWidget *tab, QObject *target, const QKeySequence &keys)
{
    const QString name = target->objectName();
    const QString keysText = keys.toString(QKeySequence::NativeText);
    if (auto *action = qobject_cast<QAction *>(target)) {
        // An action of the tab (in a button's menu): the menu shows its keys.
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WindowShortcut);
        tab->addAction(action);
    } else if (auto *button = qobject_cast<QAbstractButton *>(target)) {
        addAction(tab, name, button->text(), keys, [button] {
            if (button->isVisible())
                button->click(); // nothing when it is disabled (busy, or no selection)
        });
        const QString tip = button->toolTip().isEmpty() ? button->text().remove(u'&')
                                                        : button->toolTip();
        button->setToolTip(Tr::tr("%1 (%2)").arg(tip, keysText));
    } else if (auto *field = qobject_cast<QWidget *>(target)) {
        addAction(tab, name, Tr::tr("&Find"), keys, [field] {
            field->setFocus(Qt::ShortcutFocusReason);
            if (auto *edit = qobject_cast<QLineEdit *>(field))
                edit->selectAll();
        });
        field->setToolTip(Tr::tr("%1 (%2)").arg(field->toolTip().isEmpty() ? field->accessibleName()
                                                                           : field->toolTip(),
                                                keysText));
    }
}

} // namespace

void installTabShortcuts(QWidget *tab, const std::function<void()> &refresh)
{
    static const char *const kInstalled = "mizanTabShortcuts";
    if (!tab || tab->property(kInstalled).toBool())
        return;
    tab->setProperty(kInstalled, true);
    const QKeySequence f5(Qt::Key_F5);
    if (refresh && !bound(tab, f5))
        addAction(tab, QStringLiteral("refresh"), Tr::tr("Re&fresh"), f5, refresh);
    for (const Binding &b : bindings()) {
        if (!tab->inherits(b.tabClass) || bound(tab, b.keys))
            continue;
        if (QObject *target = tab->findChild<QObject *>(QLatin1String(b.target)))
            bind(tab, target, b.keys);
    }
    const QKeySequence escape(Qt::Key_Escape);
    if (tab->metaObject()->indexOfMethod("cancel()") >= 0 && !bound(tab, escape))
        addAction(tab, QStringLiteral("cancel"), Tr::tr("Cancel the running job"), escape, [tab] {
            QMetaObject::invokeMethod(tab, "cancel");
        });
}

QList<QAction *> tabShortcutActions(const QWidget *tab)
{
    QList<QAction *> out;
    if (!tab)
        return out;
    const auto actions = tab->actions();
    for (QAction *action : actions)
        if (!action->shortcut().isEmpty() && !action->text().isEmpty())
            out << action;
    return out;
}

} // namespace mizan
