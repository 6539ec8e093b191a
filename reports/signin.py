"""Danh sách đảng viên dự hội nghị: the sheet members sign as they arrive.

For a whole commune (up to a few thousand rows) or one chi bộ per page group. The
table's header row repeats on every page, so a loose page still says what it is.
"""
from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer, Table, TableStyle

from models.i18n import _
from models.vntext import format_int, nfc
from reports import frame
from reports.checks import blank, issuer_fields
from reports.data import PrintSettings, SigninMember, SigninSheet
from reports.fonts import SERIF
from reports.frame import text

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
        missing.append(_("tên hội nghị"))
    if data.date is None:
        missing.append(_("ngày tổ chức hội nghị"))
    if not data.members:
        missing.append(_("danh sách đảng viên (chưa có ai)"))
    blank_rows = [str(i) for i, m in enumerate(data.members, 1) if blank(m.name)]
    if blank_rows:
        shown = ", ".join(blank_rows[:10]) + (", …" if len(blank_rows) > 10 else "")
        missing.append(_("họ tên đảng viên ở dòng {shown}").format(shown=shown))
    return missing


def render_signin(data: SigninSheet, target: Path | str, settings: PrintSettings | None = None,
                  *, per_chi_bo: bool = False) -> int:
    """Write the sign-in sheet; with ``per_chi_bo`` each chi bộ gets a sheet of its own
    (header, title, its name, its own page numbers and total).

    Raises MissingDataError before any file is made; returns the page count.
    """
    missing = missing_fields(data)
    if missing:
        raise frame.MissingDataError(_("danh sách đảng viên dự hội nghị"), missing)
    settings = settings or PrintSettings()
    return frame.render_pdf(target, story(data, settings, per_chi_bo), settings,
                            doc_title=f"Danh sách đảng viên dự {data.conference}",
                            author=data.issuer.body, grouped=per_chi_bo)


def groups_of(data: SigninSheet) -> list[tuple[str, list[SigninMember]]]:
    """The members per chi bộ, in the sheet's order."""
    groups: dict[str, list[SigninMember]] = {}
    for member in data.members:
        groups.setdefault(nfc(member.chi_bo).strip() or "Chưa rõ chi bộ", []).append(member)
    return list(groups.items())


def total_line(count: int) -> str:
    return f"Tổng số: {format_int(count)} đảng viên."


def story(data: SigninSheet, settings: PrintSettings, per_chi_bo: bool) -> list[Flowable]:
    assert data.date is not None
    if not per_chi_bo:
        return [*_sheet_head(data, settings, data.chi_bo),
                _table(data.members, settings, None, with_chi_bo=blank(data.chi_bo))]
    out: list[Flowable] = []
    for i, (chi_bo, members) in enumerate(groups_of(data)):
        if i:
            out.append(PageBreak())
        # Each chi bộ's sheet goes to its own chi bộ: it says what it is, whose it is,
        # how many pages it has and how many members, without the others.
        out.append(frame.PageGroup(chi_bo))
        out += _sheet_head(data, settings, chi_bo)
        out.append(_table(members, settings, f"{chi_bo} (tiếp theo)", with_chi_bo=False))
    return out


def _sheet_head(data: SigninSheet, settings: PrintSettings, chi_bo: str) -> list[Flowable]:
    assert data.date is not None
    out: list[Flowable] = [
        *frame.header(data.issuer, None, data.date, settings),
        *frame.title(DOC_TYPE, f"Đảng viên dự {data.conference.strip()}"),
    ]
    if not blank(chi_bo):
        out.append(frame.para(text(chi_bo.strip()), "summary"))
        out.append(Spacer(1, 8))
    return out


def _table(members: list[SigninMember], settings: PrintSettings,
           caption: str | None, *, with_chi_bo: bool) -> Table:
    """The signing table, its total as the last row (never alone on a page).

    With ``with_chi_bo`` each row names its member's chi bộ; otherwise the rows have a
    blank "Ghi chú" column after the signature instead. A ``caption`` heads every page
    after the first, so that a loose page still says whose it is.
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
    for i, m in enumerate(members, 1):
        row = [str(i), cell(m.name, name_room), cell(m.chi_bo, cell_room) if with_chi_bo else "",
               ""]
        rows.append(row)
        # A wrapped name needs a taller row than the usual signing space.
        heights.append(None if any(isinstance(c, Paragraph) for c in row) else ROW_HEIGHT)
    rows.append([Paragraph(text(total_line(len(members))), frame.style("body_left")),
                 "", "", ""])
    heights.append(None)
    table = _SigninTable(rows, colWidths=cols, rowHeights=heights, repeatRows=1)
    commands = [
        ("GRID", (0, 0), (-1, -2), 0.5, "black"),
        ("FONT", (0, 0), (-1, -1), SERIF, CELL_SIZE),  # Helvetica would not be embedded
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (0, 1), (0, -1), "CENTER"),
        ("LEFTPADDING", (0, 0), (-1, -1), PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("SPAN", (0, -1), (-1, -1)),
        ("TOPPADDING", (0, -1), (-1, -1), 8),
        ("LEFTPADDING", (0, -1), (-1, -1), 0),
    ]
    table.setStyle(TableStyle(commands))
    table.caption = caption
    return table


class _SigninTable(frame.TailKeptTable):
    """On every page after the first, the chi bộ's name above the repeated header."""

    caption: str | None = None

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        parts = super().split(avail_width, avail_height)
        if len(parts) == 2 and self.caption:
            parts = [parts[0], Paragraph(text(self.caption), frame.style("heading")),
                     parts[1]]
            parts[2].caption = self.caption
        return parts
