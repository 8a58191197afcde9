#include "privacy/PrivacyTab.h"

#include "common/Background.h"
#include "common/Dialogs.h"
#include "common/DocumentPdf.h"
#include "explain/ExplanationPdf.h"
#include "privacy/PrivacyDialogs.h"
#include "privacy/SubjectLetter.h"
#include "privacy/TextTableModel.h"
#include "workspace/Workspace.h"

#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace mizan {

namespace {

QString dateText(qint64 ms)
{
    return ms == 0 ? QString()
                   : QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(),
                                        QLocale::ShortFormat);
}

QString rowsText(const std::vector<LeadRow> &rows)
{
    QStringList parts;
    for (const LeadRow &row : rows)
        parts << PrivacyTab::tr("set %1, row %2").arg(row.leadSet).arg(row.row);
    return parts.join(QStringLiteral("; "));
}

QTableView *makeTable(QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->horizontalHeader()->setStretchLastSection(true);
    view->verticalHeader()->hide();
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    return view;
}

} // namespace

PrivacyTab::PrivacyTab(std::shared_ptr<Workspace> workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(std::move(workspace))
{
    setObjectName(QStringLiteral("privacyTab"));
    m_subjects = new TextTableModel({tr("Subject"), tr("Records"), tr("Identified by")}, this);
    m_holds = new TextTableModel(
        {tr("Hold"), tr("On"), tr("Reason"), tr("Placed by"), tr("Placed"), tr("State")}, this);
    m_erasures = new TextTableModel({tr("Erasure"),
                                     tr("Date"),
                                     tr("By"),
                                     tr("Request"),
                                     tr("Records"),
                                     tr("Keys destroyed"),
                                     tr("Deleted")},
                                    this);
    auto *layout = new QVBoxLayout(this);
    m_pages = new QTabWidget(this);
    m_pages->addTab(buildSubjectsPage(), tr("Data subjects"));
    m_pages->addTab(buildHoldsPage(), tr("Legal holds"));
    m_pages->addTab(buildErasuresPage(), tr("Erasure register"));
    m_pages->addTab(buildRetentionPage(), tr("Retention"));
    m_pages->addTab(buildLineagePage(), tr("Lineage"));
    layout->addWidget(m_pages);
    connect(&m_job, &QFutureWatcher<AccessJob>::finished, this, &PrivacyTab::onAccessFinished);
    setBusy(false);
    refresh();
}

PrivacyTab::~PrivacyTab()
{
    if (m_cancel)
        m_cancel->cancel();
    m_job.waitForFinished();
}

QWidget *PrivacyTab::buildSubjectsPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *search = new QHBoxLayout;
    m_query = new QLineEdit(page);
    m_query->setPlaceholderText(tr("Lead id, e-mail address, phone number or name"));
    m_query->setAccessibleName(tr("Find a data subject"));
    m_query->setObjectName(QStringLiteral("subjectQueryEdit")); // Ctrl+F (TabShortcuts.cpp)
    m_findButton = new QPushButton(tr("&Find"), page);
    search->addWidget(new QLabel(tr("Find a data subject:"), page));
    search->addWidget(m_query, 1);
    search->addWidget(m_findButton);
    layout->addLayout(search);
    connect(m_findButton, &QPushButton::clicked, this, [this] { find(m_query->text()); });
    connect(m_query, &QLineEdit::returnPressed, this, [this] { find(m_query->text()); });

    auto *splitter = new QSplitter(Qt::Vertical, page);
    m_subjectsView = makeTable(m_subjects, splitter);
    m_subjectsView->setAccessibleName(tr("Data subjects found"));
    connect(m_subjectsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        m_prepared.reset();
        m_letter->clear();
        m_summary->clear();
        updateActions();
    });
    auto *detail = new QWidget(splitter);
    auto *detailLayout = new QVBoxLayout(detail);
    auto *actions = new QHBoxLayout;
    m_prepareButton = new QPushButton(tr("&Prepare subject access"), detail);
    m_prepareButton->setObjectName(QStringLiteral("prepareAccessButton")); // Ctrl+R
    m_prepareButton->setToolTip(tr("Everything held about the subject, and the letter that "
                                   "explains the automated decision"));
    m_language = new QComboBox(detail);
    m_language->addItem(tr("Letter in English"), int(ReportLanguage::English));
    m_language->addItem(tr("Letter in Arabic"), int(ReportLanguage::Arabic));
    m_saveButton = new QPushButton(tr("&Save export…"), detail);
    m_saveButton->setObjectName(QStringLiteral("saveExportButton")); // Ctrl+S
    m_eraseButton = new QPushButton(tr("&Erase…"), detail);
    m_progress = new QProgressBar(detail);
    m_progress->setRange(0, 0);
    m_cancelButton = new QPushButton(tr("Cancel"), detail);
    for (QWidget *w : std::initializer_list<QWidget *>{m_prepareButton, m_language, m_saveButton})
        actions->addWidget(w);
    actions->addStretch();
    actions->addWidget(m_progress);
    actions->addWidget(m_cancelButton);
    actions->addWidget(m_eraseButton);
    detailLayout->addLayout(actions);
    m_summary = new QLabel(detail);
    m_summary->setWordWrap(true);
    detailLayout->addWidget(m_summary);
    m_letter = new QTextBrowser(detail);
    m_letter->setAccessibleName(tr("Letter preview"));
    detailLayout->addWidget(m_letter, 1);
    splitter->addWidget(m_subjectsView);
    splitter->addWidget(detail);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter, 1);
    connect(m_prepareButton, &QPushButton::clicked, this, &PrivacyTab::prepareAccess);
    connect(m_saveButton, &QPushButton::clicked, this, &PrivacyTab::saveExportAsked);
    connect(m_eraseButton, &QPushButton::clicked, this, &PrivacyTab::eraseSelected);
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        if (m_cancel)
            m_cancel->cancel();
    });
    // The letter in the officer's working language first (Arabic under an Arabic interface).
    if (layoutDirection() == Qt::RightToLeft || QLocale().language() == QLocale::Arabic)
        m_language->setCurrentIndex(m_language->findData(int(ReportLanguage::Arabic)));
    connect(m_language, &QComboBox::currentIndexChanged, this, &PrivacyTab::showLetter);
    return page;
}

