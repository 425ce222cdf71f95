"""The practice conversations: every shipped scene loads, ends, links, reads easily and
covers the situations parents most need to rehearse; broken scene files are caught."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import textstat

from companion.core.content import Content, load_content
from companion.core.fields import ContentError
from companion.core.scenes import MAX_TURNS, MIN_TURNS, Scene, check_scene_links, load_scene
from companion.resources import resources_root

from .readability import MAX_GRADE, scene_text
from .test_quality import banned_phrases

TODAY = dt.date(2026, 12, 2)
BANDS = ("ages-4-7", "ages-8-12", "ages-13-17")


@pytest.fixture(scope="module")
def content() -> Content:
    return load_content(resources_root())


def scenes(content: Content) -> list[Scene]:
    return list(content.scenes.values())


def test_at_least_twelve_scenes(content: Content) -> None:
    assert len(content.scenes) >= 12


def test_every_scene_path_ends_in_two_to_five_turns(content: Content) -> None:
    for scene in scenes(content):
        paths = list(scene.paths())
        assert paths, scene.id
        for picked, ending in paths:
            assert MIN_TURNS <= len(picked) <= MAX_TURNS, (scene.id, picked)
            assert ending in scene.endings
        assert {ending.id for _, ending in paths} == {e.id for e in scene.endings}, scene.id


def test_every_turn_offers_each_kind_of_landing_and_three_or_four_replies(
    content: Content,
) -> None:
    for scene in scenes(content):
        for turn in scene.turns:
            assert 3 <= len(turn.replies) <= 4, (scene.id, turn.id)
            assert {reply.lands for reply in turn.replies} == {"opens", "closes", "action"}, (
                scene.id,
                turn.id,
            )


def test_every_ending_link_goes_to_a_real_page(content: Content) -> None:
    targets = {"home", "checklist", "platforms", "agreement", "help", "faq"}
    targets |= set(content.pages) | {f"platforms/{p}" for p in content.platforms or {}}
    for scene in scenes(content):
        for ending in scene.endings:
            assert ending.links, (scene.id, ending.id)
            for link in ending.links:
                assert link.removeprefix("page:").partition("#")[0] in targets, link


def test_every_scene_reads_at_grade_nine_or_below(content: Content) -> None:
    grades = {s.id: float(textstat.flesch_kincaid_grade(scene_text(s))) for s in scenes(content)}
    assert {name: grade for name, grade in grades.items() if grade > MAX_GRADE} == {}


def test_no_banned_wording_in_any_scene(content: Content) -> None:
    problems = [
        f"{scene.id} {field}: {phrase!r}"
        for scene in scenes(content)
        for field, text in scene.prose()
        for phrase in banned_phrases()
        if phrase in text.lower().replace("’", "'")
    ]
    assert problems == []


def test_every_scene_is_reviewed_and_sourced(content: Content) -> None:
    for scene in scenes(content):
        assert scene.reviewed <= TODAY or scene.reviewed <= dt.date.today(), scene.id
        assert len(scene.sources) >= 2, scene.id
        assert all(source.url.startswith("https://") for source in scene.sources)


def test_scenes_cover_every_age_band_and_the_situations_parents_rehearse(
    content: Content,
) -> None:
    def tagged(*tags: str) -> list[str]:
        return [s.id for s in scenes(content) if set(tags) <= set(s.topics)]

    for band in BANDS:
        assert [s.id for s in scenes(content) if band in s.bands], band
    assert tagged("sextortion", "disclosure", "boy")
    assert tagged("sextortion", "disclosure", "girl")
    assert tagged("grooming", "games")
    assert tagged("sharing-others-images")
    assert tagged("refuses-to-talk")
    assert tagged("phone-privacy")
    assert tagged("parent-anger")


def test_the_anger_scene_starts_after_an_angry_reply_and_shows_repair(content: Content) -> None:
    for scene_id in [s.id for s in scenes(content) if "parent-anger" in s.topics]:
        scene = content.scenes[scene_id]
        first = scene.turn(scene.start)
        assert first.situation, "the scene says what the parent said in anger"
        assert any("sorry" in reply.text.lower() for reply in first.replies)


# --- broken files are caught, naming the file and field ---------------------------------

GOOD = """
id = "sample"
title = "A sample scene"
bands = ["ages-8-12"]
topics = ["grooming"]
reviewed = 2026-11-30
start = "one"

