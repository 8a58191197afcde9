#pragma once

#include <QDir>
#include <QTest>
#include <QWidget>

namespace mizan::test {

/**
 * @brief Saves what `widget` shows as `name` (a .png) into $MIZAN_SCREENSHOTS; nothing when it
 * is unset. Under $MIZAN_SCREENSHOT_LANGUAGE (other than en) the file is `name-<language>.png`,
 * so English and Arabic pictures of one test sit side by side.
 */
inline void shoot(QWidget &widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("MIZAN_SCREENSHOTS");
    if (folder.isEmpty())
        return;
    const QString language = qEnvironmentVariable("MIZAN_SCREENSHOT_LANGUAGE");
    QString file = name;
    if (!language.isEmpty() && language != QLatin1String("en"))
        file.replace(QStringLiteral(".png"), QLatin1Char('-') + language + QStringLiteral(".png"));
    QVERIFY2(widget.grab().save(QDir(folder).filePath(file)), qPrintable(file));
}

} // namespace mizan::test
