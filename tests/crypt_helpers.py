"""Opening register files in tests as the program does: encrypted with this PC's key.

The key store is the test folder ``SNQ_KEY_DIR`` (tests/conftest.py); ``sqlite``
is SQLCipher's DB-API module, whose exception classes these connections raise.
"""
from __future__ import annotations

from pathlib import Path

from models import keystore
from models.cipher import connect as cipher_connect
from models.cipher import is_plain, sqlite
from models.register import Register

__all__ = ["sqlite", "keyed_connect", "keyed_database", "registers_key", "is_plain"]


def registers_key() -> bytes:
    return keystore.ensure_key()[0]


def keyed_connect(path: Path | str, *, mode: str | None = None, **kwargs) -> sqlite.Connection:
    """A connection to ``path`` with the test key (a new file is made encrypted)."""
    kwargs.setdefault("isolation_level", "")
    return cipher_connect(Path(path), registers_key(), mode=mode, **kwargs)


def keyed_database(path: Path | str) -> Register:
    """The register at ``path`` opened as the program's worker would, without migrating."""
    return Register(keyed_connect(path, check_same_thread=False), path)
