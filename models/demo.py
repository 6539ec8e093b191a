"""Demo data that looks real: a commune after the 2025 reorganisation.

Deterministic for a given seed and end date. Real document titles come from
``resources/demo/party-documents.tsv``; people and villages are invented. Rows
are written in bulk in one transaction, so a cancelled run leaves nothing.
"""
from __future__ import annotations

import datetime as dt
import random
import uuid as uuidlib
from collections.abc import Callable, Collection
from dataclasses import dataclass

from sqlite_utils import Database

from models.db import now_iso
from models.errors import UserError
from models.settings import current_unit, get_settings, save_settings
from models.vntext import search_key
from resources import RESOURCES_DIR

Progress = Callable[[int, int], bool]

SURNAMES = (
    "Nguyễn Nguyễn Nguyễn Trần Lê Phạm Hoàng Hà Nông Lường Triệu Đặng Vũ Đỗ Bùi Lộc Ma "
    "Hứa Lăng Dương Đinh Lý Mạc Hoàng Nông Hà Triệu"
).split()
MALE_MIDDLE = ("Văn", "Văn", "Đức", "Minh", "Quang", "Xuân", "Hữu", "Ngọc", "Thanh", "Công")
FEMALE_MIDDLE = ("Thị", "Thị", "Thị", "Thu", "Ngọc", "Hồng", "Thanh", "Kim", "Bích", "Minh")
MALE_GIVEN = (
    "Thành Vương Hùng Dũng Cường Tuấn Hải Long Sơn Quân Thắng Phúc Khánh Tiến Bình "
    "Chiến Hưng Kiên Lâm Mạnh Nam Nghĩa Phong Quý Toàn Trung Việt Vinh Đạt Hiếu"
).split()
FEMALE_GIVEN = (
    "Lan Hoa Hương Hạnh Huyền Mai Nga Nhung Phương Thảo Trang Tuyết Vân Yến Dung "
    "Hằng Hiền Liên Loan Ngân Oanh Quyên Thơm Thủy Xuân Giang Duyên Hà Linh Thu"
).split()
VILLAGES = (
    "Nà Pài, Bản Cầu, Khuổi Chang, Nà Lẹng, Phja Đeng, Cốc Xả, Bản Lồm, Nà Càng, Khuổi Dủm, "
    "Bó Lếch, Nà Khon, Pác Phai, Đon Tuấn, Nà Mu, Cốc Thử, Bản Pjạc, Nà Dạ, Khuổi Lừa, "
    "Phiêng Đăm, Nà Vài, Bản Chang, Nà Bản, Cốc Lải, Nà Lìn, Pò Duộc, Nà Cà, Khau Ruộc, "
    "Bản Đán, Nà Hái, Phja Khao, Nà Pết, Bản Mới, Tổng Nẻng, Nà Pục, Khuổi Tao, Bản Piềng, "
    "Nà Phìn, Cốc Phầy, Nà Thôm, Lủng Vài, Nà Chang, Bản Sáng, Khuổi Hẻo, Nà Ít, Bản Quân"
).split(", ")
AGENCIES = (
    "Cơ quan Đảng ủy - Ủy ban nhân dân xã",
    "Công an xã",
    "Quân sự xã",
    "Trạm Y tế xã",
    "Trường Trung học cơ sở",
    "Trường Tiểu học",
    "Trường Mầm non",
    "Hợp tác xã Nông nghiệp",
)
POSITIONS = ("Bí thư chi bộ", "Phó Bí thư chi bộ", "Chi ủy viên", "", "", "", "", "", "", "")
CHANNEL_ACTIVITY = {
    "Sinh hoạt chi bộ": ("Phổ biến nội dung cơ bản của {doc} trong sinh hoạt chi bộ", "buổi"),
    "Họp cơ quan, đơn vị": ("Quán triệt {doc} tại cuộc họp cơ quan", "buổi"),
    "Họp thôn, tổ dân phố": ("Tuyên truyền {doc} tại họp thôn", "buổi"),
    "Cổng thông tin điện tử": ("Đăng tin, bài giới thiệu {doc}", "tin, bài"),
    "Hệ thống truyền thanh cơ sở": ("Phát thanh chuyên mục về {doc}", "lượt phát"),
    "Cổ động trực quan (pano, băng rôn, khẩu hiệu)": ("Treo băng rôn, khẩu hiệu về {doc}", "cái"),
    "Mạng xã hội": ("Chia sẻ bài viết về {doc} trên trang của xã", "tin, bài"),
}
TASK_TEMPLATES = (
    ("Tổ chức quán triệt, học tập {doc} đến 100% chi bộ", "Ban Xây dựng Đảng", "Các chi bộ",
     "Hội nghị, biên bản"),
    ("Xây dựng kế hoạch tuyên truyền {doc} trên hệ thống truyền thanh", "Văn phòng Đảng ủy",
     "Đài truyền thanh xã", "Kế hoạch tuyên truyền"),
    ("Cụ thể hóa {doc} vào nghị quyết, kế hoạch năm của các chi bộ", "Các chi bộ",
     "Ban Xây dựng Đảng", "Nghị quyết chi bộ"),
    ("Kiểm tra, giám sát việc thực hiện {doc} tại một số chi bộ", "Ủy ban Kiểm tra Đảng ủy",
     "Văn phòng Đảng ủy", "Báo cáo kết quả kiểm tra"),
    ("Lồng ghép nội dung {doc} vào sinh hoạt chuyên đề", "Các chi bộ", "Đoàn Thanh niên",
     "Chuyên đề sinh hoạt"),
    ("Sơ kết 6 tháng thực hiện {doc}", "Văn phòng Đảng ủy", "Các ban, ngành", "Báo cáo sơ kết"),
    ("Tuyên truyền {doc} đến hội viên các đoàn thể", "Mặt trận Tổ quốc xã",
     "Hội Nông dân, Hội Phụ nữ", "Số hội viên được tuyên truyền"),
)
DISCUSSION = (
    "Nhất trí cao với nội dung nghị quyết; đề nghị tăng cường tuyên truyền tại thôn, bản.",
    "Đề nghị Đảng ủy sớm ban hành kế hoạch thực hiện, phân công cụ thể cho từng chi bộ.",
    "Cần quan tâm hơn đến việc học tập của đảng viên cao tuổi, đảng viên đi làm ăn xa.",
    "Chi bộ sẽ đưa nội dung nghị quyết vào sinh hoạt chi bộ định kỳ hằng tháng.",
    "Đề nghị bố trí thêm tài liệu học tập cho các chi bộ thôn vùng xa.",
)


