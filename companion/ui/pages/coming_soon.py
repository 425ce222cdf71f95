"""Pages that later versions fill. Each says honestly what is coming and what to use now."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from companion.ui.pages.base import PageContext, ScrollingPage, heading, paragraph, tr

_CONTEXT = "ComingSoon"


class ComingSoonPage(ScrollingPage):
    HEADING = ""
    PLANNED = ""
    MEANWHILE = ""

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.column.addWidget(heading(tr(_CONTEXT, self.HEADING)))
        self.column.addWidget(paragraph(tr(_CONTEXT, self.PLANNED)))
        self.column.addWidget(paragraph(tr(_CONTEXT, self.MEANWHILE), object_name="notice"))
        self.column.addStretch(1)


class AgreementPage(ComingSoonPage):
    NAME = "agreement"
    HEADING = "Family agreement"
    PLANNED = (
        "A family agreement you can build, save and print together is coming in a later "
        "version of Parent Companion."
    )
    MEANWHILE = (
        "For now, the Agree step of the TALK checklist has ideas for rules to make as a "
        "family. Writing them on paper works well too."
    )

    @classmethod
    def title(cls) -> str:
        return tr(_CONTEXT, "Family agreement")
