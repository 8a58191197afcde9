#pragma once

#include <QMessageBox>
#include <QString>

#include <vector>

class QPushButton;

namespace mizan {

/** @brief One library, font or engine Mizan ships with or runs on, for the About box. */
struct AboutComponent
{
    QString name;    ///< "XGBoost"
    QString version; ///< read at run time where the library offers it, else the build's
    QString licence; ///< an SPDX expression: "Apache-2.0"
    QString usage;   ///< what Mizan uses it for, translated
};

/**
 * @brief Help > About Mizan: the version, the offline statement, and a table of every
 * dependency with its version, its licence (SPDX) and what Mizan uses it for. "Copy" puts all of
 * it on the clipboard as plain text, for a support ticket.
 *
 * A QMessageBox (its text, its icon and its Close button) with the table as informative text and
 * a Copy button of its own that does not close the box. UI thread only.
 */
class AboutDialog final : public QMessageBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    explicit AboutDialog(QWidget *parent = nullptr);
    ~AboutDialog() override;

    /** @brief Every dependency, in the order the box lists them; versions never empty. */
    static std::vector<AboutComponent> components();
    /** @brief Everything the box says, as plain text (what Copy puts on the clipboard). */
    static QString reportText();

    QPushButton *copyButton() const { return m_copy; }

public Q_SLOTS:
    void copyToClipboard();

private:
    QPushButton *m_copy = nullptr;
};

} // namespace mizan
