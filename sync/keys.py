"""An office's key pairs, kept as PEM files in its keys folder, and their fingerprints.

Every office, unit or upper level, has the same two pairs (the program serves both
roles): an Ed25519 pair that signs what it sends, and an X25519 pair that packages
sent *to* it are encrypted for. A unit needs the second pair to receive catalogue
packages from its upper level; the upper level's two public keys reach the unit in
its setup file, and a unit's two public keys reach the upper level in the header of
every package it sends.

The pairs are made on first use. A key file that exists but cannot be read is an
error, never a reason to make a new key: a new signing key would make the upper
level refuse the unit's packages until a person approves the change.
"""
from __future__ import annotations

import hashlib
import os
import secrets
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from models.cipher import process_key
from models.i18n import _
from models.oserrors import reason as os_reason
from models.sealed_files import (
    private_key_encryption,
    private_key_password,
    seal_private_key_in_place,
    write_private,
)
from sync.errors import KeyFileError

SIGNING_KEY_FILE = "signing-ed25519.pem"
RECEIVING_KEY_FILE = "receiving-x25519.pem"
KEYS_OWNER_FILE = "so-du-lieu.txt"  # the register file these keys belong to
FINGERPRINT_BYTES = 20

PublicKey = Ed25519PublicKey | X25519PublicKey
PublicKeyLike = PublicKey | bytes


def raw_public(key: PublicKeyLike | Ed25519PrivateKey | X25519PrivateKey) -> bytes:
    """The 32 raw bytes of a public key (of the public half of a private key)."""
    if isinstance(key, bytes | bytearray):
        if len(key) != 32:
            raise ValueError("a raw public key is 32 bytes")
        return bytes(key)
    if isinstance(key, Ed25519PrivateKey | X25519PrivateKey):
        key = key.public_key()
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def key_id(public: PublicKeyLike) -> str:
    """SHA-256 of the raw public key, 64 lowercase hex digits (names a recipient key)."""
    return hashlib.sha256(raw_public(public)).hexdigest()


def fingerprint(public: PublicKeyLike) -> str:
    """What a person reads over the phone: "3F2A-9C1B-…", ten groups of four.

    The first 20 bytes of SHA-256 over the raw public key, in upper-case hex. Hex
    letters and digits are said the same way in Vietnamese by anyone who has read a
    licence plate; 160 bits leave no room to forge a key with the same fingerprint.
    It is the start of ``key_id`` of the same key, so the two never disagree.
    """
    digest = hashlib.sha256(raw_public(public)).digest()[:FINGERPRINT_BYTES].hex().upper()
    return "-".join(digest[i : i + 4] for i in range(0, len(digest), 4))


def x25519_public(key: PublicKeyLike) -> X25519PublicKey:
    if isinstance(key, X25519PublicKey):
        return key
    return X25519PublicKey.from_public_bytes(raw_public(key))


@dataclass(frozen=True)
class OfficeKeys:
    """An office's two private keys; the public halves are derived from them."""

    signing: Ed25519PrivateKey
    receiving: X25519PrivateKey

    @property
    def signing_public(self) -> bytes:
        return raw_public(self.signing)

    @property
    def receiving_public(self) -> bytes:
        return raw_public(self.receiving)

    @property
    def signing_fingerprint(self) -> str:
        return fingerprint(self.signing_public)

    @property
    def receiving_fingerprint(self) -> str:
        return fingerprint(self.receiving_public)

    @property
    def receiving_key_id(self) -> str:
        return key_id(self.receiving_public)


def load_or_create_keys(keys_dir: Path, register: Path | None = None) -> OfficeKeys:
    """The office's keys from ``keys_dir`` (``models.paths.keys_dir(db_path)``).

    A missing key is made and saved; an unreadable one raises ``KeyFileError``.
    With ``register`` (the database file the keys sit beside), keys that another
    register in the same folder already signs with are refused.
    """
    folder = Path(keys_dir)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        if os.name == "posix":
            os.chmod(folder, 0o700)
    except OSError as error:
        raise KeyFileError(
            _(
                "Không tạo được thư mục khóa “{folder}”: {error}."
            ).format(folder=folder, error=os_reason(error))
        ) from error
    if register is not None:
        _claim(folder, Path(register))
    signing = _load_or_create(folder / SIGNING_KEY_FILE, Ed25519PrivateKey)
    receiving = _load_or_create(folder / RECEIVING_KEY_FILE, X25519PrivateKey)
    return OfficeKeys(signing=signing, receiving=receiving)


