#include "common/Appearance.h"

#include <QApplication>
#include <QIcon>
#include <QPainter>
#include <QPixmap>
#include <QProxyStyle>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleOptionButton>
#include <QTextLayout>

#include <algorithm>
#include <cmath>
#include <memory>

namespace mizan::Appearance {

namespace {

const QString kKey = QStringLiteral("appearance");
const QString kFusion = QStringLiteral("Fusion");

/**
 * How much wider a push button's text is drawn than QFontMetrics measures it (0 for most
 * texts). The underlined mnemonic letter is drawn as a run of its own, so an Arabic letter
 * loses its joining and takes its wider isolated form («&تسجيل الدخول»: 81 pixels drawn, 74
 * measured): QPushButton::sizeHint() would leave the text too little room.
 */
int mnemonicSurplus(const QString &text, const QFont &font, Qt::LayoutDirection direction)
{
    QString plain;
    qsizetype underlined = -1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&') && i + 1 < text.size()) {
            ++i; // "&&" is a literal ampersand
            if (text.at(i) != QLatin1Char('&') && underlined < 0)
                underlined = plain.size();
        }
        plain.append(text.at(i));
    }
    if (underlined < 0)
        return 0;
    const auto width = [&](bool underline) {
        QTextLayout layout(plain, font);
        QTextOption option;
        option.setTextDirection(direction);
        layout.setTextOption(option);
        if (underline) {
            QTextLayout::FormatRange range;
            range.start = int(underlined);
            range.length = 1;
            range.format.setFontUnderline(true);
            layout.setFormats({range});
        }
        layout.beginLayout();
        QTextLine line = layout.createLine();
        line.setLineWidth(1e6);
        layout.endLayout();
        return line.naturalTextWidth();
    };
    return std::max(0, int(std::ceil(width(true) - width(false))));
}

/** Fusion, with push buttons' labels that fit their button in right-to-left languages too. */
class ButtonLabelStyle final : public QProxyStyle
{
public:
    ButtonLabelStyle()
        : QProxyStyle(QStyleFactory::create(kFusion))
    {}

    QSize sizeFromContents(ContentsType type,
                           const QStyleOption *option,
                           const QSize &contents,
                           const QWidget *widget) const override
    {
        QSize size = contents;
        if (const auto *button = qstyleoption_cast<const QStyleOptionButton *>(option);
            type == CT_PushButton && button)
            size.rwidth() += surplus(button, widget);
        return QProxyStyle::sizeFromContents(type, option, size, widget);
    }

    void drawControl(ControlElement element,
                     const QStyleOption *option,
                     QPainter *painter,
                     const QWidget *widget) const override
    {
        const auto *button = qstyleoption_cast<const QStyleOptionButton *>(option);
        if (element != CE_PushButtonLabel || !button || button->direction != Qt::RightToLeft
            || button->icon.isNull() || button->text.isEmpty()
            || (button->features & QStyleOptionButton::HasMenu)) {
            QProxyStyle::drawControl(element, option, painter, widget);
            return;
        }
        // Qt 6.4 right-aligns the text of a button with an icon and lets the right-to-left
        // painter mirror that: the text lands on the button's left edge, under its frame. Here
        // the pair is laid out as QCommonStyle does (centred, 4 pixels apart), mirrored: the
        // icon on the right. The icon goes through the base style (an option without text,
        // centred in its own rectangle); the text is centred in its own.
        int flags = Qt::AlignVCenter | Qt::TextShowMnemonic;
        if (!proxy()->styleHint(SH_UnderlineShortcut, button, widget))
            flags |= Qt::TextHideMnemonic;
        const int spacing = 4; // QPushButton::sizeHint() counts the same
        const QSize icon = button->iconSize;
        const int textWidth
            = button->fontMetrics.boundingRect(button->rect, flags, button->text).width()
              + surplus(button, widget);
        const QRect &r = button->rect;
        const int left = r.x() + (r.width() - (textWidth + spacing + icon.width())) / 2;
        QStyleOptionButton iconOnly(*button);
        iconOnly.text.clear();
        iconOnly.rect = QRect(left + textWidth + spacing, r.y(), icon.width(), r.height());
        QProxyStyle::drawControl(element, &iconOnly, painter, widget);
        proxy()->drawItemText(painter,
                              QRect(left, r.y(), textWidth, r.height()),
                              flags | Qt::AlignHCenter,
                              button->palette,
                              button->state & State_Enabled,
                              button->text,
                              QPalette::ButtonText);
    }

private:
    int surplus(const QStyleOptionButton *button, const QWidget *widget) const
    {
        if (!proxy()->styleHint(SH_UnderlineShortcut, button, widget))
            return 0; // no underline, one run: drawn as measured
        return mnemonicSurplus(button->text,
                               widget ? widget->font() : QApplication::font(),
                               button->direction);
    }
};

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
    // Fusion everywhere, through ButtonLabelStyle: every dialog's and message box's buttons.
    if (!dynamic_cast<ButtonLabelStyle *>(QApplication::style()))
        QApplication::setStyle(new ButtonLabelStyle);
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
