"""The first start: the clerk names the unit and its upper level, then gets an empty register."""
from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from gui.window.first_start import FirstStartDialog
from models.listing import document_rows, member_rows
from models.settings import get_settings
from tests.gui_fixtures import *  # noqa: F403
from tests.gui_fixtures import OFFSCREEN_NOISE, type_text

pytestmark = OFFSCREEN_NOISE


def _dialog(qtbot, db, db_path):
    dialog = FirstStartDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _choose(qtbot, radio):
    # A radio button takes clicks on its circle and its words, not on the space beside them.
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(8, radio.height() // 2))
    assert radio.isChecked()


def _retype(qtbot, field, text):
    type_text(field, text, clear=True)


def test_first_start_saves_the_unit_and_starts_an_empty_register(qtbot, db, db_path):
    assert get_settings(db).initialised is False
    dialog = _dialog(qtbot, db, db_path)
    type_text(dialog.unit_name, "Đảng ủy xã Cẩm Giàng")
    _retype(qtbot, dialog.unit_abbr, "ĐU")
    _retype(qtbot, dialog.place, "Cẩm Giàng")
    _retype(qtbot, dialog.term, "2025-2030")
    _retype(qtbot, dialog.upper_name, "Đảng bộ tỉnh Hải Dương")
    _retype(qtbot, dialog.upper_abbr, "TU")
    _retype(qtbot, dialog.upper_office, "Ban Tuyên giáo và Dân vận Tỉnh ủy")
    # Who signs: asked here, so that the first plan or report is not refused for it.
    type_text(dialog.leader_name, "Lường Văn Thắng")
    _retype(qtbot, dialog.leader_position, "Bí thư Đảng ủy")
    _choose(qtbot, dialog.role_unit)
    _choose(qtbot, dialog.empty_register)
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)

    assert dialog.result() == FirstStartDialog.DialogCode.Accepted
    saved = get_settings(db)
    assert saved.initialised is True
    assert saved.unit_name == "Đảng ủy xã Cẩm Giàng"
    assert saved.place == "Cẩm Giàng"
    assert saved.upper_name == "Đảng bộ tỉnh Hải Dương"
    assert saved.upper_office == "Ban Tuyên giáo và Dân vận Tỉnh ủy"
    assert saved.role == "unit"
    assert (saved.leader_name, saved.leader_position) == ("Lường Văn Thắng", "Bí thư Đảng ủy")
    assert document_rows(db) == [] and member_rows(db) == []
    # A new conference has its chair (who signs the minutes) filled in from it.
    from gui.conferences.editor import ConferenceEditor

    editor = ConferenceEditor(db, None)
    qtbot.addWidget(editor)
    assert (editor.chair.text(), editor.chair_position.text()) == (
        "Lường Văn Thắng", "Bí thư Đảng ủy"
    )


def test_first_start_without_a_unit_name_says_so_and_saves_nothing(qtbot, db, db_path):
    dialog = _dialog(qtbot, db, db_path)
    _retype(qtbot, dialog.unit_abbr, "")
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)

    assert dialog.isVisible()
    assert dialog.errors.isVisible()
    problems = " ".join(dialog.errors.problems())
    assert "Chưa nhập tên đơn vị" in problems and "chữ viết tắt" in problems
    assert get_settings(db).initialised is False


def test_upper_level_role_is_saved(qtbot, db, db_path):
    dialog = _dialog(qtbot, db, db_path)
    type_text(dialog.unit_name, "Đảng ủy Khối cơ quan tỉnh")
    _choose(qtbot, dialog.role_upper)
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert get_settings(db).role == "upper"


def test_demo_register_is_filled_on_a_thread_and_keeps_the_names_typed(
    qtbot, db, db_path, monkeypatch
):
    import gui.window.first_start as first_start

    monkeypatch.setattr(first_start, "DEMO_MEMBERS", 80)
    monkeypatch.setattr(first_start, "DEMO_YEARS", 1)
    monkeypatch.setattr(first_start, "DEMO_CHI_BO", 4)
    dialog = _dialog(qtbot, db, db_path)
    assert dialog.demo_register.isEnabled()
    type_text(dialog.unit_name, "Đảng ủy xã Thử Nghiệm")
    _choose(qtbot, dialog.demo_register)
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)

    assert dialog.result() == FirstStartDialog.DialogCode.Accepted
    assert len(member_rows(db)) == 80
    assert document_rows(db)
    saved = get_settings(db)
    assert saved.initialised and saved.unit_name == "Đảng ủy xã Thử Nghiệm"


def test_unit_and_upper_fields_start_at_the_same_place(qtbot, db, db_path):
    dialog = _dialog(qtbot, db, db_path)
    lefts = {
        field.mapTo(dialog, QPoint(0, 0)).x()
        for field in (dialog.unit_name, dialog.term, dialog.upper_name, dialog.upper_office)
    }
    assert len(lefts) == 1
