"""Báo cáo kết quả học tập, quán triệt: figures in the register's own words, a table
per chi bộ and a bar chart of their study rates.
"""
from __future__ import annotations

from pathlib import Path

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer

from models.i18n import _
from models.vntext import format_date, format_decimal, format_int, nfc, rate_percent
from reports import frame
from reports.checks import blank, issuer_fields, number_fields, signature_fields
from reports.data import CellRate, PrintSettings, StudyReport
from reports.fonts import SERIF
from reports.frame import body, heading, lead
from reports.phrases import citation, count, percent
from reports.report_prose import CAUSES, DIRECTIONS, PROPOSALS, SHORTCOMINGS, STRENGTHS

DOC_TYPE = "Báo cáo"
TYPE_CODE = "BC"
BARS_PER_CELL = 25  # up to this many chi bộ get a bar each; more are grouped by rate
CHART_FONT = 10
RATE_BANDS = [(100.0, 101.0, "100%"), (95.0, 100.0, "95% - dưới 100%"),
              (90.0, 95.0, "90% - dưới 95%"), (80.0, 90.0, "80% - dưới 90%"),
              (0.0, 80.0, "Dưới 80%")]


def missing_fields(data: StudyReport) -> list[str]:
    missing = issuer_fields(data.issuer)
    missing += number_fields(data.number, _("báo cáo"))
    if data.date is None:
        missing.append(_("ngày ban hành báo cáo"))
    if blank(data.summary):
        missing.append(_("trích yếu báo cáo"))
    if blank(data.period):
        missing.append(_("kỳ báo cáo (ví dụ: “Từ đầu năm đến nay”)"))
    if data.members_eligible <= 0:
        missing.append(_("số đảng viên phải học tập"))
    elif not 0 <= data.members_studied <= data.members_eligible:
        missing.append(_("số đảng viên đã học tập (không quá số phải học tập)"))
    if (data.others_eligible is None) != (data.others_studied is None):
        missing.append(_(
            "số cán bộ, công chức không phải đảng viên phải học tập và đã học tập (cần đủ cả "
            "hai số)"
        ))
    for cell in data.cells:
        if blank(cell.chi_bo):
            missing.append(_("tên một chi bộ trong bảng kết quả"))
        elif not 0 <= cell.studied <= cell.eligible:
            missing.append(_(
                "số liệu của {chi_bo} (số đã học tập không quá số phải học tập)"
            ).format(chi_bo=cell.chi_bo.strip()))
    missing += signature_fields(data.signer)
    if not any(not blank(r) for r in data.recipients):
        missing.append(_("nơi nhận"))
    return missing


def render_study_report(data: StudyReport, target: Path | str,
                        settings: PrintSettings | None = None) -> int:
    """Write the report to ``target`` as PDF; return the page count.

    Raises MissingDataError (listing everything missing) before any file is made.
    """
    missing = missing_fields(data)
    if missing:
        raise frame.MissingDataError(_("báo cáo"), missing)
    settings = settings or PrintSettings()
    return frame.render_pdf(target, _story(data, settings), settings,
                            doc_title=f"Báo cáo {data.summary}", author=data.issuer.body)


def members_studied_phrase(studied: int, eligible: int, who: str = "đảng viên") -> str:
    """ "1.102/1.180 đảng viên được học tập, đạt 93,39%"."""
    rate = rate_percent(studied, eligible)
    tail = f", đạt {percent(rate)}" if rate is not None else ""
    return f"{count(studied)}/{count(eligible)} {who} được học tập{tail}"