QWidget *PrivacyTab::buildHoldsPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *note = new QLabel(tr("A legal hold on a lead set or a model version stops erasure and "
                               "retention of what it covers until it is lifted."),
                            page);
    note->setWordWrap(true);
    layout->addWidget(note);
    m_holdsView = makeTable(m_holds, page);
    m_holdsView->setAccessibleName(tr("Legal holds"));
    layout->addWidget(m_holdsView, 1);
    auto *buttons = new QHBoxLayout;
    m_placeHoldButton = new QPushButton(tr("&Place hold…"), page);
    m_liftHoldButton = new QPushButton(tr("&Lift hold…"), page);
    buttons->addWidget(m_placeHoldButton);
    buttons->addWidget(m_liftHoldButton);
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(m_placeHoldButton, &QPushButton::clicked, this, &PrivacyTab::placeHoldAsked);
    connect(m_liftHoldButton, &QPushButton::clicked, this, &PrivacyTab::liftHoldAsked);
    connect(m_holdsView->selectionModel(),
            &QItemSelectionModel::currentRowChanged,
            this,
            &PrivacyTab::updateActions);
    return page;
}

QWidget *PrivacyTab::buildErasuresPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *note = new QLabel(tr("Every erasure, in order. The register holds no personal data; "
                               "restoring an older backup re-applies it."),
                            page);
    note->setWordWrap(true);
    layout->addWidget(note);
    m_erasuresView = makeTable(m_erasures, page);
    m_erasuresView->setAccessibleName(tr("Erasure register"));
    layout->addWidget(m_erasuresView, 1);
    return page;
}

bool PrivacyTab::workspaceFree()
{
    if (!m_workspaceInUse || !m_workspaceInUse())
        return true;
    Q_EMIT statusMessage(tr("Another job is using the workspace; the Privacy tab waits for it."));
    return false;
}

void PrivacyTab::setBusy(bool busy)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    m_cancelButton->setVisible(busy);
    updateActions();
    Q_EMIT busyChanged(busy);
}

