"""Sao lưu và khôi phục from the window: back up now, to a stick, restore, refuse a damaged copy."""
from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

from gui.settings import backups as backup_dialogs
from gui.settings.backups import BackupDialog
from models import db as models_db
from models import errors as models_errors
from models.backup import take_backup
from models.backup_check import check_integrity
from models.backup_names import REASON_AUTO, REASON_MANUAL, REASON_RESTORE, list_backups
from models.paths import backups_dir
from models.recovery_code import recovery_code
from models.settings import get_settings
from tests.crypt_helpers import keyed_connect, keyed_database
from tests.gui_fixtures import *  # noqa: F403
from tests.gui_fixtures import OFFSCREEN_NOISE, type_text
from tests.safety_helpers import LATE_SYMBOL, add_late_document, damage, symbols

pytestmark = OFFSCREEN_NOISE
Button = QMessageBox.StandardButton
TAKEN = dt.datetime(2025, 3, 5, 14, 30)


def click(qtbot, button) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def open_dialog(qtbot, window) -> BackupDialog:
    dialog = window.backup_dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def table_texts(dialog: BackupDialog) -> list[tuple[str, str]]:
    table = dialog.table
    return [(table.item(r, 0).text(), table.item(r, 1).text()) for r in range(table.rowCount())]


def live_bytes(db_path: Path) -> dict[str, bytes]:
    return {
        p.name: p.read_bytes()
        for p in db_path.parent.iterdir()
        if p.is_file() and p.name.startswith(db_path.name) and not p.name.endswith("-shm")
    }


def test_backup_now_lists_the_copy_and_the_status_bar_follows(qtbot, window, db_path):
    dialog = open_dialog(qtbot, window)
    assert dialog.last_label.text() == "Sổ này chưa được sao lưu lần nào."
    assert dialog.empty_label.isVisible() and not dialog.restore_button.isEnabled()

    click(qtbot, dialog.backup_button)

    backups = list_backups(db_path)
    assert len(backups) == 1 and backups[0].reason == REASON_MANUAL
    assert check_integrity(backups[0].path) == []
    assert table_texts(dialog) == [(f"{backups[0].taken:%H:%M %d/%m/%Y}", "Sao lưu theo yêu cầu")]
    assert dialog.notice.text().startswith("Đã sao lưu xong.")
    taken = backups[0].taken
    assert dialog.last_label.text() == (
        f"Sao lưu gần nhất: {taken:%d/%m/%Y lúc %H:%M} (Sao lưu theo yêu cầu)"
    )
    assert window.backup_label.text().startswith(
        f"Sao lưu gần nhất: {backups[0].taken:%H:%M %d/%m/%Y} · 1 bản sao lưu, "
    )


def test_backup_to_a_usb_stick(qtbot, window, db_path, tmp_path, monkeypatch):
    stick = tmp_path / "usb"
    stick.mkdir()
    dialog = open_dialog(qtbot, window)
    monkeypatch.setattr(dialog, "choose_folder", lambda: stick)

    click(qtbot, dialog.usb_button)

    copies = list(stick.iterdir())
    assert len(copies) == 1 and copies[0].name.startswith("so-nghi-quyet_")
    assert check_integrity(copies[0]) == []
    assert str(copies[0]) in dialog.notice.text() and "Có thể rút USB" in dialog.notice.text()
    assert len(list_backups(db_path)) == 1  # the copy also counts as a backup on the PC


def test_backup_to_a_stick_that_was_pulled_out_says_so(qtbot, window, tmp_path, monkeypatch):
    dialog = open_dialog(qtbot, window)
    monkeypatch.setattr(dialog, "choose_folder", lambda: tmp_path / "E-khong-con")

    click(qtbot, dialog.usb_button)

    assert "Không tìm thấy thư mục" in dialog.notice.text()
    assert "USB đã được cắm" in dialog.notice.text()


