"""The plaintext inside a package: tables as JSON Lines and attached files.

The container is a run of entries, each ``type | name | data``, compressed as one
zlib stream (``docs/package-format.md`` gives it byte by byte). This module knows
nothing of keys; it turns a payload into bytes and checks every byte on the way back.
"""
from __future__ import annotations

import json
import re
import struct
import unicodedata
import zlib
from collections.abc import Mapping, Sequence
from typing import Any

from models.i18n import _
from models.vntext import show_int
from sync.errors import (
    CompressionBombError,
    DuplicateRecordError,
    MalformedPayloadError,
    UnsafeFileNameError,
)

TABLE_ENTRY = 0x54  # "T"
FILE_ENTRY = 0x46  # "F"
COMPRESSION = "zlib"
COMPRESSION_LEVEL = 6  # bench/bench_seal.py: level 9 and lzma cost far more time for little
ENTRY_HEAD = struct.Struct(">BH")
DATA_LENGTH = struct.Struct(">Q")
TABLE_NAME = re.compile(r"[a-z][a-z0-9_]{0,63}\Z")
MAX_FILE_NAME_BYTES = 255
MAX_UUID_CHARS = 64
# Characters Windows refuses in a file name, plus the separators and drive colon.
_FORBIDDEN_CHARS = set('\\:<>"|?*') | {chr(c) for c in range(32)} | {"\x7f"}
_WINDOWS_DEVICES = (
    {"con", "prn", "aux", "nul", "conin$", "conout$"}
    | {f"com{i}" for i in "123456789¹²³"}
    | {f"lpt{i}" for i in "123456789¹²³"}
)

Tables = dict[str, list[dict[str, Any]]]
Files = dict[str, bytes]


def check_table_name(name: str) -> str:
    if not isinstance(name, str) or not TABLE_NAME.match(name):
        raise MalformedPayloadError(
            _(
                "Tên bảng “{name}” không hợp lệ (chỉ gồm chữ thường không dấu, số và “_”)."
            ).format(name=name)
        )
    return name


def check_file_name(name: str) -> str:
    """Refuse a relative name that could land outside the folder it is saved into.

    Accepted names are "a/b/c.pdf": forward slashes between components, none empty,
    none "." or "..", no backslash, no colon (drive letters, alternate streams), no
    character Windows refuses, no component Windows would silently alter (trailing dot
    or space, so ".. " cannot become ".."), no device name (CON, NUL, COM1 …).
    """
    def unsafe(reason: str) -> UnsafeFileNameError:
        return UnsafeFileNameError(
            _(
                "Tệp đính kèm có tên không an toàn “{name}”: {reason}. Gói bị từ chối."
            ).format(name=name, reason=reason),
            name=str(name),
        )

    if not isinstance(name, str) or not name:
        raise unsafe(_("tên rỗng"))
    if len(name.encode("utf-8", "surrogatepass")) > MAX_FILE_NAME_BYTES:
        raise unsafe(_("tên quá dài"))
    if any(ch in _FORBIDDEN_CHARS for ch in name):
        raise unsafe(_("có ký tự không được phép (\\ : < > \" | ? * hoặc ký tự điều khiển)"))
    if any(0xD800 <= ord(ch) <= 0xDFFF for ch in name):
        raise unsafe(_("có ký tự không hợp lệ"))
    if name.startswith("/"):
        raise unsafe(_("là đường dẫn tuyệt đối"))
    for part in name.split("/"):
        if part in ("", ".", ".."):
            raise unsafe(_("có thành phần rỗng, “.” hoặc “..”"))
        if part != part.strip(" ") or part.endswith("."):
            raise unsafe(_("có thành phần bắt đầu/kết thúc bằng dấu cách hoặc dấu chấm"))
        if part.split(".")[0].casefold() in _WINDOWS_DEVICES:
            raise unsafe(_("trùng tên thiết bị của Windows"))
    return name


def _file_name_key(name: str) -> str:
    """Names that Windows or macOS would store as one file get the same key."""
    return unicodedata.normalize("NFC", name).casefold()


