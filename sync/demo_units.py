"""Demo data for the upper level: N small unit registers, set up from this register,
each with its own keys and demo records, exported and imported here.

Every step is the real one a clerk would take (setup file, apply it, record,
export to a folder standing in for the stick, import), so the demo also shows the
exchange working end to end. The unit registers are kept in ``workdir`` so they
can be opened and looked at.
"""
from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from models import demo
from models.attendance import follow_conference
from models.conferences import (
    BridgePoint,
    Conference,
    ConferenceDetail,
    get_conference_detail,
    list_conferences,
    next_reg_number,
    save_conference,
)
from models.db import open_database
from models.documents import list_documents
from models.errors import UserError
from models.i18n import _
from models.organisation import list_chi_bo
from models.register import Register
from models.settings import get_settings, save_settings
from sync.enrolment import apply_setup_file, setup_unit
from sync.import_export import ImportReport, export_package, import_packages

# (what is being done, units done, units in all)
Progress = Callable[[str, int, int], object]


@dataclass
class DemoUnitsResult:
    folder: Path
    units: list[str] = field(default_factory=list)
    packages: list[Path] = field(default_factory=list)
    imports: list[ImportReport] = field(default_factory=list)

    @property
    def records(self) -> int:
        return sum(r.plan.totals().new for r in self.imports)