void PrivacyTab::updateActions()
{
    const bool chosen = !selectedSubject().isEmpty();
    const bool can = m_workspace && !m_busy;
    m_findButton->setEnabled(can);
    m_prepareButton->setEnabled(can && chosen && m_workspace->can(Permission::PrivacyExport));
    m_saveButton->setEnabled(can && m_prepared.has_value());
    m_eraseButton->setEnabled(can && chosen && m_workspace->can(Permission::PrivacyErase));
    const bool holds = can && m_workspace->can(Permission::PrivacyHold);
    m_placeHoldButton->setEnabled(holds);
    const TextTableModel::Row *hold = m_holds->rowAt(m_holdsView->currentIndex().row());
    m_liftHoldButton->setEnabled(holds && hold && hold->cells.value(5) == tr("in force"));
    const bool retention = can && m_workspace->can(Permission::RetentionManage);
    m_savePolicyButton->setEnabled(retention);
    m_dryRunButton->setEnabled(retention);
    m_applyButton->setEnabled(retention);
}

void PrivacyTab::reportFailure(const QString &title, const Error &error)
{
    MessageBox::critical(this, title, error.message, error.detail);
    Q_EMIT statusMessage(title);
}

void PrivacyTab::refresh()
{
    if (!m_workspace || m_busy || !workspaceFree())
        return;
    std::vector<TextTableModel::Row> rows;
    if (auto holds = m_workspace->legalHolds()) {
        for (const LegalHold &h : *holds)
            rows.push_back({{QString::number(h.id),
                             h.target,
                             h.reason,
                             h.placedBy,
                             dateText(h.placedMs),
                             h.active() ? tr("in force")
                                        : tr("lifted by %1 on %2: %3")
                                              .arg(h.liftedBy, dateText(h.liftedMs), h.liftReason)},
                            h.id});
    }
    m_holds->setRows(std::move(rows));
    rows = {};
    if (auto erasures = m_workspace->erasures()) {
        for (const ErasureReceipt &e : *erasures)
            rows.push_back(
                {{QString::number(e.id),
                  dateText(e.erasedMs),
                  e.erasedBy,
                  e.request,
                  QString::number(e.rows.size()),
                  QString::number(e.keysDestroyed),
                  tr("%n prediction(s)", nullptr, int(e.predictionsDeleted ? e.predictions : 0))
                      + QStringLiteral(", ")
                      + tr("%n decision(s) and appeal(s)", nullptr, int(e.decisions + e.appeals))},
                 e.id});
    }
    m_erasures->setRows(std::move(rows));
    refreshRetention();
    updateActions();
}

bool PrivacyTab::find(const QString &query)
{
    if (!m_workspace || m_busy || !workspaceFree())
        return false;
    m_query->setText(query);
    Workspace *ws = m_workspace.get();
    auto found = runInBackground([ws, query] { return ws->findSubjects(query); });
    m_prepared.reset();
    m_letter->clear();
    m_summary->clear();
    if (!found) {
        m_subjects->setRows({});
        reportFailure(tr("Search refused"), found.error());
        updateActions();
        return false;
    }
    std::vector<TextTableModel::Row> rows;
    for (const SubjectMatch &m : *found)
        rows.push_back({{m.ref, rowsText(m.rows), m.display}, m.ref});
    m_subjects->setRows(std::move(rows));
    if (!found->empty())
        m_subjectsView->selectionModel()->setCurrentIndex(m_subjects->index(0, 0),
                                                          QItemSelectionModel::ClearAndSelect
                                                              | QItemSelectionModel::Rows);
    Q_EMIT statusMessage(tr("%n data subject(s) found.", nullptr, int(found->size())));
    updateActions();
    return true;
}

QString PrivacyTab::selectedSubject() const
{
    const TextTableModel::Row *row = m_subjects->rowAt(m_subjectsView->currentIndex().row());
    return row ? row->id.toString() : QString();
}

bool PrivacyTab::selectSubject(const QString &ref)
{
    for (int r = 0; r < m_subjects->rowCount(); ++r) {
        if (m_subjects->rowAt(r)->id.toString() == ref) {
            m_subjectsView->selectionModel()->setCurrentIndex(m_subjects->index(r, 0),
                                                              QItemSelectionModel::ClearAndSelect
                                                                  | QItemSelectionModel::Rows);
            return true;
        }
    }
    return false;
}

