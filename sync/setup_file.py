"""The setup file an upper level issues to each of its units.

It tells the unit who it is (unit id, name, abbreviation) and who its upper level
is (id, name, abbreviation, and the two public keys: Ed25519 to check the
catalogue's signature, X25519 to encrypt the unit's packages for). It may carry the
catalogue (documents, lookup lists) so a new unit starts with it. It is signed by
the upper level and not encrypted: it holds no personal data and no private key.

The signature proves the file is whole and unchanged since the key in it signed it;
that the key is really the upper level's is proven by reading its fingerprint over
the phone (``SetupFile.upper_signing_fingerprint``), or by passing the key already
pinned when a unit reads a re-issued setup file.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from models.i18n import N_, _
from models.vntext import show_int
from sync import frame, payload
from sync.envelope import (
    DEFAULT_MAX_PACKAGE_BYTES,
    DEFAULT_MAX_PAYLOAD_BYTES,
    KIND_SETUP,
    PACKAGE_KINDS,
    Payload,
    wrong_kind_error,
)
from sync.errors import SignerChangedError, SizeLimitError
from sync.keys import OfficeKeys, PublicKeyLike, fingerprint, key_id, raw_public

NOUN = N_("tệp thiết lập")


@dataclass(frozen=True)
class SetupFile:
    format_version: int
    package_id: str
    created: str
    unit_id: str
    unit_name: str
    unit_abbreviation: str
    upper_unit_id: str
    upper_name: str
    upper_abbreviation: str
    upper_signing_key: bytes
    upper_receiving_key: bytes
    catalogue_included: bool
    catalogue_tables: dict[str, list[dict[str, Any]]]
    catalogue_files: dict[str, bytes]
    sha256: str
    # The unit's own packages the upper level has imported (version 2).
    confirmed: tuple[str, ...] = ()

    @property
    def upper_signing_fingerprint(self) -> str:
        return fingerprint(self.upper_signing_key)

    @property
    def upper_receiving_fingerprint(self) -> str:
        return fingerprint(self.upper_receiving_key)

    @property
    def upper_receiving_key_id(self) -> str:
        return key_id(self.upper_receiving_key)


def create_setup_file(
    *,
    unit_id: str | uuid.UUID,
    unit_name: str,
    unit_abbreviation: str,
    upper_unit_id: str | uuid.UUID,
    upper_name: str,
    upper_abbreviation: str,
    upper_keys: OfficeKeys,
    catalogue: Payload | None = None,
    catalogue_files: Mapping[str, bytes] | None = None,
    created: dt.datetime | None = None,
    max_payload_bytes: int = DEFAULT_MAX_PAYLOAD_BYTES,
    confirmed: Sequence[str] = (),
) -> bytes:
    """The setup file's bytes, signed with ``upper_keys.signing``; ``confirmed`` are the
    unit's packages already imported (a setup file issued again)."""
    if not unit_name.strip() or not upper_name.strip():
        raise ValueError(_("Tên đơn vị và tên cấp trên không được để trống."))
    plaintext, counts = payload.encode(catalogue or {}, catalogue_files)
    if len(plaintext) > max_payload_bytes:
        raise SizeLimitError(
            _(
                "Danh mục cần đóng gói ({plaintext} byte) vượt giới hạn {max_payload_bytes} "
                "byte."
            ).format(
                plaintext=show_int(len(plaintext)),
                max_payload_bytes=show_int(max_payload_bytes),
            )
        )
    moment = (created or dt.datetime.now()).astimezone()
    header = {
        "kind": KIND_SETUP,
        "package_id": str(uuid.uuid4()),
        "created": moment.isoformat(timespec="seconds"),
        "sender": {
            "unit_id": str(uuid.UUID(str(upper_unit_id))),
            "name": upper_name,
            "abbreviation": upper_abbreviation,
            "signing_key": upper_keys.signing_public.hex(),
            "receiving_key": upper_keys.receiving_public.hex(),
        },
        "unit": {
            "unit_id": str(uuid.UUID(str(unit_id))),
            "name": unit_name,
            "abbreviation": unit_abbreviation,
        },
        "recipient_key_id": None,
        "ephemeral_key": None,
        "catalogue": catalogue is not None or bool(catalogue_files),
        "compression": payload.COMPRESSION,
        "payload_size": len(plaintext),
        "counts": counts,
        "files": len(catalogue_files or {}),
        "confirmed": [str(uuid.UUID(p)) for p in confirmed][: frame.MAX_CONFIRMED],
    }
    associated_data = frame.encode_header(header)
    return frame.finish(associated_data, payload.compress(plaintext), upper_keys.signing)


