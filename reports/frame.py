"""The Party document frame every printed form fills (Hướng dẫn 36-HD/VPTW).

A4 portrait; the two-column header (issuing body and number on the left, the Party's
name and the place-and-date line on the right); the title; body text; signature
blocks kept with the last lines of text; "Nơi nhận:"; page numbers from page 2.

Every piece of user text goes through :func:`text` (NFC, then XML-escaped) before
ReportLab sees it: ReportLab parses paragraph text as markup, and a decomposed
accent would be drawn as a separate, misplaced glyph.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import io
import itertools
import os
import re
import tempfile
from collections.abc import Callable, Iterable, Sequence
from functools import cache
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.doctemplate import LayoutError

from models.i18n import _
from models.oserrors import name_problem
from models.oserrors import reason as os_reason
from models.vntext import document_date_line, nfc
from reports.data import Issuer, PrintSettings, Section, Signature
from reports.fonts import SERIF, SERIF_BOLD, SERIF_BOLD_ITALIC, SERIF_ITALIC, register_fonts

PARTY_NAME = "ĐẢNG CỘNG SẢN VIỆT NAM"
BODY_SIZE = 14
BODY_LEADING = 18
TABLE_SIZE = 12
SIGNATURE_BLANK = 27 * mm  # room for the wet signature and the seal
TITLE_RULE = 20 * mm
RULE_WIDTH = 0.6
FIRST_LINE_INDENT = 10 * mm


class ReportError(Exception):
    """A document could not be printed; the message is for the user, in Vietnamese."""


class MissingDataError(ReportError):
    """Something the form needs is missing; ``fields`` names each of them."""

    def __init__(self, document: str, fields: Sequence[str]):
        self.fields = list(fields)
        super().__init__(
            _(
                "Chưa in được {document} vì còn thiếu: {fields}. Hãy bổ sung các mục này rồi "
                "in lại."
            ).format(document=document, fields="; ".join(self.fields))
        )


class ReportWriteError(ReportError):
    """The PDF could not be written; the target file, if any, is unchanged."""


def text(value: object) -> str:
    """User text made safe for a ReportLab paragraph: NFC, then XML-escaped."""
    return escape(nfc(str(value)) if value is not None else "")


def upper(value: str) -> str:
    """Capitals for header and signature lines; Python upper-cases Vietnamese right."""
    return nfc(value).upper()


def count2(value: int) -> str:
    """Counts below ten are written with a leading zero in Party documents: "02 bản"."""
    return f"{value:02d}" if 0 <= value < 10 else str(value)


def doc_number(number: int, type_code: str, issuer_code: str) -> str:
    """ "Số 12-BB/ĐU": no colon after Số; number, hyphen, type code, slash, issuer code."""
    return nfc(f"Số {count2(number)}-{type_code}/{issuer_code}")


@cache
def _styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    body = ParagraphStyle(
        "body", fontName=SERIF, fontSize=BODY_SIZE, leading=BODY_LEADING,
        alignment=TA_JUSTIFY, firstLineIndent=FIRST_LINE_INDENT, spaceAfter=4,
    )

    def centred(name: str, size: float, bold: bool = False, italic: bool = False,
                leading: float | None = None) -> ParagraphStyle:
        font = SERIF_BOLD if bold else SERIF
        if italic:
            font = SERIF_BOLD_ITALIC if bold else SERIF_ITALIC
        return ParagraphStyle(name, fontName=font, fontSize=size,
                              leading=leading or size * 1.2, alignment=TA_CENTER)

    return {
        "body": body,
        "heading": ParagraphStyle("heading", parent=body, fontName=SERIF_BOLD,
                                  alignment=TA_LEFT, spaceBefore=4, keepWithNext=1),
        "lead": ParagraphStyle("lead", parent=body, keepWithNext=1),
        "heading_table": ParagraphStyle("heading_table", parent=body, fontName=SERIF_BOLD,
                                        alignment=TA_LEFT, spaceBefore=4),
        "body_left": ParagraphStyle("body_left", parent=body, alignment=TA_LEFT),
        "head_upper": centred("head_upper", 14),
        "head_body": centred("head_body", 14, bold=True),
        "head_plain": centred("head_plain", 14),
        "party": centred("party", 15, bold=True),
        "date_line": centred("date_line", 14, italic=True),
        "doc_type": centred("doc_type", 16, bold=True, leading=20),
        "summary": centred("summary", 14, bold=True, leading=18),
        "sign_title": centred("sign_title", 14, bold=True, leading=17),
        "sign_name": centred("sign_name", 14, bold=True, leading=17),
        "recipients_label": ParagraphStyle(
            "recipients_label", fontName=SERIF_BOLD_ITALIC, fontSize=12,
            leading=14),
        "recipients": ParagraphStyle("recipients", fontName=SERIF, fontSize=12, leading=14,
                                     leftIndent=7, firstLineIndent=-7),
        "cell": ParagraphStyle("cell", fontName=SERIF, fontSize=TABLE_SIZE,
                               leading=TABLE_SIZE * 1.2),
        "cell_centre": ParagraphStyle("cell_centre", fontName=SERIF, fontSize=TABLE_SIZE,
                                      leading=TABLE_SIZE * 1.2, alignment=TA_CENTER),
        "cell_head": ParagraphStyle("cell_head", fontName=SERIF_BOLD, fontSize=TABLE_SIZE,
                                    leading=TABLE_SIZE * 1.2, alignment=TA_CENTER),
        "page_number": centred("page_number", 14),
        "chart_caption": centred("chart_caption", 12, italic=True),
    }



def style(name: str) -> ParagraphStyle:
    return _styles()[name]


def para(markup: str, style_name: str = "body") -> Paragraph:
    """A paragraph from markup whose user parts were already passed through text()."""
    return Paragraph(markup, style(style_name))


def body(value: str) -> Paragraph:
    """A body paragraph of plain user text."""
    return para(text(value))


def heading(value: str) -> Paragraph:
    """A bold section heading; never left alone at the foot of a page."""
    return para(text(value), "heading")


_ROMAN = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
          (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]


def roman(number: int) -> str:
    out = []
    for value, letters in _ROMAN:
        count, number = divmod(number, value)
        out.append(letters * count)
    return "".join(out)


def part_heading(number: int, title_text: str) -> Paragraph:
    """ "II. NHIỆM VỤ VÀ GIẢI PHÁP": a numbered part of a document, in capitals."""
    return heading(f"{roman(number)}. {upper(title_text.strip())}")


def sections(items: Iterable[Section], first_number: int) -> list[Flowable]:
    """Numbered parts of prose, each paragraph a justified body paragraph."""
    out: list[Flowable] = []
    for number, item in enumerate(items, first_number):
        out.append(part_heading(number, item.heading))
        out += [body(p) for p in item.paragraphs if p.strip()]
    return out


def lead(value: str) -> Paragraph:
    """A body line introducing a short list ("… các văn bản sau:"); kept with the next."""
    return para(text(value), "lead")


def table_intro(value: str, room: float = 45 * mm, style_name: str = "body") -> list[Flowable]:
    """A line introducing a table: starts a new page unless the table can start here.

    keepWithNext would push a table longer than the page's remainder, with its
    introduction, to a new page and leave a blank half page behind.
    """
    return [CondPageBreak(room), para(text(value), style_name)]


def part_heading_before_table(number: int, title_text: str) -> list[Flowable]:
    """A numbered part heading directly followed by a (possibly long) table."""
    return table_intro(f"{roman(number)}. {upper(title_text.strip())}",
                       style_name="heading_table")


class CentredRule(Flowable):
    """A solid horizontal rule of a given length, centred in the available width."""

    def __init__(self, length: float, gap_above: float = 1.5, gap_below: float = 2.0):
        super().__init__()
        self.length = length
        self.gap_above = gap_above
        self.gap_below = gap_below
        self._avail = length

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self._avail = avail_width
        return avail_width, self.gap_above + self.gap_below + RULE_WIDTH

    def draw(self) -> None:
        x = (self._avail - self.length) / 2
        y = self.gap_below + RULE_WIDTH / 2
        self.canv.setLineWidth(RULE_WIDTH)
        self.canv.line(x, y, x + self.length, y)


def page_width(settings: PrintSettings) -> float:
    """Width of the text area between the side margins, in points."""
    return A4[0] - (settings.left_mm + settings.right_mm) * mm


# Where a body's name may break: before the kind of place ("ĐẢNG BỘ / THÀNH PHỐ HỒ CHÍ
# MINH"), never inside the place's own name.
_PLACE_KIND = re.compile(
    r"\s(?=(xã|phường|thị trấn|đặc khu|huyện|quận|thị xã|thành phố|tỉnh)\s)", re.IGNORECASE)
MIN_HEADER_SIZE = 10.0


def _unbreakable(value: str) -> str:
    return nfc(value).strip().replace(" ", "\u00a0")


def header_name(value: str) -> str:
    """A body's name with no-break spaces inside the place's name and inside the
    organ's, so that it can wrap only between the two."""
    value = nfc(value).strip()
    match = _PLACE_KIND.search(value)
    if not match:
        return _unbreakable(value)
    return _unbreakable(value[:match.start()]) + " " + _unbreakable(value[match.end():])


