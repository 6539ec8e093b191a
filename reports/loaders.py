"""Filling the printed forms from the register, through models/ (no SQL here)."""
from __future__ import annotations

import datetime as dt
from datetime import datetime

from sqlite_utils import Database

from models import indicators
from models.attendance import attendance_sheet, totals_of
from models.conferences import get_conference_detail
from models.documents import Document, get_document
from models.exchange import list_units
from models.lookups import lookup_codes, lookup_names
from models.organisation import get_chi_bo
from models.plans import get_plan_detail
from models.settings import UnitSettings, get_settings
from models.vntext import fold, format_date, parse_date
from reports.data import (
    Absentee,
    ActionPlan,
    Attendance,
    BridgePoint,
    CellRate,
    ConferenceFormat,
    Issuer,
    Minutes,
    Person,
    PlanTask,
    Presentation,
    PrintSettings,
    Section,
    Signature,
    SigninMember,
    SigninSheet,
    Speech,
    StudiedDocument,
    StudyReport,
    Vote,
)

FORMATS = {
    "truc_tiep": ConferenceFormat.IN_PERSON,
    "truc_tuyen": ConferenceFormat.ONLINE,
    "ket_hop": ConferenceFormat.HYBRID,
}


def issuer_of(settings: UnitSettings) -> Issuer:
    committee = settings.unit_name.split(" xã ")[0].split(" phường ")[0].strip() or "Đảng ủy"
    return Issuer(
        upper_body=settings.upper_name,
        body=settings.unit_name,
        code=settings.unit_abbr,
        place=settings.place,
        committee=committee,
    )


def print_settings(settings: UnitSettings) -> PrintSettings:
    return PrintSettings(
        top_mm=settings.margin_top_mm,
        bottom_mm=settings.margin_bottom_mm,
        left_mm=settings.margin_left_mm,
        right_mm=settings.margin_right_mm,
    )


def recipients_of(settings: UnitSettings, *below: str) -> list[str]:
    """The usual "Nơi nhận": the upper level first, then ``below`` (the units that
    carry it out), then the office's file copy."""
    lines = []
    if settings.upper_office:
        lines.append(f"{settings.upper_office} (để báo cáo)")
    lines += below
    lines.append(f"Lưu {settings.unit_office}" if settings.unit_office else "Lưu văn phòng")
    return lines


def leader_signature(settings: UnitSettings) -> Signature | None:
    if not settings.leader_name.strip():
        return None
    return Signature(
        position=settings.leader_position or "Bí thư",
        name=settings.leader_name,
        on_behalf_of=issuer_of(settings).committee,
    )


def studied_document(db: Database, doc: Document) -> StudiedDocument:
    """A document as it is cited: "Nghị quyết số 57-NQ/TW ngày … của Bộ Chính trị về …".

    Registers usually keep the full title ("Nghị quyết về …"); the kind is
    printed once, so it is taken off the front of the title. A Central plenum's
    resolution is cited "của Hội nghị lần thứ … Ban Chấp hành Trung ương …".
    """
    kind = lookup_codes(db, "doc_type").get(doc.type_code, "Văn bản")
    title, issuer = doc.title.strip(), doc.issuer
    if fold(title).startswith(fold(kind) + " "):
        title = title[len(kind):].strip()
    if fold(title).startswith("hoi nghi "):
        title, issuer = f"của {title}", ""
    return StudiedDocument(
        kind=kind,
        number=doc.symbol,
        issued_on=_day(doc.issued_on),
        issuer=issuer,
        title=title,
    )


def _moment(text: str | None) -> datetime | None:
    """A stored moment; one that is not (``check`` names it) prints as missing, so the
    form says what it lacks instead of the command failing."""
    try:
        return datetime.fromisoformat(text) if text else None
    except (TypeError, ValueError):
        return None


def _day(text: str | None) -> dt.date | None:
    """A stored date; one that is not prints as missing (as ``_moment``)."""
    try:
        return parse_date(text)
    except (TypeError, ValueError):
        return None


