// Polish (offscreen): the score histogram takes its colours from the palette and follows
// Settings > Appearance (dark and back to light); every button of the session dialogs shows all
// its text, in English and in Arabic, also with the icons X11 gives a dialog's standard buttons
// (Qt 6.4 drew Cancel's «ألغِ» under the button's left edge); paths and user names inside
// translated sentences are bidi-isolated. Both languages in one run: the translators are
// swapped per row. With $MIZAN_SCREENSHOTS set: histogram-dark.png, histogram-light.png and
// <dialog>-<language>.png.

#include "Bootstrap.h"
#include "common/Appearance.h"
#include "common/Dialogs.h"
#include "scoring/ScoreHistogram.h"
#include "session/LockScreen.h"
#include "session/SessionDialogs.h"

#include "Screenshots.h"
#include "TestWorkspaceUtil.h"

#include <QAbstractAxis>
#include <QApplication>
#include <QChart>
#include <QDialogButtonBox>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QLegend>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <memory>
#include <vector>

using namespace mizan;
using namespace mizan::test;

namespace {

constexpr QChar kLeftToRightIsolate(0x2066);
constexpr QChar kFirstStrongIsolate(0x2068);
constexpr QChar kPopIsolate(0x2069);

/** Mean relative luminance (0 black .. 1 white) of `image`. */
double meanLuminance(const QImage &image)
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    double sum = 0;
    for (int y = 0; y < rgb.height(); ++y)
        for (int x = 0; x < rgb.width(); ++x) {
            const QColor c = rgb.pixelColor(x, y);
            sum += 0.2126 * c.redF() + 0.7152 * c.greenF() + 0.0722 * c.blueF();
        }
    return sum / std::max<qsizetype>(1, qsizetype(rgb.width()) * rgb.height());
}

/** Where `button` draws its text, in blue for the test: the box of its bluish pixels. */
QRect textPixels(QPushButton *button)
{
    QPalette palette = button->palette();
    palette.setColor(QPalette::ButtonText, QColor(0, 0, 255));
    button->setPalette(palette);
    const QImage image = button->grab().toImage().convertToFormat(QImage::Format_RGB32);
    button->setPalette(QPalette());
    const qreal ratio = image.devicePixelRatio();
    QRect box;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.blue() - std::max(c.red(), c.green()) > 50) // antialiased edges too
                box |= QRect(qRound(x / ratio), qRound(y / ratio), 1, 1);
        }
    return box;
}

/** The icon X11's platform theme gives a dialog's standard button (offscreen gives none). */
QIcon standardIcon(QStyle *style, QDialogButtonBox::StandardButton which)
{
    switch (which) {
    case QDialogButtonBox::Ok:
        return style->standardIcon(QStyle::SP_DialogOkButton);
    case QDialogButtonBox::Cancel:
        return style->standardIcon(QStyle::SP_DialogCancelButton);
    case QDialogButtonBox::Yes:
        return style->standardIcon(QStyle::SP_DialogYesButton);
    case QDialogButtonBox::No:
        return style->standardIcon(QStyle::SP_DialogNoButton);
    default:
        return {};
    }
}

} // namespace

class TestPolish : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void histogramFollowsThePalette();
    void buttonsShowAllTheirText_data();
    void buttonsShowAllTheirText();
    void pathsAndNamesAreIsolated_data();
    void pathsAndNamesAreIsolated();

private:
    void useLanguage(const QString &language);

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
};

void TestPolish::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Bootstrap::setApplicationIdentity();
    QSettings().clear();
    MessageBox::setTestMode(true);
    Appearance::apply(Appearance::Mode::System); // Fusion, as the application starts
    QVERIFY(m_dir.isValid());
    m_workspace = createWorkspace(m_dir.filePath(QStringLiteral("workspace"))).workspace;
    QVERIFY(m_workspace);
}

void TestPolish::cleanup()
{
    Appearance::apply(Appearance::Mode::System);
}

