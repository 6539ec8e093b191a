"""Help with F1: the section for the page or dialog in front, in the window's language.

The text lives in ``resources/help/help_<lang>.html`` (one file per language, one
section per page or dialog, its ``id`` the name F1 asks for), so that it can be
read and corrected without touching the program.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from gui.widgets.common import fit_to_screen
from gui.widgets.language import current_language
from resources import RESOURCES_DIR

HELP_DIR = RESOURCES_DIR / "help"
# Pages and dialogs with no section of their own open the nearest one.
SECTION_OF = {
    "chi_bo": "organisation",
    "group": "organisation",
    "document": "documents",
    "plan": "plans",
    "activity": "outreach",
    "lookup": "settings",
}


def help_html(lang: str) -> str:
    path = HELP_DIR / f"help_{lang}.html"
    if not path.exists():
        path = HELP_DIR / "help_vi.html"
    return path.read_text(encoding="utf-8")


class HelpDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, section: str = "start"):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Trợ giúp"))
        layout = QVBoxLayout(self)
        self.text = QTextBrowser(self)
        self.text.setOpenExternalLinks(False)
        self.text.setHtml(help_html(current_language()))
        layout.addWidget(self.text, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        close = QPushButton(self.tr("Đóng"), self)
        close.setDefault(True)
        close.clicked.connect(self.accept)
        row.addWidget(close)
        layout.addLayout(row)
        fit_to_screen(self, 80, 30)
        self.section = SECTION_OF.get(section, section)
        self.text.scrollToAnchor(self.section)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        # Laid out only now: the section can be brought to the top.
        self.text.scrollToAnchor(self.section)


def show_help(parent: QWidget, section: str) -> HelpDialog:
    dialog = HelpDialog(parent, section)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def add_help_key(dialog: QWidget, section) -> QShortcut:
    """F1 in ``dialog`` opens the help at ``section`` (a name, or a function giving one)."""
    key = QShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents), dialog)
    key.activated.connect(lambda: show_help(dialog, section() if callable(section) else section))
    return key
