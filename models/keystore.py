"""The register's key: 32 random bytes kept by the operating system for the user.

Where it is kept (``default_store``):

- ``SNQ_KEY_DIR`` set: a 0600 file in that folder (tests, a portable install);
- Windows: the Windows Credential Manager, through ``keyring``;
- elsewhere: the desktop's Secret Service when ``keyring`` finds one, else a 0600
  file in the user's config folder (``platformdirs``), in a 0700 folder.

The stored text is JSON. Without an office passphrase it holds the key itself;
with one it holds the key sealed by AES-GCM under a key derived from the
passphrase with scrypt, so that the register opens only after the passphrase is
typed (``unlock``). Nothing is derived from a password without scrypt.

The same key opens every register of this user on this PC. The recovery code
(``models.recovery_code``) is the key written for people, shown once at set-up.
"""
from __future__ import annotations

import base64
import json
import logging
import os
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from models.errors import UserError
from models.i18n import _
from models.oserrors import reason as os_reason

log = logging.getLogger(__name__)

KEY_BYTES = 32
KEY_DIR_ENV = "SNQ_KEY_DIR"
# The benchmark's baseline only: registers are opened without encryption.
PLAIN_ENV = "SNQ_PLAIN_REGISTER"
SERVICE = "SoNghiQuyet"
ENTRY = "register-key"
KEY_FILE = "register-key.json"
# scrypt cost: about 0.1 s and 32 MB on an office PC, once per start.
SCRYPT_N = 2**15
SCRYPT_R = 8
SCRYPT_P = 1


class KeyStoreError(UserError):
    """The key could not be read or kept; the message is for the user."""


class PassphraseNeeded(KeyStoreError):
    """The key is sealed by the office passphrase and this process has not unlocked it."""

    def __init__(self) -> None:
        super().__init__(
            _(
                "Sổ được bảo vệ bằng mật khẩu văn phòng. Hãy nhập mật khẩu (trong cửa sổ "
                "chương trình, hoặc đặt biến môi trường SNQ_PASSPHRASE khi dùng dòng lệnh)."
            )
        )


class KeyExistsError(KeyStoreError):
    """A new key was to be kept, but another process kept one first."""


class KeyStore(Protocol):
    def read(self) -> str | None: ...

    def write(self, text: str, *, new: bool = False) -> None:
        """Keep ``text``; with ``new``, raise KeyExistsError rather than replace a key."""

    @property
    def location(self) -> str: ...


@dataclass(frozen=True)
class FileKeyStore:
    """The key in a 0600 file inside a 0700 folder."""

    folder: Path

    @property
    def path(self) -> Path:
        return self.folder / KEY_FILE

    @property
    def location(self) -> str:
        return str(self.path)

    def read(self) -> str | None:
        try:
            return self.path.read_text("utf-8")
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise KeyStoreError(
                _(
                    "Không đọc được khóa của sổ ở “{path}”: {exc}."
                ).format(path=self.path, exc=os_reason(exc))
            ) from exc

    def write(self, text: str, *, new: bool = False) -> None:
        temp = self.folder / f".{KEY_FILE}.{secrets.token_hex(4)}.tmp"
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            if os.name == "posix":
                os.chmod(self.folder, 0o700)
            fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(text)
                handle.flush()
                os.fsync(handle.fileno())
            if new:
                # A link fails on an existing name: two programs starting at once on a
                # new PC must end with one key, not each its own.
                os.link(temp, self.path)
            else:
                os.replace(temp, self.path)
        except FileExistsError as exc:
            raise KeyExistsError(str(self.path)) from exc
        except OSError as exc:
            raise KeyStoreError(
                _(
                    "Không cất được khóa của sổ vào “{folder}”: {exc}."
                ).format(folder=self.folder, exc=os_reason(exc))
            ) from exc
        finally:
            temp.unlink(missing_ok=True)


@dataclass(frozen=True)
class KeyringStore:
    """The key in the operating system's credential store (Windows Credential Manager)."""

    @property
    def location(self) -> str:
        return f"keyring:{SERVICE}/{ENTRY}"

    def read(self) -> str | None:
        import keyring
        from keyring.errors import KeyringError

        try:
            return keyring.get_password(SERVICE, ENTRY)
        except KeyringError as exc:
            raise KeyStoreError(_(
                "Không đọc được khóa của sổ từ hệ điều hành ({exc})."
            ).format(exc=exc)) from exc

    def write(self, text: str, *, new: bool = False) -> None:
        import keyring
        from keyring.errors import KeyringError

        if new and self.read() is not None:
            raise KeyExistsError(self.location)
        try:
            keyring.set_password(SERVICE, ENTRY, text)
        except KeyringError as exc:
            raise KeyStoreError(_(
                "Không cất được khóa của sổ vào hệ điều hành ({exc})."
            ).format(exc=exc)) from exc


def _secret_service_available() -> bool:
    try:
        import keyring
        from keyring.backends import SecretService

        backend = keyring.get_keyring()
        return isinstance(backend, SecretService.Keyring) and backend.priority > 0
    except Exception:  # any failure to reach a desktop keyring means: use the file
        return False


def default_store() -> KeyStore:
    override = os.environ.get(KEY_DIR_ENV)
    if override:
        return FileKeyStore(Path(override))
    if os.name == "nt" or _secret_service_available():
        return KeyringStore()
    from platformdirs import user_config_dir

    from models.paths import APP_NAME

    return FileKeyStore(Path(user_config_dir(APP_NAME, appauthor=False)))


