"""The family agreement: a template of sections with suggested rules, and one agreement
per child that a family ticks, edits and adds to.

Text a family types is kept exactly as typed; it is data, never markup, wherever it is
shown or printed.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from companion.core.facts import unbacked_numbers
from companion.core.fields import Fields
from companion.core.progress import ProgressStore
from companion.core.translations import ContentReader


@dataclass(frozen=True)
class TemplateSection:
    id: str
    title: str
    suggestions: tuple[str, ...]
    promise: str = ""


@dataclass(frozen=True)
class AgreementTemplate:
    title: str
    intro: str
    reviewed: dt.date
    sections: tuple[TemplateSection, ...]
    language: str = "en"  # the language of its words ("en" when it fell back)


def load_template(
    path: Path,
    today: dt.date,
    reader: ContentReader | None = None,
) -> AgreementTemplate:
    read = (reader or ContentReader()).toml(path)
    fields = Fields(path, read.data)
    fields.reject_unknown({"reviewed", "title", "intro", "sections"})
    sections = []
    for entry in fields.tables("sections"):
        entry.reject_unknown({"id", "title", "suggestions", "promise"})
        section = TemplateSection(
            id=entry.identifier("id"),
            title=entry.text("title"),
            suggestions=tuple(entry.text_list("suggestions")),
            promise=entry.optional_text("promise"),
        )
        for text in (*section.suggestions, section.promise):
            if unbacked_numbers(text, ()):
                raise entry.fail("suggestions", f"write numbers as words: {text!r}")
        sections.append(section)
    ids = [section.id for section in sections]
    if len(set(ids)) != len(ids):
        raise fields.fail("sections", "a section id is used twice")
    return AgreementTemplate(
        title=fields.text("title"),
        intro=fields.text("intro"),
        reviewed=fields.date("reviewed", today),
        sections=tuple(sections),
        language=read.language,
    )


@dataclass(frozen=True)
class Rule:
    text: str
    chosen: bool = False
    own: bool = False  # typed by the family rather than suggested


@dataclass(frozen=True)
class Agreement:
    """One child's agreement. ``id`` is None until it is first saved."""

    child_name: str
    sections: dict[str, tuple[Rule, ...]]
    signers: tuple[str, ...] = ()
    review_on: dt.date | None = None
    id: int | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_template(cls, template: AgreementTemplate, child_name: str) -> Agreement:
        sections = {s.id: tuple(Rule(text) for text in s.suggestions) for s in template.sections}
        return cls(child_name=child_name, sections=sections)

    def rules(self, section_id: str) -> tuple[Rule, ...]:
        return self.sections.get(section_id, ())

    def chosen_rules(self, section_id: str) -> list[str]:
        return [rule.text for rule in self.rules(section_id) if rule.chosen and rule.text.strip()]

    def with_rules(self, section_id: str, rules: tuple[Rule, ...]) -> Agreement:
        return replace(self, sections={**self.sections, section_id: rules})

    def add_rule(self, section_id: str, text: str) -> Agreement:
        return self.with_rules(section_id, (*self.rules(section_id), Rule(text, True, True)))

    def edit_rule(self, section_id: str, index: int, text: str) -> Agreement:
        rules = list(self.rules(section_id))
        rules[index] = replace(rules[index], text=text)
        return self.with_rules(section_id, tuple(rules))

    def choose_rule(self, section_id: str, index: int, chosen: bool) -> Agreement:
        rules = list(self.rules(section_id))
        rules[index] = replace(rules[index], chosen=chosen)
        return self.with_rules(section_id, tuple(rules))

    def remove_rule(self, section_id: str, index: int) -> Agreement:
        rules = list(self.rules(section_id))
        del rules[index]
        return self.with_rules(section_id, tuple(rules))

    def to_json(self) -> str:
        return json.dumps(
            {
                "child_name": self.child_name,
                "sections": {
                    sid: [{"text": r.text, "chosen": r.chosen, "own": r.own} for r in rules]
                    for sid, rules in self.sections.items()
                },
                "signers": list(self.signers),
                "review_on": self.review_on.isoformat() if self.review_on else None,
                **self.extra,
            },
            ensure_ascii=False,
        )

    @classmethod
    def from_json(cls, agreement_id: int, text: str) -> Agreement:
        """Read a saved agreement, keeping whatever of it is well formed. Raises
        ValueError for a document that is not an agreement at all."""
        data = json.loads(text)
        if not isinstance(data, dict):
            raise ValueError("a saved agreement is not a JSON object")
        known = {"child_name", "sections", "signers", "review_on"}
        sections = data.get("sections")
        signers = data.get("signers")
        return cls(
            id=agreement_id,
            child_name=str(data.get("child_name", "")),
            sections={
                str(sid): tuple(
                    Rule(str(r.get("text", "")), bool(r.get("chosen")), bool(r.get("own")))
                    for r in rules
                    if isinstance(r, dict)
                )
                for sid, rules in (sections.items() if isinstance(sections, dict) else ())
                if isinstance(rules, list)
            },
            signers=tuple(str(name) for name in signers) if isinstance(signers, list) else (),
            review_on=_date_or_none(data.get("review_on")),
            # Keep what a newer version wrote, so saving here does not lose it.
            extra={k: v for k, v in data.items() if k not in known},
        )


def _date_or_none(value: object) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if isinstance(value, str) and value else None
    except ValueError:
        return None


def load_agreements(store: ProgressStore) -> list[Agreement]:
    """Every saved agreement that can be read. One that cannot (damaged, or edited by
    another program) is left as it is in the file and not shown, so the others still are."""
    found = []
    for agreement_id, document in store.agreement_documents():
        try:
            found.append(Agreement.from_json(agreement_id, document))
        except (ValueError, TypeError, RecursionError):
            continue
    return found


def save_agreement(store: ProgressStore, agreement: Agreement) -> Agreement:
    """Save in one transaction; returns the agreement with its id set."""
    agreement_id = store.save_agreement_document(agreement.id, agreement.to_json())
    return replace(agreement, id=agreement_id)
