"""The outer frame shared by packages and setup files, and its signature.

    magic (8) | version (u16) | header length (u32) | header (JSON)
    | body length (u64) | body | Ed25519 signature (64)

all integers big-endian. The signature covers every byte before it; the bytes up
to the end of the header are also what a package's encryption is bound to (HPKE's
``info`` from version 3, AES-GCM's associated data before). The
reader checks lengths before it trusts any of them, and never reads past the end.
"""
from __future__ import annotations

import json
import re
import struct
import uuid
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from models.i18n import _
from models.vntext import show_int
from sync.errors import (
    CorruptPackageError,
    NewerFormatError,
    NotAPackageError,
    SizeLimitError,
    TamperedPackageError,
    TruncatedPackageError,
)
from sync.payload import COMPRESSION, TABLE_NAME

# PNG's trick: a high byte catches 7-bit transfers, CR LF and ^Z catch text-mode copies.
MAGIC = b"\x89SNQ\r\n\x1a\n"
# 2: unit packages say whether they hold everything or the changes since a package
# the upper level confirmed; catalogues and setup files carry those confirmations.
# 3: a package's body is RFC 9180 HPKE (sync.envelope) instead of the hand-built
# envelope of 1 and 2, which an older reader would try and fail to decrypt.
FORMAT_VERSION = 3
MAX_CONFIRMED = 100
PREFIX = struct.Struct(">8sHI")
BODY_LENGTH = struct.Struct(">Q")
SIGNATURE_BYTES = 64
MAX_HEADER_BYTES = 64 * 1024
MAX_TEXT_CHARS = 500
_HEX32 = re.compile(r"[0-9a-f]{64}\Z")


@dataclass(frozen=True)
class Frame:
    version: int
    header: dict[str, Any]
    associated_data: bytes
    body: bytes
    signed: bytes
    signature: bytes


