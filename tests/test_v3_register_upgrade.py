"""The register a clerk has today (schema 3, written by 0.1.0 and kept in
``tests/fixtures/v3-register``, see ``tests.v3_register_fixture``) opened by this program:
upgraded in place, every row kept, every figure the same as 0.1.0 computed, and the
file checks clean."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from models import schema
from models.backup_check import check_backup
from models.backup_names import REASON_MIGRATION, list_backups
from models.db import integrity_problems, open_database
from models.keystore import KEY_DIR_ENV
from tests.indicator_golden import figures
from tests.v3_register_fixture import FOLDER, KEY_STORE, REGISTER

ABOUT = json.loads((FOLDER / "about.json").read_text(encoding="utf-8"))


@pytest.fixture
def upgraded(tmp_path, monkeypatch) -> Path:
    store = tmp_path / "keys"
    shutil.copytree(FOLDER / KEY_STORE, store)
    monkeypatch.setenv(KEY_DIR_ENV, str(store))
    path = tmp_path / "data" / REGISTER
    path.parent.mkdir()
    shutil.copyfile(FOLDER / REGISTER, path)
    db = open_database(path)  # the upgrade happens here
    db.conn.close()
    return path


def test_the_fixture_is_what_0_1_0_wrote():
    assert ABOUT["schema_version"] == 3 < schema.SCHEMA_VERSION
    assert ABOUT["rows"]["attendance"] > 500 and ABOUT["rows"]["members"] == 40


def test_every_row_is_kept_and_the_schema_is_a_new_registers(upgraded, tmp_path):
    db = open_database(upgraded)
    fresh = open_database(tmp_path / "moi" / REGISTER)
    try:
        assert db.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
        for table, count in ABOUT["rows"].items():
            if table.startswith("stat_"):
                continue  # the figures' caches: made again by the new program
            assert db.execute(f"SELECT COUNT(*) FROM [{table}]").fetchone()[0] == count, table
        kinds = "SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite%'"
        assert set(db.execute(kinds).fetchall()) == set(fresh.execute(kinds).fetchall())
        assert db.execute("SELECT id FROM register_changes").fetchall() == [(1,)]
        assert integrity_problems(db) == []
    finally:
        fresh.conn.close()
        db.conn.close()


def test_the_file_as_it_was_is_kept_as_a_backup_first(upgraded):
    taken = [b for b in list_backups(upgraded) if b.reason == f"{REASON_MIGRATION}-v3"]
    assert len(taken) == 1
    assert check_backup(taken[0].path) == []


def test_every_figure_is_the_one_0_1_0_computed(upgraded):
    assert figures(upgraded) == ABOUT["figures"]