def conferences_sentence(data: StudyReport) -> str:
    """The report's opening figures, e.g.

    "Từ đầu năm đến nay, Đảng ủy đã tổ chức 18 hội nghị trực tuyến, phục vụ 16.100
    lượt người nghe; 1.102/1.180 đảng viên được học tập, đạt 93,39%."
    """
    kinds = [(data.conferences_in_person, "trực tiếp"), (data.conferences_online, "trực tuyến"),
             (data.conferences_hybrid, "kết hợp trực tiếp và trực tuyến")]
    held = [(n, k) for n, k in kinds if n > 0]
    total = sum(n for n, _ignored in held)
    who = data.issuer.committee.strip() or "Đảng ủy"
    if total == 0:
        head = f"{data.period.strip()}, {who} chưa tổ chức hội nghị học tập, quán triệt"
    else:
        if len(held) == 1:
            what = f"{count(total)} hội nghị {held[0][1]}"
        else:
            split = ", ".join(f"{count(n)} {k}" for n, k in held)
            what = f"{count(total)} hội nghị học tập, quán triệt ({split})"
        head = f"{data.period.strip()}, {who} đã tổ chức {what}"
        if data.bridge_points:
            head += f" với {count(data.bridge_points)} điểm cầu"
        if data.attendances is not None:
            head += f", phục vụ {count(data.attendances)} lượt người nghe"
    studied = members_studied_phrase(data.members_studied, data.members_eligible)
    if data.studies_owed:
        rate = rate_percent(data.studies_done or 0, data.studies_owed)
        studied += (f"; tính theo từng văn bản, {count(data.studies_done or 0)}/"
                    f"{count(data.studies_owed)} lượt đảng viên được học tập, đạt "
                    f"{percent(rate)}")
    return nfc(f"{head}; {studied}.")


def _organisation(data: StudyReport, settings: PrintSettings,
                  number: int = 1) -> list[Flowable]:
    out: list[Flowable] = [heading(f"{number}. Công tác tổ chức học tập, quán triệt"),
                           body(conferences_sentence(data))]
    if data.documents and not data.document_rows:
        out.append(lead("Nội dung học tập, quán triệt gồm:"))
        out += [body(f"- {citation(doc)}.") for doc in data.documents]
    extra = []
    if data.members_excused:
        extra.append(f"Có {count(data.members_excused)} đảng viên được miễn công tác và "
                     "sinh hoạt đảng, không tính vào số phải học tập.")
    if data.make_up_sessions:
        whom = (f" cho {count(data.make_up_members)} lượt đảng viên vắng mặt"
                if data.make_up_members else "")
        extra.append(f"Đã tổ chức {count(data.make_up_sessions)} buổi học bù{whom}.")
    if extra:
        out.append(body(" ".join(extra)))
    if data.non_member_attendances:
        out.append(body(f"Ngoài đảng viên, các hội nghị có "
                        f"{count(data.non_member_attendances)} lượt cán bộ, công chức, "
                        "đoàn viên, hội viên không phải đảng viên dự."))
    if data.absent_not_caught_up:
        out.append(body(f"Còn {count(data.absent_not_caught_up)} lượt đảng viên vắng mặt "
                        "chưa được học bù."))
    if data.others_eligible is not None and data.others_studied is not None:
        out.append(body(
            "Cán bộ, công chức, viên chức và người lao động không phải là đảng viên: "
            + members_studied_phrase(data.others_studied, data.others_eligible, "người")
            + "."))
    return out + _indicators(data, settings)


def _cells_sentence(cells: list[CellRate]) -> str:
    full = sum(1 for c in cells if c.eligible and c.studied == c.eligible)
    if full == len(cells):
        return f"Tất cả {format_int(len(cells))} chi bộ đều đạt tỷ lệ 100%."
    lowest = min((c for c in cells if c.eligible), key=lambda c: c.studied / c.eligible,
                 default=None)
    text = f"Có {format_int(full)}/{format_int(len(cells))} chi bộ đạt tỷ lệ 100%"
    if lowest is not None:
        rate = rate_percent(lowest.studied, lowest.eligible)
        text += (f"; chi bộ có tỷ lệ thấp nhất là {lowest.chi_bo.strip()} "
                 f"({percent(rate)})")
    return text + "."


