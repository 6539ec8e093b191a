"""The printed forms as editable Word files (.docx), with the PDF's format points.

A form's story (the ReportLab flowables its PDF is drawn from) is written to Word
piece by piece, so the Word file says exactly what the PDF says, in the same order:
A4 and the office's margins; Times New Roman (LibreOffice shows it in the metric-
compatible Liberation Serif); 14 pt justified body with a 1 cm first-line indent; the
borderless two-column header with the Party's name and its rule, the italic date line
and the number; the title and its short rule; ruled tables whose header row repeats;
the signature row; page numbers from page 2 (or, for per-chi-bộ sign-in sheets, each
chi bộ's own "Trang 1/2" in its own section). The chart of a study report is left out:
its table, which Word keeps, holds the same figures.

The page count a form states ("Biên bản gồm 03 trang") is the PDF's: Word is asked to
lay the text out on the same page size, margins and metric-compatible font.
"""
from __future__ import annotations

import html
import io
import re
from collections.abc import Callable, Iterable
from pathlib import Path

from docx import Document as new_document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
)

from reports import frame, minutes, plan, signin, study_report
from reports.data import ActionPlan, Minutes, PrintSettings, SigninSheet, StudyReport

WORD_FONT = "Times New Roman"  # LibreOffice maps it to Liberation Serif, same metrics
POINTS_PER_MM = 72 / 25.4
_TAG = re.compile(r"(<[^>]+>)")


