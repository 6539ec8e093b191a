"""Biên bản hội nghị học tập, quán triệt (contents after Hướng dẫn 16-HD/VPTW)."""
from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer

from models.i18n import _
from models.vntext import format_int, rate_percent, time_phrase
from reports import frame
from reports.checks import blank, issuer_fields, number_fields, person_fields
from reports.data import (
    Absentee,
    BridgePoint,
    ConferenceFormat,
    Minutes,
    PrintSettings,
    Signature,
    Vote,
)
from reports.frame import body, heading, lead
from reports.phrases import (
    citation,
    comrade,
    count,
    date_words,
    name_documents,
    people,
    percent,
)

DOC_TYPE = "Biên bản"
TYPE_CODE = "BB"
INLINE_NAMES = 10  # longer lists of absentees are printed as a table


def missing_fields(data: Minutes) -> list[str]:
    """What the minutes cannot be printed without, as the office would name it."""
    missing = issuer_fields(data.issuer)
    missing += number_fields(data.number, _("biên bản"))
    if data.date is None:
        missing.append(_("ngày lập biên bản"))
    if blank(data.summary):
        missing.append(_("tên hội nghị (trích yếu)"))
    if data.start is None:
        missing.append(_("thời gian bắt đầu hội nghị"))
    if data.end is None:
        missing.append(_("thời gian kết thúc hội nghị"))
    elif data.start is not None and data.end <= data.start:
        missing.append(_("thời gian kết thúc hội nghị (phải sau thời gian bắt đầu)"))
    if blank(data.venue):
        missing.append(_("địa điểm hội nghị"))
    missing += person_fields(data.chair, _("người chủ trì hội nghị"))
    missing += person_fields(data.minute_taker, _("người ghi biên bản"))
    if data.format is None:
        missing.append(_("hình thức hội nghị (trực tiếp, trực tuyến hay kết hợp)"))
    elif data.format is not ConferenceFormat.IN_PERSON:
        if blank(data.host_level):
            missing.append(_("cấp chủ trì hội nghị trực tuyến"))
        if not data.bridge_points:
            missing.append(_("danh sách điểm cầu trực tuyến"))
        for i, point in enumerate(data.bridge_points, 1):
            if blank(point.name):
                missing.append(_("tên điểm cầu thứ {i}").format(i=i))
            if blank(point.host):
                missing.append(_("người chủ trì điểm cầu thứ {i}").format(i=i))
    if not data.documents:
        missing.append(_("văn bản được học tập, quán triệt"))
    missing += _attendance_fields(data)
    for i, talk in enumerate(data.presentations, 1):
        missing += person_fields(
            talk.presenter, _("báo cáo viên thứ {i}").format(i=i), position=False
        )
        if blank(talk.topic):
            missing.append(_("nội dung báo cáo viên thứ {i} trình bày").format(i=i))
    for i, speech in enumerate(data.discussion, 1):
        missing += person_fields(
            speech.speaker, _("người phát biểu thứ {i}").format(i=i), position=False
        )
        if blank(speech.content):
            missing.append(_("nội dung ý kiến phát biểu thứ {i}").format(i=i))
    if blank(data.conclusion):
        missing.append(_("kết luận của đồng chí chủ trì hội nghị"))
    for i, vote in enumerate(data.votes, 1):
        if blank(vote.question):
            missing.append(_("nội dung biểu quyết thứ {i}").format(i=i))
        present = data.attendance.present if data.attendance else 0
        base = vote.voters if vote.voters is not None else present
        if vote.in_favour + vote.against + vote.other > base:
            missing.append(_(
                "số phiếu biểu quyết thứ {i} (cộng lại không quá {base} đảng viên có mặt)"
            ).format(i=i, base=base))
    if data.copies < 1:
        missing.append(_("số bản biên bản được lập"))
    return missing


def _attendance_fields(data: Minutes) -> list[str]:
    att = data.attendance
    missing = []
    if att is None or att.total_members <= 0:
        return ["tổng số đảng viên"]
    if att.full_members + att.probationary_members != att.total_members:
        missing.append(_("số đảng viên chính thức và dự bị (cộng lại phải bằng tổng số)"))
    if att.present < 0 or att.present > att.total_members:
        missing.append(_("số đảng viên có mặt (không quá tổng số đảng viên)"))
    for person in att.absent_with_reason:
        if blank(person.reason):
            missing.append(_(
                "lý do vắng của đồng chí {value}"
            ).format(value=person.name.strip() or '(chưa có tên)'))
    for person in (*att.excused, *att.absent_with_reason, *att.absent_without_reason):
        if blank(person.name):
            missing.append(_("họ tên một đảng viên trong danh sách vắng hoặc miễn sinh hoạt"))
            break
    return missing


