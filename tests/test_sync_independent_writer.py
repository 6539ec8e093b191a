"""A package writer (and reader) written only from docs/package-format.md.

Nothing here imports the program's writing code: it uses ``cryptography`` (its RFC 9180
HPKE for version 3, X25519, HKDF and AES-GCM for versions 1 and 2), ``zlib``, ``json``
and ``struct`` as the document says, so a package it writes that ``open_package``
accepts shows the document is complete. The reader opens HPKE with RFC 9180's key
schedule written out (``rfc9180_open``), not with the library the program uses, so a
package the program writes is shown to be plain RFC 9180 that any HPKE library opens.
Other tests reuse ``write_package`` to forge packages the program itself would never
write.
"""
from __future__ import annotations

import hashlib
import json
import struct
import uuid
import zlib

import pytest
from cryptography.hazmat.primitives import hashes, hmac, hpke, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

MAGIC = b"\x89SNQ\r\n\x1a\n"
# Section 4: DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, AES-256-GCM, base mode.
SUITE = hpke.Suite(hpke.KEM.X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.AES_256_GCM)
# Keys a writer leaves out of the header: ``header_changes={"snapshot": OMIT}``.
OMIT = object()


def raw(key) -> bytes:
    if hasattr(key, "public_key"):
        key = key.public_key()
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def entry(entry_type: bytes, name: str, data: bytes) -> bytes:
    encoded = name.encode("utf-8")
    head = entry_type + struct.pack(">H", len(encoded)) + encoded
    return head + struct.pack(">Q", len(data)) + data


def jsonl(records: list[dict]) -> bytes:
    return b"".join(json.dumps(r, ensure_ascii=False).encode("utf-8") + b"\n" for r in records)


def container(tables: dict[str, list[dict]], files: dict[str, bytes] | None = None) -> bytes:
    parts = [entry(b"T", name, jsonl(records)) for name, records in tables.items()]
    parts += [entry(b"F", name, data) for name, data in (files or {}).items()]
    return b"".join(parts)


def write_package(
    *,
    plaintext: bytes,
    counts: dict[str, int],
    file_count: int,
    signing_key: Ed25519PrivateKey,
    recipient_public: bytes,
    kind: str = "unit",
    sender_unit_id: str = "2b7ea11a-622e-4f9f-9e59-27d433114152",
    sender_name: str = "Đảng ủy xã Cẩm Giàng",
    compressed: bytes | None = None,
    payload_size: int | None = None,
    header_changes: dict | None = None,
    version: int = 3,
) -> bytes:
    """Sections 1-5 of the document, step by step (``version`` 1 or 2: the envelope of
    those versions, section 4's last part)."""
    header = {
        "kind": kind,
        "package_id": str(uuid.uuid4()),
        "created": "2025-03-05T08:00:00+07:00",
        "sender": {
            "unit_id": sender_unit_id,
            "name": sender_name,
            "abbreviation": "ĐUCG",
            "signing_key": raw(signing_key).hex(),
            "receiving_key": None,
        },
        "recipient_key_id": hashlib.sha256(recipient_public).hexdigest(),
        "compression": "zlib",
        "payload_size": len(plaintext) if payload_size is None else payload_size,
        "counts": counts,
        "files": file_count,
    }
    if version >= 2:
        if kind == "unit":
            header["snapshot"] = "full"
        else:
            header["confirmed"] = []
    if version <= 2:
        ephemeral = X25519PrivateKey.generate()
        header["ephemeral_key"] = raw(ephemeral).hex()
    header.update(header_changes or {})
    header = {k: v for k, v in header.items() if v is not OMIT}
    header_bytes = json.dumps(header, indent=1).encode("utf-8")  # any layout is allowed
    ad = MAGIC + struct.pack(">HI", version, len(header_bytes)) + header_bytes
    c = zlib.compress(plaintext, 9) if compressed is None else compressed
    if version >= 3:
        body = SUITE.encrypt(c, X25519PublicKey.from_public_bytes(recipient_public),
                             info=hashlib.sha256(ad).digest())
    else:
        e_raw = raw(ephemeral)
        shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient_public))
        okm = HKDF(
            algorithm=hashes.SHA256(), length=44, salt=e_raw + recipient_public,
            info=b"SNQ package v1",
        ).derive(shared)
        body = AESGCM(okm[:32]).encrypt(okm[32:44], c, ad)
    signed = ad + struct.pack(">Q", len(body)) + body
    return signed + signing_key.sign(signed)