[[turns]]
id = "one"
child = "Hello."
[[turns.replies]]
text = "Tell me more."
lands = "opens"
note = "Curious."
next = "two"
[[turns.replies]]
text = "No."
lands = "closes"
note = "Shut."
next = "two"
[[turns.replies]]
text = "Let's look."
lands = "action"
note = "Together."
next = "two"

[[turns]]
id = "two"
child = "Well."
[[turns.replies]]
text = "Thank you."
lands = "opens"
note = "Warm."
next = "done"
[[turns.replies]]
text = "Hmm."
lands = "closes"
note = "Cold."
next = "done"
[[turns.replies]]
text = "Let's report."
lands = "action"
note = "Act."
next = "done"

[[endings]]
id = "done"
text = "What to do next."
links = ["page:help"]

[[sources]]
title = "A source"
url = "https://www.nspcc.org.uk/"
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "sample.toml"
    path.write_text(text, encoding="utf-8")
    return path


def fails(tmp_path: Path, text: str) -> ContentError:
    with pytest.raises(ContentError) as caught:
        load_scene(write(tmp_path, text), TODAY, BANDS)
    assert caught.value.path.endswith("sample.toml")
    return caught.value


def test_the_sample_scene_loads(tmp_path: Path) -> None:
    scene = load_scene(write(tmp_path, GOOD), TODAY, BANDS)
    assert len(list(scene.paths())) == 9


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (('lands = "opens"', 'lands = "great"'), "turns[0].replies[0].lands"),
        (('next = "two"', 'next = "nowhere"'), "turns.one.replies[0].next"),
        (('start = "one"', 'start = "two"'), "turns.one"),  # "one" can't be reached
        (('bands = ["ages-8-12"]', 'bands = ["teens"]'), "bands"),
        (('topics = ["grooming"]', 'topics = ["groming"]'), "topics"),
        (("reviewed = 2026-11-30", "reviewed = 2030-01-01"), "reviewed"),
        (('id = "sample"', 'id = "other"'), "id"),
        (('links = ["page:help"]', 'links = ["https://www.nspcc.org.uk/"]'), "endings[0].links"),
        (('child = "Well."', 'child = ""'), "turns[1].child"),
        (('text = "Hmm."', 'text = "Call 0800 1111."'), "turns.two.replies[1].text"),
    ],
)
def test_a_broken_field_is_named(tmp_path: Path, change: tuple[str, str], field: str) -> None:
    old, new = change
    assert old in GOOD
    assert fails(tmp_path, GOOD.replace(old, new, 1)).field == field


def test_a_loop_is_caught(tmp_path: Path) -> None:
    looped = GOOD.replace('next = "done"', 'next = "one"', 1)
    assert "loop" in fails(tmp_path, looped).problem


def test_a_path_of_one_turn_is_too_short(tmp_path: Path) -> None:
    short = GOOD.replace('next = "two"', 'next = "done"', 1)
    error = fails(tmp_path, short)
    assert error.field == "turns" and "1 to 2 turns" in error.problem


def test_a_turn_needs_three_replies(tmp_path: Path) -> None:
    two = GOOD.replace(
        '[[turns.replies]]\ntext = "Hmm."\nlands = "closes"\nnote = "Cold."\nnext = "done"\n', ""
    )
    assert fails(tmp_path, two).field == "turns[1].replies"


def test_an_ending_no_reply_reaches_is_caught(tmp_path: Path) -> None:
    extra = GOOD + '\n[[endings]]\nid = "unused"\ntext = "Never seen."\nlinks = ["page:faq"]\n'
    assert fails(tmp_path, extra).field == "endings.unused"


def test_a_link_to_a_missing_page_is_caught(tmp_path: Path) -> None:
    scene = load_scene(write(tmp_path, GOOD), TODAY, BANDS)
    with pytest.raises(ContentError) as caught:
        check_scene_links(tmp_path / "sample.toml", scene, {"faq"})
    assert caught.value.field == "endings.done.links" and "'help'" in caught.value.problem