def _cells(data: StudyReport, settings: PrintSettings, number: int) -> list[Flowable]:
    cells = data.cells
    width = frame.page_width(settings)
    cols = [12 * mm, 0, 28 * mm, 28 * mm, 26 * mm]
    cols[1] = width - sum(cols)
    rows: list[tuple[object, ...]] = []
    for i, c in enumerate(cells, 1):
        rate = rate_percent(c.studied, c.eligible)
        rows.append((i, c.chi_bo, format_int(c.eligible), format_int(c.studied),
                     percent(rate) if rate is not None else "-"))
    eligible = sum(c.eligible for c in cells)
    studied = sum(c.studied for c in cells)
    total_rate = rate_percent(studied, eligible)
    rows.append(("", "Tổng cộng", format_int(eligible), format_int(studied),
                 percent(total_rate) if total_rate is not None else "-"))
    return [
        heading(f"{number}. Kết quả theo từng chi bộ"),
        body(_cells_sentence(cells)),
        CondPageBreak(40 * mm),
        frame.simple_table(["STT", "Chi bộ", *(
                               ["Lượt đảng viên phải học tập", "Lượt đảng viên đã học tập"]
                               if data.cells_in_studies else
                               ["Số đảng viên phải học tập", "Số đảng viên đã học tập"]),
                            "Tỷ lệ"], rows, cols,
                           centre_cols=(0, 2, 3, 4)),
        Spacer(1, 8),
        _chart(cells, width),
    ]


def _percent_label(value: float) -> str:
    return format_decimal(value, 0) + "%"


def _fit(label: str, room: float) -> str:
    """Shorten a label to fit the room beside the chart, keeping its start."""
    label = nfc(label).strip()
    if stringWidth(label, SERIF, CHART_FONT) <= room:
        return label
    while label and stringWidth(label + "…", SERIF, CHART_FONT) > room:
        label = label[:-1]
    return label.rstrip() + "…"


def _chart(cells: list[CellRate], width: float) -> Flowable:
    """Study rate per chi bộ as horizontal bars; with many chi bộ, how many fall in
    each band of rates (a bar per chi bộ would be unreadable)."""
    if len(cells) <= BARS_PER_CELL:
        caption = "Biểu đồ: Tỷ lệ đảng viên được học tập theo chi bộ (%)"
        label_room = 62 * mm
        bar_h = 5.5 * mm
        height = bar_h * len(cells) + 14 * mm
        drawing = Drawing(width, height)
        chart = HorizontalBarChart()
        chart.x, chart.y = label_room + 4, 10 * mm
        chart.width, chart.height = width - label_room - 16 * mm, bar_h * len(cells)
        # Drawn bottom-up, so reverse to list the first chi bộ at the top.
        ordered = list(reversed(cells))
        chart.data = [[rate_percent(c.studied, c.eligible) or 0.0 for c in ordered]]
        chart.categoryAxis.categoryNames = [_fit(c.chi_bo, label_room) for c in ordered]
        chart.categoryAxis.labels.fontName = SERIF
        chart.categoryAxis.labels.fontSize = CHART_FONT
        chart.categoryAxis.labels.boxAnchor = "e"
        chart.valueAxis.valueMin, chart.valueAxis.valueMax = 0, 100
        chart.valueAxis.valueStep = 20
        chart.valueAxis.labels.fontName = SERIF
        chart.valueAxis.labels.fontSize = CHART_FONT
        chart.valueAxis.labelTextFormat = _percent_label
        chart.barLabelFormat = lambda v: format_decimal(v, 1)
        chart.barLabels.fontName = SERIF
        chart.barLabels.fontSize = CHART_FONT - 1
        chart.barLabels.boxAnchor = "w"
        chart.barLabels.dx = 2
    else:
        caption = "Biểu đồ: Số chi bộ theo tỷ lệ đảng viên được học tập"
        height = 70 * mm
        drawing = Drawing(width, height)
        chart = VerticalBarChart()
        chart.x, chart.y = 14 * mm, 12 * mm
        chart.width, chart.height = width - 20 * mm, height - 20 * mm
        counts = []
        for low, high, _ignored in RATE_BANDS:
            counts.append(sum(1 for c in cells if c.eligible
                              and low <= 100.0 * c.studied / c.eligible < high))
        chart.data = [counts]
        chart.categoryAxis.categoryNames = [label for _ignored, _ignored, label in RATE_BANDS]
        chart.categoryAxis.labels.fontName = SERIF
        chart.categoryAxis.labels.fontSize = CHART_FONT
        chart.valueAxis.valueMin = 0
        chart.valueAxis.labels.fontName = SERIF
        chart.valueAxis.labels.fontSize = CHART_FONT
        chart.valueAxis.labelTextFormat = lambda v: format_int(v)
        chart.barLabelFormat = lambda v: format_int(v)
        chart.barLabels.fontName = SERIF
        chart.barLabels.fontSize = CHART_FONT
        chart.barLabels.nudge = 6
    chart.bars[0].fillColor = colors.HexColor("#5b7fa8")
    chart.bars[0].strokeColor = colors.HexColor("#34506f")
    chart.barSpacing = 1
    drawing.initialFontName = SERIF  # no reference to the unembedded Helvetica
    drawing.add(chart)
    return KeepTogether([drawing, frame.para(frame.text(caption), "chart_caption")])