def write_setup_file(*, upper_signing: Ed25519PrivateKey, upper_receiving_public: bytes,
                     unit_id: str, unit_name: str, tables: dict[str, list[dict]],
                     version: int = 3) -> bytes:
    """Section 6: the same frame, a plain body."""
    plaintext = container(tables)
    header = {
        "kind": "setup",
        "package_id": str(uuid.uuid4()),
        "created": "2025-03-05T08:00:00+07:00",
        "sender": {
            "unit_id": str(uuid.uuid4()),
            "name": "Tỉnh ủy Hải Dương",
            "abbreviation": "TU",
            "signing_key": raw(upper_signing).hex(),
            "receiving_key": upper_receiving_public.hex(),
        },
        "unit": {"unit_id": unit_id, "name": unit_name, "abbreviation": "ĐUCG"},
        "catalogue": True,
        "recipient_key_id": None,
        "ephemeral_key": None,
        "compression": "zlib",
        "payload_size": len(plaintext),
        "counts": {name: len(records) for name, records in tables.items()},
        "files": 0,
    }
    if version >= 2:
        header["confirmed"] = []
    header_bytes = json.dumps(header, ensure_ascii=False).encode("utf-8")
    body = zlib.compress(plaintext)
    signed = MAGIC + struct.pack(">HI", version, len(header_bytes)) + header_bytes
    signed += struct.pack(">Q", len(body)) + body
    return signed + upper_signing.sign(signed)


def _labeled_extract(suite_id: bytes, salt: bytes, label: bytes, ikm: bytes) -> bytes:
    mac = hmac.HMAC(salt or bytes(32), hashes.SHA256())  # HKDF-Extract, RFC 5869
    mac.update(b"HPKE-v1" + suite_id + label + ikm)
    return mac.finalize()


def _labeled_expand(suite_id: bytes, prk: bytes, label: bytes, info: bytes, length: int) -> bytes:
    labeled_info = struct.pack(">H", length) + b"HPKE-v1" + suite_id + label + info
    out, block, counter = b"", b"", 1
    while len(out) < length:  # HKDF-Expand, RFC 5869
        mac = hmac.HMAC(prk, hashes.SHA256())
        mac.update(block + labeled_info + bytes([counter]))
        block = mac.finalize()
        out, counter = out + block, counter + 1
    return out[:length]


def rfc9180_open(body: bytes, recipient: X25519PrivateKey, info: bytes) -> bytes:
    """RFC 9180 single-shot Open in base mode, section 4's suite, written from the RFC
    (4.1 DHKEM Decap, 5.1 KeySchedule, 5.2 Open with sequence number 0, empty aad)."""
    enc, ciphertext = body[:32], body[32:]
    kem_id = b"KEM" + struct.pack(">H", 0x0020)
    dh = recipient.exchange(X25519PublicKey.from_public_bytes(enc))
    eae_prk = _labeled_extract(kem_id, b"", b"eae_prk", dh)
    shared_secret = _labeled_expand(kem_id, eae_prk, b"shared_secret", enc + raw(recipient), 32)
    suite_id = b"HPKE" + struct.pack(">HHH", 0x0020, 0x0001, 0x0002)
    psk_id_hash = _labeled_extract(suite_id, b"", b"psk_id_hash", b"")
    info_hash = _labeled_extract(suite_id, b"", b"info_hash", info)
    context = b"\x00" + psk_id_hash + info_hash  # mode_base
    secret = _labeled_extract(suite_id, shared_secret, b"secret", b"")
    key = _labeled_expand(suite_id, secret, b"key", context, 32)
    base_nonce = _labeled_expand(suite_id, secret, b"base_nonce", context, 12)
    return AESGCM(key).decrypt(base_nonce, ciphertext, b"")


def read_package(data: bytes, recipient: X25519PrivateKey) -> tuple[dict, dict[str, list[dict]]]:
    """Sections 1-5 read back, for a package the program wrote."""
    assert data[:8] == MAGIC
    version, h = struct.unpack(">HI", data[8:14])
    assert version == 3
    header = json.loads(data[14 : 14 + h])
    assert header["snapshot"] in ("full", "changes")
    (b,) = struct.unpack(">Q", data[14 + h : 22 + h])
    body, signature = data[22 + h : 22 + h + b], data[22 + h + b :]
    assert len(signature) == 64
    signer = Ed25519PublicKey.from_public_bytes(bytes.fromhex(header["sender"]["signing_key"]))
    signer.verify(signature, data[: 22 + h + b])
    info = hashlib.sha256(data[: 14 + h]).digest()
    plaintext = zlib.decompress(rfc9180_open(body, recipient, info=info))
    assert len(plaintext) == header["payload_size"]
    tables: dict[str, list[dict]] = {}
    offset = 0
    while offset < len(plaintext):
        kind = plaintext[offset : offset + 1]
        (n,) = struct.unpack(">H", plaintext[offset + 1 : offset + 3])
        name = plaintext[offset + 3 : offset + 3 + n].decode("utf-8")
        (length,) = struct.unpack(">Q", plaintext[offset + 3 + n : offset + 11 + n])
        content = plaintext[offset + 11 + n : offset + 11 + n + length]
        offset += 11 + n + length
        if kind == b"T":
            tables[name] = [json.loads(line) for line in content.decode("utf-8").splitlines()]
    return header, tables


