"""Registers in trouble, made for real: a full disk, read-only files and folders, a
stick pulled out, a second writer. Each command is run as a clerk runs it
(``main.py`` in a subprocess) and the register's bytes are compared before and after.
"""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NOBODY = 65534


def run(*args, preexec: Callable[[], None] | None = None, user: int | None = None,
        timeout: float = 120) -> subprocess.CompletedProcess:
    """``main.py`` with ``args``; as another (non-root) account when ``user`` is given."""
    command = [sys.executable, str(ROOT / "main.py"), *map(str, args)]
    if user is not None and user != os.geteuid():
        command = ["setpriv", f"--reuid={user}", f"--regid={user}", "--clear-groups", *command]
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    return subprocess.run(command, capture_output=True, text=True, encoding="utf-8",
                          errors="replace", timeout=timeout, preexec_fn=preexec, env=env)


def register_state(db: Path) -> tuple[bytes, bytes]:
    """The register's bytes: the file and what its WAL holds (an empty WAL holds nothing)."""
    wal = Path(f"{db}-wal")
    return db.read_bytes(), wal.read_bytes() if wal.exists() else b""


def build(db: Path, members: int = 60) -> None:
    made = run("--db", db, "demo", "--members", members, "--years", "1", "--chi-bo", "3")
    assert made.returncode == 0, made.stderr
    backed = run("--db", db, "backup")
    assert backed.returncode == 0, backed.stderr


def copy_register(source: Path, folder: Path) -> Path:
    """The register with its backups folder, as a clerk's copy of the data folder."""
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy2(source, folder / source.name)
    shutil.copytree(source.parent / "backups", folder / "backups", dirs_exist_ok=True)
    return folder / source.name


def file_size_limit(limit: int) -> Callable[[], None]:
    """Run the child with RLIMIT_FSIZE: past ``limit`` bytes every write fails (EFBIG),
    as on a full disk. SIGXFSZ is ignored so the write fails instead of killing it."""

    def apply() -> None:
        import resource  # POSIX only

        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return apply


def can_mount() -> bool:
    return os.geteuid() == 0 and shutil.which("mount") is not None


@contextmanager
def small_disk(folder: Path, size: str) -> Iterator[Path]:
    """A tmpfs of ``size`` mounted on ``folder`` (root only): a real, small, fillable disk."""
    folder.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        raise OSError(done.stderr.strip())
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True)


def fill(folder: Path) -> None:
    """Write zeros until the disk is full (unbuffered: nothing is left to flush)."""
    with open(folder / "day-o-dia.bin", "wb", buffering=0) as handle:
        for block in (1 << 20, 4096, 512, 1):
            try:
                while handle.write(b"\0" * block):
                    pass
            except OSError:
                continue


@contextmanager
def read_only_bind(folder: Path) -> Iterator[Path]:
    """``folder`` remounted read-only on itself (root only): EROFS, as a locked USB stick."""
    for step in (["mount", "--bind", str(folder), str(folder)],
                 ["mount", "-o", "remount,ro,bind", str(folder)]):
        done = subprocess.run(step, capture_output=True, text=True)
        if done.returncode != 0:
            subprocess.run(["umount", "-l", str(folder)], capture_output=True)
            raise OSError(done.stderr.strip())
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True)


def non_root_user() -> int | None:
    """The account to run as so that file modes apply: ``nobody`` when we are root and
    ``setpriv`` exists, the current account when it is not root, else None."""
    if os.geteuid() != 0:
        return None if os.name != "posix" else os.geteuid()
    return NOBODY if shutil.which("setpriv") else None


def world_folder(tmp_path: Path, owner: int) -> Path:
    """A folder ``owner`` can reach: pytest's own temp folder is closed to other accounts."""
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="snq-quyen-", dir="/tmp" if os.name == "posix" else None))
    os.chmod(folder, 0o755)
    if os.geteuid() == 0:
        os.chown(folder, owner, owner)
    return folder


def chown_tree(folder: Path, owner: int) -> None:
    if os.geteuid() != 0:
        return
    for path in [folder, *folder.rglob("*")]:
        os.chown(path, owner, owner)


def register_connection(db: Path, *, read_only: bool = False):
    """A connection to a register made by the program, outside the program: the one
    place these tests open a register themselves (an encrypted register needs its
    key here)."""
    import sqlite3

    if read_only:
        return sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    return sqlite3.connect(db)


def damage(db: Path) -> None:
    """Overwrite pages in the middle of the file, as a bad disk would."""
    con = register_connection(db)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    data = bytearray(db.read_bytes())
    for offset in range(4096 * 3, 4096 * 8):
        data[offset] = 0xA5
    db.write_bytes(bytes(data))
