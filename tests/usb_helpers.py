"""Offices for the USB exchange tests: an upper level and its units, each register in
its own folder (keys, attachments and backups live beside the database)."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from models import backup, backup_names, restore
from models.db import open_database
from models.documents import Document, save_document
from models.organisation import ChiBo, Member, get_member, save_chi_bo, save_member
from models.schema import TRAVEL_TABLES
from models.settings import get_settings, save_settings
from sync.enrolment import apply_setup_file, setup_unit
from tests.crypt_helpers import keyed_connect


@dataclass
class Office:
    path: Path
    db: Database

    @property
    def folder(self) -> Path:
        return self.path.parent

    def reopen(self) -> Office:
        self.db.conn.close()
        self.db = open_database(self.path)
        return self


def upper_office(root: Path) -> Office:
    path = root / "tinh" / "so.db"
    db = open_database(path)
    settings = get_settings(db)
    settings.unit_name = "Đảng bộ tỉnh Thái Nguyên"
    settings.unit_abbr = "TU"
    settings.role = "upper"
    settings.initialised = True
    save_settings(db, settings)
    save_document(
        db,
        Document(
            type_code="NQ", symbol="57-NQ/TW", level_code="TW", issuer="Bộ Chính trị",
            issued_on="2024-12-22", term="XIII",
            title="Nghị quyết về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo "
            "và chuyển đổi số quốc gia",
        ),
    )
    return Office(path, db)


def unit_office(root: Path, upper: Office, folder: str, name: str, abbr: str) -> Office:
    """A new unit register set up from ``upper``'s setup file."""
    (root / "usb").mkdir(exist_ok=True)
    issued = setup_unit(upper.db, root / "usb", name=name, abbr=abbr)
    path = root / folder / "so.db"
    db = open_database(path)
    apply_setup_file(db, issued.written.target_path)
    return Office(path, db)


def add_members(office: Office, cell: str, names: list[str]) -> list[Member]:
    chi_bo = save_chi_bo(office.db, ChiBo(name=cell))
    return [save_member(office.db, Member(chi_bo_uuid=chi_bo.uuid, full_name=n)) for n in names]


def diverge_after_restore(
    office: Office,
    member_uuid: str,
    send: Callable[[], object],
    renames: tuple[str, ...] = ("Nguyễn Văn Ân",),
    **changes: object,
) -> None:
    """The office sends the member, backs up, renames it (``renames``) and sends again;
    then it restores that backup and edits the member once more, as "Nguyễn Văn Anh"
    with ``changes``. Not sent: its next package holds a conflict for the upper level."""
    send()
    saved = backup.take_backup(office.path, backup_names.REASON_MANUAL)
    for name in renames:
        member = get_member(office.db, member_uuid)
        member.full_name = name
        save_member(office.db, member)
    send()
    office.db.conn.close()
    restore.restore(office.path, saved)
    office.reopen()
    member = get_member(office.db, member_uuid)
    member.full_name = "Nguyễn Văn Anh"
    for field, value in changes.items():
        setattr(member, field, value)
    save_member(office.db, member)


def dump(db: Database) -> dict[str, list[tuple]]:
    """Every travelling row, without the local ``id``, in a canonical order."""
    result = {}
    for table in TRAVEL_TABLES:
        cursor = db.execute(f"SELECT * FROM {table}")
        names = [d[0] for d in cursor.description]
        keep = [i for i, n in enumerate(names) if n != "id"]
        result[table] = sorted(tuple(row[i] for i in keep) for row in cursor.fetchall())
    return result


def owned_dump(db: Database, owner: str) -> dict[str, list[tuple]]:
    result = {}
    for table, rows in dump(db).items():
        # uuid, owner_unit are the first two columns after id
        result[table] = [r for r in rows if r[1] == owner]
    return result


def file_bytes(path: Path) -> dict[str, bytes | None]:
    """The database and its WAL as bytes (call with every connection closed)."""
    result = {}
    for suffix in ("", "-wal"):
        candidate = Path(str(path) + suffix)
        result[suffix or "db"] = candidate.read_bytes() if candidate.exists() else None
    return result


def raw_rows(path: Path, sql: str) -> list[tuple]:
    con = keyed_connect(path)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()
