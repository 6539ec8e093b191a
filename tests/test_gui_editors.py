"""The editors of the other record kinds: organisation, plans, propaganda, reflections."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from gui.documents.reflections import ReflectionSheet
from gui.organisation.editors import ChiBoEditor, GroupEditor, MemberEditor
from gui.plans.editor import PlanEditor
from gui.plans.outreach import ActivityEditor
from models.listing import chi_bo_rows, group_rows, member_rows, outreach_rows, plan_rows
from models.plans import get_plan_detail, list_progress
from models.reflections import list_reflections
from tests.gui_fixtures import *  # noqa: F403
from tests.gui_fixtures import OFFSCREEN_NOISE, type_text

pytestmark = OFFSCREEN_NOISE
Button = QMessageBox.StandardButton


def _organisation(window, tab: str):
    window.show_page("organisation")
    organisation = window.current_page()
    page = getattr(organisation, tab)
    organisation.tabs.setCurrentWidget(page)
    return page


def _edit_first_plan(window, db) -> PlanEditor:
    window.show_page("plans")
    page = window.current_page()
    page.select_uuid(plan_rows(db)[0]["uuid"])
    page.edit_selected()
    return page.current_editor()


def _click(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_negative_headcount_is_refused_and_nothing_saved(qtbot, window, ready_db):
    page = _organisation(window, "groups")
    page.new_item()
    editor = page.current_editor()
    assert isinstance(editor, GroupEditor)
    type_text(editor.name, "Cán bộ, công chức không là đảng viên")
    type_text(editor.headcount, "-12")
    _click(qtbot, editor.save_button)
    assert editor.isVisible()
    assert editor.errors.problems() == ["Số người của nhóm không được âm."]
    assert group_rows(ready_db) == []

    type_text(editor.headcount, "mười hai", clear=True)
    _click(qtbot, editor.save_button)
    assert "“Số người” phải là một số nguyên (ví dụ 1.200)." in editor.errors.problems()

    type_text(editor.headcount, "1.200", clear=True)
    _click(qtbot, editor.save_button)
    assert not editor.isVisible()
    assert [r["headcount"] for r in group_rows(ready_db)] == [1200]
    assert page.proxy.index(0, 1).data() == "1.200"


def test_new_member_goes_into_the_filtered_chi_bo(qtbot, window, ready_db):
    page = _organisation(window, "members")
    combo = next(c for s, c in page._filter_combos if s.key == "chi_bo")
    combo.setCurrentIndex(combo.findData("Chi bộ Trường Tiểu học"))
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = page.current_editor()
    assert isinstance(editor, MemberEditor)
    assert editor.chi_bo.currentText() == "Chi bộ Trường Tiểu học"
    type_text(editor.full_name, "Đỗ  Thị   Hạnh")
    type_text(editor.birth_year, "1975")
    editor.official.setCurrentIndex(editor.official.findData(False))
    _click(qtbot, editor.save_button)
    assert not editor.isVisible()
    row = next(r for r in member_rows(ready_db) if r["full_name"] == "Đỗ Thị Hạnh")
    assert row["chi_bo"] == "Chi bộ Trường Tiểu học" and row["official_name"] == "Dự bị"
    assert page.selected_row()["full_name"] == "Đỗ Thị Hạnh"


def test_member_needs_a_chi_bo(qtbot, window, ready_db):
    page = _organisation(window, "members")
    page.new_item()
    editor = page.current_editor()
    editor.chi_bo.setCurrentIndex(0)
    type_text(editor.full_name, "Vũ Văn Giang")
    _click(qtbot, editor.save_button)
    assert editor.errors.problems() == ["Chưa chọn chi bộ."]
    assert "Vũ Văn Giang" not in {r["full_name"] for r in member_rows(ready_db)}


def test_new_chi_bo_goes_to_the_end_of_the_list(qtbot, window, ready_db):
    page = _organisation(window, "chi_bo")
    page.new_item()
    editor = page.current_editor()
    assert isinstance(editor, ChiBoEditor)
    assert editor.position.text() == "2"  # the sample's chi bộ are at 1 and 0
    type_text(editor.name, "Chi bộ thôn Tây")
    _click(qtbot, editor.save_button)
    assert not editor.isVisible()
    names = [r["name"] for r in chi_bo_rows(ready_db)]
    assert names[-1] == "Chi bộ thôn Tây"


def test_chi_bo_with_members_cannot_be_deleted(qtbot, window, ready_db, answers):
    page = _organisation(window, "chi_bo")
    target = next(r for r in chi_bo_rows(ready_db) if r["name"] == "Chi bộ thôn Đông")
    page.select_uuid(target["uuid"])
    answers(Button.Yes, Button.Ok)
    page.delete_selected()
    assert "còn 3 đảng viên" in answers.asked[1]
    assert "Chi bộ thôn Đông" in {r["name"] for r in chi_bo_rows(ready_db)}


def test_plan_with_tasks_and_a_progress_note(qtbot, window, ready_db):
    window.show_page("plans")
    page = window.current_page()
    page.new_item()
    editor = page.current_editor()
    assert isinstance(editor, PlanEditor)
    assert editor.term.text() == "2025-2030"  # the current term from the settings
    type_text(editor.title_field, "Chương trình hành động thực hiện Chỉ thị 05")
    editor.kind.setCurrentIndex(editor.kind.findData("CTr"))
    type_text(editor.number, "2")
    _click(qtbot, editor.add_task_button)
    tasks = editor.tasks
    tasks.setData(tasks.index(0, 0), "Tổ chức học tập chuyên đề", Qt.ItemDataRole.EditRole)
    tasks.setData(tasks.index(0, 3), "1/2/2020", Qt.ItemDataRole.EditRole)
    _click(qtbot, editor.add_task_button)
    tasks.setData(tasks.index(1, 0), "Sơ kết", Qt.ItemDataRole.EditRole)
    assert tasks.index(0, 3).data() == "01/02/2020"
    assert tasks.index(0, 3).data(Qt.ItemDataRole.ForegroundRole) is not None  # overdue: red

    _click(qtbot, editor.save_button)
    assert editor.isVisible()  # the plan editor stays open for progress notes
    assert editor.status.text() == "Đã lưu."
    row = next(r for r in plan_rows(ready_db) if r["title"].endswith("Chỉ thị 05"))
    assert (row["number_text"], row["tasks"], row["overdue"]) == ("02-CTr", 2, 1)
    assert "02-CTr" in [page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())]

    editor.task_view.selectRow(0)
    assert editor.progress_button.isEnabled()
    type_text(editor.progress_note, "Đã học tập ở 12/12 chi bộ")
    editor.progress_status.setCurrentIndex(editor.progress_status.findData("done"))
    _click(qtbot, editor.progress_button)
    assert editor.progress_list.count() == 1
    assert tasks.index(0, 5).data() == "Hoàn thành"
    assert not editor.is_dirty()  # the note is saved at once; nothing waits for Lưu
    detail = get_plan_detail(ready_db, row["uuid"])
    assert detail.tasks[0].status == "done"
    assert detail.tasks[0].done_on == dt.date.today().isoformat()
    assert [p.note for p in list_progress(ready_db, detail.tasks[0].uuid)] == [
        "Đã học tập ở 12/12 chi bộ"
    ]
    _click(qtbot, editor.close_button)
    assert not editor.isVisible()


def test_plan_task_without_content_is_refused(qtbot, window, ready_db):
    editor = _edit_first_plan(window, ready_db)
    _click(qtbot, editor.add_task_button)
    _click(qtbot, editor.save_button)
    assert "Nhiệm vụ thứ 3 chưa có nội dung." in editor.errors.problems()
    assert len(get_plan_detail(ready_db, plan_rows(ready_db)[0]["uuid"]).tasks) == 2


def test_activity_with_a_negative_reach_is_refused(qtbot, window, ready_db):
    window.show_page("outreach")
    page = window.current_page()
    page.new_item()
    editor = page.current_editor()
    assert isinstance(editor, ActivityEditor)
    type_text(editor.held_on, "2/9/2025")
    editor.channel.setCurrentIndex(editor.channel.findData("Cổng thông tin điện tử"))
    assert editor.measure.text() == "tin, bài"  # the channel's usual measure
    type_text(editor.quantity, "3", clear=True)
    type_text(editor.reach, "-5")
    _click(qtbot, editor.save_button)
    assert editor.errors.problems() == ["Số người được tuyên truyền không được âm."]
    assert len(outreach_rows(ready_db)) == 1
    type_text(editor.reach, "5.000", clear=True)
    _click(qtbot, editor.save_button)
    row = outreach_rows(ready_db)[0]
    assert (row["held_on"], row["quantity"], row["reach"]) == ("2025-09-02", 3, 5000)


def test_reflection_sheet_ticks_and_grades(qtbot, window, ready_db, answers):
    window.show_page("reflections")
    page = window.current_page()
    target = next(r for r in page.model.rows() if r["symbol"] == "57-NQ/TW")
    page.select_uuid(target["uuid"])
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    sheet = page.current_editor()
    assert isinstance(sheet, ReflectionSheet)
    assert sheet.proxy.rowCount() == 5

    qtbot.keyClicks(sheet.search, "binh")
    assert sheet.proxy.rowCount() == 1
    sheet.view.selectRow(0)
    sheet.view.setFocus()
    qtbot.keyClick(sheet.view, Qt.Key.Key_Space)
    grade = sheet.proxy.index(0, 5)
    sheet.proxy.setData(grade, "Khá", Qt.ItemDataRole.EditRole)
    # Four studied 57-NQ/TW; Nguyễn Văn An is excused and was not expected to write one.
    assert sheet.totals.text() == "Đã nộp 1/4 đảng viên đã học tập, đã xếp loại 1"

    sheet.search.clear()
    sheet.only_missing.setChecked(True)
    assert sheet.proxy.rowCount() == 4
    _click(qtbot, sheet.tick_shown_button)
    assert sheet.proxy.rowCount() == 0
    sheet.only_missing.setChecked(False)
    assert sheet.totals.text() == "Đã nộp 4/4 đảng viên đã học tập, đã xếp loại 1"

    answers(Button.Save)
    qtbot.keyClick(sheet, Qt.Key.Key_Escape)
    assert not sheet.isVisible()
    saved = list_reflections(ready_db, target["uuid"])
    assert len(saved) == 5 and all(r.submitted for r in saved)
    assert sorted(r.grade for r in saved) == ["", "", "", "", "Khá"]
    row = next(r for r in page.model.rows() if r["symbol"] == "57-NQ/TW")
    # The list counts as the sheet does: of the four who studied it.
    assert (row["submitted"], row["expected"]) == (4, 4)


def test_reflection_date_that_is_not_a_date_is_refused(qtbot, window, ready_db):
    window.show_page("reflections")
    page = window.current_page()
    target = next(r for r in page.model.rows() if r["symbol"] == "57-NQ/TW")
    page.select_uuid(target["uuid"])
    page.edit_selected()
    sheet = page.current_editor()
    sheet.model.set_submitted(1, True)
    sheet.model.setData(sheet.model.index(1, 4), "32/13/2025", Qt.ItemDataRole.EditRole)
    _click(qtbot, sheet.save_button)
    assert sheet.isVisible()
    assert any("32/13/2025" in p for p in sheet.errors.problems())
    assert list_reflections(ready_db, target["uuid"]) == []


def test_activity_saved_blank_says_what_to_choose_and_a_dotted_fraction_is_refused(
    qtbot, window, ready_db
):
    """Lưu on a new activity names the missing choice in plain words; "1.5" typed as a
    quantity is not read as 15 (a dot only groups thousands)."""
    window.show_page("outreach")
    page = window.current_page()
    page.new_item()
    editor = page.current_editor()
    _click(qtbot, editor.save_button)
    assert editor.errors.problems() == [
        "Chưa nhập ngày thực hiện.", "Chưa chọn hình thức tuyên truyền."
    ]

    type_text(editor.held_on, "2/9/2025")
    editor.channel.setCurrentIndex(editor.channel.findData("Cổng thông tin điện tử"))
    type_text(editor.quantity, "1.5", clear=True)
    _click(qtbot, editor.save_button)
    assert editor.errors.problems() == ["“Số lượng” phải là một số nguyên (ví dụ 1.200)."]
    assert len(outreach_rows(ready_db)) == 1

    type_text(editor.quantity, "15", clear=True)
    type_text(editor.reach, "1.200", clear=True)
    _click(qtbot, editor.save_button)
    assert not editor.isVisible()
    row = next(r for r in outreach_rows(ready_db) if r["held_on"] == "2025-09-02")
    assert (row["quantity"], row["reach"]) == (15, 1200)


def test_a_two_digit_year_is_refused_not_read_as_year_23(qtbot, window, ready_db):
    """"30/6/26" typed as a deadline was kept as 30/06/0026: a task overdue for ever."""
    editor = _edit_first_plan(window, ready_db)
    tasks = editor.tasks
    tasks.setData(tasks.index(1, 3), "30/6/26", Qt.ItemDataRole.EditRole)
    _click(qtbot, editor.save_button)
    assert editor.errors.problems() == [
        "Thời hạn nhiệm vụ thứ 2: Ngày “30/6/26”: năm phải ghi đủ 4 chữ số, ví dụ 05/03/2023."
    ]
    detail = get_plan_detail(ready_db, plan_rows(ready_db)[0]["uuid"])
    assert detail.tasks[1].deadline == "2099-12-31"

    tasks.setData(tasks.index(1, 3), "30/6/2026", Qt.ItemDataRole.EditRole)
    _click(qtbot, editor.save_button)
    detail = get_plan_detail(ready_db, plan_rows(ready_db)[0]["uuid"])
    assert detail.tasks[1].deadline == "2026-06-30"
