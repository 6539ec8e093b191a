"""The records a register already holds, against the record rules: what ``check``
reports. A register filled before these rules existed (or by hand, or by a program
with a bug) may hold a date that is not a date or a name with control characters;
each is named with the unit that holds it and the record, so that the unit can
correct it and send a new package.
"""
from __future__ import annotations

from models.i18n import _
from models.ids import DEFAULT_OWNER
from models.register import Register
from models.rules.fields import FIELDS
from models.rules.package import package_problems
from models.rules.problems import Problem
from models.schema import TRAVEL_TABLES
from models.settings import UnitSettings, get_settings


def _owner_names(db: Register, settings: UnitSettings) -> dict[str, str]:
    names = {uuid: name for uuid, name in db.execute("SELECT uuid, name FROM units")}
    names[settings.unit_uuid] = settings.unit_name or _("đơn vị này")
    names[DEFAULT_OWNER] = _("danh mục mặc định")
    return names


def register_problems(db: Register) -> list[Problem]:
    """Every record of the register that the rules refuse, unit by unit (each unit's
    records are checked as its package would be: its fields, what they point at)."""
    settings = get_settings(db)
    names = _owner_names(db, settings)
    owners = sorted({
        owner for table in TRAVEL_TABLES
        for (owner,) in db.execute(f"SELECT DISTINCT owner_unit FROM {table}")
    })
    # Records anyone's may point at (as documents and conferences): the upper level's
    # catalogue, this register's own (an upper level's conferences its units follow),
    # and the default lists.
    shared = {DEFAULT_OWNER, settings.unit_uuid, settings.upper_unit_uuid} - {""}
    problems: list[Problem] = []
    for owner in owners:
        payload = {}
        for table in TRAVEL_TABLES:
            columns = list(FIELDS[table])
            cursor = db.execute(
                f"SELECT {', '.join(columns)} FROM {table} WHERE owner_unit = ? ORDER BY id",
                [owner],
            )
            rows = [dict(zip(columns, r, strict=True)) for r in cursor.fetchall()]
            if rows:
                payload[table] = rows
        label = names.get(owner, _("đơn vị mã {owner}").format(owner=owner))
        for problem in package_problems(db, payload, {owner}, shared):
            problems.append(Problem(
                problem.table, problem.message, problem.field, None, problem.uuid,
                problem.title, label,
            ))
    return problems
