"""What the upper level sees of its units: who sent what and when, who is silent,
and the keys on both sides.

The dates of "last package" are this office's own clock at import: a unit's clock
may be wrong, so the time a unit wrote in its package is shown but never decides
whether it is silent.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from models import exchange_units
from models.exchange_units import UnitRecord
from models.i18n import N_, _
from models.register import Register
from models.settings import get_settings
from models.vntext import show_date, show_int
from sync.import_export import office_keys, shown_time


@dataclass(frozen=True)
class UnitStatus:
    uuid: str
    name: str
    abbr: str
    fingerprint: str | None  # the pinned signing key; None until its first package
    last_received: dt.date | None  # by this office's clock
    last_created: str | None  # as the unit's clock wrote it
    days_since: int | None
    silent: bool  # nothing received yet, or nothing for longer than ``silent_days``
    counts: dict[str, int] = field(default_factory=dict)
    held: int = 0  # its own conferences
    followed: int = 0  # conferences of another office it followed (broadcasts)
    moved_on: str | None = None  # moved to another upper level that day
    moved_to: str | None = None

    @property
    def moved(self) -> bool:
        return self.moved_on is not None

    @property
    def status_text(self) -> str:
        if self.moved:
            return _(
                "Đã chuyển sang {moved_to} từ {moved_on}"
            ).format(moved_to=self.moved_to, moved_on=show_date(self.moved_on))
        if self.last_received is None:
            return _("Chưa gửi gói nào")
        if self.silent:
            return _("Im lặng {days_since} ngày").format(days_since=show_int(self.days_since))
        return _("Đã gửi {days_since} ngày trước").format(days_since=show_int(self.days_since))

    def cells(self) -> list[str]:
        """One row of the consolidation table, as shown."""
        return [
            self.name,
            self.abbr,
            show_date(self.last_received) if self.last_received else "—",
            shown_time(self.last_created) if self.last_created else "—",
            self.status_text,
            show_int(self.counts.get("members", 0)),
            show_int(self.held),
            show_int(self.followed),
            show_int(self.counts.get("plans", 0)),
            show_int(self.counts.get("outreach", 0)),
            self.fingerprint or "—",
            self.uuid,
        ]


# One label per column of ``UnitStatus.cells``.
UNIT_TABLE_HEADERS = [
    N_("Đơn vị"), N_("Viết tắt"), N_("Nhận gói gần nhất"), N_("Gói lập lúc"), N_("Tình trạng"),
    N_("Đảng viên"), N_("Hội nghị tự tổ chức"), N_("Hội nghị theo dõi (trực tuyến)"),
    N_("Kế hoạch"), N_("Tuyên truyền"), N_("Dấu vân tay"), N_("Mã đơn vị"),
]


def _received_day(record: UnitRecord) -> dt.date | None:
    if not record.last_package_at:
        return None
    try:
        return dt.datetime.fromisoformat(record.last_package_at).date()
    except ValueError:
        return None


def unit_table(db: Register, today: dt.date) -> list[UnitStatus]:
    """Every unit set up from (or accepted by) this upper level, silent ones first,
    those that moved to another upper level last (their figures stay)."""
    limit = get_settings(db).silent_days
    counts = exchange_units.counts_by_owner(db)
    conferences = exchange_units.conferences_by_unit(db)
    result = []
    for record in exchange_units.list_units(db, "unit"):
        day = _received_day(record)
        days = (today - day).days if day else None
        result.append(
            UnitStatus(
                uuid=record.uuid,
                name=record.name,
                abbr=record.abbr,
                fingerprint=record.key_fingerprint,
                last_received=day,
                last_created=record.last_package_created,
                days_since=days,
                # A unit that moved away sends nothing here any more: not "silent".
                silent=record.moved_on is None and (days is None or days > limit),
                counts=counts.get(record.uuid, {}),
                held=conferences.get(record.uuid, {}).get("held", 0),
                followed=conferences.get(record.uuid, {}).get("followed", 0),
                moved_on=record.moved_on,
                moved_to=record.moved_to,
            )
        )
    result.sort(key=lambda s: (not s.silent, s.moved, s.name))
    return result


@dataclass(frozen=True)
class KnownKey:
    uuid: str
    name: str
    role: str
    fingerprint: str | None


@dataclass(frozen=True)
class KeySummary:
    """This office's fingerprints (read out over the phone) and the keys it pinned."""

    signing_fingerprint: str
    receiving_fingerprint: str
    known: list[KnownKey]

    def lines(self) -> list[str]:
        result = [
            _(
                "Khóa ký của đơn vị này: {signing_fingerprint}"
            ).format(signing_fingerprint=self.signing_fingerprint),
            _(
                "Khóa nhận của đơn vị này: {receiving_fingerprint}"
            ).format(receiving_fingerprint=self.receiving_fingerprint),
        ]
        if not self.known:
            result.append(_("Chưa ghi nhận khóa của nơi nào."))
        for key in self.known:
            who = _("Cấp trên") if key.role == "upper" else _("Đơn vị")
            result.append(f"{who} {key.name}: {key.fingerprint or _('chưa nhận gói nào')}")
        return result


def key_summary(db: Register) -> KeySummary:
    keys = office_keys(db.path)
    known = [
        KnownKey(u.uuid, u.name, u.role, u.key_fingerprint) for u in exchange_units.list_units(db)
    ]
    return KeySummary(keys.signing_fingerprint, keys.receiving_fingerprint, known)