def fitting_size(value: str, font: str, size: float, room: float) -> float:
    """The largest size, at most ``size``, at which every unbreakable piece of ``value``
    fits in ``room`` (a header line then wraps only where it may, or not at all)."""
    pieces = value.split(" ")
    while size > MIN_HEADER_SIZE and max(stringWidth(p, font, size) for p in pieces) > room:
        size -= 0.5
    return size


def _fitted(value: str, style_name: str, room: float) -> Paragraph:
    base = style(style_name)
    size = fitting_size(value, base.fontName, base.fontSize, room)
    if size < base.fontSize:
        base = base.clone(f"{style_name}_{size:g}", fontSize=size, leading=size * 1.2)
    return Paragraph(text(value), base)


def header(issuer: Issuer, number_line: str | None, date: dt.date,
           settings: PrintSettings) -> list[Flowable]:
    """The two-column, borderless header, followed by a little space.

    Rows keep the number ("Số 12-BB/ĐU") on the same line as the date line, even
    when a long body name wraps onto two lines. A name wraps only between the organ
    and the place; the date line never wraps (a long one is set a little smaller).
    """
    register_fonts()
    width = page_width(settings)
    party_w = stringWidth(PARTY_NAME, SERIF_BOLD, 15)
    date_line = _unbreakable(document_date_line(issuer.place, date))
    upper_body = header_name(upper(issuer.upper_body))
    body_name = header_name(upper(issuer.body))
    # 45/55 by default; a column whose text would wrap borrows from the other when the
    # other's longest line still fits (a long place name, a long body name).
    left_need = max(stringWidth(upper_body, SERIF, 14),
                    stringWidth(body_name, SERIF_BOLD, 14)) + 6
    right_need = max(party_w, stringWidth(date_line, SERIF_ITALIC, 14)) + 6
    right_w = width * 0.55
    if right_need > right_w and left_need <= width - right_need:
        right_w = right_need
    elif left_need > width - right_w and right_need <= width - left_need:
        right_w = width - left_need
    elif right_need > right_w:
        # Both too long: the date line, which must stay on one line, comes first, as
        # far as the left column's longest unbreakable piece leaves room.
        left_min = max(stringWidth(piece, font, 14)
                       for value, font in ((upper_body, SERIF), (body_name, SERIF_BOLD))
                       for piece in value.split(" ")) + 6
        right_w = max(right_w, min(right_need, width - left_min))
    left_w = width - right_w
    rows = [
        [_fitted(upper_body, "head_upper", left_w - 4),
         [para(text(PARTY_NAME), "party"), CentredRule(party_w, gap_above=1, gap_below=0)]],
        [_fitted(body_name, "head_body", left_w - 4), ""],
        [para("*", "head_plain"), ""],
        [para(text(number_line), "head_plain") if number_line else "",
         _fitted(date_line, "date_line", right_w - 4)],
    ]
    table = Table(rows, colWidths=[left_w, width - left_w], hAlign="CENTER")
    table.setStyle(TableStyle([
        # Also for empty cells: ReportLab's default, Helvetica, is not embedded.
        ("FONT", (0, 0), (-1, -1), SERIF, TABLE_SIZE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
    ]))
    return [table, Spacer(1, 14)]


# Words a title line must not break inside ("Kế / hoạch"), and "số" kept with its number.
_UNBROKEN_NAMES = re.compile(
    r"\b(Nghị quyết|Chỉ thị|Kết luận|Kế hoạch|Chương trình|Quy định|Hội nghị|Đề án|"
    r"Hướng dẫn|Thông báo|Báo cáo|Chi bộ|Đảng ủy|Đảng bộ)\b",
    re.IGNORECASE,
)
_NUMBER_AFTER_SO = re.compile(r"\b(số) (?=\d)", re.IGNORECASE)


def unbroken(value: str) -> str:
    """``value`` with no-break spaces inside the names and numbers a title keeps whole."""
    value = _UNBROKEN_NAMES.sub(lambda m: m.group(0).replace(" ", "\u00a0"), nfc(value))
    return _NUMBER_AFTER_SO.sub("\\1\u00a0", value)


def title(doc_type: str, summary: str) -> list[Flowable]:
    """ "BIÊN BẢN", the summary in bold, and the short rule under it."""
    return [
        para(text(upper(doc_type)), "doc_type"),
        para(text(unbroken(summary)), "summary"),
        CentredRule(TITLE_RULE, gap_above=5, gap_below=8),
    ]


def _signature_flowables(signature: Signature, room: float) -> list[Flowable]:
    lines = []
    if signature.on_behalf_of.strip():
        lines.append("T/M " + upper(signature.on_behalf_of))
    if signature.deputy_for.strip():
        lines.append("K/T " + upper(signature.deputy_for))
    lines.append(upper(signature.position))
    return [
        *(para(text(line), "sign_title") for line in lines),
        Spacer(1, SIGNATURE_BLANK),
        # A name is never broken over two lines: a long one is set a little smaller.
        _fitted(_unbreakable(signature.name), "sign_name", room - 4),
    ]


def recipients_flowables(recipients: Iterable[str]) -> list[Flowable]:
    """ "Nơi nhận:" (bold italic, underlined) and one "- …" line per recipient.

    Every line but the last ends with a comma, the last with a full stop.
    """
    names = [nfc(r).strip().rstrip(",.;") for r in recipients if r and r.strip()]
    out: list[Flowable] = [para("<u>Nơi nhận:</u>", "recipients_label")]
    for i, name in enumerate(names):
        end = "." if i == len(names) - 1 else ","
        out.append(para(text(f"- {name}{end}"), "recipients"))
    return out


def _two_columns(left: list[Flowable] | str, right: list[Flowable] | str,
                 settings: PrintSettings) -> Table:
    width = page_width(settings)
    table = Table([[left, right]], colWidths=[width * 0.5, width * 0.5])
    table.setStyle(TableStyle([
        # Also for empty cells: ReportLab's default, Helvetica, is not embedded.
        ("FONT", (0, 0), (-1, -1), SERIF, TABLE_SIZE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ]))
    return table


def signatures(left: Signature | None, right: Signature | None, settings: PrintSettings,
               recipients: Sequence[str] = ()) -> list[Flowable]:
    """The signature row: two blocks side by side, or "Nơi nhận:" left and one block right.

    With both a left signature and recipients, "Nơi nhận:" follows under the row.
    """
    half = page_width(settings) / 2
    left_cell: list[Flowable] | str = _signature_flowables(left, half) if left else ""
    trailing: list[Flowable] = []
    if recipients:
        if left is None:
            left_cell = recipients_flowables(recipients)
        else:
            trailing = [Spacer(1, 8), *recipients_flowables(recipients)]
    right_cell: list[Flowable] | str = _signature_flowables(right, half) if right else ""
    return [Spacer(1, 8), _two_columns(left_cell, right_cell, settings), *trailing]


def closing(last_lines: Sequence[Flowable], signature_rows: Sequence[Flowable]) -> Flowable:
    """The last lines of text and the signatures, never split by a page break."""
    return KeepTogether([*last_lines, *signature_rows])


def pop_last_lines(story: list[Flowable], count: int = 1) -> list[Flowable]:
    """Take the last ``count`` flowables off ``story``, with the headings that lead to them.

    They go into :func:`closing`'s block, and ReportLab keeps a keepWithNext heading
    with a following paragraph but not with a KeepTogether block: left behind, the
    heading ("III. TỔ CHỨC THỰC HIỆN") would end one page, its text start the next.
    """
    cut = max(len(story) - count, 0)
    while cut > 0 and story[cut - 1].getKeepWithNext():
        cut -= 1
    last = story[cut:]
    del story[cut:]
    return last


class PageCountParagraph(Flowable):
    """A paragraph that states the document's own length ("Biên bản gồm 03 trang").

    The page count is only known once everything is laid out, so the text is drawn
    into a PDF form that is filled in when the document is saved; the layout itself
    is done once. Space is reserved for the text with a three-digit count, which
    is at least as wide as the real one (all digits are equally wide).
    """

    _serial = itertools.count(1)

    def __init__(self, make_text: Callable[[int], str], style_name: str = "body"):
        super().__init__()
        self.make_text = make_text
        self.style = style(style_name)
        self.form_name = f"pagecount{next(PageCountParagraph._serial)}"
        self._avail = 0.0

    def _paragraph(self, pages: int) -> Paragraph:
        return Paragraph(text(self.make_text(pages)), self.style)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self._avail = avail_width
        _ignored, self.height = self._paragraph(999).wrap(avail_width, avail_height)
        return avail_width, self.height

    def getSpaceAfter(self) -> float:  # noqa: N802 (ReportLab's name)
        return self.style.spaceAfter

    def getSpaceBefore(self) -> float:  # noqa: N802
        return self.style.spaceBefore

    def draw(self) -> None:
        self.canv.doForm(self.form_name)
        self.canv.deferred.append(self)

    def fill(self, canvas: Canvas, pages: int) -> None:
        """Define the form, now that the page count is known."""
        paragraph = self._paragraph(pages)
        _ignored, height = paragraph.wrap(self._avail, self.height)
        # Room below and above the box, so that no descender or accent is clipped.
        canvas.beginForm(self.form_name, lowerx=-10, lowery=-20,
                         upperx=self._avail + 10, uppery=self.height + 20)
        paragraph.drawOn(canvas, 0, self.height - height)
        canvas.endForm()


class PageGroup(Flowable):
    """Marks where a part that stands alone begins (one chi bộ's sign-in sheet): its
    pages are numbered on their own, "Chi bộ thôn Nà Pài - Trang 1/2"."""

    def __init__(self, label: str):
        super().__init__()
        self.label = nfc(label).strip()

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv.page_groups[self.canv.getPageNumber()] = self.label


class _Canvas(Canvas):
    """Fills in the page-count paragraphs and the page labels of grouped documents
    just before the PDF is written."""

    def __init__(self, *args: object, **kwargs: object):
        super().__init__(*args, **kwargs)
        self.deferred: list[PageCountParagraph] = []
        self.page_groups: dict[int, str] = {}
        self.labelled: dict[int, tuple[float, float]] = {}  # page: where its label goes

    def save(self) -> None:
        if len(self._code):
            self.showPage()
        pages = self._pageNumber - 1
        for item in self.deferred:
            item.fill(self, pages)
        self._fill_group_labels()
        super().save()

    def _fill_group_labels(self) -> None:
        groups: list[tuple[str, list[int]]] = []
        for page in sorted(self.labelled):
            if page in self.page_groups or not groups:
                groups.append((self.page_groups.get(page, ""), []))
            groups[-1][1].append(page)
        for label, pages in groups:
            for index, page in enumerate(pages, 1):
                x, y = self.labelled[page]
                words = f"Trang {index}/{len(pages)}"
                self.beginForm(f"grouplabel{page}", lowerx=-300, lowery=-10, upperx=300,
                               uppery=20)
                self.setFont(SERIF_ITALIC, 11)
                self.drawCentredString(0, 0, f"{label} - {words}" if label else words)
                self.endForm()


class _NumberedDoc(SimpleDocTemplate):
    """A4 with the office's margins; page numbers from page 2, centred at the top."""

    def __init__(self, out: io.BytesIO, settings: PrintSettings, doc_title: str, author: str,
                 grouped: bool = False):
        self.grouped = grouped
        super().__init__(
            out, pagesize=A4,
            topMargin=settings.top_mm * mm, bottomMargin=settings.bottom_mm * mm,
            leftMargin=settings.left_mm * mm, rightMargin=settings.right_mm * mm,
            title=nfc(doc_title), author=nfc(author), creator="Sổ Nghị quyết",
            subject=nfc(doc_title),
            initialFontName=SERIF,  # else every page names Helvetica, which is not embedded
        )

    def _page_number(self, canvas: Canvas, doc: SimpleDocTemplate) -> None:
        canvas.saveState()
        canvas.setFont(SERIF, BODY_SIZE)
        x = self.leftMargin + self.width / 2
        y = self.pagesize[1] - self.topMargin / 2 - BODY_SIZE / 3
        canvas.drawCentredString(x, y, str(canvas.getPageNumber()))
        canvas.restoreState()

    def _group_label(self, canvas: Canvas, doc: SimpleDocTemplate) -> None:
        """A grouped document: each part's own "Trang 1/2", at the foot of every page."""
        x = self.leftMargin + self.width / 2
        y = self.bottomMargin / 2 - 4
        canvas.labelled[canvas.getPageNumber()] = (x, y)
        canvas.saveState()
        canvas.translate(x, y)
        canvas.doForm(f"grouplabel{canvas.getPageNumber()}")
        canvas.restoreState()

    def render(self, story: list[Flowable]) -> int:
        if self.grouped:
            self.build(story, onFirstPage=self._group_label, onLaterPages=self._group_label,
                       canvasmaker=_Canvas)
        else:
            self.build(story, onFirstPage=lambda c, d: None, onLaterPages=self._page_number,
                       canvasmaker=_Canvas)
        return self.page


def _write_atomically(target: Path, data: bytes) -> None:
    """Write beside the target, then swap it in: a reader never sees half a PDF."""
    target = Path(target)
    directory = target.parent
    problem = name_problem(target.name)
    if problem:
        raise ReportWriteError(problem)
    tmp_name = None
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp",
                                        dir=directory)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, target)
        tmp_name = None
    except OSError as exc:
        raise ReportWriteError(
            _(
                "Không ghi được tệp “{target}”: {exc}. Hãy chọn nơi lưu khác (hoặc đóng tệp "
                "đang mở) rồi thử lại; tệp cũ, nếu có, vẫn còn nguyên."
            ).format(target=target, exc=os_reason(exc))
        ) from exc
    finally:
        if tmp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)


