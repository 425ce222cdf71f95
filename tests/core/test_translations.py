"""Content in other languages: the overlay format, falling back file by file, the gates."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from companion.core.content import load_content
from companion.core.fields import ContentError
from companion.core.language_choice import choose_language, locale_language
from companion.core.translation_checks import check_language
from companion.core.translations import ContentReader, available_languages, overlay, texts
from companion.resources import resources_root

ENGLISH_STEP = {
    "id": "talk",
    "title": "Talk",
    "reviewed": "2026-12-01",
    "items": [{"id": "a", "title": "Chat", "review_months": 6}],
    "sources": [{"title": "IWF", "url": "https://talk.iwf.org.uk/"}],
}


def test_a_translation_replaces_only_the_words() -> None:
    translated = {"title": "Hablar", "items": [{"id": "a", "title": "Charlar"}]}
    merged = overlay(ENGLISH_STEP, translated, Path("x.toml"))
    assert merged["title"] == "Hablar" and merged["items"][0]["title"] == "Charlar"
    assert merged["items"][0]["review_months"] == 6 and merged["sources"] == ENGLISH_STEP["sources"]


@pytest.mark.parametrize(
    ("translated", "words"),
    [
        ({"reviewed": "2026-12-02"}, "stays in the English file"),
        ({"sources": [{"title": "x", "url": "https://x.org"}]}, "stays in the English file"),
        ({"items": [{"id": "a", "review_months": 3}]}, "stays in the English file"),
        ({"items": [{"id": "b", "title": "Otro"}]}, "is not in English"),
        ({"subtitle": "Nuevo"}, "is not in the English file"),
        ({"title": ""}, "non-empty text"),
        ({"title": ["Hablar"]}, "non-empty text"),
    ],
)
def test_a_translation_cannot_change_facts_or_shape(
    translated: dict[str, object], words: str
) -> None:
    with pytest.raises(ContentError, match=words):
        overlay(ENGLISH_STEP, translated, Path("x.toml"))


def test_entries_without_ids_must_all_be_there_in_order() -> None:
    english = {"risks": [{"title": "A", "text": "a"}, {"title": "B", "text": "b"}]}
    with pytest.raises(ContentError, match="has 1 entries; the English has 2"):
        overlay(english, {"risks": [{"title": "Á", "text": "á"}]}, Path("x.toml"))
    assert set(texts(english)) == {
        "risks[0].title",
        "risks[0].text",
        "risks[1].title",
        "risks[1].text",
    }


def _copy_resources(tmp_path: Path) -> Path:
    root = tmp_path / "resources"
    shutil.copytree(resources_root(), root)
    return root


def test_a_third_language_is_only_new_files(tmp_path: Path) -> None:
    root = _copy_resources(tmp_path)
    folder = root / "i18n" / "fr"
    (folder / "pages").mkdir(parents=True)
    (folder / "language.toml").write_text(
        'code = "fr"\nname = "French"\nnative_name = "Français"\n'
        'fallback_note = "Pas encore en français."\nunreviewed_note = "Pas encore relu."\n',
        encoding="utf-8",
    )
    (folder / "pages" / "welcome.md").write_text(
        '+++\ntitle = "Bienvenue"\ntranslated = 2026-12-02\n+++\n'
        "Bonjour. Voir [Âge](page:age-by-age).\n",
        encoding="utf-8",
    )
    assert "fr" in [language.code for language in available_languages(root)]
    content = load_content(root, language="fr")
    assert (content.pages["welcome"].title, content.pages["welcome"].language) == (
        "Bienvenue",
        "fr",
    )
    assert content.pages["welcome"].sources == load_content(root).pages["welcome"].sources
    assert content.pages["faq"].language == "en"  # no French file: English, and it says so
    problems = check_language(root, "fr")
    assert any("glossary.toml" in p.path for p in problems)


def test_an_incomplete_translation_falls_back_in_the_app_and_fails_the_gate(tmp_path: Path) -> None:
    root = _copy_resources(tmp_path)
    page = root / "i18n" / "es" / "pages" / "quick-exit.md"
    page.parent.mkdir(parents=True, exist_ok=True)
    page.write_text('+++\ntitle = "Salida rápida"\n+++\nTexto.\n', encoding="utf-8")  # no date
    with pytest.raises(ContentError, match="translated"):
        load_content(root, language="es")
    lazy = load_content(root, lazy=True, language="es")
    assert lazy.pages["quick-exit"].language == "en"
    assert any(p.path.endswith("quick-exit.md") for p in check_language(root, "es"))


def test_translated_headings_keep_the_english_anchors(tmp_path: Path) -> None:
    root = _copy_resources(tmp_path)
    page = root / "i18n" / "es" / "pages" / "welcome.md"
    text = page.read_text(encoding="utf-8").replace(
        "¿Se acerca", "## Otra sección {#nueva}\n\n¿Se acerca"
    )
    page.write_text(text, encoding="utf-8")
    problems = [p for p in check_language(root, "es") if p.path.endswith("welcome.md")]
    assert any("sections" in p.message for p in problems)


def test_numbers_glossary_and_banned_words_are_checked(tmp_path: Path) -> None:
    root = _copy_resources(tmp_path)
    english = ContentReader(root).toml(root / "agreement.toml").data
    sections = english["sections"]
    lines = ["translated = 2026-12-02", 'title = "Acuerdo"', 'intro = "Normas."']
    for index, section in enumerate(sections):
        lines += ["[[sections]]", f'id = "{section["id"]}"', 'title = "Sección"']
        if "promise" in section:
            lines.append('promise = "Lo prometemos."')
        said = [f"Norma {chr(97 + i)}" for i, _ in enumerate(section["suggestions"])]
        if index == 0:
            said[0] = "Nada de pornografía infantil, 42 veces."
        lines.append("suggestions = [" + ", ".join(f'"{s}"' for s in said) + "]")
    path = root / "i18n" / "es" / "agreement.toml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    messages = [p.message for p in check_language(root, "es") if p.path.endswith("agreement.toml")]
    assert any("banned wording" in m for m in messages)
    assert [m for m in messages if m.startswith("numbers differ")] == [
        "numbers differ: English [], translation ['42']"
    ]


def test_the_language_comes_from_the_family_then_the_policy_then_the_computer() -> None:
    offered = ("en", "es", "ar")
    assert choose_language("ar", "es", "es_MX", offered) == "ar"
    assert choose_language("", "es", "ar_EG", offered) == "es"
    assert choose_language("", None, "ar_EG.UTF-8", offered) == "ar"
    assert choose_language("", "de", "de_DE", offered) == "en"
    assert locale_language("C") == "" and locale_language("es-419") == "es"