def test_restore_from_the_list_reopens_the_window_on_the_backup(
    qtbot, window, ready_db, db_path, answers
):
    good = take_backup(db_path, REASON_AUTO, now=TAKEN)
    in_backup = symbols(ready_db)
    add_late_document(ready_db)
    window.show_page("documents")
    old_page = window.current_page()
    dialog = open_dialog(qtbot, window)
    assert dialog.table.select_path(good)
    answers(Button.Yes)

    click(qtbot, dialog.restore_button)

    assert "Khôi phục sổ từ bản sao lưu ngày 05/03/2025 lúc 14:30 (Tự động)?" in answers.asked[0]
    assert window.db is not ready_db and symbols(window.db) == in_backup
    # The window shows the restored register on the page it was on.
    assert window.current_key() == "documents" and window.current_page() is not old_page
    page = window.current_page()
    shown = {row["symbol"] for row in page.model.rows()}
    assert shown == in_backup and LATE_SYMBOL not in shown
    # What the restore replaced is kept, and listed first.
    kept = [b for b in list_backups(db_path) if b.reason == REASON_RESTORE]
    assert len(kept) == 1
    assert dialog.table.item(0, 1).text() == "Trước khi khôi phục"
    assert dialog.notice.text() == (
        "Đã khôi phục sổ từ bản sao lưu ngày 05/03/2025 lúc 14:30 (Tự động)."
    )
    # The pages and the automatic backup work on the restored register.
    window.show_page("settings")
    assert window.current_page().unit_name.text() == get_settings(window.db).unit_name
    assert window.backup_label.text().startswith("Sao lưu gần nhất: ")
    window.detach().conn.close()


def test_the_kept_copy_holds_what_was_entered_after_the_backup(
    qtbot, window, ready_db, db_path, answers
):

    good = take_backup(db_path, REASON_AUTO, now=TAKEN)
    add_late_document(ready_db)
    dialog = open_dialog(qtbot, window)
    dialog.table.select_path(good)
    answers(Button.Yes)
    click(qtbot, dialog.restore_button)

    kept = [b for b in list_backups(db_path) if b.reason == REASON_RESTORE][0]
    copy = keyed_database(kept.path)
    try:
        assert LATE_SYMBOL in symbols(copy)
    finally:
        copy.close()
        window.detach().conn.close()


def test_a_damaged_backup_is_refused_and_the_register_is_unchanged(
    qtbot, window, ready_db, db_path, answers
):
    good = take_backup(db_path, REASON_AUTO, now=TAKEN)
    broken = backups_dir(db_path) / "2025-03-06_090000_tu-dong.db"
    shutil.copyfile(good, broken)
    with open(broken, "r+b") as handle:  # the sample register is small: damage its last pages
        handle.seek(4096 * 2)
        handle.write(b"\xa5" * 4096 * 4)
    assert check_integrity(broken)
    add_late_document(ready_db)
    before = live_bytes(db_path)
    folder_before = sorted(p.name for p in backups_dir(db_path).iterdir())
    dialog = open_dialog(qtbot, window)
    assert dialog.table.select_path(broken)
    answers(Button.Yes, Button.Ok)

    click(qtbot, dialog.restore_button)

    assert "Không khôi phục từ bản này vì" in answers.asked[1]
    assert "Sổ dữ liệu được giữ nguyên" in answers.asked[1]
    assert live_bytes(db_path) == before
    assert sorted(p.name for p in backups_dir(db_path).iterdir()) == folder_before
    assert window.db is ready_db and LATE_SYMBOL in symbols(window.db)
    assert not dialog.notice.isVisible()


def test_saying_no_changes_nothing(qtbot, window, ready_db, db_path, answers):
    good = take_backup(db_path, REASON_AUTO, now=TAKEN)
    add_late_document(ready_db)
    dialog = open_dialog(qtbot, window)
    dialog.table.select_path(good)
    answers(Button.No)

    click(qtbot, dialog.restore_button)

    assert window.db is ready_db and LATE_SYMBOL in symbols(ready_db)
    assert [b.reason for b in list_backups(db_path)] == [REASON_AUTO]


