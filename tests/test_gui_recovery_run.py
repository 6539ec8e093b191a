"""``run_gui`` as the clerk starts it: unexpected errors, a second window, a damaged register,
and a restore while the program runs."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

import gui.window.main_window
from gui.window.app import run_gui
from gui.window.main_window import MainWindow
from gui.window.recovery import RecoveryDialog
from models import applog
from models.backup import take_backup
from models.backup_names import REASON_AUTO, list_backups
from models.db import open_database
from models.paths import logs_dir
from models.settings import get_settings
from tests.gui_fixtures import OFFSCREEN_NOISE
from tests.safety_helpers import (
    LATE_SYMBOL,
    add_late_document,
    after_attach,
    build_register,
    damage,
    symbols,
)
from tests.test_instance_lock import start_holder

pytestmark = OFFSCREEN_NOISE
TAKEN = dt.datetime(2025, 3, 5, 14, 30)


class Boxes:
    """Every message box ``run_gui`` shows: its title and text; answered without a person.

    Never raises: inside ``run_gui`` an exception from a box would itself be
    reported in a box.
    """

    def __init__(self) -> None:
        self.shown: list[tuple[str, str]] = []
        self.answers: list[QMessageBox.StandardButton] = []

    def __call__(self, box: QMessageBox) -> int:
        self.shown.append((box.windowTitle(), box.text()))
        answer = self.answers.pop(0) if self.answers else QMessageBox.StandardButton.Ok
        return int(answer.value)

    def texts(self) -> list[str]:
        return [text for _title, text in self.shown]


@pytest.fixture
def boxes(monkeypatch, qapp, tmp_path) -> Boxes:
    """Message boxes recorded, window state kept in the test's folder, the app as it was."""
    recorded = Boxes()
    monkeypatch.setattr(QMessageBox, "exec", lambda box: recorded(box))
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    monkeypatch.setattr(gui.window.main_window, "ui_settings", lambda: settings)
    font = qapp.font()
    yield recorded
    qapp.setFont(font)
    applog.close_logging()


@pytest.fixture
def register(db_path: Path) -> Path:
    build_register(db_path).conn.close()
    return db_path


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_slot_shows_what_happened_and_saved_work_stays(
    monkeypatch, boxes, register
):
    def broken_help(self) -> None:
        raise RuntimeError("lỗi thử nghiệm trong một nút bấm")

    monkeypatch.setattr(MainWindow, "show_help", broken_help)
    seen: dict[str, object] = {}

    def step(window: MainWindow) -> None:
        window.show_page("settings")
        page = window.current_page()
        page.unit_name.setText("Đảng ủy xã Cẩm Giàng mới")
        assert page.save()
        window.help_button.click()  # the slot raises
        seen["visible"] = window.isVisible()
        page.term.setText("2030-2035")  # and the work goes on after the error
        assert page.save()

    errors = after_attach(monkeypatch, step)

    assert run_gui(register) == 0
    if errors:
        raise errors[0]
    assert seen["visible"] is True
    log_file = logs_dir(register) / applog.LOG_FILE_NAME
    assert [title for title, _text in boxes.shown] == ["Lỗi ngoài dự kiến"]
    text = boxes.texts()[0]
    assert text.startswith(
        "Chương trình gặp một lỗi ngoài dự kiến (RuntimeError: lỗi thử nghiệm trong một nút bấm)."
    )
    assert "Những gì đã lưu vẫn còn nguyên" in text
    assert f"Chi tiết được ghi trong tệp: {log_file}" in text
    logged = log_file.read_text(encoding="utf-8")
    assert "Traceback" in logged and "broken_help" in logged
    db = open_database(register)
    try:
        saved = get_settings(db)
        assert (saved.unit_name, saved.term) == ("Đảng ủy xã Cẩm Giàng mới", "2030-2035")
    finally:
        db.conn.close()


def test_a_second_window_on_the_same_register_is_refused(boxes, register):
    holder = start_holder(register)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "LOCKED"
        before = register.read_bytes()

        assert run_gui(register) == 1

        assert len(boxes.shown) == 1
        title, text = boxes.shown[0]
        assert title == "Không mở được sổ dữ liệu"
        # Who holds it and since when, then what to do.
        assert text.startswith("Sổ “so-nghi-quyet.db” đang được mở ở một cửa sổ khác "
                               "(người dùng “")
        assert ", từ " in text and text.endswith("Hãy dùng cửa sổ đó (tìm trên thanh tác vụ), "
                                                 "hoặc đóng nó rồi mở lại.")
        assert register.read_bytes() == before
    finally:
        holder.kill()
        holder.wait()