def load_minutes(db: Database, conference_id: int | str) -> Minutes:
    settings = get_settings(db)
    detail = get_conference_detail(db, conference_id)
    conf = detail.conference
    lines = attendance_sheet(db, conf.uuid)
    totals = totals_of(lines)

    def people(status: str) -> list[Absentee]:
        return [Absentee(line.full_name, line.chi_bo, line.reason)
                for line in lines if line.status == status]

    votes = []
    if conf.votes_for is not None:
        votes.append(Vote(
            question="Biểu quyết thông qua kết luận của hội nghị",
            in_favour=conf.votes_for,
            against=conf.votes_against or 0,
            other=conf.votes_other or 0,
        ))
    levels = lookup_codes(db, "level")
    start = _moment(conf.starts_at)
    return Minutes(
        issuer=issuer_of(settings),
        number=conf.reg_number,
        date=start.date() if start else None,
        summary=conf.title,
        start=start,
        end=_moment(conf.ends_at),
        venue=conf.place,
        chair=Person(conf.chair_name, conf.chair_position) if conf.chair_name else None,
        minute_taker=(Person(conf.secretary_name, conf.secretary_position)
                      if conf.secretary_name else None),
        format=FORMATS.get(conf.format),
        attendance=Attendance(
            total_members=totals.members,
            full_members=totals.official,
            probationary_members=totals.probationary,
            present=totals.present,
            excused=people("excused"),
            absent_with_reason=people("absent_reason"),
            absent_without_reason=people("absent_no_reason"),
        ),
        documents=[studied_document(db, get_document(db, u)) for u in detail.document_uuids],
        content=conf.content,
        host_level=levels.get(conf.host_level, conf.host_level),
        bridge_points=[BridgePoint(p.name, p.host_person, p.attendees)
                       for p in detail.bridge_points],
        guests=[Person(g.name, g.position_title) for g in detail.guests],
        presentations=[Presentation(Person(p.name, p.position_title), p.topic)
                       for p in detail.presenters],
        discussion=[Speech(Person(s.speaker, s.speaker_position), s.content)
                    for s in detail.discussion],
        conclusion=conf.conclusion,
        votes=votes,
        copies=conf.copies,
    )


def load_signin(db: Database, conference_id: int | str, chi_bo: str | None = None) -> SigninSheet:
    """The members expected at a conference (its roster, excused members left out)."""
    settings = get_settings(db)
    detail = get_conference_detail(db, conference_id)
    chi_bo_name = get_chi_bo(db, chi_bo).name if chi_bo else ""
    members = [
        SigninMember(line.full_name, line.chi_bo)
        for line in attendance_sheet(db, detail.conference.uuid)
        if line.status != "excused" and (not chi_bo_name or line.chi_bo == chi_bo_name)
    ]
    start = _moment(detail.conference.starts_at)
    return SigninSheet(
        issuer=issuer_of(settings),
        conference=detail.conference.title,
        date=start.date() if start else None,
        members=members,
        chi_bo=chi_bo_name,
    )


def load_plan(db: Database, plan_id: int | str) -> ActionPlan:
    settings = get_settings(db)
    detail = get_plan_detail(db, plan_id)
    plan = detail.plan
    summary = plan.title
    for prefix in ("Chương trình hành động", "Kế hoạch"):
        if summary.startswith(prefix):
            summary = summary[len(prefix):].strip()
    intro = []
    if plan.purpose:
        intro.append(Section("Mục đích, yêu cầu", [p for p in plan.purpose.split("\n") if p]))
    return ActionPlan(
        issuer=issuer_of(settings),
        number=plan.number,
        date=_day(plan.issued_on),
        summary=summary[:1].upper() + summary[1:],
        signer=leader_signature(settings),
        tasks=[PlanTask(t.content, t.lead, t.partners, _day(t.deadline), t.output)
               for t in detail.tasks],
        kind="Chương trình" if plan.kind == "CTr" else "Kế hoạch",
        type_code=plan.kind,
        intro=intro,
        closing=[Section("Tổ chức thực hiện", [
            "Các chi bộ, các ban, ngành, đoàn thể căn cứ nội dung "
            f"{'chương trình' if plan.kind == 'CTr' else 'kế hoạch'} này xây dựng kế hoạch "
            f"cụ thể, tổ chức thực hiện nghiêm túc và báo cáo kết quả về {settings.unit_name} "
            "theo quy định.",
        ])],
        recipients=recipients_of(settings, "Các chi bộ trực thuộc (để thực hiện)"),
    )


def _period_phrase(start: dt.date | None, end: dt.date | None, issued: dt.date) -> str:
    if start and end:
        return f"Từ ngày {format_date(start)} đến ngày {format_date(end)}"
    if start:
        return f"Từ ngày {format_date(start)} đến nay"
    # Without a start the figures cover the whole register, earlier terms included:
    # "từ đầu nhiệm kỳ" would claim less than what is counted.
    return f"Tính đến ngày {format_date(end or issued)}"


