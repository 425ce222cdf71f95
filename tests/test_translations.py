"""The interface's .ts files: complete, current, and consistent with the source.

lupdate only sees ``translate("Context", "text")`` calls with literal words outside
f-strings, so the first test reads the source itself and fails on any call it would miss.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "packaging"))

import translations as tools  # noqa: E402  (packaging/translations.py)

from companion.ui.translation import SHIPPED_UI_LANGUAGES, UNFINISHED_UI_LANGUAGES  # noqa: E402

NAMES = ("translate", "plural", "QT_TRANSLATE_NOOP")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    numerus: bool
    kind: str  # the translation's type: "" (finished), "unfinished", "obsolete", "vanished"
    forms: tuple[str, ...]


def read_ts(path: Path) -> list[Message]:
    found = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [form.text or "" for form in translation.iter("numerusform")]
            found.append(
                Message(
                    name,
                    message.findtext("source") or "",
                    message.findtext("comment") or "",
                    message.get("numerus") == "yes",
                    translation.get("type") or "",
                    tuple(forms) if forms else (translation.text or "",),
                )
            )
    return found


def keys(messages: list[Message]) -> set[tuple[str, str, str, bool]]:
    return {(m.context, m.source, m.comment, m.numerus) for m in messages}


def ts_path(code: str) -> Path:
    return tools.FOLDER / tools.TS_NAME.format(code=code)


def _literal(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def source_calls() -> tuple[set[tuple[str, str]], list[str]]:
    """Every (context, text) the source translates with literal words, and every call that
    lupdate would not see (a variable context beside literal text, inside an f-string, or
    in a helper that passes its parameter on)."""
    found: set[tuple[str, str]] = set()
    hidden: list[str] = []
    for path in tools.source_files():
        if path.name == "i18n.py":
            continue  # the definitions themselves
        tree = ast.parse(path.read_text(encoding="utf-8"))
        in_fstring = {
            id(inner)
            for node in ast.walk(tree)
            if isinstance(node, ast.JoinedStr)
            for inner in ast.walk(node)
        }
        # A helper that passes its own parameter on (def _tr(text): translate(CTX, text))
        # hides every string it is called with from lupdate.
        wrapped = {
            id(call)
            for func in ast.walk(tree)
            if isinstance(func, ast.FunctionDef | ast.AsyncFunctionDef)
            for call in ast.walk(func)
            if isinstance(call, ast.Call)
            and len(call.args) >= 2
            and isinstance(call.args[1], ast.Name)
            and call.args[1].id in {arg.arg for arg in func.args.args}
        }
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or len(node.args) < 2:
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name not in NAMES:
                continue
            context, text = _literal(node.args[0]), _literal(node.args[1])
            where = f"{path.relative_to(ROOT)}:{node.lineno}"
            if text is None and id(node) in wrapped:
                hidden.append(where)
                continue
            if text is None:
                continue  # translating text marked elsewhere (QT_TRANSLATE_NOOP)
            if context is None or id(node) in in_fstring:
                hidden.append(where)
            else:
                found.add((context, text))
    return found, hidden


def test_lupdate_sees_every_translated_string(tmp_path: Path) -> None:
    found, hidden = source_calls()
    assert not hidden, (
        f"lupdate cannot see these calls (variable context, f-string or helper): {hidden}"
    )
    tools.update(tmp_path)  # a fresh copy of the .ts files, from the source as it is now
    extracted = {(m.context, m.source) for m in read_ts(tmp_path / tools.TS_NAME.format(code="es"))}
    assert found <= extracted, sorted(found - extracted)
    assert len(found) > 300


def test_ts_files_are_up_to_date(tmp_path: Path) -> None:
    tools.update(tmp_path)
    for code in SHIPPED_UI_LANGUAGES:
        fresh = keys(read_ts(tmp_path / tools.TS_NAME.format(code=code)))
        committed = keys(read_ts(ts_path(code)))
        assert fresh == committed, (
            f"{code}: run `make translations`; new in the source: {sorted(fresh - committed)[:5]}, "
            f"gone from it: {sorted(committed - fresh)[:5]}"
        )


def test_every_shipped_language_has_a_ts_file() -> None:
    assert tuple(tools.LANGUAGES) == SHIPPED_UI_LANGUAGES
    spec = (ROOT / "packaging" / "pyinstaller" / "parent-companion.spec").read_text()
    bundled = re.search(r"for code in \(([^)]*)\):  # companion.ui.translation", spec)
    assert bundled and ast.literal_eval(f"({bundled[1]})") == SHIPPED_UI_LANGUAGES
    assert set(SHIPPED_UI_LANGUAGES) >= UNFINISHED_UI_LANGUAGES
    for code in SHIPPED_UI_LANGUAGES:
        root = ET.parse(ts_path(code)).getroot()
        assert root.get("language") == code and root.get("sourcelanguage") == "en"


@pytest.mark.parametrize(
    "code", [c for c in SHIPPED_UI_LANGUAGES if c not in UNFINISHED_UI_LANGUAGES]
)
def test_finished_languages_translate_every_string(code: str) -> None:
    messages = read_ts(ts_path(code))
    assert messages
    unfinished = [m.source for m in messages if m.kind == "unfinished"]
    gone = [m.source for m in messages if m.kind in ("obsolete", "vanished")]
    empty = [m.source for m in messages if not all(form.strip() for form in m.forms)]
    assert not unfinished, f"{len(unfinished)} unfinished, such as {unfinished[:3]}"
    assert not gone, f"translations the source no longer uses: {gone[:3]}"
    assert not empty, f"empty translations: {empty[:3]}"


PLACEHOLDER = re.compile(r"%(?:\d|n)")


@pytest.mark.parametrize("code", SHIPPED_UI_LANGUAGES)
def test_placeholders_match_the_source(code: str) -> None:
    wrong = []
    for message in read_ts(ts_path(code)):
        wanted = Counter(PLACEHOLDER.findall(message.source))
        for form in message.forms:
            if not form:
                continue  # not translated yet (the test above decides whether that may be)
            have = Counter(PLACEHOLDER.findall(form))
            # A plural form may say "one" in words instead of %n; %1, %2 must all be there.
            if message.numerus and "%n" not in have:
                have["%n"] = wanted["%n"]
            if have != wanted:
                wrong.append(f"{message.source!r} -> {form!r}")
    assert not wrong, wrong


@pytest.mark.parametrize("code", SHIPPED_UI_LANGUAGES)
def test_accelerators_survive_translation(code: str) -> None:
    """A menu's '&F' stays one '&' letter (or '&&', a real ampersand)."""
    wrong = []
    for message in read_ts(ts_path(code)):
        marks = len(re.findall(r"&(?!&)", message.source.replace("&&", "")))
        for form in message.forms:
            if form and len(re.findall(r"&(?!&)", form.replace("&&", ""))) != marks:
                wrong.append(f"{message.source!r} -> {form!r}")
    assert not wrong, wrong


def test_qm_files_compile_and_load(tmp_path: Path) -> None:
    from PySide6.QtCore import QTranslator

    made = tools.compile_all(out=tmp_path)
    for code in SHIPPED_UI_LANGUAGES:
        for name in (f"parent_companion_{code}.qm", f"qtbase_{code}.qm"):
            assert tmp_path / name in made
            translator = QTranslator()
            assert translator.load(str(tmp_path / name)), name


def test_translation_tool_refuses_unknown_commands() -> None:
    run = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "translations.py"), "translate-everything"],
        capture_output=True,
        text=True,
    )
    assert run.returncode == 2 and "update" in run.stderr


def test_the_windows_bundle_check_keeps_our_translations(tmp_path: Path) -> None:
    """check_bundle refuses the wheel's Qt translations, not resources/translations."""
    sys.path.insert(0, str(ROOT / "packaging" / "windows"))
    import check_bundle

    (tmp_path / "parent-companion.exe").write_bytes(b"")
    (tmp_path / "_internal" / "resources" / "translations").mkdir(parents=True)
    assert check_bundle.problems(tmp_path) == []
    (tmp_path / "_internal" / "PySide6" / "translations").mkdir(parents=True)
    assert len(check_bundle.problems(tmp_path)) == 1
