"""Children's profiles in the real window: added in Settings, kept after a restart,
shown on Home with their apps and age prompts; they order the starters and scenes; the
calendar file and the sheet for another carer, read back."""

from __future__ import annotations

import datetime as dt
import html
import re
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import icalendar
import pytest
from PySide6.QtWidgets import QMenu

from companion.core import settings
from companion.core.agreement import Agreement, load_agreements, save_agreement
from companion.core.clock import FixedClock
from companion.core.preferences import Preferences, mark_setup_done
from companion.core.profiles import ChildProfile, load_profiles, save_profile
from companion.ui import dialogs, family_dialogs
from companion.ui.main_window import MainWindow
from companion.ui.pages.guide import GuidePage
from companion.ui.pages.home import HomePage
from companion.ui.pages.practice import PracticePage
from companion.ui.pages.settings import SettingsPage
from companion.ui.pages.whats_new import WhatsNewPage

from .conftest import MakeWindow

needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="make test installs poppler-utils"
)
SAM = ChildProfile("Sam", birth_year=2013, platforms=frozenset({"snapchat", "roblox"}))


def page_of(window: MainWindow, name: str) -> object:
    window.show_page(name)
    return window.current_page()


def answer_child_dialog(monkeypatch: pytest.MonkeyPatch, profile: ChildProfile) -> None:
    def answer(cls: object, parent: object, old: ChildProfile, *rest: object) -> ChildProfile:
        return ChildProfile(
            profile.name,
            profile.band,
            profile.birth_year,
            profile.platforms,
            old.agreement_id,
            old.id,
        )

    monkeypatch.setattr(family_dialogs.ChildDialog, "ask", classmethod(answer))


def test_add_a_child_in_settings_and_find_them_after_a_restart(
    monkeypatch: pytest.MonkeyPatch, make_window: MakeWindow, tmp_path: Path
) -> None:
    data = tmp_path / "family"
    window = make_window(data)
    settings_page = page_of(window, "settings")
    assert isinstance(settings_page, SettingsPage)
    answer_child_dialog(monkeypatch, SAM)
    settings_page.children_section.add_button.click()
    (sam,) = load_profiles(window.context.store)
    assert sam.name == "Sam" and sam.id in settings_page.children_section.row_widgets
    window.close()

    again = make_window(data)
    assert [p.name for p in load_profiles(again.context.store)] == ["Sam"]
    home = page_of(again, "home")
    assert isinstance(home, HomePage)
    assert home.child_rows == {"Sam": ["Roblox", "Snapchat"]}
    assert set(home.app_rows) == {"roblox", "snapchat"}


def test_the_childs_age_orders_starters_and_scenes(make_window: MakeWindow) -> None:
    window = make_window()
    save_profile(window.context.store, ChildProfile("Ali", band="ages-13-17"))
    guide = page_of(window, "step-talk")
    assert isinstance(guide, GuidePage)
    starters = window.context.content.starters
    assert starters is not None
    teen = html.escape(next(s.text for s in starters.starters if s.band_id == "ages-13-17"))
    little = html.escape(next(s.text for s in starters.starters if s.band_id == "ages-4-7"))
    assert teen in guide.starters.text() and little not in guide.starters.text()
    practice = page_of(window, "practice")
    assert isinstance(practice, PracticePage)
    scenes = window.context.content.scenes
    first = next(iter(practice.scene_buttons))
    assert "ages-13-17" in scenes[first].bands


