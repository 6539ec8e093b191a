"""Filling the printed forms from the register, through models/ (no SQL here)."""
from __future__ import annotations

import datetime as dt
from datetime import datetime

from models import indicators, report_figures, report_texts
from models.attendance import attendance_sheet, group_counts, totals_of
from models.conferences import get_conference_detail
from models.documents import Document, get_document
from models.exchange_units import list_units
from models.lookups import lookup_codes, lookup_names
from models.organisation import get_chi_bo
from models.plans import get_plan_detail
from models.register import Register
from models.settings import UnitSettings, get_settings
from models.vntext import fold, format_date, parse_date
from reports import periods
from reports.data import (
    Absentee,
    ActionPlan,
    Attendance,
    BridgePoint,
    CellRate,
    ChannelRow,
    ConferenceFormat,
    DocumentRow,
    GroupCount,
    Issuer,
    Minutes,
    Person,
    PlanRow,
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
    UnitRow,
    Vote,
)
from reports.phrases import count, short_name
from reports.report_prose import draft_prose

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


def studied_document(db: Register, doc: Document) -> StudiedDocument:
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


def load_minutes(db: Register, conference_id: int | str, *,
                 excused_annex: bool = False) -> Minutes:
    """The minutes of a conference; ``excused_annex`` adds the excused members' names."""
    settings = get_settings(db)
    detail = get_conference_detail(db, conference_id)
    conf = detail.conference
    # The upper level's own broadcast: the members of every unit that followed it.
    broadcast = settings.role == "upper" and conf.owner_unit == settings.unit_uuid
    lines = attendance_sheet(db, conf.uuid, every_unit=broadcast)
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
            voters=totals.present,  # the members present are the vote's base
        ))
    levels = lookup_codes(db, "level")
    start = _moment(conf.starts_at)
    unit_names = {u.uuid: u.name for u in list_units(db)}
    own = settings.unit_uuid
    points = [BridgePoint(p.name, p.host_person, p.attendees,
                          unit=unit_names.get(p.owner_unit, settings.unit_name)
                          if p.owner_unit != own else settings.unit_name)
              for p in detail.bridge_points]
    silent: list[str] = []
    if settings.role == "upper" and conf.owner_unit == own and conf.format != "truc_tiep":
        # A broadcast of the upper level: the units that reported no bridge point for it.
        reported = {p.owner_unit for p in detail.bridge_points}
        silent = [u.name for u in list_units(db, role="unit") if u.uuid not in reported]
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
        host_is_issuer=conf.host_level == settings.unit_abbr,
        bridge_points=points,
        silent_units=silent,
        other_attendees=[GroupCount(name, n) for name, n in group_counts(db, conf.uuid)],
        guests=[Person(g.name, g.position_title) for g in detail.guests],
        presentations=[Presentation(Person(p.name, p.position_title), p.topic)
                       for p in detail.presenters],
        discussion=[Speech(Person(s.speaker, s.speaker_position), s.content)
                    for s in detail.discussion],
        conclusion=conf.conclusion,
        votes=votes,
        copies=conf.copies,
        excused_annex=excused_annex,
    )


def load_signin(db: Register, conference_id: int | str, chi_bo: str | None = None) -> SigninSheet:
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


PLAN_KINDS = ("Chương trình hành động", "Kế hoạch hành động", "Chương trình", "Kế hoạch")


def load_plan(db: Register, plan_id: int | str) -> ActionPlan:
    settings = get_settings(db)
    detail = get_plan_detail(db, plan_id)
    plan = detail.plan
    # The title's kind is printed as the document type, "hành động" included:
    # "CHƯƠNG TRÌNH HÀNH ĐỘNG / Thực hiện Nghị quyết …", never "CHƯƠNG TRÌNH / Hành động …".
    title = plan.title.strip()
    kind = next((k for k in PLAN_KINDS if fold(title).startswith(fold(k) + " ")),
                "Chương trình hành động" if plan.kind == "CTr" else "Kế hoạch")
    summary = title[len(kind):].strip() if fold(title).startswith(fold(kind) + " ") else title
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
        kind=kind,
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


FORMAT_NAMES = {"truc_tiep": "trực tiếp", "truc_tuyen": "trực tuyến", "ket_hop": "kết hợp"}


def report_key(start: dt.date | None, end: dt.date | None, document_uuid: str | None,
               unit: str | None, units: list[str] | None,
               consolidated: bool) -> report_texts.ReportKey:
    """What a report covers, under which the clerk's edited prose is kept."""
    chosen = tuple(units or ()) if consolidated else ((unit,) if unit else ())
    return report_texts.ReportKey("consolidated" if consolidated else "unit", start, end,
                                  document_uuid, chosen)


