"""A register damaged on disk is caught at opening and a backup is offered, never a crash."""
from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QMessageBox

from gui.settings import backups as backup_dialogs
from gui.settings.backups import BackupChooser
from gui.window.recovery import RecoveryDialog, open_register
from models import backup, backup_check, backup_names, restore
from models.backup import take_backup
from models.backup_check import check_integrity
from models.backup_names import REASON_AUTO, REASON_DAMAGED, list_backups
from models.paths import backups_dir
from tests.crypt_helpers import keyed_connect
from tests.gui_fixtures import *  # noqa: F403
from tests.gui_fixtures import OFFSCREEN_NOISE
from tests.safety_helpers import LATE_SYMBOL, add_late_document, build_register, damage, symbols

pytestmark = OFFSCREEN_NOISE
Ok = QMessageBox.StandardButton.Ok
TAKEN = dt.datetime(2025, 3, 5, 14, 30)


def texts(dialog) -> str:
    return "\n".join(label.text() for label in dialog.findChildren(QLabel))


class Clerk:
    """Answers each RecoveryDialog and BackupChooser with the next planned click."""

    def __init__(self, monkeypatch) -> None:
        self.plan: list[tuple[str, object]] = []
        self.seen: list[RecoveryDialog] = []
        monkeypatch.setattr(RecoveryDialog, "exec", lambda dialog: self._recovery(dialog))
        monkeypatch.setattr(BackupChooser, "exec", lambda chooser: self._chooser(chooser))
        monkeypatch.setattr(backup_dialogs, "pick_backup_file", self._pick_file)

    def will(self, *steps: tuple[str, object]) -> Clerk:
        self.plan.extend(steps)
        return self

    def _next(self, kind: str) -> object:
        assert self.plan, f"nobody expected a {kind}"
        step, value = self.plan.pop(0)
        assert step == kind, (step, kind)
        return value

    def _recovery(self, dialog: RecoveryDialog) -> int:
        self.seen.append(dialog)
        button = {
            "restore": dialog.restore_button,
            "other": dialog.other_button,
            "quit": dialog.quit_button,
        }[self._next("recovery")]
        assert button is not None, "the dialog has no such button"
        button.click()
        return dialog.result()

    def _chooser(self, chooser: BackupChooser) -> int:
        wanted = self._next("chooser")
        if wanted == "file":
            chooser.file_button.click()
        else:
            assert chooser.table.select_path(wanted)
            chooser.choose_button.click()
        return chooser.result()

    def _pick_file(self, _parent) -> Path:
        return Path(self._next("file"))


@pytest.fixture
def clerk(monkeypatch) -> Clerk:
    return Clerk(monkeypatch)


@pytest.fixture
def damaged(db_path: Path) -> dict:
    """A register backed up at 14:30 05/03/2025, then given one more document, then damaged."""
    db = build_register(db_path)
    good = take_backup(db_path, REASON_AUTO, now=TAKEN)
    in_backup = symbols(db)
    add_late_document(db)
    db.conn.close()
    data = damage(db_path)
    assert check_integrity(db_path)
    return {"backup": good, "symbols": in_backup, "bytes": data}


def test_damage_is_found_at_opening_and_the_newest_backup_restored(
    qtbot, db_path, damaged, clerk, answers
):
    clerk.will(("recovery", "restore"))
    answers(Ok)

    db = open_register(None, db_path)

    try:
        assert db is not None
        dialog = clerk.seen[0]
        said = texts(dialog)
        assert "Sổ dữ liệu bị hỏng nên chưa mở được." in said
        assert "Chưa có gì bị mất" in said
        assert "ngày 05/03/2025 lúc 14:30 (Tự động)" in said
        assert dialog.restore_button.text() == "Khôi phục bản sao lưu ngày 05/03/2025 lúc 14:30"
        assert dialog.other_button.text() == "Chọn bản sao lưu khác…"
        assert dialog.quit_button.text() == "Thoát"
        # The register holds the backup's content: the later document is gone.
        assert symbols(db) == damaged["symbols"] and LATE_SYMBOL not in symbols(db)
        assert check_integrity(db_path) == []
        # The damaged file was kept aside, byte for byte, and the clerk was told where.
        kept = [b for b in list_backups(db_path) if b.reason == REASON_DAMAGED]
        assert len(kept) == 1 and kept[0].path.read_bytes() == damaged["bytes"]
        assert "Sổ đã được khôi phục từ bản sao lưu ngày 05/03/2025 lúc 14:30" in answers.asked[0]
        assert str(kept[0].path) in answers.asked[0]
    finally:
        if db is not None:
            db.conn.close()