def encode(tables: Mapping[str, Sequence[Mapping[str, Any]]], files: Mapping[str, bytes] | None,
           ) -> tuple[bytes, dict[str, int]]:
    """The uncompressed container and the record count of each table.

    Refuses what ``decode`` would refuse, so a program never writes a package that
    it would not open.
    """
    parts: list[bytes] = []
    counts: dict[str, int] = {}
    for table, records in tables.items():
        check_table_name(table)
        seen: set[str] = set()
        lines: list[str] = []
        for record in records:
            if not isinstance(record, Mapping):
                raise MalformedPayloadError(_(
                    "Bảng “{table}” có bản ghi không phải đối tượng."
                ).format(table=table))
            uid = _record_uuid(record, table, len(lines) + 1)
            if uid in seen:
                raise _duplicate(table, uid)
            seen.add(uid)
            try:
                lines.append(json.dumps(record, ensure_ascii=False, separators=(",", ":"),
                                        allow_nan=False))
            except (TypeError, ValueError) as error:
                raise MalformedPayloadError(
                    _(
                        "Bảng “{table}”, bản ghi “{uid}” có giá trị không ghi được ra JSON: "
                        "{error}."
                    ).format(table=table, uid=uid, error=error)
                ) from error
        data = "".join(line + "\n" for line in lines).encode("utf-8")
        parts.append(_entry(TABLE_ENTRY, table, data))
        counts[table] = len(lines)
    seen_names: set[str] = set()
    for name, content in (files or {}).items():
        check_file_name(name)
        key = _file_name_key(name)
        if key in seen_names:
            raise UnsafeFileNameError(
                _(
                    "Hai tệp đính kèm trùng tên “{name}” (không phân biệt hoa thường)."
                ).format(name=name), name=name
            )
        seen_names.add(key)
        parts.append(_entry(FILE_ENTRY, name, bytes(content)))
    return b"".join(parts), counts


def _entry(entry_type: int, name: str, data: bytes) -> bytes:
    encoded = name.encode("utf-8")
    return ENTRY_HEAD.pack(entry_type, len(encoded)) + encoded + DATA_LENGTH.pack(len(data)) + data


def compress(plaintext: bytes) -> bytes:
    return zlib.compress(plaintext, COMPRESSION_LEVEL)


def decompress(data: bytes, expected_size: int) -> bytes:
    """Inflate at most ``expected_size + 1`` bytes: a bomb stops there, never later."""
    inflater = zlib.decompressobj()
    try:
        out = inflater.decompress(data, expected_size + 1)
    except zlib.error as error:
        raise MalformedPayloadError(
            _("Nội dung gói không giải nén được (dữ liệu nén bị hỏng).")
        ) from error
    if len(out) > expected_size:
        raise CompressionBombError(
            _(
                "Nội dung gói giải nén ra nhiều hơn kích thước đã khai ({expected_size} byte); "
                "đã dừng ở giới hạn đó. Gói bị từ chối."
            ).format(expected_size=show_int(expected_size))
        )
    if not inflater.eof or inflater.unused_data or inflater.unconsumed_tail:
        raise MalformedPayloadError(
            _("Nội dung gói không đúng: dữ liệu nén bị cắt cụt hoặc có phần thừa.")
        )
    if len(out) != expected_size:
        raise MalformedPayloadError(
            _(
                "Nội dung gói có {out} byte, khác kích thước đã khai ({expected_size})."
            ).format(out=show_int(len(out)), expected_size=show_int(expected_size))
        )
    return out


def decode(plaintext: bytes, *, counts: Mapping[str, int], file_count: int) -> tuple[Tables, Files]:
    """Parse and check the container against the counts its header declares."""
    tables: Tables = {}
    files: Files = {}
    file_keys: set[str] = set()
    view = memoryview(plaintext)
    offset = 0
    end = len(plaintext)
    while offset < end:
        if end - offset < ENTRY_HEAD.size:
            raise MalformedPayloadError(_("Nội dung gói bị cắt cụt giữa một mục."))
        entry_type, name_length = ENTRY_HEAD.unpack_from(view, offset)
        offset += ENTRY_HEAD.size
        if end - offset < name_length + DATA_LENGTH.size:
            raise MalformedPayloadError(_("Nội dung gói bị cắt cụt giữa một mục."))
        try:
            name = bytes(view[offset : offset + name_length]).decode("utf-8")
        except UnicodeDecodeError as error:
            raise MalformedPayloadError(_("Nội dung gói có tên mục không phải UTF-8.")) from error
        offset += name_length
        (data_length,) = DATA_LENGTH.unpack_from(view, offset)
        offset += DATA_LENGTH.size
        if end - offset < data_length:
            raise MalformedPayloadError(_("Mục “{name}” của gói bị cắt cụt.").format(name=name))
        data = view[offset : offset + data_length]
        offset += data_length
        if entry_type == TABLE_ENTRY:
            check_table_name(name)
            if name in tables:
                raise MalformedPayloadError(_(
                    "Bảng “{name}” xuất hiện hai lần trong gói."
                ).format(name=name))
            tables[name] = _parse_table(name, bytes(data))
        elif entry_type == FILE_ENTRY:
            check_file_name(name)
            key = _file_name_key(name)
            if key in file_keys:
                raise UnsafeFileNameError(
                    _(
                        "Hai tệp đính kèm trùng tên “{name}” (không phân biệt hoa thường). Gói "
                        "bị từ chối."
                    ).format(name=name),
                    name=name,
                )
            file_keys.add(key)
            files[name] = bytes(data)
        else:
            raise MalformedPayloadError(_(
                "Nội dung gói có loại mục không biết ({entry_type})."
            ).format(entry_type=entry_type))
    declared = dict(counts)
    actual = {table: len(records) for table, records in tables.items()}
    if actual != declared:
        raise MalformedPayloadError(
            _("Số bản ghi trong gói khác với số đã khai ở phần đầu gói: ")
            + _describe_count_mismatch(declared, actual)
        )
    if len(files) != file_count:
        raise MalformedPayloadError(
            _(
                "Gói có {files} tệp đính kèm, khác với số đã khai ({file_count})."
            ).format(files=len(files), file_count=file_count)
        )
    return tables, files