def encode_header(header: dict[str, Any]) -> bytes:
    """Magic, version, header length and header: what a package's encryption is
    bound to (docs/package-format.md, section 1, "AD")."""
    text = json.dumps(header, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    encoded = text.encode("utf-8")
    if len(encoded) > MAX_HEADER_BYTES:
        raise SizeLimitError(_("Phần đầu gói quá lớn (quá nhiều bảng hoặc tên quá dài)."))
    return PREFIX.pack(MAGIC, FORMAT_VERSION, len(encoded)) + encoded


def finish(associated_data: bytes, body: bytes, signing_key: Ed25519PrivateKey) -> bytes:
    signed = associated_data + BODY_LENGTH.pack(len(body)) + body
    return signed + signing_key.sign(signed)


def read(data: bytes, *, noun: str, max_total: int) -> Frame:
    """Split ``data`` into its parts; refuse anything that is not a whole frame.

    ``noun`` names the file in messages ("gói dữ liệu", "tệp thiết lập").
    """
    noun = _(noun)  # marked N_() where it is defined
    data = bytes(data)
    size = len(data)
    if size < len(MAGIC):
        # An empty file is a copy that never started (a pulled stick), not a stranger.
        if MAGIC.startswith(data):
            raise _truncated(noun, size)
        raise NotAPackageError(_(
            "Tệp này không phải {noun} của Sổ Nghị quyết."
        ).format(noun=noun))
    if data[: len(MAGIC)] != MAGIC:
        raise NotAPackageError(_(
            "Tệp này không phải {noun} của Sổ Nghị quyết."
        ).format(noun=noun))
    if size > max_total:
        raise SizeLimitError(
            _(
                "{capitalize} quá lớn ({size} byte; giới hạn {max_total} byte)."
            ).format(
                capitalize=noun.capitalize(),
                size=show_int(size),
                max_total=show_int(max_total),
            )
        )
    if size < PREFIX.size:
        raise _truncated(noun, size)
    _magic, version, header_length = PREFIX.unpack_from(data)
    if version > FORMAT_VERSION:
        raise NewerFormatError(
            _(
                "{capitalize} được tạo bằng phiên bản mới hơn của chương trình (định dạng "
                "{version}; chương trình này đọc được đến định dạng {FORMAT_VERSION}). Hãy cập "
                "nhật chương trình Sổ Nghị quyết rồi mở lại."
            ).format(capitalize=noun.capitalize(), version=version, FORMAT_VERSION=FORMAT_VERSION),
            version=version,
            supported=FORMAT_VERSION,
        )
    if version < 1:
        raise _corrupt(noun, _("số phiên bản định dạng không hợp lệ"))
    if header_length > MAX_HEADER_BYTES:
        raise SizeLimitError(
            _(
                "Phần đầu {noun} dài {header_length} byte, vượt giới hạn {MAX_HEADER_BYTES} "
                "byte. {capitalize} bị từ chối."
            ).format(
                noun=noun,
                header_length=show_int(header_length),
                MAX_HEADER_BYTES=show_int(MAX_HEADER_BYTES),
                capitalize=noun.capitalize(),
            )
        )
    header_end = PREFIX.size + header_length
    if size < header_end + BODY_LENGTH.size:
        raise _truncated(noun, size)
    try:
        header = json.loads(data[PREFIX.size : header_end].decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as error:
        raise _corrupt(noun, _("phần đầu không đọc được")) from error
    if not isinstance(header, dict):
        raise _corrupt(noun, _("phần đầu không đúng cấu trúc"))
    (body_length,) = BODY_LENGTH.unpack_from(data, header_end)
    body_start = header_end + BODY_LENGTH.size
    signed_end = body_start + body_length
    if size < signed_end + SIGNATURE_BYTES:
        raise _truncated(noun, size)
    if size > signed_end + SIGNATURE_BYTES:
        raise _corrupt(noun, _("có dữ liệu thừa sau chữ ký"))
    return Frame(
        version=version,
        header=header,
        associated_data=data[:header_end],
        body=data[body_start:signed_end],
        signed=data[:signed_end],
        signature=data[signed_end:],
    )


def verify(frame: Frame, public_raw: bytes, *, noun: str) -> None:
    """Check the signature with the raw Ed25519 key ``public_raw``."""
    noun = _(noun)
    try:
        Ed25519PublicKey.from_public_bytes(public_raw).verify(frame.signature, frame.signed)
    except (InvalidSignature, ValueError):
        raise TamperedPackageError(
            _(
                "{capitalize} đã bị hỏng hoặc bị sửa đổi sau khi ký (chữ ký không khớp). Không "
                "dùng được tệp này; hãy chép lại hoặc xin lại từ nơi gửi."
            ).format(capitalize=noun.capitalize())
        ) from None


def _truncated(noun: str, size: int) -> TruncatedPackageError:
    return TruncatedPackageError(
        _(
            "{capitalize} bị cắt cụt (chỉ có {size} byte): có lẽ việc chép chưa xong hoặc USB "
            "bị rút ra sớm. Hãy chép lại từ máy gửi."
        ).format(capitalize=noun.capitalize(), size=show_int(size))
    )


def _corrupt(noun: str, detail: str) -> CorruptPackageError:
    return CorruptPackageError(
        _(
            "{capitalize} bị hỏng ({detail}). Hãy chép lại từ máy gửi."
        ).format(capitalize=noun.capitalize(), detail=detail)
    )


class HeaderFields:
    """Typed access to header fields; a missing or mistyped field means a damaged file."""

    def __init__(self, header: dict[str, Any], *, noun: str) -> None:
        self.header = header
        self.noun = _(noun)

    def _get(self, path: str) -> Any:
        node: Any = self.header
        for key in path.split("."):
            if not isinstance(node, dict) or key not in node:
                raise self.bad(path)
            node = node[key]
        return node

    def bad(self, path: str) -> CorruptPackageError:
        return _corrupt(self.noun, _(
            "phần đầu thiếu hoặc sai trường “{path}”"
        ).format(path=path))

    def text(self, path: str, *, max_chars: int = MAX_TEXT_CHARS) -> str:
        value = self._get(path)
        if not isinstance(value, str) or len(value) > max_chars:
            raise self.bad(path)
        return value

    def uuid(self, path: str) -> str:
        value = self.text(path)
        try:
            return str(uuid.UUID(value))
        except ValueError:
            raise self.bad(path) from None

    def key32(self, path: str) -> bytes:
        value = self._get(path)
        if not isinstance(value, str) or not _HEX32.match(value):
            raise self.bad(path)
        return bytes.fromhex(value)

    def optional_key32(self, path: str) -> bytes | None:
        return None if self._get(path) is None else self.key32(path)

    def is_null(self, path: str) -> bool:
        return self._get(path) is None

    def count(self, path: str) -> int:
        value = self._get(path)
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            raise self.bad(path)
        return value

    def flag(self, path: str) -> bool:
        value = self._get(path)
        if not isinstance(value, bool):
            raise self.bad(path)
        return value

    def counts(self, path: str) -> dict[str, int]:
        value = self._get(path)
        if not isinstance(value, dict):
            raise self.bad(path)
        for table, number in value.items():
            if not TABLE_NAME.match(table) or not isinstance(number, int) or isinstance(
                number, bool
            ) or number < 0:
                raise self.bad(path)
        return dict(value)

    def optional_uuid(self, path: str) -> str | None:
        node: Any = self.header
        for key in path.split("."):
            if not isinstance(node, dict) or key not in node:
                return None
            node = node[key]
        return None if node is None else self.uuid(path)

    def uuid_list(self, path: str) -> tuple[str, ...]:
        """A list of UUIDs (absent: empty), at most ``MAX_CONFIRMED`` of them."""
        if path not in self.header:
            return ()
        value = self.header[path]
        if not isinstance(value, list) or len(value) > MAX_CONFIRMED:
            raise self.bad(path)
        result = []
        for item in value:
            try:
                result.append(str(uuid.UUID(item)))
            except (TypeError, ValueError, AttributeError):
                raise self.bad(path) from None
        return tuple(result)

    def compression(self, path: str) -> str:
        value = self.text(path)
        if value != COMPRESSION:
            raise _corrupt(self.noun, _(
                "phương thức nén “{value}” không được hỗ trợ"
            ).format(value=value))
        return value
