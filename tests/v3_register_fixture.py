"""A register of schema version 3 (the last one released, 0.1.0), as that program wrote
it, kept in ``tests/fixtures/v3-register`` so that every later program is held to
upgrade it without losing a row or changing a figure: the encrypted register, the key
that opens it (demo data only), the row count of every table and the indicator figures
that program computed from it (``tests.indicator_golden.figures``).

``python -m tests.v3_register_fixture`` made them once, run from a worktree of main at
3a426ee (schema 3) with this file copied in; do not run it again (they would then be
written by the newer program).
"""
from __future__ import annotations

import dataclasses
import json
import os
import tempfile
from pathlib import Path

FOLDER = Path(__file__).parent / "fixtures" / "v3-register"
REGISTER = "so-nghi-quyet.db"
KEY_STORE = "key-store"


def main() -> None:
    FOLDER.mkdir(parents=True, exist_ok=True)
    os.environ["SNQ_KEY_DIR"] = str(FOLDER / KEY_STORE)
    from models import demo, schema
    from models.db import open_database
    from models.settings import get_settings, save_settings
    from tests.indicator_golden import UNTIL, _tombstones, figures

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / REGISTER
        db = open_database(path)
        demo.generate(db, seed=11, members=40, years=2, chi_bo=3, until=UNTIL)
        save_settings(db, dataclasses.replace(get_settings(db), initialised=True))
        db.conn.close()
        _tombstones(path)
        db = open_database(path)
        tables = [name for (name,) in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' "
            "AND name NOT LIKE 'sqlite%' ORDER BY name")]
        counts = {t: db.execute(f"SELECT COUNT(*) FROM [{t}]").fetchone()[0] for t in tables}
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        db.conn.close()
        about = {
            "schema_version": schema.SCHEMA_VERSION,
            "rows": counts,
            "figures": figures(path),
        }
        (FOLDER / REGISTER).write_bytes(path.read_bytes())
    (FOLDER / "about.json").write_text(
        json.dumps(about, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(FOLDER)


if __name__ == "__main__":
    main()
