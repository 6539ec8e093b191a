"""Documents (văn bản): directives, resolutions, conclusions… and their files.

A number alone is not unique: numbers run from 01 per type within a committee
term, so 18-NQ/TW is a 2017 resolution of the 12th Central Committee and a 2022
one of the 13th. Uniqueness is symbol + term, per owner.
"""
from __future__ import annotations

import contextlib
import hashlib
import os
import re
import secrets
import shutil
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from models import sealed_files
from models.attachment_names import SAVED_ONLY, clean_file_name, is_executable
from models.cipher import process_key
from models.errors import ValidationError
from models.i18n import _
from models.lookups import lookup_codes
from models.oserrors import name_problem, usable_name
from models.oserrors import reason as os_reason
from models.register import Register
from models.rules.fields import STORED_NAME as RULES_STORED_NAME
from models.store import (
    Travel,
    can_edit,
    fetch_row,
    from_row,
    insert_row,
    restore_row,
    tombstone_row,
    update_row,
)
from models.vntext import nfc, parse_date, search_key

_SYMBOL = re.compile(r"^\s*(\d+)\s*-\s*([^/\s]+)\s*/\s*(\S+)\s*$")
# The stored copy is named by its content hash and keeps a plain extension so that
# the PC opens it with the right program; anything else in a name is dropped, so a
# stored name is safe as a file name everywhere (and in a package, see sync).
STORED_NAME = RULES_STORED_NAME
_SUFFIX = re.compile(r"\.[a-z0-9]{1,10}\Z")
# Every attached file travels in each package to the upper level (at most 512 MB,
# sync.envelope); one scan of a resolution is a few MB.
MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024


@dataclass(kw_only=True)
class Document(Travel):
    type_code: str
    symbol: str
    title: str
    number: int | None = None
    level_code: str = ""
    issuer: str = ""
    issued_on: str | None = None
    term: str = ""
    summary: str = ""

    @property
    def label(self) -> str:
        """"Nghị quyết số 57-NQ/TW" style short name, as people say it."""
        return f"{self.symbol} ({self.issued_on or ''})" if self.issued_on else self.symbol


@dataclass(kw_only=True)
class Attachment(Travel):
    document_uuid: str
    file_name: str
    stored_name: str
    sha256: str
    size: int


def parse_symbol(symbol: str) -> tuple[int, str, str] | None:
    """"21-NQ/TW" → (21, "NQ", "TW"); ``None`` if it is not in that form."""
    match = _SYMBOL.match(symbol or "")
    if not match:
        return None
    return int(match.group(1)), match.group(2), match.group(3)


def _validate(db: Register, doc: Document) -> dict:
    problems = []
    types = lookup_codes(db, "doc_type")
    if doc.type_code not in types:
        problems.append(_(
            "Loại văn bản “{type_code}” không có trong danh mục."
        ).format(type_code=doc.type_code))
    if not doc.symbol.strip():
        problems.append(_("Chưa nhập số, ký hiệu văn bản (ví dụ: 57-NQ/TW)."))
    if not doc.title.strip():
        problems.append(_("Chưa nhập trích yếu, tên văn bản."))
    if doc.number is not None and doc.number < 0:
        problems.append(_("Số văn bản không được âm."))
    issued = None
    try:
        issued = parse_date(doc.issued_on)
    except ValueError as exc:
        problems.append(str(exc))
    number = doc.number
    parsed = parse_symbol(doc.symbol)
    if number is None and parsed:
        number = parsed[0]
    if doc.symbol.strip() and not problems:
        clash = db.execute(
            "SELECT title FROM documents WHERE deleted = 0 AND symbol = ? AND term = ? "
            "AND owner_unit = ? AND uuid != ?",
            [nfc(doc.symbol).strip(), nfc(doc.term).strip(), db.unit_uuid, doc.uuid],
        ).fetchone()
        if clash:
            problems.append(
                _(
                    "Văn bản số {symbol} đã có trong sổ cho nhiệm kỳ/khóa “{term}”: {other}."
                ).format(
                    symbol=doc.symbol.strip(), term=doc.term or _("không ghi"), other=clash[0]
                )
            )
    if problems:
        raise ValidationError(problems)
    values = {
        "type_code": doc.type_code,
        "number": number,
        "symbol": doc.symbol.strip(),
        "level_code": doc.level_code.strip(),
        "issuer": doc.issuer.strip(),
        "issued_on": issued.isoformat() if issued else None,
        "term": doc.term.strip(),
        "title": doc.title.strip(),
        "summary": doc.summary.strip(),
    }
    values["search_text"] = search_key(
        f"{types.get(doc.type_code, '')} số {values['symbol']} {values['title']} "
        f"{values['issuer']} {values['summary']}"
    )
    return values


