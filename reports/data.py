"""What the printed forms are filled from: plain dataclasses, no database, no Qt.

A loader in models/ fills these from the register; tests and benchmarks fill them by
hand. Strings are ordinary Vietnamese text in either Unicode form (the forms
NFC-normalise and escape them), dates are ``datetime.date``, times
``datetime.datetime``, counts ``int``. Names of bodies are written as in a sentence
("Đảng ủy xã Cẩm Giàng"); the forms put them in capitals where the format wants it.
An empty string or ``None`` means "not known yet": each form's ``missing_fields()``
lists what it cannot print without.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum


@dataclass
class PrintSettings:
    """Page margins in millimetres; the format guide leaves them to the office."""

    top_mm: float = 20.0
    bottom_mm: float = 20.0
    left_mm: float = 30.0
    right_mm: float = 15.0


@dataclass
class Issuer:
    """The body that issues a document, as its header and signature name it."""

    upper_body: str  # "Đảng bộ tỉnh Hải Dương": first header line, in capitals
    body: str  # "Đảng ủy xã Cẩm Giàng": second header line, bold capitals; used in prose
    code: str  # "ĐU": after the slash in "Số 12-BB/ĐU"
    place: str  # "Cẩm Giàng": the place in the italic date line
    committee: str = "Đảng ủy"  # short name: "T/M ĐẢNG ỦY", "Đảng ủy đã tổ chức …"


@dataclass
class Signature:
    """One signature block: [T/M body] [K/T position] position, blank, name."""

    position: str  # "Bí thư", "Phó Bí thư", "Chủ trì hội nghị"
    name: str
    on_behalf_of: str = ""  # "Đảng ủy" prints "T/M ĐẢNG ỦY" above
    deputy_for: str = ""  # "Bí thư" prints "K/T BÍ THƯ" (a deputy signing)


@dataclass
class Person:
    name: str
    position: str = ""  # "Phó Bí thư Thường trực Đảng ủy"


@dataclass
class StudiedDocument:
    """A document studied: "Nghị quyết số 18-NQ/TW ngày 16/6/2022 của … về …"."""

    kind: str  # "Nghị quyết", "Chỉ thị", "Kết luận" …
    number: str  # "18-NQ/TW"
    issued_on: dt.date | None = None
    issuer: str = ""  # "Ban Chấp hành Trung ương Đảng khóa XIII"
    title: str = ""  # "về tiếp tục đổi mới, hoàn thiện thể chế, chính sách …"


class ConferenceFormat(StrEnum):
    IN_PERSON = "trực tiếp"
    ONLINE = "trực tuyến"
    HYBRID = "kết hợp trực tiếp và trực tuyến"


@dataclass
class BridgePoint:
    name: str  # "Hội trường Đảng ủy xã"
    host: str  # the person in charge of the point
    attendees: int
    unit: str = ""  # at the upper level: the unit that set the point up and reported it


@dataclass
class GroupCount:
    """Attendees who are not Party members, counted by group, not named."""

    name: str  # "Cán bộ, công chức xã", "Đoàn viên thanh niên"
    count: int


@dataclass
class Absentee:
    """A member not counted as present: absent, or excused from Party activity."""

    name: str
    chi_bo: str = ""
    reason: str = ""  # empty for "vắng không lý do"


@dataclass
class Attendance:
    total_members: int  # all members of the organisation
    full_members: int  # chính thức
    probationary_members: int  # dự bị
    present: int
    excused: list[Absentee] = field(default_factory=list)  # miễn công tác và sinh hoạt đảng
    absent_with_reason: list[Absentee] = field(default_factory=list)
    absent_without_reason: list[Absentee] = field(default_factory=list)

    @property
    def eligible(self) -> int:
        """Members who should attend: everyone but those excused."""
        return self.total_members - len(self.excused)


@dataclass
class Presentation:
    presenter: Person
    topic: str  # what was presented: "Quán triệt Nghị quyết số 18-NQ/TW …"


@dataclass
class Speech:
    speaker: Person
    content: str


@dataclass
class Vote:
    """A vote taken; percentages are over ``voters``: the members present (the sum of the
    votes only when that is not known)."""

    question: str  # "Thông qua Chương trình hành động thực hiện Nghị quyết"
    in_favour: int
    against: int = 0
    other: int = 0
    voters: int | None = None


@dataclass
class Minutes:
    """Biên bản hội nghị học tập, quán triệt."""

    issuer: Issuer
    number: int | None  # None until the office assigns one; then it cannot be printed
    date: dt.date | None
    summary: str  # "Hội nghị học tập, quán triệt Nghị quyết Hội nghị lần thứ năm …"
    start: dt.datetime | None
    end: dt.datetime | None
    venue: str  # "Hội trường Đảng ủy xã Cẩm Giàng"
    chair: Person | None
    minute_taker: Person | None
    format: ConferenceFormat | None
    attendance: Attendance
    documents: list[StudiedDocument] = field(default_factory=list)
    content: str = ""  # the purpose and content, in the office's words
    host_level: str = ""  # online: who broadcast it, "Trung ương", "Tỉnh ủy"
    # Online or hybrid: True when the issuer itself broadcast the conference to its
    # bridge points; False when it followed another level's broadcast, whose chair is
    # not the one who signs these minutes.
    host_is_issuer: bool = False
    bridge_points: list[BridgePoint] = field(default_factory=list)
    silent_units: list[str] = field(default_factory=list)  # upper level: reported no point
    other_attendees: list[GroupCount] = field(default_factory=list)
    guests: list[Person] = field(default_factory=list)
    presentations: list[Presentation] = field(default_factory=list)
    discussion: list[Speech] = field(default_factory=list)
    conclusion: str = ""  # the chair's conclusion
    votes: list[Vote] = field(default_factory=list)
    copies: int = 2
    recipients: list[str] = field(default_factory=list)  # usually none for minutes
    excused_annex: bool = False  # list the excused members by name in an annex


@dataclass
class SigninMember:
    name: str
    chi_bo: str


@dataclass
class SigninSheet:
    """Danh sách đảng viên dự hội nghị, with an empty column to sign in."""

    issuer: Issuer
    conference: str  # "Hội nghị học tập, quán triệt Nghị quyết số 18-NQ/TW …"
    date: dt.date | None
    members: list[SigninMember]
    chi_bo: str = ""  # set when the sheet is for one chi bộ only


@dataclass
class PlanTask:
    content: str
    lead: str  # chủ trì
    partners: str = ""  # phối hợp
    deadline: dt.date | str | None = None  # a date, or "Thường xuyên", "Quý II/2024"
    output: str = ""  # sản phẩm


@dataclass
class Section:
    """A headed block of prose; the form numbers the heading (I., II., …)."""

    heading: str  # "Mục đích, yêu cầu": printed "I. MỤC ĐÍCH, YÊU CẦU"
    paragraphs: list[str] = field(default_factory=list)


@dataclass
class ActionPlan:
    """Chương trình hoặc kế hoạch hành động thực hiện một văn bản."""

    issuer: Issuer
    number: int | None
    date: dt.date | None
    summary: str  # "Thực hiện Nghị quyết số 18-NQ/TW …"
    signer: Signature | None
    tasks: list[PlanTask]
    kind: str = "Kế hoạch"  # or "Chương trình"
    type_code: str = "KH"  # or "CTr"
    intro: list[Section] = field(default_factory=list)  # before the task table
    tasks_heading: str = "Nhiệm vụ và giải pháp"
    tasks_intro: str = ""  # a paragraph before the task table
    closing: list[Section] = field(default_factory=list)  # "Tổ chức thực hiện" …
    recipients: list[str] = field(default_factory=list)


@dataclass
class CellRate:
    """Study figures of one chi bộ."""

    chi_bo: str
    eligible: int  # members who should study (excused left out)
    studied: int  # at the conference or a make-up session


@dataclass
class DocumentRow:
    """One document studied in the period, as the report's table lists it."""

    document: str  # "Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị"
    held_on: dt.date | None  # its (first) conference in the period
    format: str  # "Trực tiếp", "Trực tuyến", "Kết hợp"
    bridge_points: int
    attendances: int  # lượt người
    eligible: int
    studied: int
    make_up: int = 0  # members caught up at a make-up session