class _Writer:
    def __init__(self, settings: PrintSettings, pages: int, grouped: bool):
        self.settings = settings
        self.pages = pages
        self.grouped = grouped
        self.doc = new_document()
        self.width_mm = 210 - settings.left_mm - settings.right_mm
        normal = self.doc.styles["Normal"]
        normal.font.name = WORD_FONT
        normal.font.size = Pt(frame.BODY_SIZE)
        # East-Asian and complex-script slots too, or Word picks another font for them.
        fonts = normal.element.get_or_add_rPr().get_or_add_rFonts()
        for slot in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            fonts.set(qn(slot), WORD_FONT)
        self.groups = 0
        self._page_setup(self.doc.sections[0])

    # --- pages ---------------------------------------------------------------------

    def _page_setup(self, section) -> None:  # noqa: ANN001 (a python-docx Section)
        s = self.settings
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.top_margin, section.bottom_margin = Mm(s.top_mm), Mm(s.bottom_mm)
        section.left_margin, section.right_margin = Mm(s.left_mm), Mm(s.right_mm)
        section.header_distance = Mm(s.top_mm / 3)
        section.footer_distance = Mm(s.bottom_mm / 3)
        if self.grouped:
            return
        # Page numbers from page 2, centred at the top.
        section.different_first_page_header_footer = True
        paragraph = section.header.paragraphs[0]
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        self._field(paragraph, "PAGE", size=frame.BODY_SIZE)

    def _field(self, paragraph, code: str, size: float, italic: bool = False) -> None:  # noqa: ANN001
        """A Word field (PAGE, SECTIONPAGES) the word processor fills in."""
        for kind, text in (("begin", None), (None, f" {code} "), ("separate", None),
                           (None, "1"), ("end", None)):
            run = paragraph.add_run()
            run.font.size = Pt(size)
            run.font.italic = italic
            if kind:
                element = OxmlElement("w:fldChar")
                element.set(qn("w:fldCharType"), kind)
                run._r.append(element)
            elif text.startswith(" "):
                element = OxmlElement("w:instrText")
                element.set(qn("xml:space"), "preserve")
                element.text = text
                run._r.append(element)
            else:
                run.text = text

    def start_group(self, label: str) -> None:
        """A part that stands alone: its own section, page numbers restarting at 1."""
        if self.groups:
            section = self.doc.add_section(WD_SECTION.NEW_PAGE)
        else:
            section = self.doc.sections[0]
        self.groups += 1
        self._page_setup(section)
        section.footer.is_linked_to_previous = False
        number = section._sectPr.find(qn("w:pgNumType"))
        if number is None:
            number = OxmlElement("w:pgNumType")
            section._sectPr.append(number)
        number.set(qn("w:start"), "1")
        footer = section.footer.paragraphs[0]
        footer.text = ""
        footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = footer.add_run(f"{label} - Trang ")
        run.font.size, run.font.italic = Pt(11), True
        self._field(footer, "PAGE", 11, italic=True)
        footer.add_run("/").font.size = Pt(11)
        self._field(footer, "SECTIONPAGES", 11, italic=True)

    # --- text ----------------------------------------------------------------------

    def paragraph(self, flowable: Paragraph, container=None, keep: bool = False):  # noqa: ANN001, ANN201
        style = flowable.style
        target = container if container is not None else self.doc
        out = target.add_paragraph()
        out.alignment = {TA_CENTER: WD_ALIGN_PARAGRAPH.CENTER,
                         TA_JUSTIFY: WD_ALIGN_PARAGRAPH.JUSTIFY,
                         TA_RIGHT: WD_ALIGN_PARAGRAPH.RIGHT}.get(style.alignment,
                                                                 WD_ALIGN_PARAGRAPH.LEFT)
        fmt = out.paragraph_format
        fmt.space_before = Pt(style.spaceBefore or 0)
        fmt.space_after = Pt(style.spaceAfter or 0)
        fmt.line_spacing = Pt(style.leading)
        if style.firstLineIndent:
            fmt.first_line_indent = Pt(style.firstLineIndent)
        if style.leftIndent:
            fmt.left_indent = Pt(style.leftIndent)
        fmt.keep_with_next = bool(keep or getattr(style, "keepWithNext", 0))
        bold = "Bold" in style.fontName
        italic = "Italic" in style.fontName
        self._runs(out, flowable.text, style.fontSize, bold, italic)
        return out

    @staticmethod
    def _runs(out, markup: str, size: float, bold: bool, italic: bool) -> None:  # noqa: ANN001
        """ReportLab's paragraph markup (<b>, <i>, <u>, entities) as Word runs."""
        state = {"b": bold, "i": italic, "u": False}
        for piece in _TAG.split(markup):
            if not piece:
                continue
            tag = re.fullmatch(r"<(/?)([biu])\b[^>]*>", piece)
            if tag:
                state[tag.group(2)] = not tag.group(1)
                continue
            if piece.startswith("<"):
                continue  # other markup (none in the forms' own text)
            run = out.add_run(html.unescape(piece))
            run.font.size = Pt(size)
            run.font.bold, run.font.italic, run.font.underline = state["b"], state["i"], \
                state["u"]

    def rule(self, length_pt: float, container=None, avail_mm: float | None = None) -> None:  # noqa: ANN001
        """A centred solid rule of the PDF's length: a paragraph border, indented."""
        target = container if container is not None else self.doc
        out = target.add_paragraph()
        room = (avail_mm if avail_mm is not None else self.width_mm) * POINTS_PER_MM
        side = max((room - length_pt) / 2, 0)
        fmt = out.paragraph_format
        fmt.left_indent = fmt.right_indent = Pt(side)
        fmt.space_before, fmt.space_after = Pt(0), Pt(4)
        fmt.line_spacing = Pt(5)
        out.add_run("\u200b").font.size = Pt(2)  # an empty paragraph's border may be skipped
        borders = OxmlElement("w:pBdr")
        bottom = OxmlElement("w:bottom")
        for key, value in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"),
                           ("w:color", "000000")):
            bottom.set(qn(key), value)
        borders.append(bottom)
        properties = out._p.get_or_add_pPr()
        # The schema orders a paragraph's properties: the border before spacing,
        # indentation and alignment, or Word and LibreOffice ignore it.
        later = [properties.find(qn(f"w:{name}")) for name in
                 ("shd", "tabs", "suppressAutoHyphens", "spacing", "ind", "jc")]
        later = [element for element in later if element is not None]
        if later:
            later[0].addprevious(borders)
        else:
            properties.append(borders)

    def spacer(self, height: float, container=None) -> None:  # noqa: ANN001
        """Blank room of the PDF's height: the gap after the header, the signature's
        25-30 mm for the wet signature and the seal."""
        if height < 1:
            return
        target = container if container is not None else self.doc
        out = target.add_paragraph()
        fmt = out.paragraph_format
        fmt.space_before = fmt.space_after = Pt(0)
        fmt.line_spacing = Pt(height)
        out.add_run("\u200b").font.size = Pt(min(height, 10))

    # --- tables --------------------------------------------------------------------

    def table(self, flowable: Table) -> None:
        ruled = any(cmd[0] in ("GRID", "BOX", "INNERGRID") for cmd in flowable._linecmds)
        rows = flowable._cellvalues
        cols = len(rows[0]) if rows else 0
        widths = self._widths(flowable, cols)
        table = self.doc.add_table(rows=len(rows), cols=cols)
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        table.autofit = False
        for column, width in zip(table.columns, widths, strict=True):
            column.width = Mm(width)  # the grid LibreOffice lays out by
        if ruled:
            table.style = self.doc.styles["Table Grid"]
        spans = [(c0, r0, c1, r1) for _name, (c0, r0), (c1, r1) in flowable._spanCmds]
        repeat = flowable.repeatRows if isinstance(flowable.repeatRows, int) else 0
        heights = getattr(flowable, "_argH", None) or [None] * len(rows)
        tail = len(rows) - frame.TailKeptTable.MIN_TAIL if isinstance(
            flowable, frame.TailKeptTable) else len(rows)
        for r, row in enumerate(rows):
            word_row = table.rows[r]
            if r < repeat and ruled:
                header = OxmlElement("w:tblHeader")
                word_row._tr.get_or_add_trPr().append(header)
            cant_split = OxmlElement("w:cantSplit")
            word_row._tr.get_or_add_trPr().append(cant_split)
            if heights[r] and isinstance(heights[r], (int, float)):
                word_row.height = Pt(heights[r])
            for c, value in enumerate(row):
                cell = word_row.cells[c]
                cell.width = Mm(widths[c])
                cell.paragraphs[0]._p.getparent().remove(cell.paragraphs[0]._p)
                # The last rows stay together on a page, as in the PDF (no orphan rows).
                self._cell(cell, value, keep=r >= tail - 1 and r < len(rows) - 1,
                           avail_mm=widths[c])
                if not cell.paragraphs:
                    cell.add_paragraph()
        for c0, r0, c1, r1 in spans:
            c0, c1 = c0 % cols, c1 % cols
            r0, r1 = r0 % len(rows), r1 % len(rows)
            if (c0, r0) != (c1, r1):
                merged = table.cell(r0, c0).merge(table.cell(r1, c1))
                for extra in merged.paragraphs[1:]:
                    if not extra.text.strip():
                        extra._p.getparent().remove(extra._p)
        if not ruled:
            self._no_borders(table)
        elif spans:
            # A spanned closing row (the sign-in sheet's total) stands under the table.
            last = rows[-1]
            if len([v for v in last if v != ""]) == 1 and any(r1 % len(rows) == len(rows) - 1
                                                             for _c0, _r0, _c1, r1 in spans):
                self._no_borders_row(table.rows[-1])

    def _widths(self, flowable: Table, cols: int) -> list[float]:
        widths = [w for w in (flowable._argW or []) if isinstance(w, (int, float))]
        if len(widths) == cols:
            return [w / POINTS_PER_MM for w in widths]
        return [self.width_mm / max(cols, 1)] * cols

    def _cell(self, cell, value: object, keep: bool, avail_mm: float) -> None:  # noqa: ANN001
        items = value if isinstance(value, list) else [value]
        for item in items:
            if isinstance(item, Paragraph):
                self.paragraph(item, cell, keep=keep)
            elif isinstance(item, frame.CentredRule):
                self.rule(item.length, cell, avail_mm)
            elif isinstance(item, Spacer):
                self.spacer(item.height, cell)
            elif isinstance(item, Table):
                continue  # (no form nests tables)
            elif isinstance(item, str) and item:
                out = cell.add_paragraph()
                run = out.add_run(item)
                run.font.size = Pt(frame.TABLE_SIZE + 1)
                out.paragraph_format.keep_with_next = keep
                if item.isdigit():
                    out.alignment = WD_ALIGN_PARAGRAPH.CENTER

    @staticmethod
    def _no_borders(table) -> None:  # noqa: ANN001
        # No cell padding either: the header's columns are measured to the text's width.
        margins = OxmlElement("w:tblCellMar")
        for side in ("left", "right"):
            element = OxmlElement(f"w:{side}")
            element.set(qn("w:w"), "0")
            element.set(qn("w:type"), "dxa")
            margins.append(element)
        table._tbl.tblPr.append(margins)
        borders = OxmlElement("w:tblBorders")
        for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
            element = OxmlElement(f"w:{side}")
            element.set(qn("w:val"), "nil")
            borders.append(element)
        table._tbl.tblPr.append(borders)

    @staticmethod
    def _no_borders_row(row) -> None:  # noqa: ANN001
        for cell in row.cells:
            tc_pr = cell._tc.get_or_add_tcPr()
            borders = OxmlElement("w:tcBorders")
            for side in ("left", "bottom", "right"):
                element = OxmlElement(f"w:{side}")
                element.set(qn("w:val"), "nil")
                borders.append(element)
            tc_pr.append(borders)

    # --- the story -----------------------------------------------------------------

    def story(self, flowables: Iterable[Flowable], keep: bool = False) -> None:
        items = list(flowables)
        for index, item in enumerate(items):
            last = index == len(items) - 1
            if isinstance(item, frame.PageGroup):
                self.start_group(item.label)
            elif isinstance(item, frame.PageCountParagraph):
                self.paragraph(Paragraph(frame.text(item.make_text(self.pages)), item.style),
                               keep=keep and not last)
            elif isinstance(item, Paragraph):
                self.paragraph(item, keep=keep and not last)
            elif isinstance(item, frame.CentredRule):
                self.rule(item.length)
            elif isinstance(item, KeepTogether):
                self.story(item._content, keep=True)
            elif isinstance(item, Table):
                self.table(item)
            elif isinstance(item, PageBreak):
                if not self.grouped:
                    self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            elif isinstance(item, Spacer):
                self.spacer(item.height)
            elif isinstance(item, CondPageBreak):
                continue
            # Anything else is a chart: its figures are in the table beside it.

    def bytes(self) -> bytes:
        out = io.BytesIO()
        self.doc.save(out)
        return out.getvalue()


