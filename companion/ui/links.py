"""One handler for every link the user clicks: pages inside the app, or the outside web.

Outside links open only if their host is on the content's allow-list, and only after the
user has seen the full address and said yes.
"""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import urlsplit

from PySide6.QtWidgets import QWidget

from companion.core.navigation import PAGE_LINK_SCHEME
from companion.ui import desktop
from companion.ui.i18n import translate


class LinkHandler:
    def __init__(
        self,
        allowed_hosts: frozenset[str],
        navigate: Callable[[str], None],
        *,
        allow_external: bool = True,
        contact_line: str = "",
    ) -> None:
        self.allowed_hosts = allowed_hosts
        self.navigate = navigate
        self.allow_external = allow_external  # an administrator may turn web links off
        self.contact_line = contact_line

    def is_allowed(self, url: str) -> bool:
        """Only https to an allowed host, with no user name or password before it (the
        confirm box would show "evil.example@" first), or mailto: and tel:. An address
        that cannot even be read is not allowed."""
        try:
            parts = urlsplit(url)
            hostname = parts.hostname
        except ValueError:
            return False
        if parts.scheme in ("mailto", "tel"):
            return True
        if "@" in parts.netloc:
            return False
        return parts.scheme == "https" and (hostname or "").lower() in self.allowed_hosts

    def activate(self, url: str, parent: QWidget | None) -> None:
        from companion.ui.dialogs import ConfirmOpenLink, ShowProblem  # only once clicked

        scheme, _, rest = url.partition(":")
        if scheme == PAGE_LINK_SCHEME:
            self.navigate(rest)  # "faq" or "faq#a-section": the window scrolls to it
            return
        if not self.allow_external:
            text = translate(
                "Links", "Opening websites from Parent Companion is turned off on this computer."
            )
            if self.contact_line:
                text += " " + self.contact_line
            ShowProblem.ask(parent, translate("Links", "Websites are turned off here"), text, url)
            return
        if not self.is_allowed(url):
            ShowProblem.ask(
                parent,
                translate("Links", "This link is not opened"),
                translate(
                    "Links",
                    "Parent Companion only opens links to the safety and help websites it "
                    "knows. You can type the address into your browser yourself if you "
                    "trust it.",
                ),
                url,
            )
            return
        if ConfirmOpenLink.ask(parent, url):
            desktop.open_url(url)
