"""The Group Policy templates (packaging/windows/policy) match the app's settings.

No ADMX schema can be had from PyPI or Debian, so this checks the structure Windows'
Group Policy editor relies on: every policy writes a real setting with a value the app
accepts, every setting has a policy, and every string and presentation it names exists.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import fields
from pathlib import Path

import pytest

from companion.core.facts import COUNTRIES
from companion.core.policy import CHOICES, KEYS, MAX_CONTACT_LINE, MAX_IDLE_MINUTES, Policy
from companion.core.policy_registry import REG_DWORD, REG_SZ, REGISTRY_KEY, registry_settings

FOLDER = Path(__file__).resolve().parents[1] / "packaging" / "windows" / "policy"
NS = {"p": "http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions"}
DEFAULTS = {f.name: f.default for f in fields(Policy)}


def admx() -> ET.Element:
    return ET.parse(FOLDER / "ParentCompanion.admx").getroot()


def adml() -> ET.Element:
    return ET.parse(FOLDER / "en-US" / "ParentCompanion.adml").getroot()


def written_values() -> dict[str, list[tuple[object, int]]]:
    """Every registry value each policy can write: name -> [(data, type), ...]."""
    found: dict[str, list[tuple[object, int]]] = {}
    for policy in admx().iterfind(".//p:policies/p:policy", NS):
        assert policy.get("class") == "Machine" and policy.get("key") == REGISTRY_KEY
        name = policy.get("valueName")
        if name:  # an on/off policy
            states = [
                policy.find(f"p:{state}/p:decimal", NS)
                for state in ("enabledValue", "disabledValue")
            ]
            numbers = [str(s.get("value")) if s is not None else "" for s in states]
            found.setdefault(name, []).extend((int(number), REG_DWORD) for number in numbers)
        for element in policy.iterfind("p:elements/*", NS):
            value_name = element.get("valueName")
            assert value_name, f"{policy.get('name')}: an element without a valueName"
            tag = element.tag.split("}")[1]
            values = found.setdefault(value_name, [])
            if tag == "enum":
                values += [(s.text, REG_SZ) for s in element.iterfind(".//p:string", NS)]
            elif tag == "decimal":
                values += [(int(element.get(b)), REG_DWORD) for b in ("minValue", "maxValue")]  # type: ignore[arg-type]
            elif tag == "text":
                assert element.get("maxLength") == str(MAX_CONTACT_LINE)
                values.append(("Ask at the front desk", REG_SZ))
            else:
                pytest.fail(f"{policy.get('name')}: unexpected element {tag}")
    return found


def test_every_policy_maps_to_a_real_setting_and_back() -> None:
    assert set(written_values()) == KEYS


def test_every_value_a_policy_writes_is_one_the_app_accepts() -> None:
    for name, values in written_values().items():
        for value in values:
            settings, problems = registry_settings({name: value})
            assert problems == [], f"{name} = {value!r}: {problems}"
            assert name in settings


def test_on_off_policies_are_the_true_or_false_settings() -> None:
    for name, values in written_values().items():
        if isinstance(DEFAULTS[name], bool):
            assert sorted(values) == [(0, REG_DWORD), (1, REG_DWORD)], name


def test_choice_lists_offer_every_allowed_value() -> None:
    values = written_values()
    assert [v for v, _ in values["idle_timeout_minutes"]] == [0, MAX_IDLE_MINUTES]
    assert [v for v, _ in values["default_country"]] == list(COUNTRIES)
    for name, allowed in CHOICES.items():
        assert [v for v, _ in values[name]] == list(allowed), name


def test_every_string_and_presentation_exists_and_none_is_left_over() -> None:
    text = (FOLDER / "ParentCompanion.admx").read_text(encoding="utf-8")
    strings = {s.get("id") for s in adml().iterfind(".//p:stringTable/p:string", NS)}
    presentations = {
        p.get("id"): p for p in adml().iterfind(".//p:presentationTable/p:presentation", NS)
    }
    assert set(re.findall(r"\$\(string\.(\w+)\)", text)) == strings
    assert set(re.findall(r"\$\(presentation\.(\w+)\)", text)) == set(presentations)
    element_ids = {e.get("id") for e in admx().iterfind(".//p:elements/*", NS)}
    refs = {c.get("refId") for p in presentations.values() for c in p}
    assert refs == element_ids


def test_each_explanation_names_its_registry_value() -> None:
    strings = {s.get("id"): s.text or "" for s in adml().iterfind(".//p:stringTable/p:string", NS)}
    for policy in admx().iterfind(".//p:policies/p:policy", NS):
        help_id = re.fullmatch(r"\$\(string\.(\w+)\)", policy.get("explainText", ""))
        assert help_id, policy.get("name")
        names = {policy.get("valueName")} | {
            e.get("valueName") for e in policy.iterfind("p:elements/*", NS)
        }
        for name in names - {None}:
            assert f"Registry: {name} (" in strings[help_id.group(1)]
