"""The app's look: readable type and calm colours, in light, dark and high-contrast themes,
at any text size the reader picks (Ctrl+Plus, Ctrl+Minus, Ctrl+0)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QLabel

from companion.core.progress import ProgressStore
from companion.ui import accessible
from companion.ui.fonts import BASE_POINT_SIZE, apply_fonts
from companion.ui.proxy_style import CompanionStyle
from companion.ui.theme import LIGHT, THEMES, Theme

__all__ = ["BASE_POINT_SIZE", "apply", "apply_from_settings", "stylesheet"]


def stylesheet(t: Theme) -> str:
    """Colours, spacing and weights; never font sizes (see companion.ui.fonts). In a
    right-to-left window the accent bars of notices and lists move to the right edge."""
    sheet = _sheet(t)
    if QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft:
        return sheet.replace("border-left", "border-right").replace(
            "text-align: left", "text-align: right"
        )
    return sheet


def _sheet(t: Theme) -> str:
    return f"""
QListWidget#sidebar {{
    background: {t.accent_soft};
    border: none;
    padding: 12px 8px;
    color: {t.heading};
}}
QListWidget#sidebar, QListWidget#sidebar:focus {{ outline: none; border: none; }}
QListWidget#sidebar::item {{
    padding: 10px 14px;
    border: 2px solid transparent;
    margin: 2px 0;
    border-radius: 6px;
}}
QListWidget#sidebar[compact="true"]::item {{ padding: 5px 14px; }}
QListWidget#sidebar::item:selected {{
    background: {t.accent};
    color: {t.on_accent};
}}
QListWidget#sidebar::item:focus {{
    border: 2px solid {t.focus};
}}
QListWidget#sidebar::item:selected:focus {{
    background: {t.base};
    color: {t.heading};
}}
QListWidget#sidebar::item:hover:!selected {{
    background: {t.base};
}}
QWidget#sidebarFooter {{ background: {t.accent_soft}; border-top: 1px solid {t.border}; }}
QPushButton#pinnedHelp, QPushButton#pinnedPage {{
    background: transparent; color: {t.heading}; text-align: left;
    border: 2px solid transparent; border-radius: 6px; padding: 6px 8px;
}}
QPushButton#pinnedHelp {{ font-weight: 600; }}
QPushButton#pinnedHelp:hover:!checked, QPushButton#pinnedPage:hover:!checked {{
    background: {t.base};
}}
QPushButton#pinnedHelp:checked, QPushButton#pinnedPage:checked {{
    background: {t.accent}; color: {t.on_accent};
}}
QPushButton#pinnedHelp:focus, QPushButton#pinnedPage:focus {{ border: 2px solid {t.focus}; }}
QLabel#appName {{
    font-weight: 600;
    color: {t.accent};
    padding: 18px 16px 4px 16px;
    background: {t.accent_soft};
}}
QLabel#heading1 {{ font-weight: 600; color: {t.heading}; }}
QLabel#heading2 {{ font-weight: 600; color: {t.heading}; }}
QLabel#heading3 {{ font-weight: 600; color: {t.heading}; }}
QTextBrowser#guideViewer {{ background: {t.window}; border: 2px solid transparent; }}
QTextBrowser#guideViewer:focus {{ border: 2px solid {t.focus}; }}
QLabel#body {{ color: {t.text}; }}
QLabel#footnote {{ color: {t.muted}; }}
QLabel#notice {{
    background: {t.notice_bg};
    border-left: 4px solid {t.due};
    padding: 10px 14px;
    color: {t.notice_text};
}}
QLabel#urgent {{
    background: {t.urgent_bg};
    border-left: 4px solid {t.urgent_text};
    padding: 12px 16px;
    color: {t.urgent_text};
    font-weight: 600;
}}
QLabel#stepLetter {{ font-weight: 700; }}
QLabel#stepProgress {{ color: {t.muted}; }}
QLabel#itemStatus {{ color: {t.muted}; }}
QLabel#itemStatus[due="true"] {{ color: {t.due}; font-weight: 600; }}
QFrame#stepCard, QFrame#stepTile {{
    background: {t.base};
    border: 1px solid {t.border};
    border-radius: 10px;
}}
QFrame#checklistItem {{
    border-top: 1px solid {t.border};
}}
QFrame#checklistItem[first="true"] {{ border-top: none; }}
QCheckBox#itemCheck {{ font-weight: 600; spacing: 10px; }}
QLabel#itemTitle {{ font-weight: 600; }}
QProgressBar {{ border: 1px solid {t.border}; border-radius: 5px; background: {t.base}; }}
QProgressBar::chunk {{ border-radius: 4px; background: {t.accent}; }}
QPushButton {{ padding: 7px 16px; min-height: 24px; }}
QPushButton#hideButton {{
    background: {t.hide_bg};
    color: {t.hide_text};
    font-weight: 600;
    border: 2px solid {t.hide_bg};
    border-radius: 6px;
    padding: 8px 12px;
}}
QPushButton#hideButton:focus {{
    background: {t.base}; color: {t.heading}; border: 2px solid {t.focus};
}}
QPushButton#dangerButton {{ color: {t.urgent_text}; font-weight: 600; }}
QFrame#publicBanner {{ background: {t.notice_bg}; border-bottom: 1px solid {t.border}; }}
QListWidget#results {{ background: {t.base}; border: 1px solid {t.border}; border-radius: 8px; }}
QListWidget#results::item {{ border-left: 4px solid transparent; }}
QListWidget#results::item:selected {{
    background: {t.accent_soft};
    border-left: 4px solid {t.accent};
}}
QFrame#banner {{ background: {t.notice_bg}; border-bottom: 1px solid {t.border}; }}
QFrame#crisisBox, QFrame#callNow {{
    background: {t.urgent_bg};
    border: 1px solid {t.urgent_text};
    border-left: 6px solid {t.urgent_text};
    border-radius: 8px;
}}
QFrame#crisisBox QLabel, QFrame#callNow QLabel {{
    color: {t.urgent_text}; background: transparent;
}}
QPushButton#crisisButton {{
    background: {t.urgent_text};
    color: {t.urgent_bg};
    font-weight: 600;
    border: 2px solid {t.urgent_text};
    border-radius: 6px;
    padding: 8px 18px;
}}
QPushButton#crisisButton:focus {{
    background: {t.base}; color: {t.heading}; border: 2px solid {t.focus};
}}
QFrame#countryAsk {{ background: {t.notice_bg}; border-left: 4px solid {t.due}; }}
QFrame#countryAsk QLabel {{ color: {t.notice_text}; background: transparent; }}
QPushButton#countryChoice[current="true"] {{ font-weight: 600; border: 2px solid {t.accent}; }}
QToolButton#countryChange {{
    color: {t.link}; background: transparent; border: none; text-decoration: underline;
    padding: 2px 4px;
}}
QToolButton#countryChange::menu-indicator {{ image: none; width: 0px; }}
QToolButton#countryChange:focus {{ border: 2px solid {t.focus}; border-radius: 4px; }}
QLabel#bannerText {{ color: {t.notice_text}; }}