void PrivacyTab::prepareAccess()
{
    const QString ref = selectedSubject();
    if (ref.isEmpty() || !m_workspace || m_busy || !workspaceFree())
        return;
    m_cancel = std::make_shared<CancelToken>();
    JobControl job;
    job.cancel = m_cancel.get();
    setBusy(true);
    Q_EMIT statusMessage(tr("Preparing the subject access export…"));
    m_job.setFuture(QtConcurrent::run(jobPool(), [ws = m_workspace, ref, job, token = m_cancel] {
        return AccessJob{ws->subjectAccess(ref, job)};
    }));
}

void PrivacyTab::onAccessFinished()
{
    AccessJob out = m_job.result();
    m_cancel.reset();
    setBusy(false);
    if (!out.result) {
        if (out.result.error().code == ErrorCode::Cancelled)
            Q_EMIT statusMessage(tr("Cancelled."));
        else
            reportFailure(tr("The subject access export could not be prepared"), out.result.error());
        Q_EMIT accessPrepared(false);
        return;
    }
    m_prepared = std::move(*out.result);
    const QJsonObject json = m_prepared->json;
    m_summary->setText(
        tr("%1: %n record(s), %2 prediction(s) explained, %3 human decision(s), %4 appeal(s), "
           "%5 audit entries. Prepared and recorded in the audit log.",
           nullptr,
           int(json.value(QStringLiteral("records")).toArray().size()))
            .arg(m_prepared->ref)
            .arg(m_prepared->explanation ? 1 : 0)
            .arg(m_prepared->decisions.size())
            .arg(m_prepared->appeals.size())
            .arg(json.value(QStringLiteral("audit_entries")).toArray().size()));
    showLetter();
    updateActions();
    Q_EMIT statusMessage(tr("The subject access export is ready to save."));
    Q_EMIT accessPrepared(true);
}

ReportLanguage PrivacyTab::letterLanguage() const
{
    return ReportLanguage(m_language->currentData().toInt());
}

void PrivacyTab::setLetterLanguage(ReportLanguage language)
{
    m_language->setCurrentIndex(m_language->findData(int(language)));
}

void PrivacyTab::showLetter()
{
    if (!m_prepared) {
        m_letter->clear();
        return;
    }
    const ReportLanguage language = letterLanguage();
    m_letter->setDocument(
        explanationDocument(subjectLetterHtml(*m_prepared, language), language).release());
    m_letter->document()->setParent(m_letter);
}

