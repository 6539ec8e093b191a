"""Thinning the backups folder: which copies are kept, by age and by size.

A policy of its own, apart from taking copies (``models.backup``): the calendar
rules, the reasons protected for a month, the size budget and the ``.part``
leftovers of a crash. The imports call :func:`thin_backups` right after their backup.
"""
from __future__ import annotations

import logging
from datetime import datetime, timedelta
from pathlib import Path

from models.backup_names import (
    BACKUP_LOCK,
    PART_SUFFIX,
    REASON_DAMAGED,
    REASON_IMPORT,
    REASON_MEMBER_IMPORT,
    REASON_MIGRATION,
    REASON_RESTORE,
    REASON_UNDO,
    BackupInfo,
    clock_now,
    file_size,
    list_folder,
    read_last_record,
)

log = logging.getLogger(__name__)

# Copies taken just before something that changes much at once are the ones a
# person most likely wants back; thinning leaves them alone for a month.
PROTECTED_REASONS = frozenset(
    {REASON_IMPORT, REASON_MEMBER_IMPORT, REASON_MIGRATION, REASON_RESTORE, REASON_DAMAGED,
     REASON_UNDO}
)
PROTECTED_FOR = timedelta(days=30)

KEEP_DAYS = 7
KEEP_WEEKS = 4
KEEP_MONTHS = 12
# The backups together stay within this many times the newest one (about the size of
# the register, which at a province grows by a gigabyte a year), or within the floor
# for a small register; the oldest go first (see ``thin_backups``).
BUDGET_COPIES = 6
BUDGET_FLOOR = 512 * 1024 * 1024
# A leftover ``.part`` file older than this is from a crash, not a copy in progress.
STALE_PART_AGE = timedelta(days=1)


def thin_backups(
    folder: Path, now: datetime, *, max_bytes: int | None = None
) -> list[Path]:
    """Delete backups that are no longer needed; return the deleted files.

    Kept: the newest backup of each of the last 7 days that have backups, of
    the last 4 weeks, and of the last 12 months (counted over the days, weeks
    and months that have backups, so that a PC left off for a season or a clock
    set years ahead does not wipe the history); the newest backup and the one
    written last; anything taken before an import, migration or restore within
    ``PROTECTED_FOR`` of ``now``; anything dated after ``now`` (the clock was
    set back and its place cannot be judged). Files not named like a backup
    are never touched, except ``.part`` leftovers older than a day.

    Then the size: while what is kept takes more than ``max_bytes`` (default
    ``size_budget``), the oldest go, those of the calendar rules first, then the
    protected ones; never the newest backup, the one written last (both checked
    when written) or the newest taken before an import.
    """
    folder = Path(folder)
    moment = clock_now(now)
    removed: list[Path] = []
    with BACKUP_LOCK:
        backups = list_folder(folder)
        keep: set[Path] = set()
        always: set[Path] = set()
        if backups:
            always.add(backups[0].path)
        record = read_last_record(folder)
        if record is not None:
            always.add(record[0])
        before_import = next((b for b in backups if b.reason == REASON_IMPORT), None)
        if before_import is not None:
            always.add(before_import.path)
        keep |= always
        for bucket, count in (
            (lambda t: t.date(), KEEP_DAYS),
            (lambda t: t.isocalendar()[:2], KEEP_WEEKS),
            (lambda t: (t.year, t.month), KEEP_MONTHS),
        ):
            seen: set[object] = set()
            for info in backups:
                key = bucket(info.taken)
                if key in seen:
                    continue
                if len(seen) == count:
                    break
                seen.add(key)
                keep.add(info.path)
        protected: set[Path] = set()
        for info in backups:
            age = moment - info.taken
            if age < timedelta(0) or (info.reason in PROTECTED_REASONS and age <= PROTECTED_FOR):
                protected.add(info.path)
        keep |= protected
        budget = size_budget(backups) if max_bytes is None else max_bytes
        _fit_budget(backups, keep, always, protected, budget)
        doomed: list[Path] = []
        for info in backups:
            if info.path not in keep:
                # A raw copy kept before a restore may carry its WAL beside it.
                doomed += [info.path, Path(f"{info.path}-wal")]
        doomed += _stale_parts(folder, moment)
        for path in doomed:
            try:
                path.unlink()
            except FileNotFoundError:
                continue
            except OSError:
                log.warning("Không xoá được bản sao lưu cũ %s", path, exc_info=True)
                continue
            removed.append(path)
    if removed:
        log.info("Đã dọn %d bản sao lưu cũ trong %s", len(removed), folder)
    return removed


def size_budget(backups: list[BackupInfo]) -> int:
    """How much the backups may take together: ``BUDGET_COPIES`` times the newest
    (the register's size, near enough), at least ``BUDGET_FLOOR``."""
    newest = file_size(backups[0].path) if backups else 0
    return max(BUDGET_FLOOR, BUDGET_COPIES * newest)


def _fit_budget(
    backups: list[BackupInfo], keep: set[Path], always: set[Path], protected: set[Path],
    budget: int,
) -> None:
    """Drop kept backups, oldest first (calendar ones before protected ones), until
    what is left fits ``budget`` or only the ones never dropped remain."""
    sizes = {b.path: file_size(b.path) for b in backups if b.path in keep}
    total = sum(sizes.values())
    oldest_first = list(reversed(backups))
    for dropping_protected in (False, True):
        for info in oldest_first:
            if total <= budget:
                return
            if info.path not in keep or info.path in always:
                continue
            if (info.path in protected) != dropping_protected:
                continue
            keep.discard(info.path)
            total -= sizes[info.path]


def _stale_parts(folder: Path, moment: datetime) -> list[Path]:
    if not folder.is_dir():
        return []
    stale = []
    for path in folder.iterdir():
        if not path.name.endswith((PART_SUFFIX, PART_SUFFIX + "-journal")):
            continue
        try:
            modified = datetime.fromtimestamp(path.stat().st_mtime)
        except OSError:
            continue
        if moment - modified > STALE_PART_AGE:
            stale.append(path)
    return stale