def render_minutes(data: Minutes, target: Path | str,
                   settings: PrintSettings | None = None) -> int:
    """Write the minutes to ``target`` as PDF; return the page count.

    Raises MissingDataError (listing everything missing) before any file is made.
    """
    missing = missing_fields(data)
    if missing:
        raise frame.MissingDataError(_("biên bản"), missing)
    settings = settings or PrintSettings()
    return frame.render_pdf(
        target, _story(data, settings), settings,
        doc_title=f"Biên bản {data.summary}", author=data.issuer.body,
    )


def _story(data: Minutes, settings: PrintSettings) -> list[Flowable]:
    assert data.date and data.start and data.end and data.number  # checked by missing_fields
    story: list[Flowable] = [
        *frame.header(data.issuer, frame.doc_number(data.number, TYPE_CODE, data.issuer.code),
                      data.date, settings),
        *frame.title(DOC_TYPE, data.summary),
        body(_opening(data)),
    ]
    story += _participants(data, settings)
    story += _proceedings(data)
    annexed = " (kể cả phụ lục)" if data.excused_annex and data.attendance.excused else ""
    end_day = ("cùng ngày" if data.end.date() == data.start.date()
               else date_words(data.end.date()))
    last_lines = [
        body(f"Hội nghị kết thúc vào hồi {time_phrase(data.end)} {end_day}."),
        body("Biên bản đã được đọc lại cho hội nghị nghe và nhất trí thông qua."),
        frame.PageCountParagraph(
            lambda pages: f"Biên bản gồm {count(pages)} trang{annexed}, được lập thành "
                          f"{count(data.copies)} bản."),
    ]
    assert data.chair and data.minute_taker
    story.append(frame.closing(last_lines, frame.signatures(
        Signature("Người ghi biên bản", data.minute_taker.name),
        Signature(_chair_title(data), data.chair.name),
        settings, data.recipients,
    )))
    if data.excused_annex and data.attendance.excused:
        story += _excused_annex(data, settings)
    return story


def _followed(data: Minutes) -> bool:
    """Online or hybrid, broadcast by another level: the issuer only ran its bridge points."""
    return data.format is not ConferenceFormat.IN_PERSON and not data.host_is_issuer


def _chair_title(data: Minutes) -> str:
    # The chair of a broadcast followed from another level chairs the issuer's own
    # point, not the conference: the signature says which.
    return "Chủ trì điểm cầu" if _followed(data) else "Chủ trì hội nghị"


def _opening(data: Minutes) -> str:
    """Who organised what, where and how, in one sentence that the chair line agrees with."""
    assert data.start and data.format
    when = f"Vào hồi {time_phrase(data.start)}, {date_words(data.start.date())}"
    body_name = data.issuer.body.strip()
    summary = data.summary.strip()
    if data.format is ConferenceFormat.IN_PERSON:
        return f"{when}, tại {data.venue.strip()}, {body_name} tổ chức {summary}."
    how = data.format.value
    if not _followed(data):
        return (f"{when}, {body_name} tổ chức {summary} theo hình thức {how}; điểm cầu chính "
                f"tại {data.venue.strip()}.")
    return (f"{when}, {data.host_level.strip()} tổ chức {summary} theo hình thức {how}; "
            f"{body_name} tổ chức cho cán bộ, đảng viên dự hội nghị tại {data.venue.strip()}.")


def _participants(data: Minutes, settings: PrintSettings) -> list[Flowable]:
    assert data.chair and data.minute_taker and data.format
    out: list[Flowable] = [heading("I. THÀNH PHẦN, HÌNH THỨC HỘI NGHỊ")]
    if _followed(data):
        out.append(body(f"- Chủ trì tại điểm cầu {data.issuer.body.strip()}: "
                        f"{comrade(data.chair)}."))
    else:
        out.append(body(f"- Chủ trì hội nghị: {comrade(data.chair)}."))
    out.append(body(f"- Người ghi biên bản: {comrade(data.minute_taker)}."))
    if data.format is ConferenceFormat.IN_PERSON:
        out.append(body("- Hình thức: trực tiếp."))
    else:
        out += _bridge_points(data, settings)
    out += _attendance(data, settings)
    out += _others(data)
    return out