QWidget {{ color: {t.text}; }}
QMainWindow, QWidget#pageBody, QStackedWidget, QScrollArea {{ background: {t.window}; }}
QWidget#sideHolder {{ background: {t.accent_soft}; }}
QLabel#contents a, QLabel a {{ color: {t.link}; }}
QLineEdit, QComboBox, QDateEdit {{
    background: {t.base}; color: {t.text}; border: 1px solid {t.border}; border-radius: 4px;
    padding: 4px 6px; min-height: 24px;
}}
QPushButton {{
    background: {t.base}; color: {t.text}; border: 1px solid {t.border}; border-radius: 5px;
}}
QPushButton:hover {{ background: {t.accent_soft}; }}
QCheckBox, QRadioButton {{ min-height: 24px; spacing: 8px; }}
QCheckBox, QRadioButton {{ border: 2px solid transparent; border-radius: 4px; }}
QPushButton:focus, QLineEdit:focus, QComboBox:focus, QDateEdit:focus, QToolButton:focus {{
    border: 2px solid {t.focus};
}}
QCheckBox:focus, QRadioButton:focus {{ border: 2px solid {t.focus}; }}
QScrollArea#pageScroll {{ border: 2px solid transparent; }}
QScrollArea#pageScroll:focus {{ border: 2px solid {t.focus}; }}
QListWidget#sidebar::item:focus {{ border: 2px solid {t.focus}; }}
QWidget:disabled, QLabel:disabled, QPushButton:disabled, QCheckBox:disabled,
QRadioButton:disabled, QLineEdit:disabled, QComboBox:disabled, QToolButton:disabled {{
    color: {t.disabled};
}}
"""


def system_theme(app: QApplication) -> Theme:
    scheme = app.styleHints().colorScheme()
    return THEMES["dark"] if scheme == Qt.ColorScheme.Dark else LIGHT


def resolve_theme(app: QApplication, choice: str) -> Theme:
    return THEMES.get(choice) or system_theme(app)


def palette(t: Theme) -> QPalette:
    """A Fusion palette in the theme's colours, for the parts stylesheets do not reach."""
    pal = QPalette()
    roles = {
        QPalette.ColorRole.Window: t.window,
        QPalette.ColorRole.WindowText: t.text,
        QPalette.ColorRole.Base: t.base,
        QPalette.ColorRole.AlternateBase: t.window,
        QPalette.ColorRole.Text: t.text,
        QPalette.ColorRole.Button: t.base,
        QPalette.ColorRole.ButtonText: t.text,
        QPalette.ColorRole.Highlight: t.accent,
        QPalette.ColorRole.HighlightedText: t.on_accent,
        QPalette.ColorRole.Link: t.link,
        QPalette.ColorRole.ToolTipBase: t.base,
        QPalette.ColorRole.ToolTipText: t.text,
        QPalette.ColorRole.PlaceholderText: t.muted,
        QPalette.ColorRole.Mid: t.border,  # outlines of checkboxes and radio buttons
    }
    for role, colour in roles.items():
        pal.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText):
        pal.setColor(QPalette.ColorGroup.Disabled, role, QColor(t.disabled))
    pal.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor(t.disabled))
    return pal


