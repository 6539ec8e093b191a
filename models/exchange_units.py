"""The offices this register exchanges packages with (the ``units`` table): their
names and roles, the keys pinned for them and the key packages for them are
encrypted for, when each last sent a package, and a unit's move to another upper
level. Also the records by owner: how many an identity owns, giving them to a new
identity, and the figures per unit that the consolidation table shows.
"""
from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database

from models import indicator_store
from models.errors import UserError
from models.i18n import _
from models.ids import now_iso
from models.schema import TRAVEL_TABLES

# --- units and keys ----------------------------------------------------------

_UNIT_COLUMNS = (
    "uuid, name, abbr, role, signing_key, key_fingerprint, last_package_at, "
    "last_package_created, receiving_key, moved_on, moved_to"
)


@dataclass
class UnitRecord:
    uuid: str
    name: str
    abbr: str
    role: str
    signing_key: str | None
    key_fingerprint: str | None
    last_package_at: str | None
    last_package_created: str | None
    receiving_key: str | None = None
    moved_on: str | None = None  # the day it moved to another upper level (this clock)
    moved_to: str | None = None  # that upper level, as a person wrote it


def mark_moved(db: Database, uuid: str, moved_to: str, today: str) -> None:
    """The unit now reports to another upper level: its records stay here with their
    figures; it is no longer expected to send packages."""
    moved_to = moved_to.strip()
    if not moved_to:
        raise UserError(_("Hãy ghi tên cấp trên mới mà đơn vị chuyển sang."))
    with db.atomic():
        changed = db.execute(
            "UPDATE units SET moved_on = ?, moved_to = ? WHERE uuid = ? AND role = 'unit'",
            [today, moved_to, uuid],
        ).rowcount
    if not changed:
        raise UserError(_(
            "Không có đơn vị mã “{uuid}” trong danh sách đơn vị."
        ).format(uuid=uuid))


def get_unit(db: Database, uuid: str) -> UnitRecord | None:
    row = db.execute(f"SELECT {_UNIT_COLUMNS} FROM units WHERE uuid = ?", [uuid]).fetchone()
    return UnitRecord(*row) if row else None


def list_units(db: Database, role: str | None = None) -> list[UnitRecord]:
    """The offices this register exchanges packages with (never itself)."""
    sql = (
        f"SELECT {_UNIT_COLUMNS} FROM units "
        "WHERE uuid != (SELECT value FROM settings WHERE key = 'unit_uuid')"
    )
    params: list = []
    if role:
        sql += " AND role = ?"
        params.append(role)
    return [UnitRecord(*r) for r in db.execute(sql + " ORDER BY name", params).fetchall()]


def save_unit(
    db: Database,
    uuid: str,
    name: str,
    abbr: str,
    role: str,
    signing_key: str | None = None,
    key_fingerprint: str | None = None,
    receiving_key: str | None = None,
) -> None:
    """Record a unit (or the upper level) this register exchanges packages with (a unit
    set up again is no longer marked moved)."""
    with db.atomic():
        db.execute(
            "INSERT INTO units (uuid, name, abbr, role, signing_key, key_fingerprint, "
            "receiving_key) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(uuid) DO UPDATE SET "
            "moved_on = NULL, moved_to = NULL, "
            "name = excluded.name, abbr = excluded.abbr, role = excluded.role, "
            "signing_key = COALESCE(excluded.signing_key, units.signing_key), "
            "key_fingerprint = COALESCE(excluded.key_fingerprint, units.key_fingerprint), "
            "receiving_key = COALESCE(excluded.receiving_key, units.receiving_key)",
            [uuid, name, abbr, role, signing_key, key_fingerprint, receiving_key],
        )


def pin_key(db: Database, uuid: str, signing_key: str, fingerprint: str) -> None:
    """Trust this key for the unit from now on (first import, or a person approved it)."""
    with db.atomic():
        db.execute(
            "UPDATE units SET signing_key = ?, key_fingerprint = ? WHERE uuid = ?",
            [signing_key, fingerprint, uuid],
        )


def set_receiving_key(db: Database, uuid: str, receiving_key: str) -> None:
    """The key packages for this office are encrypted for (learned from its packages)."""
    with db.atomic():
        db.execute("UPDATE units SET receiving_key = ? WHERE uuid = ?", [receiving_key, uuid])


def mark_received(db: Database, uuid: str, created: str) -> None:
    """Call inside the import's transaction."""
    db.execute(
        "UPDATE units SET last_package_at = ?, last_package_created = "
        "MAX(COALESCE(last_package_created, ''), ?) WHERE uuid = ?",
        [now_iso(), created, uuid],
    )


# --- identity and consolidation ---------------------------------------------


def own_record_count(db: Database, owner: str) -> int:
    """Rows ``owner`` owns in this register, tombstones included."""
    return sum(
        db.execute(f"SELECT COUNT(*) FROM {t} WHERE owner_unit = ?", [owner]).fetchone()[0]
        for t in TRAVEL_TABLES
    )


def reown_records(db: Database, old_owner: str, new_owner: str) -> int:
    """Give every row of ``old_owner`` to ``new_owner``; call inside ``atomic``.

    Only for rows that never left this register (no package was ever written
    under the old identity), so no other office holds them under the old owner.
    """
    moved = 0
    for table in TRAVEL_TABLES:
        moved += db.execute(
            f"UPDATE {table} SET owner_unit = ? WHERE owner_unit = ?", [new_owner, old_owner]
        ).rowcount
    return moved


# What the consolidation table shows per unit: live records of the main kinds.
COUNTED_TABLES: tuple[str, ...] = (
    "chi_bo", "members", "conferences", "attendance", "plans", "tasks", "outreach",
    "reflections",
)


def counts_by_owner(db: Database) -> dict[str, dict[str, int]]:
    """owner → table → live rows, for ``COUNTED_TABLES``."""
    result: dict[str, dict[str, int]] = {}
    for table in COUNTED_TABLES:
        for owner, count in db.execute(
            f"SELECT owner_unit, COUNT(*) FROM {table} WHERE deleted = 0 GROUP BY owner_unit"
        ):
            result.setdefault(owner, {})[table] = count
    return result


def conferences_by_unit(db: Database) -> dict[str, dict[str, int]]:
    """owner -> {"held": its own live conferences, "followed": live conferences of
    another office (a broadcast) it has attendance, counted groups or bridge points at}."""
    indicator_store.refresh(db)
    result: dict[str, dict[str, int]] = {}
    for owner, count in db.execute(
        "SELECT owner_unit, COUNT(*) FROM conferences WHERE deleted = 0 GROUP BY owner_unit"
    ):
        result.setdefault(owner, {})["held"] = count
    for owner, count in db.execute(
        """SELECT f.owner_unit, COUNT(DISTINCT f.conference_uuid) FROM (
               SELECT owner_unit, conference_uuid FROM stat_unit_conf
               UNION SELECT owner_unit, conference_uuid FROM bridge_points WHERE deleted = 0
           ) f JOIN conferences c ON c.uuid = f.conference_uuid
           WHERE c.deleted = 0 AND c.owner_unit != f.owner_unit GROUP BY f.owner_unit"""
    ):
        result.setdefault(owner, {})["followed"] = count
    return result
