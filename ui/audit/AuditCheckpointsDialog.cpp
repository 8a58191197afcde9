#include "audit/AuditCheckpointsDialog.h"

#include "audit/AuditModel.h"
#include "common/Dialogs.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QVBoxLayout>

namespace mizan {

Result<> saveAuditNote(const QString &path, const QByteArray &note)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(note) != note.size()
        || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) || !file.commit())
        return fail(ErrorCode::Io,
                    QCoreApplication::translate("mizan::AuditCheckpointsDialog",
                                                "%1 could not be written: %2")
                        .arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}

AuditCheckpointsDialog::AuditCheckpointsDialog(std::vector<StoredCheckpoint> checkpoints,
                                               QWidget *parent)
    : QDialog(parent)
    , m_checkpoints(std::move(checkpoints))
    , m_table(new QTableWidget(this))
    , m_note(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("AuditCheckpointsDialog"));
    setWindowTitle(tr("Checkpoint history"));
    std::reverse(m_checkpoints.begin(), m_checkpoints.end());
    auto *intro = new QLabel(tr("Each checkpoint is the root of the log at a size, signed by the "
                                "workspace key (and co-signed by a person at sign-out, approvals, "
                                "exports and on request). %n checkpoint(s), newest first.",
                                nullptr,
                                int(m_checkpoints.size())),
                             this);
    intro->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("checkpointTable"));
    m_table->setAccessibleName(tr("Checkpoints"));
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels(
        {tr("Entries"), tr("Signed"), tr("Reason"), tr("Co-signed by"), tr("Id")});
    m_table->setRowCount(int(m_checkpoints.size()));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    const QLocale locale;
    for (int r = 0; r < int(m_checkpoints.size()); ++r) {
        const StoredCheckpoint &c = m_checkpoints[size_t(r)];
        const QDateTime time = QDateTime::fromMSecsSinceEpoch(c.createdMs);
        const QStringList cells{locale.toString(c.checkpoint.size),
                                AuditModel::localTimeText(c.createdMs),
                                AuditModel::reasonText(c.reason),
                                c.cosigner,
                                locale.toString(c.id)};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            if (column == 1)
                item->setToolTip(tr("%1 UTC").arg(time.toUTC().toString(Qt::ISODateWithMs)));
            if (column == 0 || column == 4)
                item->setTextAlignment(Qt::AlignTrailing | Qt::AlignVCenter);
            m_table->setItem(r, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_note->setObjectName(QStringLiteral("noteView"));
    m_note->setAccessibleName(tr("Signed note of the selected checkpoint"));
    m_note->setReadOnly(true);
    m_note->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_note->setLineWrapMode(QPlainTextEdit::WidgetWidth); // soft wrap: copies as signed
    m_note->setLayoutDirection(Qt::LeftToRight);          // a signed note is ASCII, left to right
    m_note->setMaximumHeight(150);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_save = buttons->addButton(tr("&Save note…"), QDialogButtonBox::ActionRole);
    m_save->setObjectName(QStringLiteral("saveNoteButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &AuditCheckpointsDialog::saveNote);
    connect(m_table,
            &QTableWidget::itemSelectionChanged,
            this,
            &AuditCheckpointsDialog::showSelected);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    auto *noteLabel = new QLabel(tr("Signed &note:"), this);
    noteLabel->setBuddy(m_note);
    layout->addWidget(noteLabel);
    layout->addWidget(m_note);
    layout->addWidget(buttons);
    resize(760, 560);
    if (!m_checkpoints.empty())
        m_table->selectRow(0);
    showSelected();
}

const StoredCheckpoint *AuditCheckpointsDialog::selected() const
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    if (items.isEmpty())
        return nullptr;
    const int r = items.first()->row();
    return r >= 0 && r < int(m_checkpoints.size()) ? &m_checkpoints[size_t(r)] : nullptr;
}

void AuditCheckpointsDialog::showSelected()
{
    const StoredCheckpoint *c = selected();
    m_note->setPlainText(c ? QString::fromUtf8(c->note) : QString());
    m_save->setEnabled(c != nullptr);
}

void AuditCheckpointsDialog::saveNote()
{
    const StoredCheckpoint *c = selected();
    if (!c)
        return;
    const QString path
        = FileDialog::saveFile(this,
                               tr("Save the signed checkpoint"),
                               QStringLiteral("checkpoint-%1.note").arg(c->checkpoint.size),
                               tr("Signed notes (*.note);;All files (*)"));
    if (path.isEmpty())
        return;
    if (auto saved = saveAuditNote(path, c->note); !saved)
        MessageBox::critical(this, tr("Not saved"), saved.error().message);
}

} // namespace mizan
