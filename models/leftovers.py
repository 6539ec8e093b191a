"""Temporary files a killed program left beside the register, removed at start.

Every such file is written encrypted (a ``.part`` copy of the register is keyed
like it, an attachment's ``.partial`` is sealed), so a leftover never holds a
record in the clear; it is still removed at the next start, by the process that
holds the register's writer lock (``models.instance_lock``), so that no copy
another process is writing at that moment is taken away.
"""
from __future__ import annotations

import logging
from pathlib import Path

from models.paths import attachments_dir, backups_dir, keys_dir

log = logging.getLogger(__name__)


def leftovers(db_path: Path) -> list[Path]:
    """The temporary files of a write that never finished, beside the register at ``db_path``."""
    db_path = Path(db_path)
    name = db_path.name
    found = [
        *db_path.parent.glob(f".{name}.khoi-phuc.part*"),
        *db_path.parent.glob(f".{name}.*.ma-hoa.part*"),
        *backups_dir(db_path).glob("*.part"),
        *backups_dir(db_path).glob("*.part-*"),
        *attachments_dir(db_path).glob(".*.partial"),
        *keys_dir(db_path).glob(".*.tmp"),
    ]
    return sorted({p for p in found if p.is_file()})


def remove_leftovers(db_path: Path) -> list[Path]:
    """Remove :func:`leftovers`; call only while holding the register's writer lock."""
    removed = []
    for path in leftovers(db_path):
        try:
            path.unlink()
        except OSError:
            log.warning("Không xoá được tệp tạm %s", path.name)
            continue
        removed.append(path)
    if removed:
        log.info("Đã xoá %d tệp tạm còn lại từ lần trước", len(removed))
    return removed