def _bridge_points(data: Minutes, settings: PrintSettings) -> list[Flowable]:
    total = sum(p.attendees for p in data.bridge_points)
    units = _units_of(data.bridge_points)
    where = (f" tại {count(len(units))} đơn vị" if len(units) > 1 else "")
    by = (f"do {data.host_level.strip()} tổ chức" if _followed(data)
          else f"do {data.issuer.body.strip()} tổ chức")
    out = frame.table_intro(
        f"- Hình thức: {data.format.value if data.format else ''}, {by}; "
        f"{count(len(data.bridge_points))} điểm cầu{where} với tổng số {people(total, 'người')} "
        "dự (đảng viên và quần chúng), cụ thể như sau:")
    out.append(_bridge_table(data, settings, units))
    out.append(Spacer(1, 6))
    if data.silent_units:
        out.append(body(f"- Đơn vị chưa báo cáo điểm cầu ({count(len(data.silent_units))}): "
                        + "; ".join(u.strip() for u in data.silent_units) + "."))
    return out


def _units_of(points: list[BridgePoint]) -> list[str]:
    units: list[str] = []
    for point in points:
        if point.unit.strip() and point.unit.strip() not in units:
            units.append(point.unit.strip())
    return units


def _bridge_table(data: Minutes, settings: PrintSettings, units: list[str]) -> Flowable:
    width = frame.page_width(settings)
    # Wide enough for a unit's Roman numeral ("XXXVIII") at the upper level.
    cols = [15 * mm, 0, 50 * mm, 23 * mm]
    cols[1] = width - sum(cols)
    header = ["STT", "Điểm cầu", "Người chủ trì điểm cầu", "Số người dự"]
    if len(units) <= 1:
        rows: list[tuple[object, ...]] = [
            (i, p.name, p.host, format_int(p.attendees))
            for i, p in enumerate(data.bridge_points, 1)
        ]
        rows.append(("", "Tổng cộng", "",
                     format_int(sum(p.attendees for p in data.bridge_points))))
        return frame.simple_table(header, rows, cols, centre_cols=(0, 3))
    # At the upper level: the points of each unit under the unit's name, with its subtotal.
    rows = []
    bold_rows = []
    for number, unit in enumerate(units, 1):
        points = [p for p in data.bridge_points if p.unit.strip() == unit]
        bold_rows.append(len(rows) + 1)
        rows.append((frame.roman(number), f"{unit} ({count(len(points))} điểm cầu)", "",
                     format_int(sum(p.attendees for p in points))))
        rows += [(i, p.name, p.host, format_int(p.attendees))
                 for i, p in enumerate(points, 1)]
    bold_rows.append(len(rows) + 1)
    rows.append(("", "Tổng cộng", "", format_int(sum(p.attendees for p in data.bridge_points))))
    return frame.simple_table(header, rows, cols, centre_cols=(0, 3), bold_rows=bold_rows)


def _attendance(data: Minutes, settings: PrintSettings) -> list[Flowable]:
    att = data.attendance
    # The excused are a count: the colon after "phải dự hội nghị" would otherwise
    # introduce a list of the very members who do not have to attend.
    line = (f"- Tổng số đảng viên: {people(att.total_members)} (chính thức "
            f"{count(att.full_members)}, dự bị {count(att.probationary_members)})")
    if att.excused:
        line += (f"; miễn công tác và sinh hoạt đảng: {people(len(att.excused))}"
                 + (" (danh sách tại phụ lục kèm theo)" if data.excused_annex else ""))
    line += f"; số đảng viên phải dự hội nghị: {people(att.eligible)}."
    out: list[Flowable] = [body(line)]
    rate = rate_percent(att.present, att.eligible)
    rate_text = f", đạt {percent(rate)}" if rate is not None else ""
    out.append(body(f"- Có mặt: {count(att.present)}/{people(att.eligible)}{rate_text}."))
    absent = len(att.absent_with_reason) + len(att.absent_without_reason)
    if absent == 0:
        out.append(body("- Vắng mặt: không có đồng chí nào vắng mặt."))
        return out
    out.append(lead(f"- Vắng mặt: {people(absent)}, trong đó:"))
    out += _names("+ Vắng có lý do", att.absent_with_reason, settings, with_reason=True)
    out += _names("+ Vắng không lý do", att.absent_without_reason, settings, with_reason=False)
    return out


def _others(data: Minutes) -> list[Flowable]:
    """Who attended without being a member of the organisation: counted groups, guests."""
    out: list[Flowable] = []
    groups = [g for g in data.other_attendees if g.count > 0 and g.name.strip()]
    if groups:
        total = sum(g.count for g in groups)
        listed = "; ".join(f"{g.name.strip()}: {people(g.count, 'người')}" for g in groups)
        out.append(body(f"- Người dự không phải đảng viên: {people(total, 'người')} "
                        f"({listed})."))
    if data.guests:
        guests = "; ".join(comrade(g) for g in data.guests)
        out.append(body(f"- Đại biểu mời dự ({people(len(data.guests))}): {guests}."))
    return out


