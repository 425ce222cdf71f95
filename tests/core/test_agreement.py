"""The family agreement model and its storage, without a screen."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace
from pathlib import Path

from companion.core.agreement import (
    Agreement,
    load_agreements,
    load_template,
    save_agreement,
)
from companion.core.progress import ProgressStore
from companion.resources import resource_path

TODAY = dt.date(2026, 12, 2)


def template_and_store(tmp_path: Path) -> tuple[object, ProgressStore]:
    return load_template(resource_path("agreement.toml"), TODAY), ProgressStore.open(
        tmp_path / "p.sqlite3"
    )


def test_template_has_the_sections_a_family_discusses() -> None:
    template = load_template(resource_path("agreement.toml"), TODAY)
    ids = [section.id for section in template.sections]
    assert ids == ["devices", "times", "apps", "people", "photos", "worries", "adults"]
    worries = template.sections[ids.index("worries")]
    assert "not be in trouble" in worries.promise
    assert all(len(section.suggestions) >= 3 for section in template.sections)


def test_edit_choose_add_remove_and_save_round_trip(tmp_path: Path) -> None:
    template, store = template_and_store(tmp_path)
    agreement = Agreement.from_template(template, "Sam")  # type: ignore[arg-type]
    agreement = agreement.choose_rule("devices", 0, True)
    agreement = agreement.edit_rule("devices", 1, "Chargers live in the hall.")
    agreement = agreement.choose_rule("devices", 1, True)
    agreement = agreement.remove_rule("times", 0)
    agreement = agreement.add_rule("photos", "<b>not bold</b> & javascript:alert(1)")
    agreement = replace(agreement, signers=("Sam", "Alex"), review_on=dt.date(2027, 5, 25))
    saved = save_agreement(store, agreement)
    assert saved.id is not None
    store.close()

    again = ProgressStore.open(tmp_path / "p.sqlite3")
    (loaded,) = load_agreements(again)
    assert loaded == saved
    assert loaded.chosen_rules("devices")[1] == "Chargers live in the hall."
    assert loaded.chosen_rules("photos") == ["<b>not bold</b> & javascript:alert(1)"]
    assert len(loaded.rules("times")) == len(template.sections[1].suggestions) - 1  # type: ignore[attr-defined]
    again.close()


def test_one_agreement_per_child_and_delete(tmp_path: Path) -> None:
    template, store = template_and_store(tmp_path)
    first = save_agreement(store, Agreement.from_template(template, "Sam"))  # type: ignore[arg-type]
    second = save_agreement(store, Agreement.from_template(template, "Jo"))  # type: ignore[arg-type]
    assert [a.child_name for a in load_agreements(store)] == ["Sam", "Jo"]
    assert first.id is not None and second.id is not None
    store.delete_agreement(first.id)
    assert [a.child_name for a in load_agreements(store)] == ["Jo"]
    store.close()


def test_fields_from_a_newer_version_are_kept(tmp_path: Path) -> None:
    document = json.dumps({"child_name": "Kit", "sections": {}, "stickers": ["star"]})
    loaded = Agreement.from_json(7, document)
    assert json.loads(loaded.to_json())["stickers"] == ["star"]
