"""Backups that fit: thinning also keeps the backups' total size within a budget
(a multiple of the register's size), oldest first, never losing the newest, the one
written last or the newest taken before an import; what is left still restores."""
from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path

from models import backup, backup_check, backup_names, backup_thinning, restore
from models.paths import backups_dir
from tests.test_backup import add_notes, files_in, make_register, notes_in

NOW = datetime(2026, 11, 25, 12, 0, 0)


def _file(folder: Path, name: str, size: int) -> None:
    (folder / name).write_bytes(b"x" * size)


def test_the_oldest_go_first_until_the_backups_fit(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    days = [f"2026-11-{d:02d}_100000_tu-dong.db" for d in range(19, 26)]  # 7 days: all kept
    for name in days:
        _file(folder, name, 100)
    _file(folder, "2026-11-10_100000_truoc-nhap.db", 100)  # protected: 15 days old

    removed = backup_thinning.thin_backups(folder, NOW, max_bytes=450)

    # The unprotected oldest go first; then the protected, except the newest
    # taken before an import, which always stays.
    assert {p.name for p in removed} == set(days[:4])
    assert files_in(folder) == set(days[4:]) | {"2026-11-10_100000_truoc-nhap.db"}


def test_the_newest_and_the_last_written_stay_even_over_the_budget(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    _file(folder, "2026-11-25_100000_tu-dong.db", 500)
    _file(folder, "2026-11-24_100000_tu-dong.db", 500)  # written last (clock set back)
    _file(folder, "2026-11-23_100000_tu-dong.db", 500)
    (folder / backup_names.LAST_BACKUP_FILE).write_text(
        json.dumps({"file": "2026-11-24_100000_tu-dong.db", "fingerprint": "x"}),
        encoding="utf-8",
    )

    backup_thinning.thin_backups(folder, NOW, max_bytes=100)

    assert files_in(folder) == {"2026-11-25_100000_tu-dong.db", "2026-11-24_100000_tu-dong.db",
                                backup_names.LAST_BACKUP_FILE}


def test_the_default_budget_grows_with_the_register(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(backup_thinning, "BUDGET_FLOOR", 0)
    folder = tmp_path / "backups"
    folder.mkdir()
    for day in range(19, 26):
        _file(folder, f"2026-11-{day:02d}_100000_tu-dong.db", 1000)

    backup_thinning.thin_backups(folder, NOW)

    sizes = sum(p.stat().st_size for p in folder.iterdir())
    assert sizes <= backup_thinning.BUDGET_COPIES * 1000
    assert len(list(folder.iterdir())) == backup_thinning.BUDGET_COPIES


def test_thinned_to_fit_the_newest_still_verifies_and_restores(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(backup_thinning, "BUDGET_FLOOR", 0)
    monkeypatch.setattr(backup_thinning, "BUDGET_COPIES", 2)
    db_path = tmp_path / "so-nghi-quyet.db"
    make_register(db_path, ["Nghị quyết 01"])
    for day in range(5):
        add_notes(db_path, [f"Ghi chú {day}" * 200])
        backup.take_backup(db_path, backup_names.REASON_AUTO, now=NOW + timedelta(days=day))
    folder = backups_dir(db_path)

    backup_thinning.thin_backups(folder, NOW + timedelta(days=5))

    kept = backup_names.list_backups(db_path)
    sizes = [backup_names.file_size(b.path) for b in kept]
    assert sum(sizes) <= 2 * sizes[0]
    assert backup_check.check_backup(kept[0].path) == []
    expected = notes_in(db_path)
    add_notes(db_path, ["Sau khi sao lưu"])
    restore.restore(db_path, kept[0].path)
    assert notes_in(db_path) == expected
    count, size = backup_names.backups_usage(db_path)
    assert count == len(backup_names.list_backups(db_path)) and size > 0


def test_imports_add_no_backups_only_their_undo_record(tmp_path: Path):
    """A month of packages used to add a whole copy of the register each; an import now
    keeps only the newest import's undo record, inside the register."""
    from models import import_undo
    from models.organisation import ChiBo, Member, save_chi_bo, save_member
    from sync.import_export import export_package, import_package
    from tests.usb_helpers import unit_office, upper_office

    upper = upper_office(tmp_path)
    unit = unit_office(tmp_path, upper, "xa", "Đảng ủy xã Cẩm Giàng", "ĐU Cẩm Giàng")
    (tmp_path / "stick").mkdir()
    cell = save_chi_bo(unit.db, ChiBo(name="Chi bộ thôn Đông"))
    before = backup_names.list_backups(upper.path)
    for month in range(5):
        save_member(unit.db, Member(chi_bo_uuid=cell.uuid, full_name=f"Người {month}"))
        package = export_package(unit.db, tmp_path / "stick", full=True)
        import_package(upper.db, package.target_path, approve_new_key=True)

    assert backup_names.list_backups(upper.path) == before
    assert upper.db.execute("SELECT COUNT(*) FROM undo_receipts").fetchone()[0] == 1
    assert import_undo.newest_receipt(upper.db).packages == 1
    upper.db.conn.close()
    unit.db.conn.close()