def load_study_report(
    db: Register,
    start: dt.date | None = None,
    end: dt.date | None = None,
    document_id: int | str | None = None,
    number: int | None = None,
    date: dt.date | None = None,
    unit: str | None = None,
    *,
    units: list[str] | None = None,
    consolidated: bool = False,
    today: dt.date | None = None,
) -> StudyReport:
    """The report on the study of one document, or of everything in a period.

    ``consolidated`` (the upper level): a line per unit over ``units`` (None: every
    unit), the silent ones named. The prose is drafted from the figures, then replaced
    part by part by what the clerk edited and kept for this same report.
    """
    settings = get_settings(db)
    today = today or dt.date.today()
    date = date or today
    doc = get_document(db, document_id) if document_id is not None else None
    doc_uuid = doc.uuid if doc else None
    all_units = list_units(db, role="unit") if consolidated else []
    chosen = [u for u in all_units if units is None or u.uuid in units]
    if consolidated:
        scope = report_figures.scope_for_units(
            start, end, [u.uuid for u in chosen] if units is not None else None, doc_uuid)
    else:
        scope = indicators.make_scope(db, start, end, unit, doc_uuid)
    indicators.prepare_study_base(db, scope)
    members = indicators.members_summary(db, scope, doc_uuid, prepared=True)
    conf = indicators.conference_counts(db, scope)
    makeup = indicators.makeup_counts(db, scope)
    refl = indicators.reflection_counts(db, scope, prepared=True)
    plans = indicators.plan_counts(db, scope, today)
    rates = indicators.study_rates(db, scope, prepared=True)
    studied_docs = [doc] if doc else [get_document(db, r["document_uuid"]) for r in rates]
    if consolidated:  # each unit's own documents are summed in one line, never cited
        studied_docs = [d for d in studied_docs if d.owner_unit == settings.unit_uuid]
    period = periods.of_dates(start, end)
    if doc:
        summary = f"Kết quả học tập, quán triệt {studied_document(db, doc).kind} số {doc.symbol}"
    else:
        summary = "Kết quả học tập, quán triệt, triển khai thực hiện các nghị quyết, chỉ thị " \
                  "của Đảng"
    if period:
        summary += f" {period.name}"
    # In the order of the grading scale (Tốt, Khá, Đạt, Chưa đạt), as reports list them.
    scale = {name: i for i, name in enumerate(lookup_names(db, "grade"))}
    grades = sorted(refl["grades"].items(),
                    key=lambda item: (scale.get(item[0], len(scale)), -item[1]))
    docs_by_uuid = {d.uuid: d for d in studied_docs}
    document_rows = []
    local: list[report_figures.DocumentLine] = []
    for line in report_figures.document_lines(db, scope, prepared=True):
        found = docs_by_uuid.get(line.document_uuid) or get_document(db, line.document_uuid)
        if consolidated and found.owner_unit != settings.unit_uuid:
            # Each unit's own resolutions and plans: one line for all of them, not one
            # line per unit's "Nghị quyết số 19-NQ/ĐU".
            local.append(line)
            continue
        document_rows.append(DocumentRow(
            document=short_name(studied_document(db, found)),
            held_on=parse_date(line.first_held),
            format=", ".join(FORMAT_NAMES.get(f, f) for f in line.formats).capitalize(),
            bridge_points=line.bridge_points, attendances=line.attendances,
            eligible=line.eligible, studied=line.studied, make_up=line.make_up))
    if local:
        document_rows.append(DocumentRow(
            document=f"Văn bản của cấp ủy các đơn vị ({count(len(local))} văn bản)",
            held_on=None,
            format=", ".join(FORMAT_NAMES.get(f, f) for f in sorted(
                {f for line in local for f in line.formats})).capitalize(),
            bridge_points=sum(line.bridge_points for line in local),
            attendances=sum(line.attendances for line in local),
            eligible=sum(line.eligible for line in local),
            studied=sum(line.studied for line in local),
            make_up=sum(line.make_up for line in local)))
    kinds = {"KH": "Kế hoạch", "CTr": "Chương trình"}
    plan_rows = [PlanRow(
        name=(f"{kinds.get(p.kind, 'Kế hoạch')} số {p.number:02d}-{p.kind}/{settings.unit_abbr}"
              if p.number else kinds.get(p.kind, "Kế hoạch"))
        + (f" ngày {format_date(p.issued_on)}" if p.issued_on else "") + f": {p.title}",
        tasks=p.tasks, done=p.done, in_progress=p.in_progress, overdue=p.overdue)
        for p in report_figures.plan_lines(db, scope, today)] if not consolidated else []
    unit_rows: list[UnitRow] = []
    silent: list[str] = []
    if consolidated:
        lines = report_figures.unit_lines(
            db, scope, [(u.uuid, u.name, u.last_package_at) for u in chosen], today,
            prepared=True)
        for line in lines:
            unit_rows.append(UnitRow(
                name=line.name, members=line.members, held=line.held, followed=line.followed,
                bridge_points=line.bridge_points, attendances=line.attendances,
                eligible=line.eligible, studied=line.studied, plans=line.plans,
                reflections_in=line.reflections_in, reflections_due=line.reflections_due,
                last_package=parse_date((line.last_package or "")[:10] or None)))
            if line.silent:
                silent.append(line.name)
    # A period's report rates chi bộ and units by the studies owed (member and document);
    # a report on one document by its members, which is the same thing.
    pairs = (report_figures.pair_rates(db, "chi_bo")
             if doc is None and not consolidated else None)
    cells = []
    for c in members["chi_bo"]:
        due, done = pairs.get(c["chi_bo_uuid"], (0, 0)) if pairs else (c["eligible"],
                                                                           c["studied"])
        cells.append(CellRate(c["chi_bo"], due, done))
    owed = sum(c.eligible for c in cells) if pairs else sum(u.eligible for u in unit_rows)
    done = sum(c.studied for c in cells) if pairs else sum(u.studied for u in unit_rows)
    data = StudyReport(
        issuer=issuer_of(settings),
        number=number,
        date=date,
        summary=summary,
        period=period.opening if period else _period_phrase(start, end, date),
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
        cells=[] if consolidated else cells,
        cells_in_studies=pairs is not None or consolidated,
        studies_owed=owed if doc is None else None,
        studies_done=done if doc is None else None,
        recipients=recipients_of(settings),
        situation=_situation(db, scope, settings, consolidated, len(chosen)),
        leadership=_leadership(settings, plans["total"], len(rates),
                               conf["online"] + conf["hybrid"] > 0, consolidated),
        document_rows=document_rows,
        channels=[ChannelRow(c.channel, c.activities, c.quantity, c.measure, c.reach)
                  for c in report_figures.channel_lines(db, scope)],
        plan_rows=plan_rows,
        absent_not_caught_up=report_figures.absent_not_caught_up(db, scope),
        non_member_attendances=report_figures.non_member_attendances(db, scope),
        unit_rows=unit_rows,
        silent_units=silent,
        target_rate=settings.target_rate,
    )
    data.prose = draft_prose(data)
    kept = report_texts.load_texts(
        db, report_key(start, end, doc_uuid, unit, units, consolidated))
    data.prose.update({part: text for part, text in kept.items() if part in data.prose})
    return data


