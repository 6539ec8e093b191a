"""Faults in the middle of the exchange: an import killed with kill -9 at any point
leaves the register sound and either untouched or fully imported; a copy to a stick
that fails part way leaves nothing there that looks like a package."""
from __future__ import annotations

import errno
import os
import pathlib
import random
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from models import backup_check, demo, exchange_log, exchange_snapshot
from models.db import integrity_problems, open_database
from models.organisation import delete_member, list_members, save_member
from sync.errors import TransferError
from sync.import_export import export_package, import_package
from tests.usb_helpers import owned_dump, unit_office, upper_office

ROOT = Path(__file__).resolve().parent.parent

IMPORTER = r"""
import sys, time
from pathlib import Path
import models.exchange_log as logs
from models.db import open_database
from sync.import_export import import_package

db_path, package, mode = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
if mode == "hold":
    # Everything written, the transaction not yet committed: stop there.
    real = logs.log_import
    def log_then_hold(*args, **kwargs):
        real(*args, **kwargs)
        print("applied", flush=True)
        time.sleep(120)
    logs.log_import = log_then_hold
db = open_database(db_path)
print("ready", flush=True)
import_package(db, package)
print("done", flush=True)
"""


@pytest.fixture(scope="module")
def packages(tmp_path_factory):
    """An upper level that imported a unit's first package, and the unit's second one."""
    root = tmp_path_factory.mktemp("faults")
    upper = upper_office(root)
    unit = unit_office(root, upper, "xa", "Đảng ủy xã Nà Pài", "ĐU Nà Pài")
    demo.generate(unit.db, seed=3, members=400, years=1, chi_bo=10)
    first = export_package(unit.db, root / "usb")
    import_package(upper.db, first.target_path)
    owner = exchange_snapshot.catalogue_owners(unit.db)[0]
    before = owned_dump(upper.db, owner)
    for member in list_members(unit.db)[:50]:
        member.full_name += " (đã sửa)"
        save_member(unit.db, member)
    for member in list_members(unit.db)[50:80]:
        delete_member(unit.db, member.uuid)
    second = export_package(unit.db, root / "usb")
    after = owned_dump(unit.db, owner)
    assert before != after
    upper.db.conn.close()  # the last connection folds the WAL into the file
    assert not Path(f"{upper.path}-wal").exists()
    pristine = root / "pristine.db"
    pristine.write_bytes(upper.path.read_bytes())
    return root, upper.path, pristine, second.target_path, owner, before, after


def fresh_upper(packages, name: str) -> Path:
    """A copy of the upper level's register, in its own folder with its keys."""
    root, upper_path, pristine, *_ = packages
    folder = root / name
    folder.mkdir()
    (folder / "keys").symlink_to(upper_path.parent / "keys", target_is_directory=True)
    target = folder / "so.db"
    target.write_bytes(pristine.read_bytes())
    return target


def run_importer(db_path: Path, package: Path, mode: str) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONIOENCODING": "utf-8"}
    child = subprocess.Popen([sys.executable, "-c", IMPORTER, str(db_path), str(package), mode],
                             stdout=subprocess.PIPE, text=True, env=env, cwd=ROOT)
    assert child.stdout.readline().strip() == "ready"
    return child


def state_after_kill(db_path: Path, owner: str) -> dict:
    assert backup_check.check_integrity(db_path) == []
    db = open_database(db_path)
    try:
        assert integrity_problems(db) == []
        return owned_dump(db, owner)
    finally:
        db.conn.close()


def test_kill_after_everything_is_written_but_not_committed(packages):
    _root, _upper, _pristine, package, owner, before, after = packages
    db_path = fresh_upper(packages, "hold")
    child = run_importer(db_path, package, "hold")
    assert child.stdout.readline().strip() == "applied"
    child.kill()
    child.wait()

    assert state_after_kill(db_path, owner) == before
    # and the register takes the same package again, whole
    db = open_database(db_path)
    report = import_package(db, package)
    assert report.applied and owned_dump(db, owner) == after
    db.conn.close()


@pytest.mark.parametrize("attempt", range(6))
def test_kill_at_a_random_moment(packages, attempt):
    _root, _upper, _pristine, package, owner, before, after = packages
    db_path = fresh_upper(packages, f"random-{attempt}")
    child = run_importer(db_path, package, "run")
    reported: list[str] = []
    reader = threading.Thread(target=lambda: reported.extend(child.stdout), daemon=True)
    reader.start()
    time.sleep(random.uniform(0.0, 0.35))  # the import itself takes about 0.2 s
    child.kill()
    child.wait()
    reader.join()

    state = state_after_kill(db_path, owner)
    if any(line.strip() == "done" for line in reported):
        assert state == after
    else:
        assert state in (before, after)


class _FullStick:
    """A file on a stick that fills up after ``room`` bytes."""

    def __init__(self, real, room: int):
        self.real, self.room = real, room

    def write(self, data: bytes) -> int:
        if len(data) > self.room:
            self.real.write(data[: self.room])
            raise OSError(errno.ENOSPC, "No space left on device")
        self.room -= len(data)
        return self.real.write(data)

    def __getattr__(self, name):
        return getattr(self.real, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.real.close()


def test_export_to_a_stick_that_fills_up_leaves_no_package_there(tmp_path, monkeypatch):
    upper = upper_office(tmp_path)
    unit = unit_office(tmp_path, upper, "xa", "Đảng ủy xã Nà Pài", "ĐU Nà Pài")
    demo.generate(unit.db, seed=5, members=120, years=1, chi_bo=4)
    stick = tmp_path / "stick"
    stick.mkdir()
    real_open = pathlib.Path.open

    def fake_open(self, mode="r", *args, **kwargs):
        handle = real_open(self, mode, *args, **kwargs)
        return _FullStick(handle, 20_000) if self.parent == stick and "x" in mode else handle

    monkeypatch.setattr(pathlib.Path, "open", fake_open)

    with pytest.raises(TransferError) as refused:
        export_package(unit.db, stick)

    monkeypatch.undo()
    assert "ổ đĩa đã đầy" in str(refused.value)
    assert list(stick.iterdir()) == []
    assert exchange_log.export_log(unit.db) == []
    (kept,) = (unit.folder / "packages").glob("*.snq")
    assert f"Gói vẫn được giữ trên máy tại “{kept}”" in str(refused.value)
    # the copy kept on the PC is whole: the upper level takes it
    report = import_package(upper.db, kept)
    assert report.applied and report.plan.totals().new > 1000