void TestPolish::useLanguage(const QString &language)
{
    for (QTranslator *translator : QCoreApplication::instance()->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    QCOMPARE(Bootstrap::installTranslators(language), language);
    QCOMPARE(QGuiApplication::layoutDirection(),
             language == QLatin1String("ar") ? Qt::RightToLeft : Qt::LeftToRight);
}

void TestPolish::histogramFollowsThePalette()
{
    useLanguage(QStringLiteral("en"));
    Appearance::apply(Appearance::Mode::Dark);
    ScoreHistogram histogram;
    std::vector<double> scores;
    for (int i = 0; i < 600; ++i) // more low scores than high, as in the demo
        scores.push_back(double((i * 7919) % 1000) / 1000.0 * double((i * 104729) % 1000) / 1000.0);
    histogram.setScores(scores, RiskBands());
    histogram.resize(720, 320);
    histogram.show();
    QVERIFY(QTest::qWaitForWindowExposed(&histogram));
    QChart *chart = histogram.chart();

    QVERIFY(chart->backgroundBrush().color().lightnessF() < 0.3);
    QVERIFY(chart->plotAreaBackgroundBrush().color().lightnessF() < 0.3);
    QVERIFY(chart->isPlotAreaBackgroundVisible());
    QVERIFY(chart->legend()->labelColor().lightnessF() > 0.7);
    QVERIFY(chart->titleBrush().color().lightnessF() > 0.7);
    QCOMPARE(chart->axes().size(), 2);
    for (QAbstractAxis *axis : chart->axes()) {
        QVERIFY(axis->labelsBrush().color().lightnessF() > 0.7);
        QVERIFY(axis->titleBrush().color().lightnessF() > 0.7);
        QVERIFY(axis->gridLinePen().color().lightnessF() < 0.4); // faint on the plot area
    }
    QTRY_VERIFY2(meanLuminance(histogram.grab().toImage()) < 0.3,
                 qPrintable(QString::number(meanLuminance(histogram.grab().toImage()))));
    shoot(histogram, QStringLiteral("histogram-dark.png"));

    // Live: back to the light palette on the open chart.
    Appearance::apply(Appearance::Mode::Light);
    QTRY_VERIFY(chart->backgroundBrush().color().lightnessF() > 0.7);
    QVERIFY(chart->plotAreaBackgroundBrush().color().lightnessF() > 0.7);
    QVERIFY(chart->legend()->labelColor().lightnessF() < 0.3);
    for (QAbstractAxis *axis : chart->axes())
        QVERIFY(axis->labelsBrush().color().lightnessF() < 0.3);
    QTRY_VERIFY2(meanLuminance(histogram.grab().toImage()) > 0.7,
                 qPrintable(QString::number(meanLuminance(histogram.grab().toImage()))));
    shoot(histogram, QStringLiteral("histogram-light.png"));

    // New scores keep the palette's colours (the axes are made anew).
    Appearance::apply(Appearance::Mode::Dark);
    QTRY_VERIFY(chart->backgroundBrush().color().lightnessF() < 0.3);
    histogram.clear();
    for (QAbstractAxis *axis : chart->axes())
        QVERIFY(axis->labelsBrush().color().lightnessF() > 0.7);
    histogram.setScores(scores, RiskBands());
    for (QAbstractAxis *axis : chart->axes())
        QVERIFY(axis->labelsBrush().color().lightnessF() > 0.7);
}

void TestPolish::buttonsShowAllTheirText_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("dialog");
    for (const char *language : {"en", "ar"})
        for (const char *dialog : {"signin", "firstrun", "password", "message"})
            QTest::addRow("%s %s", dialog, language) << language << dialog;
}

