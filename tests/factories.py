"""Small hand-made registers for tests, built through the real model functions."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlite_utils import Database

from models.conferences import BridgePoint, Conference, ConferenceDetail, save_conference
from models.db import open_database
from models.documents import Document, save_document
from models.organisation import ChiBo, Member, save_chi_bo, save_member
from models.settings import get_settings, save_settings


def new_register(path: Path) -> Database:
    db = open_database(path)
    settings = get_settings(db)
    settings.unit_name = "Đảng ủy xã Cẩm Giàng"
    settings.unit_abbr = "ĐU"
    settings.upper_name = "Đảng bộ tỉnh Thái Nguyên"
    settings.place = "Cẩm Giàng"
    settings.term = "2025-2030"
    settings.initialised = True
    save_settings(db, settings)
    return db


@dataclass
class Fixture:
    db: Database
    chi_bo: list[ChiBo] = field(default_factory=list)
    members: dict[str, Member] = field(default_factory=dict)
    document: Document | None = None


def small_commune(path: Path) -> Fixture:
    """Two chi bộ: Thôn Nà Pài (4 members, 1 excused) and Trường học (3 members).

    Hand-checkable: 7 members, 6 eligible (Lường Văn Cao is excused).
    """
    db = new_register(path)
    fx = Fixture(db)
    village = save_chi_bo(db, ChiBo(name="Chi bộ thôn Nà Pài", position=0))
    school = save_chi_bo(db, ChiBo(name="Chi bộ Trường Tiểu học", position=1))
    fx.chi_bo = [village, school]
    people = [
        (village, "Nguyễn Văn An", "Nam", 1970, True, False),
        (village, "Đặng Thị Bình", "Nữ", 1982, True, False),
        (village, "Lường Văn Cao", "Nam", 1938, True, True),
        (village, "Hà Thị Dung", "Nữ", 1995, False, False),
        (school, "Đỗ Minh Đức", "Nam", 1985, True, False),
        (school, "Triệu Thu Hà", "Nữ", 1990, True, False),
        (school, "Nông Văn Giang", "Nam", 1979, True, False),
    ]
    for chi_bo, name, gender, year, official, excused in people:
        fx.members[name] = save_member(
            db,
            Member(
                chi_bo_uuid=chi_bo.uuid, full_name=name, gender=gender, birth_year=year,
                official=official, excused=excused,
            ),
        )
    fx.document = save_document(
        db,
        Document(
            type_code="NQ", symbol="57-NQ/TW", level_code="TW", issuer="Bộ Chính trị",
            issued_on="2024-12-22", term="XIII",
            title="Nghị quyết về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo "
            "và chuyển đổi số quốc gia",
        ),
    )
    return fx


def add_conference(
    fx: Fixture,
    starts_at: str = "2025-03-05T08:00",
    fmt: str = "truc_tiep",
    bridge_points: list[tuple[str, int]] = (),
    reg_number: int | None = None,
) -> ConferenceDetail:
    return save_conference(
        fx.db,
        ConferenceDetail(
            conference=Conference(
                kind="hoc_tap", format=fmt, title="Hội nghị học tập Nghị quyết số 57-NQ/TW",
                starts_at=starts_at, ends_at=starts_at[:11] + "11:00", place="Hội trường Đảng ủy",
                chair_name="Vũ Văn Thành", chair_position="Phó Bí thư Đảng ủy",
                secretary_name="Hoàng Thị Hạnh", secretary_position="Chuyên viên",
                reg_number=reg_number, term="2025-2030",
                conclusion="Các chi bộ tổ chức tuyên truyền, xây dựng kế hoạch thực hiện.",
            ),
            document_uuids=[fx.document.uuid],
            bridge_points=[BridgePoint(name=n, attendees=a) for n, a in bridge_points],
        ),
    )
