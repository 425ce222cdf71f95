"""Flesch–Kincaid grade of every guidance page, for the quality gate and docs/readability.md.

Run ``python -m tests.content.readability`` to rewrite the table in docs/.
"""

from __future__ import annotations

import re
from pathlib import Path

import textstat

from companion.core.content import Content, load_content
from companion.core.scenes import Scene
from companion.resources import resources_root

MAX_GRADE = 9.0
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_MARKUP = re.compile(r"[*_`>#]|^\s*(?:[-+]|\d+[.)])\s+|^:::.*$", re.MULTILINE)


_BLOCK_START = re.compile(r"^\s*(?:[-+*]\s|\d+[.)]\s|#|>|:::)")


def plain_text(markdown: str) -> str:
    """Markdown as sentences: links to their text, markup dropped. A paragraph wrapped
    over several lines is one run of text (counting each line as a sentence would make
    every page look easier than it is); a heading or list item ends a sentence."""
    sentences: list[str] = []
    lines: list[str] = []

    def end_block() -> None:
        text = " ".join(lines).strip()
        if text:
            sentences.append(text if text[-1] in ".?!:\"'" else f"{text}.")
        lines.clear()

    for line in _LINK.sub(r"\1", markdown).splitlines():
        if not line.strip() or _BLOCK_START.match(line):
            end_block()
        lines.append(_MARKUP.sub("", line).strip())
        if line.lstrip().startswith(("#", ":::")):
            end_block()
    end_block()
    return " ".join(sentences)


def page_texts(content: Content) -> dict[str, str]:
    texts = {page_id: plain_text(page.body) for page_id, page in content.pages.items()}
    for step in content.steps:
        parts = [step.summary] + [f"{i.title}. {i.why} {i.how}" for i in step.items]
        texts[f"checklist: {step.id}"] = " ".join(parts)
    for country in (content.countries or {}).values():
        parts = [f"{s.for_whom}. {s.can} {s.cannot}" for s in country.services]
        texts[f"help: {country.id}"] = " ".join(parts)
    for platform in (content.platforms or {}).values():
        texts[f"platform: {platform.id}"] = " ".join(
            text if text.rstrip()[-1:] in ".?!" else f"{text}."
            for _, text in platform.prose()
            if text
        )
    for scene in content.scenes.values():
        texts[f"scene: {scene.id}"] = scene_text(scene)
    if content.starters:
        texts["conversation starters"] = " ".join(s.text for s in content.starters.starters)
    return texts


def scene_text(scene: Scene) -> str:
    """A practice conversation as a parent reads it: every line, note and ending."""
    return " ".join(
        text if text.rstrip()[-1:] in ".?!" else f"{text}." for _, text in scene.prose()
    )


def scores(content: Content) -> dict[str, tuple[float, int]]:
    return {
        name: (float(textstat.flesch_kincaid_grade(text)), len(text.split()))
        for name, text in sorted(page_texts(content).items())
    }


def write_table(path: Path) -> None:
    rows = [
        "# Readability",
        "",
        "Flesch–Kincaid grade of each page (textstat 0.7.8); the tests fail above "
        f"grade {MAX_GRADE:g}. Made by `python -m tests.content.readability`.",
        "",
        "| page | grade | words |",
        "|---|---|---|",
    ]
    for name, (grade, words) in scores(load_content(resources_root())).items():
        rows.append(f"| {name} | {grade:.1f} | {words} |")
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")


if __name__ == "__main__":
    write_table(Path(__file__).resolve().parents[2] / "docs" / "readability.md")
