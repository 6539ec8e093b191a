"""The small dialogs of the attendance sheet: the reason for an absence, and a make-up session
for the chosen absentees.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from gui.widgets.common import DateField
from gui.widgets.numbers import format_int
from models.lookups import shown_name
from models.vntext import parse_date


class ReasonPicker(QDialog):
    """The quick list of absence reasons: first one chosen, Enter accepts, 1–9 pick."""

    def __init__(self, reasons: list[str], who: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Lý do vắng mặt"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Lý do vắng của {who}:").format(who=who)))
        self.list = QListWidget()
        for number, reason in enumerate(reasons, start=1):
            shown = shown_name(reason)  # a built-in reason in the window's language
            self.list.addItem(f"{number}. {shown}" if number <= 9 else shown)
        self._reasons = reasons
        self.list.setCurrentRow(0)
        self.list.doubleClicked.connect(self.accept)
        layout.addWidget(self.list)
        buttons = QDialogButtonBox()
        ok = buttons.addButton(self.tr("Chọn"), QDialogButtonBox.ButtonRole.AcceptRole)
        ok.setDefault(True)
        buttons.addButton(self.tr("Hủy"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.list.installEventFilter(self)
        self.list.setFocus()

    def reason(self) -> str:
        row = self.list.currentRow()
        return self._reasons[row] if 0 <= row < len(self._reasons) else ""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.list and isinstance(event, QKeyEvent) and (
            event.type() == QEvent.Type.KeyPress
        ):
            key = event.key()
            if Qt.Key.Key_1 <= key <= Qt.Key.Key_9:
                row = key - Qt.Key.Key_1
                if row < self.list.count():
                    self.list.setCurrentRow(row)
                    self.accept()
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.accept()
                return True
        return super().eventFilter(watched, event)


class MakeupDialog(QDialog):
    """Date and place of a make-up session for the chosen absentees."""

    def __init__(
        self,
        names: list[str],
        earliest: dt.date | None,
        record: Callable[[str, str, str], list[str]],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self._record = record
        self.setWindowTitle(self.tr("Học bù"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        shown = ", ".join(names[:8]) + ("…" if len(names) > 8 else "")
        who = QLabel(
            self.tr("Ghi học bù cho {count} đồng chí: {names}").format(
                count=format_int(len(names)), names=shown
            )
        )
        who.setWordWrap(True)
        layout.addWidget(who)
        form = QFormLayout()
        # Typed as on paper, like every other date: a date box jumps to the month
        # by itself after two digits, so the Tab a clerk adds skipped to the year
        # and the rest of the date landed in “Địa điểm”. The models check the text
        # (a day before the conference is refused with a message).
        self.date = DateField()
        first = max(dt.date.today(), earliest) if earliest else dt.date.today()
        self.date.setText(first.strftime("%d/%m/%Y"))
        self.place = QLineEdit()
        self.note = QLineEdit()
        form.addRow(self.tr("Ngày học bù:"), self.date)
        form.addRow(self.tr("Địa điểm:"), self.place)
        form.addRow(self.tr("Ghi chú:"), self.note)
        layout.addLayout(form)
        self.problems = QLabel()
        self.problems.setStyleSheet("color: #b00020;")
        self.problems.setWordWrap(True)
        self.problems.hide()
        layout.addWidget(self.problems)
        buttons = QDialogButtonBox()
        ok = buttons.addButton(self.tr("Ghi học bù"), QDialogButtonBox.ButtonRole.AcceptRole)
        ok.setDefault(True)
        buttons.addButton(self.tr("Hủy"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        # Typing replaces today's date at once.
        self.date.setFocus()
        self.date.selectAll()

    def held_on(self) -> str:
        """The day as ISO when it reads as a date; otherwise as typed, for the models to
        say what is wrong with it."""
        text = self.date.text().strip()
        try:
            day = parse_date(text)
        except ValueError:
            return text
        return day.isoformat() if day else ""

    def _accept(self) -> None:
        problems = self._record(self.held_on(), self.place.text(), self.note.text())
        if problems:
            self.problems.setText("\n".join(problems))
            self.problems.show()
            return
        self.accept()
