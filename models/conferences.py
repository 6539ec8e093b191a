"""Study conferences: the record, its documents, presenters, bridge points,
guests and discussion.

A conference broadcast by the upper level is one record owned by the upper
level; each unit that follows it keeps its own bridge points and attendance
under it (owned by the unit), so counts made above never double it.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from models.errors import ValidationError
from models.i18n import N_, Labels, _
from models.register import Register
from models.store import (
    Travel,
    can_edit,
    fetch_row,
    from_row,
    insert_row,
    replace_children,
    restore_row,
    tombstone_row,
    update_row,
)
from models.vntext import nfc, search_key

KINDS = Labels({
    "hoc_tap": N_("Học tập"),
    "quan_triet": N_("Quán triệt"),
    "trien_khai": N_("Triển khai"),
    "so_ket": N_("Sơ kết"),
    "tong_ket": N_("Tổng kết"),
})
FORMATS = Labels(
    {"truc_tiep": N_("Trực tiếp"), "truc_tuyen": N_("Trực tuyến"), "ket_hop": N_("Kết hợp")}
)
PRESENTER_LEVELS = Labels({
    "TW": N_("Báo cáo viên Trung ương"),
    "tinh": N_("Báo cáo viên cấp tỉnh"),
    "huyen": N_("Báo cáo viên cấp huyện"),
    "co_so": N_("Tuyên truyền viên cơ sở"),
})
STATUSES = Labels({"draft": N_("Bản nháp"), "final": N_("Đã in để ký")})
CHILD_TABLES = ("presenters", "bridge_points", "guests", "discussion", "conference_documents")


@dataclass(kw_only=True)
class Conference(Travel):
    kind: str
    format: str
    title: str
    starts_at: str
    ends_at: str | None = None
    host_level: str = ""
    place: str = ""
    chair_name: str = ""
    chair_position: str = ""
    secretary_name: str = ""
    secretary_position: str = ""
    content: str = ""
    conclusion: str = ""
    votes_for: int | None = None
    votes_against: int | None = None
    votes_other: int | None = None
    status: str = "draft"
    reg_number: int | None = None
    term: str = ""
    copies: int = 2


@dataclass(kw_only=True)
class Presenter(Travel):
    name: str
    level: str = ""
    position_title: str = ""
    topic: str = ""


@dataclass(kw_only=True)
class BridgePoint(Travel):
    name: str
    host_person: str = ""
    attendees: int = 0


@dataclass(kw_only=True)
class Guest(Travel):
    name: str
    position_title: str = ""


@dataclass(kw_only=True)
class Speech(Travel):
    speaker: str
    speaker_position: str = ""
    content: str = ""


@dataclass(kw_only=True)
class ConferenceDetail:
    """A conference with everything that hangs under it, as an editor sees it."""

    conference: Conference
    document_uuids: list[str] = field(default_factory=list)
    presenters: list[Presenter] = field(default_factory=list)
    bridge_points: list[BridgePoint] = field(default_factory=list)
    guests: list[Guest] = field(default_factory=list)
    discussion: list[Speech] = field(default_factory=list)


def _parse_moment(text: str | None, label: str, problems: list[str]) -> datetime | None:
    if not text:
        return None
    try:
        return datetime.fromisoformat(text.strip().replace(" ", "T"))
    except ValueError:
        problems.append(_(
            "{label} “{text}” không hợp lệ (ví dụ: 2023-03-05 08:00)."
        ).format(label=label, text=text))
        return None


def _validate(db: Register, detail: ConferenceDetail) -> dict:
    conf = detail.conference
    problems: list[str] = []
    if not conf.title.strip():
        problems.append(_("Chưa nhập tên hội nghị."))
    if conf.kind not in KINDS:
        problems.append(
            _("Loại hội nghị phải là học tập, quán triệt, triển khai, sơ kết hoặc tổng kết.")
        )
    if conf.format not in FORMATS:
        problems.append(_("Hình thức phải là trực tiếp, trực tuyến hoặc kết hợp."))
    start = _parse_moment(conf.starts_at, _("Thời gian bắt đầu"), problems)
    if not conf.starts_at:
        problems.append(_("Chưa nhập thời gian bắt đầu hội nghị."))
    end = _parse_moment(conf.ends_at, _("Thời gian kết thúc"), problems)
    if start and end and end <= start:
        problems.append(_("Thời gian kết thúc phải sau thời gian bắt đầu."))
    for label, value in (
        (_("Số phiếu tán thành"), conf.votes_for),
        (_("Số phiếu không tán thành"), conf.votes_against),
        (_("Số phiếu ý kiến khác"), conf.votes_other),
    ):
        if value is not None and value < 0:
            problems.append(_("{label} không được âm.").format(label=label))
    if conf.reg_number is not None and conf.reg_number < 1:
        problems.append(_("Số biên bản trong sổ phải từ 1 trở lên."))
    if conf.copies < 1:
        problems.append(_("Số bản biên bản phải từ 1 trở lên."))
    if conf.reg_number is not None and conf.reg_number >= 1:
        # Numbers are the owner's: a conference the upper level broadcast carries its
        # number, which may equal one of ours.
        stored = db.execute(
            "SELECT owner_unit FROM conferences WHERE uuid = ?", [conf.uuid]
        ).fetchone()
        owner = stored[0] if stored else db.unit_uuid
        clash = db.execute(
            "SELECT title FROM conferences WHERE deleted = 0 AND reg_number = ? AND term = ? "
            "AND owner_unit = ? AND uuid != ?",
            [conf.reg_number, nfc(conf.term).strip(), owner, conf.uuid],
        ).fetchone()
        if clash:
            problems.append(
                _(
                    "Số biên bản {reg_number:02d} đã dùng trong nhiệm kỳ {value} cho hội nghị "
                    "“{value2}”."
                ).format(
                    reg_number=conf.reg_number,
                    value=conf.term or _("(không ghi)"),
                    value2=clash[0],
                )
            )
    for point in detail.bridge_points:
        if not point.name.strip():
            problems.append(_("Có điểm cầu chưa nhập tên."))
        if point.attendees < 0:
            problems.append(_(
                "Số người dự tại điểm cầu “{name}” không được âm."
            ).format(name=point.name))
    if any(not p.name.strip() for p in detail.presenters):
        problems.append(_("Có báo cáo viên chưa nhập họ tên."))
    if any(not g.name.strip() for g in detail.guests):
        # The minutes name every guest ("đồng chí …, Chủ tịch UBND xã").
        problems.append(_("Có khách mời chưa nhập họ tên."))
    if any(not s.speaker.strip() for s in detail.discussion):
        problems.append(_("Có ý kiến thảo luận chưa ghi người phát biểu."))
    for doc_uuid in detail.document_uuids:
        found = db.execute(
            "SELECT symbol, deleted FROM documents WHERE uuid = ?", [doc_uuid]
        ).fetchone()
        if found is None:
            problems.append(
                _("Có văn bản học tập không còn trong sổ văn bản; hãy bỏ chọn văn bản đó.")
            )
        elif found[1]:
            problems.append(
                _(
                    "Văn bản {value} đã bị xóa khỏi sổ văn bản: hãy bỏ chọn văn bản này (trang "
                    "“Văn bản, báo cáo viên”), hoặc khôi phục nó trong “Mục đã xóa” của mục "
                    "Văn bản."
                ).format(value=found[0])
            )
    if problems:
        raise ValidationError(problems)
    return {
        "kind": conf.kind,
        "format": conf.format,
        "host_level": conf.host_level.strip(),
        "title": conf.title.strip(),
        "starts_at": start.isoformat(timespec="minutes") if start else conf.starts_at,
        "ends_at": end.isoformat(timespec="minutes") if end else None,
        "place": conf.place.strip(),
        "chair_name": conf.chair_name.strip(),
        "chair_position": conf.chair_position.strip(),
        "secretary_name": conf.secretary_name.strip(),
        "secretary_position": conf.secretary_position.strip(),
        "content": conf.content.strip(),
        "conclusion": conf.conclusion.strip(),
        "votes_for": conf.votes_for,
        "votes_against": conf.votes_against,
        "votes_other": conf.votes_other,
        "status": conf.status if conf.status in STATUSES else "draft",
        "reg_number": conf.reg_number,
        "term": conf.term.strip(),
        "copies": conf.copies,
        "search_text": search_key(
            f"hội nghị {KINDS.source(conf.kind, '')} {conf.title} {conf.place}"
        ),
    }


def _children_values(items: list, names: tuple[str, ...]) -> list[dict]:
    rows = []
    for item in items:
        row = {name: getattr(item, name) for name in names}
        row["uuid"] = item.uuid or None
        rows.append(row)
    return rows


def save_conference(db: Register, detail: ConferenceDetail) -> ConferenceDetail:
    """Create or change a conference and everything under it, in one transaction.

    A new conference of this unit gets its attendance roster at once: every
    active member, the excused ones marked as such.
    """
    from models.attendance import build_roster

    with db.atomic():
        values = _validate(db, detail)
        conf = detail.conference
        is_new = not conf.uuid
        owned = is_new or can_edit(db, fetch_row(db, "conferences", conf.uuid)["owner_unit"])
        if is_new:
            row = insert_row(db, "conferences", values)
        elif owned:
            row = update_row(db, "conferences", conf.uuid, values)
        else:
            row = fetch_row(db, "conferences", conf.uuid)
        uuid = row["uuid"]
        if owned:
            replace_children(
                db,
                "conference_documents",
                "conference_uuid",
                uuid,
                [{"document_uuid": d} for d in dict.fromkeys(detail.document_uuids)],
                key="document_uuid",
            )
            replace_children(
                db, "presenters", "conference_uuid", uuid,
                _children_values(detail.presenters, ("name", "level", "position_title", "topic")),
            )
            replace_children(
                db, "guests", "conference_uuid", uuid,
                _children_values(detail.guests, ("name", "position_title")),
            )
            replace_children(
                db, "discussion", "conference_uuid", uuid,
                _children_values(detail.discussion, ("speaker", "speaker_position", "content")),
            )
        # Bridge points are the unit's own even under an upper-level conference.
        replace_children(
            db, "bridge_points", "conference_uuid", uuid,
            _children_values(detail.bridge_points, ("name", "host_person", "attendees")),
        )
        if is_new:
            build_roster(db, uuid)
    return get_conference_detail(db, uuid)


def get_conference(db: Register, key: int | str) -> Conference:
    return from_row(Conference, fetch_row(db, "conferences", key))


def get_conference_detail(db: Register, key: int | str) -> ConferenceDetail:
    conf = get_conference(db, key)

    def children(table: str, cls: type) -> list:
        rows = db.query(
            f"SELECT * FROM {table} WHERE conference_uuid = ? AND deleted = 0 "
            "ORDER BY position, id",
            [conf.uuid],
        )
        return [from_row(cls, r) for r in rows]

    docs = [
        r["document_uuid"]
        for r in db.query(
            "SELECT document_uuid FROM conference_documents WHERE conference_uuid = ? "
            "AND deleted = 0 ORDER BY position, id",
            [conf.uuid],
        )
    ]
    return ConferenceDetail(
        conference=conf,
        document_uuids=docs,
        presenters=children("presenters", Presenter),
        bridge_points=children("bridge_points", BridgePoint),
        guests=children("guests", Guest),
        discussion=children("discussion", Speech),
    )


def list_conferences(db: Register, *, include_deleted: bool = False) -> list[Conference]:
    where = "" if include_deleted else "WHERE deleted = 0"
    rows = db.query(f"SELECT * FROM conferences {where} ORDER BY starts_at DESC")
    return [from_row(Conference, r) for r in rows]


def next_reg_number(db: Register, term: str) -> int:
    """The next free minutes number in this unit's register for ``term``."""
    row = db.execute(
        "SELECT MAX(reg_number) FROM conferences WHERE deleted = 0 AND term = ? AND owner_unit = ?",
        [term, db.unit_uuid],
    ).fetchone()
    return (row[0] or 0) + 1


