"""The scene model: walking a scene, and loading scenes only when they are asked for."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from companion.core.content import LazyMap, load_content
from companion.core.fields import ContentError
from companion.core.scenes import LANDS, Scene, load_scene, scene_paths
from companion.resources import resources_root

TODAY = dt.date(2026, 12, 2)


def a_scene() -> Scene:
    return load_scene(resources_root() / "scenes" / "game-friend-secret.toml", TODAY)


def test_a_scene_is_walked_from_its_start_to_an_ending() -> None:
    scene = a_scene()
    turn = scene.turn(scene.start)
    assert turn.child and turn.situation
    reply = turn.replies[0]
    assert reply.lands in LANDS and reply.note
    assert scene.ending(reply.next) is None  # the first reply leads to another turn
    following = scene.turn(reply.next)
    ending = scene.ending(following.replies[0].next)
    assert ending is not None and ending.links


def test_paths_list_every_way_through_once() -> None:
    scene = a_scene()
    paths = list(scene.paths())
    assert len({picked for picked, _ in paths}) == len(paths)
    for picked, ending in paths:
        turn = scene.turn(scene.start)
        for index in picked[:-1]:
            turn = scene.turn(turn.replies[index].next)
        assert scene.ending(turn.replies[picked[-1]].next) == ending


def test_prose_names_each_passage_by_its_field() -> None:
    fields = dict(a_scene().prose())
    assert "title" in fields and "turns.secret.child" in fields
    assert "turns.secret.replies[0].note" in fields and "endings.safer.text" in fields


def test_scenes_load_lazily_only_when_asked_for(tmp_path: Path) -> None:
    root = tmp_path / "resources"
    shutil.copytree(resources_root(), root)
    (root / "scenes" / "game-friend-secret.toml").write_text("not = [valid", encoding="utf-8")
    content = load_content(root, TODAY, lazy=True)  # start-up reads no scene
    assert isinstance(content.scenes, LazyMap)
    assert len(content.scenes) == len(scene_paths(root))  # nor does listing them
    assert content.scenes["after-i-shouted"].title  # one scene, read when opened
    with pytest.raises(ContentError):
        content.scenes["game-friend-secret"]


def test_a_full_load_checks_scenes_and_lists_their_sources() -> None:
    content = load_content(resources_root(), TODAY)
    assert isinstance(content.scenes, dict) and len(content.scenes) >= 12
    urls = {source.url for source in content.all_sources()}
    assert {s.url for scene in content.scenes.values() for s in scene.sources} <= urls


def test_no_scenes_folder_means_no_scenes(tmp_path: Path) -> None:
    root = tmp_path / "resources"
    shutil.copytree(resources_root(), root)
    shutil.rmtree(root / "scenes")
    assert dict(load_content(root, TODAY).scenes) == {}
    assert len(load_content(root, TODAY, lazy=True).scenes) == 0
