"""Practise a conversation: short branching scenes where the parent picks a reply and sees
how it tends to land. Nothing is scored or stored; leaving the page keeps the scene."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QHBoxLayout, QVBoxLayout, QWidget

from companion.core.navigation import PLATFORM_PAGE_PREFIX
from companion.core.scenes import Ending, Scene, Turn
from companion.ui.i18n import translate
from companion.ui.pages import is_app_page, page_title
from companion.ui.pages.base import PageContext, ScrollingPage
from companion.ui.pages.practice_widgets import KeyButton, SaidLine, WrapButton, lands_label
from companion.ui.widgets import clear_layout, heading, paragraph

_CONTEXT = "PracticePage"


class PracticePage(ScrollingPage):
    """The list of scenes, or one scene: the conversation so far, then the replies to
    choose from, or at the end what to do next.

    Page links at an ending are emitted as navigate_requested, like any page's links."""

    NAME = "practice"

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.column.addWidget(heading(self.title()))
        self.body = QVBoxLayout()
        self.body.setSpacing(12)
        self.column.addLayout(self.body)
        self.column.addStretch(1)
        self.scene: Scene | None = None
        self.picked: list[int] = []
        self.scene_buttons: dict[str, WrapButton] = {}
        self.reply_buttons: list[WrapButton] = []
        self.notes: list[SaidLine] = []
        self.link_buttons: dict[str, KeyButton] = {}
        self.restart_button: KeyButton | None = None
        self.back_button: KeyButton | None = None
        self._built = 0  # counts rebuilds, so a late scroll never uses deleted lines
        self.show_list()

    def _band_order(self, bands: list[str]) -> list[str]:
        from companion.core.profiles import band_order, children_bands, load_profiles

        kids = children_bands(load_profiles(self.context.store), self.context.today)
        return band_order(bands, kids, self.context.preferences().age_bands)

    # --- what is on show --------------------------------------------------------------
    def show_list(self) -> None:
        """All the scenes, the family's children's ages first (else youngest first); the
        one just left has the focus."""
        left = self.scene.id if self.scene else None
        self.scene, self.picked = None, []
        self._clear()
        self.body.addWidget(
            paragraph(
                translate(
                    "PracticePage",
                    "Practise what you might say before you need to. Each scene starts with "
                    "something a child might say. Pick a reply and see how it tends to land, "
                    "and why. There are no scores, and nothing is saved.",
                )
            )
        )
        starters = self.context.content.starters
        labels = {band.id: band.label for band in starters.bands} if starters else {}
        order = self._band_order(list(labels))
        scenes = sorted(
            self.context.content.scenes.values(),
            key=lambda s: (
                min((order.index(b) for b in s.bands if b in order), default=len(order)),
                s.title,
            ),
        )
        for scene in scenes:
            in_order = sorted(scene.bands, key=lambda b: order.index(b) if b in order else 99)
            bands = ", ".join(labels.get(band, band) for band in in_order)
            button = WrapButton(
                f"{scene.title}\n{bands}",
                translate("PracticePage", "Practise: %1 (%2)")
                .replace("%1", scene.title)
                .replace("%2", bands),
            )
            button.clicked.connect(lambda _=False, s=scene.id: self.start(s))
            self.scene_buttons[scene.id] = button
            self.body.addWidget(button)
        if left in self.scene_buttons:
            self._focus(self.scene_buttons[left])
            self._scroll_later(self.scene_buttons[left])

    def start(self, scene_id: str) -> None:
        """Begin a scene from its first turn."""
        self.scene, self.picked = self.context.content.scenes[scene_id], []
        self._render()
        self.scroll_area.verticalScrollBar().setValue(0)

    def choose(self, index: int) -> None:
        """Pick reply ``index`` of the current turn."""
        self.picked.append(index)
        self._render()
        self._scroll_later(self.notes[-1])

    def scroll_to(self, anchor: str) -> None:
        """ "practice#<scene id>" opens that scene."""
        if anchor in self.context.content.scenes:
            self.start(anchor)

    # --- building ---------------------------------------------------------------------
    def _clear(self) -> None:
        clear_layout(self.body)
        self._built += 1
        self.scene_buttons, self.reply_buttons, self.notes = {}, [], []
        self.link_buttons, self.restart_button, self.back_button = {}, None, None

    def _render(self) -> None:
        scene = self.scene
        assert scene is not None
        self._clear()
        leave = KeyButton(translate("PracticePage", "← All scenes"))
        leave.setAccessibleName(translate("PracticePage", "Leave this scene and show all scenes"))
        leave.clicked.connect(self.show_list)
        self.body.addWidget(leave, 0, Qt.AlignmentFlag.AlignLeft)
        self.body.addWidget(heading(scene.title, 2))
        turn: Turn = scene.turn(scene.start)
        for index in self.picked:
            self._add_turn(turn)
            reply = turn.replies[index]
            self.body.addWidget(SaidLine(translate("PracticePage", "You:"), reply.text))
            note = SaidLine(f"{lands_label(reply.lands)}.", reply.note, "notice")
            self.notes.append(note)
            self.body.addWidget(note)
            ending = scene.ending(reply.next)
            if ending is not None:
                self._add_ending(ending)
                return
            turn = scene.turn(reply.next)
        self._add_turn(turn)
        self._add_replies(turn)

    def _add_turn(self, turn: Turn) -> None:
        if turn.situation:
            self.body.addWidget(paragraph(turn.situation, object_name="footnote"))
        self.body.addWidget(SaidLine(translate("PracticePage", "Your child:"), turn.child))

    def _add_replies(self, turn: Turn) -> None:
        self.body.addWidget(heading(translate("PracticePage", "What do you say?"), 3))
        before = self.notes[-1].plain_text() + " " if self.notes else ""
        count = len(turn.replies)
        for number, reply in enumerate(turn.replies):
            name = (
                translate("PracticePage", "Reply %1 of %2: %3")
                .replace("%1", str(number + 1))
                .replace("%2", str(count))
                .replace("%3", reply.text)
            )
            button = WrapButton(reply.text, name)
            button.setAccessibleDescription(
                (before if number == 0 else "")
                + translate("PracticePage", "Your child:")
                + " "
                + turn.child
            )
            button.clicked.connect(lambda _=False, i=number: self.choose(i))
            self.reply_buttons.append(button)
            self.body.addWidget(button)
        self._focus(self.reply_buttons[0])

    def _add_ending(self, ending: Ending) -> None:
        self.body.addWidget(heading(translate("PracticePage", "What to do next"), 3))
        self.body.addWidget(paragraph(ending.text))
        for link in ending.links:
            name = link.partition(":")[2]
            title = self._title_of(name.partition("#")[0])
            button = KeyButton(title)
            button.setAccessibleName(
                translate("PracticePage", "Open the page: %1").replace("%1", title)
            )
            button.clicked.connect(lambda _=False, n=name: self.navigate_requested.emit(n))
            self.link_buttons[name] = button
            self.body.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        row = QHBoxLayout()
        row.setSpacing(12)
        self.restart_button = KeyButton(translate("PracticePage", "Try another reply"))
        self.restart_button.setAccessibleName(
            translate("PracticePage", "Try another reply: start this scene again")
        )
        self.restart_button.clicked.connect(self._on_restart)
        self.back_button = KeyButton(translate("PracticePage", "Back to all scenes"))
        self.back_button.clicked.connect(self.show_list)
        row.addWidget(self.restart_button)
        row.addWidget(self.back_button)
        row.addStretch(1)
        holder = QWidget()
        holder.setLayout(row)
        row.setContentsMargins(0, 8, 0, 0)
        self.body.addWidget(holder)
        self._add_sources()
        self._focus(next(iter(self.link_buttons.values())))

    def _add_sources(self) -> None:
        """Where the scene's advice comes from, and when it was checked."""
        import html

        from companion.ui.source_notes import checked_text, sources_html
        from companion.ui.widgets import rich_label

        scene, content = self.scene, self.context.content
        assert scene is not None
        title = html.escape(translate("PracticePage", "Where this advice comes from"))
        listed = sources_html(scene.sources, content.allowed_hosts, content.source_dates)
        label = rich_label(f"<p><b>{title}</b></p>{listed}", object_name="footnote")
        label.setAccessibleName(translate("PracticePage", "Where this advice comes from"))
        label.linkActivated.connect(lambda url: self.links.activate(url, self))
        self.body.addWidget(label)
        checked = checked_text(scene.reviewed, scene.sources, self.context)
        self.body.addWidget(paragraph(checked, object_name="footnote"))

    def _focus(self, widget: QWidget) -> None:
        """Give ``widget`` the keyboard focus now: the control that had it is gone."""
        if self.isVisible():
            # Widgets just added are shown only once the layout runs; until then Tab
            # would skip them. Show them now, so Tab goes from reply to reply at once.
            for index in range(self.body.count()):
                item = self.body.itemAt(index)
                line = item.widget() if item else None
                if line is not None:
                    line.show()
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_restart(self) -> None:
        assert self.scene is not None
        self.start(self.scene.id)

    def _scroll_later(self, widget: QWidget) -> None:
        """Put ``widget`` at the top (or as far down as the page goes) once the new lines
        are laid out; skipped if the lines have been rebuilt since, deleting it."""
        built = self._built

        def scroll() -> None:
            if built == self._built:
                for _ in range(3):  # the column, the scrolling holder, the scroll bars
                    QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
                top = widget.mapTo(self.holder, QPoint(0, 0)).y()
                self.scroll_area.verticalScrollBar().setValue(max(0, top - 12))

        QTimer.singleShot(0, scroll)

    def _title_of(self, name: str) -> str:
        content = self.context.content
        if is_app_page(name):
            return page_title(name)
        if name.startswith(PLATFORM_PAGE_PREFIX):
            platform = (content.platforms or {})[name[len(PLATFORM_PAGE_PREFIX) :]]
            return platform.name
        return content.pages[name].title
