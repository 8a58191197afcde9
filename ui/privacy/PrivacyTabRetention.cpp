// The Privacy tab's Retention and Lineage pages.

#include "privacy/PrivacyTab.h"

#include "common/Background.h"
#include "common/Dialogs.h"
#include "privacy/TextTableModel.h"
#include "workspace/Workspace.h"

#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <set>

namespace mizan {

namespace {

/** The policy's periods in the order the page shows them. */
int RetentionPolicy::*const kPeriods[] = {&RetentionPolicy::leadsDays,
                                          &RetentionPolicy::predictionsDays,
                                          &RetentionPolicy::outcomesDays,
                                          &RetentionPolicy::explanationsDays,
                                          &RetentionPolicy::exportsDays,
                                          &RetentionPolicy::auditDays};

QString className(const QString &id)
{
    if (id == QLatin1String("leads"))
        return PrivacyTab::tr("Lead set");
    if (id == QLatin1String("predictions"))
        return PrivacyTab::tr("Predictions");
    if (id == QLatin1String("outcomes"))
        return PrivacyTab::tr("Outcomes");
    return id;
}

QString relationText(const QString &id)
{
    if (id == QLatin1String("trained"))
        return PrivacyTab::tr("trained");
    if (id == QLatin1String("scored"))
        return PrivacyTab::tr("scored");
    if (id == QLatin1String("produced"))
        return PrivacyTab::tr("produced");
    if (id == QLatin1String("exported"))
        return PrivacyTab::tr("exported");
    return id;
}

} // namespace

QWidget *PrivacyTab::buildRetentionPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QHBoxLayout(page);
    auto *left = new QVBoxLayout;
    auto *form = new QFormLayout;
    const QString labels[] = {tr("Lead sets (from import):"),
                              tr("Predictions (from scoring):"),
                              tr("Known outcomes:"),
                              tr("Explanations (not stored):"),
                              tr("Exported files:"),
                              tr("Audit log (at least 6 years):")};
    for (const QString &label : labels) {
        auto *days = new QSpinBox(page);
        days->setRange(1, RetentionPolicy::kMaxDays);
        days->setSuffix(tr(" days"));
        days->setAccessibleName(label);
        form->addRow(label, days);
        m_days.append(days);
    }
    m_days.back()->setMinimum(RetentionPolicy::kMinAuditDays);
    left->addLayout(form);
    m_savePolicyButton = new QPushButton(tr("&Save periods"), page);
    left->addWidget(m_savePolicyButton);
    left->addStretch();
    layout->addLayout(left);

    auto *right = new QVBoxLayout;
    auto *buttons = new QHBoxLayout;
    m_dryRunButton = new QPushButton(tr("&Dry run"), page);
    m_applyButton = new QPushButton(tr("&Apply…"), page);
    buttons->addWidget(m_dryRunButton);
    buttons->addWidget(m_applyButton);
    buttons->addStretch();
    right->addLayout(buttons);
    m_retention
        = new TextTableModel({tr("Data class"), tr("What"), tr("Since"), tr("Rows"), tr("Kept by")},
                             this);
    auto *view = new QTableView(page);
    view->setAccessibleName(tr("Retention: what is due"));
    view->setModel(m_retention);
    view->horizontalHeader()->setStretchLastSection(true);
    view->verticalHeader()->hide();
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    right->addWidget(view, 1);
    m_retentionNotes = new QLabel(page);
    m_retentionNotes->setWordWrap(true);
    right->addWidget(m_retentionNotes);
    layout->addLayout(right, 1);
    connect(m_savePolicyButton, &QPushButton::clicked, this, &PrivacyTab::saveRetentionPolicy);
    connect(m_dryRunButton, &QPushButton::clicked, this, [this] { runRetention(false); });
    connect(m_applyButton, &QPushButton::clicked, this, &PrivacyTab::applyRetentionAsked);
    return page;
}

QWidget *PrivacyTab::buildLineagePage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *row = new QHBoxLayout;
    m_lineageTarget = new QComboBox(page);
    m_lineageTarget->setAccessibleName(tr("Trace from"));
    auto *trace = new QPushButton(tr("&Trace"), page);
    row->addWidget(new QLabel(tr("Trace from:"), page));
    row->addWidget(m_lineageTarget, 1);
    row->addWidget(trace);
    layout->addLayout(row);
    m_lineage = new QTreeWidget(page);
    m_lineage->setAccessibleName(tr("Lineage"));
    m_lineage->setHeaderLabels(
        {tr("Data set, model, run or export"), tr("Hash"), tr("When"), tr("By"), tr("State")});
    m_lineage->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    layout->addWidget(m_lineage, 1);
    connect(trace, &QPushButton::clicked, this, [this] {
        traceLineage(m_lineageTarget->currentData().toString());
    });
    return page;
}

