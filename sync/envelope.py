"""Seal a payload into a package for one recipient, and open one safely.

A package is signed by its sender (Ed25519) and readable only by its recipient
(RFC 9180 HPKE, base mode: DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, AES-256-GCM, with
the SHA-256 of the plain header as HPKE's ``info``; packages of versions 1 and 2 were
sealed by hand, ``sync.legacy_envelope`` opens them). ``open_package`` verifies the
signature before it decrypts anything, checks every byte of the content, and writes
nothing anywhere: it returns the records and attached files in memory for the import
to plan and apply.
``docs/package-format.md`` describes the bytes.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hpke
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from models.i18n import N_, _
from models.vntext import show_int
from sync import frame, legacy_envelope, payload
from sync.errors import (
    DecryptionError,
    SignerChangedError,
    SizeLimitError,
    WrongKindError,
    WrongRecipientError,
)
from sync.keys import (
    PublicKeyLike,
    fingerprint,
    key_id,
    raw_public,
    x25519_public,
)

KIND_UNIT = "unit"
KIND_CATALOGUE = "catalogue"
KIND_SETUP = "setup"
PACKAGE_KINDS = (KIND_UNIT, KIND_CATALOGUE)
# Fixed by the format version (3), never negotiated: a reader needs nothing in the
# file to choose it, so a file cannot talk it into a weaker one.
HPKE_SUITE = hpke.Suite(hpke.KEM.X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.AES_256_GCM)
# A commune's three years are ~75 MB of JSON (bench/bench_seal.py) and parse into about
# 4 bytes of memory per byte; these bounds leave room for years and attachments
# while keeping what a hostile file can make the reader allocate within an office PC.
DEFAULT_MAX_PACKAGE_BYTES = 512 * 1024 * 1024
DEFAULT_MAX_PAYLOAD_BYTES = 512 * 1024 * 1024
NOUN = N_("gói dữ liệu")

Payload = Mapping[str, Sequence[Mapping[str, Any]]]


SNAPSHOT_FULL = "full"
SNAPSHOT_CHANGES = "changes"


@dataclass(frozen=True)
class PackageHeader:
    """The plain header. From ``peek_header`` it is unverified; from ``open_package``
    it has been checked against the signature."""

    format_version: int
    kind: str
    package_id: str
    created: str
    sender_unit_id: str
    sender_name: str
    sender_abbreviation: str
    sender_signing_key: bytes
    sender_receiving_key: bytes | None
    recipient_key_id: str
    counts: dict[str, int]
    file_count: int
    payload_size: int
    compression: str
    # Versions 1 and 2 only: the hand-built envelope's ephemeral X25519 key. From
    # version 3 HPKE's encapsulated key opens the body instead.
    ephemeral_key: bytes | None = field(default=None, repr=False)
    # Unit packages: "full" (everything the sender owns) or "changes" (what changed
    # since ``base``, a package of the sender's that the recipient confirmed).
    snapshot: str = SNAPSHOT_FULL
    base: str | None = None
    # Catalogue packages: the recipient's own packages this sender has imported.
    confirmed: tuple[str, ...] = ()

    @property
    def changes_only(self) -> bool:
        return self.snapshot == SNAPSHOT_CHANGES

    @property
    def sender_fingerprint(self) -> str:
        return fingerprint(self.sender_signing_key)

    @property
    def record_count(self) -> int:
        return sum(self.counts.values())


@dataclass(frozen=True)
class OpenedPackage:
    header: PackageHeader
    tables: dict[str, list[dict[str, Any]]]
    files: dict[str, bytes]
    sha256: str
    size: int


def seal(
    payload_tables: Payload,
    *,
    sender_unit_id: str | uuid.UUID,
    sender_name: str,
    sender_signing_key: Ed25519PrivateKey,
    recipient_x25519_public: PublicKeyLike,
    kind: str,
    files: Mapping[str, bytes] | None = None,
    sender_abbreviation: str = "",
    sender_receiving_public: PublicKeyLike | None = None,
    created: dt.datetime | None = None,
    max_payload_bytes: int = DEFAULT_MAX_PAYLOAD_BYTES,
    base: str | None = None,
    confirmed: Sequence[str] = (),
) -> bytes:
    """The package bytes (``base``: a unit's changes since that package of its own;
    ``confirmed``: a catalogue's confirmation of the unit's packages imported).

    Refuses (with the error ``open_package`` would raise) a payload that could not be
    opened: bad table or file names, records without a ``uuid`` or with a repeated
    one, values JSON cannot hold, sizes over the limit."""
    if kind not in PACKAGE_KINDS:
        raise ValueError(f"kind must be one of {PACKAGE_KINDS}")
    plaintext, counts = payload.encode(payload_tables, files)
    if len(plaintext) > max_payload_bytes:
        raise SizeLimitError(
            _(
                "Dữ liệu cần đóng gói ({plaintext} byte) vượt giới hạn {max_payload_bytes} "
                "byte."
            ).format(
                plaintext=show_int(len(plaintext)),
                max_payload_bytes=show_int(max_payload_bytes),
            )
        )
    compressed = payload.compress(plaintext)
    recipient_raw = raw_public(recipient_x25519_public)
    moment = (created or dt.datetime.now()).astimezone()
    header = {
        "kind": kind,
        "package_id": str(uuid.uuid4()),
        "created": moment.isoformat(timespec="seconds"),
        "sender": {
            "unit_id": str(uuid.UUID(str(sender_unit_id))),
            "name": sender_name,
            "abbreviation": sender_abbreviation,
            "signing_key": raw_public(sender_signing_key).hex(),
            "receiving_key": (
                None if sender_receiving_public is None
                else raw_public(sender_receiving_public).hex()
            ),
        },
        "recipient_key_id": key_id(recipient_raw),
        "compression": payload.COMPRESSION,
        "payload_size": len(plaintext),
        "counts": counts,
        "files": len(files or {}),
    }
    if kind == KIND_UNIT:
        header["snapshot"] = SNAPSHOT_CHANGES if base else SNAPSHOT_FULL
        if base:
            header["base"] = str(uuid.UUID(base))
    else:
        header["confirmed"] = [str(uuid.UUID(p)) for p in confirmed][: frame.MAX_CONFIRMED]
    associated_data = frame.encode_header(header)
    body = HPKE_SUITE.encrypt(compressed, x25519_public(recipient_raw),
                              info=hpke_info(associated_data))
    return frame.finish(associated_data, body, sender_signing_key)


def peek_header(data: bytes, *, max_package_bytes: int = DEFAULT_MAX_PACKAGE_BYTES,
                ) -> PackageHeader:
    """The header as written, NOT verified: enough to look up the sender's pinned key
    before ``open_package``. Raises the same errors for a frame that cannot be read."""
    parsed = frame.read(data, noun=NOUN, max_total=max_package_bytes)
    return _parse_header(parsed)


def verified_header(data: bytes, *, max_package_bytes: int = DEFAULT_MAX_PACKAGE_BYTES,
                    ) -> PackageHeader:
    """The header once the signature holds for the key it names: the file is whole and
    unaltered, so a decision taken on the header (who sent it, for whom) is not taken
    on damaged bytes. That the key is really the sender's is for the caller to check
    against the key it pinned (``open_package`` does, given ``pinned_signer_public``)."""
    parsed = frame.read(data, noun=NOUN, max_total=max_package_bytes)
    signer = frame.HeaderFields(parsed.header, noun=NOUN).key32("sender.signing_key")
    frame.verify(parsed, signer, noun=NOUN)
    return _parse_header(parsed)


def open_package(
    data: bytes,
    *,
    recipient_x25519_private: X25519PrivateKey,
    expected_recipient_key_id: str | None = None,
    pinned_signer_public: PublicKeyLike | None = None,
    expected_kind: str | None = None,
    max_package_bytes: int = DEFAULT_MAX_PACKAGE_BYTES,
    max_payload_bytes: int = DEFAULT_MAX_PAYLOAD_BYTES,
) -> OpenedPackage:
    """Verify, decrypt and parse ``data``; raise a ``PackageError`` subclass otherwise.

    ``expected_recipient_key_id`` defaults to the key id of ``recipient_x25519_private``.
    ``pinned_signer_public`` is the sender's key pinned at its first import (``None``
    accepts any signer: show ``header.sender_fingerprint`` and pin it).
    """
    parsed = frame.read(data, noun=NOUN, max_total=max_package_bytes)
    # The signature first: once it holds, every header field is as the sender wrote it,
    # so any message below is about the package, not about damage in transit.
    signer = frame.HeaderFields(parsed.header, noun=NOUN).key32("sender.signing_key")
    frame.verify(parsed, signer, noun=NOUN)
    header = _parse_header(parsed)
    if header.payload_size > max_payload_bytes:
        raise SizeLimitError(
            _(
                "Nội dung gói khai {payload_size} byte, vượt giới hạn {max_payload_bytes} "
                "byte. Gói bị từ chối."
            ).format(
                payload_size=show_int(header.payload_size),
                max_payload_bytes=show_int(max_payload_bytes),
            )
        )
    if expected_kind is not None and header.kind != expected_kind:
        raise wrong_kind_error(header.kind, (expected_kind,))
    own_key_id = key_id(recipient_x25519_private.public_key())
    expected_id = (expected_recipient_key_id or own_key_id).lower()
    if header.recipient_key_id != expected_id:
        raise WrongRecipientError(
            _(
                "Gói của “{sender_name}” được mã hóa cho nơi nhận khác (khóa {upper}…), không "
                "phải cho đơn vị này (khóa {upper2}…). Hãy kiểm tra lại tệp thiết lập của nơi "
                "gửi."
            ).format(
                sender_name=header.sender_name,
                upper=header.recipient_key_id[:8].upper(),
                upper2=expected_id[:8].upper(),
            ),
            recipient_key_id=header.recipient_key_id,
            expected_key_id=expected_id,
        )
    if pinned_signer_public is not None:
        pinned = raw_public(pinned_signer_public)
        if pinned != header.sender_signing_key:
            raise SignerChangedError(
                _(
                    "Gói của “{sender_name}” được ký bằng một khóa khác với khóa đã ghi "
                    "nhận.\nDấu vân tay mới: {sender_fingerprint}\nDấu vân tay đã ghi nhận: "
                    "{pinned}\nHãy gọi điện cho nơi gửi để đối chiếu dấu vân tay mới trước khi "
                    "chấp nhận; nếu không khớp, đừng nhập gói này."
                ).format(
                    sender_name=header.sender_name,
                    sender_fingerprint=header.sender_fingerprint,
                    pinned=fingerprint(pinned),
                ),
                sender_unit_id=header.sender_unit_id,
                sender_name=header.sender_name,
                new_public_key=header.sender_signing_key,
                new_fingerprint=header.sender_fingerprint,
                pinned_fingerprint=fingerprint(pinned),
            )
    compressed = _decrypt(parsed, header, recipient_x25519_private)
    plaintext = payload.decompress(compressed, header.payload_size)
    tables, files = payload.decode(plaintext, counts=header.counts, file_count=header.file_count)
    return OpenedPackage(
        header=header,
        tables=tables,
        files=files,
        sha256=hashlib.sha256(data).hexdigest(),
        size=len(data),
    )


def hpke_info(associated_data: bytes) -> bytes:
    """HPKE's ``info`` for a package: SHA-256 of the bytes up to the end of its header.

    The single-shot API takes no associated data, so the header is bound through
    ``info`` (RFC 9180, 8.1): a header changed after sealing derives other keys and the
    body no longer opens. Its hash, not the header itself, because HPKE libraries may
    cap ``info`` (RFC 9180, 7.2.1 only promises 64 bytes; OpenSSL takes 1,024) while a
    header may reach 64 KiB."""
    return hashlib.sha256(associated_data).digest()


def _decrypt(parsed: frame.Frame, header: PackageHeader, private: X25519PrivateKey) -> bytes:
    try:
        if header.ephemeral_key is not None:
            return legacy_envelope.decrypt(
                parsed.body, parsed.associated_data, header.ephemeral_key, private)
        return HPKE_SUITE.decrypt(parsed.body, private, info=hpke_info(parsed.associated_data))
    except (InvalidTag, ValueError) as error:
        raise DecryptionError(
            _(
                "Gói của “{sender_name}” có chữ ký đúng nhưng không giải mã được bằng khóa của "
                "máy này. Có thể thư mục khóa đã bị thay; hãy khôi phục thư mục khóa từ bản "
                "sao lưu hoặc liên hệ nơi gửi."
            ).format(sender_name=header.sender_name)
        ) from error


def wrong_kind_error(kind: str, expected: tuple[str, ...]) -> WrongKindError:
    names = {
        KIND_UNIT: _("gói dữ liệu của đơn vị"),
        KIND_CATALOGUE: _("gói danh mục của cấp trên"),
        KIND_SETUP: _("tệp thiết lập"),
    }
    wanted = _(" hoặc ").join(names.get(k, k) for k in expected)
    return WrongKindError(
        _(
            "Tệp này là {kind}, không phải {wanted}."
        ).format(kind=names.get(kind, _("loại “{kind}”").format(kind=kind)), wanted=wanted),
        kind=kind,
        expected=expected,
    )


def _parse_header(parsed: frame.Frame) -> PackageHeader:
    fields = frame.HeaderFields(parsed.header, noun=NOUN)
    kind = fields.text("kind")
    if kind == KIND_SETUP:
        raise wrong_kind_error(kind, PACKAGE_KINDS)
    if kind not in PACKAGE_KINDS:
        raise fields.bad("kind")
    return PackageHeader(
        format_version=parsed.version,
        kind=kind,
        package_id=fields.uuid("package_id"),
        created=fields.text("created", max_chars=64),
        sender_unit_id=fields.uuid("sender.unit_id"),
        sender_name=fields.text("sender.name"),
        sender_abbreviation=fields.text("sender.abbreviation"),
        sender_signing_key=fields.key32("sender.signing_key"),
        sender_receiving_key=fields.optional_key32("sender.receiving_key"),
        recipient_key_id=fields.key32("recipient_key_id").hex(),
        counts=fields.counts("counts"),
        file_count=fields.count("files"),
        payload_size=fields.count("payload_size"),
        compression=fields.compression("compression"),
        ephemeral_key=(
            fields.key32("ephemeral_key")
            if parsed.version <= legacy_envelope.LAST_VERSION else None
        ),
        **_exchange_fields(parsed, fields, kind),
    )


def _exchange_fields(parsed: frame.Frame, fields: frame.HeaderFields, kind: str) -> dict:
    """Version 2's fields; a version 1 package is a full snapshot that confirms nothing."""
    if parsed.version < 2:
        return {}
    if kind == KIND_UNIT:
        snapshot = fields.text("snapshot")
        if snapshot not in (SNAPSHOT_FULL, SNAPSHOT_CHANGES):
            raise fields.bad("snapshot")
        base = fields.optional_uuid("base")
        if (snapshot == SNAPSHOT_CHANGES) != (base is not None):
            raise fields.bad("base")
        return {"snapshot": snapshot, "base": base}
    return {"confirmed": fields.uuid_list("confirmed")}
