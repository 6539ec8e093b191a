"""Danh sách đảng viên dự hội nghị: the sheet members sign as they arrive.

For a whole commune (up to a few thousand rows) or one chi bộ per page group. The
table's header row repeats on every page, so a loose page still says what it is.
"""
from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer, Table, TableStyle

from models.vntext import format_int, nfc
from reports import frame
from reports.checks import blank, issuer_fields
from reports.data import PrintSettings, SigninMember, SigninSheet
from reports.fonts import SERIF
from reports.frame import body, text

DOC_TYPE = "Danh sách"
CELL_SIZE = 13
ROW_HEIGHT = 9 * mm  # room for a signature
PADDING = 3
HEADER = ["STT", "Họ và tên", "Chi bộ", "Ký tên"]
# When the chi bộ is named above the table (one chi bộ, or a page group per chi bộ) a
# column repeating it would only take the room of a signature.
ONE_CHI_BO_HEADER = ["STT", "Họ và tên", "Ký tên", "Ghi chú"]


def missing_fields(data: SigninSheet) -> list[str]:
    missing = issuer_fields(data.issuer, numbered=False)
    if blank(data.conference):
        missing.append("tên hội nghị")
    if data.date is None:
        missing.append("ngày tổ chức hội nghị")
    if not data.members:
        missing.append("danh sách đảng viên (chưa có ai)")
    blank_rows = [str(i) for i, m in enumerate(data.members, 1) if blank(m.name)]
    if blank_rows:
        shown = ", ".join(blank_rows[:10]) + (", …" if len(blank_rows) > 10 else "")
        missing.append(f"họ tên đảng viên ở dòng {shown}")
    return missing


def render_signin(data: SigninSheet, target: Path | str, settings: PrintSettings | None = None,
                  *, per_chi_bo: bool = False) -> int:
    """Write the sign-in sheet; with ``per_chi_bo`` each chi bộ starts a new page.

    Raises MissingDataError before any file is made; returns the page count.
    """
    missing = missing_fields(data)
    if missing:
        raise frame.MissingDataError("danh sách đảng viên dự hội nghị", missing)
    settings = settings or PrintSettings()
    return frame.render_pdf(target, _story(data, settings, per_chi_bo), settings,
                            doc_title=f"Danh sách đảng viên dự {data.conference}",
                            author=data.issuer.body)


def _story(data: SigninSheet, settings: PrintSettings, per_chi_bo: bool) -> list[Flowable]:
    assert data.date is not None
    story: list[Flowable] = [
        *frame.header(data.issuer, None, data.date, settings),
        *frame.title(DOC_TYPE, f"Đảng viên dự {data.conference.strip()}"),
    ]
    if not blank(data.chi_bo):
        story.append(frame.para(text(data.chi_bo.strip()), "summary"))
        story.append(Spacer(1, 8))
    if per_chi_bo:
        groups: dict[str, list[SigninMember]] = {}
        for member in data.members:
            groups.setdefault(nfc(member.chi_bo).strip(), []).append(member)
        for i, (chi_bo, members) in enumerate(groups.items()):
            if i:
                story.append(PageBreak())
            caption = f"{chi_bo or 'Chưa rõ chi bộ'}: {format_int(len(members))} đảng viên"
            story.append(_table(members, settings, caption, with_chi_bo=False))
    else:
        story.append(_table(data.members, settings, None, with_chi_bo=blank(data.chi_bo)))
    story.append(Spacer(1, 6))
    story.append(body(f"Tổng số: {format_int(len(data.members))} đảng viên."))
    return story


def _table(members: list[SigninMember], settings: PrintSettings,
           caption: str | None, *, with_chi_bo: bool) -> Table:
    """The signing table; a caption (the chi bộ) repeats with the header on each page.

    With ``with_chi_bo`` each row names its member's chi bộ; otherwise the rows have a
    blank "Ghi chú" column after the signature instead.
    """
    width = frame.page_width(settings)
    if with_chi_bo:
        header, cols = HEADER, [12 * mm, 58 * mm, 0, 35 * mm]
        cols[2] = width - sum(cols)
    else:
        header, cols = ONE_CHI_BO_HEADER, [12 * mm, 70 * mm, 45 * mm, 0]
        cols[3] = width - sum(cols)
    # Plain strings lay out far faster than paragraphs; only text too wide for its
    # column becomes a (wrapping) paragraph.
    name_room, cell_room = cols[1] - 2 * PADDING, cols[2] - 2 * PADDING
    cell_style = frame.style("cell").clone("signin_cell", fontSize=CELL_SIZE,
                                           leading=CELL_SIZE * 1.15)

    def cell(value: str, room: float) -> str | Paragraph:
        value = nfc(value).strip()
        if stringWidth(value, SERIF, CELL_SIZE) <= room:
            return value
        return Paragraph(text(value), cell_style)

    head = [Paragraph(text(h), frame.style("cell_head")) for h in header]
    rows: list[list[object]] = [head]
    heights: list[float | None] = [None]
    if caption:
        rows.insert(0, [Paragraph(text(caption), frame.style("heading")), "", "", ""])
        heights.append(None)
    top = len(rows)
    for i, m in enumerate(members, 1):
        row = [str(i), cell(m.name, name_room), cell(m.chi_bo, cell_room) if with_chi_bo else "",
               ""]
        rows.append(row)
        # A wrapped name needs a taller row than the usual signing space.
        heights.append(None if any(isinstance(c, Paragraph) for c in row) else ROW_HEIGHT)
    table = Table(rows, colWidths=cols, rowHeights=heights, repeatRows=top)
    commands = [
        ("GRID", (0, top - 1), (-1, -1), 0.5, "black"),
        ("FONT", (0, 0), (-1, -1), SERIF, CELL_SIZE),  # Helvetica would not be embedded
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (0, top), (0, -1), "CENTER"),
        ("LEFTPADDING", (0, 0), (-1, -1), PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if caption:
        commands += [("SPAN", (0, 0), (-1, 0)), ("LEFTPADDING", (0, 0), (-1, 0), 0),
                     ("BOTTOMPADDING", (0, 0), (-1, 0), 4)]
    table.setStyle(TableStyle(commands))
    return table
