"""A package of format version 1 (full snapshots), as the program wrote them before
change-only packages, kept in ``tests/fixtures/v1-package`` so that a later program is
held to import it: the package, the upper level's keys it was sealed for, and what it
holds. ``python -m tests.v1_package_fixture`` made it once; do not run it again (it
would then be written by the newer program).
"""
from __future__ import annotations

import datetime as dt
import json
import shutil
import tempfile
from pathlib import Path

from models import demo
from models.exchange_snapshot import snapshot
from models.organisation import delete_member
from models.paths import keys_dir
from sync.import_export import export_package
from tests.usb_helpers import unit_office, upper_office

FOLDER = Path(__file__).parent / "fixtures" / "v1-package"


def make(root: Path) -> None:
    upper = upper_office(root)
    unit = unit_office(root, upper, "xa", "Đảng ủy xã Cẩm Giàng", "ĐU Cẩm Giàng")
    demo.generate(unit.db, seed=3, members=12, years=1, chi_bo=3, conferences_per_year=2,
                  until=dt.date(2025, 11, 20))
    victim = unit.db.execute("SELECT id FROM members ORDER BY id LIMIT 1").fetchone()[0]
    delete_member(unit.db, victim)
    (root / "stick").mkdir()
    written = export_package(unit.db, root / "stick")
    FOLDER.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(written.target_path, FOLDER / "unit.snq")
    shutil.copytree(keys_dir(upper.path), FOLDER / "upper-keys", dirs_exist_ok=True)
    (FOLDER / "upper-keys" / "so-du-lieu.txt").unlink(missing_ok=True)
    upper_uuid = upper.db.execute(
        "SELECT value FROM settings WHERE key = 'unit_uuid'").fetchone()[0]
    counts = {t: unit.db.execute(f"SELECT COUNT(*) FROM {t} WHERE owner_unit = "
                                 "(SELECT value FROM settings WHERE key = 'unit_uuid')"
                                 ).fetchone()[0]
              for t in ("members", "attendance", "conferences")}
    catalogue = snapshot(upper.db, [upper_uuid], ("documents",))
    deleted = unit.db.execute("SELECT uuid FROM members WHERE deleted = 1").fetchone()[0]
    (FOLDER / "about.json").write_text(json.dumps(
        {"upper_unit_uuid": upper_uuid, "catalogue": catalogue, "counts": counts,
         "deleted_member": deleted},
        ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        make(Path(folder))
    print(FOLDER)