def test_a_damaged_register_at_start_is_restored_and_opened(monkeypatch, boxes, register):
    db = open_database(register)
    take_backup(register, REASON_AUTO, now=TAKEN)
    in_backup = symbols(db)
    add_late_document(db)
    db.conn.close()
    damage(register)
    asked: list[str] = []

    def choose_restore(dialog: RecoveryDialog) -> int:
        asked.append(dialog.restore_button.text())
        dialog.restore_button.click()
        return dialog.result()

    monkeypatch.setattr(RecoveryDialog, "exec", choose_restore)
    seen: dict[str, object] = {}

    def step(window: MainWindow) -> None:
        seen["symbols"] = symbols(window.db)
        seen["title"] = window.windowTitle()

    errors = after_attach(monkeypatch, step)

    assert run_gui(register) == 0
    if errors:
        raise errors[0]
    assert asked == ["Khôi phục bản sao lưu ngày 05/03/2025 lúc 14:30"]
    assert seen == {"symbols": in_backup, "title": "Đảng ủy xã Cẩm Giàng"}
    assert [title for title, _text in boxes.shown] == ["Đã khôi phục"]


def test_leaving_at_a_damaged_register_exits_with_1_and_touches_nothing(
    monkeypatch, boxes, register
):
    data = damage(register)
    monkeypatch.setattr(
        RecoveryDialog, "exec", lambda dialog: (dialog.quit_button.click(), dialog.result())[1]
    )

    assert run_gui(register) == 1

    assert register.read_bytes() == data and boxes.shown == []
    assert list_backups(register) == []


def test_a_restore_while_the_program_runs_keeps_the_register_locked(
    monkeypatch, boxes, register
):
    good = take_backup(register, REASON_AUTO, now=TAKEN)
    db = open_database(register)
    add_late_document(db)
    db.conn.close()
    seen: dict[str, object] = {}

    def step(window: MainWindow) -> None:
        dialog = window.backup_dialog()
        assert dialog.table.select_path(good)
        boxes.answers.append(QMessageBox.StandardButton.Yes)
        seen["restored"] = dialog.restore_selected()
        seen["symbols"] = symbols(window.db)
        # Another copy of the program still cannot open the register.
        holder = start_holder(register)
        out, _ = holder.communicate(timeout=60)
        seen["second"] = (holder.returncode, out.split(" ")[0])
        dialog.deleteLater()

    errors = after_attach(monkeypatch, step)

    assert run_gui(register) == 0
    if errors:
        raise errors[0]
    assert seen["restored"] is True and LATE_SYMBOL not in seen["symbols"]
    assert seen["second"] == (3, "REFUSED")
    QApplication.processEvents()


def test_the_upgrade_start_encrypts_shows_the_code_once_and_clears_leftovers(
    monkeypatch, boxes, db_path, tmp_path
):
    """The first start after the upgrade on a PC without a key: a plain register and a
    leftover copy of a killed backup; the window opens the register encrypted, shows the
    recovery code once, and the leftover is gone."""
    from gui.settings.keys import RecoveryCodeDialog
    from models import keystore
    from models.cipher import is_plain
    from models.paths import backups_dir
    from models.recovery_code import recovery_code

    monkeypatch.setenv(keystore.PLAIN_ENV, "1")
    build_register(db_path).conn.close()
    monkeypatch.delenv(keystore.PLAIN_ENV)
    monkeypatch.setenv(keystore.KEY_DIR_ENV, str(tmp_path / "kho-khoa-moi"))
    leftover = backups_dir(db_path) / "2025-03-05_143000_thu-cong.db.part"
    leftover.write_bytes(b"\x00" * 4096)
    codes: list[str] = []
    monkeypatch.setattr(RecoveryCodeDialog, "exec", lambda dialog: codes.append(dialog.code))
    errors = after_attach(monkeypatch, lambda window: None)

    assert run_gui(db_path) == 0
    assert run_gui(db_path) == 0

    if errors:
        raise errors[0]
    assert not is_plain(db_path)
    assert codes == [recovery_code(keystore.load_key())]
    assert not leftover.exists()
