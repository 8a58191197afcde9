#pragma once

#include <QMessageBox>
#include <QString>
#include <QStringList>

class QWidget;

namespace mizan {

/**
 * @brief The one way the UI asks for file names: QFileDialog, with a seam for tests
 * (setNextFileName answers the next question without showing a dialog; an empty answer means
 * the user cancelled). UI thread only.
 */
class FileDialog
{
public:
    static QString openFile(QWidget *parent,
                            const QString &caption,
                            const QString &folder,
                            const QString &filter);
    static QString saveFile(QWidget *parent,
                            const QString &caption,
                            const QString &path,
                            const QString &filter);
    /** @brief A folder (QFileDialog::getExistingDirectory); answered by setNextFileName too. */
    static QString existingFolder(QWidget *parent,
                                  const QString &caption,
                                  const QString &folder = {});

    static void setNextFileName(const QString &fileName);

private:
    static QStringList &answers();
};

/**
 * @brief The one way the UI shows an error or a notice: QMessageBox, with a seam for tests
 * (setTestMode(true) records messages instead of showing them; takeMessages returns them).
 */
class MessageBox
{
public:
    static void critical(QWidget *parent,
                         const QString &title,
                         const QString &text,
                         const QString &details = {});
    static void information(QWidget *parent, const QString &title, const QString &text);
    /** @brief Yes/No; in test mode records the text and answers Yes. */
    static QMessageBox::StandardButton question(QWidget *parent,
                                                const QString &title,
                                                const QString &text);

    static void setTestMode(bool enabled);
    static QStringList takeMessages();

private:
    static bool &testMode();
    static QStringList &messages();
};

} // namespace mizan
