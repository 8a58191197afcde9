#include "common/Dialogs.h"

#include <QFileDialog>
#include <QMessageBox>

namespace mizan {

QStringList &FileDialog::answers()
{
    static QStringList queue;
    return queue;
}

void FileDialog::setNextFileName(const QString &fileName)
{
    answers().append(fileName);
}

QString FileDialog::openFile(QWidget *parent,
                             const QString &caption,
                             const QString &folder,
                             const QString &filter)
{
    if (!answers().isEmpty())
        return answers().takeFirst();
    return QFileDialog::getOpenFileName(parent, caption, folder, filter);
}

QString FileDialog::saveFile(QWidget *parent,
                             const QString &caption,
                             const QString &path,
                             const QString &filter)
{
    if (!answers().isEmpty())
        return answers().takeFirst();
    return QFileDialog::getSaveFileName(parent, caption, path, filter);
}

QString FileDialog::existingFolder(QWidget *parent, const QString &caption, const QString &folder)
{
    if (!answers().isEmpty())
        return answers().takeFirst();
    return QFileDialog::getExistingDirectory(parent, caption, folder);
}

bool &MessageBox::testMode()
{
    static bool enabled = false;
    return enabled;
}

QStringList &MessageBox::messages()
{
    static QStringList recorded;
    return recorded;
}

void MessageBox::setTestMode(bool enabled)
{
    testMode() = enabled;
}

QStringList MessageBox::takeMessages()
{
    return std::exchange(messages(), QStringList());
}

void MessageBox::critical(QWidget *parent,
                          const QString &title,
                          const QString &text,
                          const QString &details)
{
    if (testMode()) {
        messages().append(text);
        return;
    }
    QMessageBox box(QMessageBox::Critical, title, text, QMessageBox::Ok, parent);
    box.setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (!details.isEmpty() && details != text)
        box.setDetailedText(details);
    box.exec();
}

QMessageBox::StandardButton MessageBox::question(QWidget *parent,
                                                 const QString &title,
                                                 const QString &text)
{
    if (testMode()) {
        messages().append(text);
        return QMessageBox::Yes;
    }
    return QMessageBox::question(parent,
                                 title,
                                 text,
                                 QMessageBox::Yes | QMessageBox::No,
                                 QMessageBox::No);
}

void MessageBox::information(QWidget *parent, const QString &title, const QString &text)
{
    if (testMode()) {
        messages().append(text);
        return;
    }
    QMessageBox::information(parent, title, text);
}

} // namespace mizan
