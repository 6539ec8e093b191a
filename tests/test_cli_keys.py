"""The register's key on the command line: the recovery code at ``init``, ``key --show``,
the office passphrase."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from pypdf import PdfReader

from models import keystore
from models.recovery_code import key_from_code
from tests.crypt_helpers import keyed_connect

ROOT = Path(__file__).resolve().parent.parent


def cli(*args: object, keys: Path, stdin: str = "", **env: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *map(str, args)],
        capture_output=True, text=True, encoding="utf-8", input=stdin, timeout=120,
        env={**os.environ, keystore.KEY_DIR_ENV: str(keys), **env},
    )


def stored_key(keys: Path) -> bytes:
    return bytes.fromhex(__import__("json").loads((keys / keystore.KEY_FILE).read_text())["key"])


def test_init_shows_the_recovery_code_once_and_writes_its_sheet(tmp_path):
    keys, db, sheet = tmp_path / "khoa", tmp_path / "so.db", tmp_path / "ma.pdf"

    first = cli("--db", db, "init", "--unit-name", "Đảng ủy xã Hòa Bình",
                "--recovery-sheet", sheet, keys=keys)

    assert first.returncode == 0, first.stderr
    assert "MÃ KHÔI PHỤC" in first.stdout
    code = next(line.strip() for line in first.stdout.splitlines() if line.count("-") == 13)
    assert key_from_code(code) == stored_key(keys)
    pages = PdfReader(sheet).pages
    assert len(pages) == 1
    page_text = pages[0].extract_text()
    assert all(group in page_text for group in code.split("-")[:-1])
    assert "Đảng ủy xã Hòa Bình" in page_text
    assert (keys / keystore.KEY_FILE).stat().st_mode & 0o077 == 0
    again = cli("--db", db, "init", keys=keys)
    assert again.returncode == 0 and "MÃ KHÔI PHỤC" not in again.stdout


def test_key_show_asks_first_and_its_key_opens_the_file(tmp_path):
    keys, db = tmp_path / "khoa", tmp_path / "so.db"
    assert cli("--db", db, "init", keys=keys).returncode == 0

    refused = cli("--db", db, "key", "--show", keys=keys, stdin="khong\n")
    assert refused.returncode == 1 and stored_key(keys).hex() not in refused.stdout

    shown = cli("--db", db, "key", "--show", keys=keys, stdin="hiện khóa\n")
    assert shown.returncode == 0, shown.stderr
    raw = bytes.fromhex(shown.stdout.strip())
    assert raw == stored_key(keys)
    from models.cipher import connect

    con = connect(db, raw, mode="ro")
    assert con.execute("SELECT value FROM settings WHERE key = 'initialised'").fetchone()
    con.close()


def test_an_office_passphrase_is_required_at_start(tmp_path):
    keys, db = tmp_path / "khoa", tmp_path / "so.db"
    assert cli("--db", db, "init", keys=keys).returncode == 0
    key = stored_key(keys)

    set_it = cli("--db", db, "key", "--set-passphrase", keys=keys,
                 SNQ_NEW_PASSPHRASE="cat-tu-ho-so-2026")
    assert set_it.returncode == 0, set_it.stderr
    assert key.hex() not in (keys / keystore.KEY_FILE).read_text()

    without = cli("--db", db, "list", "members", keys=keys)
    assert without.returncode == 1 and "mật khẩu văn phòng" in without.stderr
    wrong = cli("--db", db, "list", "members", keys=keys, SNQ_PASSPHRASE="sai-mat-khau")
    assert wrong.returncode == 1 and "không đúng" in wrong.stderr
    right = cli("--db", db, "list", "members", keys=keys, SNQ_PASSPHRASE="cat-tu-ho-so-2026")
    assert right.returncode == 0, right.stderr

    cleared = cli("--db", db, "key", "--clear-passphrase", keys=keys,
                  SNQ_PASSPHRASE="cat-tu-ho-so-2026")
    assert cleared.returncode == 0 and stored_key(keys) == key
    assert cli("--db", db, "list", "members", keys=keys).returncode == 0


def test_a_register_without_its_key_here_is_not_called_damaged(tmp_path):
    db = tmp_path / "so.db"
    con = keyed_connect(db)
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    before = db.read_bytes()

    opened = cli("--db", db, "list", "members", keys=tmp_path / "may-moi")

    assert opened.returncode == 1
    assert "chưa có khóa" in opened.stderr and "--recovery-code" in opened.stderr
    assert db.read_bytes() == before


def test_a_pc_without_the_key_is_told_to_use_the_code_not_that_the_file_is_damaged(
    tmp_path, monkeypatch
):
    from models import backup_check

    db = tmp_path / "so.db"
    con = keyed_connect(db)
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    monkeypatch.setenv(keystore.KEY_DIR_ENV, str(tmp_path / "may-moi"))

    assert backup_check.check_integrity(db) == [backup_check.NOT_OPENED_WITH_KEY]
    assert "mã khôi phục" in backup_check.NOT_OPENED_WITH_KEY


def test_key_show_in_english_asks_for_english_words(tmp_path):
    keys, db = tmp_path / "khoa", tmp_path / "so.db"
    assert cli("--db", db, "init", keys=keys).returncode == 0

    shown = cli("--lang", "en", "--db", db, "key", "--show", keys=keys, stdin="show key\n")

    assert shown.returncode == 0, shown.stderr
    assert "type SHOW KEY and press Enter to continue:" in shown.stderr
    assert bytes.fromhex(shown.stdout.strip()) == stored_key(keys)