def _names(label: str, people_list: list[Absentee], settings: PrintSettings, *,
           with_reason: bool) -> list[Flowable]:
    """The count line, then a short list inline in one sentence, a long one as a table."""
    if not people_list:
        return [body(f"{label}: không có.")]
    intro = f"{label}: {people(len(people_list))}"
    if len(people_list) <= INLINE_NAMES:
        parts = []
        for p in people_list:
            detail = [d.strip() for d in (p.chi_bo, p.reason if with_reason else "")
                      if d.strip()]
            parts.append(p.name.strip() + (f" ({', '.join(detail)})" if detail else ""))
        who = "Đồng chí" if len(parts) == 1 else "Gồm các đồng chí:"
        return [lead(intro + ":"), body(f"{who} " + "; ".join(parts) + ".")]
    return [*frame.table_intro(intro + ":"), _name_table(people_list, settings, with_reason),
            Spacer(1, 6)]


def _name_table(people_list: list[Absentee], settings: PrintSettings,
                with_reason: bool) -> Flowable:
    width = frame.page_width(settings)
    # The register keeps no reason for an excused member: an empty "Lý do" column down
    # hundreds of rows would only squeeze the chi bộ names.
    if with_reason and any(p.reason.strip() for p in people_list):
        cols = [12 * mm, 55 * mm, 50 * mm, 0]
        header = ["STT", "Họ và tên", "Chi bộ", "Lý do"]
        rows = [(i, p.name, p.chi_bo, p.reason) for i, p in enumerate(people_list, 1)]
    else:
        cols = [12 * mm, 70 * mm, 0]
        header = ["STT", "Họ và tên", "Chi bộ"]
        rows = [(i, p.name, p.chi_bo) for i, p in enumerate(people_list, 1)]
    cols[-1] = width - sum(cols)
    return frame.simple_table(header, rows, cols, centre_cols=(0,))


def _excused_annex(data: Minutes, settings: PrintSettings) -> list[Flowable]:
    """After the signatures, on a page of its own: the excused members by name."""
    assert data.number
    return [
        PageBreak(),
        frame.para(frame.text("PHỤ LỤC"), "doc_type"),
        frame.para(frame.text(
            f"Danh sách đảng viên được miễn công tác và sinh hoạt đảng "
            f"(kèm theo Biên bản số {count(data.number)}-{TYPE_CODE}/{data.issuer.code})"),
            "summary"),
        Spacer(1, 8),
        _name_table(data.attendance.excused, settings, True),
    ]


def _proceedings(data: Minutes) -> list[Flowable]:
    docs = data.documents
    out: list[Flowable] = [heading("II. NỘI DUNG HỘI NGHỊ")]
    if not blank(data.content):
        out += [body(name_documents(p, docs)) for p in data.content.strip().split("\n")
                if p.strip()]
    out.append(lead("Hội nghị học tập, quán triệt các văn bản sau:"))
    out += [body(f"- {citation(doc)}.") for doc in docs]
    section = 1
    if data.presentations:
        out.append(heading(f"{section}. Báo cáo viên trình bày"))
        section += 1
        for talk in data.presentations:
            out.append(body(f"- {_capital(comrade(talk.presenter))} trình bày: "
                            f"{name_documents(talk.topic.strip(), docs)}."))
    if data.discussion:
        out.append(heading(f"{section}. Thảo luận"))
        section += 1
        out.append(lead(f"Hội nghị có {count(len(data.discussion))} ý kiến phát biểu:"))
        for speech in data.discussion:
            out.append(body(f"- {_capital(comrade(speech.speaker))}: "
                            f"{name_documents(speech.content.strip(), docs)}"))
    out.append(heading(f"{section}. Kết luận của đồng chí {_chair_title(data).lower()}"))
    section += 1
    out += [body(name_documents(p, docs)) for p in data.conclusion.strip().split("\n")
            if p.strip()]
    if data.votes:
        out.append(heading(f"{section}. Biểu quyết"))
        for vote in data.votes:
            out.append(body(_vote_sentence(vote, data.attendance.present)))
    return out


def _vote_sentence(vote: Vote, present: int) -> str:
    """Shares of the members present (the vote's base), not of the votes cast."""
    voters = vote.voters if vote.voters is not None else present

    def share(number: int, verb: str) -> str:
        rate = rate_percent(number, voters)
        tail = f", {verb} {percent(rate)}" if rate is not None else ""
        return f"{count(number)}/{people(voters)}{tail}"

    return (f"{vote.question.strip()}: số đảng viên có mặt biểu quyết {people(voters)}; "
            f"tán thành {share(vote.in_favour, 'đạt')}; "
            f"không tán thành {share(vote.against, 'chiếm')}; "
            f"ý kiến khác {share(vote.other, 'chiếm')}.")


def _capital(phrase: str) -> str:
    return phrase[:1].upper() + phrase[1:]
