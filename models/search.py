"""Search that ignores accents and case, đ/Đ included.

Each searchable row keeps a folded copy of its text (``search_text``, made by
``vntext.fold`` on every save); a query is folded the same way and every one of
its words must appear. SQLite's own ``remove_diacritics`` leaves đ alone, which
is why the folding is ours.
"""
from __future__ import annotations

from dataclasses import dataclass

from models.errors import ValidationError
from models.i18n import N_, Labels, _
from models.register import Register
from models.vntext import search_key, show_date, show_int

# What a person types to find a record; a longer text is a paste gone wrong (and
# SQLite refuses LIKE patterns past 50,000 bytes).
MAX_QUERY_CHARS = 200
MAX_QUERY_WORDS = 12

KINDS = Labels({
    "documents": N_("Văn bản"),
    "conferences": N_("Hội nghị"),
    "members": N_("Đảng viên"),
    "chi_bo": N_("Chi bộ"),
    "plans": N_("Kế hoạch"),
})

_SQL = {
    "documents": "SELECT id, uuid, symbol || ' — ' || title, issued_on FROM documents",
    "conferences": "SELECT id, uuid, title, starts_at FROM conferences",
    "members": (
        "SELECT m.id, m.uuid, m.full_name, c.name FROM members m "
        "JOIN chi_bo c ON c.uuid = m.chi_bo_uuid"
    ),
    "chi_bo": "SELECT id, uuid, name, kind FROM chi_bo",
    "plans": "SELECT id, uuid, title, issued_on FROM plans",
}
_ALIAS = {"members": "m."}


@dataclass
class SearchHit:
    kind: str
    id: int
    uuid: str
    title: str
    detail: str


def _escape_like(word: str) -> str:
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def search(
    db: Register, text: str, kinds: set[str] | None = None, limit: int = 200
) -> list[SearchHit]:
    if len(text) > MAX_QUERY_CHARS:
        raise ValidationError(
            _(
                "Nội dung cần tìm dài {length} ký tự; chỉ tìm được tối đa {most} ký tự. Hãy gõ "
                "vài chữ của tên hay trích yếu cần tìm."
            ).format(length=show_int(len(text)), most=show_int(MAX_QUERY_CHARS))
        )
    words = search_key(text).split()
    if len(words) > MAX_QUERY_WORDS:
        raise ValidationError(
            _(
                "Nội dung cần tìm có {words} từ; chỉ tìm được tối đa {MAX_QUERY_WORDS} từ. Hãy "
                "gõ ít từ hơn."
            ).format(words=len(words), MAX_QUERY_WORDS=MAX_QUERY_WORDS)
        )
    if not words:
        return []
    hits: list[SearchHit] = []
    for kind in KINDS:
        if kinds and kind not in kinds:
            continue
        prefix = _ALIAS.get(kind, "")
        # Each word of the query must start a word of the row's folded text.
        clauses = " AND ".join(
            f"(' ' || {prefix}search_text) LIKE ? ESCAPE '\\'" for _ignored in words
        )
        sql = f"{_SQL[kind]} WHERE {prefix}deleted = 0 AND {clauses} LIMIT ?"
        params = [f"% {_escape_like(w)}%" for w in words] + [limit]
        for row_id, uuid, title, extra in db.execute(sql, params).fetchall():
            detail = show_date(extra) if kind in ("documents", "conferences", "plans") else extra
            hits.append(SearchHit(KINDS[kind], row_id, uuid, title, detail or ""))
    return hits[:limit]
