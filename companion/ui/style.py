"""The app's look: readable type and calm colours, in light, dark and high-contrast themes,
at any text size the reader picks (Ctrl+Plus, Ctrl+Minus, Ctrl+0)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from companion.core.progress import ProgressStore
from companion.ui.fonts import BASE_POINT_SIZE, apply_fonts
from companion.ui.theme import LIGHT, THEMES, Theme

__all__ = ["BASE_POINT_SIZE", "apply", "apply_from_settings", "stylesheet"]


def stylesheet(t: Theme) -> str:
    """Colours, spacing and weights; never font sizes (see companion.ui.fonts)."""
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
QListWidget#sidebar::item:selected {{
    background: {t.accent};
    color: {t.on_accent};
}}
QListWidget#sidebar::item:focus {{
    border: 2px solid {t.focus};
}}
QListWidget#sidebar::item:hover:!selected {{
    background: {t.base};
}}
QLabel#appName {{
    font-weight: 600;
    color: {t.accent};
    padding: 18px 16px 4px 16px;
    background: {t.accent_soft};
}}
QLabel#heading1 {{ font-weight: 600; color: {t.heading}; }}
QLabel#heading2 {{ font-weight: 600; color: {t.heading}; }}
QLabel#heading3 {{ font-weight: 600; color: {t.heading}; }}
QTextBrowser#guideViewer {{ background: {t.base}; }}
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
QLabel#stepLetter {{
    background: {t.accent};
    color: {t.on_accent};
    font-weight: 700;
    min-width: 44px; max-width: 44px;
    min-height: 44px; max-height: 44px;
    border-radius: 22px;
}}
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
QCheckBox#itemCheck {{ font-weight: 600; spacing: 10px; }}
QCheckBox#itemCheck::indicator {{ width: 20px; height: 20px; }}
QProgressBar {{ border: none; border-radius: 5px; background: {t.border}; }}
QProgressBar::chunk {{ border-radius: 5px; background: {t.accent}; }}
QPushButton {{ padding: 7px 16px; min-height: 24px; }}
QPushButton#hideButton {{
    background: {t.hide_bg};
    color: {t.hide_text};
    font-weight: 600;
    border: 2px solid {t.hide_bg};
    border-radius: 6px;
    padding: 8px 12px;
}}
QPushButton#hideButton:focus {{ border: 2px solid {t.focus}; }}
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
QPushButton#crisisButton:focus {{ border: 2px solid {t.focus}; }}
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
QCheckBox {{ min-height: 24px; spacing: 8px; }}
QCheckBox::indicator {{ width: 20px; height: 20px; }}
QPushButton:focus, QLineEdit:focus, QComboBox:focus {{ border: 2px solid {t.focus}; }}
QCheckBox:focus {{ border: 2px solid {t.focus}; border-radius: 4px; }}
QListWidget#sidebar::item:focus {{ border: 2px solid {t.focus}; }}
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
    }
    for role, colour in roles.items():
        pal.setColor(role, QColor(colour))
    return pal


# Arguments that start a QApplication with the Fusion style already in place: switching
# style afterwards costs a few milliseconds of start-up (a new style, and its Python types).
FUSION_ARGUMENTS = ("-style", "fusion")
_STARTED_WITH_FUSION = "parentCompanionStartedWithFusion"


def new_application(program: str) -> QApplication:
    app = QApplication([program, *FUSION_ARGUMENTS])
    app.setProperty(_STARTED_WITH_FUSION, True)
    return app


def apply(app: QApplication, theme: Theme | None = None, scale: float = 1.0) -> None:
    theme = theme or system_theme(app)
    sheet = stylesheet(theme)
    if app.styleSheet() != sheet:  # re-applying the same sheet re-polishes every widget
        if not app.property(_STARTED_WITH_FUSION):
            app.setStyle("Fusion")
        app.setPalette(palette(theme))
        app.setStyleSheet(sheet)
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
