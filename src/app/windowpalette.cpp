#include "windowpalette.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

namespace {
const QString kFusion = QStringLiteral("Fusion");
}

WindowPalette::WindowPalette()
    : m_desktopStyle(QApplication::style()->name())
{}

WindowPalette::~WindowPalette()
{
    restoreDesktop();
}

PageTheme WindowPalette::themeOf(const QPalette &palette)
{
    // Qt 6.4 has no colour-scheme API; a dark window background is what a dark desktop means.
    return palette.color(QPalette::Window).lightness() < 128 ? PageTheme::Dark : PageTheme::Light;
}

PageTheme WindowPalette::desktopTheme() const
{
    return themeOf(m_overriding ? m_desktopPalette : QApplication::palette());
}

void WindowPalette::apply(std::optional<PageTheme> theme)
{
    if (!m_overriding)
        m_desktopPalette = QApplication::palette();
    if (!theme || *theme == themeOf(m_desktopPalette)) {
        restoreDesktop();
        return;
    }
    // The style first: switching it hands the application the style's own palette.
    if (QApplication::style()->name().compare(kFusion, Qt::CaseInsensitive) != 0)
        QApplication::setStyle(kFusion);
    QApplication::setPalette(fusionPalette(*theme));
    m_overriding = true;
}

void WindowPalette::restoreDesktop()
{
    if (!m_overriding)
        return;
    m_overriding = false;
    if (QApplication::style()->name().compare(m_desktopStyle, Qt::CaseInsensitive) != 0)
        QApplication::setStyle(m_desktopStyle);
    QApplication::setPalette(m_desktopPalette);
}

QPalette WindowPalette::fusionPalette(PageTheme theme)
{
    std::unique_ptr<QStyle> fusion(QStyleFactory::create(kFusion));
    QPalette palette = fusion->standardPalette();
    if (theme == PageTheme::Light)
        return palette;
    // Surfaces a step apart, lighter for what is raised (buttons, menus) and darkest for
    // what holds text (the tree, the search field), which matches the page's background.
    const QColor window(0x23, 0x27, 0x2d);
    const QColor base(0x16, 0x19, 0x1d);
    const QColor text(0xe6, 0xe8, 0xeb);
    const QColor disabledText(0x7d, 0x85, 0x8f);
    const QColor highlight(0x2f, 0x6f, 0xb8);
    const QList<QPair<QPalette::ColorRole, QColor>> colours{
        {QPalette::Window, window},
        {QPalette::WindowText, text},
        {QPalette::Base, base},
        {QPalette::AlternateBase, QColor(0x1d, 0x21, 0x26)},
        {QPalette::ToolTipBase, QColor(0x2f, 0x34, 0x3b)},
        {QPalette::ToolTipText, text},
        {QPalette::PlaceholderText, QColor(0x8b, 0x94, 0x9e)},
        {QPalette::Text, text},
        {QPalette::Button, QColor(0x2c, 0x31, 0x38)},
        {QPalette::ButtonText, text},
        {QPalette::BrightText, QColor(0xff, 0x6b, 0x6b)},
        {QPalette::Light, QColor(0x3a, 0x41, 0x4a)},
        {QPalette::Midlight, QColor(0x32, 0x38, 0x40)},
        {QPalette::Mid, QColor(0x1f, 0x23, 0x28)},
        {QPalette::Dark, QColor(0x12, 0x14, 0x17)},
        {QPalette::Shadow, QColor(0x08, 0x09, 0x0b)},
        {QPalette::Highlight, highlight},
        {QPalette::HighlightedText, Qt::white},
        {QPalette::Link, QColor(0x8c, 0xc2, 0xff)},
        {QPalette::LinkVisited, QColor(0xc0, 0xa6, 0xff)},
    };
    for (const auto &[role, colour] : colours)
        palette.setColor(role, colour);
    for (const QPalette::ColorRole role :
         {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, disabledText);
    palette.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x3a, 0x41, 0x4a));
    palette.setColor(QPalette::Disabled, QPalette::HighlightedText, disabledText);
    return palette;
}
