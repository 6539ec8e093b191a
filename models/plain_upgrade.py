"""Registers written before encryption, encrypted in place on the first start after the upgrade.

For each plain file (the register, then every backup beside it): an encrypted
copy is written aside with ``sqlcipher_export``, opened again with the key and
compared row for row with the plain file, and only then put in the plain
file's place. A crash at any moment leaves the plain file whole, or the
verified encrypted one. Attachments and the office's private keys beside the
register are sealed the same way: written aside, then renamed over.
"""
from __future__ import annotations

import logging
import os
import secrets
from pathlib import Path

from models import sealed_files
from models.cipher import connect, content_digest, is_plain
from models.cipher import sqlite as sqlite3
from models.errors import DatabaseFileError
from models.i18n import _
from models.oserrors import reason as os_reason
from models.paths import attachments_dir, backups_dir, fsync_dir, keys_dir
from models.register_identity import check_identity

log = logging.getLogger(__name__)


def export_encrypted(plain: Path, target: Path, key: bytes) -> None:
    """Write an encrypted copy of the plain database ``plain`` into the new file ``target``."""
    if os.name == "posix":
        os.close(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600))
    con = connect(plain, None, mode="rw", isolation_level=None)
    try:
        version = con.execute("PRAGMA user_version").fetchone()[0]
        app_id = con.execute("PRAGMA application_id").fetchone()[0]
        target_uri = str(target).replace("'", "''")
        con.execute(f"ATTACH DATABASE '{target_uri}' AS encrypted KEY \"x'{key.hex()}'\"")
        try:
            con.execute("SELECT sqlcipher_export('encrypted')")
            con.execute(f"PRAGMA encrypted.user_version = {int(version)}")
            con.execute(f"PRAGMA encrypted.application_id = {int(app_id)}")
        finally:
            con.execute("DETACH DATABASE encrypted")
    finally:
        con.close()


def verified_copy(plain: Path, key: bytes, *, wal: bool) -> Path:
    """An encrypted copy of ``plain`` beside it, checked to hold the same rows; its path."""
    part = plain.with_name(f".{plain.name}.{secrets.token_hex(4)}.ma-hoa.part")
    try:
        export_encrypted(plain, part, key)
        source = connect(plain, None, mode="ro")
        copy = connect(part, key, mode="rw")
        try:
            if wal:
                copy.execute("PRAGMA journal_mode = WAL")
            ok = [r[0] for r in copy.execute("PRAGMA integrity_check").fetchall()] == ["ok"]
            if not ok or content_digest(copy) != content_digest(source):
                raise DatabaseFileError(
                    _(
                        "Bản mã hoá của “{name}” không khớp với bản gốc nên chưa thay. Tệp gốc "
                        "được giữ nguyên."
                    ).format(name=plain.name)
                )
        finally:
            copy.close()
            source.close()
        with open(part, "r+b") as handle:
            os.fsync(handle.fileno())
        return part
    except BaseException:
        for leftover in (part, Path(f"{part}-wal"), Path(f"{part}-shm"), Path(f"{part}-journal")):
            leftover.unlink(missing_ok=True)
        raise


def encrypt_file(plain: Path, key: bytes, *, wal: bool = False) -> None:
    """Replace the plain database ``plain`` by a verified encrypted copy of it."""
    try:
        # Fold the WAL in first: a crash after the side files go keeps every row.
        con = connect(plain, None, mode="rw", isolation_level=None)
        try:
            mode = str(con.execute("PRAGMA journal_mode").fetchone()[0]).lower()
            wal = wal or mode == "wal"
            con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            con.close()
        part = verified_copy(plain, key, wal=wal)
        for side in ("-wal", "-shm", "-journal"):
            Path(f"{plain}{side}").unlink(missing_ok=True)
        os.replace(part, plain)
        fsync_dir(plain.parent)
    except sqlite3.Error as exc:
        raise DatabaseFileError(
            _(
                "Không mã hoá được sổ “{name}” ({exc}). Tệp gốc được giữ nguyên; hãy kiểm tra "
                "sổ bằng lệnh check hoặc khôi phục từ bản sao lưu."
            ).format(name=plain.name, exc=exc)
        ) from exc
    except OSError as exc:
        raise DatabaseFileError(
            _(
                "Không mã hoá được sổ “{name}”: {exc}. Tệp gốc được giữ nguyên."
            ).format(name=plain.name, exc=os_reason(exc))
        ) from exc


def refuse_foreign(path: Path) -> None:
    """Only a register of this program (or an empty database) is encrypted in place:
    any other program's SQLite file named with ``--db`` is refused untouched
    (``models.register_identity``)."""
    try:
        con = connect(path, None, mode="ro")
        try:
            check_identity(con, path)
        finally:
            con.close()
    except sqlite3.Error as exc:
        raise DatabaseFileError(
            _(
                "Tệp “{name}” không đọc được ({exc}). Tệp không bị thay đổi; hãy chọn tệp khác "
                "hoặc khôi phục từ bản sao lưu."
            ).format(name=path.name, exc=exc)
        ) from exc


def encrypt_register(path: Path, key: bytes) -> None:
    """The register at ``path`` and everything beside it that holds records, encrypted.

    The register first; its plain backups only once it is encrypted and verified,
    each in turn (one that cannot be read is left for a technician and logged).
    """
    refuse_foreign(path)
    encrypt_file(path, key, wal=True)
    log.info("Đã mã hoá sổ dữ liệu %s", path.name)
    folder = backups_dir(path)
    for backup in sorted(folder.glob("*.db")):
        if not is_plain(backup):
            continue
        try:
            encrypt_file(backup, key)
        except DatabaseFileError:
            log.warning("Không mã hoá được bản sao lưu cũ %s", backup.name)
    seal_beside(path, key)


def seal_beside(path: Path, key: bytes) -> None:
    """Seal plain attachments and private keys beside the register (idempotent)."""
    for stored in attachments_dir(path).iterdir():
        if stored.is_file() and not stored.name.startswith("."):
            sealed_files.seal_in_place(stored, key)
    for pem in keys_dir(path).glob("*.pem"):
        sealed_files.seal_private_key_in_place(pem, key)
