"""Practice conversations, from ``resources/scenes/<id>.toml``: short branching scenes.

A scene starts with something a child might say. The parent picks one of three or four
replies; each reply says how it tends to land (it keeps the door open, closes it, or moves
to action), why, and which turn or ending comes next. Loading checks that every path from
the start reaches an ending in two to five turns, with no loops and no turn left out, so
a parent can never be stuck in a scene. Choices are not scored or stored.
The format is described in ``docs/content-format.md``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from companion.core.facts import unbacked_numbers, unbacked_urls
from companion.core.fields import ContentError, Fact, Fields, Source
from companion.core.navigation import PAGE_LINK_SCHEME
from companion.core.translations import ContentReader

# How a reply tends to land, in the order a parent hopes for.
LANDS: tuple[str, ...] = ("opens", "action", "closes")
# What the scenes are about: a fixed list, so a typo in a tag is caught.
TOPICS: tuple[str, ...] = (
    "disclosure",
    "sextortion",
    "grooming",
    "games",
    "sharing-others-images",
    "nudes",
    "refuses-to-talk",
    "phone-privacy",
    "parent-anger",
    "boy",
    "girl",
    "bullying",
    "worry",
)
MIN_TURNS = 2
MAX_TURNS = 5
MIN_REPLIES = 3
MAX_REPLIES = 4


@dataclass(frozen=True)
class Reply:
    text: str
    lands: str  # one of LANDS
    note: str
    next: str  # a turn id or an ending id


@dataclass(frozen=True)
class Turn:
    id: str
    child: str
    replies: tuple[Reply, ...]
    situation: str = ""


@dataclass(frozen=True)
class Ending:
    id: str
    text: str
    links: tuple[str, ...]  # "page:<name>", as in page text


@dataclass(frozen=True)
class Scene:
    id: str
    title: str
    bands: tuple[str, ...]
    topics: tuple[str, ...]
    reviewed: dt.date
    start: str
    turns: tuple[Turn, ...]
    endings: tuple[Ending, ...]
    sources: tuple[Source, ...]
    facts: tuple[Fact, ...] = ()
    language: str = "en"  # the language of its words ("en" when it fell back)

    def turn(self, turn_id: str) -> Turn:
        return next(turn for turn in self.turns if turn.id == turn_id)

    def ending(self, ending_id: str) -> Ending | None:
        """The ending called ``ending_id``, or None when it names a turn."""
        return next((ending for ending in self.endings if ending.id == ending_id), None)

    def paths(self) -> Iterator[tuple[tuple[int, ...], Ending]]:
        """Every way through the scene: the reply picked at each turn, and where it ends."""

        def walk(turn_id: str, picked: tuple[int, ...]) -> Iterator[tuple[tuple[int, ...], Ending]]:
            for index, reply in enumerate(self.turn(turn_id).replies):
                ending = self.ending(reply.next)
                if ending is not None:
                    yield (*picked, index), ending
                else:
                    yield from walk(reply.next, (*picked, index))

        return walk(self.start, ())

    def prose(self) -> list[tuple[str, str]]:
        """(field, text) for every passage a parent reads, for number and wording checks."""
        found = [("title", self.title)]
        for turn in self.turns:
            found += [(f"turns.{turn.id}.situation", turn.situation)] if turn.situation else []
            found.append((f"turns.{turn.id}.child", turn.child))
            for number, reply in enumerate(turn.replies):
                found.append((f"turns.{turn.id}.replies[{number}].text", reply.text))
                found.append((f"turns.{turn.id}.replies[{number}].note", reply.note))
        found += [(f"endings.{ending.id}.text", ending.text) for ending in self.endings]
        return found


def _reply(entry: Fields) -> Reply:
    entry.reject_unknown({"text", "lands", "note", "next"})
    return Reply(
        text=entry.text("text"),
        lands=entry.choice("lands", LANDS),
        note=entry.text("note"),
        next=entry.identifier("next"),
    )


def _turn(entry: Fields) -> Turn:
    entry.reject_unknown({"id", "child", "situation", "replies"})
    replies = tuple(_reply(reply) for reply in entry.tables("replies"))
    if not MIN_REPLIES <= len(replies) <= MAX_REPLIES:
        raise entry.fail("replies", f"needs {MIN_REPLIES} to {MAX_REPLIES} replies")
    return Turn(
        id=entry.identifier("id"),
        child=entry.text("child"),
        replies=replies,
        situation=entry.optional_text("situation"),
    )


def _ending(entry: Fields) -> Ending:
    entry.reject_unknown({"id", "text", "links"})
    links = tuple(entry.text_list("links"))
    for link in links:
        scheme, _, rest = link.partition(":")
        if scheme != PAGE_LINK_SCHEME or not rest:
            raise entry.fail("links", f"{link!r} must be a page: link, such as page:help")
    return Ending(entry.identifier("id"), entry.text("text"), links)


def _unique(fields: Fields, key: str, ids: list[str]) -> None:
    seen: set[str] = set()
    for value in ids:
        if value in seen:
            raise fields.fail(key, f"the id {value!r} is used twice")
        seen.add(value)


def _check_graph(fields: Fields, scene: Scene) -> None:
    """Every reply leads somewhere; every turn and ending can be reached; no loops; every
    path has MIN_TURNS to MAX_TURNS turns."""
    turns = {turn.id: turn for turn in scene.turns}
    endings = {ending.id for ending in scene.endings}
    for turn in scene.turns:
        for number, reply in enumerate(turn.replies):
            if reply.next not in turns and reply.next not in endings:
                raise fields.fail(
                    f"turns.{turn.id}.replies[{number}].next",
                    f"{reply.next!r} is neither a turn nor an ending",
                )
    if scene.start not in turns:
        raise fields.fail("start", f"{scene.start!r} is not a turn")
    _check_reachable(fields, scene, turns)
    low, high = _path_lengths(fields, scene.start, turns, endings, frozenset())
    if low < MIN_TURNS or high > MAX_TURNS:
        raise fields.fail(
            "turns",
            f"paths from the start have {low} to {high} turns; each needs "
            f"{MIN_TURNS} to {MAX_TURNS}",
        )


def _check_reachable(fields: Fields, scene: Scene, turns: Mapping[str, Turn]) -> None:
    reached: set[str] = set()
    waiting = [scene.start]
    while waiting:
        turn_id = waiting.pop()
        if turn_id not in reached:
            reached.add(turn_id)
            waiting += [reply.next for reply in turns[turn_id].replies if reply.next in turns]
    for turn in scene.turns:
        if turn.id not in reached:
            raise fields.fail(f"turns.{turn.id}", "no path from the start reaches this turn")
    nexts = {reply.next for turn in scene.turns for reply in turn.replies}
    for ending in scene.endings:
        if ending.id not in nexts:
            raise fields.fail(f"endings.{ending.id}", "no reply leads to this ending")


def _path_lengths(
    fields: Fields,
    turn_id: str,
    turns: Mapping[str, Turn],
    endings: Collection[str],
    seen: frozenset[str],
) -> tuple[int, int]:
    """The fewest and the most turns from ``turn_id`` to an ending (scenes are small)."""
    if turn_id in seen:
        raise fields.fail(f"turns.{turn_id}", "a reply leads back to this turn (a loop)")
    low, high = MAX_TURNS + 1, 0
    for reply in turns[turn_id].replies:
        if reply.next in endings:
            sub_low, sub_high = 0, 0
        else:
            sub_low, sub_high = _path_lengths(fields, reply.next, turns, endings, seen | {turn_id})
        low, high = min(low, sub_low + 1), max(high, sub_high + 1)
    return low, high


def load_scene(
    path: Path,
    today: dt.date,
    band_ids: Collection[str] | None = None,
    reader: ContentReader | None = None,
) -> Scene:
    """One scene. ``band_ids`` (the age bands of starters.toml) are checked when given."""
    read = (reader or ContentReader()).toml(path)
    fields = Fields(path, read.data)
    fields.reject_unknown(
        {"id", "title", "bands", "topics", "reviewed", "start", "turns", "endings", "sources",
         "facts"}
    )  # fmt: skip
    scene_id = fields.identifier("id")
    if scene_id != path.stem:
        raise fields.fail("id", f"{scene_id!r} must match the file name {path.stem!r}")
    bands = tuple(fields.text_list("bands"))
    for band in bands:
        if band_ids is not None and band not in band_ids:
            raise fields.fail("bands", f"{band!r} must be one of {', '.join(band_ids)}")
    topics = tuple(fields.text_list("topics"))
    for topic in topics:
        if topic not in TOPICS:
            raise fields.fail("topics", f"{topic!r} must be one of {', '.join(TOPICS)}")
    turn_fields = fields.tables("turns")
    ending_fields = fields.tables("endings")
    scene = Scene(
        id=scene_id,
        title=fields.text("title"),
        bands=bands,
        topics=topics,
        reviewed=fields.date("reviewed", today),
        start=fields.identifier("start"),
        turns=tuple(_turn(entry) for entry in turn_fields),
        endings=tuple(_ending(entry) for entry in ending_fields),
        sources=fields.sources(),
        facts=fields.facts(),
        language=read.language,
    )
    _unique(fields, "turns", [turn.id for turn in scene.turns])
    _unique(fields, "endings", [ending.id for ending in scene.endings])
    _unique(fields, "endings", [t.id for t in scene.turns] + [e.id for e in scene.endings])
    _check_graph(fields, scene)
    for field, text in scene.prose():
        missing = unbacked_numbers(text, scene.facts)
        if missing:
            raise fields.fail(field, f"number {missing[0]!r} has no [[facts]] entry with a source")
        loose = unbacked_urls(text, scene.facts, scene.sources)
        if loose:
            raise fields.fail(field, f"address {loose[0]!r} is not a listed source or fact")
    return scene


def check_scene_links(path: Path, scene: Scene, targets: Collection[str]) -> None:
    """Every ending's links name a page the app can show (``targets``: page names)."""
    for ending in scene.endings:
        for link in ending.links:
            name = link.partition(":")[2].partition("#")[0]
            if name not in targets:
                raise ContentError(path, f"endings.{ending.id}.links", f"no page {name!r}")


def scene_paths(root: Path) -> Mapping[str, Path]:
    """Scene id -> file, in file-name order (the order the practice page lists them)."""
    return {path.stem: path for path in sorted((root / "scenes").glob("*.toml"))}
