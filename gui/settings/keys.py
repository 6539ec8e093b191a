"""The register's key in the window: the recovery code shown once, asked for at a restore,
and the office passphrase asked for at start."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gui.widgets.common import show_message
from models import keystore
from models.errors import UserError
from models.recovery_code import RecoveryCodeError, key_from_code, recovery_code


class RecoveryCodeDialog(QDialog):
    """The recovery code, once, with a button that writes the A4 sheet to print."""

    def __init__(self, code: str, unit_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.code = code
        self.unit_name = unit_name
        self.sheet: Path | None = None
        self.setWindowTitle(self.tr("Mã khôi phục của sổ"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Sổ trên máy này được mã hoá; máy tự giữ khóa nên hằng ngày không phải nhập gì. "
            "Dưới đây là mã khôi phục. Khi máy hỏng hoặc chuyển sang máy mới, chỉ có mã này "
            "mới mở được bản sao lưu. Mã chỉ hiện một lần này: hãy in tờ mã (hoặc chép ra "
            "giấy) và cất vào tủ hồ sơ mật."
        ), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        # Two lines of seven groups, spaced: copied by hand from the screen if need be.
        groups = code.split("-")
        shown = "\n".join("   ".join(groups[i : i + 7]) for i in range(0, len(groups), 7))
        self.code_label = QLabel(shown, self)
        font = QFont(self.code_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        font.setStyleHint(QFont.StyleHint.Monospace)
        self.code_label.setFont(font)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.code_label)
        buttons = QHBoxLayout()
        self.print_button = QPushButton(self.tr("In tờ mã khôi phục (PDF)…"), self)
        self.print_button.clicked.connect(self.save_sheet)
        self.done_button = QPushButton(self.tr("Tôi đã in hoặc chép mã"), self)
        self.done_button.setDefault(True)
        self.done_button.clicked.connect(self.accept)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        buttons.addWidget(self.done_button)
        layout.addLayout(buttons)
        self.setMinimumWidth(640)

    def save_sheet(self, target: Path | None = None) -> Path | None:
        if not target:
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Ghi tờ mã khôi phục"), "ma-khoi-phuc.pdf", "PDF (*.pdf)"
            )
            if not chosen:
                return None
            target = Path(chosen)
        from reports.frame import ReportError
        from reports.recovery_sheet import render_recovery_sheet

        try:
            render_recovery_sheet(self.code, self.unit_name, dt.date.today(), target)
        except ReportError as exc:
            show_message(self, self.tr("Không ghi được tờ mã"), str(exc), warning=True)
            return None
        self.sheet = Path(target)
        show_message(self, self.tr("Đã ghi tờ mã khôi phục"), self.tr(
            "Tờ mã đã ghi ra {path}. In xong hãy xoá tệp này: ai có tệp này và bản sao lưu "
            "thì đọc được sổ."
        ).format(path=target))
        return self.sheet


def show_recovery_code_once(parent: QWidget | None, unit_name: str) -> bool:
    """Show this PC's recovery code if nobody has seen it yet; True if it was shown."""
    if keystore.plain_mode() or not keystore.recovery_code_pending():
        return False
    key = keystore.load_key()
    if key is None:
        return False
    RecoveryCodeDialog(recovery_code(key), unit_name, parent).exec()
    keystore.mark_recovery_code_shown()
    return True


def ask_recovery_code(parent: QWidget | None, file_name: str) -> bytes | None:
    """The key typed as a recovery code for the backup ``file_name``; None if cancelled."""
    title = QCoreApplication.translate("Keys", "Nhập mã khôi phục")
    prompt = QCoreApplication.translate(
        "Keys",
        "Bản sao lưu “{name}” được mã hoá bằng khóa của máy khác. Hãy nhập mã khôi phục "
        "của sổ đó (14 nhóm 4 ký tự, in trên tờ mã khôi phục):",
    ).format(name=file_name)
    while True:
        text, ok = QInputDialog.getText(parent, title, prompt)
        if not ok or not text.strip():
            return None
        try:
            return key_from_code(text)
        except RecoveryCodeError as exc:
            wrong = QCoreApplication.translate("Keys", "Mã khôi phục không đúng")
            show_message(parent, wrong, str(exc), warning=True)


def unlock_with_passphrase(parent: QWidget | None) -> bool:
    """Ask for the office passphrase when the key is sealed by one; False if cancelled."""
    if keystore.plain_mode() or not keystore.has_passphrase():
        return True
    title = QCoreApplication.translate("Keys", "Mật khẩu văn phòng")
    prompt = QCoreApplication.translate(
        "Keys", "Sổ được bảo vệ bằng mật khẩu văn phòng. Hãy nhập mật khẩu:"
    )
    while True:
        text, ok = QInputDialog.getText(parent, title, prompt, QLineEdit.EchoMode.Password)
        if not ok:
            return False
        try:
            keystore.unlock(text)
            return True
        except UserError as exc:
            wrong = QCoreApplication.translate("Keys", "Mật khẩu không đúng")
            show_message(parent, wrong, str(exc), warning=True)