def _situation(db: Register, scope: indicators.Scope, settings: UnitSettings,
               consolidated: bool, unit_count: int) -> list[str]:
    now = report_figures.situation(db, scope)
    kinds = ", ".join(f"{count(n)} chi bộ {kind.lower()}" for kind, n in now.chi_bo_by_kind
                      if kind != "Khác")
    who = settings.unit_name.strip()
    lead = (f"{who} có {count(unit_count)} đơn vị trực thuộc gửi số liệu qua phần mềm, với "
            if consolidated else f"{who} có ")
    return [
        f"{lead}{count(now.chi_bo)} chi bộ" + (f" ({kinds})" if kinds else "")
        + f", {count(now.members)} đảng viên (chính thức {count(now.official)}, dự "
        f"bị {count(now.probationary)}); {count(now.excused)} đảng viên được miễn "
        "công tác và sinh hoạt đảng.",
    ]


def _leadership(settings: UnitSettings, plans: int, documents: int, online: bool,
                consolidated: bool = False) -> list[str]:
    committee = issuer_of(settings).committee
    where = "địa điểm, điểm cầu trực tuyến" if online else "địa điểm"
    if consolidated:
        text = (f"{committee} đã ban hành hướng dẫn, kế hoạch học tập, quán triệt các văn bản "
                "của Đảng; chỉ đạo các đơn vị trực thuộc tổ chức hội nghị trực tiếp và tại "
                f"các điểm cầu trực tuyến, học bù cho đảng viên vắng mặt và gửi số liệu định "
                f"kỳ; các đơn vị đã học tập {count(documents)} văn bản")
        if plans:
            text += f" và ban hành {count(plans)} chương trình, kế hoạch hành động thực hiện"
        return [text + "."]
    text = (f"{committee} đã ban hành kế hoạch tổ chức học tập, quán triệt {count(documents)} "
            f"văn bản của Đảng trong kỳ; chỉ đạo các chi bộ bố trí thời gian, {where} "
            "và tổ chức học bù cho đảng viên vắng mặt")
    if plans:
        text += (f"; sau học tập đã ban hành {count(plans)} chương trình, kế hoạch hành động "
                 "thực hiện")
    return [text + "."]


def load_report_tables(
    db: Register,
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
