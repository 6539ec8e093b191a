"""The printed documents' typeface: Liberation Serif, bundled, embedded in every PDF.

Liberation Serif has the metrics of Times New Roman, which the Party's format guide
asks for, and it is free to ship. Only the bundled files are used, never a system
font, so every office PC prints the same pages.
"""
from __future__ import annotations

import threading

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

import resources
from models.i18n import _

SERIF = "LiberationSerif"
SERIF_BOLD = "LiberationSerif-Bold"
SERIF_ITALIC = "LiberationSerif-Italic"
SERIF_BOLD_ITALIC = "LiberationSerif-BoldItalic"

_FILES = {
    SERIF: "LiberationSerif-Regular.ttf",
    SERIF_BOLD: "LiberationSerif-Bold.ttf",
    SERIF_ITALIC: "LiberationSerif-Italic.ttf",
    SERIF_BOLD_ITALIC: "LiberationSerif-BoldItalic.ttf",
}

_lock = threading.Lock()
_registered = False


def register_fonts() -> str:
    """Register the four faces and their family once; return the family name.

    Safe to call from any thread, any number of times. A TrueType font registered
    this way is always subset and embedded (FontFile2) by ReportLab.
    """
    global _registered
    with _lock:
        if not _registered:
            for name, file_name in _FILES.items():
                path = resources.font_path(file_name)
                if not path.is_file():
                    raise FileNotFoundError(
                        _(
                            "Thiếu tệp phông chữ {file_name} trong thư mục {parent}; hãy cài "
                            "lại chương trình."
                        ).format(file_name=file_name, parent=path.parent)
                    )
                pdfmetrics.registerFont(TTFont(name, str(path)))
            pdfmetrics.registerFontFamily(
                SERIF, normal=SERIF, bold=SERIF_BOLD, italic=SERIF_ITALIC,
                boldItalic=SERIF_BOLD_ITALIC,
            )  # so that <b> and <i> inside paragraphs pick the right face
            _registered = True
    return SERIF
