"""Small Vietnamese phrases the forms share, built on models.vntext."""
from __future__ import annotations

import datetime as dt

from models.vntext import document_date_line, format_date, format_int, nfc
from reports.data import Person, StudiedDocument


def date_words(value: dt.date) -> str:
    """ "ngày 05 tháng 3 năm 2023", padded as the document date line pads it."""
    # Reuse the date line's padding rule rather than restate it.
    return document_date_line("", value).split(", ", 1)[1]


def citation(doc: StudiedDocument) -> str:
    """ "Nghị quyết số 18-NQ/TW ngày 16/06/2022 của Ban Chấp hành … về …"."""
    parts = [f"{doc.kind.strip()} số {doc.number.strip()}"]
    if doc.issued_on:
        parts.append(f"ngày {format_date(doc.issued_on)}")
    if doc.issuer.strip():
        parts.append(f"của {doc.issuer.strip()}")
    if doc.title.strip():
        parts.append(doc.title.strip())
    return nfc(" ".join(parts))


def comrade(person: Person) -> str:
    """ "đồng chí Nguyễn Văn An, Bí thư Đảng ủy" (position only when known)."""
    name = f"đồng chí {person.name.strip()}"
    return nfc(f"{name}, {person.position.strip()}" if person.position.strip() else name)


def members(count: int) -> str:
    """ "1.250 đồng chí"."""
    return f"{format_int(count)} đồng chí"
