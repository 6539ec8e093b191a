"""Reading printed PDFs back the way a person would: text, where it is, in which font."""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from pathlib import Path

from pypdf import PdfReader


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def squash(text: str) -> str:
    """NFC and single spaces: line breaks fall wherever the layout put them."""
    return " ".join(nfc(text).split())


def pages_text(path: Path) -> list[str]:
    """Each page's text, NFC-normalised, as pypdf extracts it (lines kept)."""
    return [nfc(page.extract_text()) for page in PdfReader(path).pages]


def all_text(path: Path) -> str:
    return squash(" ".join(pages_text(path)))


@dataclass
class Run:
    """A piece of text as drawn: its position on the page (points from bottom-left)."""

    text: str
    x: float
    y: float
    font: str


def runs(path: Path, page_index: int) -> list[Run]:
    page = PdfReader(path).pages[page_index]
    found: list[Run] = []

    def visit(text, cm, tm, font_dict, font_size):  # noqa: ANN001 (pypdf's callback)
        if not text.strip():
            return
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        font = str(font_dict.get("/BaseFont", "")) if font_dict else ""
        found.append(Run(nfc(text), x, y, font))

    page.extract_text(visitor_text=visit)
    return found


def page_fonts(path: Path) -> list[dict]:
    """Every font dictionary used by any page (descendants of composite fonts too)."""
    fonts = []

    def collect(resources) -> None:  # noqa: ANN001 (a pypdf dictionary)
        for ref in resources.get("/Font", {}).values():
            font = ref.get_object()
            fonts.append(font)
            for desc in font.get("/DescendantFonts", []):
                fonts.append(desc.get_object())
        for ref in resources.get("/XObject", {}).values():
            xobject = ref.get_object()
            if xobject.get("/Subtype") == "/Form" and "/Resources" in xobject:
                collect(xobject["/Resources"].get_object())

    for page in PdfReader(path).pages:
        collect(page["/Resources"].get_object())
    return fonts
