"""The "Bắt đầu" checklist: how far a new register is on the way to its first minutes.

Each step is done when the register holds what it leads to; the overview shows
the list until every step is done, so a newcomer always sees what comes next.
"""
from __future__ import annotations

from dataclasses import dataclass

from models.register import Register


@dataclass(frozen=True)
class FirstSteps:
    members: bool  # chi bộ and their members, typed or imported
    document: bool  # a document in the register
    conference: bool  # a conference of this office
    attendance: bool  # its attendance taken (saved with it)
    printed: bool  # minutes printed for signing

    def all_done(self) -> bool:
        return all((self.members, self.document, self.conference, self.attendance,
                    self.printed))


def _any(db: Register, sql: str, *params: str) -> bool:
    return db.execute(f"SELECT EXISTS ({sql})", list(params)).fetchone()[0] == 1


def first_steps(db: Register) -> FirstSteps:
    unit = db.unit_uuid
    return FirstSteps(
        members=_any(db, "SELECT 1 FROM members WHERE deleted = 0 AND owner_unit = ?", unit),
        document=_any(db, "SELECT 1 FROM documents WHERE deleted = 0"),
        conference=_any(
            db, "SELECT 1 FROM conferences WHERE deleted = 0 AND owner_unit = ?", unit
        ),
        attendance=_any(
            db, "SELECT 1 FROM attendance WHERE deleted = 0 AND owner_unit = ?", unit
        ),
        printed=_any(
            db,
            "SELECT 1 FROM conferences WHERE deleted = 0 AND status = 'final' AND owner_unit = ?",
            unit,
        ),
    )