def _others(data: StudyReport, number: int, *, plans_only: bool = False,
            reflections_only: bool = False) -> list[Flowable]:
    out: list[Flowable] = []
    if data.reflections_handed_in is not None and not plans_only:
        text = f"Đã thu {count(data.reflections_handed_in)}"
        # One reflection is due per member and document studied, so the share is of
        # those due: against the members it would pass 100% as soon as two documents count.
        expected = data.reflections_expected
        rate = rate_percent(data.reflections_handed_in, expected) if expected else None
        if rate is not None:
            text += (f"/{count(expected)} bài thu hoạch phải nộp, "
                     f"đạt {percent(rate)}")
        else:
            text += " bài thu hoạch"
        grades = [(g.strip(), n) for g, n in data.reflection_grades if g.strip()]
        if grades:
            text += "; kết quả: " + ", ".join(f"{g} {count(n)}" for g, n in grades)
        out += [heading(f"{number}. Bài thu hoạch"), body(text + ".")]
        number += 1
    if data.plans_issued is not None and not reflections_only:
        text = (f"Đã ban hành {count(data.plans_issued)} chương trình, kế hoạch hành động "
                "thực hiện các văn bản đã học tập")
        # Overdue tasks are among those in progress or not started: counted apart,
        # never added into the total.
        tasks = [(data.tasks_done, "đã hoàn thành"), (data.tasks_in_progress, "đang thực hiện"),
                 (data.tasks_not_started, "chưa thực hiện")]
        known = [(n, w) for n, w in tasks if n is not None]
        listed = ", ".join(f"{count(n)} {w}" for n, w in known)
        if len(known) == len(tasks):
            total = sum(n for n, _ignored in known)
            text += f"; tổng số {count(total)} nhiệm vụ, trong đó {listed}"
        elif known:
            text += f"; số nhiệm vụ: {listed}"
        if data.tasks_overdue:
            text += f"; có {count(data.tasks_overdue)} nhiệm vụ quá hạn"
        out += [heading(f"{number}. Xây dựng chương trình, kế hoạch hành động"),
                body(text + ".")]
    return out