void PrivacyTab::refreshRetention()
{
    if (auto policy = m_workspace->retentionPolicy()) {
        for (int i = 0; i < m_days.size(); ++i)
            m_days[i]->setValue((*policy).*kPeriods[i]);
    }
    const QString keep = m_lineageTarget->currentData().toString();
    m_lineageTarget->clear();
    if (auto sets = m_workspace->fairnessLeadSets()) {
        for (const FairnessLeadSet &s : *sets)
            m_lineageTarget->addItem(tr("Lead set %1: %2").arg(s.info.id).arg(s.info.name),
                                     QStringLiteral("leadset:%1").arg(s.info.id));
    }
    if (auto models = m_workspace->models()) {
        for (const ModelInfo &m : *models)
            m_lineageTarget->addItem(tr("Model version %1: %2").arg(m.id).arg(m.name),
                                     QStringLiteral("model:%1").arg(m.id));
    }
    if (const int at = m_lineageTarget->findData(keep); at >= 0)
        m_lineageTarget->setCurrentIndex(at);
}

bool PrivacyTab::saveRetentionPolicy()
{
    if (!m_workspace || m_busy || !workspaceFree())
        return false;
    RetentionPolicy policy;
    for (int i = 0; i < m_days.size(); ++i)
        policy.*kPeriods[i] = m_days[i]->value();
    if (auto saved = m_workspace->setRetentionPolicy(policy); !saved) {
        reportFailure(tr("The periods were not saved"), saved.error());
        refreshRetention();
        return false;
    }
    Q_EMIT statusMessage(tr("Retention periods saved."));
    return true;
}

bool PrivacyTab::runRetention(bool apply, const SecureBytes &password)
{
    if (!m_workspace || m_busy || !workspaceFree())
        return false;
    Workspace *ws = m_workspace.get();
    auto secret = std::make_shared<SecureBytes>(password.copy());
    auto plan = runInBackground([=]() -> Result<RetentionPlan> {
        if (apply)
            MIZAN_CHECK(ws->reauthenticate(*secret));
        return ws->runRetention(apply);
    });
    if (!plan) {
        reportFailure(apply ? tr("Retention was not applied") : tr("The dry run failed"),
                      plan.error());
        return false;
    }
    std::vector<TextTableModel::Row> rows;
    for (const RetentionItem &item : plan->items)
        rows.push_back({{className(item.dataClass),
                         item.what,
                         QLocale().toString(QDateTime::fromMSecsSinceEpoch(item.createdMs).date(),
                                            QLocale::ShortFormat),
                         QLocale().toString(item.rows),
                         item.heldBy == 0 ? (plan->applied ? tr("removed") : tr("goes"))
                                          : tr("legal hold %1").arg(item.heldBy)},
                        item.target});
    m_retention->setRows(std::move(rows));
    m_retentionNotes->setText(plan->notes.join(QLatin1Char('\n')));
    const qint64 going = qint64(plan->removed().size());
    Q_EMIT statusMessage(apply ? tr("Retention applied: %n item(s) removed.", nullptr, int(going))
                               : tr("Dry run: %n item(s) would be removed.", nullptr, int(going)));
    if (apply)
        refresh();
    return true;
}

void PrivacyTab::applyRetentionAsked()
{
    bool ok = false;
    const QString password = QInputDialog::getText(this,
                                                   tr("Apply retention"),
                                                   tr("What the dry run lists is deleted now and "
                                                      "cannot be restored. Your password:"),
                                                   QLineEdit::Password,
                                                   QString(),
                                                   &ok);
    if (ok && !password.isEmpty())
        runRetention(true, SecureBytes::fromView(password.toUtf8()));
}

bool PrivacyTab::traceLineage(const QString &target)
{
    if (!m_workspace || m_busy || !workspaceFree())
        return false;
    auto report = m_workspace->lineage(target);
    m_lineage->clear();
    if (!report) {
        reportFailure(tr("Lineage could not be traced"), report.error());
        return false;
    }
    const auto node = [&](const QString &id) -> const LineageNode * {
        for (const LineageNode &n : report->nodes) {
            if (n.id == id)
                return &n;
        }
        return nullptr;
    };
    std::set<QString> shown;
    const std::function<void(QTreeWidgetItem *, const QString &, const QString &)> add =
        [&](QTreeWidgetItem *parent, const QString &id, const QString &relation) {
            const LineageNode *n = node(id);
            if (!n)
                return;
            auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_lineage);
            item->setText(0,
                          relation.isEmpty()
                              ? n->label
                              : relationText(relation) + QStringLiteral(": ") + n->label);
            item->setText(1, n->sha256.left(16));
            item->setText(2,
                          n->timeMs == 0
                              ? QString()
                              : QLocale().toString(QDateTime::fromMSecsSinceEpoch(n->timeMs),
                                                   QLocale::ShortFormat));
            item->setText(3, n->by);
            item->setText(4, n->state);
            item->setData(0, Qt::UserRole, n->id);
            if (!shown.insert(id).second)
                return; // reached again: shown once in full
            for (const LineageEdge &e : report->edges) {
                if (e.from == id)
                    add(item, e.to, e.relation);
            }
        };
    for (const LineageNode &n : report->nodes) {
        const bool fed = std::any_of(report->edges.begin(),
                                     report->edges.end(),
                                     [&](const LineageEdge &e) { return e.to == n.id; });
        if (!fed)
            add(nullptr, n.id, {});
    }
    m_lineage->expandAll();
    Q_EMIT statusMessage(
        tr("Lineage of %1: %n item(s).", nullptr, int(report->nodes.size())).arg(target));
    return true;
}

} // namespace mizan