def test_unsaved_settings_are_asked_about_before_a_restore(
    qtbot, window, ready_db, db_path, answers
):
    good = take_backup(db_path, REASON_AUTO, now=TAKEN)
    window.show_page("settings")
    type_text(window.current_page().term, "2030-2035", clear=True)
    dialog = open_dialog(qtbot, window)
    dialog.table.select_path(good)
    answers(Button.Yes, Button.Cancel)

    click(qtbot, dialog.restore_button)

    assert answers.asked[1] == "Bạn có muốn lưu các thay đổi?"
    assert window.db is ready_db and window.current_page().term.text() == "2030-2035"
    answers(Button.Discard)  # closing the window at the end asks again


def test_settings_page_opens_the_backups(qtbot, window, monkeypatch):
    opened = []
    monkeypatch.setattr(BackupDialog, "exec", lambda dialog: opened.append(dialog) or 0)
    window.show_page("settings")
    click(qtbot, window.current_page().backups_button)
    qtbot.waitUntil(lambda: bool(opened))
    click(qtbot, window.backup_button)
    assert len(opened) == 2 and opened[0].windowTitle() == "Sao lưu và khôi phục"


def test_a_damaged_copy_of_a_real_size_register_is_refused(tmp_path, db_path):
    """The damage used at opening (pages in the middle) is also caught in a backup file."""
    from models.backup_check import check_backup
    from tests.safety_helpers import build_register

    build_register(db_path).conn.close()
    copy = take_backup(db_path, REASON_AUTO, now=TAKEN)
    damage(copy)
    assert check_backup(copy)


@pytest.mark.parametrize("scale", [1.0, 1.5])
def test_the_dialog_fits_1366_by_768(qtbot, window, db_path, large_text, scale):
    for hour in range(12):
        take_backup(db_path, REASON_AUTO, now=TAKEN + dt.timedelta(hours=hour))
    large_text(scale)
    dialog = open_dialog(qtbot, window)
    needed = dialog.minimumSizeHint()
    assert needed.width() <= 1366 and needed.height() <= 740


def test_the_backup_and_recovery_windows_in_english(qtbot, db_path, ready_db):
    from gui.settings.backups import BackupChooser
    from gui.widgets.language import install_language
    from gui.window.app import create_application
    from gui.window.recovery import RecoveryDialog
    from tests.test_gui_i18n import _vietnamese, _visible_texts

    newest = take_backup(db_path, REASON_AUTO, now=TAKEN)
    take_backup(db_path, REASON_MANUAL, now=TAKEN + dt.timedelta(days=1))
    create_application("en")
    try:
        found = {}
        for name, dialog in (
            ("backups", BackupDialog(db_path, None, restorer=lambda _path: False)),
            ("chooser", BackupChooser(db_path)),
            ("damaged", RecoveryDialog(db_path, ["database disk image is malformed"], newest)),
            ("nothing left", RecoveryDialog(db_path, ["file is not a database"], None)),
        ):
            qtbot.addWidget(dialog)
            texts = _visible_texts(dialog) + [dialog.windowTitle()]
            if isinstance(dialog, (BackupDialog, BackupChooser)):
                table = dialog.table
                texts += [table.item(r, 1).text() for r in range(table.rowCount())]
            found[name] = [t for t in texts if _vietnamese(t)]
        assert {name: left for name, left in found.items() if left} == {}
        offered = RecoveryDialog(db_path, ["x"], newest)
        qtbot.addWidget(offered)
        assert offered.restore_button.text() == "Restore the backup of 2025-03-05 at 14:30"
    finally:
        install_language(QApplication.instance(), "vi")


