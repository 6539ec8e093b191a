"""The forms say the record rules in red, as a package import would: a name with an
invisible character that reverses text, a task due before its plan was issued."""
from __future__ import annotations

from PySide6.QtCore import Qt

from models.listing import member_rows, plan_rows
from models.plans import get_plan_detail
from tests.gui_fixtures import *  # noqa: F403
from tests.gui_fixtures import OFFSCREEN_NOISE, type_text
from tests.test_gui_editors import _click, _edit_first_plan, _organisation

pytestmark = OFFSCREEN_NOISE


def test_a_name_that_reads_backwards_is_refused(qtbot, window, ready_db):  # noqa: F405
    page = _organisation(window, "members")
    page.new_item()
    editor = page.current_editor()
    editor.chi_bo.setCurrentIndex(editor.chi_bo.findText("Chi bộ thôn Đông"))
    type_text(editor.full_name, "Vũ Văn \u202eGiang")
    _click(qtbot, editor.save_button)
    assert editor.errors.problems() == [
        "Họ và tên: có ký tự ẩn đảo chiều chữ (U+202E), không được phép."]
    assert not any("Giang" in r["full_name"] for r in member_rows(ready_db))


def test_a_task_due_before_its_plan_was_issued_is_refused(qtbot, window, ready_db):  # noqa: F405
    editor = _edit_first_plan(window, ready_db)
    editor.issued_on.set_date("2025-03-05")
    editor.tasks.setData(editor.tasks.index(0, 3), "31/12/2024", Qt.ItemDataRole.EditRole)
    _click(qtbot, editor.save_button)
    assert "Thời hạn nhiệm vụ thứ 1: 31/12/2024 trước ngày ban hành kế hoạch (05/03/2025)." \
        in editor.errors.problems()
    saved = get_plan_detail(ready_db, plan_rows(ready_db)[0]["uuid"])
    assert saved.tasks[0].deadline != "2024-12-31"
