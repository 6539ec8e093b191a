"""The attendance sheet by keyboard: find a name without accents, one key per mark,
totals as they type, everything saved with the conference, make-up sessions."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from gui.conferences.attendance_dialogs import MakeupDialog, ReasonPicker
from gui.conferences.attendance_model import COL_MAKEUP, COL_NAME
from gui.conferences.editor import ConferenceEditor
from gui.overview.page import OverviewPage
from models.attendance import (
    attendance_totals,
    list_makeup_sessions,
    record_makeup,
    set_attendance,
)
from models.conferences import get_conference
from models.errors import ValidationError
from models.indicators import compute_stats
from tests.test_gui_conference_support import (  # noqa: F401  (db is a fixture)
    OFFSCREEN_NOISE,
    db,
    make_conference,
    make_document,
    make_unit,
    statuses,
    when_modal,
)

pytestmark = OFFSCREEN_NOISE


@pytest.fixture(autouse=True)
def _no_blocking_questions(monkeypatch):
    monkeypatch.setattr(
        QMessageBox, "exec", lambda box: int(QMessageBox.StandardButton.Discard.value)
    )


def _open(qtbot, db, conference_id) -> ConferenceEditor:  # noqa: F811
    editor = ConferenceEditor(db, conference_id)
    qtbot.addWidget(editor)
    with qtbot.waitActive(editor):
        editor.show()
        editor.activateWindow()
    editor.tabs.setCurrentIndex(editor.attendance_tab)
    editor.sheet.search.setFocus()
    return editor


def _key(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier):
    """A key to whatever has the focus, as the keyboard would send it."""
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def _type(qtbot, text: str):
    qtbot.keyClicks(QApplication.focusWidget(), text)


def _current_name(sheet) -> str:
    return sheet.model.line(sheet.table.currentIndex().row()).full_name


def test_marking_by_keyboard_then_saving(qtbot, db):  # noqa: F811
    members = make_unit(db)
    detail = make_conference(db)
    uuid = detail.conference.uuid
    editor = _open(qtbot, db, detail.conference.id)
    sheet = editor.sheet
    assert sheet.summary.text() == "Có mặt 8/8 — 100,0%"

    # "lan" without accents finds Nguyễn Thị Lan; Enter goes to the table.
    _type(qtbot, "thi lan")
    assert sheet.model.visible_count() == 1
    assert sheet.shown.text() == "1/9 người"
    _key(qtbot, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is sheet.table
    assert _current_name(sheet) == "Nguyễn Thị Lan"

    # L: the reason picker, first reason chosen; Down picks the second, Enter accepts.
    _key(qtbot, Qt.Key.Key_L)
    picker = sheet._picker
    assert isinstance(picker, ReasonPicker) and picker.isVisible()
    assert picker.reason() == "Ốm đau"
    qtbot.keyClick(picker.list, Qt.Key.Key_Down)
    qtbot.keyClick(picker.list, Qt.Key.Key_Return)
    assert not picker.isVisible()
    assert sheet.summary.text() == "Có mặt 7/8 — 87,5%"
    assert "Vắng có lý do 1" in sheet.breakdown.text()

    # Enter in the table goes back to the search box, text selected for the next name.
    sheet.table.setFocus()
    _key(qtbot, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is sheet.search
    assert sheet.search.selectedText() == "thi lan"

    # "duc" finds Trần Văn Đức (đ without its stroke); K = absent without a reason.
    _type(qtbot, "duc")
    _key(qtbot, Qt.Key.Key_Return)
    assert _current_name(sheet) == "Trần Văn Đức"
    _key(qtbot, Qt.Key.Key_K)
    assert sheet.summary.text() == "Có mặt 6/8 — 75,0%"

    # Two of Thôn Tây absent, then "Cả chi bộ có mặt" from one of its rows.
    for name in ("tung", "hue"):
        sheet.search.setFocus()
        sheet.search.selectAll()
        _type(qtbot, name)
        _key(qtbot, Qt.Key.Key_Return)
        _key(qtbot, Qt.Key.Key_K)
    assert sheet.summary.text() == "Có mặt 4/8 — 50,0%"
    assert "Vắng không lý do 3" in sheet.breakdown.text()
    _key(qtbot, Qt.Key.Key_P, Qt.KeyboardModifier.ShiftModifier)
    assert sheet.summary.text() == "Có mặt 6/8 — 75,0%"
    # The button does the same, and leaves the excused member of Thôn Đông excused.
    sheet.search.clear()
    sheet._go_to_member(members["Trần Văn Đức"])
    qtbot.mouseClick(sheet.btn_chi_bo, Qt.MouseButton.LeftButton)
    assert sheet.summary.text() == "Có mặt 8/8 — 100,0%"
    # Space marks present; P too; K again on Đức so there is something to save.
    sheet._go_to_member(members["Trần Văn Đức"])
    sheet.table.setFocus()
    _key(qtbot, Qt.Key.Key_K)
    _key(qtbot, Qt.Key.Key_Space)
    _key(qtbot, Qt.Key.Key_K)
    sheet._go_to_member(members["Nguyễn Thị Lan"])
    _key(qtbot, Qt.Key.Key_L)
    qtbot.keyClick(sheet._picker.list, Qt.Key.Key_Return)
    assert sheet.summary.text() == "Có mặt 6/8 — 75,0%"

    # Nothing is in the register until Lưu.
    assert {s for s, _ in statuses(db, uuid).values()} == {"present", "excused"}
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not editor.problems.isVisible(), editor.problems.text()
    stored = statuses(db, uuid)
    assert stored["Nguyễn Thị Lan"] == ("absent_reason", "Ốm đau")
    assert stored["Trần Văn Đức"] == ("absent_no_reason", "")
    assert stored["Phạm Văn Khánh"] == ("excused", "")
    assert {n for n, (s, _) in stored.items() if s == "present"} == {
        "Lê Thị Hồng", "Hoàng Văn Nam", "Đỗ Thị Huệ", "Vũ Đình Tùng", "Bùi Thị Mai",
        "Đặng Quốc Bảo",
    }
    assert not editor.has_changes()
    assert sheet.summary.text() == "Có mặt 6/8 — 75,0%"


def test_enter_walks_down_without_a_search(qtbot, db):  # noqa: F811
    make_unit(db)
    detail = make_conference(db)
    editor = _open(qtbot, db, detail.conference.id)
    sheet = editor.sheet
    _key(qtbot, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is sheet.table
    first = sheet.table.currentIndex().row()
    _key(qtbot, Qt.Key.Key_K)
    _key(qtbot, Qt.Key.Key_Return)
    _key(qtbot, Qt.Key.Key_K)
    assert sheet.table.currentIndex().row() == first + 1
    assert [s for _m, s, _r in sheet.pending_marks()] == ["absent_no_reason"] * 2
    _key(qtbot, Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is sheet.search


def test_filters_by_chi_bo_and_absentees(qtbot, db):  # noqa: F811
    members = make_unit(db)
    detail = make_conference(db)
    set_attendance(db, detail.conference.uuid, [(members["Vũ Đình Tùng"], "absent_no_reason", "")])
    editor = _open(qtbot, db, detail.conference.id)
    sheet = editor.sheet
    sheet.chi_bo.setCurrentIndex(sheet.chi_bo.findText("Chi bộ Thôn Tây"))
    names = [sheet.model.line(r).full_name for r in range(sheet.model.visible_count())]
    assert sorted(names) == ["Hoàng Văn Nam", "Vũ Đình Tùng", "Đỗ Thị Huệ"]
    sheet.absent_only.setChecked(True)
    assert sheet.model.visible_count() == 1
    assert sheet.model.index(0, COL_NAME).data() == "Vũ Đình Tùng"


def test_a_reason_is_required_and_refusal_writes_nothing(qtbot, db):  # noqa: F811
    members = make_unit(db)
    detail = make_conference(db)
    editor = _open(qtbot, db, detail.conference.id)
    editor.title.setText("Hội nghị đổi tên")
    row = editor.sheet.model.row_of_member(members["Bùi Thị Mai"])
    editor.sheet.model.mark([row], "absent_reason", "")
    assert not editor.save()
    assert "Chưa ghi lý do vắng của đồng chí Bùi Thị Mai." in editor.problems.text()
    assert statuses(db, detail.conference.uuid)["Bùi Thị Mai"] == ("present", "")
    assert get_conference(db, detail.conference.uuid).title == detail.conference.title


def test_new_conference_sheet_is_marked_before_the_first_save(qtbot, db):  # noqa: F811
    members = make_unit(db)
    editor = _open(qtbot, db, None)
    editor.title.setText("Hội nghị mới có điểm danh")
    assert editor.sheet.summary.text() == "Có mặt 8/8 — 100,0%"
    _type(qtbot, "bao")
    _key(qtbot, Qt.Key.Key_Return)
    _key(qtbot, Qt.Key.Key_K)
    assert editor.save()
    uuid = editor.detail.conference.uuid
    assert statuses(db, uuid)["Đặng Quốc Bảo"] == ("absent_no_reason", "")
    assert len(statuses(db, uuid)) == len(members)


def test_makeup_session_raises_studied_and_the_overview_rate(qtbot, db, monkeypatch):  # noqa: F811
    members = make_unit(db)
    doc = make_document(db)
    today = dt.date.today()
    detail = make_conference(
        db, starts_at=f"{today.year}-01-05T08:00", document_uuids=[doc.uuid]
    )
    uuid = detail.conference.uuid
    set_attendance(db, uuid, [(members["Nguyễn Thị Lan"], "absent_reason", "Ốm đau")])

    overview = OverviewPage(db)
    qtbot.addWidget(overview)
    qtbot.waitUntil(lambda: not overview.is_loading())
    assert overview.chart_study.bars[0].text == "87,50% (7/8)"
    assert overview.card_study.value.text() == "87,50%"

    editor = _open(qtbot, db, detail.conference.id)
    sheet = editor.sheet
    # Mark Đức absent too (unsaved), choose both absentees, Học bù…
    _type(qtbot, "duc")
    _key(qtbot, Qt.Key.Key_Return)
    _key(qtbot, Qt.Key.Key_K)
    sheet.search.clear()
    sheet.absent_only.setChecked(True)
    assert sheet.model.visible_count() == 2
    sheet.table.selectAll()

    asked = []

    def answer(box):
        asked.append(box.text())
        return int(QMessageBox.StandardButton.Save.value)

    monkeypatch.setattr(QMessageBox, "exec", answer)

    def fill(dialog):
        assert isinstance(dialog, MakeupDialog)
        dialog.date.setText(f"12/01/{today.year}")
        dialog.place.setText("Nhà văn hóa thôn")
        [button] = [b for b in dialog.findChildren(QPushButton) if b.text() == "Ghi học bù"]
        button.click()

    when_modal(fill)
    qtbot.mouseClick(sheet.btn_makeup, Qt.MouseButton.LeftButton)
    assert asked == ["Cần lưu hội nghị và điểm danh trước khi ghi học bù. Lưu ngay?"]

    [session] = list_makeup_sessions(db, uuid)
    assert session.held_on == f"{today.year}-01-12" and session.place == "Nhà văn hóa thôn"
    totals = attendance_totals(db, uuid)
    assert (totals.present, totals.made_up, totals.studied) == (6, 2, 8)
    assert statuses(db, uuid)["Trần Văn Đức"] == ("absent_no_reason", "")
    # The sheet shows the make-up date; the make-up tab lists the session.
    shown = {
        sheet.model.line(r).full_name: sheet.model.index(r, COL_MAKEUP).data()
        for r in range(sheet.model.visible_count())
    }
    assert shown == {
        "Nguyễn Thị Lan": f"12/01/{today.year}",
        "Trần Văn Đức": f"12/01/{today.year}",
    }
    assert "Đã học bù 2" in sheet.breakdown.text()
    assert editor.makeup.rowCount() == 1
    assert editor.makeup.item(0, 3).text() == "2"
    # By given name, as the lists are kept: Đức before Lan.
    assert editor.makeup.item(0, 4).text() == "Trần Văn Đức, Nguyễn Thị Lan"

    stats = compute_stats(db, dt.date(today.year, 1, 1), dt.date(today.year, 12, 31))
    assert (stats["study"][0]["studied"], stats["study"][0]["eligible"]) == (8, 8)
    with qtbot.waitSignal(overview.refreshed, timeout=10000):
        overview.refresh()
    assert overview.chart_study.bars[0].text == "100,00% (8/8)"
    assert overview.card_study.value.text() == "100,00%"


def test_makeup_needs_absentees(qtbot, db, monkeypatch):  # noqa: F811
    make_unit(db)
    detail = make_conference(db)
    editor = _open(qtbot, db, detail.conference.id)
    told = []
    monkeypatch.setattr(
        QMessageBox, "information", staticmethod(lambda parent, title, text: told.append(text))
    )
    editor.sheet._select_row(0)
    qtbot.mouseClick(editor.sheet.btn_makeup, Qt.MouseButton.LeftButton)
    assert told and "Hãy chọn những đồng chí vắng mặt" in told[0]
    assert list_makeup_sessions(db, detail.conference.uuid) == []


def test_makeup_date_before_conference_is_refused(qtbot, db):  # noqa: F811
    members = make_unit(db)
    detail = make_conference(db, starts_at="2025-03-05T08:00")
    uuid = detail.conference.uuid
    set_attendance(db, uuid, [(members["Đỗ Thị Huệ"], "absent_no_reason", "")])
    def record(held_on, place, note):
        try:
            record_makeup(db, uuid, held_on, [members["Đỗ Thị Huệ"]], place, note)
        except ValidationError as exc:
            return exc.problems
        return []

    dialog = MakeupDialog(["Đỗ Thị Huệ"], None, record)
    qtbot.addWidget(dialog)
    dialog.date.setText("01/03/2025")
    dialog._accept()
    assert dialog.problems.text() == "Ngày học bù không được trước ngày hội nghị."
    assert list_makeup_sessions(db, uuid) == []