def write_file(target: Path | str, data: bytes) -> None:
    """Any finished document (a Word file too), written aside then renamed into place."""
    _write_atomically(Path(target), data)


def write_pdf(target: Path | str, data: bytes) -> None:
    """Save a PDF already drawn (the one the clerk previewed) the same safe way.

    Raises ``ReportWriteError`` with a message for the clerk; the target is then unchanged.
    """
    _write_atomically(Path(target), data)


def render_pdf(target: Path | str, story: list[Flowable], settings: PrintSettings, *,
               doc_title: str, author: str, grouped: bool = False) -> int:
    """Lay out ``story``, write the PDF to ``target``; return its page count.

    The PDF is built in memory and written only once everything succeeded, to a
    temporary file beside the target that then replaces it.
    """
    register_fonts()
    out = io.BytesIO()
    try:
        pages = _NumberedDoc(out, settings, doc_title, author, grouped).render(story)
    except LayoutError as exc:
        raise ReportError(
            _(
                "Không dàn trang được văn bản: có một mục quá dài để đặt vừa một trang (thường "
                "là một ô trong bảng, như tên điểm cầu hay lý do vắng). Hãy rút gọn mục đó, "
                "hoặc giảm lề trang, rồi in lại."
            )
        ) from exc
    _write_atomically(Path(target), out.getvalue())
    return pages


