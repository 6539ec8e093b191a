"""Where the program keeps its files: the user's data folder (platformdirs).

``SNQ_DATA_DIR`` overrides the folder (tests, portable installs).
"""
from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "SoNghiQuyet"
DB_FILE_NAME = "so-nghi-quyet.db"


def data_dir() -> Path:
    override = os.environ.get("SNQ_DATA_DIR")
    if override:
        folder = Path(override)
    else:
        from platformdirs import user_data_dir  # only here: the other folders sit beside the file

        folder = Path(user_data_dir(APP_NAME, appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    if not override:
        private(folder)
    return folder


def private(folder: Path) -> Path:
    """Only this user may open ``folder`` (POSIX; on Windows it is in the user's profile)."""
    if os.name == "posix":
        try:
            mode = folder.stat().st_mode
            if mode & 0o077:
                os.chmod(folder, mode & 0o700)  # the owner's own rights stay as they are
        except OSError:
            pass  # a folder of another user: its owner's rights stay
    return folder


def default_db_path() -> Path:
    return data_dir() / DB_FILE_NAME


def sibling_dir(db_path: Path, name: str) -> Path:
    """A folder that belongs to one database (backups, attachments, keys, logs).

    Kept beside the database file so that a register copied with its folder keeps
    everything that goes with it.
    """
    folder = Path(db_path).resolve().parent / name
    folder.mkdir(parents=True, exist_ok=True)
    return private(folder)


def attachments_dir(db_path: Path) -> Path:
    return sibling_dir(db_path, "attachments")


def backups_dir(db_path: Path) -> Path:
    return sibling_dir(db_path, "backups")


def keys_dir(db_path: Path) -> Path:
    return sibling_dir(db_path, "keys")


def logs_dir(db_path: Path) -> Path:
    return sibling_dir(db_path, "logs")


def packages_dir(db_path: Path) -> Path:
    """Every package and setup file this office wrote, kept on the PC as sent."""
    return sibling_dir(db_path, "packages")


def fsync_dir(folder: Path) -> None:
    """Make a rename inside ``folder`` durable; Windows cannot open a folder for this."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