# Keys this process has read or unlocked, by store location.
_KEYS: dict[str, bytes] = {}


def plain_mode() -> bool:
    return os.environ.get(PLAIN_ENV) == "1"


def load_key(store: KeyStore | None = None) -> bytes | None:
    """The key kept in ``store``; ``None`` when this PC has none yet.

    Raises ``PassphraseNeeded`` when it is sealed and not unlocked in this process.
    """
    store = store or default_store()
    if store.location in _KEYS:
        return _KEYS[store.location]
    record = _parse(store)
    if record is None:
        return None
    if "key" not in record:
        raise PassphraseNeeded()
    key = bytes.fromhex(record["key"])
    _KEYS[store.location] = key
    return key


def ensure_key(store: KeyStore | None = None) -> tuple[bytes, bool]:
    """The key, made and kept now if this PC has none; and whether it was made now."""
    store = store or default_store()
    key = load_key(store)
    if key is not None:
        return key, False
    key = secrets.token_bytes(KEY_BYTES)
    try:
        keep_key(key, store, new=True)
    except KeyExistsError:
        return load_key(store) or key, False
    log.info("Đã tạo khóa mã hoá sổ mới (%s)", store.location)
    return key, True


def keep_key(key: bytes, store: KeyStore | None = None, *, new: bool = False) -> None:
    """Store ``key`` (from a recovery code on a new PC, or made now), without a passphrase.

    A key made now (``new``) still has its recovery code to show; a key typed in
    from a recovery code does not.
    """
    if len(key) != KEY_BYTES:
        raise ValueError("a register key is 32 bytes")
    store = store or default_store()
    store.write(json.dumps({"version": 1, "key": key.hex(), "shown": not new}), new=new)
    _KEYS[store.location] = key


def recovery_code_pending(store: KeyStore | None = None) -> bool:
    """True while the recovery code of this PC's key has not been shown to anyone."""
    record = _parse(store or default_store())
    return record is not None and record.get("shown") is False


def mark_recovery_code_shown(store: KeyStore | None = None) -> None:
    store = store or default_store()
    record = _parse(store)
    if record is not None and record.get("shown") is False:
        record["shown"] = True
        store.write(json.dumps(record))


def has_passphrase(store: KeyStore | None = None) -> bool:
    record = _parse(store or default_store())
    return record is not None and "sealed" in record


def unlock(passphrase: str, store: KeyStore | None = None) -> bytes:
    """Open the key sealed by the office passphrase; a wrong passphrase is refused."""
    store = store or default_store()
    record = _parse(store)
    if record is None or "sealed" not in record:
        key = load_key(store)
        if key is None:
            raise KeyStoreError(_("Máy này chưa có khóa của sổ."))
        return key
    try:
        wrapping = _derive(passphrase, record)
        key = AESGCM(wrapping).decrypt(
            _b64(record["nonce"]), _b64(record["sealed"]), ENTRY.encode()
        )
    except (InvalidTag, KeyError, ValueError) as exc:
        raise KeyStoreError(_("Mật khẩu văn phòng không đúng. Hãy nhập lại.")) from exc
    _KEYS[store.location] = key
    return key


def set_passphrase(passphrase: str | None, store: KeyStore | None = None) -> None:
    """Require ``passphrase`` at start from now on (``None`` or empty: no longer ask).

    The key must be open in this process (read, or unlocked with the old passphrase).
    """
    store = store or default_store()
    key = load_key(store)
    if key is None:
        raise KeyStoreError(_("Máy này chưa có khóa của sổ."))
    if not passphrase:
        pending = recovery_code_pending(store)
        keep_key(key, store, new=False)
        if pending:
            record = _parse(store) or {}
            store.write(json.dumps({**record, "shown": False}))
        return
    salt = secrets.token_bytes(16)
    record: dict[str, object] = {
        "version": 1, "salt": _text(salt), "n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P,
        "shown": not recovery_code_pending(store),
    }
    nonce = secrets.token_bytes(12)
    sealed = AESGCM(_derive(passphrase, record)).encrypt(nonce, key, ENTRY.encode())
    record.update(nonce=_text(nonce), sealed=_text(sealed))
    store.write(json.dumps(record))
    _KEYS[store.location] = key


def forget_cached() -> None:
    """Drop the keys this process holds (tests, and after the key store changed)."""
    _KEYS.clear()


def subkey(key: bytes, purpose: str) -> bytes:
    """A key for one use (attachments, the office's private keys) derived from the register's."""
    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=None, info=f"snq:{purpose}".encode()
    ).derive(key)


def _derive(passphrase: str, record: dict) -> bytes:
    kdf = Scrypt(
        salt=_b64(record["salt"]), length=32,
        n=int(record["n"]), r=int(record["r"]), p=int(record["p"]),
    )
    return kdf.derive(passphrase.encode("utf-8"))


def _parse(store: KeyStore) -> dict | None:
    text = store.read()
    if text is None:
        return None
    try:
        record = json.loads(text)
        if not isinstance(record, dict) or not ("key" in record or "sealed" in record):
            raise ValueError(text[:0])
        if "key" in record and len(bytes.fromhex(record["key"])) != KEY_BYTES:
            raise ValueError("length")
    except ValueError as exc:
        raise KeyStoreError(
            _(
                "Khóa của sổ cất ở “{location}” bị hỏng. Hãy khôi phục bằng mã khôi phục đã in "
                "khi cài đặt (lệnh restore … --recovery-code)."
            ).format(location=store.location)
        ) from exc
    return record


def _text(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _b64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)