def _claim(folder: Path, register: Path) -> None:
    """Note which register the keys belong to; refuse them to a second one.

    The keys folder sits beside the register file, so two registers put in one
    folder would sign as one office: the upper level would take one unit's
    packages for the other's. A register renamed, moved or restored in place
    takes the keys over (the file named before is gone, or is this one).
    """
    owner_file = folder / KEYS_OWNER_FILE
    try:
        owner = unicodedata.normalize("NFC", owner_file.read_text("utf-8").strip())
    except (OSError, UnicodeError):
        owner = ""  # never written (keys older than this note) or unreadable: claim them
    name = unicodedata.normalize("NFC", register.name)
    if owner == name:
        return
    named = folder.parent / owner
    if owner and named.is_file() and not _same_file(named, register):
        raise KeyFileError(
            _(
                "Thư mục khóa “{folder}” là khóa của sổ “{owner}” nằm cùng thư mục với sổ "
                "“{name}”. Hai sổ không được dùng chung khóa (cấp trên nhận ra mỗi đơn vị qua "
                "khóa của nó): hãy để mỗi sổ trong một thư mục riêng. Chưa gửi, chưa nhận gói "
                "nào."
            ).format(folder=folder, owner=owner, name=register.name)
        )
    temp = owner_file.with_name(f".{KEYS_OWNER_FILE}.{secrets.token_hex(4)}.tmp")
    try:
        write_private(temp, (name + "\n").encode("utf-8"))
        os.replace(temp, owner_file)
    except OSError as error:
        temp.unlink(missing_ok=True)
        raise KeyFileError(
            _(
                "Không ghi được tệp “{owner_file}”: {error}."
            ).format(owner_file=owner_file, error=os_reason(error))
        ) from error


def _same_file(one: Path, other: Path) -> bool:
    try:
        return os.path.samefile(one, other)
    except OSError:
        return False


def _load_or_create(path: Path, key_type: type) -> Ed25519PrivateKey | X25519PrivateKey:
    if not path.exists():
        try:
            _create(path, key_type.generate())
        except FileExistsError:
            pass  # another copy of the program made it a moment ago: use that one
        except OSError as error:
            raise KeyFileError(
                _(
                    "Không ghi được tệp khóa “{path}”: {error}. Hãy kiểm tra quyền ghi vào thư "
                    "mục dữ liệu."
                ).format(path=path, error=os_reason(error))
            ) from error
    return _load(path, key_type)


def _load(path: Path, key_type: type) -> Ed25519PrivateKey | X25519PrivateKey:
    register_key = process_key()
    try:
        if register_key is not None:
            # A key written before encryption is sealed with the register's key now.
            seal_private_key_in_place(path, register_key)
        password = None if register_key is None else private_key_password(register_key)
        pem = path.read_bytes()
        key = serialization.load_pem_private_key(
            pem, password=password if b"ENCRYPTED" in pem.split(b"\n", 1)[0] else None
        )
    except (OSError, ValueError, TypeError) as error:
        raise KeyFileError(
            _(
                "Tệp khóa “{path}” bị hỏng hoặc không đọc được. Không tạo khóa mới thay thế, "
                "vì cấp trên sẽ không nhận gói ký bằng khóa khác; hãy khôi phục thư mục khóa "
                "từ bản sao lưu."
            ).format(path=path)
        ) from error
    if not isinstance(key, key_type):
        raise KeyFileError(
            _(
                "Tệp khóa “{path}” không chứa đúng loại khóa. Hãy khôi phục thư mục khóa từ "
                "bản sao lưu."
            ).format(path=path)
        )
    return key


def _create(path: Path, key: Ed25519PrivateKey | X25519PrivateKey) -> None:
    # Encrypted with a password derived from the register's key: the keys folder
    # is as closed as the register.
    pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        private_key_encryption(process_key()),
    )
    temp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    fd = os.open(temp, flags, 0o600)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(pem)
            handle.flush()
            os.fsync(handle.fileno())
        if os.name == "posix":
            os.chmod(temp, 0o600)
        _publish_without_overwriting(temp, path)
    finally:
        if temp.exists():
            temp.unlink()


def _publish_without_overwriting(temp: Path, path: Path) -> None:
    """Give ``temp`` its final name unless a key is already there.

    Replacing an existing private key would silently change the office's identity,
    so a hard link (which fails on an existing name) is used where the file system
    has them, and a rename otherwise (which fails on an existing name on Windows).
    """
    try:
        os.link(temp, path)
    except FileExistsError:
        raise
    except OSError:
        if path.exists():
            raise FileExistsError(str(path)) from None
        os.rename(temp, path)
