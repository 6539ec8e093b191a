"""The prose of a study report as the clerk edited it, kept with the report.

A report is identified by what it covers (its kind, period, document and units); the
edited parts (assessment, causes, directions, proposals) are stored under that key in
the register's local settings table, so printing the same report again, on the same
day or a month later, starts from the clerk's words rather than the generated ones.
These texts never travel in packages.
"""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from models.errors import ValidationError
from models.i18n import _
from models.register import Register

PREFIX = "report_text:"
MAX_CHARS = 20_000  # per part: a few pages of prose; more is a paste gone wrong


@dataclass(frozen=True)
class ReportKey:
    kind: str  # "unit" or "consolidated"
    start: dt.date | None
    end: dt.date | None
    document: str | None = None  # uuid
    units: tuple[str, ...] = ()  # uuids; empty: the register's own (or all units)

    def text(self) -> str:
        return PREFIX + json.dumps(
            [self.kind, self.start.isoformat() if self.start else None,
             self.end.isoformat() if self.end else None, self.document,
             sorted(self.units)], ensure_ascii=False)


def load_texts(db: Register, key: ReportKey) -> dict[str, list[str]]:
    """The edited parts (heading: paragraphs), empty when the clerk has not edited any."""
    row = db.execute("SELECT value FROM settings WHERE key = ?", [key.text()]).fetchone()
    if not row:
        return {}
    try:
        stored = json.loads(row[0])
    except ValueError:
        return {}
    return {str(k): [str(p) for p in v] for k, v in stored.items() if isinstance(v, list)}


def save_texts(db: Register, key: ReportKey, parts: dict[str, list[str]]) -> None:
    """Keep the clerk's text of each part (blank lines dropped), in one transaction."""
    clean = {}
    for heading, paragraphs in parts.items():
        kept = [p.strip() for p in paragraphs if p.strip()]
        if sum(len(p) for p in kept) > MAX_CHARS:
            raise ValidationError(
                _(
                    "Phần “{heading}” dài quá {MAX_CHARS:,} ký tự; hãy rút gọn rồi lưu lại."
                ).format(heading=heading, MAX_CHARS=MAX_CHARS)
                .replace(",", "."))
        clean[heading] = kept
    with db.atomic():
        db.execute("INSERT INTO settings (key, value) VALUES (?, ?) "
                   "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                   [key.text(), json.dumps(clean, ensure_ascii=False)])


def forget_texts(db: Register, key: ReportKey) -> None:
    """Back to the generated text."""
    with db.atomic():
        db.execute("DELETE FROM settings WHERE key = ?", [key.text()])
