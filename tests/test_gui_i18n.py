"""The English translation: complete, up to date with the code, compiled, and shown."""
from __future__ import annotations

import dataclasses
import shutil
import subprocess
import sys
import unicodedata
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTableView,
    QTabWidget,
    QWidget,
)

from gui.widgets.language import install_language
from gui.window.app import create_application
from models.settings import get_settings, save_settings
from resources import I18N_DIR
from tests.gui_fixtures import *  # noqa: F403
from tests.gui_fixtures import OFFSCREEN_NOISE

pytestmark = OFFSCREEN_NOISE
ROOT = Path(__file__).resolve().parent.parent
TS = I18N_DIR / "snq_en.ts"
QM = I18N_DIR / "snq_en.qm"

# Proper names may stay Vietnamese in the English window (the program's name, examples).
PROPER_NAMES = (
    "Sổ Nghị quyết", "Đảng ủy xã Cẩm Giàng", "Đảng bộ tỉnh Hải Dương", "Chi bộ thôn Đông",
    "Cẩm Giàng", "Đảng ủy", "ĐU",
)


def _messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(path).getroot()
    return [
        (ctx.findtext("name") or "", m.findtext("source") or "", m.find("translation"))
        for ctx in root.findall("context")
        for m in ctx.findall("message")
    ]


def _vietnamese(text: str) -> bool:
    for name in PROPER_NAMES:
        text = text.replace(name, "")
    decomposed = unicodedata.normalize("NFD", text)
    return any(unicodedata.combining(c) for c in decomposed) or "đ" in text.casefold()


def test_every_entry_is_translated():
    messages = _messages(TS)
    assert len(messages) > 300
    unfinished = [
        source for _ctx, source, translation in messages
        if translation.get("type") in ("unfinished", "vanished", "obsolete")
        or not (translation.text or "").strip()
    ]
    assert unfinished == []
    left_vietnamese = [
        source for _ctx, source, translation in messages if _vietnamese(translation.text)
    ]
    assert left_vietnamese == []


def test_translation_file_matches_the_code(tmp_path):
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    tool = str(lupdate) if lupdate.exists() else shutil.which("pyside6-lupdate")
    if tool is None:
        pytest.skip("pyside6-lupdate is not installed")
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "gui").rglob("*.py"))
    subprocess.run([tool, *sources, "-ts", str(fresh)], check=True, capture_output=True)
    in_code = {(ctx, src) for ctx, src, _t in _messages(fresh)}
    in_file = {(ctx, src) for ctx, src, _t in _messages(TS)}
    assert in_code - in_file == set(), "run pyside6-lupdate and translate the new strings"
    assert in_file - in_code == set(), "the .ts holds strings the code no longer has"


def test_compiled_file_holds_every_translation(qapp):
    translator = QTranslator()
    assert translator.load(str(QM))
    for context, source, translation in _messages(TS):
        assert translator.translate(context, source) == translation.text, (context, source)


def _visible_texts(widget: QWidget) -> list[str]:
    texts = []
    for child in [widget, *widget.findChildren(QWidget)]:
        if not child.isVisibleTo(widget) and child is not widget:
            continue
        if isinstance(child, QLabel) and child.objectName() != "data":
            texts.append(child.text())
        elif isinstance(child, QAbstractButton):
            texts.append(child.text())
            texts.append(child.toolTip())
        elif isinstance(child, QGroupBox):
            texts.append(child.title())
        elif isinstance(child, QLineEdit):
            texts.append(child.placeholderText())
        elif isinstance(child, QTabWidget):
            texts.extend(child.tabText(i) for i in range(child.count()))
        elif isinstance(child, QTableView) and child.model() is not None:
            model = child.model()
            texts.extend(
                str(model.headerData(c, Qt.Orientation.Horizontal) or "")
                for c in range(model.columnCount())
            )
    return [t for t in texts if t]


def test_the_english_window_has_no_vietnamese_left(qtbot, ready_db, db_path, ui_settings):
    from gui.widgets.help import HelpDialog
    from gui.window.first_start import FirstStartDialog
    from gui.window.main_window import MainWindow

    save_settings(ready_db, dataclasses.replace(get_settings(ready_db), unit_name="Commune"))
    create_application("en")
    try:
        window = MainWindow(ready_db, db_path, ui_settings)
        qtbot.addWidget(window)
        window.show()
        found: dict[str, list[str]] = {}
        for key in window.keys:
            window.show_page(key)
            page = window.current_page()
            pages = [page, *getattr(page, "tabs", QTabWidget()).findChildren(QWidget)]
            for shown in pages:
                # The conference editor lives in its own module with its own tests.
                if type(shown).__name__ == "ConferencesPage":
                    continue
                if hasattr(shown, "new_item") and hasattr(shown, "make_editor"):
                    editor = shown.make_editor(None)
                    if editor is not None:
                        found[f"{key} editor"] = _visible_texts(editor)
                        editor.deleteLater()
            found[key] = _visible_texts(page)
        found["help"] = _visible_texts(HelpDialog(window))
        found["first start"] = _visible_texts(FirstStartDialog(ready_db))
        left = {
            where: [t for t in texts if _vietnamese(t)] for where, texts in found.items()
        }
        assert {where: texts for where, texts in left.items() if texts} == {}
        assert window.sidebar.item(0).text() == "Overview"
    finally:
        install_language(QApplication.instance(), "vi")
