#include "common/AboutDialog.h"

#include "model/Booster.h"
#include "store/Database.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFont>
#include <QFontDatabase>
#include <QGridLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QRawFont>
#include <QSysInfo>
#include <QtCharts/qtchartsversion.h>

#include <openssl/crypto.h>

#ifndef MIZAN_ARGON2_VERSION // ui/CMakeLists.txt defines it from dpkg
#define MIZAN_ARGON2_VERSION "unknown"
#endif

namespace mizan {

namespace {

// Unicode bidi isolates: Latin versions keep their order inside right-to-left text.
constexpr char16_t kLeftToRightIsolate = 0x2066;
constexpr char16_t kFirstStrongIsolate = 0x2068;
constexpr char16_t kPopIsolate = 0x2069;

/** `text` left to right wherever it stands (a version number, a font's name). */
QString ltr(const QString &text)
{
    return QChar(kLeftToRightIsolate) + text + QChar(kPopIsolate);
}

/** "2.001": the fontRevision (16.16 fixed point) of a font's 'head' table; empty without one. */
QString fontRevision(const QRawFont &font)
{
    const QByteArray head = font.fontTable("head");
    if (head.size() < 8)
        return {};
    const auto byte = [&head](int i) { return quint32(quint8(head.at(i))); };
    const quint32 fixed = byte(4) << 24 | byte(5) << 16 | byte(6) << 8 | byte(7);
    return QString::number(double(fixed) / 65536.0, 'f', 3);
}

/** The Noto font Arabic text is drawn with, and its revision; or what is used instead. */
QString notoVersion()
{
    const QRawFont arabic = QRawFont::fromFont(QFont(QStringLiteral("Noto Sans Arabic")),
                                               QFontDatabase::Arabic);
    if (!arabic.isValid())
        return AboutDialog::tr("not found");
    const QString family = arabic.familyName();
    if (!family.startsWith(QLatin1String("Noto")))
        return AboutDialog::tr("not installed (Arabic is drawn with %1)").arg(ltr(family));
    const QString revision = fontRevision(arabic);
    return revision.isEmpty() ? family : family + u' ' + revision;
}

QString sqlCipherVersion()
{
    const QString version = Database::libraryVersion();
    return version.isEmpty() ? AboutDialog::tr("not SQLCipher: workspaces cannot be opened")
                             : version;
}

QString systemLine()
{
    return AboutDialog::tr("System: %1 (%2), Qt platform %3")
        .arg(QSysInfo::prettyProductName(),
             QSysInfo::currentCpuArchitecture(),
             QGuiApplication::platformName());
}

QString headerHtml()
{
    return AboutDialog::tr(
               "<h2>Mizan %1</h2>"
               "<p>A model-governance workstation for lead scoring with gradient-boosted trees "
               "(XGBoost).</p>"
               "<p>Works offline: Mizan opens no network connection and listens on no port.</p>")
        .arg(QStringLiteral(MIZAN_VERSION));
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString tableHtml(const std::vector<AboutComponent> &components)
{
    // The columns run in the reading direction. A version or licence cell takes the direction of
    // its first letter (Latin: left to right, also inside a right-to-left table).
    const bool rtl = QGuiApplication::isRightToLeft();
    const auto isolated = [](const QString &text) -> QString { // not a QStringBuilder
        return QChar(kFirstStrongIsolate) + text + QChar(kPopIsolate);
    };
    QString html = QStringLiteral("<table dir=\"%1\" cellspacing=\"0\" cellpadding=\"3\"><tr>"
                                  "<th align=\"%2\">%3</th><th align=\"%2\">%4</th>"
                                  "<th align=\"%2\">%5</th><th align=\"%2\">%6</th></tr>")
                       .arg(rtl ? QStringLiteral("rtl") : QStringLiteral("ltr"),
                            rtl ? QStringLiteral("right") : QStringLiteral("left"),
                            AboutDialog::tr("Component"),
                            AboutDialog::tr("Version"),
                            AboutDialog::tr("Licence"),
                            AboutDialog::tr("Used for"));
    for (const AboutComponent &c : components)
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td><td>%3</td><td>%4</td></tr>")
                    .arg(escaped(c.name),
                         isolated(escaped(c.version)),
                         isolated(escaped(c.licence)),
                         escaped(c.usage));
    html += QStringLiteral("</table><p><small>%1</small></p>").arg(escaped(systemLine()));
    return html;
}

} // namespace

AboutDialog::AboutDialog(QWidget *parent)
    : QMessageBox(parent)
{
    setObjectName(QStringLiteral("AboutDialog"));
    setWindowTitle(tr("About Mizan"));
    setTextFormat(Qt::RichText);
    setText(headerHtml());
    setInformativeText(tableHtml(components()));
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    // The SVG drawn at the screen's pixel ratio: sharp at any scale.
    setIconPixmap(
        QIcon(QStringLiteral(":/icons/mizan.svg")).pixmap(QSize(64, 64), devicePixelRatioF()));
    setStandardButtons(QMessageBox::Close);
    setEscapeButton(QMessageBox::Close);
    if (auto *table = findChild<QLabel *>(QStringLiteral("qt_msgbox_informativelabel"))) {
        table->setAccessibleName(tr("Components, versions and licences"));
        table->setMinimumWidth(table->fontMetrics().averageCharWidth() * 100);
    }

    // Copy sits above the box's buttons: a button of the box would close it.
    m_copy = new QPushButton(tr("&Copy"), this);
    m_copy->setObjectName(QStringLiteral("aboutCopyButton"));
    m_copy->setToolTip(tr("Copies the versions and licences as text, for a support ticket"));
    connect(m_copy, &QPushButton::clicked, this, &AboutDialog::copyToClipboard);
    auto *grid = qobject_cast<QGridLayout *>(layout());
    auto *buttons = findChild<QDialogButtonBox *>();
    if (grid && buttons) {
        grid->removeWidget(buttons);
        const int row = grid->rowCount();
        grid->addWidget(m_copy, row, 0, 1, grid->columnCount(), Qt::AlignLeading);
        grid->addWidget(buttons, row + 1, 0, 1, grid->columnCount());
    }
}

AboutDialog::~AboutDialog() = default;

std::vector<AboutComponent> AboutDialog::components()
{
    const QString openSsl = QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION_STRING));
    return {
        {QStringLiteral("Qt"),
         QString::fromLatin1(qVersion()),
         QStringLiteral("LGPL-3.0-only"),
         tr("windows, PDF reports, translations and right-to-left layout (Core, GUI, Widgets, "
            "SVG, Concurrent)")},
        {QStringLiteral("Qt Charts"),
         tr("%1 (at build time)").arg(ltr(QStringLiteral(QTCHARTS_VERSION_STR))),
         QStringLiteral("GPL-3.0-only"),
         tr("the score histogram")},
        {tr("Qt translations"),
         QString::fromLatin1(qVersion()),
         QStringLiteral("GPL-3.0-only WITH Qt-GPL-exception-1.0"),
         tr("Qt's own buttons and dialogs in Arabic")},
        {QStringLiteral("XGBoost"),
         Booster::libraryVersion(),
         QStringLiteral("Apache-2.0"),
         tr("training and scoring the gradient-boosted tree models")},
        {QStringLiteral("SQLCipher"),
         sqlCipherVersion(),
         QStringLiteral("BSD-3-Clause"),
         tr("the encrypted workspace database (AES-256, an HMAC on every page)")},
        {QStringLiteral("OpenSSL"),
         openSsl,
         QStringLiteral("Apache-2.0"),
         tr("SHA-256, Ed25519 signatures of the audit log, sealed data and random numbers")},
        {QStringLiteral("Argon2"),
         tr("%1 (Debian package at build time)").arg(ltr(QStringLiteral(MIZAN_ARGON2_VERSION))),
         QStringLiteral("CC0-1.0 OR Apache-2.0"),
         tr("keys from passwords (Argon2id)")},
        {tr("Noto fonts"),
         notoVersion(),
         QStringLiteral("OFL-1.1"),
         tr("Arabic and Latin text on screen and in the PDF reports")},
    };
}

QString AboutDialog::reportText()
{
    QString text = tr("Mizan %1").arg(QStringLiteral(MIZAN_VERSION)) + u'\n'
                   + tr("Works offline: Mizan opens no network connection and listens on no port.")
                   + u'\n' + systemLine() + QStringLiteral("\n\n");
    for (const AboutComponent &c : components())
        text += QStringLiteral("- %1 %2 | %3 | %4\n").arg(c.name, c.version, c.licence, c.usage);
    // Plain text for a ticket: without the invisible direction marks.
    text.removeIf(
        [](QChar c) { return c.unicode() >= kLeftToRightIsolate && c.unicode() <= kPopIsolate; });
    return text;
}

void AboutDialog::copyToClipboard()
{
    QGuiApplication::clipboard()->setText(reportText());
    m_copy->setText(tr("&Copied"));
}

} // namespace mizan
