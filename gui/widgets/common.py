"""Small widgets and message boxes shared by every page and editor.

Message boxes go through these helpers so that every question has the clerk's
own words on its buttons ("Lưu", "Không lưu", "Hủy"), and so that a test can
answer them by patching ``QMessageBox.exec``.
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSizePolicy,
    QWidget,
)

from models.vntext import format_int, parse_date, parse_int
from models.vntext import show_date as format_date

ERROR_STYLE = "color: #b00020;"
NOTICE_STYLE = "color: #7a4b00; background: #fff6dd; padding: 6px; border-radius: 4px;"


class ErrorLabel(QLabel):
    """The red lines under a form saying why nothing was saved."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet(ERROR_STYLE)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def show_problems(self, problems: Iterable[str]) -> None:
        lines = [p for p in problems if p]
        if not lines:
            self.clear_problems()
            return
        head = QCoreApplication.translate("Messages", "Chưa lưu được, vì:")
        self.setText(head + "\n" + "\n".join(f"• {p}" for p in lines))
        self.show()

    def clear_problems(self) -> None:
        self.clear()
        self.hide()

    def problems(self) -> list[str]:
        return [line[2:] for line in self.text().splitlines() if line.startswith("• ")]


class DateField(QLineEdit):
    """A date typed as on paper (05/03/2023 or 5/3/2023); empty means no date.

    The models check the text and say what is wrong with it; this only tidies
    a date it understands into the usual style when the clerk leaves the field.
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setPlaceholderText(QCoreApplication.translate("Messages", "ngày/tháng/năm"))
        self.setMaxLength(10)
        self.editingFinished.connect(self._tidy)
        self._fit()

    def _fit(self) -> None:
        self.setMaximumWidth(self.fontMetrics().averageCharWidth() * 18)

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() == event.Type.FontChange:
            self._fit()

    def _tidy(self) -> None:
        try:
            day = parse_date(self.text())
        except ValueError:
            return
        if day is not None:
            self.setText(day.strftime("%d/%m/%Y"))

    def set_date(self, value: str | None) -> None:
        self.setText(format_date(value) if value else "")

    def date_text(self) -> str | None:
        text = self.text().strip()
        return text or None


class IntField(QLineEdit):
    """A whole number typed freely (1.200 or 1200); the editor reports bad text."""

    def __init__(
        self, parent: QWidget | None = None, *, placeholder: str = "", grouped: bool = True
    ):
        super().__init__(parent)
        self.grouped = grouped  # 1.200 for counts; years and numbers in a list stay 1985, 12
        self.setPlaceholderText(placeholder)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setMaxLength(15)
        self._fit()

    def _fit(self) -> None:
        self.setMaximumWidth(self.fontMetrics().averageCharWidth() * 18)

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() == event.Type.FontChange:
            self._fit()

    def set_value(self, value: int | None) -> None:
        if value is None:
            self.setText("")
        else:
            self.setText(format_int(value) if self.grouped else str(value))

    def value(self, label: str, problems: list[str], *, default: int | None = None) -> int | None:
        """The number, or ``default`` when empty; bad text adds a problem and gives ``None``."""
        try:
            number = parse_int(self.text())
        except ValueError:
            message = QCoreApplication.translate(
                "Messages", "“{label}” phải là một số nguyên (ví dụ 1.200)."
            )
            problems.append(message.format(label=label))
            return None
        return default if number is None else number


def fit_to_screen(widget: QWidget, chars: int, lines: int) -> None:
    """Size a dialog by characters and lines of its font, never beyond the screen.

    At 1366×768 with large text a dialog would otherwise reach under the task
    bar; its content scrolls instead.
    """
    metrics = widget.fontMetrics()
    width, height = metrics.averageCharWidth() * chars, metrics.height() * lines
    screen = widget.screen().availableGeometry() if widget.screen() else None
    if screen is not None:
        width = min(width, int(screen.width() * 0.95))
        height = min(height, screen.height() - 80)
    widget.resize(width, height)


def fill_combo(combo: QComboBox, items: Iterable[tuple[Any, str]], current: Any = None) -> None:
    """Replace a combo's items by (data, text) pairs and select ``current`` if present."""
    combo.blockSignals(True)
    combo.clear()
    for data, text in items:
        combo.addItem(text, data)
    index = combo.findData(current) if current is not None else -1
    combo.setCurrentIndex(index if index >= 0 else (0 if combo.count() else -1))
    combo.blockSignals(False)


def select_data(combo: QComboBox, value: Any) -> None:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)


def widget_value(widget: QWidget) -> Any:
    """What a field holds, for telling whether an editor has unsaved changes."""
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QComboBox):
        if widget.isEditable():
            return widget.currentText()
        return (widget.currentData(), widget.currentText())
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    if isinstance(widget, QAbstractSpinBox):
        return widget.text()
    return None


class TextBox(QPlainTextEdit):
    """A multi-line field where Tab moves on, as in every other field of a form."""

    def __init__(self, parent: QWidget | None = None, *, lines: int = 3):
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self._lines = lines
        self._fit()

    def _fit(self) -> None:
        # As tall as its lines, no taller: the rest of the form stays in view.
        self.setFixedHeight(self.fontMetrics().lineSpacing() * self._lines + 14)

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() == event.Type.FontChange:
            self._fit()


# --- questions and messages ------------------------------------------------


def _box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
    box = QMessageBox(parent)
    box.setIcon(icon)
    box.setWindowTitle(title)
    box.setText(text)
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box


