"""Bad input everywhere people type or supply data: the content loader, the policy parser
and family agreement text. Whatever arrives, no crash: a clear message, or the text kept."""

from __future__ import annotations

import datetime as dt
import json
import string
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from companion.core.agreement import Agreement, Rule
from companion.core.content import ContentError, load_page, load_step
from companion.core.policy import Policy, parse_policy

TODAY = dt.date(2026, 12, 2)
FUZZ = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
TOMLISH = st.text(alphabet=string.printable + "éß—“”\u202e\x00", max_size=400)


@FUZZ
@given(text=TOMLISH)
def test_policy_parser_never_raises(text: str) -> None:
    policy, problems = parse_policy(text)
    assert isinstance(policy, Policy)
    for problem in problems:
        assert problem.line >= 0 and problem.message


@FUZZ
@given(
    key=st.sampled_from(
        [
            "public_mode",
            "default_country",
            "idle_timeout_minutes",
            "allow_external_links",
            "contact_line",
            "zzz",
        ]
    ),
    value=st.one_of(st.integers(), st.booleans(), st.text(max_size=30), st.floats(allow_nan=False)),
)
def test_policy_values_of_any_type_are_checked(key: str, value: object) -> None:
    text = f"{key} = {json.dumps(value)}\n"
    policy, problems = parse_policy(text)
    assert isinstance(policy, Policy)
    if problems:
        assert problems[0].line in (0, 1)


@FUZZ
@given(front=TOMLISH, body=st.text(max_size=300))
def test_page_loader_fails_only_with_a_content_error(
    tmp_path_factory: object, front: str, body: str
) -> None:
    folder = Path(tmp_path_factory.mktemp("fuzz"))  # type: ignore[attr-defined]
    path = folder / "fuzzed.md"
    path.write_text(f"+++\n{front}\n+++\n{body}", encoding="utf-8")
    try:
        page = load_page(path, TODAY)
    except ContentError as error:
        assert "fuzzed.md" in str(error)
    else:
        assert page.id == "fuzzed"


@FUZZ
@given(text=TOMLISH)
def test_step_loader_fails_only_with_a_content_error(tmp_path_factory: object, text: str) -> None:
    folder = Path(tmp_path_factory.mktemp("fuzz"))  # type: ignore[attr-defined]
    path = folder / "talk.toml"
    path.write_text(text, encoding="utf-8")
    try:
        load_step(path, TODAY)
    except ContentError as error:
        assert "talk.toml" in str(error) and error.field


@FUZZ
@given(name=st.text(max_size=60), rules=st.lists(st.text(max_size=80), max_size=6))
def test_agreement_text_round_trips_exactly(name: str, rules: list[str]) -> None:
    agreement = Agreement(
        child_name=name, sections={"own": tuple(Rule(r, True, True) for r in rules)}
    )
    again = Agreement.from_json(1, agreement.to_json())
    assert again.child_name == name
    assert [r.text for r in again.rules("own")] == rules