class DemoCancelled(UserError):
    """The person cancelled the demo data; nothing was written."""


@dataclass
class _Doc:
    uuid: str
    symbol: str
    type_code: str
    issued_on: dt.date
    title: str


class _Writer:
    """Collects rows per table and writes each table with one executemany."""

    def __init__(self, rng: random.Random, owner: str):
        self.rng = rng
        self.owner = owner
        self.stamp = now_iso()
        self.rows: dict[str, list[dict]] = {}

    def uuid(self) -> str:
        return str(uuidlib.UUID(int=self.rng.getrandbits(128), version=4))

    def add(self, table: str, owner: str | None = None, **values) -> str:
        uuid = self.uuid()
        self.rows.setdefault(table, []).append(
            {
                "uuid": uuid,
                "owner_unit": owner or self.owner,
                "revision": 1,
                "updated_at": self.stamp,
                "deleted": 0,
                **values,
            }
        )
        return uuid

    def flush(self, db: Database, tables: tuple[str, ...]) -> None:
        for table in tables:
            rows = self.rows.pop(table, [])
            if not rows:
                continue
            columns = list(rows[0])
            sql = (
                f"INSERT INTO {table} ({', '.join(columns)}) "
                f"VALUES ({', '.join('?' for _ in columns)})"
            )
            db.conn.executemany(sql, [[r[c] for c in columns] for r in rows])


def register_is_empty(db: Database) -> bool:
    """Demo data goes only into a register with no members or conferences of its own.

    Documents and conferences may already be there (a catalogue received from the
    upper level); the demo reuses the documents instead of adding duplicates.
    """
    row = db.execute(
        "SELECT (SELECT COUNT(*) FROM members WHERE owner_unit = :unit) "
        "+ (SELECT COUNT(*) FROM conferences WHERE owner_unit = :unit)",
        {"unit": current_unit(db)},
    ).fetchone()
    return row[0] == 0


def _term_of(level: str, day: dt.date) -> str:
    if level == "TW":
        return "XIII" if day >= dt.date(2021, 2, 1) else "XII"
    if day >= dt.date(2025, 10, 1):
        return "2025-2030"
    return "2020-2025" if day >= dt.date(2020, 10, 1) else "2015-2020"


def _load_documents() -> list[tuple[str, str, str, dt.date, str, str]]:
    rows = []
    for line in (RESOURCES_DIR / "demo" / "party-documents.tsv").read_text("utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            level, type_code, symbol, date, issuer, title = line.split("\t")
            rows.append((level, type_code, symbol, dt.date.fromisoformat(date), issuer, title))
    return rows


def _person(rng: random.Random) -> tuple[str, str]:
    if rng.random() < 0.62:
        given, middle, gender = MALE_GIVEN, MALE_MIDDLE, "Nam"
    else:
        given, middle, gender = FEMALE_GIVEN, FEMALE_MIDDLE, "Nữ"
    return f"{rng.choice(SURNAMES)} {rng.choice(middle)} {rng.choice(given)}", gender


def generate(
    db: Database,
    *,
    seed: int = 1,
    members: int = 1200,
    years: int = 3,
    chi_bo: int = 40,
    conferences_per_year: int = 10,
    until: dt.date | None = None,
    progress: Progress | None = None,
) -> dict[str, int]:
    """Fill the register with a demo commune; returns the row counts written."""
    if not register_is_empty(db):
        raise UserError(
            "Sổ này đã có dữ liệu; dữ liệu mẫu chỉ được tạo trên sổ trống. "
            "Hãy dùng --db với một tệp mới."
        )
    if members < 1 or years < 1 or chi_bo < 1:
        raise UserError("Số đảng viên, số năm và số chi bộ của dữ liệu mẫu phải lớn hơn 0.")
    until = until or dt.date.today()
    rng = random.Random(seed)
    settings = get_settings(db)
    if not settings.initialised:
        settings.unit_name = "Đảng ủy xã Cẩm Giàng"
        settings.unit_abbr = "ĐU"
        settings.upper_name = "Đảng bộ tỉnh Thái Nguyên"
        settings.place = "Cẩm Giàng"
        settings.initialised = True
    if not settings.leader_name:
        settings.leader_name = "Lường Văn Thắng"
    settings = save_settings(db, settings)
    owner = current_unit(db)
    writer = _Writer(rng, owner)
    steps = 4 + years * conferences_per_year
    done = 0

    def tick() -> None:
        nonlocal done
        done += 1
        if progress and progress(done, steps) is False:
            raise DemoCancelled("Đã hủy tạo dữ liệu mẫu; sổ không thay đổi.")

    with db.atomic():
        docs = _demo_documents(db, writer, range(until.year - years + 1, until.year + 1))
        tick()
        chi_bo_rows = _demo_organisation(writer, rng, members, chi_bo, until)
        groups = [
            (writer.add("participant_groups", name=name, headcount=count), count)
            for name, count in (
                ("Cán bộ, công chức xã không phải đảng viên", 24),
                ("Đoàn viên thanh niên", 150),
            )
        ]
        writer.flush(db, ("documents", "chi_bo", "members", "participant_groups"))
        tick()
        start = dt.date(until.year - years + 1, 1, 1)
        # One conference a day at most (one hall), numbered from 01 in each term as
        # the office numbers its minutes.
        span = (until - start).days
        conf_days = sorted(
            start + dt.timedelta(days=offset)
            for offset in rng.sample(range(span), k=min(span, years * conferences_per_year))
        )
        studied: list[_Doc] = []
        numbers: dict[str, int] = {}
        for day in conf_days:
            term = _term_of("ĐU", day)
            numbers[term] = numbers.get(term, 0) + 1
            doc_set = _demo_conference(
                writer, rng, docs, chi_bo_rows, groups, (term, numbers[term]), day, until,
                studied,
            )
            studied.extend(d for d in doc_set if d not in studied)
            writer.flush(
                db,
                (
                    "conferences", "conference_documents", "presenters", "bridge_points",
                    "guests", "discussion", "makeup_sessions", "attendance", "group_attendance",
                ),
            )
            tick()
        _demo_plans(writer, rng, studied, until)
        writer.flush(db, ("plans", "tasks", "task_progress"))
        tick()
        _demo_outreach(writer, rng, studied, start, until)
        _demo_reflections(db, writer, rng)
        writer.flush(db, ("outreach", "reflections"))
        tick()
    return {
        table: db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
        for table in ("documents", "chi_bo", "members", "conferences", "attendance", "plans",
                      "tasks", "outreach", "reflections")
    }


LOCAL_DOCUMENTS = (
    # (level, type, number, month, day, issuer, title); {year} is filled per year
    ("ĐU", "NQ", 1, 1, 10, "Đảng ủy xã",
     "Nghị quyết về lãnh đạo thực hiện nhiệm vụ phát triển kinh tế - xã hội, bảo đảm quốc "
     "phòng - an ninh và xây dựng Đảng, hệ thống chính trị năm {year}"),
    ("ĐU", "KH", 2, 2, 20, "Đảng ủy xã",
     "Kế hoạch học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh năm {year}"),
    ("TU", "NQ", 3, 1, 15, "Tỉnh ủy",
     "Nghị quyết về lãnh đạo thực hiện nhiệm vụ chính trị của tỉnh năm {year}"),
)


def _local_documents(years: range) -> list[tuple[str, str, str, dt.date, str, str]]:
    rows = []
    for year in years:
        for level, type_code, base, month, day, issuer, title in LOCAL_DOCUMENTS:
            number = base + (year % 10) * 3
            code = "ĐU" if level == "ĐU" else "TU"
            rows.append(
                (level, type_code, f"{number:02d}-{type_code}/{code}", dt.date(year, month, day),
                 issuer, title.format(year=year))
            )
    return rows


def demo_catalogue(db: Database, *, years: int = 3, until: dt.date | None = None) -> int:
    """An upper level's demo catalogue: the Central and provincial documents that its
    units study (their own Đảng ủy documents stay theirs); returns how many were added.

    A unit that receives it and then makes its demo data studies these same records.
    """
    until = until or dt.date.today()
    writer = _Writer(random.Random(0), current_unit(db))
    with db.atomic():
        _demo_documents(
            db, writer, range(until.year - years + 1, until.year + 1), skip_levels={"ĐU"}
        )
        added = len(writer.rows.get("documents", []))
        writer.flush(db, ("documents",))
    return added


def _demo_documents(
    db: Database, writer: _Writer, years: range, skip_levels: Collection[str] = ()
) -> list[_Doc]:
    existing = {
        (r[0], r[1]): r[2]
        for r in db.execute("SELECT symbol, term, uuid FROM documents WHERE deleted = 0")
    }
    type_names = dict(
        db.execute("SELECT code, name FROM lookups WHERE list = 'doc_type' AND deleted = 0")
    )
    docs = []
    for level, type_code, symbol, day, issuer, title in (
        _load_documents() + _local_documents(years)
    ):
        if level in skip_levels:
            continue
        term = _term_of(level, day)
        uuid = existing.get((symbol, term))
        if uuid is None:
            uuid = writer.add(
                "documents",
                type_code=type_code,
                number=int(symbol.split("-")[0]),
                symbol=symbol,
                level_code=level,
                issuer=issuer,
                issued_on=day.isoformat(),
                term=term,
                title=title,
                summary="",
                search_text=search_key(
                    f"{type_names.get(type_code, '')} số {symbol} {title} {issuer}"
                ),
            )
        docs.append(_Doc(uuid, symbol, type_code, day, title))
    return docs


def _demo_organisation(
    writer: _Writer, rng: random.Random, members: int, count: int, until: dt.date
) -> list[tuple[str, list[tuple[str, bool, dt.date]]]]:
    """Chi bộ with their members; returns (chi_bo_uuid, [(member_uuid, excused, joined)])."""
    names = [f"Chi bộ {a}" for a in AGENCIES[: max(1, count // 5)]]
    names += [f"Chi bộ thôn {v}" for v in VILLAGES]
    names = names[:count]
    while len(names) < count:
        names.append(f"Chi bộ thôn {rng.choice(VILLAGES)} {len(names) + 1}")
    result = []
    weights = [rng.uniform(0.5, 1.5) for _ in names]
    share = [max(3, round(members * w / sum(weights))) for w in weights]
    share[-1] = max(1, members - sum(share[:-1])) if members > sum(share[:-1]) else share[-1]
    remaining = members
    for position, (name, size) in enumerate(zip(names, share, strict=True), start=1):
        size = min(size, remaining) if position < len(names) else remaining
        remaining -= size
        kind = "Cơ quan, đơn vị" if not name.startswith("Chi bộ thôn") else "Thôn"
        chi_uuid = writer.add(
            "chi_bo", name=name, kind=kind, position=position, search_text=search_key(name)
        )
        roster = []
        for index in range(max(size, 0)):
            full_name, gender = _person(rng)
            birth = rng.randint(1940, 2002)
            joined_year = min(until.year, birth + rng.randint(20, 40))
            joined = dt.date(joined_year, rng.randint(1, 12), rng.randint(1, 28))
            probationary = (until - joined).days < 365
            excused = birth < 1948 and rng.random() < 0.6 or rng.random() < 0.02
            status = "active"
            roll = rng.random()
            if roll < 0.015:
                status = "moved"
            elif roll < 0.025:
                status = "deceased"
            uuid = writer.add(
                "members",
                chi_bo_uuid=chi_uuid,
                full_name=full_name,
                gender=gender,
                birth_year=birth,
                joined_on=joined.isoformat(),
                official=0 if probationary else 1,
                excused=1 if excused else 0,
                status=status,
                position_title=POSITIONS[index] if index < len(POSITIONS) else "",
                search_text=search_key(f"{full_name} {name}"),
            )
            if status == "active":
                roster.append((uuid, excused, joined))
        result.append((chi_uuid, roster))
    return result


def _demo_conference(
    writer: _Writer,
    rng: random.Random,
    docs: list[_Doc],
    chi_bo_rows: list[tuple[str, list[tuple[str, bool, dt.date]]]],
    groups: list[tuple[str, int]],
    numbered: tuple[str, int],  # the term and the minutes' number in it
    day: dt.date,
    until: dt.date,
    already: list[_Doc],
) -> list[_Doc]:
    available = [d for d in docs if d.issued_on <= day] or docs[:1]
    fresh = [d for d in available if d not in already]
    pool = sorted(fresh or available, key=lambda d: d.issued_on, reverse=True)[:4]
    doc_set = rng.sample(pool, k=min(len(pool), rng.choice((1, 1, 1, 2))))
    roll = rng.random()
    fmt = "truc_tiep" if roll < 0.5 else ("ket_hop" if roll < 0.8 else "truc_tuyen")
    kind = rng.choice(("hoc_tap", "quan_triet", "quan_triet", "hoc_tap", "trien_khai"))
    start = dt.datetime.combine(day, dt.time(rng.choice((7, 8, 8, 13, 14)), rng.choice((0, 30))))
    end = start + dt.timedelta(hours=rng.choice((3, 4)), minutes=rng.choice((0, 15, 30)))
    symbols = ", ".join(d.symbol for d in doc_set)
    title = (
        f"Hội nghị {'quán triệt' if kind == 'quan_triet' else 'học tập'}, "
        f"triển khai {' và '.join(_doc_name(d) for d in doc_set)}"
    )
    conf = writer.add(
        "conferences",
        kind=kind,
        format=fmt,
        host_level="TU" if fmt != "truc_tiep" else "ĐU",
        title=title,
        starts_at=start.isoformat(timespec="minutes"),
        ends_at=end.isoformat(timespec="minutes"),
        place="Hội trường Đảng ủy xã" + (" và các điểm cầu thôn" if fmt != "truc_tiep" else ""),
        chair_name="Vũ Văn Thành",
        chair_position="Phó Bí thư Đảng ủy, Chủ tịch UBND xã",
        secretary_name="Hoàng Thị Hạnh",
        secretary_position="Chuyên viên Văn phòng Đảng ủy",
        content=f"Học tập, quán triệt nội dung cơ bản của {symbols}.",
        conclusion=(
            "Đồng chí chủ trì kết luận: yêu cầu các chi bộ tổ chức tuyên truyền sâu rộng, "
            "xây dựng kế hoạch thực hiện và báo cáo kết quả về Đảng ủy đúng thời gian quy định."
        ),
        votes_for=None,
        votes_against=None,
        votes_other=None,
        status="final" if day < until - dt.timedelta(days=30) else "draft",
        reg_number=numbered[1],
        term=numbered[0],
        copies=2,
        search_text=search_key(f"hội nghị {title} Hội trường Đảng ủy xã"),
    )
    for position, doc in enumerate(doc_set):
        writer.add("conference_documents", conference_uuid=conf, document_uuid=doc.uuid,
                   position=position)
    writer.add(
        "presenters",
        conference_uuid=conf,
        name=rng.choice(("Lường Văn Vương", "Đặng Thị Thu", "Nông Đức Hiếu")),
        level="tinh" if fmt != "truc_tiep" else "co_so",
        position_title="Báo cáo viên Ban Tuyên giáo và Dân vận Tỉnh ủy"
        if fmt != "truc_tiep" else "Trưởng Ban Xây dựng Đảng",
        topic=f"Nội dung cơ bản của {symbols}",
        position=0,
    )
    # A guest is a person (the editor asks for "Họ và tên"): the minutes print
    # "đồng chí <name>, <position>".
    writer.add("guests", conference_uuid=conf, name="Nguyễn Thị Lan",
               position_title="Phó Chủ tịch Hội đồng nhân dân xã", position=0)
    for position in range(rng.randint(2, 4)):
        speaker, _ = _person(rng)
        writer.add(
            "discussion",
            conference_uuid=conf,
            speaker=speaker,
            speaker_position="Bí thư chi bộ",
            content=rng.choice(DISCUSSION),
            position=position,
        )
    if fmt != "truc_tiep":
        points = rng.randint(min(30, len(chi_bo_rows)), min(90, max(30, len(chi_bo_rows))))
        for position in range(points):
            host, _ = _person(rng)
            writer.add(
                "bridge_points",
                conference_uuid=conf,
                name=f"Điểm cầu nhà văn hóa thôn {VILLAGES[position % len(VILLAGES)]}"
                + (f" {position // len(VILLAGES) + 1}" if position >= len(VILLAGES) else ""),
                host_person=host,
                attendees=rng.randint(25, 70),
                position=position,
            )
    makeup_day = min(until, day + dt.timedelta(days=rng.randint(10, 25)))
    makeup = None
    if makeup_day > day:
        makeup = writer.add(
            "makeup_sessions", conference_uuid=conf, held_on=makeup_day.isoformat(),
            place="Văn phòng Đảng ủy", note="Học bù cho đảng viên vắng mặt",
        )
    reasons = ("Ốm đau", "Đi công tác", "Việc gia đình", "Đi làm ăn xa")
    absence = rng.uniform(0.03, 0.12)
    for _chi, roster in chi_bo_rows:
        for member_uuid, excused, joined in roster:
            if joined > day:  # not yet a Party member that day (as build_roster)
                continue
            status, reason, caught_up = "present", "", None
            if excused:
                status = "excused"
            else:
                roll = rng.random()
                if roll < absence * 0.75:
                    status, reason = "absent_reason", rng.choice(reasons)
                elif roll < absence:
                    status = "absent_no_reason"
                if status != "present" and makeup and rng.random() < 0.6:
                    caught_up = makeup
            writer.add(
                "attendance",
                conference_uuid=conf,
                member_uuid=member_uuid,
                status=status,
                reason=reason,
                makeup_uuid=caught_up,
            )
    for group_uuid, headcount in groups:
        if rng.random() < 0.5:
            writer.add("group_attendance", conference_uuid=conf, group_uuid=group_uuid,
                       present=rng.randint(headcount // 2, headcount))
    return doc_set


def _doc_name(doc: _Doc) -> str:
    names = {"NQ": "Nghị quyết", "CT": "Chỉ thị", "KL": "Kết luận", "ĐA": "Đề án",
             "KH": "Kế hoạch"}
    return f"{names.get(doc.type_code, 'văn bản')} số {doc.symbol}"


def _demo_plans(writer: _Writer, rng: random.Random, studied: list[_Doc], until: dt.date) -> None:
    planned = []
    for doc in studied:
        issued = min(until, max(doc.issued_on, until - dt.timedelta(days=900))
                     + dt.timedelta(days=rng.randint(20, 60)))
        kind = "CTr" if doc.type_code == "NQ" and rng.random() < 0.4 else "KH"
        planned.append((issued, kind, doc))
    # Each kind is numbered from 01 in each term, in the order the plans were issued.
    numbers: dict[tuple[str, str], int] = {}
    for issued, kind, doc in sorted(planned, key=lambda p: p[0]):
        term = _term_of("ĐU", issued)
        numbers[term, kind] = numbers.get((term, kind), 0) + 1
        plan = writer.add(
            "plans",
            document_uuid=doc.uuid,
            chi_bo_uuid=None,
            kind=kind,
            number=numbers[term, kind],
            term=term,
            title=f"{'Chương trình hành động' if kind == 'CTr' else 'Kế hoạch'} thực hiện "
            f"{_doc_name(doc)}",
            issued_on=issued.isoformat(),
            purpose=(
                f"Tổ chức thực hiện nghiêm túc, hiệu quả {_doc_name(doc)}, đưa nghị quyết vào "
                "cuộc sống; phân công cụ thể, gắn trách nhiệm của người đứng đầu."
            ),
            search_text=search_key(f"kế hoạch {_doc_name(doc)}"),
        )
        for position, (content, lead, partners, output) in enumerate(
            rng.sample(TASK_TEMPLATES, k=rng.randint(4, 6))
        ):
            deadline = issued + dt.timedelta(days=rng.randint(30, 540))
            if deadline < until:
                late = rng.choice(("in_progress", "not_started"))
                status = "done" if rng.random() < 0.8 else late
            else:
                status = rng.choice(("in_progress", "not_started", "done"))
            task = writer.add(
                "tasks",
                plan_uuid=plan,
                content=content.format(doc=_doc_name(doc)),
                lead=lead,
                partners=partners,
                deadline=deadline.isoformat(),
                output=output,
                status=status,
                done_on=min(deadline, until).isoformat() if status == "done" else None,
                position=position,
            )
            if status != "not_started":
                writer.add(
                    "task_progress",
                    task_uuid=task,
                    noted_on=min(until, issued + dt.timedelta(days=15)).isoformat(),
                    note="Đã triển khai đến các chi bộ.",
                )


def _demo_outreach(
    writer: _Writer, rng: random.Random, studied: list[_Doc], start: dt.date, until: dt.date
) -> None:
    span = (until - start).days
    for _ in range(max(1, span // 6)):
        channel = rng.choice(list(CHANNEL_ACTIVITY))
        template, measure = CHANNEL_ACTIVITY[channel]
        doc = rng.choice(studied) if studied else None
        writer.add(
            "outreach",
            held_on=(start + dt.timedelta(days=rng.randrange(span or 1))).isoformat(),
            channel=channel,
            document_uuid=doc.uuid if doc else None,
            description=template.format(doc=_doc_name(doc) if doc else "nghị quyết"),
            quantity=rng.randint(1, 12),
            measure=measure,
            reach=rng.randint(30, 900),
        )


def _demo_reflections(db: Database, writer: _Writer, rng: random.Random) -> None:
    pairs = db.execute(
        "SELECT DISTINCT a.member_uuid, cd.document_uuid, substr(c.starts_at, 1, 10) "
        "FROM attendance a JOIN conference_documents cd ON cd.conference_uuid = a.conference_uuid "
        "JOIN conferences c ON c.uuid = a.conference_uuid "
        "WHERE a.status = 'present' AND a.deleted = 0 GROUP BY a.member_uuid, cd.document_uuid"
    ).fetchall()
    grades = ("Tốt", "Tốt", "Khá", "Khá", "Khá", "Đạt", "Chưa đạt")
    for member_uuid, document_uuid, day in pairs:
        submitted = rng.random() < 0.88
        writer.add(
            "reflections",
            member_uuid=member_uuid,
            document_uuid=document_uuid,
            submitted=1 if submitted else 0,
            submitted_on=(dt.date.fromisoformat(day) + dt.timedelta(days=rng.randint(3, 20)))
            .isoformat() if submitted else None,
            grade=rng.choice(grades) if submitted else "",
        )