def save_document(db: Register, doc: Document, *, owner_unit: str | None = None) -> Document:
    """Create (no ``uuid``) or change a document; refused whole on any problem."""
    with db.atomic():
        values = _validate(db, doc)
        if doc.uuid:
            row = update_row(db, "documents", doc.uuid, values)
        else:
            row = insert_row(db, "documents", values, owner_unit=owner_unit)
    return from_row(Document, row)


def get_document(db: Register, key: int | str) -> Document:
    return from_row(Document, fetch_row(db, "documents", key))


def list_documents(db: Register, *, include_deleted: bool = False) -> list[Document]:
    where = "" if include_deleted else "WHERE deleted = 0"
    rows = db.query(f"SELECT * FROM documents {where} ORDER BY issued_on DESC, symbol")
    return [from_row(Document, r) for r in rows]


def _uses_of(db: Register, document_uuid: str) -> list[str]:
    """What still rests on a document here: this office's conferences that studied it,
    its plans. Other offices' copies are not counted (they cannot be changed here; the
    deletion reaches them in the next package, and their editor says what to do)."""
    unit = db.unit_uuid
    conferences = db.execute(
        "SELECT COUNT(DISTINCT c.uuid) FROM conference_documents cd "
        "JOIN conferences c ON c.uuid = cd.conference_uuid "
        "WHERE cd.document_uuid = ? AND cd.deleted = 0 AND c.deleted = 0 "
        "AND c.owner_unit = ?",
        [document_uuid, unit],
    ).fetchone()[0]
    plans = db.execute(
        "SELECT COUNT(*) FROM plans WHERE document_uuid = ? AND deleted = 0 "
        "AND owner_unit = ?",
        [document_uuid, unit],
    ).fetchone()[0]
    uses = []
    if conferences:
        uses.append(_("được học tập ở {conferences} hội nghị").format(conferences=conferences))
    if plans:
        uses.append(_("có {plans} chương trình, kế hoạch thực hiện").format(plans=plans))
    return uses


def delete_document(db: Register, key: int | str) -> None:
    """Tombstone a document and its attachments; refused while conferences or plans use it
    (their study figures and printed forms would lose the document they name)."""
    with db.atomic():
        row = fetch_row(db, "documents", key)
        # Another office's document is refused as read-only (by tombstone_row) first.
        uses = _uses_of(db, row["uuid"]) if can_edit(db, row["owner_unit"]) else []
        if uses:
            raise ValidationError(
                _(
                    "Văn bản {symbol} {uses}; hãy bỏ văn bản này khỏi các hội nghị, kế hoạch đó "
                    "(hoặc chọn văn bản đúng) trước khi xóa."
                ).format(symbol=row["symbol"], uses=_(" và ").join(uses))
            )
        row = tombstone_row(db, "documents", key)
        for (uuid,) in db.execute(
            "SELECT uuid FROM attachments WHERE document_uuid = ? AND deleted = 0", [row["uuid"]]
        ).fetchall():
            tombstone_row(db, "attachments", uuid)


def restore_document(db: Register, key: int | str) -> None:
    with db.atomic():
        restore_row(db, "documents", key)


def attach_file(db: Register, document_uuid: str, source: Path) -> Attachment:
    """Copy ``source`` into the data folder and record it against the document.

    The copy is hashed as it is written, then renamed to its content hash, so the
    name always matches the bytes even if the source changed meanwhile, and a
    crash or a stick pulled out never leaves a half file under a trusted name.
    A file over ``MAX_ATTACHMENT_BYTES`` is refused: it would make every package
    to the upper level too large to send.
    """
    source = Path(source)
    name = clean_file_name(source.name) or "tep" + source.suffix.lower()
    if not source.is_file():
        raise ValidationError(_("Không tìm thấy tệp “{source}”.").format(source=source))
    folder = db.attachments_dir
    partial = folder / f".{secrets.token_hex(8)}.partial"
    digest = hashlib.sha256()
    size = 0
    try:
        if source.stat().st_size > MAX_ATTACHMENT_BYTES:
            raise ValidationError(_too_large(name))
        chunks = []
        with source.open("rb") as reading:
            for chunk in iter(lambda: reading.read(1 << 20), b""):
                size += len(chunk)
                if size > MAX_ATTACHMENT_BYTES:
                    raise ValidationError(_too_large(name))
                digest.update(chunk)
                chunks.append(chunk)
        # Sealed with the register's key: the folder is as closed as the register.
        sealed_files.write_sealed(partial, b"".join(chunks), process_key())
        sha = digest.hexdigest()
        suffix = source.suffix.lower()
        stored = f"{sha}{suffix if _SUFFIX.match(suffix) else ''}"
        if not (folder / stored).exists():
            os.replace(partial, folder / stored)
    except OSError as exc:
        raise ValidationError(_(
            "Không đính kèm được tệp “{name}”: {exc}."
        ).format(name=name, exc=os_reason(exc))) from exc
    finally:
        with contextlib.suppress(OSError):
            partial.unlink()
    values = {
        "document_uuid": document_uuid,
        "file_name": name,
        "stored_name": stored,
        "sha256": sha,
        "size": size,
    }
    with db.atomic():
        fetch_row(db, "documents", document_uuid)
        row = insert_row(db, "attachments", values)
    return from_row(Attachment, row)


