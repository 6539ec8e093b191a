"""The frame every editor shares: form, red problems, Lưu/Đóng, the unsaved-changes question.

An editor writes nothing until Lưu; the models refuse bad input whole, and the
problems appear in red under the form with the fields left as typed. Leaving
with changes asks "Bạn có muốn lưu các thay đổi?".
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from gui.widgets.common import NOTICE_STYLE, ErrorLabel, ask_save_changes, widget_value
from models.errors import UserError, ValidationError
from models.register import Register


class EditorDialog(QDialog):
    """Base of the record editors.

    Subclasses build their fields with ``add_row`` (or into ``body_layout``),
    load the record, call ``finish_setup()``, and implement ``write()``, which
    saves through the models and raises ``ValidationError`` on bad input.
    """

    saved = Signal()
    close_on_save = True

    def __init__(self, db: Register, parent: QWidget | None = None, *, title: str = ""):
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(title)
        self.setModal(True)
        self.read_only = False
        self.changed = False
        self._fields: list[QWidget] = []
        self._baseline: Any = None

        outer = QVBoxLayout(self)
        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(NOTICE_STYLE)
        self.notice.hide()
        outer.addWidget(self.notice)

        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.body = QWidget(self.scroll)
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(0, 0, 0, 0)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.body_layout.addLayout(self.form)
        self.scroll.setWidget(self.body)
        outer.addWidget(self.scroll, 1)

        self.errors = ErrorLabel(self)
        outer.addWidget(self.errors)

        buttons = QHBoxLayout()
        self.status = QLabel(self)
        buttons.addWidget(self.status, 1)
        self.save_button = QPushButton(self.tr("Lưu"), self)
        self.save_button.setToolTip(self.tr("Lưu (Ctrl+S)"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.close_button = QPushButton(self.tr("Đóng"), self)
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        outer.addLayout(buttons)
        self.button_row = buttons  # editors may add their own buttons (In, Xem trước)

        shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        shortcut.activated.connect(self.save)
        from gui.widgets.help import add_help_key

        add_help_key(self, lambda: self.help_section)

    # F1 opens this section of the help (resources/help); each editor names its own.
    help_section = "lists"

    # --- building -------------------------------------------------------

    def add_row(self, label: str, widget: QWidget, *, track: bool = True) -> QWidget:
        self.form.addRow(label, widget)
        if track:
            self._fields.append(widget)
        return widget

    def track(self, widget: QWidget) -> None:
        self._fields.append(widget)

    def finish_setup(self) -> None:
        """Take the loaded values as the saved state (call at the end of ``__init__``)."""
        self._baseline = self.snapshot()
        for field in self._fields:
            if isinstance(field, QLineEdit):
                field.setCursorPosition(0)  # a long title shows its beginning, not its end
        first = next((f for f in self._fields if f.isEnabled()), None)
        if first is not None:
            first.setFocus()

    def set_read_only(self, reason: str) -> None:
        """Show the record without letting it change (it belongs to another office)."""
        self.read_only = True
        self.notice.setText(reason)
        self.notice.show()
        for widget in self._fields:
            if hasattr(widget, "setReadOnly"):
                widget.setReadOnly(True)
                # A read-only box that stays white looks editable: grey, like the dialog.
                palette = widget.palette()
                palette.setColor(QPalette.ColorRole.Base, palette.color(QPalette.ColorRole.Window))
                widget.setPalette(palette)
            else:
                widget.setEnabled(False)
        self.save_button.hide()

    # --- state ----------------------------------------------------------

    def snapshot(self) -> Any:
        """Everything the clerk can change; subclasses with tables extend it."""
        return tuple(widget_value(w) for w in self._fields)

    def is_dirty(self) -> bool:
        return (
            not self.read_only and self._baseline is not None
            and self.snapshot() != self._baseline
        )

    # --- actions --------------------------------------------------------

    def save(self) -> bool:
        if self.read_only:
            return False
        try:
            self.write()  # type: ignore[attr-defined]  # each editor defines it
        except ValidationError as exc:
            self.errors.show_problems(exc.problems)
            return False
        except UserError as exc:
            self.errors.show_problems([str(exc)])
            return False
        self.errors.clear_problems()
        self._baseline = self.snapshot()
        self.changed = True
        self.saved.emit()
        if self.close_on_save:
            self.done(QDialog.DialogCode.Accepted)
        else:
            self.status.setText(self.tr("Đã lưu."))
        return True

    def reject(self) -> None:
        if self.is_dirty():
            answer = ask_save_changes(self)
            if answer == QMessageBox.StandardButton.Cancel:
                return
            if answer == QMessageBox.StandardButton.Save:
                if not self.save():
                    return
                if self.close_on_save:
                    return  # save() already closed the dialog
        code = QDialog.DialogCode.Accepted if self.changed else QDialog.DialogCode.Rejected
        self.done(code)