def mark_final(db: Register, key: int | str) -> None:
    """The minutes were printed for signing: the conference is final from now on."""
    with db.atomic():
        update_row(db, "conferences", key, {"status": "final"})


def reopen(db: Register, key: int | str) -> None:
    with db.atomic():
        update_row(db, "conferences", key, {"status": "draft"})


def delete_conference(db: Register, key: int | str) -> None:
    """Tombstone the conference and everything this unit keeps under it."""
    with db.atomic():
        row = tombstone_row(db, "conferences", key)
        unit = db.unit_uuid
        for table in (*CHILD_TABLES, "attendance", "makeup_sessions", "group_attendance"):
            for (uuid,) in db.execute(
                f"SELECT uuid FROM {table} WHERE conference_uuid = ? AND deleted = 0 "
                "AND owner_unit = ?",
                [row["uuid"], unit],
            ).fetchall():
                tombstone_row(db, table, uuid)


def restore_conference(db: Register, key: int | str) -> None:
    """Undo a deletion, bringing back the rows deleted with it.

    Rows tombstoned together with the conference carry a stamp no older than
    the conference's own; rows the user had deleted before stay deleted.
    """
    with db.atomic():
        deleted_at = fetch_row(db, "conferences", key)["updated_at"]
        row = restore_row(db, "conferences", key)
        unit = db.unit_uuid
        for table in (*CHILD_TABLES, "attendance", "makeup_sessions", "group_attendance"):
            for (uuid,) in db.execute(
                f"SELECT uuid FROM {table} WHERE conference_uuid = ? AND deleted = 1 "
                "AND owner_unit = ? AND updated_at >= ?",
                [row["uuid"], unit, deleted_at],
            ).fetchall():
                restore_row(db, table, uuid)