def _indicators(data: StudyReport, settings: PrintSettings) -> list[Flowable]:
    """The figures at a glance, as a two-column table."""
    total = data.conferences_in_person + data.conferences_online + data.conferences_hybrid
    rows: list[tuple[str, str]] = [("Số hội nghị học tập, quán triệt", format_int(total))]
    for n, label in ((data.conferences_in_person, "- Trực tiếp"),
                     (data.conferences_online, "- Trực tuyến"),
                     (data.conferences_hybrid, "- Kết hợp trực tiếp và trực tuyến")):
        if n:
            rows.append((label, format_int(n)))
    rate = rate_percent(data.members_studied, data.members_eligible)
    figures: list[tuple[str, int | None]] = [
        ("Số điểm cầu trực tuyến", data.bridge_points),
        ("Số lượt người nghe", data.attendances),
        ("Đảng viên được miễn công tác và sinh hoạt đảng", data.members_excused),
        ("Đảng viên phải học tập", data.members_eligible),
        ("Đảng viên đã học tập (kể cả học bù)", data.members_studied),
    ]
    rows += [(label, format_int(v)) for label, v in figures if v is not None]
    rows.append(("Tỷ lệ đảng viên được học tập", percent(rate)))
    if data.studies_owed:
        rows.append(("Lượt đảng viên phải học tập (theo từng văn bản)",
                     format_int(data.studies_owed)))
        rows.append(("Tỷ lệ lượt đảng viên được học tập",
                     percent(rate_percent(data.studies_done or 0, data.studies_owed))))
    later: list[tuple[str, int | None]] = [
        ("Số buổi học bù", data.make_up_sessions),
        ("Lượt đảng viên học bù", data.make_up_members),
        ("Bài thu hoạch đã nộp", data.reflections_handed_in),
        ("Chương trình, kế hoạch hành động đã ban hành", data.plans_issued),
    ]
    rows += [(label, format_int(v)) for label, v in later if v is not None]
    width = frame.page_width(settings)
    cols = [width - 40 * mm, 40 * mm]
    return [*frame.table_intro("Các chỉ tiêu chủ yếu:"),
            frame.simple_table(["Chỉ tiêu", "Kết quả"], rows, cols, centre_cols=(1,)),
            Spacer(1, 8)]


def _document_table(data: StudyReport, settings: PrintSettings) -> list[Flowable]:
    """Per document: its conference, format, bridge points, attendances, members who should
    study it, who did, the rate, and make-up catches."""
    width = frame.page_width(settings)
    cols = [9 * mm, 0, 19 * mm, 17 * mm, 12 * mm, 15 * mm, 14 * mm, 14 * mm, 14 * mm, 11 * mm]
    cols[1] = width - sum(cols)
    rows: list[tuple[object, ...]] = []
    for i, r in enumerate(data.document_rows, 1):
        rate = rate_percent(r.studied, r.eligible)
        rows.append((i, r.document, format_date(r.held_on) if r.held_on else "", r.format,
                     format_int(r.bridge_points), format_int(r.attendances),
                     format_int(r.eligible), format_int(r.studied),
                     percent(rate) if rate is not None else "-", format_int(r.make_up)))
    header = ["STT", "Văn bản", "Ngày học tập", "Hình thức", "Điểm cầu", "Lượt người",
              "Đảng viên phải học", "Đảng viên đã học", "Tỷ lệ", "Học bù"]
    return [*frame.table_intro("Kết quả học tập, quán triệt từng văn bản:"),
            _small_table(header, rows, cols, centre_cols=(0, 2, 3, 4, 5, 6, 7, 8, 9)),
            Spacer(1, 8)]


def _small_table(header: list[str], rows: list[tuple[object, ...]], cols: list[float],
                 centre_cols: tuple[int, ...], bold_rows: tuple[int, ...] = ()) -> Flowable:
    """A wide table of figures, set at 10 pt so that its columns fit A4 portrait."""
    return frame.simple_table(header, rows, cols, centre_cols=centre_cols,
                              bold_rows=bold_rows, font_size=10)