def render_docx(story: list[Flowable], target: Path | str, settings: PrintSettings, *,
                pages: int, grouped: bool = False, title: str = "", author: str = "") -> None:
    """Write ``story`` to ``target`` as .docx, aside then renamed into place."""
    writer = _Writer(settings, pages, grouped)
    writer.doc.core_properties.title = title
    writer.doc.core_properties.author = author
    writer.story(story)
    frame.write_file(target, writer.bytes())


def docx_of(render_pdf: Callable[[Path], int], make_story: Callable[[], list[Flowable]],
            target: Path | str, settings: PrintSettings, *, grouped: bool = False,
            title: str = "", author: str = "") -> int:
    """Draw the PDF beside (for its page count and the same checks), then the Word file;
    returns the page count."""
    import tempfile

    with tempfile.TemporaryDirectory(prefix="snq-word-") as folder:
        pages = render_pdf(Path(folder) / "ban-in.pdf")
    render_docx(make_story(), target, settings, pages=pages, grouped=grouped, title=title,
                author=author)
    return pages


def minutes_docx(data: Minutes, target: Path | str, settings: PrintSettings | None = None) -> int:
    settings = settings or PrintSettings()
    return docx_of(lambda pdf: minutes.render_minutes(data, pdf, settings),
                   lambda: minutes._story(data, settings), target, settings,
                   title=f"Biên bản {data.summary}", author=data.issuer.body)


def signin_docx(data: SigninSheet, target: Path | str, settings: PrintSettings | None = None,
                *, per_chi_bo: bool = False) -> int:
    settings = settings or PrintSettings()
    return docx_of(lambda pdf: signin.render_signin(data, pdf, settings, per_chi_bo=per_chi_bo),
                   lambda: signin.story(data, settings, per_chi_bo), target, settings,
                   grouped=per_chi_bo, title=f"Danh sách đảng viên dự {data.conference}",
                   author=data.issuer.body)


def plan_docx(data: ActionPlan, target: Path | str, settings: PrintSettings | None = None) -> int:
    settings = settings or PrintSettings()
    return docx_of(lambda pdf: plan.render_plan(data, pdf, settings),
                   lambda: plan._story(data, settings), target, settings,
                   title=f"{data.kind} {data.summary}", author=data.issuer.body)


def report_docx(data: StudyReport, target: Path | str,
                settings: PrintSettings | None = None) -> int:
    settings = settings or PrintSettings()
    return docx_of(lambda pdf: study_report.render_study_report(data, pdf, settings),
                   lambda: study_report._story(data, settings), target, settings,
                   title=f"Báo cáo {data.summary}", author=data.issuer.body)
