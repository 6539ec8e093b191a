"""Attached document files in packages: gathered at export, checked and stored at import.

A document's file is kept in the register's attachments folder under its content
hash (``models.documents.attach_file``), and travels in a package as the entry
``attachments/<stored name>``. The receiver accepts an entry only when an attachment
record of the same package names it and its bytes hash to that name, and writes it
into its own attachments folder beside, then over, the final name. Because names
are hashes, a file already there with the right content is left alone, and a file
written by an import that then failed harms nothing.
"""
from __future__ import annotations

import contextlib
import hashlib
import os
import secrets
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from models import sealed_files
from models.cipher import process_key
from models.documents import STORED_NAME
from models.i18n import _
from models.oserrors import reason as os_reason
from models.paths import attachments_dir
from models.rules.text import shown
from models.sealed_files import SealedFileError
from models.vntext import show_int
from sync.errors import AttachmentMismatchError, TransferError

FOLDER = "attachments/"


@dataclass
class GatheredFiles:
    files: dict[str, bytes] = field(default_factory=dict)
    # Attachments whose file is missing or damaged on this PC: the record still
    # travels, the receiver is told the file did not come.
    missing: list[str] = field(default_factory=list)


def _live(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [r for r in rows if not r.get("deleted")]


def gather(db_path: Path, attachment_rows: list[dict[str, Any]]) -> GatheredFiles:
    """The files of the live attachment records, read from this register's folder."""
    folder = attachments_dir(db_path)
    result = GatheredFiles()
    for row in _live(attachment_rows):
        name = row["stored_name"]
        entry = FOLDER + name
        if entry in result.files:
            continue
        try:
            content = sealed_files.read_file(folder / name)
        except (OSError, SealedFileError):
            result.missing.append(row["file_name"])
            continue
        if hashlib.sha256(content).hexdigest() != row["sha256"]:
            result.missing.append(row["file_name"])
            continue
        result.files[entry] = content
    return result


def check(tables: Mapping[str, list[dict[str, Any]]], files: Mapping[str, bytes]) -> None:
    """Refuse any attached file that no attachment record of the package explains,
    or whose bytes are not the ones its name and record promise."""
    expected = {FOLDER + r["stored_name"]: r for r in tables.get("attachments", [])
                if isinstance(r, dict) and isinstance(r.get("stored_name"), str)}
    for name, content in files.items():
        row = expected.get(name)
        stored = name[len(FOLDER):]
        if row is None or not STORED_NAME.match(stored):
            raise AttachmentMismatchError(
                _(
                    "Gói có tệp đính kèm “{name}” không thuộc văn bản nào trong gói. Gói bị từ "
                    "chối, sổ không thay đổi."
                ).format(name=name)
            )
        digest = hashlib.sha256(content).hexdigest()
        if digest != row["sha256"] or not stored.startswith(digest):
            raise AttachmentMismatchError(
                _(
                    "Tệp đính kèm “{file}” trong gói không đúng nội dung đã ghi (mã băm khác). "
                    "Gói bị từ chối, sổ không thay đổi."
                ).format(file=shown(row.get('file_name', name)))
            )
        if row.get("size") != len(content):
            raise AttachmentMismatchError(
                _(
                    "Tệp đính kèm “{file}” trong gói có {content} byte, khác dung lượng bản ghi "
                    "khai ({declared}). Gói bị từ chối, sổ không thay đổi."
                ).format(
                    file=shown(row.get('file_name', name)),
                    content=show_int(len(content)),
                    declared=shown(row.get('size')),
                )
            )


def store(db_path: Path, files: Mapping[str, bytes]) -> int:
    """Write the package's files into the attachments folder; returns how many were new.

    Call before the records are written: a record must never name a file that is
    not there yet, while a file no record names is harmless.
    """
    folder = attachments_dir(db_path)
    key = process_key()
    written = 0
    for name, content in files.items():
        target = folder / name[len(FOLDER):]
        if _has_content(target, content):
            continue
        temp = folder / f".{target.name}.{secrets.token_hex(4)}.partial"
        try:
            sealed_files.write_sealed(temp, content, key)
            os.replace(temp, target)
            written += 1
        except OSError as error:
            raise TransferError(
                _(
                    "Không ghi được tệp đính kèm vào thư mục “{folder}”: {error}. Sổ không "
                    "thay đổi."
                ).format(folder=folder, error=os_reason(error))
            ) from error
        finally:
            with contextlib.suppress(OSError):
                temp.unlink()
    return written


def _has_content(path: Path, content: bytes) -> bool:
    try:
        return sealed_files.read_file(path) == content
    except (OSError, SealedFileError):
        return False


def missing_on_disk(
    db_path: Path, attachment_rows: list[dict[str, Any]], files: Mapping[str, bytes]
) -> list[str]:
    """Live attachment records of a package whose file neither came nor is here."""
    folder = attachments_dir(db_path)
    return [
        r["file_name"] for r in _live(attachment_rows)
        if FOLDER + r["stored_name"] not in files and not (folder / r["stored_name"]).is_file()
    ]
