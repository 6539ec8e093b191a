"""Undoing the newest import, from the exchange log (``models.import_undo``).

A package, or a stick taken in all at once ("Nhận tất cả"), keeps an undo record
instead of a whole copy of the register: this bar says what the newest import was,
whether it can still be undone, and undoes it after asking. The undo itself takes a
whole backup first, which at a province takes minutes: it runs behind the progress
dialog.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from gui.sync.jobs import run_job
from gui.sync.shared import Notice
from gui.widgets.common import confirm
from models import import_undo
from models.errors import UserError
from models.import_undo import Receipt, UndoResult
from models.register import Register
from models.vntext import show_datetime, show_int


def undo_job(progress: Callable[..., bool], db: Register) -> UndoResult | str:
    """The undo on a worker connection; a refusal comes back as the clerk's text."""
    try:
        return import_undo.undo_newest_receipt(db, db.path)
    except UserError as error:
        return str(error)


class UndoBar(QWidget):
    """The newest import, and the button that undoes it."""

    changed = Signal()  # the register was put back

    def __init__(self, db: Register, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.notice = Notice(self)
        layout.addWidget(self.notice, 1)
        self.button = QPushButton(self.tr("Hoàn tác lần nhận này…"), self)
        self.button.clicked.connect(self.undo)
        layout.addWidget(self.button)
        self.receipt: Receipt | None = None
        self.done = ""  # what the last undo did, shown until the next import

    def refresh(self) -> None:
        self.receipt = import_undo.newest_receipt(self.db)
        if self.receipt is None:
            self.button.hide()
            if self.done:
                self.notice.show_message(self.done, "ok")
            self.setVisible(bool(self.done))
            return
        self.done = ""
        self.button.show()
        self.setVisible(True)
        what = self.tr("Lần nhận gói gần nhất: {count} gói, lúc {at}.").format(
            count=show_int(self.receipt.packages), at=show_datetime(self.receipt.started_at))
        if self.receipt.undoable:
            self.notice.show_message(what + " " + self.tr(
                "Nếu nhận nhầm, có thể hoàn tác cả lần nhận này: sổ trở lại như trước khi "
                "nhận."), "info")
        else:
            self.notice.show_message(what + " " + self.tr(
                "Sổ đã thay đổi sau lần nhận này nên không hoàn tác được nữa; nếu cần quay "
                "lại, hãy khôi phục từ bản sao lưu (Cài đặt → Sao lưu)."), "info")
        self.button.setEnabled(self.receipt.undoable)

    def undo(self) -> None:
        if self.receipt is None or not self.receipt.undoable:
            return
        title = self.tr("Hoàn tác lần nhận gói")
        asked = confirm(
            self, title,
            self.tr(
                "Hoàn tác lần nhận {count} gói lúc {at}?\n\nMọi bản ghi các gói đó mang đến "
                "sẽ bị bỏ, bản ghi các gói đó sửa trở lại như trước, số liệu tính lại. "
                "Trước đó chương trình sao lưu nguyên sổ như hiện nay. Sau này có thể nhận "
                "lại các gói ấy."
            ).format(count=show_int(self.receipt.packages),
                     at=show_datetime(self.receipt.started_at)),
            self.tr("Hoàn tác"), self.tr("Không hoàn tác"),
        )
        if not asked:
            return
        outcome = run_job(self, title, self.db, undo_job, cancellable=False)
        result = outcome.result
        if isinstance(result, UndoResult):
            self.done = self.tr(
                "Đã hoàn tác lần nhận {count} gói: bỏ {removed} bản ghi mới, trả lại "
                "{restored} bản ghi như trước. Bản sao lưu trước khi hoàn tác: {backup}."
            ).format(count=show_int(result.packages), removed=show_int(result.rows_removed),
                     restored=show_int(result.rows_restored), backup=result.backup_path.name)
            self.refresh()
            self.changed.emit()
        elif isinstance(result, str):
            self.notice.show_message(result, "warning")
            self.button.setEnabled(False)