@dataclass
class ChannelRow:
    """Propaganda on one channel: activities, their count in its own measure, reach."""

    channel: str
    activities: int
    quantity: int
    measure: str  # "buổi", "tin, bài", "lượt phát"
    reach: int


@dataclass
class PlanRow:
    """An action plan issued in the period and where its tasks stand."""

    name: str  # "Kế hoạch số 05-KH/ĐU ngày 01/04/2026"
    tasks: int
    done: int
    in_progress: int
    overdue: int  # not done, past the deadline (in progress or not started)


@dataclass
class UnitRow:
    """One unit's line in the upper level's consolidated report."""

    name: str
    members: int
    held: int
    followed: int
    bridge_points: int
    attendances: int
    eligible: int
    studied: int
    plans: int
    reflections_in: int
    reflections_due: int
    last_package: dt.date | None


@dataclass
class StudyReport:
    """Báo cáo kết quả học tập, quán triệt, for one document or a period."""

    issuer: Issuer
    number: int | None
    date: dt.date | None
    summary: str  # "Kết quả học tập, quán triệt Nghị quyết số 18-NQ/TW …"
    period: str  # opens the figures' sentence: "Từ đầu năm đến nay", "Trong quý I/2024"
    signer: Signature | None
    members_eligible: int
    members_studied: int
    conferences_in_person: int = 0
    conferences_online: int = 0
    conferences_hybrid: int = 0
    bridge_points: int | None = None
    attendances: int | None = None  # lượt người nghe
    members_excused: int | None = None
    make_up_sessions: int | None = None
    make_up_members: int | None = None  # lượt: a member caught up twice counts twice
    others_eligible: int | None = None  # cán bộ, công chức … who are not members
    others_studied: int | None = None
    reflections_handed_in: int | None = None
    reflections_expected: int | None = None  # one per member and document studied
    reflection_grades: list[tuple[str, int]] = field(default_factory=list)  # ("Tốt", 120)
    plans_issued: int | None = None
    tasks_done: int | None = None
    tasks_in_progress: int | None = None
    tasks_not_started: int | None = None
    tasks_overdue: int | None = None  # not done and past the deadline: in progress or not
    documents: list[StudiedDocument] = field(default_factory=list)
    cells: list[CellRate] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)  # assessment, next steps
    recipients: list[str] = field(default_factory=list)
    # The standard structure (a period's report); all optional, printed when given.
    situation: list[str] = field(default_factory=list)  # I. the unit, its chi bộ, members
    leadership: list[str] = field(default_factory=list)  # II.1 plans, instructions issued
    document_rows: list[DocumentRow] = field(default_factory=list)
    channels: list[ChannelRow] = field(default_factory=list)
    plan_rows: list[PlanRow] = field(default_factory=list)
    absent_not_caught_up: int | None = None
    non_member_attendances: int | None = None
    unit_rows: list[UnitRow] = field(default_factory=list)  # the upper level: per unit
    silent_units: list[str] = field(default_factory=list)  # units that did not report
    target_rate: float | None = None  # the study rate aimed at, in percent
    # The chi bộ (and units) are rated by studies owed, a member once per document
    # ("lượt"), rather than by members: the table's headings say so.
    cells_in_studies: bool = False
    # A period's studies owed and done (a member once per document), beside the members:
    # a member who studied one document of five counts as "studied" among the members.
    studies_owed: int | None = None
    studies_done: int | None = None
    # The prose a clerk edits: part name (PROSE_PARTS in reports.study_report) to its
    # paragraphs. When given, it replaces ``sections`` as parts III to V.
    prose: dict[str, list[str]] = field(default_factory=dict)
