"""Member lists from spreadsheets into the register: good rows in one transaction,
the same file twice updates rather than duplicates, bad files change nothing."""
import subprocess
import sys
from pathlib import Path

from models.backup_names import list_backups
from models.db import open_database
from models.member_import import apply_member_import, import_context
from models.organisation import list_chi_bo, list_members
from sheets import guess_mapping, preview_members, read_table
from tests.factories import small_commune
from tests.sheet_files import STANDARD_HEADERS, member_rows, write_xlsx

ROOT = Path(__file__).resolve().parent.parent


def preview_for(db, path, create=False):
    table = read_table(path)
    names, existing = import_context(db)
    return preview_members(table, guess_mapping(table), names, existing,
                           create_missing_chi_bo=create)


def test_import_creates_chi_bo_and_reimport_updates(tmp_path):
    fx = small_commune(tmp_path / "m.db")
    rows = member_rows(60, chi_bo_count=3)
    path = write_xlsx(tmp_path / "ds.xlsx", STANDARD_HEADERS, rows,
                      title_rows=["DANH SÁCH ĐẢNG VIÊN"], blank_rows_after_title=1)
    preview = preview_for(fx.db, path, create=True)
    result = apply_member_import(fx.db, preview)
    assert (result.added, result.updated, result.chi_bo_created) == (60, 0, 3)
    assert len(list_members(fx.db)) == 7 + 60
    names = {c.name for c in list_chi_bo(fx.db)}
    assert {"Chi bộ thôn 1", "Chi bộ thôn 2", "Chi bộ thôn 3"} <= names
    # the same file again: updates, no duplicates
    again = apply_member_import(fx.db, preview_for(fx.db, path, create=True))
    assert (again.added, again.updated, again.chi_bo_created) == (0, 60, 0)
    assert len(list_members(fx.db)) == 7 + 60


def test_unknown_chi_bo_rows_skipped_without_create(tmp_path):
    fx = small_commune(tmp_path / "m.db")
    rows = member_rows(5, chi_bo_count=1)
    rows[0][4] = "Chi bộ thôn Nà Pài"  # a chi bộ the register has
    path = write_xlsx(tmp_path / "ds.xlsx", STANDARD_HEADERS, rows)
    preview = preview_for(fx.db, path)
    result = apply_member_import(fx.db, preview)
    assert (result.added, result.skipped) == (1, 4)
    assert len(list_members(fx.db)) == 8


def run(*args):
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *map(str, args)],
                          capture_output=True, text=True, encoding="utf-8", timeout=120)


def test_cli_dry_run_writes_nothing_then_import(tmp_path):
    db = tmp_path / "m.db"
    path = write_xlsx(tmp_path / "ds.xlsx", STANDARD_HEADERS, member_rows(30, chi_bo_count=2))
    dry = run("--db", db, "import-members", path, "--dry-run", "--create-chi-bo")
    assert dry.returncode == 0, dry.stderr
    assert "30 dòng nhập được (30 thêm mới, 0 cập nhật)" in dry.stdout
    assert list_members(open_database(db)) == []
    assert not (tmp_path / "backups").exists() or not any((tmp_path / "backups").iterdir())
    done = run("--db", db, "import-members", path, "--create-chi-bo")
    assert done.returncode == 0 and "Đã thêm 30 đảng viên" in done.stdout
    assert len(list_members(open_database(db))) == 30
    # The register as it was before the list went in, kept under its own reason.
    (kept,) = (tmp_path / "backups").glob("*_truoc-nhap-danh-sach.db")
    assert f"Đã sao lưu sổ trước khi nhập: {kept}" in done.stdout
    assert list_backups(db)[0].label == "Trước khi nhập danh sách đảng viên"
    assert list_members(open_database(kept)) == []


def test_cli_damaged_file_clear_message_nothing_changed(tmp_path):
    db = tmp_path / "m.db"
    junk = tmp_path / "ds.xlsx"
    junk.write_bytes(b"\x00\x01 not a workbook" * 50)
    result = run("--db", db, "import-members", junk)
    assert result.returncode == 1 and "Lỗi:" in result.stderr
    assert list_members(open_database(db)) == []