def attachment_problem(source: Path) -> str | None:
    """Why ``source`` cannot be attached, said when the clerk picks it (before saving)."""
    source = Path(source)
    try:
        size = source.stat().st_size
    except OSError as exc:
        return _(
            "Không đính kèm được tệp “{name}”: {exc}."
        ).format(name=nfc(source.name), exc=os_reason(exc))
    if not source.is_file():
        return _("“{name}” không phải là một tệp.").format(name=nfc(source.name))
    return _too_large(nfc(source.name)) if size > MAX_ATTACHMENT_BYTES else None


def _too_large(name: str) -> str:
    return (
        _(
            "Tệp “{name}” quá lớn để đính kèm (tối đa {value} MB): mọi tệp đính kèm đi theo "
            "gói dữ liệu gửi cấp trên. Hãy quét (scan) lại văn bản ở độ phân giải thấp hơn, "
            "hoặc chỉ đính kèm những trang cần thiết."
        ).format(name=name, value=MAX_ATTACHMENT_BYTES // (1024 * 1024))
    )


def viewing_copy(stored: Path, file_name: str, temp_root: Path) -> Path:
    """A fresh copy of an attached file to open for reading, under its own (cleaned)
    name, in a new private folder under ``temp_root`` (only this account may enter it).

    Fresh each time: a copy left from an earlier look may have been changed, or be
    held open by Word. A program or script is never copied out to be opened
    (``models.attachment_names``). Folders of earlier looks older than a day are
    removed on the way.
    """
    name = clean_file_name(nfc(Path(file_name).name))
    if is_executable(name):
        raise ValidationError(
            _(
                "Tệp “{name}” là chương trình hoặc tập lệnh nên không được mở ({SAVED_ONLY}): "
                "mở nó là chạy nó trên máy này. Nếu cần, hãy lưu bản sao ra rồi nhờ người phụ "
                "trách kỹ thuật xem."
            ).format(name=name, SAVED_ONLY=_(SAVED_ONLY))
        )
    if not name or name_problem(name):
        # A name from another office's PC may hold characters Windows refuses.
        name = usable_name(name, "tep" + Path(stored).suffix)
    try:
        temp_root = Path(temp_root)
        temp_root.mkdir(parents=True, exist_ok=True)
        _remove_stale_views(temp_root)
        folder = Path(tempfile.mkdtemp(prefix=VIEW_PREFIX, dir=temp_root))
        target = folder / name
        # The stored file is sealed with the register's key; the copy to look at is plain,
        # owner-only, in a private folder of its own.
        sealed_files.write_private(target, sealed_files.read_file(Path(stored)))
    except OSError as exc:
        raise ValidationError(_(
            "Không chép được tệp “{name}” ra để mở: {exc}."
        ).format(name=name, exc=os_reason(exc))) from exc
    return target


VIEW_PREFIX = "SoNghiQuyet-xem-"
STALE_VIEW_SECONDS = 24 * 3600


def _remove_stale_views(temp_root: Path) -> None:
    now = time.time()
    for folder in temp_root.glob(VIEW_PREFIX + "*"):
        with contextlib.suppress(OSError):
            if now - folder.stat().st_mtime > STALE_VIEW_SECONDS:
                shutil.rmtree(folder)


def list_attachments(db: Register, document_uuid: str) -> list[Attachment]:
    rows = db.query(
        "SELECT * FROM attachments WHERE document_uuid = ? AND deleted = 0 ORDER BY id",
        [document_uuid],
    )
    return [from_row(Attachment, r) for r in rows]


def remove_attachment(db: Register, key: int | str) -> None:
    with db.atomic():
        tombstone_row(db, "attachments", key)