def test_leaving_keeps_the_damaged_file_exactly_as_it_was(qtbot, db_path, damaged, clerk):
    before = {p.name for p in db_path.parent.rglob("*")}
    clerk.will(("recovery", "quit"))

    assert open_register(None, db_path) is None

    assert db_path.read_bytes() == damaged["bytes"]
    assert {p.name for p in db_path.parent.rglob("*")} == before


def test_no_good_backup_on_the_pc_then_one_from_a_usb_stick(
    qtbot, tmp_path, db_path, clerk, answers
):
    db = build_register(db_path)
    usb = tmp_path / "usb"
    usb.mkdir()
    on_stick = backup.backup_to(db_path, usb)
    in_backup = symbols(db)
    add_late_document(db)
    db.conn.close()
    shutil.rmtree(backups_dir(db_path))  # the PC lost its backups folder too
    damage(db_path)
    clerk.will(("recovery", "other"), ("chooser", "file"), ("file", on_stick))
    answers(Ok)

    db = open_register(None, db_path)

    try:
        dialog = clerk.seen[0]
        assert dialog.restore_button is None
        assert "không có bản sao lưu nào còn tốt" in texts(dialog)
        assert db is not None and symbols(db) == in_backup
    finally:
        if db is not None:
            db.conn.close()


def test_a_damaged_backup_chosen_at_opening_is_refused_and_asked_again(
    qtbot, db_path, damaged, clerk, answers
):
    broken = backups_dir(db_path) / "2025-03-06_090000_thu-cong.db"
    shutil.copyfile(damaged["backup"], broken)
    damage(broken)
    clerk.will(("recovery", "other"), ("chooser", broken), ("recovery", "quit"))
    answers(Ok)

    assert open_register(None, db_path) is None

    assert len(clerk.seen) == 2
    # The newest good backup skips the damaged one.
    assert "ngày 05/03/2025 lúc 14:30" in clerk.seen[0].restore_button.text()
    assert "Không khôi phục từ bản này vì" in answers.asked[0]
    assert "giữ nguyên" in answers.asked[0]
    assert db_path.read_bytes() == damaged["bytes"]
    assert not [b for b in list_backups(db_path) if b.reason == REASON_DAMAGED]


def test_a_register_from_a_newer_program_is_refused_untouched(qtbot, db_path, answers):
    build_register(db_path).conn.close()
    con = keyed_connect(db_path)
    con.execute("PRAGMA user_version = 999")
    con.close()
    before = db_path.read_bytes()
    answers(Ok)

    assert open_register(None, db_path) is None

    assert "phiên bản mới hơn" in answers.asked[0] and "tệp không bị thay đổi" in answers.asked[0]
    assert db_path.read_bytes() == before


def test_a_new_register_opens_without_a_question(qtbot, db_path, answers):
    assert not db_path.exists()
    db = open_register(None, db_path)
    try:
        assert db is not None and answers.asked == []
    finally:
        db.conn.close()


def test_restore_refuses_a_backup_from_a_newer_program(db_path, tmp_path):
    build_register(db_path).conn.close()
    newer = tmp_path / "moi-hon.db"
    shutil.copyfile(take_backup(db_path, REASON_AUTO, now=TAKEN), newer)
    con = keyed_connect(newer)
    con.execute("PRAGMA user_version = 999")
    con.close()
    before = db_path.read_bytes()

    assert "phiên bản mới hơn" in backup_check.check_backup(newer)[0]
    with pytest.raises(backup_names.BackupError, match="phiên bản mới hơn"):
        restore.restore(db_path, newer)
    assert db_path.read_bytes() == before


def test_a_file_that_is_not_a_register_cannot_be_restored(db_path, tmp_path):
    other = tmp_path / "khac.db"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    assert backup_check.check_backup(other) == [
        "Tệp “khac.db” không phải là bản sao lưu của Sổ Nghị quyết."
    ]
