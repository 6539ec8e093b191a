"""The list of conferences around its (modal) editor: what is chosen after a save."""
from __future__ import annotations

from PySide6.QtCore import Qt

from gui.conferences.editor import ConferenceEditor
from models.listing import conference_rows
from tests.gui_fixtures import *  # noqa: F403
from tests.gui_fixtures import OFFSCREEN_NOISE

pytestmark = OFFSCREEN_NOISE


def test_new_conference_is_the_one_chosen_after_saving(qtbot, window, ready_db, monkeypatch):
    """After Lưu and Đóng the new conference is selected, even where the year filter hid
    it, so that "In biên bản" prints it rather than the conference chosen before."""
    window.show_page("conferences")
    page = window.current_page()
    old = conference_rows(ready_db)[0]
    year = next(c for s, c in page._filter_combos if s.key == "year")
    year.setCurrentIndex(year.findData(2025))
    assert page.select_uuid(old["uuid"])

    def fill_and_save(editor: ConferenceEditor) -> int:
        editor.title.setText("Hội nghị quán triệt Chỉ thị 05")
        assert editor.save()
        return 0

    monkeypatch.setattr(ConferenceEditor, "exec", fill_and_save)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)

    assert len(conference_rows(ready_db)) == 2
    chosen = page.selected_row()
    assert chosen is not None and chosen["title"] == "Hội nghị quán triệt Chỉ thị 05"
    assert page._selected_for_print()["title"] == "Hội nghị quán triệt Chỉ thị 05"
