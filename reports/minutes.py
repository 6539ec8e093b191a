"""Biên bản hội nghị học tập, quán triệt (contents after Hướng dẫn 16-HD/VPTW)."""
from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from models.vntext import format_int, format_percent, rate_percent, time_phrase
from reports import frame
from reports.checks import blank, issuer_fields, number_fields, person_fields
from reports.data import (
    Absentee,
    ConferenceFormat,
    Minutes,
    PrintSettings,
    Signature,
    Vote,
)
from reports.frame import body, heading, lead
from reports.phrases import citation, comrade, date_words, members

DOC_TYPE = "Biên bản"
TYPE_CODE = "BB"
INLINE_NAMES = 10  # longer lists of absentees are printed as a table


def missing_fields(data: Minutes) -> list[str]:
    """What the minutes cannot be printed without, as the office would name it."""
    missing = issuer_fields(data.issuer)
    missing += number_fields(data.number, "biên bản")
    if data.date is None:
        missing.append("ngày lập biên bản")
    if blank(data.summary):
        missing.append("tên hội nghị (trích yếu)")
    if data.start is None:
        missing.append("thời gian bắt đầu hội nghị")
    if data.end is None:
        missing.append("thời gian kết thúc hội nghị")
    elif data.start is not None and data.end <= data.start:
        missing.append("thời gian kết thúc hội nghị (phải sau thời gian bắt đầu)")
    if blank(data.venue):
        missing.append("địa điểm hội nghị")
    missing += person_fields(data.chair, "người chủ trì hội nghị")
    missing += person_fields(data.minute_taker, "người ghi biên bản")
    if data.format is None:
        missing.append("hình thức hội nghị (trực tiếp, trực tuyến hay kết hợp)")
    elif data.format is not ConferenceFormat.IN_PERSON:
        if blank(data.host_level):
            missing.append("cấp chủ trì hội nghị trực tuyến")
        if not data.bridge_points:
            missing.append("danh sách điểm cầu trực tuyến")
        for i, point in enumerate(data.bridge_points, 1):
            if blank(point.name):
                missing.append(f"tên điểm cầu thứ {i}")
            if blank(point.host):
                missing.append(f"người chủ trì điểm cầu thứ {i}")
    if not data.documents:
        missing.append("văn bản được học tập, quán triệt")
    missing += _attendance_fields(data)
    for i, talk in enumerate(data.presentations, 1):
        missing += person_fields(talk.presenter, f"báo cáo viên thứ {i}", position=False)
        if blank(talk.topic):
            missing.append(f"nội dung báo cáo viên thứ {i} trình bày")
    for i, speech in enumerate(data.discussion, 1):
        missing += person_fields(speech.speaker, f"người phát biểu thứ {i}", position=False)
        if blank(speech.content):
            missing.append(f"nội dung ý kiến phát biểu thứ {i}")
    if blank(data.conclusion):
        missing.append("kết luận của đồng chí chủ trì hội nghị")
    for i, vote in enumerate(data.votes, 1):
        if blank(vote.question):
            missing.append(f"nội dung biểu quyết thứ {i}")
    if data.copies < 1:
        missing.append("số bản biên bản được lập")
    return missing


def _attendance_fields(data: Minutes) -> list[str]:
    att = data.attendance
    missing = []
    if att is None or att.total_members <= 0:
        return ["tổng số đảng viên"]
    if att.full_members + att.probationary_members != att.total_members:
        missing.append("số đảng viên chính thức và dự bị (cộng lại phải bằng tổng số)")
    if att.present < 0 or att.present > att.total_members:
        missing.append("số đảng viên có mặt (không quá tổng số đảng viên)")
    for person in att.absent_with_reason:
        if blank(person.reason):
            missing.append(f"lý do vắng của đồng chí {person.name.strip() or '(chưa có tên)'}")
    for person in (*att.excused, *att.absent_with_reason, *att.absent_without_reason):
        if blank(person.name):
            missing.append("họ tên một đảng viên trong danh sách vắng hoặc miễn sinh hoạt")
            break
    return missing


