"""Every dialog in English: no Vietnamese left outside the register's own data."""
from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QApplication

from gui.widgets.language import install_language
from gui.window.app import create_application
from models.listing import conference_rows, document_rows, member_rows
from models.settings import get_settings, save_settings
from tests.gui_fixtures import *  # noqa: F403
from tests.gui_fixtures import OFFSCREEN_NOISE
from tests.test_gui_fits_screen import _dialogs
from tests.test_gui_i18n import _vietnamese, _visible_texts

pytestmark = OFFSCREEN_NOISE


def test_every_dialog_in_english_has_no_vietnamese_left(qtbot, ready_db, db_path):
    save_settings(ready_db, dataclasses.replace(get_settings(ready_db), unit_name="Commune"))
    create_application("en")
    found: dict[str, list[str]] = {}
    # The register's own words (names, titles) stay as typed; everything else is English.
    data = sorted(
        {r["full_name"] for r in member_rows(ready_db)}
        | {r["title"] for r in document_rows(ready_db)}
        | {r["title"] for r in conference_rows(ready_db)},
        key=len, reverse=True,
    )
    try:
        for name, make in _dialogs(ready_db, db_path).items():
            dialog = make()
            qtbot.addWidget(dialog)
            dialog.show()
            pages = getattr(dialog, "tabs", None)
            texts = [dialog.windowTitle(), *_visible_texts(dialog)]
            for index in range(pages.count() if pages is not None else 0):
                pages.setCurrentIndex(index)
                texts += _visible_texts(dialog)
            left = sorted({t for t in texts if _vietnamese(_without(t, data))})
            if left:
                found[name] = left
            dialog.hide()
            dialog.deleteLater()
    finally:
        install_language(QApplication.instance(), "vi")
    assert found == {}


def _without(text: str, data: list[str]) -> str:
    for words in data:
        text = text.replace(words, "")
    return text


def test_numbers_follow_the_language(qtbot, ready_db):
    from gui.conferences.editor import ConferenceEditor
    from gui.widgets.numbers import format_int, format_percent

    create_application("en")
    try:
        assert (format_int(16100), format_percent(93.44, 1)) == ("16,100", "93.4%")
        editor = ConferenceEditor(ready_db, conference_rows(ready_db)[0]["id"])
        qtbot.addWidget(editor)
        assert editor.sheet.summary.text() == "Present 4/4 — 100.0%"
    finally:
        install_language(QApplication.instance(), "vi")
    assert (format_int(16100), format_percent(93.44, 1)) == ("16.100", "93,4%")
    editor = ConferenceEditor(ready_db, conference_rows(ready_db)[0]["id"])
    qtbot.addWidget(editor)
    assert editor.sheet.summary.text() == "Có mặt 4/4 — 100,0%"