def test_damage_found_by_the_automatic_backup_is_said_in_the_status_bar(
    qtbot, window, db_path, monkeypatch, answers
):
    from models import backup, backup_names

    def damaged(*_args, **_kwargs):
        raise backup_names.DamagedDatabaseError("Sổ dữ liệu bị hỏng nên không sao chép được (thử).")

    good = take_backup(db_path, REASON_AUTO, now=TAKEN)
    monkeypatch.setattr(backup, "backup_if_due", damaged)
    window._backup_in_background()
    qtbot.waitUntil(lambda: "bị hỏng" in window.backup_label.text())

    assert window.backup_label.text() == (
        "Sổ dữ liệu có thể đã bị hỏng: bấm “Sao lưu” để khôi phục"
    )
    assert "thử" in window.backup_label.toolTip()
    window.show_page("documents")  # moving on does not hide it
    assert "bị hỏng" in window.backup_label.text()
    # Restoring a backup gives the register back and the usual line.
    dialog = open_dialog(qtbot, window)
    dialog.table.select_path(good)
    answers(Button.Yes)
    click(qtbot, dialog.restore_button)
    assert window.backup_label.text().startswith("Sao lưu gần nhất: ")
    window.detach().conn.close()


def another_pcs_backup(db_path: Path, folder: Path) -> tuple[Path, str]:
    """A backup of this register as another PC would have written it, and that PC's code."""
    other_key = os.urandom(32)
    copy = folder / "so-nghi-quyet_2025-03-05_143000_thu-cong.db"
    shutil.copyfile(take_backup(db_path, REASON_MANUAL, now=TAKEN), copy)
    con = keyed_connect(copy)
    con.execute(f"PRAGMA rekey = \"x'{other_key.hex()}'\"")
    con.close()
    return copy, recovery_code(other_key)


@pytest.mark.parametrize("typed", ["right", "wrong", "none"])
def test_a_backup_of_another_pc_asks_for_its_recovery_code(
    qtbot, window, ready_db, db_path, tmp_path, answers, monkeypatch, typed
):
    stick = tmp_path / "USB"
    stick.mkdir()
    copy, code = another_pcs_backup(db_path, stick)
    in_backup = symbols(ready_db)
    add_late_document(ready_db)
    before = live_bytes(db_path)
    given = {"right": code.lower(), "wrong": recovery_code(os.urandom(32)), "none": ""}[typed]
    asked: list[str] = []

    def type_code(parent, title, label, *args, **kwargs):
        asked.append(label)
        return given, bool(given)

    monkeypatch.setattr(QInputDialog, "getText", type_code)
    monkeypatch.setattr(backup_dialogs, "pick_backup_file", lambda parent: copy)
    dialog = open_dialog(qtbot, window)
    answers(Button.Yes, Button.Ok)

    click(qtbot, dialog.file_button)

    assert "mã khôi phục" in asked[0] and copy.name in asked[0]
    if typed == "right":
        assert symbols(window.db) == in_backup
        assert check_integrity(db_path) == []
        window.detach().conn.close()
        return
    if typed == "wrong":
        assert "không mở được bản sao lưu này" in answers.asked[1]
    assert window.db is ready_db and LATE_SYMBOL in symbols(window.db)
    assert live_bytes(db_path) == before


def test_a_restored_register_that_will_not_open_closes_the_window_with_no_backup(
    qtbot, window, ready_db, db_path, answers, monkeypatch
):
    good = take_backup(db_path, REASON_AUTO, now=TAKEN)
    dialog = open_dialog(qtbot, window)
    assert dialog.table.select_path(good)
    answers(Button.Yes, Button.Ok)

    def refuse(_path):
        raise models_errors.UserError("Không mở được sổ dữ liệu.")

    monkeypatch.setattr(models_db, "open_database", refuse)
    before = len(list_backups(db_path))

    click(qtbot, dialog.restore_button)

    assert answers.asked[1].startswith("Không mở được sổ dữ liệu.\n\nChương trình sẽ đóng lại.")
    assert not window.isVisible() and window.db is None
    # Only the copy kept before the restore: closing took no backup of a register it
    # could not open.
    assert len(list_backups(db_path)) == before + 1