def render_minutes(data: Minutes, target: Path | str,
                   settings: PrintSettings | None = None) -> int:
    """Write the minutes to ``target`` as PDF; return the page count.

    Raises MissingDataError (listing everything missing) before any file is made.
    """
    missing = missing_fields(data)
    if missing:
        raise frame.MissingDataError("biên bản", missing)
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
        body(f"Vào hồi {time_phrase(data.start)}, {date_words(data.start.date())}, "
             f"tại {data.venue.strip()}, {data.issuer.body.strip()} tổ chức "
             f"{data.summary.strip()}."),
    ]
    story += _participants(data, settings)
    story += _proceedings(data)
    end_day = ("cùng ngày" if data.end.date() == data.start.date()
               else date_words(data.end.date()))
    last_lines = [
        body(f"Hội nghị kết thúc vào hồi {time_phrase(data.end)} {end_day}."),
        body("Biên bản đã được đọc lại cho hội nghị nghe và nhất trí thông qua."),
        frame.PageCountParagraph(
            lambda pages: f"Biên bản gồm {frame.count2(pages)} trang, được lập thành "
                          f"{frame.count2(data.copies)} bản."),
    ]
    assert data.chair and data.minute_taker
    story.append(frame.closing(last_lines, frame.signatures(
        Signature("Người ghi biên bản", data.minute_taker.name),
        Signature("Chủ trì hội nghị", data.chair.name),
        settings, data.recipients,
    )))
    return story


def _participants(data: Minutes, settings: PrintSettings) -> list[Flowable]:
    assert data.chair and data.minute_taker and data.format
    out: list[Flowable] = [heading("I. THÀNH PHẦN, HÌNH THỨC HỘI NGHỊ")]
    out.append(body(f"- Chủ trì hội nghị: {comrade(data.chair)}."))
    out.append(body(f"- Người ghi biên bản: {comrade(data.minute_taker)}."))
    if data.format is ConferenceFormat.IN_PERSON:
        out.append(body("- Hình thức: trực tiếp."))
    else:
        total = sum(p.attendees for p in data.bridge_points)
        out += frame.table_intro(
            f"- Hình thức: {data.format.value}; hội nghị do {data.host_level.strip()} chủ trì, "
            f"{format_int(len(data.bridge_points))} điểm cầu tham dự với tổng số "
            f"{format_int(total)} người, cụ thể như sau:")
        out.append(_bridge_table(data, settings))
        out.append(Spacer(1, 6))
    out += _attendance(data, settings)
    if data.guests:
        guests = "; ".join(comrade(g) for g in data.guests)
        out.append(body(f"- Đại biểu mời dự: {guests}."))
    return out


def _bridge_table(data: Minutes, settings: PrintSettings) -> Flowable:
    width = frame.page_width(settings)
    cols = [12 * mm, 0, 55 * mm, 26 * mm]
    cols[1] = width - sum(cols)
    rows = [
        (i, p.name, p.host, format_int(p.attendees))
        for i, p in enumerate(data.bridge_points, 1)
    ]
    rows.append(("", "Tổng cộng", "", format_int(sum(p.attendees for p in data.bridge_points))))
    table = frame.simple_table(
        ["STT", "Điểm cầu", "Người chủ trì điểm cầu", "Số người dự"], rows, cols,
        centre_cols=(0, 3))
    return table


def _attendance(data: Minutes, settings: PrintSettings) -> list[Flowable]:
    att = data.attendance
    out: list[Flowable] = [body(
        f"- Tổng số đảng viên: {members(att.total_members)} (chính thức "
        f"{format_int(att.full_members)}, dự bị {format_int(att.probationary_members)}).")]
    if att.excused:
        out += _names(
            f"- Miễn công tác và sinh hoạt đảng: {members(len(att.excused))}; số đảng viên "
            f"phải dự hội nghị: {members(att.eligible)}", att.excused, settings,
            with_reason=True)
    rate = rate_percent(att.present, att.eligible)
    rate_text = f", đạt {format_percent(rate)}" if rate is not None else ""
    out.append(body(
        f"- Có mặt: {format_int(att.present)}/{members(att.eligible)}{rate_text}."))
    absent = len(att.absent_with_reason) + len(att.absent_without_reason)
    out.append(lead(f"- Vắng mặt: {members(absent)}, trong đó:"))
    out += _names(f"+ Vắng có lý do: {members(len(att.absent_with_reason))}",
                  att.absent_with_reason, settings, with_reason=True)
    out += _names(f"+ Vắng không lý do: {members(len(att.absent_without_reason))}",
                  att.absent_without_reason, settings, with_reason=False)
    return out


