"""Putting a backup back: when the register is damaged at opening, and from the window.

At opening (``open_register``) the file is checked before anything touches it.
A damaged file is never opened: the clerk is told what happened, that nothing
is lost yet, and is offered the newest backup that passes the check (or another
one, or to leave). ``models.restore.restore`` keeps the damaged file aside
before replacing it.

From the window (``restore_into_window``) the clerk picks a backup; it is
checked while the register stays open, so a damaged one changes nothing. Only
then is the window's connection closed, the file restored and the window
given the restored register. The process keeps its lock on the register all
along, so no second window can slip in between.
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from gui.settings.backups import (
    BackupChooser,
    backup_info,
    describe_backup,
    heading_label,
    show_refusal,
    wait_for,
    when_text,
)
from gui.widgets.common import confirm, fit_to_screen, show_message
from models import backup_check, backup_names, keystore, restore
from models.errors import UserError
from models.i18n import _

if TYPE_CHECKING:
    from models.register import Register

DETAIL_STYLE = "color: #555555;"


def _title() -> str:
    return QCoreApplication.translate("Recovery", "Khôi phục sổ dữ liệu")


class RecoveryDialog(QDialog):
    """The register is damaged: say so plainly and offer a backup.

    ``chosen`` is the backup to restore once the dialog is accepted; rejected
    means Thoát (the damaged file is left exactly as it is).
    """

    def __init__(
        self,
        db_path: Path,
        problems: list[str],
        newest: Path | None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.newest = newest
        self.chosen: Path | None = None
        self.setWindowTitle(self.tr("Sổ dữ liệu bị hỏng"))
        outer = QHBoxLayout(self)
        icon = QLabel(self)
        size = self.fontMetrics().height() * 3
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size)
        )
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        outer.addWidget(icon)
        layout = QVBoxLayout()
        outer.addLayout(layout, 1)

        layout.addWidget(heading_label(self.tr("Sổ dữ liệu bị hỏng nên chưa mở được."), self))
        what = QLabel(
            self.tr(
                "Khi mở sổ, chương trình kiểm tra tệp sổ dữ liệu và thấy tệp bị hỏng. Việc "
                "này thường do mất điện hoặc tắt máy đột ngột khi đang ghi, hoặc do ổ đĩa "
                "bị lỗi."
            ),
            self,
        )
        safe = QLabel(
            self.tr(
                "Chưa có gì bị mất: chương trình không ghi gì vào tệp hỏng. Khi khôi phục, "
                "tệp hỏng vẫn được giữ lại nguyên vẹn trong thư mục sao lưu."
            ),
            self,
        )
        info = backup_info(newest) if newest is not None else None
        if newest is not None:
            offer = self.tr(
                "Bản sao lưu còn tốt gần nhất là bản {what}. Khôi phục bản này thì sổ trở "
                "lại đúng như lúc đó; những gì nhập sau thời điểm đó cần nhập lại."
            ).format(what=describe_backup(newest))
        else:
            offer = self.tr(
                "Trên máy này không có bản sao lưu nào còn tốt. Nếu có bản sao lưu trên USB, "
                "hãy bấm “Chọn bản sao lưu khác…”. Nếu không, hãy bấm “Thoát”, đừng xoá "
                "tệp sổ dữ liệu, và gọi người hỗ trợ: tệp hỏng vẫn có thể cứu được một phần."
            )
        self.offer = QLabel(offer, self)
        for label in (what, safe, self.offer):
            label.setWordWrap(True)
            layout.addWidget(label)
        detail = QLabel(
            self.tr("Tệp: {path}\nChi tiết kỹ thuật: {problem}").format(
                path=self.db_path, problem=problems[0] if problems else ""
            ),
            self,
        )
        detail.setWordWrap(True)
        detail.setStyleSheet(DETAIL_STYLE)
        detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(detail)
        layout.addStretch(1)

        buttons = QHBoxLayout()
        self.restore_button: QPushButton | None = None
        if newest is not None:
            when = when_text(info) if info is not None else newest.name
            self.restore_button = QPushButton(
                self.tr("Khôi phục bản sao lưu ngày {when}").format(when=when), self
            )
            self.restore_button.setDefault(True)
            self.restore_button.clicked.connect(self._restore_newest)
            buttons.addWidget(self.restore_button)
        self.other_button = QPushButton(self.tr("Chọn bản sao lưu khác…"), self)
        self.other_button.clicked.connect(self.choose_other)
        buttons.addWidget(self.other_button)
        buttons.addStretch(1)
        self.quit_button = QPushButton(self.tr("Thoát"), self)
        self.quit_button.clicked.connect(self.reject)
        buttons.addWidget(self.quit_button)
        layout.addLayout(buttons)
        fit_to_screen(self, 84, 15)

    def _restore_newest(self) -> None:
        self.chosen = self.newest
        self.accept()

    def choose_other(self) -> None:
        chooser = BackupChooser(self.db_path, self)
        if chooser.exec() == QDialog.DialogCode.Accepted and chooser.chosen is not None:
            self.chosen = chooser.chosen
            self.accept()


# ---------------------------------------------------------------- at opening


def _needs_check(db_path: Path) -> bool:
    """A new register (no file yet, or the empty file of a first start cut short) has nothing
    to check; an empty file beside backups is a register that lost its content."""
    if not db_path.exists():
        return False
    return db_path.stat().st_size > 0 or bool(backup_names.list_backups(db_path))


def _examine(db_path: Path) -> tuple[list[str], Path | None]:
    problems = backup_check.check_integrity(db_path)
    return problems, (restore.newest_good_backup(db_path) if problems else None)


def _restore(db_path: Path, backup_file: Path, backup_key: bytes | None = None) -> Path | None:
    return restore.restore(db_path, backup_file, backup_key=backup_key)


def check_with_code(parent: QWidget | None, chosen: Path) -> tuple[list[str], bytes | None]:
    """What stops ``chosen`` from being restored, and the key it opens with.

    A backup of another PC (encrypted with another key) asks for its recovery
    code; a cancelled question is a refusal with no message (empty text).
    """
    def check(key: bytes | None = None) -> list[str]:
        return wait_for(
            parent, _title(), QCoreApplication.translate("Recovery", "Đang kiểm tra bản sao lưu…"),
            backup_check.check_backup, chosen, *([key] if key is not None else []),
        )

    refused = check()
    if refused != [_(backup_check.NOT_OPENED_WITH_KEY)]:
        return refused, None
    from gui.settings.keys import ask_recovery_code

    key = ask_recovery_code(parent, chosen.name)
    if key is None:
        return [""], None
    if not keystore.plain_mode() and keystore.load_key() is None:
        # A PC with no key yet (its folder copied from the old one): the code's key becomes
        # its own, so that the paper in the safe stays the one that opens its backups.
        keystore.keep_key(key)
    refused = check(key)
    if refused == [_(backup_check.NOT_OPENED_WITH_KEY)]:
        refused = [QCoreApplication.translate(
            "Recovery",
            "Mã khôi phục vừa nhập không mở được bản sao lưu này: đây là mã của sổ khác, "
            "hoặc tệp đã bị hỏng. Sổ hiện tại được giữ nguyên.",
        )]
    return refused, key


def open_register(parent: QWidget | None, db_path: Path) -> Register | None:
    """The register at ``db_path``, checked first and restored if the clerk agrees.

    ``None`` when it cannot be opened (the clerk chose Thoát, or the file
    belongs to a newer program): the reason has been shown, the file is as it was.
    """
    from models.db import open_database

    db_path = Path(db_path)
    while _needs_check(db_path):
        problems, newest = wait_for(
            parent,
            QCoreApplication.translate("Recovery", "Mở sổ dữ liệu"),
            QCoreApplication.translate("Recovery", "Đang kiểm tra sổ dữ liệu…"),
            _examine,
            db_path,
        )
        if not problems:
            break
        dialog = RecoveryDialog(db_path, problems, newest, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen is None:
            return None
        chosen = dialog.chosen
        refused, backup_key = check_with_code(parent, chosen)
        if refused:
            if refused != [""]:
                show_refusal(parent, refused)
            continue
        try:
            kept = wait_for(
                parent, _title(),
                QCoreApplication.translate("Recovery", "Đang khôi phục sổ dữ liệu…"),
                _restore, db_path, chosen, *([backup_key] if backup_key else []),
            )
        except UserError as exc:
            show_message(parent, _title(), str(exc), warning=True)
            continue
        text = QCoreApplication.translate(
            "Recovery",
            "Sổ đã được khôi phục từ bản sao lưu {what}.\n\n"
            "Hãy xem lại và nhập lại những gì đã làm sau thời điểm đó.",
        ).format(what=describe_backup(chosen))
        if kept is not None:
            text += "\n\n" + QCoreApplication.translate(
                "Recovery", "Tệp hỏng được giữ lại tại: {path}"
            ).format(path=kept)
        show_message(parent, QCoreApplication.translate("Recovery", "Đã khôi phục"), text)
    try:
        return open_database(db_path)
    except UserError as exc:
        show_message(
            parent,
            QCoreApplication.translate("Recovery", "Không mở được sổ dữ liệu"),
            str(exc),
            warning=True,
        )
        return None


# -------------------------------------------------------------- from the window


class RestoringWindow(Protocol):
    """What a restore needs of the window (a QWidget: the questions open over it). Named
    here rather than imported, so that recovery does not depend on the main window."""

    db_path: Path

    def can_leave_page(self) -> bool: ...

    def detach(self) -> Register | None: ...

    def attach(self, db: Register) -> None: ...

    def close_without_backup(self) -> None: ...


def restore_into_window(window: RestoringWindow, backup_file: Path) -> bool:
    """Ask, check, close the register, restore, and give the window the restored one.

    True when the register now holds the backup. A refused or failed restore
    leaves the register as it was and the window on it.
    """
    from models.db import open_database

    backup_file = Path(backup_file)
    asked = confirm(
        window,
        _title(),
        QCoreApplication.translate(
            "Recovery",
            "Khôi phục sổ từ bản sao lưu {what}?\n\n"
            "Sổ sẽ trở lại đúng như lúc sao lưu; những gì nhập sau thời điểm đó sẽ không "
            "còn trong sổ. Sổ hiện tại được giữ lại thành một bản sao lưu “Trước khi khôi "
            "phục”, nên vẫn lấy lại được nếu cần.",
        ).format(what=describe_backup(backup_file)),
        QCoreApplication.translate("Recovery", "Khôi phục"),
        QCoreApplication.translate("Recovery", "Không khôi phục"),
    )
    if not asked:
        return False
    refused, backup_key = check_with_code(window, backup_file)
    if refused:
        if refused != [""]:
            show_refusal(window, refused)
        return False
    if not window.can_leave_page():
        return False

    old = window.detach()
    if old is not None:
        old.conn.close()
    failure = ""
    try:
        wait_for(
            window, _title(), QCoreApplication.translate("Recovery", "Đang khôi phục sổ dữ liệu…"),
            _restore, window.db_path, backup_file, *([backup_key] if backup_key else []),
        )
    except UserError as exc:
        failure = str(exc)
    try:
        db = open_database(window.db_path)
    except UserError as exc:
        # The file is there but will not open; the copy kept before the restore is
        # in the backups folder. Starting again goes through the check at opening.
        show_message(
            window,
            _title(),
            QCoreApplication.translate(
                "Recovery",
                "{problem}\n\nChương trình sẽ đóng lại. Hãy mở lại chương trình: sổ sẽ được "
                "kiểm tra và có thể khôi phục từ một bản sao lưu khác.",
            ).format(problem=failure or str(exc)),
            warning=True,
        )
        window.close_without_backup()
        return False
    window.attach(db)
    if failure:
        show_message(window, _title(), failure, warning=True)
        return False
    return True
