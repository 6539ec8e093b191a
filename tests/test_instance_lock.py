"""One writer per database: a second process is refused, a dead one lets go."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from models.instance_lock import AlreadyOpenError, InstanceLock, InstanceLockError, lock_path_for

ROOT = Path(__file__).resolve().parent.parent

HOLDER = r"""
import sys
from models.instance_lock import AlreadyOpenError, InstanceLock

lock = InstanceLock(sys.argv[1])
try:
    lock.acquire()
except AlreadyOpenError as exc:
    print("REFUSED " + str(exc), flush=True)
    sys.exit(3)
print("LOCKED", flush=True)
sys.stdin.readline()
lock.release()
print("RELEASED", flush=True)
"""


def start_holder(db_path: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONIOENCODING": "utf-8"}
    return subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(db_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        env=env,
    )


def test_a_second_process_is_refused_with_a_clear_message(db_path: Path) -> None:
    with InstanceLock(db_path):
        child = start_holder(db_path)
        out, _ = child.communicate(timeout=60)

    assert child.returncode == 3
    assert out.startswith("REFUSED ")
    assert "đang được mở ở một cửa sổ khác" in out
    assert db_path.name in out


def test_the_lock_held_by_another_process_refuses_this_one(db_path: Path) -> None:
    child = start_holder(db_path)
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "LOCKED"
        lock = InstanceLock(db_path)
        with pytest.raises(AlreadyOpenError) as refused:
            lock.acquire()
        assert "Sổ “so-nghi-quyet.db” đang được mở ở một cửa sổ khác" in str(refused.value)
        assert not lock.locked

        child.stdin.write("\n")
        child.stdin.flush()
        assert child.stdout.readline().strip() == "RELEASED"
        child.wait(timeout=60)

        lock.acquire()
        assert lock.locked
        lock.release()
    finally:
        child.kill()
        child.wait()


def test_a_killed_holder_leaves_the_database_free(db_path: Path) -> None:
    child = start_holder(db_path)
    assert child.stdout is not None and child.stdout.readline().strip() == "LOCKED"
    with pytest.raises(AlreadyOpenError):
        InstanceLock(db_path).acquire()

    child.kill()
    child.wait()

    with InstanceLock(db_path) as lock:
        assert lock.locked
    assert lock_path_for(db_path).exists()


def test_a_second_lock_in_the_same_process_is_refused_until_released(db_path: Path) -> None:
    first = InstanceLock(db_path)
    first.acquire()
    first.acquire()  # taking it again is harmless
    with pytest.raises(AlreadyOpenError):
        InstanceLock(db_path).acquire()
    first.release()
    first.release()

    with InstanceLock(db_path) as second:
        assert second.locked
    assert not second.locked


def test_other_databases_are_not_locked(tmp_path: Path) -> None:
    with InstanceLock(tmp_path / "a.db"), InstanceLock(tmp_path / "b.db") as other:
        assert other.locked


def test_a_folder_that_does_not_exist_gives_a_message(tmp_path: Path) -> None:
    with pytest.raises(InstanceLockError, match="không tạo được tệp khoá") as failed:
        InstanceLock(tmp_path / "khong-co" / "so.db").acquire()
    assert not isinstance(failed.value, AlreadyOpenError)
