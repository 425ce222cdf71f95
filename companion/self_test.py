"""--self-test: prove a built copy works, with no network and nothing left behind."""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

from companion.core.content import ContentError, load_content
from companion.core.navigation import ALL_PAGES, PLATFORM_PAGE_PREFIX
from companion.paths import DataLocation
from companion.resources import resources_root

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication

    from companion.ui.pages.base import PageContext

SCREEN_SIZE = (1280, 800)


def has_a_real_font() -> bool:
    """Whether the default font is backed by a font file. Without one Qt still "draws",
    but every letter is an empty box and PDFs have no text at all."""
    from PySide6.QtGui import QFont, QRawFont

    font = QRawFont.fromFont(QFont())
    return font.isValid() and bool(font.fontTable("head"))  # every TrueType/OpenType font


def use_offscreen_platform() -> None:
    """Draw without a screen (self-test, screenshots). On Windows, Qt's offscreen platform
    reads fonts only from QT_QPA_FONTDIR, never from the Windows fonts folder by itself."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if sys.platform == "win32":
        fonts = os.path.join(os.environ.get("WINDIR", r"C:\Windows"), "Fonts")
        os.environ.setdefault("QT_QPA_FONTDIR", fonts)


def calendar_works(context: PageContext) -> bool:
    """The re-check reminders as an iCalendar file, read back (icalendar is bundled)."""
    import icalendar

    from companion.core.reminders import calendar_file, reminders

    found = reminders(context.content, context.store.ticks(), [], [], context.today)
    data = calendar_file(found, context.session.clock.now())
    return len(icalendar.Calendar.from_ical(data).walk("VEVENT")) == len(found) > 0


def translations_work(app: QCoreApplication) -> str | None:
    """Each shipped interface language loads (ours and Qt's qtbase) and English returns;
    a bundle whose .qm files were not compiled fails here. None, or what is wrong."""
    from PySide6.QtCore import QTranslator

    from companion.ui.i18n import translate
    from companion.ui.translation import (
        SHIPPED_UI_LANGUAGES,
        UNFINISHED_UI_LANGUAGES,
        current_ui_language,
        install_language,
    )

    try:
        for code in SHIPPED_UI_LANGUAGES:
            install_language(app, code)
            if current_ui_language() != code:
                return f"the interface translation for {code!r} is missing (`make qm`)"
            if len(app.findChildren(QTranslator, "parentCompanionTranslator")) != 2:
                return f"Qt's own translation for {code!r} (qtbase) is missing"
            finished = code not in UNFINISHED_UI_LANGUAGES
            if finished and translate("MainWindow", "&File") == "&File":
                return f"the interface translation for {code!r} is empty"
    finally:
        install_language(app, "en")
    return None


def language_problem(root: Path) -> str | None:
    """Why a bundled language would not work (its content, search or font), or None."""
    from PySide6.QtGui import QFontDatabase

    from companion.core.search_stemmed import stemming_for
    from companion.core.translations import available_languages

    for language in available_languages(root):
        try:
            load_content(root, language=language.code)
        except (ContentError, OSError) as error:
            return f"the {language.name} guide could not be loaded: {error}"
        if stemming_for(language.stemmer) is None:
            return f"search has no {language.stemmer!r} stemmer for {language.name}"
        if language.right_to_left and not QFontDatabase.families(
            QFontDatabase.WritingSystem.Arabic
        ):
            return f"no font can draw {language.name}"
    return None


def self_test() -> int:
    from PySide6.QtWidgets import QApplication

    from companion.app import create_main_window
    from companion.ui.pyside_fixes import keep_none_alive

    keep_none_alive()  # the same guard as the app: see companion/ui/pyside_fixes.py
    from companion.ui import printing, style

    started = time.perf_counter()
    content = load_content(resources_root())  # everything, with every cross-check
    app = QApplication.instance() or style.new_application(sys.argv[0])
    assert isinstance(app, QApplication)
    # The style sheet is written for Fusion. (Once a sheet is applied, style() is Qt's
    # sheet style, with no name: so this checks an app that has just been started.)
    if not app.styleSheet() and app.style().name().lower() != "fusion":
        print(f"self-test: the {app.style().name()!r} style is in use", file=sys.stderr)
        return 1
    style.apply(app)
    if not has_a_real_font():
        print(
            "self-test: no font found: every letter would be drawn as an empty box "
            "(on Windows, set QT_QPA_FONTDIR to the fonts folder)",
            file=sys.stderr,
        )
        return 1
    problem = translations_work(app) or language_problem(resources_root())
    if problem is not None:
        print(f"self-test: {problem}", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="parent-companion-self-test-") as folder:
        window = create_main_window(DataLocation(Path(folder) / "data", "option"), content)
        window.resize(*SCREEN_SIZE)
        window.show()
        names = [*ALL_PAGES, *(f"{PLATFORM_PAGE_PREFIX}{p}" for p in content.platforms or {})]
        for name in names:
            if not window.has_page(name):
                print(f"self-test: page {name!r} is missing", file=sys.stderr)
                return 1
            window.show_page(name)
            QApplication.processEvents()
            if window.grab().isNull():
                print(f"self-test: page {name!r} could not be drawn", file=sys.stderr)
                return 1
        window.context.store.set_ticked(content.items[0].id, True)
        if not calendar_works(window.context):
            print("self-test: the reminders' calendar file could not be made", file=sys.stderr)
            return 1
        pdf = Path(folder) / "guide.pdf"
        printing.write_pdf(
            printing.booklet_document(content, None), str(pdf), printing.page_size_for(None)
        )
        window.close()
        window.context.session.close()
        print(
            f"self-test: OK: {len(content.pages)} pages, {len(content.items)} checklist items, "
            f"{len(content.platforms or {})} platforms, {len(names)} screens drawn, "
            f"{pdf.stat().st_size // 1024} KiB guide PDF, "
            f"{time.perf_counter() - started:.1f} s"
        )
    return 0
