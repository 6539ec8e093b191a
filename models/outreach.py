"""Propaganda work (tuyên truyền): what was done, through which channel, for whom."""
from __future__ import annotations

from dataclasses import dataclass

from models.errors import ValidationError
from models.i18n import _
from models.lookups import lookup_names
from models.register import Register
from models.store import Travel, fetch_row, from_row, insert_row, tombstone_row, update_row
from models.vntext import parse_date


@dataclass(kw_only=True)
class Activity(Travel):
    held_on: str
    channel: str
    description: str = ""
    document_uuid: str | None = None
    quantity: int = 1
    measure: str = ""
    reach: int = 0


def save_activity(db: Register, item: Activity) -> Activity:
    problems = []
    try:
        day = parse_date(item.held_on)
        if day is None:
            problems.append(_("Chưa nhập ngày thực hiện."))
    except ValueError as exc:
        day = None
        problems.append(str(exc))
    channels = lookup_names(db, "channel")
    if not item.channel.strip():
        problems.append(_("Chưa chọn hình thức tuyên truyền."))
    elif item.channel not in channels:
        problems.append(_(
            "Hình thức tuyên truyền “{channel}” không có trong danh mục."
        ).format(channel=item.channel))
    if item.quantity < 0:
        problems.append(_("Số lượng không được âm."))
    if item.reach < 0:
        problems.append(_("Số người được tuyên truyền không được âm."))
    if item.document_uuid and not db.execute(
        "SELECT 1 FROM documents WHERE uuid = ? AND deleted = 0", [item.document_uuid]
    ).fetchone():
        problems.append(_("Văn bản đã chọn không còn trong sổ."))
    if problems:
        raise ValidationError(problems)
    values = {
        "held_on": day.isoformat(),
        "channel": item.channel,
        "description": item.description.strip(),
        "document_uuid": item.document_uuid or None,
        "quantity": item.quantity,
        "measure": item.measure.strip(),
        "reach": item.reach,
    }
    with db.atomic():
        row = update_row(db, "outreach", item.uuid, values) if item.uuid else insert_row(
            db, "outreach", values
        )
    return from_row(Activity, row)


def get_activity(db: Register, key: int | str) -> Activity:
    return from_row(Activity, fetch_row(db, "outreach", key))


def list_activities(db: Register) -> list[Activity]:
    rows = db.query("SELECT * FROM outreach WHERE deleted = 0 ORDER BY held_on DESC, id DESC")
    return [from_row(Activity, r) for r in rows]


def delete_activity(db: Register, key: int | str) -> None:
    with db.atomic():
        tombstone_row(db, "outreach", key)