def _unit_names(count: int) -> list[tuple[str, str]]:
    """Communes named for villages, every fourth unit a ward named for a street."""
    names = []
    for index in range(count):
        if index % 4 == 3:
            street = demo.STREETS[(index // 4) % len(demo.STREETS)]
            round_no = index // (4 * len(demo.STREETS))
            suffix = f" {round_no + 1}" if round_no else ""
            names.append((f"Đảng ủy phường {street}{suffix}", f"ĐU {street}{suffix}"))
            continue
        village = demo.VILLAGES[index % len(demo.VILLAGES)]
        round_no = index // len(demo.VILLAGES)
        suffix = f" {round_no + 1}" if round_no else ""
        names.append((f"Đảng ủy xã {village}{suffix}", f"ĐU {village}{suffix}"))
    return names


def _ensure_upper(db: Register) -> None:
    settings = get_settings(db)
    if settings.role == "upper":
        return
    if not demo.register_is_empty(db):
        raise UserError(
            _(
                "Dữ liệu mẫu nhiều đơn vị chỉ tạo trên sổ cấp trên (init --role upper) hoặc sổ "
                "trống. Hãy dùng --db với một tệp mới."
            )
        )
    settings.role = "upper"
    if not settings.initialised:
        # The provincial committee's board that consolidates the units' reports: its
        # documents are headed "TỈNH ỦY THÁI NGUYÊN / BAN TUYÊN GIÁO VÀ DÂN VẬN".
        settings.unit_name = "Ban Tuyên giáo và Dân vận Tỉnh ủy"
        settings.upper_name = "Tỉnh ủy Thái Nguyên"
        settings.unit_abbr = "BTGDVTU"
        settings.unit_office = "Văn phòng Ban"
        settings.upper_office = "Thường trực Tỉnh ủy"
        settings.leader_position = "Trưởng ban"
        settings.initialised = True
    # What the consolidated report's header and signature need.
    settings.place = settings.place or "Thái Nguyên"
    settings.leader_name = settings.leader_name or "Hoàng Văn Quyết"
    save_settings(db, settings)


def _broadcast(db: Register, until: dt.date) -> str:
    """The upper level's online conference that every demo unit follows (its minutes
    list every unit's bridge points once their packages are in)."""
    settings = get_settings(db)
    docs = [d for d in list_documents(db) if d.level_code == "TW"][:1]
    start = dt.datetime.combine(until - dt.timedelta(days=20), dt.time(8, 0))
    detail = save_conference(
        db,
        ConferenceDetail(
            conference=Conference(
                kind="quan_triet", format="truc_tuyen", host_level=settings.unit_abbr,
                title="Hội nghị trực tuyến toàn tỉnh quán triệt "
                + (f"Nghị quyết số {docs[0].symbol}" if docs else "nghị quyết"),
                starts_at=start.isoformat(timespec="minutes"),
                ends_at=(start + dt.timedelta(hours=3)).isoformat(timespec="minutes"),
                place="Hội trường Tỉnh ủy",
                chair_name="Nông Văn Quang", chair_position="Trưởng Ban Tuyên giáo và Dân vận "
                "Tỉnh ủy", secretary_name="Lý Thị Hồng", secretary_position="Chuyên viên Ban "
                "Tuyên giáo và Dân vận Tỉnh ủy", term=settings.term,
                content="Quán triệt những nội dung cơ bản của Nghị quyết đến cán bộ, đảng "
                "viên toàn tỉnh qua các điểm cầu cấp xã.",
                conclusion="Các đảng ủy xã, phường tổ chức học bù, xây dựng kế hoạch thực hiện "
                "và báo cáo kết quả về Ban Tuyên giáo và Dân vận Tỉnh ủy.",
            ),
            document_uuids=[d.uuid for d in docs],
        ),
    )
    return detail.conference.uuid


def build_demo_units(
    db: Register,
    count: int,
    *,
    workdir: Path,
    members: int = 300,
    years: int = 1,
    seed: int = 1,
    until: dt.date | None = None,
    progress: Progress | None = None,
) -> DemoUnitsResult:
    """Make ``count`` unit registers in ``workdir``, then import their packages here."""
    result = make_unit_packages(db, count, workdir=workdir, members=members,
                                years=years, seed=seed, until=until, progress=progress)
    batch = import_packages(db, result.packages, progress=progress)
    if batch.refused:
        raise UserError(_("Không nhận được gói mẫu: ") + "; ".join(m for _p, m in batch.refused))
    result.imports = batch.reports
    _number_broadcast(db)
    return result


def _number_broadcast(db: Register) -> None:
    """The broadcast's minutes get their number once every unit has followed it (a unit
    saving a numbered conference of the upper level would check the number against
    its own minutes)."""
    own = get_settings(db).unit_uuid
    for conf in list_conferences(db):
        if conf.owner_unit == own and conf.reg_number is None and conf.format != "truc_tiep":
            detail = get_conference_detail(db, conf.uuid)
            detail.conference.reg_number = next_reg_number(db, conf.term)
            # Only this office's own points: the units' are theirs (saving them here
            # would copy them as the upper level's).
            detail.bridge_points = [p for p in detail.bridge_points if p.owner_unit == own]
            save_conference(db, detail)


def make_unit_packages(
    db: Register,
    count: int,
    *,
    workdir: Path,
    members: int = 300,
    years: int = 1,
    seed: int = 1,
    until: dt.date | None = None,
    progress: Progress | None = None,
) -> DemoUnitsResult:
    """Make ``count`` unit registers in ``workdir``, set up from this register, and
    their packages in ``workdir/usb``; nothing is imported here yet."""
    if count < 1 or members < 1 or years < 1:
        raise UserError(_("Số đơn vị, số đảng viên và số năm phải lớn hơn 0."))
    until = until or dt.date.today()
    workdir = Path(workdir)
    stick = workdir / "usb"
    stick.mkdir(parents=True, exist_ok=True)
    _ensure_upper(db)
    demo.demo_catalogue(db, years=years, until=until)
    conference = _broadcast(db, until)
    result = DemoUnitsResult(workdir)
    rng = random.Random(seed)
    for index, (name, abbr) in enumerate(_unit_names(count)):
        if progress:
            progress(f"Đang tạo sổ của {name}", index, count)
        issued = setup_unit(db, stick, name=name, abbr=abbr)
        path = workdir / f"don-vi-{index + 1:03d}" / "so-nghi-quyet.db"
        unit_db = open_database(path)
        try:
            apply_setup_file(unit_db, issued.written.target_path)
            demo.generate(
                unit_db, seed=seed + index, members=members, years=years,
                chi_bo=max(3, members // 40), conferences_per_year=6, until=until,
            )
            follow_conference(unit_db, conference)
            detail = get_conference_detail(unit_db, conference)
            # The unit's hall and a few of its villages or neighbourhoods.
            cells = [c.name for c in list_chi_bo(unit_db)
                     if c.name.startswith(("Chi bộ thôn ", "Chi bộ Tổ dân phố "))]
            detail.bridge_points = [
                BridgePoint(name=f"Hội trường {name}", host_person=demo._person(rng)[0],
                            attendees=rng.randint(40, 120))
            ] + [
                BridgePoint(name=f"Nhà văn hóa {cell.removeprefix('Chi bộ ')}",
                            host_person=demo._person(rng)[0], attendees=rng.randint(20, 60))
                for cell in cells[: rng.randint(1, 4)]
            ]
            save_conference(unit_db, detail)
            written = export_package(unit_db, stick)
        finally:
            unit_db.conn.close()
        result.units.append(name)
        result.packages.append(written.target_path)
    return result
