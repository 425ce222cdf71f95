"""Checkboxes and radio buttons that grow with the text and always show their outline.

Fusion draws a fixed 13 px indicator whose frame it shades from the window colour, which
on the high-contrast theme's black is black: an unticked box vanished. This style draws
both indicators itself, in the theme's palette (outline: Mid; fill: Base; tick: Highlight
with HighlightedText), at a size that follows the reader's text size. The text size is
read from the application font, so a text-size step stays a fonts-only change: Qt asks
for the metric again when the fonts change, and the style sheet is left alone.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOption, QWidget

from companion.ui.fonts import BASE_POINT_SIZE

INDICATOR_PX = 20  # at normal text size; 40 at the largest (200 %)

_INDICATOR_METRICS = {
    QStyle.PixelMetric.PM_IndicatorWidth,
    QStyle.PixelMetric.PM_IndicatorHeight,
    QStyle.PixelMetric.PM_ExclusiveIndicatorWidth,
    QStyle.PixelMetric.PM_ExclusiveIndicatorHeight,
}
_State = QStyle.StateFlag


def text_zoom() -> float:
    """How much larger than normal the reader's text is (1.0 to 2.0)."""
    return max(QApplication.font().pointSizeF() / BASE_POINT_SIZE, 1.0)


def indicator_size() -> int:
    return round(INDICATOR_PX * text_zoom())


class CompanionStyle(QProxyStyle):
    """Fusion, with indicators sized by the text and drawn in the theme's colours."""

    def __init__(self) -> None:
        super().__init__("Fusion")

    def pixelMetric(
        self,
        metric: QStyle.PixelMetric,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> int:
        if metric in _INDICATOR_METRICS:
            return indicator_size()
        return super().pixelMetric(metric, option, widget)

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element == QStyle.PrimitiveElement.PE_IndicatorCheckBox:
            _draw_indicator(option, painter, widget, round_=False)
        elif element == QStyle.PrimitiveElement.PE_IndicatorRadioButton:
            _draw_indicator(option, painter, widget, round_=True)
        else:
            super().drawPrimitive(element, option, painter, widget)


def _draw_indicator(
    option: QStyleOption, painter: QPainter, widget: QWidget | None, round_: bool
) -> None:
    pal = option.palette
    state = option.state
    enabled = bool(state & _State.State_Enabled)
    group = QPalette.ColorGroup.Active if enabled else QPalette.ColorGroup.Disabled
    on = bool(state & (_State.State_On | _State.State_NoChange))
    rect = option.rect
    if widget is not None:  # a squeezed checkbox: a smaller box, whole, not a clipped one
        rect = rect.intersected(widget.rect())
    side = min(rect.width(), rect.height())
    line = max(2.0, side / 10)
    left = rect.x() + (rect.width() - side) / 2
    top = rect.y() + (rect.height() - side) / 2
    box = QRectF(left, top, side, side).adjusted(line / 2, line / 2, -line / 2, -line / 2)
    outline = pal.color(group, QPalette.ColorRole.Mid)
    fill = pal.color(group, QPalette.ColorRole.Base)
    if on and enabled:
        outline = fill_on = pal.color(group, QPalette.ColorRole.Highlight)
    else:
        fill_on = outline
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(outline, line))
    painter.setBrush(fill_on if on else fill)
    if round_:
        painter.drawEllipse(box)
    else:
        painter.drawRoundedRect(box, side / 8, side / 8)
    if on:
        mark = pal.color(group, QPalette.ColorRole.HighlightedText)
        if round_:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(mark)
            painter.drawEllipse(box.center(), side / 5, side / 5)
        else:
            pen = QPen(mark, line * 1.2)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(_mark(box, partial=bool(state & _State.State_NoChange)))
    painter.restore()


def _mark(box: QRectF, partial: bool) -> QPainterPath:
    """A tick, or a dash for "some of these"."""
    x, y, w, h = box.x(), box.y(), box.width(), box.height()
    path = QPainterPath()
    if partial:
        path.moveTo(QPointF(x + w * 0.25, y + h * 0.5))
        path.lineTo(QPointF(x + w * 0.75, y + h * 0.5))
    else:
        path.moveTo(QPointF(x + w * 0.22, y + h * 0.52))
        path.lineTo(QPointF(x + w * 0.42, y + h * 0.72))
        path.lineTo(QPointF(x + w * 0.78, y + h * 0.30))
    return path
