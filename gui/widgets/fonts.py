"""The window's font: the bundled Noto Sans, at the size the clerk chose under Cài đặt.

The fonts an office PC offers clip Vietnamese capital accents or lack them. Apart from
starting the window (``gui.window.app``) because the settings page sets the size too.
"""
from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from resources import font_path

BASE_POINT_SIZE = 11.0
UI_FONTS = (
    "NotoSans-Regular.ttf",
    "NotoSans-Bold.ttf",
    "NotoSans-Italic.ttf",
    "NotoSans-BoldItalic.ttf",
)

_family: str | None = None


def load_fonts() -> str:
    """Register the bundled Noto Sans faces once; returns the family name."""
    global _family
    if _family is None:
        family = ""
        for name in UI_FONTS:
            font_id = QFontDatabase.addApplicationFont(str(font_path(name)))
            families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
            family = family or (families[0] if families else "")
        _family = family or "Noto Sans"
    return _family


def apply_text_scale(app: QApplication, scale: float) -> None:
    """Set the application font at the clerk's chosen size (1.0 is the usual size)."""
    font = QFont(load_fonts())
    font.setPointSizeF(round(BASE_POINT_SIZE * max(0.8, min(scale, 2.0)), 1))
    font.setHintingPreference(QFont.HintingPreference.PreferVerticalHinting)
    app.setFont(font)