def _refresh_links() -> None:
    """Rich text takes its link colour from the palette when the text is set, so labels
    alive across a theme change are given their text again, in the new colour."""
    for widget in QApplication.allWidgets():
        if isinstance(widget, QLabel) and widget.textFormat() != Qt.TextFormat.PlainText:
            text = widget.text()
            if "<a " in text:
                widget.clear()  # setText() with the same text does nothing
                widget.setText(text)


# Arguments that start a QApplication with Fusion rather than the desktop's own style,
# which would be loaded only to be replaced by CompanionStyle (a Fusion proxy) at once.
FUSION_ARGUMENTS = ("-style", "fusion")
_OWN_STYLE = "parentCompanionOwnStyle"


def new_application(program: str) -> QApplication:
    return QApplication([program, *FUSION_ARGUMENTS])


def apply(app: QApplication, theme: Theme | None = None, scale: float = 1.0) -> None:
    theme = theme or system_theme(app)
    sheet = stylesheet(theme)
    if app.styleSheet() != sheet:  # re-applying the same sheet re-polishes every widget
        if not app.property(_OWN_STYLE):  # once: the app's own style, and headings
            app.setStyle(CompanionStyle())  # that a screen reader reports as headings
            accessible.install()
            app.setProperty(_OWN_STYLE, True)
        app.setPalette(palette(theme))
        app.setStyleSheet(sheet)
        _refresh_links()
    # Last: a new style (setting a sheet makes one) resets the fonts set per class.
    apply_fonts(app, scale)


def sheet_would_change(store: ProgressStore) -> bool:
    """Whether applying the family's settings would replace the style sheet (a theme
    change: slow with many widgets alive) rather than only set fonts (fast)."""
    from companion.core.preferences import theme_choice

    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return False
    return app.styleSheet() != stylesheet(resolve_theme(app, theme_choice(store)))


def apply_from_settings(store: ProgressStore) -> None:
    """Theme and text size from the family's settings, for the whole app."""
    from companion.core.preferences import text_scale, theme_choice

    app = QApplication.instance()
    if isinstance(app, QApplication):
        apply(app, resolve_theme(app, theme_choice(store)), text_scale(store))
