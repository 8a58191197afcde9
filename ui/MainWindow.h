#pragma once

#include <QMainWindow>

class QTabWidget;

namespace mizan {

/**
 * @brief Mizan's main window: it hosts the tabs, the menus and the status bar, nothing more.
 * Window geometry and state are kept in QSettings. Lives on the UI thread.
 */
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    QTabWidget *tabs() const { return m_tabs; }
    /** @brief The text of the About box (versions of Mizan and the engines it uses). */
    static QString aboutText();

public Q_SLOTS:
    void showAbout();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    QWidget *createWelcomePage();
    void setLanguage(const QString &language);

    QTabWidget *m_tabs = nullptr;
};

} // namespace mizan
