"""Files of format version 2 (the envelope built by hand before it moved to HPKE) still
open: ``tests/fixtures/v2-package`` was written by that program (tests/v2_package_fixture.py)
— a setup file, a unit's full package, the catalogue confirming it, and the unit's
change-only package on it."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

from models.db import open_database
from models.import_plan import apply_import, plan_import
from models.paths import keys_dir
from models.settings import get_settings, replace_unit_uuid, save_settings
from sync.enrolment import apply_setup_file
from sync.envelope import peek_header
from sync.import_export import import_package
from sync.setup_file import read_setup_file

FIXTURE = Path(__file__).parent / "fixtures" / "v2-package"
ABOUT = json.loads((FIXTURE / "about.json").read_text(encoding="utf-8"))


def _upper(root: Path):
    path = root / "tinh" / "so.db"
    db = open_database(path)
    with db.atomic():
        replace_unit_uuid(db, ABOUT["upper_unit_uuid"])
    settings = get_settings(db)
    settings.role, settings.unit_name, settings.unit_abbr = "upper", "Tỉnh ủy", "TU"
    settings.initialised = True
    save_settings(db, settings)
    with db.atomic():
        apply_import(db, plan_import(db, ABOUT["catalogue"], ABOUT["upper_unit_uuid"],
                                     {ABOUT["upper_unit_uuid"]}))
    shutil.copytree(FIXTURE / "upper-keys", keys_dir(path), dirs_exist_ok=True)
    return path, db


def test_the_fixture_files_are_version_2():
    for name in ("unit-full.snq", "unit-changes.snq", "catalogue.snq"):
        assert peek_header((FIXTURE / name).read_bytes()).format_version == 2
    assert read_setup_file((FIXTURE / "setup.snqs").read_bytes()).format_version == 2


def test_a_version_2_full_then_change_only_package_imports_at_the_upper_level(tmp_path):
    path, db = _upper(tmp_path)
    report = import_package(db, FIXTURE / "unit-full.snq", approve_new_key=True)
    assert report.applied and report.sender_unit == ABOUT["unit_uuid"]
    for table, count in ABOUT["counts"].items():
        assert db.execute(f"SELECT COUNT(*) FROM {table} WHERE owner_unit = ?",
                          [ABOUT["unit_uuid"]]).fetchone()[0] == count
    changes = import_package(db, FIXTURE / "unit-changes.snq")
    assert changes.applied and changes.changes_only
    assert db.execute("SELECT full_name, deleted FROM members WHERE uuid = ?",
                      [ABOUT["renamed_member"]]).fetchone() == (ABOUT["renamed_to"], 0)
    assert db.execute("SELECT deleted FROM members WHERE uuid = ?",
                      [ABOUT["deleted_member"]]).fetchone()[0] == 1
    assert db.execute("SELECT COUNT(*) FROM members WHERE owner_unit = ? AND deleted = 0",
                      [ABOUT["unit_uuid"]]).fetchone()[0] == ABOUT["counts"]["members"] - 1
    again = import_package(db, FIXTURE / "unit-changes.snq")
    assert again.plan.totals().changes == 0


def test_a_version_2_setup_file_and_catalogue_open_at_the_unit(tmp_path):
    path = tmp_path / "xa" / "so.db"
    db = open_database(path)
    shutil.copytree(FIXTURE / "unit-keys", keys_dir(path), dirs_exist_ok=True)
    apply_setup_file(db, FIXTURE / "setup.snqs")
    assert get_settings(db).unit_uuid == ABOUT["unit_uuid"]
    report = import_package(db, FIXTURE / "catalogue.snq")
    assert report.applied
    (document,) = ABOUT["catalogue"]["documents"]
    assert db.execute("SELECT symbol, title FROM documents WHERE uuid = ?",
                      [document["uuid"]]).fetchone() == (document["symbol"], document["title"])