def test_rename_keeps_the_agreement_and_remove_asks_first(
    monkeypatch: pytest.MonkeyPatch, make_window: MakeWindow
) -> None:
    window = make_window()
    store = window.context.store
    save_agreement(store, Agreement("Sam", {}))
    save_profile(store, ChildProfile("Sam"))
    section = page_of(window, "settings").children_section  # type: ignore[attr-defined]
    answer_child_dialog(monkeypatch, ChildProfile("Sammy", band="ages-8-12"))
    (sam,) = load_profiles(store)
    section._on_change(sam)
    (sammy,) = load_profiles(store)
    (agreement,) = load_agreements(store)
    assert sammy.name == agreement.child_name == "Sammy" and sammy.agreement_id == agreement.id
    section._on_remove(sammy)  # the confirmation says no by default
    assert load_profiles(store) == [sammy]
    asked: list[str] = []
    monkeypatch.setattr(
        family_dialogs.ConfirmRemoveChild,
        "ask",
        classmethod(lambda cls, parent, name: asked.append(name) or True),  # type: ignore[func-returns-value]
    )
    section._on_remove(sammy)
    assert asked == ["Sammy"] and load_profiles(store) == []
    assert load_agreements(store) == [agreement]
    assert section.row_widgets == {}


def test_home_says_what_changes_at_13_and_16_for_the_country(make_window: MakeWindow) -> None:
    clock = FixedClock.on(dt.date(2026, 12, 2))
    window = make_window(clock=clock)
    store = window.context.store
    Preferences("au", frozenset()).save(store)
    save_profile(store, SAM)
    save_profile(store, ChildProfile("Jo", birth_year=2010))
    save_profile(store, ChildProfile("Kim", birth_year=2015))
    home = page_of(window, "home")
    assert isinstance(home, HomePage)
    home.refresh()
    thirteen, sixteen = (box.text.text() for box in home.family_news.prompt_boxes)
    assert "Google Family Link" in thirteen and "page:age-by-age#what-changes-at-13" in thirteen
    assert "page:platforms/snapchat" in thirteen and "Jo" not in thirteen
    assert "10 December 2025" in sixteen  # the Australian block, for an Australian family
    assert "Telegram" not in sixteen  # the UK and Ireland block is not
    # A year on, Sam is 14 and Kim turns 13.
    clock.at = dt.datetime(2028, 1, 5, 12, tzinfo=dt.timezone.utc)
    window.check_day()  # what the window's minute timer does: Home is shown afresh
    assert [box.prompt.child.name for box in home.family_news.prompt_boxes] == ["Kim"]


def test_calendar_from_home_and_the_file_menu(
    monkeypatch: pytest.MonkeyPatch, make_window: MakeWindow, tmp_path: Path
) -> None:
    window = make_window()
    home = page_of(window, "home")
    assert isinstance(home, HomePage)
    assert home.calendar.isHidden()
    item = window.context.content.steps[0].items[0]
    window.context.store.set_ticked(item.id, True)
    home.refresh()
    target = tmp_path / "ours"
    monkeypatch.setattr(
        family_dialogs.ChooseCalendarPath, "ask", classmethod(lambda c, p, s: f"{target}.ics")
    )
    home.calendar.button.click()
    events = icalendar.Calendar.from_ical(Path(f"{target}.ics").read_bytes()).walk("VEVENT")
    assert [str(e["SUMMARY"]) for e in events] == [f"Look again: {item.title}"]
    Path(f"{target}.ics").unlink()
    file_menu = window.menuBar().actions()[0].menu()
    assert isinstance(file_menu, QMenu)
    (action,) = [a for a in file_menu.actions() if "calendar" in a.text()]
    action.trigger()
    assert Path(f"{target}.ics").read_bytes().startswith(b"BEGIN:VCALENDAR")


