"""Backups by name: their reasons, their file names, the list of a folder, the last-backup record.

The words every backup module shares, so this one imports none of the others:
``models.backup_check`` opens and checks a file, ``models.backup`` takes the copies,
``models.backup_thinning`` decides which ones go, ``models.restore`` puts one back.
The errors they raise and the lock that keeps them apart within one process are here
for the same reason.

Backups live in ``models.paths.backups_dir(db_path)`` and are named
``2026-11-25_193012_truoc-nhap.db``: a sortable local timestamp and the reason,
in ASCII.

``last-backup.json`` in the same folder records which copy was written last
and a fingerprint of its content. Office PCs often have the wrong date, so
"the newest backup" cannot be decided from timestamps alone; the record says
which one was really taken last whatever the clock said.
"""
from __future__ import annotations

import json
import os
import re
import threading
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from models.errors import UserError
from models.i18n import N_, Labels
from models.paths import backups_dir
from models.vntext import fold

REASON_AUTO = "tu-dong"
REASON_MANUAL = "thu-cong"
REASON_IMPORT = "truoc-nhap"
REASON_MEMBER_IMPORT = "truoc-nhap-danh-sach"
REASON_MIGRATION = "truoc-nang-cap"
REASON_RESTORE = "truoc-khoi-phuc"
REASON_UNDO = "truoc-hoan-tac"
# A raw copy of a current file that was too damaged to back up properly, kept
# before a restore replaces it so that a technician can still salvage it.
REASON_DAMAGED = "hong-truoc-khoi-phuc"

REASON_LABELS = Labels({
    REASON_AUTO: N_("Tự động"),
    REASON_MANUAL: N_("Sao lưu theo yêu cầu"),
    REASON_IMPORT: N_("Trước khi nhận gói dữ liệu"),
    REASON_MEMBER_IMPORT: N_("Trước khi nhập danh sách đảng viên"),
    REASON_MIGRATION: N_("Trước khi nâng cấp"),
    REASON_RESTORE: N_("Trước khi khôi phục"),
    REASON_UNDO: N_("Trước khi hoàn tác lần nhận gói"),
    REASON_DAMAGED: N_("Bản hỏng giữ lại trước khi khôi phục"),
})

LAST_BACKUP_FILE = "last-backup.json"
PART_SUFFIX = ".part"

_NAME_RE = re.compile(
    r"^(?P<stamp>\d{4}-\d{2}-\d{2}_\d{6})_(?P<reason>[a-z0-9]+(?:-[a-z0-9]+)*)"
    r"(?:_(?P<seq>\d+))?\.db$"
)
STAMP_FORMAT = "%Y-%m-%d_%H%M%S"

# Backups and restores of one process never overlap (a timer and a button may
# both ask); other processes are kept out by the instance lock.
BACKUP_LOCK = threading.RLock()


class BackupError(UserError):
    """A backup or restore that could not be done; the message is for the user."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class KeyMismatchError(BackupError):
    """A backup encrypted with a key this PC does not keep: the recovery code opens it."""


class DamagedDatabaseError(BackupError):
    """The database itself is damaged, so no sound copy of it can be made.

    The GUI can offer to restore :func:`models.restore.newest_good_backup` when it sees this.
    """


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken: datetime
    reason: str
    seq: int = 1

    @property
    def label(self) -> str:
        """The reason in words, for the list a person picks a backup from."""
        return REASON_LABELS.get(self.reason, self.reason)

    @property
    def sort_key(self) -> tuple[datetime, int]:
        return (self.taken, self.seq)


# --------------------------------------------------------------------------- names


def reason_slug(reason: str) -> str:
    """``"Trước nhập"`` → ``"truoc-nhap"``: ASCII, safe in any file system."""
    words = re.findall(r"[a-z0-9]+", fold(reason))
    return "-".join(words)[:40].strip("-") or REASON_MANUAL


def parse_backup_name(path: Path) -> BackupInfo | None:
    """The time and reason encoded in a backup's name; ``None`` for other files."""
    match = _NAME_RE.match(path.name)
    if not match:
        return None
    try:
        taken = datetime.strptime(match["stamp"], STAMP_FORMAT)
    except ValueError:
        return None
    return BackupInfo(path, taken, match["reason"], int(match["seq"] or 1))


def unique_path(folder: Path, stem: str) -> Path:
    candidate = folder / f"{stem}.db"
    seq = 2
    while candidate.exists() or part_path(candidate).exists():
        candidate = folder / f"{stem}_{seq}.db"
        seq += 1
    return candidate


def part_path(final: Path) -> Path:
    return final.with_name(final.name + PART_SUFFIX)


def clock_now(now: datetime | None) -> datetime:
    return (now or datetime.now()).replace(microsecond=0)


def create_private(path: Path) -> None:
    if os.name == "posix":
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600))


# ------------------------------------------------------------------ last backup


def read_last_record(folder: Path) -> tuple[Path, str] | None:
    try:
        record = json.loads((folder / LAST_BACKUP_FILE).read_text(encoding="utf-8"))
        path = folder / str(record["file"])
        fingerprint = str(record["fingerprint"])
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if path.parent != folder or not path.is_file():
        return None
    return path, fingerprint


def write_last_record(folder: Path, backup: Path, fingerprint: str) -> None:
    target = folder / LAST_BACKUP_FILE
    part = part_path(target)
    create_private(part)
    part.write_text(
        json.dumps({"file": backup.name, "fingerprint": fingerprint}), encoding="utf-8"
    )
    os.replace(part, target)


def list_backups(db_path: Path) -> list[BackupInfo]:
    """The backups of one database, newest name first."""
    return list_folder(backups_dir(Path(db_path)))


def list_folder(folder: Path) -> list[BackupInfo]:
    if not folder.is_dir():
        return []
    found = (parse_backup_name(p) for p in folder.iterdir() if p.is_file())
    return sorted((b for b in found if b), key=lambda b: b.sort_key, reverse=True)


def last_backup(db_path: Path) -> BackupInfo | None:
    """The backup written last (for the status bar), whatever the clock said since."""
    folder = backups_dir(Path(db_path))
    record = read_last_record(folder)
    if record is not None:
        info = parse_backup_name(record[0])
        if info is not None:
            return info
    backups = list_folder(folder)
    return backups[0] if backups else None


def file_size(path: Path) -> int:
    """A backup's bytes on disk, with the WAL a raw copy may carry."""
    total = 0
    for part in (path, Path(f"{path}-wal")):
        try:
            total += part.stat().st_size
        except OSError:
            continue
    return total


def backups_usage(db_path: Path) -> tuple[int, int]:
    """(number of backups, bytes they take) of one register, for the status bar."""
    backups = list_backups(Path(db_path))
    return len(backups), sum(file_size(b.path) for b in backups)
