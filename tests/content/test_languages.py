"""The gates every shipped language passes (docs/translations.md): every content file
translated in the English file's shape, with the same numbers, links, sections and country
passages, the glossary's terms and none of the banned wording; and readable."""

from __future__ import annotations

import re
import statistics

import pytest
import textstat

from companion.core.content import Content, load_content
from companion.core.translation_checks import check_language
from companion.core.translations import available_languages
from companion.resources import resources_root
from tests.content.readability import plain_text, scene_text

SHIPPED = ("es", "ar")
# Fernández Huerta (textstat 0.7.8, Spanish): 70-80 is "fairly easy", about age 11-12.
MIN_SPANISH_EASE = 70.0
# textstat has no Arabic measure. Long sentences are what make Arabic hard for a young
# reader, so each Arabic text is held to a mean sentence length (words per sentence).
MAX_ARABIC_SENTENCE_WORDS = 16.0
_SENTENCE_END = re.compile(r"[.!?؟]+")


@pytest.fixture(scope="module", params=SHIPPED)
def language(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def test_every_shipped_language_is_offered() -> None:
    codes = [lang.code for lang in available_languages(resources_root())]
    assert set(SHIPPED) <= set(codes)


def test_every_file_is_translated_and_passes_the_gates(language: str) -> None:
    problems = [str(p) for p in check_language(resources_root(), language)]
    assert problems == []


def translated_texts(content: Content, language: str) -> dict[str, str]:
    """Each text the reader sees in ``language`` (files that fell back are not measured)."""
    texts = {
        f"page {p.id}": plain_text(p.body) for p in content.pages.values() if p.language == language
    }
    for step in content.steps:
        if step.language == language:
            parts = [step.summary] + [f"{i.title}. {i.why} {i.how}" for i in step.items]
            texts[f"checklist {step.id}"] = " ".join(parts)
    for platform in (content.platforms or {}).values():
        if platform.language == language:
            texts[f"platform {platform.id}"] = " ".join(
                t if t.rstrip()[-1:] in ".?!؟" else f"{t}." for _, t in platform.prose() if t
            )
    for scene in content.scenes.values():
        if scene.language == language:
            texts[f"scene {scene.id}"] = scene_text(scene)
    return texts


def mean_sentence_words(text: str) -> float:
    sentences = [s for s in _SENTENCE_END.split(text) if s.strip()]
    return statistics.mean(len(s.split()) for s in sentences)


def test_spanish_reads_easily() -> None:
    content = load_content(resources_root(), language="es")
    textstat.set_lang("es")
    try:
        ease = {n: textstat.fernandez_huerta(t) for n, t in translated_texts(content, "es").items()}
    finally:
        textstat.set_lang("en_US")
    assert ease, "no Spanish text to measure"
    assert {n: round(e, 1) for n, e in ease.items() if e < MIN_SPANISH_EASE} == {}


def test_arabic_sentences_are_short() -> None:
    content = load_content(resources_root(), language="ar")
    lengths = {n: mean_sentence_words(t) for n, t in translated_texts(content, "ar").items()}
    assert lengths, "no Arabic text to measure"
    assert {n: round(w, 1) for n, w in lengths.items() if w > MAX_ARABIC_SENTENCE_WORDS} == {}
