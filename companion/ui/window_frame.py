"""The window's frame: the Hide button and sidebar on the left, the header row and pages
on the right, banners across the top. Built afresh after a quick exit or a new session."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QBoxLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from companion import APP_NAME
from companion.core.policy import Policy
from companion.ui.banners import banner, public_banner
from companion.ui.i18n import translate


class AppName(QLabel):
    """Role class: sized by companion.ui.fonts."""


@dataclass(frozen=True)
class Frame:
    central: QWidget
    hide_button: QPushButton
    side_holder: QWidget
    end_button: QPushButton | None  # public mode's End session


def build_frame(
    sidebar: QWidget,
    footer: QWidget,
    header: QWidget,
    stack: QWidget,
    warnings: list[str],
    policy: Policy,
) -> Frame:
    hide_button = QPushButton(translate("MainWindow", "Hide (quick exit)"))
    hide_button.setProperty("longName", hide_button.text())
    hide_button.setProperty(
        "shortName", translate("MainWindow", "Hide")
    )  # when the sidebar is narrow
    hide_button.setObjectName("hideButton")
    hide_button.setAccessibleDescription(
        translate("MainWindow", "Hides this window at once. You can also press Shift three times.")
    )
    hide_button.setToolTip(hide_button.accessibleDescription())
    name_label = AppName(APP_NAME)
    name_label.setObjectName("appName")
    name_label.setWordWrap(True)
    row = _box(QHBoxLayout(), hide_button)
    row.setContentsMargins(12, 10, 12, 0)
    side_holder = QWidget()
    side_holder.setObjectName("sideHolder")
    side = _box(QVBoxLayout(), row, name_label, sidebar)
    side.addWidget(footer)  # Get help, Settings and About, pinned when the list is too tall
    side_holder.setLayout(side)
    body = _box(QHBoxLayout(), side_holder, _box(QVBoxLayout(), header, stack))
    banners: list[QWidget] = [banner(text, "banner") for text in warnings]
    end_button = None
    if policy.public_mode:
        frame, end_button = public_banner(policy.contact_line)
        banners.insert(0, frame)
    central = QWidget()
    central.setObjectName("mainArea")
    central.setLayout(_box(QVBoxLayout(), *banners, body))
    return Frame(central, hide_button, side_holder, end_button)


def _box(box: QBoxLayout, *parts: QWidget | QLayout) -> QBoxLayout:
    """``parts`` in a row or a column, edge to edge; the last takes the room left."""
    box.setContentsMargins(0, 0, 0, 0)
    box.setSpacing(0)
    for part in parts:
        stretch = 1 if part is parts[-1] else 0
        if isinstance(part, QLayout):
            box.addLayout(part, stretch)
        else:
            box.addWidget(part, stretch)
    return box