class TailKeptTable(Table):
    """A table that never leaves fewer than ``MIN_TAIL`` rows (the closing total row
    included) alone on its last page: it breaks a few rows earlier instead."""

    MIN_TAIL = 5

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        parts = super().split(avail_width, avail_height)
        if len(parts) != 2:
            return parts
        repeat = self.repeatRows if isinstance(self.repeatRows, int) else len(self.repeatRows)
        tail = len(parts[1]._cellvalues) - repeat
        if tail >= self.MIN_TAIL:
            return parts
        cut = len(parts[0]._cellvalues) - (self.MIN_TAIL - tail)
        if cut <= repeat:
            return []  # too little room for a useful first part: start on the next page
        return super().split(avail_width, sum(self._rowHeights[:cut]) + 0.01)


def simple_table(header_cells: Sequence[str], rows: Iterable[Sequence[object]],
                 col_widths: Sequence[float], *, centre_cols: Iterable[int] = (),
                 repeat_header: bool = True, bold_rows: Iterable[int] = (),
                 font_size: float = TABLE_SIZE) -> Table:
    """A ruled table with a bold header row that repeats on every page.

    ``bold_rows`` (counted from 1, the first row under the header) are group or total
    rows, set in bold.
    """
    centre = set(centre_cols)
    bold = set(bold_rows)

    def cell_style(name: str) -> ParagraphStyle:
        base = style(name)
        if font_size == base.fontSize:
            return base
        return base.clone(f"{name}_{font_size:g}", fontSize=font_size, leading=font_size * 1.2)

    head, plain, centred = (cell_style(n) for n in ("cell_head", "cell", "cell_centre"))
    data: list[list[object]] = [[Paragraph(text(h), head) for h in header_cells]]
    for number, row in enumerate(rows, 1):
        data.append([
            Paragraph(f"<b>{text(value)}</b>" if number in bold else text(value),
                      centred if i in centre else plain)
            for i, value in enumerate(row)
        ])
    table = Table(data, colWidths=list(col_widths), repeatRows=1 if repeat_header else 0)
    table.setStyle(TableStyle([
        # Also for empty cells: ReportLab's default, Helvetica, is not embedded.
        ("FONT", (0, 0), (-1, -1), SERIF, TABLE_SIZE),
        ("GRID", (0, 0), (-1, -1), 0.5, "black"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    return table
