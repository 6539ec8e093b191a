"""Errors of the USB exchange, each carrying the Vietnamese message a clerk reads.

``str(error)`` is that message, so the GUI and the command line show it as is.
Each refusal has its own class so that callers (and tests) can tell them apart
without parsing text.
"""
from __future__ import annotations

from models.errors import UserError


class SyncError(UserError):
    """Base of every error raised by ``sync``; ``str()`` is the Vietnamese message.

    A ``UserError`` like every message a clerk may read: whoever shows those shows
    these, with no second ``except``."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class KeyFileError(SyncError):
    """A key file exists but cannot be read; it is never silently replaced."""


class TransferError(SyncError):
    """Writing a package to the stick failed; nothing that looks valid was left there."""


class RegisterChangedError(SyncError):
    """The register was written after the preview (another window's connection, an
    editor, the command line): the package was not taken, nothing was written, and
    the clerk is to preview it again to see what it would change now."""


class PackageError(SyncError):
    """A package (or setup file) was refused; nothing was written anywhere."""


class NotAPackageError(PackageError):
    """The bytes do not start with the package magic."""


class TruncatedPackageError(PackageError):
    """The file ends before the lengths it declares (an interrupted copy)."""


class CorruptPackageError(PackageError):
    """The frame or header cannot be read, or there are bytes after the signature."""


class TamperedPackageError(PackageError):
    """The signature does not match: bits were flipped or the file was altered."""


class NewerFormatError(PackageError):
    """Written by a newer program in a format version this one does not know."""

    def __init__(self, message: str, *, version: int, supported: int) -> None:
        super().__init__(message)
        self.version = version
        self.supported = supported


class WrongKindError(PackageError):
    """A setup file where a package was expected, a unit package at a unit, etc."""

    def __init__(self, message: str, *, kind: str, expected: tuple[str, ...]) -> None:
        super().__init__(message)
        self.kind = kind
        self.expected = expected


class WrongRecipientError(PackageError):
    """The package was encrypted for another office's key."""

    def __init__(self, message: str, *, recipient_key_id: str, expected_key_id: str) -> None:
        super().__init__(message)
        self.recipient_key_id = recipient_key_id
        self.expected_key_id = expected_key_id


class SignerChangedError(PackageError):
    """Intact and signed, but by a key other than the pinned one.

    A person may approve the new key after reading ``new_fingerprint`` over the
    phone with the sender; the caller then pins ``new_public_key`` and opens again.
    """

    def __init__(
        self,
        message: str,
        *,
        sender_unit_id: str,
        sender_name: str,
        new_public_key: bytes,
        new_fingerprint: str,
        pinned_fingerprint: str,
    ) -> None:
        super().__init__(message)
        self.sender_unit_id = sender_unit_id
        self.sender_name = sender_name
        self.new_public_key = new_public_key
        self.new_fingerprint = new_fingerprint
        self.pinned_fingerprint = pinned_fingerprint


class SizeLimitError(PackageError):
    """A declared or actual size is beyond what this reader accepts."""


class CompressionBombError(PackageError):
    """Decompression produced more than the declared size or the limit; stopped there."""


class DecryptionError(PackageError):
    """The signature is right but the content cannot be decrypted with this office's key."""


class UnsafeFileNameError(PackageError):
    """An attached file name could escape the folder it is to be saved in."""

    def __init__(self, message: str, *, name: str) -> None:
        super().__init__(message)
        self.name = name


class MalformedPayloadError(PackageError):
    """The content is not what the format says: bad JSON, bad entry, wrong counts."""


class DuplicateRecordError(PackageError):
    """Two records of one table carry the same ``uuid``."""

    def __init__(self, message: str, *, table: str, uuid: str) -> None:
        super().__init__(message)
        self.table = table
        self.uuid = uuid


class UnknownSenderError(PackageError):
    """Intact and signed, but from an office this register does not know.

    At the upper level a person may accept it after reading ``fingerprint`` over the
    phone with the unit (``approve_new_key``); a unit only knows its upper level
    from the setup file.
    """

    def __init__(
        self, message: str, *, sender_unit_id: str, sender_name: str, fingerprint: str
    ) -> None:
        super().__init__(message)
        self.sender_unit_id = sender_unit_id
        self.sender_name = sender_name
        self.fingerprint = fingerprint


class AttachmentMismatchError(PackageError):
    """An attached file whose name or content does not match the records it serves."""