@needs_poppler
def test_sheet_for_another_carer_read_back(
    monkeypatch: pytest.MonkeyPatch, make_window: MakeWindow, tmp_path: Path
) -> None:
    window = make_window()
    store = window.context.store
    Preferences("uk", frozenset()).save(store)
    agreement = Agreement.from_template(window.context.content.agreement, "Sam")  # type: ignore[arg-type]
    for section in window.context.content.agreement.sections:  # type: ignore[union-attr]
        for index in range(len(section.suggestions)):  # every suggestion chosen
            agreement = agreement.choose_rule(section.id, index, True)
    agreement = agreement.add_rule("devices", "Phones charge downstairs at night.")
    save_agreement(store, agreement)
    save_profile(store, replace(SAM, platforms=SAM.platforms | {"minecraft", "whatsapp"}))
    snap = window.context.content.platforms["snapchat"].walkthroughs[0]  # type: ignore[index]
    store.set_ticked(snap.item_id, True)
    path = tmp_path / "carer.pdf"
    monkeypatch.setattr(
        dialogs.ChooseSavePath, "ask", classmethod(lambda c, p, s, *start: str(path))
    )
    section = page_of(window, "settings").children_section  # type: ignore[attr-defined]
    (sam,) = load_profiles(store)
    section._on_carer(sam)
    text = subprocess.run(
        ["pdftotext", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    flat = " ".join(text.split())
    assert "Looking after Sam" in flat
    assert "Phones charge downstairs at night." in flat
    assert "Snapchat" in flat and " ".join(snap.title.split()) in flat
    assert "Roblox: no settings ticked yet" in flat
    assert "999" in flat and "Samaritans" in flat
    info = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True)
    assert re.search(r"^Pages:\s+1$", info.stdout, re.MULTILINE)


def test_whats_new_line_for_a_returning_family(make_window: MakeWindow) -> None:
    window = make_window()
    home = page_of(window, "home")
    assert isinstance(home, HomePage)
    assert home.family_news.whats_new.isHidden()  # a new family: nothing is new to them
    settings.write_one(window.context.store, settings.LAST_SEEN_GUIDE, "0.1.0")
    mark_setup_done(window.context.store)
    home.refresh()
    assert (
        not home.family_news.whats_new.isHidden()
        and "page:whatsnew" in home.family_news.whats_new.text()
    )
    page = page_of(window, "whatsnew")
    assert isinstance(page, WhatsNewPage)
    assert window.sidebar.currentItem().text() == window.title_of("about")
    newest = page.entries[0].text()
    assert "new since you last looked" in newest and "page:platforms/snapchat" in newest
    assert "page:help#nz:youthline" in newest and "page:practice" in newest
    assert "new since you last looked" not in page.entries[1].text()
    home = page_of(window, "home")
    assert home.family_news.whats_new.isHidden()  # type: ignore[attr-defined]


def test_public_mode_leaves_no_profile_behind(make_window: MakeWindow, tmp_path: Path) -> None:
    from companion.core.policy import Policy

    data = tmp_path / "public"
    window = make_window(data, Policy(public_mode=True))
    save_profile(window.context.store, SAM)
    page_of(window, "home")
    assert load_profiles(window.context.store)
    window.close()
    assert not data.exists() or not any(data.rglob("*"))
    again = make_window(data, Policy(public_mode=True))
    assert load_profiles(again.context.store) == []


def test_the_child_form_gives_back_what_was_chosen(make_window: MakeWindow) -> None:
    window = make_window()
    content = window.context.content
    bands = {b.id: b.label for b in content.starters.bands}  # type: ignore[union-attr]
    names = {pid: p.name for pid, p in (content.platforms or {}).items()}
    old = ChildProfile("Sam", birth_year=2013, platforms=frozenset({"roblox"}), id=3)
    form = family_dialogs.ChildForm(old, bands, names, window.context.today)
    assert form.year.currentData() == 2013 and form.platforms["roblox"].isChecked()
    form.name.setText("  Sammy ")
    form.year.setCurrentIndex(0)
    form.band.setCurrentIndex(form.band.findData("ages-8-12"))
    form.platforms["roblox"].setChecked(False)
    form.platforms["minecraft"].setChecked(True)
    assert form.result() == ChildProfile(
        "Sammy", "ages-8-12", None, frozenset({"minecraft"}), None, 3
    )
    form.deleteLater()