bool PrivacyTab::saveExportTo(const QString &folder)
{
    if (!m_prepared)
        return false;
    const QDir dir(folder);
    const QString jsonPath = dir.filePath(QStringLiteral("subject-access.json"));
    for (const QString &name : {QStringLiteral("subject-access.json"),
                                QStringLiteral("letter-en.pdf"),
                                QStringLiteral("letter-ar.pdf")}) {
        if (dir.exists(name)) {
            MessageBox::critical(this,
                                 tr("Not saved"),
                                 tr("%1 already exists; choose an empty folder.")
                                     .arg(QDir::toNativeSeparators(dir.filePath(name))));
            return false;
        }
    }
    // All three files or none, with one marking (the same time on the letters and the JSON): a failure
    // removes what was written, so the folder stays empty and the user can try again.
    const auto marking = exportMarkingOf(m_workspace.get());
    if (!marking) {
        reportFailure(tr("Not saved"), marking.error());
        return false;
    }
    QStringList written;
    const auto undo = [&written] {
        for (const QString &path : std::as_const(written))
            QFile::remove(path);
    };
    for (const auto &[language, name] : {std::pair(ReportLanguage::English, "letter-en.pdf"),
                                         std::pair(ReportLanguage::Arabic, "letter-ar.pdf")}) {
        const QString path = dir.filePath(QLatin1String(name));
        if (auto letter = writeExplanationPdf(subjectLetterHtml(*m_prepared, language),
                                              language,
                                              path,
                                              *marking);
            !letter) {
            undo();
            reportFailure(tr("Not saved"), letter.error());
            return false;
        }
        written.append(path);
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    // The JSON carries the same marking as a top-level "marking" object (as mizan-cli's).
    QJsonObject marked = m_prepared->json;
    if (!marking->isEmpty())
        marked.insert(QStringLiteral("marking"), marking->toJson());
    QSaveFile json(jsonPath);
    if (!json.open(QIODevice::WriteOnly)
        || json.write(QJsonDocument(marked).toJson(QJsonDocument::Indented)) < 0
        || !json.commit()) {
        undo();
        MessageBox::critical(this,
                             tr("Not saved"),
                             tr("Cannot write %1: %2").arg(jsonPath, json.errorString()));
        return false;
    }
    QFile::setPermissions(jsonPath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    Q_EMIT statusMessage(
        tr("Saved the export and both letters in %1.").arg(QDir::toNativeSeparators(folder)));
    return true;
}

void PrivacyTab::saveExportAsked()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Save the export in"));
    if (!folder.isEmpty())
        saveExportTo(folder);
}

bool PrivacyTab::erase(const QString &ref, const QString &request, SecureBytes password)
{
    if (!m_workspace || m_busy || !workspaceFree())
        return false;
    Workspace *ws = m_workspace.get();
    auto secret = std::make_shared<SecureBytes>(std::move(password));
    auto receipt = runInBackground([=]() -> Result<ErasureReceipt> {
        MIZAN_CHECK(ws->reauthenticate(*secret));
        return ws->eraseSubject(ref, request);
    });
    if (!receipt) {
        reportFailure(tr("Not erased"), receipt.error());
        return false;
    }
    m_subjects->setRows({});
    m_prepared.reset();
    m_letter->clear();
    m_summary->setText(tr("Erased as erasure %1: %2 record(s) anonymised, %3 key(s) destroyed.")
                           .arg(receipt->id)
                           .arg(receipt->rows.size())
                           .arg(receipt->keysDestroyed));
    Q_EMIT statusMessage(tr("The data subject was erased (erasure %1).").arg(receipt->id));
    refresh();
    return true;
}

void PrivacyTab::eraseSelected()
{
    const QString ref = selectedSubject();
    if (ref.isEmpty())
        return;
    const TextTableModel::Row *row = m_subjects->rowAt(m_subjectsView->currentIndex().row());
    ErasureDialog dialog(ref, row ? row->cells.value(2) : QString(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    erase(ref, dialog.request(), dialog.takePassword());
}

bool PrivacyTab::placeHold(const QString &target, const QString &reason)
{
    if (!m_workspace || m_busy || !workspaceFree())
        return false;
    auto hold = m_workspace->placeLegalHold(target, reason);
    if (!hold) {
        reportFailure(tr("No hold placed"), hold.error());
        return false;
    }
    Q_EMIT statusMessage(tr("Legal hold %1 placed on %2.").arg(hold->id).arg(target));
    refresh();
    return true;
}

bool PrivacyTab::liftHold(qint64 id, const QString &reason)
{
    if (!m_workspace || m_busy || !workspaceFree())
        return false;
    if (auto lifted = m_workspace->liftLegalHold(id, reason); !lifted) {
        reportFailure(tr("The hold was not lifted"), lifted.error());
        return false;
    }
    Q_EMIT statusMessage(tr("Legal hold %1 lifted.").arg(id));
    refresh();
    return true;
}

void PrivacyTab::placeHoldAsked()
{
    QList<std::pair<QString, QString>> targets;
    // Lead sets by name (metadata, fairness.view) and model versions (models.view).
    if (auto sets = m_workspace->fairnessLeadSets()) {
        for (const FairnessLeadSet &s : *sets)
            targets.append({tr("Lead set %1: %2").arg(s.info.id).arg(s.info.name),
                            QStringLiteral("leadset:%1").arg(s.info.id)});
    }
    if (auto models = m_workspace->models()) {
        for (const ModelInfo &m : *models)
            targets.append({tr("Model version %1: %2").arg(m.id).arg(m.name),
                            QStringLiteral("model:%1").arg(m.id)});
    }
    HoldDialog dialog(targets, this);
    if (dialog.exec() == QDialog::Accepted)
        placeHold(dialog.target(), dialog.reason());
}

void PrivacyTab::liftHoldAsked()
{
    const TextTableModel::Row *row = m_holds->rowAt(m_holdsView->currentIndex().row());
    if (!row)
        return;
    bool ok = false;
    const QString reason = QInputDialog::getText(this,
                                                 tr("Lift legal hold %1").arg(row->id.toLongLong()),
                                                 tr("Why is the hold lifted?"),
                                                 QLineEdit::Normal,
                                                 QString(),
                                                 &ok);
    if (ok)
        liftHold(row->id.toLongLong(), reason);
}

} // namespace mizan