def _names(intro: str, people: list[Absentee], settings: PrintSettings, *,
           with_reason: bool) -> list[Flowable]:
    """The count line, then a short list inline in one sentence, a long one as a table."""
    if not people:
        return [body(intro + ".")]
    if len(people) <= INLINE_NAMES:
        parts = []
        for p in people:
            detail = [d.strip() for d in (p.chi_bo, p.reason if with_reason else "")
                      if d.strip()]
            parts.append(p.name.strip() + (f" ({', '.join(detail)})" if detail else ""))
        who = "Đồng chí" if len(parts) == 1 else "Gồm các đồng chí:"
        return [lead(intro + ":"), body(f"{who} " + "; ".join(parts) + ".")]
    width = frame.page_width(settings)
    # The register keeps no reason for an excused member: an empty "Lý do" column down
    # hundreds of rows would only squeeze the chi bộ names.
    if with_reason and any(p.reason.strip() for p in people):
        cols = [12 * mm, 55 * mm, 50 * mm, 0]
        header = ["STT", "Họ và tên", "Chi bộ", "Lý do"]
        rows = [(i, p.name, p.chi_bo, p.reason) for i, p in enumerate(people, 1)]
    else:
        cols = [12 * mm, 70 * mm, 0]
        header = ["STT", "Họ và tên", "Chi bộ"]
        rows = [(i, p.name, p.chi_bo) for i, p in enumerate(people, 1)]
    cols[-1] = width - sum(cols)
    return [*frame.table_intro(intro + ":"),
            frame.simple_table(header, rows, cols, centre_cols=(0,)), Spacer(1, 6)]


def _proceedings(data: Minutes) -> list[Flowable]:
    out: list[Flowable] = [heading("II. NỘI DUNG HỘI NGHỊ")]
    if not blank(data.content):
        out += [body(p) for p in data.content.strip().split("\n") if p.strip()]
    out.append(lead("Hội nghị học tập, quán triệt các văn bản sau:"))
    out += [body(f"- {citation(doc)}.") for doc in data.documents]
    section = 1
    if data.presentations:
        out.append(heading(f"{section}. Báo cáo viên trình bày"))
        section += 1
        for talk in data.presentations:
            out.append(body(f"- {_capital(comrade(talk.presenter))} trình bày: "
                            f"{talk.topic.strip()}."))
    if data.discussion:
        out.append(heading(f"{section}. Thảo luận"))
        section += 1
        out.append(lead(f"Hội nghị có {format_int(len(data.discussion))} ý kiến phát biểu:"))
        for speech in data.discussion:
            out.append(body(f"- {_capital(comrade(speech.speaker))}: "
                            f"{speech.content.strip()}"))
    out.append(heading(f"{section}. Kết luận của đồng chí chủ trì hội nghị"))
    section += 1
    out += [body(p) for p in data.conclusion.strip().split("\n") if p.strip()]
    if data.votes:
        out.append(heading(f"{section}. Biểu quyết"))
        for vote in data.votes:
            out.append(body(_vote_sentence(vote)))
    return out


def _vote_sentence(vote: Vote) -> str:
    voters = vote.voters if vote.voters is not None else (
        vote.in_favour + vote.against + vote.other)

    def share(count: int, verb: str) -> str:
        rate = rate_percent(count, voters)
        tail = f", {verb} {format_percent(rate)}" if rate is not None else ""
        return f"{format_int(count)}/{members(voters)}{tail}"

    return (f"{vote.question.strip()}: tán thành {share(vote.in_favour, 'đạt')}; "
            f"không tán thành {share(vote.against, 'chiếm')}; "
            f"ý kiến khác {share(vote.other, 'chiếm')}.")


def _capital(phrase: str) -> str:
    return phrase[:1].upper() + phrase[1:]
