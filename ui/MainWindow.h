#pragma once

#include <QMainWindow>

class QTabWidget;

namespace mizan {

class ScoringTab;

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
    ScoringTab *scoringTab() const { return m_scoring; }
    /**
     * @brief Opens the demo that `mizan-cli demo --out DIR` wrote and scores it. Returns false
     * (after saying why) when the folder does not hold it.
     */
    bool openDemo(const QString &folder);
    /** @brief The text of the About box (versions of Mizan and the engines it uses). */
    static QString aboutText();

public Q_SLOTS:
    void showAbout();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void setLanguage(const QString &language);

    QTabWidget *m_tabs = nullptr;
    ScoringTab *m_scoring = nullptr;
};

} // namespace mizan
