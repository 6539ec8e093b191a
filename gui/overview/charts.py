"""The overview's drawings: plain bars (QtCharts is not part of PySide6-Essentials) and the
cards of one large figure each.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from gui.widgets.common import follow_text_size

BLUE = QColor("#2f6fb0")
GREEN = QColor("#2e8b57")
ORANGE = QColor("#d98b19")
GREY = QColor("#9aa5b1")
RED = QColor("#c0392b")


@dataclass
class Bar:
    label: str
    value: float
    text: str
    colour: QColor = field(default_factory=lambda: QColor(BLUE))
    tooltip: str = ""


class BarChart(QWidget):
    """Horizontal bars: a label on the left, the bar, its figure on the right."""

    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = title
        self.bars: list[Bar] = []
        self.maximum: float | None = None
        self.target: float | None = None
        self.target_text = ""
        self.empty_text = self.tr("Chưa có số liệu trong năm này.")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMouseTracking(True)

    def set_bars(
        self,
        bars: list[Bar],
        maximum: float | None = None,
        target: float | None = None,
        target_text: str = "",
    ) -> None:
        self.bars = bars
        self.maximum = maximum
        self.target = target
        self.target_text = target_text
        self.setToolTip("\n".join(b.tooltip for b in bars if b.tooltip))
        self.updateGeometry()
        self.update()

    def _row_height(self) -> int:
        return self.fontMetrics().height() + 12

    def _title_height(self) -> int:
        return self.fontMetrics().height() + 14

    def sizeHint(self) -> QSize:
        rows = max(len(self.bars), 1) + (1 if self.target is not None else 0)
        return QSize(420, self._title_height() + rows * self._row_height() + 8)

    def minimumSizeHint(self) -> QSize:
        return QSize(280, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self.fontMetrics()
        width = self.width()
        title_font = QFont(self.font())
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.setPen(self.palette().windowText().color())
        painter.drawText(
            QRectF(0, 0, width, self._title_height()),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            self.title,
        )
        painter.setFont(self.font())
        top = self._title_height()
        if not self.bars:
            painter.setPen(GREY)
            painter.drawText(
                QRectF(0, top, width, self._row_height()),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                self.empty_text,
            )
            painter.end()
            return
        widest = max(metrics.horizontalAdvance(b.label) for b in self.bars)
        label_width = min(int(width * 0.45), widest + 12)
        text_width = max(metrics.horizontalAdvance(b.text) for b in self.bars) + 12
        bar_left = label_width
        bar_space = max(width - label_width - text_width, 20)
        top_value = self.maximum or max((b.value for b in self.bars), default=0) or 1
        row_height = self._row_height()
        for number, bar in enumerate(self.bars):
            y = top + number * row_height
            label = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, label_width - 8)
            painter.setPen(self.palette().windowText().color())
            painter.drawText(
                QRectF(0, y, label_width - 8, row_height),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                label,
            )
            length = bar_space * max(bar.value, 0) / top_value
            painter.fillRect(QRectF(bar_left, y + 4, max(length, 1), row_height - 8), bar.colour)
            painter.drawText(
                QRectF(bar_left + length + 6, y, text_width + bar_space - length, row_height),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                bar.text,
            )
        if self.target is not None:
            x = bar_left + bar_space * self.target / top_value
            bottom = top + len(self.bars) * row_height
            painter.setPen(QPen(RED, 1.5, Qt.PenStyle.DashLine))
            painter.drawLine(int(x), top, int(x), bottom)
            painter.setPen(RED)
            painter.drawText(
                QRectF(0, bottom, width, row_height),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                self.target_text,
            )
        painter.end()


class FigureCard(QFrame):
    """One large number with what it counts and a line of detail."""

    def __init__(self, caption: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.caption = QLabel(caption)
        self.caption.setWordWrap(True)  # cards get narrow with large text
        self.value = follow_text_size(QLabel(), 1.8)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setStyleSheet("color: #555;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        layout.addWidget(self.detail)
        layout.addStretch(1)

    def show_figure(self, value: str, detail: str) -> None:
        self.value.setText(value)
        self.detail.setText(detail)