def load_study_report(
    db: Database,
    start: dt.date | None = None,
    end: dt.date | None = None,
    document_id: int | str | None = None,
    number: int | None = None,
    date: dt.date | None = None,
    unit: str | None = None,
) -> StudyReport:
    """The report on the study of one document, or of everything in a period."""
    settings = get_settings(db)
    doc = get_document(db, document_id) if document_id is not None else None
    # A report on one document counts only its conferences, make-ups, reflections, plans.
    scope = indicators.make_scope(db, start, end, unit, doc.uuid if doc else None)
    indicators.prepare_study_base(db, scope)
    members = indicators.members_summary(db, scope, doc.uuid if doc else None, prepared=True)
    conf = indicators.conference_counts(db, scope)
    makeup = indicators.makeup_counts(db, scope)
    refl = indicators.reflection_counts(db, scope, prepared=True)
    plans = indicators.plan_counts(db, scope, dt.date.today())
    rates = indicators.study_rates(db, scope, prepared=True)
    studied_docs = [doc] if doc else [get_document(db, r["document_uuid"]) for r in rates]
    if doc:
        summary = f"Kết quả học tập, quán triệt {studied_document(db, doc).kind} số {doc.symbol}"
    else:
        summary = "Kết quả học tập, quán triệt các chỉ thị, nghị quyết của Đảng"
    # In the order of the grading scale (Tốt, Khá, Đạt, Chưa đạt), as reports list them.
    scale = {name: i for i, name in enumerate(lookup_names(db, "grade"))}
    grades = sorted(refl["grades"].items(),
                    key=lambda item: (scale.get(item[0], len(scale)), -item[1]))
    below = [c["chi_bo"] for c in members["chi_bo"]
             if c["eligible"] and 100 * c["studied"] / c["eligible"] < settings.target_rate]
    assessment = [
        f"{settings.unit_name} đã chỉ đạo các chi bộ tổ chức học tập, quán triệt nghiêm túc, "
        "đúng kế hoạch; tổ chức học bù cho đảng viên vắng mặt có lý do."
    ]
    if below:
        assessment.append(
            f"Còn {len(below)} chi bộ có tỷ lệ đảng viên được học tập dưới mục tiêu "
            f"{settings.target_rate:g}%: {', '.join(below[:10])}"
            + (" và một số chi bộ khác." if len(below) > 10 else ".")
        )
    else:
        assessment.append(
            f"Tất cả các chi bộ đều đạt mục tiêu {settings.target_rate:g}% đảng viên được học tập."
        )
    return StudyReport(
        issuer=issuer_of(settings),
        number=number,
        date=date or dt.date.today(),
        summary=summary,
        period=_period_phrase(start, end, date or dt.date.today()),
        signer=leader_signature(settings),
        members_eligible=members["eligible"],
        members_studied=members["studied"],
        conferences_in_person=conf["in_person"],
        conferences_online=conf["online"],
        conferences_hybrid=conf["hybrid"],
        bridge_points=conf["bridge_points"],
        attendances=conf["attendances"],
        members_excused=members["excused"],
        make_up_sessions=makeup["sessions"],
        make_up_members=makeup["members"],
        reflections_handed_in=refl["submitted"],
        reflections_expected=refl["expected"],
        reflection_grades=grades,
        plans_issued=plans["total"],
        tasks_done=plans["tasks_done"],
        tasks_in_progress=plans["tasks_in_progress"],
        tasks_not_started=plans["tasks_not_started"],
        tasks_overdue=plans["tasks_overdue"],
        documents=[studied_document(db, d) for d in studied_docs],
        cells=[CellRate(c["chi_bo"], c["eligible"], c["studied"]) for c in members["chi_bo"]],
        sections=[
            Section("Đánh giá chung", assessment),
            Section("Phương hướng, nhiệm vụ thời gian tới", [
                "Tiếp tục tổ chức học bù cho đảng viên chưa được học tập; đôn đốc nộp bài thu "
                "hoạch; đẩy mạnh tuyên truyền và thực hiện các chương trình, kế hoạch hành động "
                "đã ban hành.",
            ]),
        ],
        recipients=recipients_of(settings),
    )


def load_report_tables(
    db: Database,
    start: dt.date | None = None,
    end: dt.date | None = None,
    document_id: int | str | None = None,
    unit: str | None = None,
) -> tuple[dict, list[dict], list[dict] | None]:
    """What ``reports.workbook.stats_workbook`` writes: the figures, the table per chi bộ
    (for one document or all), and at the upper level one line per unit."""
    document = get_document(db, document_id).uuid if document_id is not None else None
    # As in the PDF report: on one document, only its conferences, make-ups, plans…
    stats = indicators.compute_stats(db, start, end, unit, document=document)
    scope = indicators.make_scope(db, start, end, unit, document)
    cells = indicators.members_summary(db, scope, document)["chi_bo"]
    units = None
    if get_settings(db).role == "upper" and unit is None:
        units = []
        for other in list_units(db, role="unit"):
            figures = indicators.compute_stats(db, start, end, other.uuid)
            summary = indicators.members_summary(
                db, indicators.make_scope(db, start, end, other.uuid)
            )
            units.append({"name": other.name, "conferences": figures["conferences"]["total"],
                          "attendances": figures["conferences"]["attendances"],
                          "eligible": summary["eligible"], "studied": summary["studied"]})
    return stats, cells, units