void TestPolish::buttonsShowAllTheirText()
{
    QFETCH(QString, language);
    QFETCH(QString, dialog);
    useLanguage(language);
    std::unique_ptr<QDialog> shown;
    if (dialog == QLatin1String("signin"))
        shown = std::make_unique<LoginDialog>(*m_workspace);
    else if (dialog == QLatin1String("firstrun"))
        shown = std::make_unique<FirstRunDialog>(nullptr, testOptions());
    else if (dialog == QLatin1String("password"))
        shown = std::make_unique<ChangePasswordDialog>(*m_workspace);
    else // any message box: the application's style reaches every dialog's buttons
        shown = std::make_unique<QMessageBox>(QMessageBox::Question,
                                              QStringLiteral("Mizan"),
                                              QStringLiteral("?"),
                                              QMessageBox::Ok | QMessageBox::Cancel);
    // As on X11 (Fusion there gives the standard buttons icons; offscreen does not).
    for (QDialogButtonBox *box : shown->findChildren<QDialogButtonBox *>())
        for (QAbstractButton *button : box->buttons())
            if (button->icon().isNull())
                button->setIcon(standardIcon(button->style(), box->standardButton(button)));
    shown->show();
    QVERIFY(QTest::qWaitForWindowExposed(shown.get()));
    QCOMPARE(shown->isRightToLeft(), language == QLatin1String("ar"));
    shoot(*shown, dialog + QLatin1Char('-') + language + QStringLiteral(".png"));

    const QList<QPushButton *> buttons = shown->findChildren<QPushButton *>();
    QVERIFY(buttons.size() >= 2);
    int withIcons = 0;
    for (QPushButton *button : buttons) {
        if (!button->isVisible())
            continue;
        const QString what = button->text() + QStringLiteral(" in ") + language;
        QVERIFY2(button->width() >= button->sizeHint().width(), qPrintable(what));
        QString visible = button->text();
        visible.remove(QLatin1Char('&'));
        const QRect text = textPixels(button);
        // All the text is drawn (nearly as wide as the font says) and inside the frame.
        QVERIFY2(text.width() >= button->fontMetrics().horizontalAdvance(visible) - 4,
                 qPrintable(what + QStringLiteral(": text %1 px wide").arg(text.width())));
        QVERIFY2(text.left() >= 3 && text.right() <= button->width() - 4,
                 qPrintable(what
                            + QStringLiteral(": text from x=%1 to %2 in a button %3 wide")
                                  .arg(text.left())
                                  .arg(text.right())
                                  .arg(button->width())));
        if (!button->icon().isNull()) {
            ++withIcons;
            // The icon comes first in reading order: at the text's right in Arabic.
            const int iconSize = button->iconSize().width();
            if (button->isRightToLeft())
                QVERIFY2(text.right() + iconSize < button->width(), qPrintable(what));
            else
                QVERIFY2(text.left() > iconSize, qPrintable(what));
        }
    }
    QVERIFY(withIcons >= 1); // Cancel
}

void TestPolish::pathsAndNamesAreIsolated_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("ar") << QStringLiteral("ar");
}

void TestPolish::pathsAndNamesAreIsolated()
{
    QFETCH(QString, language);
    useLanguage(language);

    // Sign-in: "Workspace: ⁦/tmp/…/workspace⁩".
    LoginDialog login(*m_workspace);
    auto *workspaceLabel = login.findChild<QLabel *>(QStringLiteral("workspaceLabel"));
    QVERIFY(workspaceLabel);
    const QString path = QDir::toNativeSeparators(m_workspace->directory());
    QVERIFY2(workspaceLabel->text().contains(kLeftToRightIsolate + path + kPopIsolate),
             qPrintable(workspaceLabel->text()));
    if (language == QLatin1String("ar"))
        QVERIFY(workspaceLabel->text().startsWith(QStringLiteral("مساحة العمل")));

    // First run, a folder that is not a workspace: "⁦/tmp/…⁩ is not a Mizan workspace."
    FirstRunDialog first(nullptr, testOptions());
    auto *open = first.findChild<QPushButton *>(QStringLiteral("openExistingButton"));
    QVERIFY(open);
    const QString folder = m_dir.filePath(QStringLiteral("not-a-workspace"));
    QVERIFY(QDir().mkpath(folder));
    FileDialog::setNextFileName(folder);
    open->click();
    QVERIFY2(first.messageLabel()->text().contains(
                 kLeftToRightIsolate + QDir::toNativeSeparators(folder) + kPopIsolate),
             qPrintable(first.messageLabel()->text()));

    // Lock screen: "Mizan is locked. ⁨amira⁩, enter your password to go on."
    LockScreen lock;
    lock.setWorkspace(m_workspace.get());
    auto *title = lock.findChild<QLabel *>(QStringLiteral("lockTitle"));
    QVERIFY(title);
    QVERIFY2(title->text().contains(kFirstStrongIsolate + m_workspace->userName() + kPopIsolate),
             qPrintable(title->text()));
}

QTEST_MAIN(TestPolish)
#include "TestPolish.moc"