def _describe_count_mismatch(declared: Mapping[str, int], actual: Mapping[str, int]) -> str:
    parts = []
    for table in sorted(set(declared) | set(actual)):
        if declared.get(table) != actual.get(table):
            parts.append(_(
                "bảng “{table}” khai {declared}, có {actual}"
            ).format(table=table, declared=declared.get(table, 0), actual=actual.get(table, 0)))
    return "; ".join(parts) + "."


def _reject_constant(token: str) -> Any:
    raise ValueError(_("{token} không phải số JSON hợp lệ").format(token=token))


def _object_without_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        for key, _ignored in pairs:
            if key in seen:
                raise ValueError(_("khóa “{key}” lặp lại trong một đối tượng").format(key=key))
            seen.add(key)
    return result


_DECODER = json.JSONDecoder(
    object_pairs_hook=_object_without_duplicate_keys, parse_constant=_reject_constant
)


def _parse_table(table: str, data: bytes) -> list[dict[str, Any]]:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise MalformedPayloadError(
            _("Bảng “{table}” trong gói có dữ liệu không phải UTF-8.").format(table=table)
        ) from error
    if not text:
        return []
    lines = text.split("\n")
    if lines[-1] == "":
        lines.pop()
    # A "\ud800"-style escape is the only way JSON text can smuggle in a lone
    # surrogate, which SQLite would later refuse; check strings only when one appears.
    check_surrogates = "\\ud" in text or "\\uD" in text
    records: list[dict[str, Any]] = []
    seen: set[str] = set()
    for number, record in enumerate(_decoded_lines(table, lines, check_surrogates), start=1):
        if not isinstance(record, dict):
            raise MalformedPayloadError(
                _(
                    "Bảng “{table}”, dòng {number}: bản ghi phải là một đối tượng JSON."
                ).format(table=table, number=number)
            )
        uid = _record_uuid(record, table, number)
        if uid in seen:
            raise _duplicate(table, uid)
        seen.add(uid)
        records.append(record)
    return records


def _decoded_lines(table: str, lines: list[str], check_surrogates: bool) -> list[Any]:
    """Each line's JSON value. Decoded as one array first (a month's package at a
    province holds thousands of lines, and one decoder call a line cost three times
    as much); the array holds exactly one value a line only when every line holds
    one, since a line with none breaks the array and one with two adds a value.
    Anything else is decoded line by line, which names the faulty line."""
    try:
        values = _DECODER.decode("[" + ",".join(lines) + "]")
        if len(values) == len(lines) and not check_surrogates:
            return values
    except ValueError:
        pass
    values = []
    for number, line in enumerate(lines, start=1):
        try:
            value = _DECODER.decode(line)
            if check_surrogates:
                json.dumps(value, ensure_ascii=False).encode("utf-8")
        except (ValueError, UnicodeEncodeError) as error:
            raise MalformedPayloadError(
                _(
                    "Bảng “{table}”, dòng {number}: JSON không hợp lệ ({error})."
                ).format(table=table, number=number, error=_short(error))
            ) from error
        values.append(value)
    return values


def _short(error: Exception) -> str:
    text = str(error)
    return text if len(text) <= 120 else text[:117] + "…"


def _record_uuid(record: Mapping[str, Any], table: str, number: int) -> str:
    uid = record.get("uuid")
    if not isinstance(uid, str) or not uid or len(uid) > MAX_UUID_CHARS:
        raise MalformedPayloadError(
            _(
                "Bảng “{table}”, bản ghi thứ {number}: thiếu mã “uuid” hợp lệ."
            ).format(table=table, number=number)
        )
    return uid


def _duplicate(table: str, uid: str) -> DuplicateRecordError:
    return DuplicateRecordError(
        _(
            "Bảng “{table}” có hai bản ghi cùng mã “{uid}”. Gói bị từ chối."
        ).format(table=table, uid=uid), table=table, uuid=uid
    )