def _channels(data: StudyReport, settings: PrintSettings, number: int) -> list[Flowable]:
    out: list[Flowable] = [heading(f"{number}. Công tác tuyên truyền")]
    if not data.channels:
        return [*out, body("Trong kỳ chưa ghi nhận hoạt động tuyên truyền nào.")]
    acts = sum(c.activities for c in data.channels)
    reach = sum(c.reach for c in data.channels)
    out.append(body(f"Công tác tuyên truyền được thực hiện qua {count(len(data.channels))} "
                    f"kênh với {count(acts)} hoạt động, tiếp cận {count(reach)} "
                    "lượt người, cụ thể như sau:"))
    width = frame.page_width(settings)
    cols = [12 * mm, 0, 26 * mm, 34 * mm, 28 * mm]
    cols[1] = width - sum(cols)
    rows: list[tuple[object, ...]] = [
        (i, c.channel, format_int(c.activities),
         f"{format_int(c.quantity)} {c.measure}".strip(), format_int(c.reach))
        for i, c in enumerate(data.channels, 1)]
    rows.append(("", "Tổng cộng", format_int(acts), "", format_int(reach)))
    out += [CondPageBreak(35 * mm),
            frame.simple_table(["STT", "Kênh tuyên truyền", "Số hoạt động", "Số lượng",
                                "Lượt người"], rows, cols, centre_cols=(0, 2, 3, 4),
                               bold_rows=(len(rows),)),
            Spacer(1, 8)]
    return out


def _plans(data: StudyReport, settings: PrintSettings, number: int) -> list[Flowable]:
    out = _others(data, number, plans_only=True)
    if not data.plan_rows:
        return out
    width = frame.page_width(settings)
    cols = [12 * mm, 0, 22 * mm, 24 * mm, 24 * mm, 22 * mm]
    cols[1] = width - sum(cols)
    rows: list[tuple[object, ...]] = [
        (i, p.name, format_int(p.tasks), format_int(p.done), format_int(p.in_progress),
         format_int(p.overdue)) for i, p in enumerate(data.plan_rows, 1)]
    rows.append(("", "Tổng cộng", format_int(sum(p.tasks for p in data.plan_rows)),
                 format_int(sum(p.done for p in data.plan_rows)),
                 format_int(sum(p.in_progress for p in data.plan_rows)),
                 format_int(sum(p.overdue for p in data.plan_rows))))
    out += [CondPageBreak(35 * mm),
            frame.simple_table(["STT", "Chương trình, kế hoạch", "Số nhiệm vụ", "Đã hoàn thành",
                                "Đang thực hiện", "Quá hạn"], rows, cols,
                               centre_cols=(0, 2, 3, 4, 5), bold_rows=(len(rows),)),
            Spacer(1, 8)]
    return out


def _units(data: StudyReport, settings: PrintSettings, number: int) -> list[Flowable]:
    """The upper level's table: a line per unit, the silent ones named after it."""
    width = frame.page_width(settings)
    cols = [9 * mm, 0, 14 * mm, 16 * mm, 13 * mm, 15 * mm, 15 * mm, 12 * mm, 15 * mm, 19 * mm]
    cols[1] = width - sum(cols)

    def share(part: int, whole: int) -> str:
        rate = rate_percent(part, whole)
        return percent(rate) if rate is not None else "-"

    rows: list[tuple[object, ...]] = []
    for i, u in enumerate(data.unit_rows, 1):
        rows.append((i, u.name, format_int(u.members), f"{u.held}/{u.followed}",
                     format_int(u.bridge_points), format_int(u.attendances),
                     share(u.studied, u.eligible), format_int(u.plans),
                     share(u.reflections_in, u.reflections_due),
                     format_date(u.last_package) if u.last_package else "Chưa gửi"))
    units = data.unit_rows
    rows.append(("", "Tổng cộng", format_int(sum(u.members for u in units)),
                 f"{sum(u.held for u in units)}/{sum(u.followed for u in units)}",
                 format_int(sum(u.bridge_points for u in units)),
                 format_int(sum(u.attendances for u in units)),
                 share(sum(u.studied for u in units), sum(u.eligible for u in units)),
                 format_int(sum(u.plans for u in units)),
                 share(sum(u.reflections_in for u in units),
                       sum(u.reflections_due for u in units)), ""))
    header = ["STT", "Đơn vị", "Đảng viên", "Hội nghị tổ chức/ dự", "Điểm cầu", "Lượt người",
              "Tỷ lệ học tập", "Kế hoạch", "Thu hoạch đã nộp", "Gói dữ liệu gần nhất"]
    out: list[Flowable] = [
        heading(f"{number}. Kết quả theo từng đơn vị"),
        body(f"Có {count(len(units) - len(data.silent_units))}/{count(len(units))} đơn vị "
             "đã báo cáo số liệu trong kỳ. Hội nghị “tổ chức/dự”: hội nghị đơn vị tự tổ chức "
             "và hội nghị của cấp trên đơn vị dự tại điểm cầu; tỷ lệ học tập tính theo lượt "
             "đảng viên phải học tập từng văn bản."),
        CondPageBreak(40 * mm),
        _small_table(header, rows, cols, centre_cols=(0, *range(2, 10)),
                     bold_rows=(len(rows),)),
        Spacer(1, 6),
    ]
    if data.silent_units:
        out.append(body(f"Các đơn vị chưa báo cáo ({count(len(data.silent_units))}): "
                        + "; ".join(data.silent_units) + "."))
    return out


