"""Back and Forward through the pages a reader has seen, as a web browser keeps them.

Pure Python, so it is tested without a screen. Each entry is a page name and how far down
the page the reader had scrolled, so going back returns to the same place on it.
"""

from __future__ import annotations

from dataclasses import dataclass

MAX_ENTRIES = 100  # older pages fall off the start


@dataclass
class Entry:
    page: str
    position: int = 0  # the page's scroll position when the reader left it


class History:
    def __init__(self, limit: int = MAX_ENTRIES) -> None:
        self._entries: list[Entry] = []
        self._index = -1
        self._limit = limit

    @property
    def current(self) -> Entry | None:
        return self._entries[self._index] if self._entries else None

    @property
    def can_go_back(self) -> bool:
        return self._index > 0

    @property
    def can_go_forward(self) -> bool:
        return 0 <= self._index < len(self._entries) - 1

    def pages(self) -> list[str]:
        return [entry.page for entry in self._entries]

    def visit(self, page: str) -> None:
        """A page was opened by a link, the sidebar or a menu: what was ahead is dropped."""
        if self.current is not None and self.current.page == page:
            return
        del self._entries[self._index + 1 :]
        self._entries.append(Entry(page))
        if len(self._entries) > self._limit:
            del self._entries[0]
        self._index = len(self._entries) - 1

    def remember_position(self, position: int) -> None:
        if self.current is not None:
            self.current.position = position

    def back(self) -> Entry | None:
        if not self.can_go_back:
            return None
        self._index -= 1
        return self._entries[self._index]

    def forward(self) -> Entry | None:
        if not self.can_go_forward:
            return None
        self._index += 1
        return self._entries[self._index]

    def clear(self) -> None:
        """Forget every page (quick exit, End session): nothing to go back to."""
        self._entries = []
        self._index = -1