def read_setup_file(
    data: bytes,
    *,
    pinned_upper_signing_public: PublicKeyLike | None = None,
    max_file_bytes: int = DEFAULT_MAX_PACKAGE_BYTES,
    max_payload_bytes: int = DEFAULT_MAX_PAYLOAD_BYTES,
) -> SetupFile:
    """Check and read a setup file; raise a ``PackageError`` subclass if it is refused.

    Like ``open_package`` it writes nothing; the caller saves the identity and keys.
    """
    parsed = frame.read(data, noun=NOUN, max_total=max_file_bytes)
    fields = frame.HeaderFields(parsed.header, noun=NOUN)
    signer = fields.key32("sender.signing_key")
    frame.verify(parsed, signer, noun=NOUN)
    kind = fields.text("kind")
    if kind in PACKAGE_KINDS:
        raise wrong_kind_error(kind, (KIND_SETUP,))
    if kind != KIND_SETUP:
        raise fields.bad("kind")
    if not (fields.is_null("recipient_key_id") and fields.is_null("ephemeral_key")):
        raise fields.bad("recipient_key_id")
    upper_name = fields.text("sender.name")
    if pinned_upper_signing_public is not None:
        pinned = raw_public(pinned_upper_signing_public)
        if pinned != signer:
            raise SignerChangedError(
                _(
                    "Tệp thiết lập được ký bằng một khóa khác với khóa của “{upper_name}” đã "
                    "ghi nhận.\nDấu vân tay mới: {signer}\nDấu vân tay đã ghi nhận: "
                    "{pinned}\nHãy gọi điện cho cấp trên để đối chiếu trước khi chấp nhận; nếu "
                    "không khớp, đừng dùng tệp này."
                ).format(
                    upper_name=upper_name,
                    signer=fingerprint(signer),
                    pinned=fingerprint(pinned),
                ),
                sender_unit_id=fields.uuid("sender.unit_id"),
                sender_name=upper_name,
                new_public_key=signer,
                new_fingerprint=fingerprint(signer),
                pinned_fingerprint=fingerprint(pinned),
            )
    payload_size = fields.count("payload_size")
    if payload_size > max_payload_bytes:
        raise SizeLimitError(
            _(
                "Danh mục trong tệp thiết lập khai {payload_size} byte, vượt giới hạn "
                "{max_payload_bytes} byte."
            ).format(
                payload_size=show_int(payload_size),
                max_payload_bytes=show_int(max_payload_bytes),
            )
        )
    fields.compression("compression")
    plaintext = payload.decompress(parsed.body, payload_size)
    tables, files = payload.decode(
        plaintext, counts=fields.counts("counts"), file_count=fields.count("files")
    )
    return SetupFile(
        format_version=parsed.version,
        package_id=fields.uuid("package_id"),
        created=fields.text("created", max_chars=64),
        unit_id=fields.uuid("unit.unit_id"),
        unit_name=fields.text("unit.name"),
        unit_abbreviation=fields.text("unit.abbreviation"),
        upper_unit_id=fields.uuid("sender.unit_id"),
        upper_name=upper_name,
        upper_abbreviation=fields.text("sender.abbreviation"),
        upper_signing_key=signer,
        upper_receiving_key=fields.key32("sender.receiving_key"),
        catalogue_included=fields.flag("catalogue"),
        catalogue_tables=tables,
        catalogue_files=files,
        sha256=hashlib.sha256(data).hexdigest(),
        confirmed=fields.uuid_list("confirmed") if parsed.version >= 2 else (),
    )