def ask_save_changes(parent: QWidget | None) -> QMessageBox.StandardButton:
    """Save, Discard or Cancel, asked in the clerk's words."""
    box = _box(
        parent,
        QMessageBox.Icon.Question,
        QCoreApplication.translate("Messages", "Chưa lưu"),
        QCoreApplication.translate("Messages", "Bạn có muốn lưu các thay đổi?"),
    )
    buttons = QMessageBox.StandardButton
    box.setStandardButtons(buttons.Save | buttons.Discard | buttons.Cancel)
    box.button(buttons.Save).setText(QCoreApplication.translate("Messages", "Lưu"))
    box.button(buttons.Discard).setText(QCoreApplication.translate("Messages", "Không lưu"))
    box.button(buttons.Cancel).setText(QCoreApplication.translate("Messages", "Hủy"))
    box.setDefaultButton(buttons.Save)
    box.setEscapeButton(buttons.Cancel)
    return buttons(box.exec())


def confirm(parent: QWidget | None, title: str, text: str, yes: str, no: str) -> bool:
    """A yes/no question whose safe answer (no) is the default."""
    box = _box(parent, QMessageBox.Icon.Question, title, text)
    buttons = QMessageBox.StandardButton
    box.setStandardButtons(buttons.Yes | buttons.No)
    box.button(buttons.Yes).setText(yes)
    box.button(buttons.No).setText(no)
    box.setDefaultButton(buttons.No)
    box.setEscapeButton(buttons.No)
    return box.exec() == buttons.Yes


def confirm_delete(parent: QWidget | None, what: str) -> bool:
    return confirm(
        parent,
        QCoreApplication.translate("Messages", "Xóa"),
        QCoreApplication.translate(
            "Messages",
            "Xóa {what}?\n\nMục đã xóa vẫn xem được trong “Mục đã xóa” và khôi phục được.",
        ).format(what=what),
        QCoreApplication.translate("Messages", "Xóa"),
        QCoreApplication.translate("Messages", "Không xóa"),
    )


def show_message(parent: QWidget | None, title: str, text: str, *, warning: bool = False) -> None:
    icon = QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information
    box = _box(parent, icon, title, text)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    close = QCoreApplication.translate("Messages", "Đóng")
    box.button(QMessageBox.StandardButton.Ok).setText(close)
    box.exec()


class ShrinkingCombo(QComboBox):
    """As wide as its longest item when there is room; down to a few letters when there is not.

    The filters of a list sit in one row; at large text sizes they give up
    width (eliding their text) rather than push the window past the screen.
    """

    def __init__(self, parent: QWidget | None = None, *, least_chars: int = 7):
        super().__init__(parent)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self._least = least_chars

    def sizeHint(self):  # noqa: N802 (Qt's name)
        # No wider than its first item ("Mọi chi bộ") or 14 characters: a chosen
        # chi bộ of forty characters is elided rather than pushing the search aside.
        hint = super().sizeHint()
        metrics = self.fontMetrics()
        first = metrics.horizontalAdvance(self.itemText(0)) if self.count() else 0
        most = max(first, metrics.averageCharWidth() * 14) + hint.height()
        hint.setWidth(min(hint.width(), most))
        return hint

    def minimumSizeHint(self):  # noqa: N802 (Qt's name)
        hint = super().minimumSizeHint()
        least = self.fontMetrics().averageCharWidth() * self._least + hint.height()
        hint.setWidth(min(hint.width(), least))
        return hint


def narrow_combo(combo: QComboBox, chars: int = 18) -> QComboBox:
    """A combo as wide as its layout allows, not as wide as its longest item.

    Chi bộ names run to forty characters; with large text a combo sized to
    them would push the form wider than the screen. It grows with the form
    like the line edits beside it, so a long name shows whole where there is room.
    """
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(chars)
    combo.setSizePolicy(QSizePolicy.Policy.Expanding, combo.sizePolicy().verticalPolicy())
    return combo


def document_picker(
    parent: QWidget, choices: list[tuple[str, str]], *, none_text: str
) -> QComboBox:
    """A combo of documents ("57-NQ/TW — title"), newest first; typing the number jumps to it."""
    combo = QComboBox(parent)
    combo.setMaxVisibleItems(20)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(24)
    combo.setSizePolicy(QSizePolicy.Policy.Expanding, combo.sizePolicy().verticalPolicy())
    fill_combo(combo, [(None, none_text), *choices])
    return combo


class _TextSize(QObject):
    """Keeps a heading ``factor`` times the program's text size as Cài đặt changes it.

    A font set on a label stays at the size it was given: the page titles kept
    the old size when the clerk chose larger text.
    """

    def __init__(self, label: QWidget, factor: float, bold: bool):
        super().__init__(label)
        self._label = label
        self._factor = factor
        self._bold = bold
        app = QApplication.instance()
        if app is not None:
            app.fontChanged.connect(self.apply)  # type: ignore[attr-defined]
        self.apply()

    def apply(self, *_args: Any) -> None:
        font = QFont(QApplication.font())
        font.setPointSizeF(font.pointSizeF() * self._factor)
        font.setBold(self._bold)
        self._label.setFont(font)


def follow_text_size(label: QWidget, factor: float, *, bold: bool = True) -> QWidget:
    """Make ``label`` a heading ``factor`` times the text size, now and after every change."""
    _TextSize(label, factor, bold)
    return label
