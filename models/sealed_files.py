"""Files beside the register sealed with its key: attachments and the office's private keys.

An attachment is stored as ``MAGIC + nonce + AES-256-GCM(content)`` under a key
derived from the register's key (HKDF, purpose "attachments"), so that the
attachments folder is as closed as the register; its name stays the SHA-256 of
the plain content, which is what records and packages name. A private key is a
PEM encrypted with a password derived the same way (purpose "office-keys").

In plain mode (the benchmark's baseline) nothing is sealed; a file without the
mark (written before encryption) is read as it is until the upgrade seals it.
"""
from __future__ import annotations

import os
import secrets
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from models.cipher import process_key
from models.errors import UserError
from models.i18n import _
from models.keystore import subkey

MAGIC = b"SNQ-SEALED-1\n"
NONCE_BYTES = 12


class SealedFileError(UserError):
    """A sealed file that does not open with this register's key."""


def is_sealed(data: bytes) -> bool:
    return data.startswith(MAGIC)


def seal(data: bytes, key: bytes | None) -> bytes:
    """``data`` sealed with ``key`` (``None``: plain mode, left as it is)."""
    if key is None:
        return data
    nonce = secrets.token_bytes(NONCE_BYTES)
    return MAGIC + nonce + AESGCM(subkey(key, "attachments")).encrypt(nonce, data, MAGIC)


def unseal(blob: bytes, key: bytes | None, name: str = "") -> bytes:
    if not is_sealed(blob):
        return blob
    if key is None:
        raise SealedFileError(_(
            "Tệp “{name}” được mã hoá nhưng máy này chưa có khóa của sổ."
        ).format(name=name))
    nonce = blob[len(MAGIC) : len(MAGIC) + NONCE_BYTES]
    try:
        return AESGCM(subkey(key, "attachments")).decrypt(
            nonce, blob[len(MAGIC) + NONCE_BYTES :], MAGIC
        )
    except InvalidTag as exc:
        raise SealedFileError(
            _(
                "Tệp “{name}” không mở được bằng khóa của sổ này (tệp bị hỏng hoặc của sổ "
                "khác)."
            ).format(name=name)
        ) from exc


def read_file(path: Path, key: bytes | None = None) -> bytes:
    """The plain content of a stored file (this register's key when ``key`` is None)."""
    blob = Path(path).read_bytes()
    if is_sealed(blob) and key is None:
        key = process_key()
    return unseal(blob, key, Path(path).name)


def write_private(path: Path, data: bytes) -> None:
    """Write ``data`` to the new file ``path`` (failing if it exists), owner-only, synced."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


def write_sealed(path: Path, data: bytes, key: bytes | None) -> None:
    """Seal ``data`` into the new file ``path`` (failing if it exists)."""
    write_private(path, seal(data, key))


def seal_in_place(path: Path, key: bytes) -> bool:
    """Seal a plain stored file, written aside then renamed over; False if already sealed."""
    blob = path.read_bytes()
    if is_sealed(blob):
        return False
    temp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.partial")
    try:
        write_sealed(temp, blob, key)
        os.replace(temp, path)
    finally:
        temp.unlink(missing_ok=True)
    return True


def private_key_password(key: bytes) -> bytes:
    return subkey(key, "office-keys").hex().encode("ascii")


def private_key_encryption(key: bytes | None) -> serialization.KeySerializationEncryption:
    if key is None:
        return serialization.NoEncryption()
    return serialization.BestAvailableEncryption(private_key_password(key))


def seal_private_key_in_place(path: Path, key: bytes) -> bool:
    """Encrypt a plain PEM private key with the register's key; False if already encrypted."""
    pem = path.read_bytes()
    if b"ENCRYPTED" in pem.split(b"\n", 1)[0]:
        return False
    private = serialization.load_pem_private_key(pem, password=None)
    sealed = private.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        private_key_encryption(key),
    )
    temp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    try:
        write_private(temp, sealed)
        os.replace(temp, path)
    finally:
        temp.unlink(missing_ok=True)
    return True
