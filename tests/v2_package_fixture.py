"""Files of format version 2 (change-only packages, the envelope built by hand from
X25519, HKDF and AES-GCM), as the program wrote them before the envelope moved to
HPKE, kept in ``tests/fixtures/v2-package`` so that a later program is held to read
them: a unit's setup file, its full package, the upper level's catalogue confirming
it, the unit's change-only package on that base, both offices' keys, and what the
files hold. ``python -m tests.v2_package_fixture`` made them once (on main at
f364863); do not run it again (they would then be written by the newer program).
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import shutil
import tempfile
from pathlib import Path

from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat

from models import demo
from models.db import open_database
from models.exchange_snapshot import snapshot
from models.organisation import delete_member, get_member, save_member
from models.paths import keys_dir
from sync.enrolment import apply_setup_file, setup_unit
from sync.import_export import export_package, import_package
from sync.keys import RECEIVING_KEY_FILE, SIGNING_KEY_FILE, load_or_create_keys
from tests.usb_helpers import Office, upper_office

FOLDER = Path(__file__).parent / "fixtures" / "v2-package"


def _keys(office: Office, name: str) -> None:
    """The office's keys as plain PKCS#8 PEM: sealed with this process's register key
    they would not open in a test; the program seals plain ones when it loads them."""
    keys = load_or_create_keys(keys_dir(office.path))
    (FOLDER / name).mkdir(exist_ok=True)
    for file_name, key in ((SIGNING_KEY_FILE, keys.signing), (RECEIVING_KEY_FILE, keys.receiving)):
        (FOLDER / name / file_name).write_bytes(key.private_bytes(
            Encoding.PEM, PrivateFormat.PKCS8, NoEncryption()))


def _unit_uuid(office: Office) -> str:
    return office.db.execute(
        "SELECT value FROM settings WHERE key = 'unit_uuid'").fetchone()[0]


def make(root: Path) -> None:
    FOLDER.mkdir(parents=True, exist_ok=True)
    upper = upper_office(root)
    (root / "usb").mkdir()
    issued = setup_unit(upper.db, root / "usb", name="Đảng ủy xã Đồng Hỷ",
                        abbr="ĐU Đồng Hỷ")
    shutil.copyfile(issued.written.target_path, FOLDER / "setup.snqs")
    unit = Office(root / "xa" / "so.db", open_database(root / "xa" / "so.db"))
    apply_setup_file(unit.db, issued.written.target_path)
    demo.generate(unit.db, seed=5, members=10, years=1, chi_bo=2, conferences_per_year=2,
                  until=dt.date(2025, 11, 20))
    (root / "stick").mkdir()
    full = export_package(unit.db, root / "stick")
    assert not full.changes_only
    shutil.copyfile(full.target_path, FOLDER / "unit-full.snq")
    counts = {t: unit.db.execute(f"SELECT COUNT(*) FROM {t} WHERE owner_unit = ?",
                                 [_unit_uuid(unit)]).fetchone()[0]
              for t in ("members", "attendance", "conferences")}
    import_package(upper.db, full.target_path, approve_new_key=True)
    catalogue = export_package(upper.db, root / "stick", unit=_unit_uuid(unit))
    shutil.copyfile(catalogue.target_path, FOLDER / "catalogue.snq")
    import_package(unit.db, catalogue.target_path)
    first, second = (r[0] for r in unit.db.execute(
        "SELECT uuid FROM members WHERE deleted = 0 ORDER BY uuid LIMIT 2"))
    save_member(unit.db, dataclasses.replace(get_member(unit.db, first),
                                             full_name="Hoàng Thị Thu Hà"))
    delete_member(unit.db, unit.db.execute(
        "SELECT id FROM members WHERE uuid = ?", [second]).fetchone()[0])
    changes = export_package(unit.db, root / "stick")
    assert changes.changes_only
    shutil.copyfile(changes.target_path, FOLDER / "unit-changes.snq")
    _keys(upper, "upper-keys")
    _keys(unit, "unit-keys")
    upper_uuid = _unit_uuid(upper)
    (FOLDER / "about.json").write_text(json.dumps(
        {"upper_unit_uuid": upper_uuid, "unit_uuid": _unit_uuid(unit),
         "catalogue": snapshot(upper.db, [upper_uuid], ("documents",)),
         "counts": counts, "changes_counts": changes.counts,
         "renamed_member": first, "renamed_to": "Hoàng Thị Thu Hà",
         "deleted_member": second},
        ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    # Keys of this run only, never the user's own register key.
    os.environ["SNQ_KEY_DIR"] = tempfile.mkdtemp(prefix="snq-fixture-keys-")
    with tempfile.TemporaryDirectory() as folder:
        make(Path(folder))
    print(FOLDER)