def _prose_parts(data: StudyReport, first: int) -> list[Flowable]:
    """III. assessment (strengths, shortcomings, causes), IV. directions, V. proposals."""
    prose = data.prose
    out: list[Flowable] = [frame.part_heading(first, "Đánh giá chung")]
    for number, (part, title_text) in enumerate(
            ((STRENGTHS, "Ưu điểm"), (SHORTCOMINGS, "Hạn chế, khuyết điểm"),
             (CAUSES, "Nguyên nhân")), 1):
        out.append(heading(f"{number}. {title_text}"))
        out += [body(p) for p in prose.get(part, []) if p.strip()]
    out.append(frame.part_heading(first + 1, DIRECTIONS))
    out += [body(f"- {p.strip().lstrip('- ')}") for p in prose.get(DIRECTIONS, []) if p.strip()]
    out.append(frame.part_heading(first + 2, PROPOSALS))
    out += [body(p) for p in prose.get(PROPOSALS, []) if p.strip()]
    return out


def _story(data: StudyReport, settings: PrintSettings) -> list[Flowable]:
    assert data.number and data.date and data.signer
    story: list[Flowable] = [
        *frame.header(data.issuer, frame.doc_number(data.number, TYPE_CODE, data.issuer.code),
                      data.date, settings),
        *frame.title(DOC_TYPE, data.summary),
    ]
    part = 1
    if data.situation:
        story.append(frame.part_heading(part, "Đặc điểm tình hình"))
        story += [body(p) for p in data.situation if p.strip()]
        part += 1
    story.append(frame.part_heading(part, "Kết quả học tập, quán triệt, triển khai thực hiện"
                                    if data.situation else "Kết quả học tập, quán triệt"))
    part += 1
    number = 1
    if data.leadership:
        story.append(heading(f"{number}. Công tác lãnh đạo, chỉ đạo"))
        story += [body(p) for p in data.leadership if p.strip()]
        number += 1
    story += _organisation(data, settings, number)
    number += 1
    if data.document_rows:
        story += _document_table(data, settings)
    if data.unit_rows:
        story += _units(data, settings, number)
        number += 1
    elif data.cells:
        story += _cells(data, settings, number)
        number += 1
    if data.prose:
        story += _channels(data, settings, number)
        number += 1
        story += _plans(data, settings, number)
        number += 1 if data.plans_issued is not None else 0
        story += _others(data, number, reflections_only=True)
        story += _prose_parts(data, part)
    else:
        story += _others(data, number)
        story += frame.sections(data.sections, part)
    last = frame.pop_last_lines(story)
    story.append(frame.closing(last, frame.signatures(None, data.signer, settings,
                                                      data.recipients)))
    return story
