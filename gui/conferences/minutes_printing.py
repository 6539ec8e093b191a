"""The conference editor's print buttons: the minutes previewed or printed as saved (printing
marks them final), and the sign-in sheet.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QHBoxLayout, QMessageBox, QPushButton

from gui.conferences.editor_parts import ask
from models.conferences import get_conference_detail


class MinutesPrinting:
    """The conference editor's print buttons: part of the conference editor.

    Methods of ``ConferenceEditor`` (``self`` is the editor: the tabs share its fields
    and its save). Their strings are in this class's translation context, which
    PySide finds by going up from the editor's class.
    """

    def _add_print_buttons(self, row: QHBoxLayout) -> None:
        self.btn_preview = QPushButton(self.tr("Xem trước biên bản"))
        self.btn_preview.clicked.connect(lambda: self.preview_minutes())
        self.btn_print = QPushButton(self.tr("In biên bản"))
        self.btn_print.setToolTip(self.tr("In biên bản (Ctrl+P)"))
        self.btn_print.clicked.connect(lambda: self.print_minutes())
        self.btn_signin = QPushButton(self.tr("Danh sách ký…"))
        self.btn_signin.setToolTip(self.tr("In danh sách đảng viên ký dự hội nghị"))
        self.btn_signin.clicked.connect(lambda: self.open_signin())
        for button in (self.btn_preview, self.btn_print, self.btn_signin):
            row.addWidget(button)
        self.status.setWordWrap(True)  # "Đã in biên bản lúc …" is a long line beside them
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_minutes)

    def _saved_for_print(self) -> str | None:
        """The conference as saved (the paper must match the register); None: not now."""
        if self.detail is None or not self.detail.conference.uuid or self.has_changes():
            answer = ask(
                self,
                self.tr("Lưu trước khi in"),
                self.tr("Bản in lấy từ sổ dữ liệu, nên hội nghị cần được lưu trước. Lưu ngay?"),
                [
                    (QMessageBox.StandardButton.Save, self.tr("Lưu")),
                    (QMessageBox.StandardButton.Cancel, self.tr("Hủy")),
                ],
                QMessageBox.StandardButton.Save,
            )
            if answer != QMessageBox.StandardButton.Save or not self.save():
                return None
        assert self.detail is not None
        return self.detail.conference.uuid

    def _after_print(self) -> None:
        """Printed for signing: the editor now holds a final conference."""
        uuid = self.detail.conference.uuid if self.detail else None
        if uuid:
            self._load(get_conference_detail(self.db, uuid))
            # A later Lưu turns the minutes back into a draft, as when opening a final one.
            self._was_final = True
        self.was_saved = True
        self.status.setText(
            self.tr("Đã in biên bản lúc {time}. Nếu sửa và lưu, biên bản trở lại bản nháp "
                    "và cần in lại để ký.").format(time=dt.datetime.now().strftime("%H:%M"))
        )

    def preview_minutes(self) -> QDialog | None:
        from gui.printing.jobs import minutes_job
        from gui.printing.preview import preview_job

        uuid = self._saved_for_print()
        if uuid is None:
            return None
        dialog = preview_job(self, self.db, minutes_job(uuid))
        if dialog is not None:
            dialog.printed.connect(self._after_print)
        return dialog

    def print_minutes(self) -> bool:
        from gui.printing.jobs import minutes_job, print_job

        uuid = self._saved_for_print()
        if uuid is None or not print_job(self, self.db, minutes_job(uuid)):
            return False
        self._after_print()
        return True

    def open_signin(self) -> QDialog | None:
        from gui.printing.dialogs import SigninDialog

        uuid = self._saved_for_print()
        if uuid is None:
            return None
        dialog = SigninDialog(self.db, uuid, self.title.text(), self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog
