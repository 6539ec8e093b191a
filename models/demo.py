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

from models.errors import UserError
from models.i18n import _
from models.ids import now_iso
from models.register import Register
from models.settings import get_settings, save_settings
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
    "Nà Phìn, Cốc Phầy, Nà Thôm, Lủng Vài, Nà Chang, Bản Sáng, Khuổi Hẻo, Nà Ít, Bản Quân, "
    "Nà Hin, Bản Vẳng, Khuổi Slản, Nà Nghiêng, Cốc Lùng, Bản Duồm, Nà Mòn, Pác Cáp, Khau Lồm, "
    "Nà Tảng, Bản Sảo, Phiêng Phấy, Nà Cù, Lủng Pục, Bản Tàn, Nà Lẩy, Khuổi Vùa, Cốc Nghè, "
    "Nà Quang, Bản Rản, Pò Pán, Nà Phặc, Khuổi Khít, Bản Kít, Nà Tông, Cốc Sâu, Phja Bióoc, "
    "Nà Kiến, Bản Giềng, Khau Cưởm, Nà Đon, Cốc Khuyết, Bản Nhì, Nà Thác, Pác Ngòi"
).split(", ")
# A ward's Party cells are its neighbourhoods (tổ dân phố), named as the ward names them.
STREETS = (
    "Đức Xuân, Phùng Chí Kiên, Sông Cầu, Minh Khai, Nguyễn Thị Minh Khai, Trường Chinh, "
    "Quang Trung, Hoàng Văn Thụ, Bắc Kạn, Thành Công, Tân Lập, Đồng Tâm, Phố Mới, Cầu Phà, "
    "Nông Quốc Chấn, Xuân Hòa, Khuổi Thuổm, Bản Áng, Nà Chuông, Pá Danh"
).split(", ")
AGENCIES = (
    "Cơ quan Đảng ủy - Ủy ban nhân dân {place}",
    "Công an {place}",
    "Quân sự {place}",
    "Trạm Y tế {place}",
    "Trường Trung học cơ sở",
    "Trường Tiểu học",
    "Trường Mầm non Hoa Sen",
    "Hợp tác xã Nông nghiệp Thành Công",
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
# What members say about each kind of document: a resolution's goals, a directive's
# discipline, a conclusion's follow-up, a plan's assignments.
DISCUSSION = {
    "NQ": (
        "Nhất trí cao với các mục tiêu của Nghị quyết; đề nghị cụ thể hóa thành chỉ tiêu của "
        "từng thôn để dễ kiểm tra, đánh giá.",
        "Chi bộ sẽ đưa nội dung Nghị quyết vào sinh hoạt định kỳ và giao cho từng đảng viên "
        "phụ trách hộ gia đình tuyên truyền.",
        "Đề nghị Đảng ủy sớm ban hành chương trình hành động, phân công rõ cơ quan chủ trì, "
        "thời hạn hoàn thành.",
        "Nội dung Nghị quyết phù hợp với định hướng phát triển của địa phương; cần ưu tiên "
        "nguồn lực cho giao thông nông thôn và chuyển đổi cây trồng.",
        "Cần quan tâm hơn đến đảng viên cao tuổi, đảng viên đi làm ăn xa: in tài liệu tóm "
        "tắt, tổ chức học bù tại nhà văn hóa thôn.",
        "Đề nghị kết hợp tuyên truyền Nghị quyết trên loa truyền thanh vào buổi tối, khi bà "
        "con đã đi làm về.",
    ),
    "CT": (
        "Chỉ thị nêu rõ trách nhiệm người đứng đầu; chi bộ sẽ kiểm điểm việc thực hiện trong "
        "sinh hoạt hằng tháng.",
        "Đề nghị lồng ghép việc thực hiện Chỉ thị với phong trào thi đua ở thôn, gắn với bình "
        "xét đảng viên cuối năm.",
        "Đảng viên là cán bộ, công chức phải gương mẫu đi đầu; đề nghị có hình thức nhắc nhở "
        "kịp thời nơi thực hiện chưa nghiêm.",
        "Chi bộ nhà trường sẽ đưa nội dung Chỉ thị vào hoạt động ngoại khóa cho học sinh.",
    ),
    "KL": (
        "Kết luận đã chỉ rõ những việc cần tiếp tục làm; đề nghị rà soát những nội dung đơn "
        "vị còn chậm để bổ sung vào kế hoạch.",
        "Đề nghị Đảng ủy giao Ủy ban Kiểm tra theo dõi, đôn đốc việc thực hiện Kết luận tại "
        "các chi bộ.",
        "Cần tổng kết những cách làm hay của các thôn đã thực hiện tốt để nhân rộng.",
    ),
    "KH": (
        "Kế hoạch phân công cụ thể, dễ thực hiện; đề nghị bổ sung thời hạn báo cáo kết quả "
        "của từng chi bộ.",
        "Thôn sẽ bố trí nhà văn hóa làm điểm cầu và cử người phụ trách thiết bị.",
        "Đề nghị hỗ trợ kinh phí in tài liệu cho các chi bộ thôn vùng xa.",
    ),
    "ĐA": (
        "Đề án đặt ra lộ trình rõ ràng; đề nghị chia nhỏ thành các việc làm được ngay trong "
        "năm.",
        "Cần có cán bộ theo dõi riêng việc thực hiện Đề án ở từng thôn.",
    ),
}
SPEAKER_POSITIONS = ("Bí thư Chi bộ {chi_bo}", "Phó Bí thư Chi bộ {chi_bo}",
                     "Chi ủy viên Chi bộ {chi_bo}", "Đảng viên Chi bộ {chi_bo}")
GUESTS = (
    ("Nguyễn Thị Lan", "Phó Chủ tịch Hội đồng nhân dân {place}"),
    ("Đinh Văn Cường", "Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam {place}"),
    ("Lò Thị Hoa", "Chủ tịch Hội Liên hiệp Phụ nữ {place}"),
    ("Ma Văn Khiêm", "Chủ tịch Hội Cựu chiến binh {place}"),
    ("Hà Thu Trang", "Bí thư Đoàn Thanh niên {place}"),
)
KIND_NAMES = {"NQ": "Nghị quyết", "CT": "Chỉ thị", "KL": "Kết luận", "ĐA": "Đề án",
              "KH": "Kế hoạch"}


class DemoCancelled(UserError):
    """The person cancelled the demo data; nothing was written."""


@dataclass
class _Doc:
    uuid: str
    symbol: str
    type_code: str
    issued_on: dt.date
    title: str
    issuer: str = ""


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

    def flush(self, db: Register, tables: tuple[str, ...]) -> None:
        for table in tables:
            rows = self.rows.pop(table, [])
            if not rows:
                continue
            columns = list(rows[0])
            sql = (
                f"INSERT INTO {table} ({', '.join(columns)}) "
                f"VALUES ({', '.join('?' for _ignored in columns)})"
            )
            db.conn.executemany(sql, [[r[c] for c in columns] for r in rows])


def register_is_empty(db: Register) -> bool:
    """Demo data goes only into a register with no members or conferences of its own.

    Documents and conferences may already be there (a catalogue received from the
    upper level); the demo reuses the documents instead of adding duplicates.
    """
    row = db.execute(
        "SELECT (SELECT COUNT(*) FROM members WHERE owner_unit = :unit) "
        "+ (SELECT COUNT(*) FROM conferences WHERE owner_unit = :unit)",
        {"unit": db.unit_uuid},
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
    db: Register,
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
            _(
                "Sổ này đã có dữ liệu; dữ liệu mẫu chỉ được tạo trên sổ trống. Hãy dùng --db "
                "với một tệp mới."
            )
        )
    if members < 1 or years < 1 or chi_bo < 1:
        raise UserError(_("Số đảng viên, số năm và số chi bộ của dữ liệu mẫu phải lớn hơn 0."))
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
    owner = db.unit_uuid
    place = "phường" if "phường" in settings.unit_name.lower() else "xã"
    writer = _Writer(rng, owner)
    steps = 4 + years * conferences_per_year
    done = 0

    def tick() -> None:
        nonlocal done
        done += 1
        if progress and progress(done, steps) is False:
            raise DemoCancelled(_("Đã hủy tạo dữ liệu mẫu; sổ không thay đổi."))

    with db.atomic():
        docs = _demo_documents(db, writer, range(until.year - years + 1, until.year + 1),
                               place=place)
        tick()
        chi_bo_rows = _demo_organisation(writer, rng, members, chi_bo, until, place,
                                         offset=(seed - 1) * 11)
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
        first_studied: dict[str, dt.date] = {}
        numbers: dict[str, int] = {}
        for day in conf_days:
            term = _term_of("ĐU", day)
            numbers[term] = numbers.get(term, 0) + 1
            doc_set = _demo_conference(
                writer, rng, docs, chi_bo_rows, groups, (term, numbers[term]), day, until,
                studied, place,
            )
            studied.extend(d for d in doc_set if d not in studied)
            for doc in doc_set:
                first_studied.setdefault(doc.uuid, day)
            writer.flush(
                db,
                (
                    "conferences", "conference_documents", "presenters", "bridge_points",
                    "guests", "discussion", "makeup_sessions", "attendance", "group_attendance",
                ),
            )
            tick()
        _demo_plans(writer, rng, studied, first_studied, until, place)
        writer.flush(db, ("plans", "tasks", "task_progress"))
        _number_in_sequence(db, owner)
        tick()
        _demo_outreach(writer, rng, studied, start, until, place)
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


def _local_documents(years: range, place: str = "xã"
                     ) -> list[tuple[str, str, str, dt.date, str, str]]:
    rows = []
    for year in years:
        for level, type_code, base, month, day, issuer, title in LOCAL_DOCUMENTS:
            issuer = issuer.replace(" xã", f" {place}")
            number = base + (year % 10) * 3
            code = "ĐU" if level == "ĐU" else "TU"
            rows.append(
                (level, type_code, f"{number:02d}-{type_code}/{code}", dt.date(year, month, day),
                 issuer, title.format(year=year))
            )
    return rows


def demo_catalogue(db: Register, *, years: int = 3, until: dt.date | None = None) -> int:
    """An upper level's demo catalogue: the Central and provincial documents that its
    units study (their own Đảng ủy documents stay theirs); returns how many were added.

    A unit that receives it and then makes its demo data studies these same records.
    """
    until = until or dt.date.today()
    writer = _Writer(random.Random(0), db.unit_uuid)
    with db.atomic():
        _demo_documents(
            db, writer, range(until.year - years + 1, until.year + 1), skip_levels={"ĐU"}
        )
        added = len(writer.rows.get("documents", []))
        writer.flush(db, ("documents",))
    return added


def _demo_documents(
    db: Register, writer: _Writer, years: range, skip_levels: Collection[str] = (),
    place: str = "xã",
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
        _load_documents() + _local_documents(years, place)
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
        docs.append(_Doc(uuid, symbol, type_code, day, title, issuer))
    return docs


@dataclass
class _Cell:
    """A demo chi bộ: its roster and how keen it is (who stays away, who catches up)."""

    uuid: str
    name: str
    roster: list[tuple[str, bool, dt.date]]  # (member_uuid, excused, joined)
    absence: float  # the share of members who miss a conference
    catch_up: float  # the share of absentees caught up at the make-up session


def _cell_names(count: int, place: str, offset: int = 0) -> list[str]:
    """Chi bộ names; ``offset`` turns the lists so that neighbouring demo communes do not
    all have the same villages."""
    agencies = [f"Chi bộ {a.format(place=place)}" for a in AGENCIES[: max(1, count // 5)]]
    if place == "phường":
        streets = STREETS[offset % len(STREETS):] + STREETS[: offset % len(STREETS)]
        local = [f"Chi bộ Tổ dân phố {street}" for street in streets]
        local += [f"Chi bộ Tổ dân phố số {n}" for n in range(1, count + 1)]
    else:
        villages = VILLAGES[offset % len(VILLAGES):] + VILLAGES[: offset % len(VILLAGES)]
        local = [f"Chi bộ thôn {v}" for v in villages]
        local += [f"Chi bộ thôn {v} {half}" for half in ("Trên", "Dưới") for v in VILLAGES]
    return (agencies + local)[:count]


def _demo_organisation(
    writer: _Writer, rng: random.Random, members: int, count: int, until: dt.date, place: str,
    offset: int = 0,
) -> list[_Cell]:
    """Chi bộ with their members, each with its own attendance habits."""
    names = _cell_names(count, place, offset)
    result = []
    weights = [rng.uniform(0.5, 1.5) for _ignored in names]
    share = [max(3, round(members * w / sum(weights))) for w in weights]
    share[-1] = max(1, members - sum(share[:-1])) if members > sum(share[:-1]) else share[-1]
    remaining = members
    for position, (name, size) in enumerate(zip(names, share, strict=True), start=1):
        size = min(size, remaining) if position < len(names) else remaining
        remaining -= size
        kind = "Cơ quan, đơn vị" if name.startswith(tuple(
            f"Chi bộ {a.format(place=place)}" for a in AGENCIES)) else (
            "Tổ dân phố" if place == "phường" else "Thôn")
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
        # Most chi bộ study 93-99% of what they owe; a few, far-flung or elderly, 85-92%.
        absence = rng.uniform(0.14, 0.24) if rng.random() < 0.2 else rng.uniform(0.03, 0.1)
        result.append(_Cell(chi_uuid, name, roster, absence, rng.uniform(0.35, 0.6)))
    return result


def _demo_conference(
    writer: _Writer,
    rng: random.Random,
    docs: list[_Doc],
    cells: list[_Cell],
    groups: list[tuple[str, int]],
    numbered: tuple[str, int],  # the term and the minutes' number in it
    day: dt.date,
    until: dt.date,
    already: list[_Doc],
    place: str,
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
    named = " và ".join(_full_name(d) for d in doc_set)
    title = (
        f"Hội nghị {'quán triệt' if kind == 'quan_triet' else 'học tập'}, "
        f"triển khai {' và '.join(_doc_name(d) for d in doc_set)}"
    )
    hall = f"Hội trường Đảng ủy {place}"
    # A provincial broadcast is followed from the commune's hall and its bridge points;
    # the commune's own conference may also be relayed to them (hybrid).
    host = "TU" if fmt == "truc_tuyen" or rng.random() < 0.5 else "ĐU"
    conf = writer.add(
        "conferences",
        kind=kind,
        format=fmt,
        host_level=host if fmt != "truc_tiep" else "ĐU",
        title=title,
        starts_at=start.isoformat(timespec="minutes"),
        ends_at=end.isoformat(timespec="minutes"),
        place=hall,
        chair_name="Vũ Văn Thành",
        chair_position=f"Phó Bí thư Đảng ủy, Chủ tịch Ủy ban nhân dân {place}",
        secretary_name="Hoàng Thị Hạnh",
        secretary_position="Chuyên viên Văn phòng Đảng ủy",
        content=f"Học tập, quán triệt những nội dung cơ bản của {named}; thảo luận việc "
        "cụ thể hóa và tổ chức thực hiện tại địa phương.",
        conclusion=(
            "Đồng chí chủ trì kết luận: yêu cầu các chi bộ tổ chức tuyên truyền sâu rộng, "
            "xây dựng kế hoạch thực hiện, tổ chức học bù cho đảng viên vắng mặt trong tháng và "
            "báo cáo kết quả về Đảng ủy đúng thời gian quy định."
        ),
        votes_for=None,
        votes_against=None,
        votes_other=None,
        status="final" if day < until - dt.timedelta(days=30) else "draft",
        reg_number=numbered[1],
        term=numbered[0],
        copies=2,
        search_text=search_key(f"hội nghị {title} {hall}"),
    )
    for position, doc in enumerate(doc_set):
        writer.add("conference_documents", conference_uuid=conf, document_uuid=doc.uuid,
                   position=position)
    provincial = fmt != "truc_tiep" and host == "TU"
    writer.add(
        "presenters",
        conference_uuid=conf,
        name=rng.choice(("Lường Văn Vương", "Đặng Thị Thu", "Nông Đức Hiếu")),
        level="tinh" if provincial else "co_so",
        position_title="Báo cáo viên Ban Tuyên giáo và Dân vận Tỉnh ủy"
        if provincial else "Trưởng Ban Xây dựng Đảng",
        topic=f"Những nội dung cơ bản, cốt lõi của {named}",
        position=0,
    )
    # Guests are people (the editor asks for "Họ và tên"): "đồng chí <name>, <position>".
    for position, (name, post) in enumerate(rng.sample(GUESTS, k=rng.randint(1, 2))):
        writer.add("guests", conference_uuid=conf, name=name,
                   position_title=post.format(place=place), position=position)
    opinions = DISCUSSION.get(doc_set[0].type_code, DISCUSSION["NQ"])
    for position, content in enumerate(rng.sample(opinions, k=min(len(opinions),
                                                                  rng.randint(2, 4)))):
        speaker, _ignored = _person(rng)
        cell = rng.choice(cells)
        writer.add(
            "discussion",
            conference_uuid=conf,
            speaker=speaker,
            speaker_position=rng.choice(SPEAKER_POSITIONS).format(
                chi_bo=cell.name.removeprefix("Chi bộ ")),
            content=content,
            position=position,
        )
    if fmt != "truc_tiep":
        points = min(len(cells), rng.randint(30, 90))
        for position, cell in enumerate(rng.sample(cells, k=points)):
            host_person, _ignored = _person(rng)
            where = cell.name.removeprefix("Chi bộ ")
            writer.add(
                "bridge_points",
                conference_uuid=conf,
                name=(f"Nhà văn hóa {where}" if where.startswith(("thôn", "Tổ dân phố"))
                      else f"Hội trường {where}"),
                host_person=host_person,
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
    mood = rng.uniform(0.7, 1.3)  # some days more stay away (harvest, weather)
    for cell in cells:
        for member_uuid, excused, joined in cell.roster:
            if joined > day:  # not yet a Party member that day (as build_roster)
                continue
            status, reason, caught_up = "present", "", None
            if excused:
                status = "excused"
            else:
                roll = rng.random()
                absence = cell.absence * mood
                if roll < absence * 0.75:
                    status, reason = "absent_reason", rng.choice(reasons)
                elif roll < absence:
                    status = "absent_no_reason"
                if status != "present" and makeup and rng.random() < cell.catch_up:
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
    return f"{KIND_NAMES.get(doc.type_code, 'văn bản')} số {doc.symbol}"


def _full_name(doc: _Doc) -> str:
    """ "Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị": kind, number, date,
    issuer, as a document is named in minutes."""
    issuer = f" của {doc.issuer}" if doc.issuer else ""
    return f"{_doc_name(doc)} ngày {doc.issued_on:%d/%m/%Y}{issuer}"


def _demo_plans(writer: _Writer, rng: random.Random, studied: list[_Doc],
                first_studied: dict[str, dt.date], until: dt.date, place: str) -> None:
    """A plan after studying each resolution, directive, conclusion or project, issued a
    week to a month after its first conference (a plan does not implement a plan)."""
    planned = []
    for doc in studied:
        if doc.type_code == "KH":
            continue
        issued = first_studied[doc.uuid] + dt.timedelta(days=rng.randint(7, 30))
        if issued > until:
            continue
        kind = "CTr" if doc.type_code == "NQ" and rng.random() < 0.4 else "KH"
        planned.append((issued, kind, doc))
    # Numbered in date order; _number_in_sequence then numbers them with the committee's
    # other documents of the same kind.
    for issued, kind, doc in sorted(planned, key=lambda p: p[0]):
        term = _term_of("ĐU", issued)
        title = (f"{'Chương trình hành động' if kind == 'CTr' else 'Kế hoạch'} thực hiện "
                 f"{_doc_name(doc)}")
        plan = writer.add(
            "plans",
            document_uuid=doc.uuid,
            chi_bo_uuid=None,
            kind=kind,
            number=None,
            term=term,
            title=title,
            issued_on=issued.isoformat(),
            purpose=(
                f"Tổ chức thực hiện nghiêm túc, hiệu quả {_full_name(doc)}, đưa nghị quyết vào "
                "cuộc sống; phân công cụ thể, gắn trách nhiệm của người đứng đầu."
            ),
            search_text=search_key(title),
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
                lead=lead.replace(" xã", f" {place}"),
                partners=partners.replace(" xã", f" {place}"),
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


def _number_in_sequence(db: Register, owner: str) -> None:
    """The committee's own documents and plans of a kind numbered 01, 02, … in each term,
    in the order they were issued: a "Kế hoạch" the Đảng ủy issued in February is number
    01 and the plan of March number 02, never 20 then 02."""
    items = db.execute(
        "SELECT 'documents', uuid, type_code, term, issued_on FROM documents "
        "WHERE owner_unit = ? AND level_code = 'ĐU' AND deleted = 0 "
        "UNION ALL SELECT 'plans', uuid, kind, term, issued_on FROM plans "
        "WHERE owner_unit = ? AND deleted = 0 ORDER BY 4, 3, 5, 2",
        [owner, owner]).fetchall()
    counters: dict[tuple[str, str], int] = {}
    names = {code: name for code, name in KIND_NAMES.items()}
    for table, uuid, kind, term, _issued in items:
        counters[term, kind] = counters.get((term, kind), 0) + 1
        number = counters[term, kind]
        if table == "plans":
            db.execute("UPDATE plans SET number = ? WHERE uuid = ?", [number, uuid])
            continue
        symbol = f"{number:02d}-{kind}/ĐU"
        title, issuer = db.execute("SELECT title, issuer FROM documents WHERE uuid = ?",
                                   [uuid]).fetchone()
        db.execute(
            "UPDATE documents SET number = ?, symbol = ?, search_text = ? WHERE uuid = ?",
            [number, symbol, search_key(f"{names.get(kind, '')} số {symbol} {title} {issuer}"),
             uuid])


def _demo_outreach(
    writer: _Writer, rng: random.Random, studied: list[_Doc], start: dt.date, until: dt.date,
    place: str,
) -> None:
    span = (until - start).days
    for _step in range(max(1, span // 6)):
        channel = rng.choice(list(CHANNEL_ACTIVITY))
        template, measure = CHANNEL_ACTIVITY[channel]
        doc = rng.choice(studied) if studied else None
        writer.add(
            "outreach",
            held_on=(start + dt.timedelta(days=rng.randrange(span or 1))).isoformat(),
            channel=channel,
            document_uuid=doc.uuid if doc else None,
            description=template.format(doc=_doc_name(doc) if doc else "nghị quyết")
            .replace("của xã", f"của {place}"),
            quantity=rng.randint(1, 12),
            measure=measure,
            reach=rng.randint(30, 900),
        )


def _demo_reflections(db: Register, writer: _Writer, rng: random.Random) -> None:
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
