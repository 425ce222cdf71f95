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


def plain_text(markdown: str) -> str:
    """Markdown as sentences: links to their text, markup dropped, every line a sentence."""
    text = _MARKUP.sub("", _LINK.sub(r"\1", markdown))
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return " ".join(line if line[-1] in ".?!:\"'" else f"{line}." for line in lines)


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