# --------------------------------------------------------------------------- tests

MEMBERS = [
    {"uuid": str(uuid.uuid4()), "full_name": "Nguyễn Thị Hoà", "revision": 3, "deleted": False},
    {"uuid": str(uuid.uuid4()), "full_name": "Trần Văn Đức", "revision": 1, "deleted": True},
]


def test_program_opens_a_package_written_from_the_document():
    from sync.envelope import open_package

    unit = Ed25519PrivateKey.generate()
    upper = X25519PrivateKey.generate()
    files = {"bien-ban/hoi-nghi-1.pdf": b"%PDF-1.4 minutes"}
    data = write_package(
        plaintext=container({"members": MEMBERS, "plans": []}, files),
        counts={"members": 2, "plans": 0},
        file_count=1,
        signing_key=unit,
        recipient_public=raw(upper),
    )

    opened = open_package(data, recipient_x25519_private=upper, pinned_signer_public=raw(unit))

    assert opened.tables == {"members": MEMBERS, "plans": []}
    assert opened.files == files
    assert opened.header.sender_name == "Đảng ủy xã Cẩm Giàng"
    assert opened.header.kind == "unit"
    assert opened.header.counts == {"members": 2, "plans": 0}


def test_fingerprint_is_as_documented():
    from sync.keys import fingerprint

    key = raw(Ed25519PrivateKey.generate())
    digest = hashlib.sha256(key).hexdigest().upper()[:40]
    assert fingerprint(key) == "-".join(digest[i : i + 4] for i in range(0, 40, 4))


def test_program_reads_a_setup_file_written_from_the_document():
    from sync.setup_file import read_setup_file

    upper_signing = Ed25519PrivateKey.generate()
    upper_receiving = raw(X25519PrivateKey.generate())
    unit_id = str(uuid.uuid4())
    documents = [{"uuid": str(uuid.uuid4()), "number": "18-NQ/TW", "title": "Nghị quyết số 18"}]
    data = write_setup_file(upper_signing=upper_signing, upper_receiving_public=upper_receiving,
                            unit_id=unit_id, unit_name="Đảng ủy xã Cẩm Giàng",
                            tables={"documents": documents})

    setup = read_setup_file(data, pinned_upper_signing_public=raw(upper_signing))

    assert setup.unit_id == unit_id
    assert setup.unit_name == "Đảng ủy xã Cẩm Giàng"
    assert setup.upper_receiving_key == upper_receiving
    assert setup.catalogue_tables == {"documents": documents}


def test_a_package_the_program_writes_reads_back_by_the_document():
    from sync.envelope import seal

    unit = Ed25519PrivateKey.generate()
    upper = X25519PrivateKey.generate()
    data = seal({"members": MEMBERS}, sender_unit_id=uuid.uuid4(), sender_name="Đảng ủy xã A",
                sender_signing_key=unit, recipient_x25519_public=raw(upper), kind="unit")

    header, tables = read_package(data, upper)

    assert header["sender"]["name"] == "Đảng ủy xã A"
    assert tables == {"members": MEMBERS}


def test_program_opens_a_version_2_change_only_package_written_from_the_document():
    from sync.envelope import open_package

    unit = Ed25519PrivateKey.generate()
    upper = X25519PrivateKey.generate()
    base = str(uuid.uuid4())
    data = write_package(
        plaintext=container({"members": MEMBERS[:1]}, {}),
        counts={"members": 1}, file_count=0, signing_key=unit, recipient_public=raw(upper),
        version=2, header_changes={"snapshot": "changes", "base": base},
    )

    opened = open_package(data, recipient_x25519_private=upper, pinned_signer_public=raw(unit))

    assert opened.header.format_version == 2
    assert opened.header.changes_only and opened.header.base == base
    assert opened.tables == {"members": MEMBERS[:1]}


def test_a_version_2_unit_package_must_say_what_it_holds():
    from sync.envelope import open_package
    from sync.errors import CorruptPackageError

    unit = Ed25519PrivateKey.generate()
    upper = X25519PrivateKey.generate()
    for changes in ({"snapshot": OMIT}, {"snapshot": "changes"},
                    {"snapshot": "full", "base": str(uuid.uuid4())}, {"snapshot": "some"}):
        data = write_package(
            plaintext=container({"members": MEMBERS[:1]}, {}),
            counts={"members": 1}, file_count=0, signing_key=unit, recipient_public=raw(upper),
            version=2, header_changes=changes,
        )
        with pytest.raises(CorruptPackageError):
            open_package(data, recipient_x25519_private=upper)
