#include "common/Appearance.h"

#include <QApplication>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

#include <memory>

namespace mizan::Appearance {

namespace {

const QString kKey = QStringLiteral("appearance");
const QString kFusion = QStringLiteral("Fusion");

} // namespace

QString id(Mode mode)
{
    switch (mode) {
    case Mode::Light:
        return QStringLiteral("light");
    case Mode::Dark:
        return QStringLiteral("dark");
    case Mode::System:
        break;
    }
    return QStringLiteral("system");
}

std::optional<Mode> fromId(const QString &id)
{
    for (Mode mode : {Mode::System, Mode::Light, Mode::Dark})
        if (Appearance::id(mode) == id)
            return mode;
    return std::nullopt;
}

Mode saved()
{
    return fromId(QSettings().value(kKey).toString()).value_or(Mode::System);
}

void apply(Mode mode)
{
    if (QApplication::style()->name().compare(kFusion, Qt::CaseInsensitive) != 0)
        QApplication::setStyle(kFusion);
    switch (mode) {
    case Mode::System:
        // Nothing to undo at start-up. After Light or Dark: a palette with no role set resolves
        // entirely against the platform theme's (or, without one, Fusion's), so it follows the
        // system again, also when the system theme changes later.
        if (QCoreApplication::testAttribute(Qt::AA_SetPalette))
            QApplication::setPalette(QPalette());
        break;
    case Mode::Light:
        QApplication::setPalette(lightPalette());
        break;
    case Mode::Dark:
        QApplication::setPalette(darkPalette());
        break;
    }
}

void choose(Mode mode)
{
    QSettings().setValue(kKey, id(mode));
    apply(mode);
}

QPalette lightPalette()
{
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(kFusion));
    return fusion ? fusion->standardPalette() : QPalette(QColor(0xef, 0xef, 0xef));
}

QPalette darkPalette()
{
    const QColor window(0x2d, 0x2d, 0x30);
    const QColor base(0x1e, 0x1e, 0x20);
    const QColor button(0x35, 0x35, 0x38);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor disabledText(0x80, 0x80, 0x80);
    // White on this blue is 5.2:1; the link blue on the base colour 7:1.
    const QColor highlight(0x1f, 0x6f, 0xbf);

    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x28, 0x28, 0x2b));
    p.setColor(QPalette::ToolTipBase, QColor(0x3c, 0x3c, 0x40));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, button);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, QColor(0x4b, 0x4b, 0x50));
    p.setColor(QPalette::Midlight, QColor(0x3e, 0x3e, 0x42));
    p.setColor(QPalette::Mid, QColor(0x28, 0x28, 0x2a));
    p.setColor(QPalette::Dark, QColor(0x19, 0x19, 0x1b));
    p.setColor(QPalette::Shadow, QColor(0x0a, 0x0a, 0x0a));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6e, 0xaa, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xbe, 0x96, 0xff));
    for (QPalette::ColorRole role :
         {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::HighlightedText}) {
        p.setColor(QPalette::Disabled, role, disabledText);
    }
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x50, 0x50, 0x50));
    p.setColor(QPalette::Disabled, QPalette::Base, window);
    return p;
}

} // namespace mizan::Appearance
