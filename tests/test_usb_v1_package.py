"""A version 1 package (a full snapshot, written by the program before change-only
packages) still imports: ``tests/fixtures/v1-package`` was made by that program."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

from models.db import open_database
from models.import_plan import apply_import, plan_import
from models.paths import keys_dir
from models.settings import get_settings, replace_unit_uuid, save_settings
from sync.import_export import import_package

FIXTURE = Path(__file__).parent / "fixtures" / "v1-package"


def _upper_with_the_fixture_keys(root: Path):
    about = json.loads((FIXTURE / "about.json").read_text(encoding="utf-8"))
    path = root / "tinh" / "so.db"
    db = open_database(path)
    with db.atomic():
        replace_unit_uuid(db, about["upper_unit_uuid"])
    settings = get_settings(db)
    settings.role, settings.unit_name, settings.unit_abbr = "upper", "Tỉnh ủy", "TU"
    settings.initialised = True
    save_settings(db, settings)
    # The upper level's own document the unit studied (it came in the setup file).
    with db.atomic():
        apply_import(db, plan_import(db, about["catalogue"], about["upper_unit_uuid"],
                                     {about["upper_unit_uuid"]}))
    shutil.copytree(FIXTURE / "upper-keys", keys_dir(path), dirs_exist_ok=True)
    return path, db, about


def test_a_version_1_full_package_still_imports(tmp_path):
    path, db, about = _upper_with_the_fixture_keys(tmp_path)
    report = import_package(db, FIXTURE / "unit.snq", approve_new_key=True)
    assert report.applied
    sender = report.sender_unit
    for table, count in about["counts"].items():
        assert db.execute(f"SELECT COUNT(*) FROM {table} WHERE owner_unit = ?",
                          [sender]).fetchone()[0] == count
    assert db.execute("SELECT deleted FROM members WHERE uuid = ?",
                      [about["deleted_member"]]).fetchone()[0] == 1
    again = import_package(db, FIXTURE / "unit.snq")
    assert again.plan.totals().changes == 0
