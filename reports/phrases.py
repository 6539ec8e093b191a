"""Small Vietnamese phrases the forms share, built on models.vntext."""
from __future__ import annotations

import datetime as dt
import re

from models.vntext import document_date_line, format_date, format_int, format_percent, nfc
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


def count(value: int) -> str:
    """A count in prose, one rule in every form: "05", "12", "1.250".

    Party documents write counts from one to nine with a leading zero ("02 bản",
    "03 trang", "05 đồng chí"); larger ones with the thousands dot; none as "0".
    """
    # Zero stays "0": "dự bị 00" is not how anyone writes none.
    return f"{value:02d}" if 0 < value < 10 else format_int(value)


def percent(rate: float | None) -> str:
    """ "100%", "97,46%": a whole rate without the decimals a clerk would not write."""
    if rate is None:
        return ""
    if abs(rate - round(rate)) < 0.005:
        return f"{format_int(round(rate))}%"
    return format_percent(rate)


def people(value: int, who: str = "đồng chí") -> str:
    """ "05 đồng chí", "1.250 đồng chí"."""
    return f"{count(value)} {who}"


def short_name(doc: StudiedDocument) -> str:
    """ "Kết luận số 21-KL/TW ngày 25/10/2021 của Ban Chấp hành Trung ương": kind,
    number, date and issuer, for a second mention after the full citation."""
    parts = [f"{doc.kind.strip()} số {doc.number.strip()}"]
    if doc.issued_on:
        parts.append(f"ngày {format_date(doc.issued_on)}")
    if doc.issuer.strip():
        parts.append(f"của {doc.issuer.strip()}")
    return nfc(" ".join(parts))


def name_documents(value: str, documents: list[StudiedDocument]) -> str:
    """The office's own text with each bare number ("nội dung cơ bản của 21-KL/TW")
    written out as a document is named: kind, number, date and issuer.

    A number already written with its kind ("Kết luận số 21-KL/TW") is left as typed.
    """
    value = nfc(value)
    for doc in documents:
        number = nfc(doc.number.strip())
        if not number:
            continue
        bare = re.compile(r"(?<![\w/-])(?<!số )(?<!Số )" + re.escape(number) + r"(?![\w/-])")
        value = bare.sub(lambda _m, d=doc: short_name(d), value)
    return value
