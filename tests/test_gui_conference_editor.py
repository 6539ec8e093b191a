"""The conference editor driven like a clerk would: fields, keys, Lưu, leaving."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import QApplication, QMessageBox

from gui.conferences.editor import ConferenceEditor, open_conference_editor
from models.attendance import attendance_sheet
from models.conferences import (
    get_conference,
    get_conference_detail,
    list_conferences,
    mark_final,
    save_conference,
)
from tests.test_gui_conference_support import (  # noqa: F401  (db is a fixture)
    OFFSCREEN_NOISE,
    db,
    make_conference,
    make_document,
    make_unit,
)

pytestmark = OFFSCREEN_NOISE


@pytest.fixture(autouse=True)
def _no_blocking_questions(monkeypatch):
    """A question left unanswered would block the test for ever: say Không lưu."""
    monkeypatch.setattr(
        QMessageBox, "exec", lambda box: int(QMessageBox.StandardButton.Discard.value)
    )


def _editor(qtbot, db, conference_id=None) -> ConferenceEditor:  # noqa: F811
    editor = ConferenceEditor(db, conference_id)
    qtbot.addWidget(editor)
    with qtbot.waitActive(editor):
        editor.show()
        editor.activateWindow()
    return editor


def _answer(monkeypatch, *answers: QMessageBox.StandardButton) -> list[str]:
    """QMessageBox questions answered in turn; returns the questions asked."""
    asked: list[str] = []
    queue = list(answers)

    def exec_(box):
        asked.append(box.text())
        answer = queue.pop(0) if queue else QMessageBox.StandardButton.Discard
        return int(answer.value)

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return asked


def test_create_conference_through_the_editor(qtbot, db):  # noqa: F811
    members = make_unit(db)
    doc = make_document(db)
    make_document(db, "18-NQ/TW", "Một số vấn đề về tiếp tục đổi mới, sắp xếp tổ chức bộ máy")
    editor = _editor(qtbot, db)

    assert editor.reg_number.value() == 1  # the next free number, offered at once
    editor.title.setText("Hội nghị học tập Nghị quyết 57-NQ/TW")
    editor.format.setCurrentIndex(editor.format.findData("ket_hop"))
    editor.chair.setText("Phạm Quang Vinh")
    editor.chair_position.setText("Bí thư Đảng ủy")

    # The document register is searched without accents.
    qtbot.keyClicks(editor.doc_search, "dot pha khoa hoc")
    shown = [
        editor.doc_register.item(r)
        for r in range(editor.doc_register.count())
        if not editor.doc_register.item(r).isHidden()
    ]
    assert len(shown) == 1 and "57-NQ/TW" in shown[0].text()
    editor.doc_search.clear()
    qtbot.keyClicks(editor.doc_search, "nq tw 57")
    shown = [
        editor.doc_register.item(r)
        for r in range(editor.doc_register.count())
        if not editor.doc_register.item(r).isHidden()
    ]
    assert len(shown) == 1 and "57-NQ/TW" in shown[0].text()
    editor.doc_register.setCurrentItem(shown[0])
    qtbot.mouseClick(editor.btn_doc_add, Qt.MouseButton.LeftButton)

    editor.presenters.add_row(["Nguyễn Văn Hùng", "", "Phó Trưởng ban", "Nội dung cơ bản"])
    editor.presenters.set_code(0, 1, "tinh", "Báo cáo viên cấp tỉnh")
    editor.bridges.add_row(["Điểm cầu Thôn Đông", "Trần Văn Đức", "1.250"])
    editor.bridges.add_row(["Điểm cầu Thôn Tây", "Hoàng Văn Nam", "30"])
    assert editor.bridge_total.text() == "Tổng cộng: 2 điểm cầu, 1.280 người dự"
    editor.speeches.add_row(["Hoàng Văn Nam", "Bí thư chi bộ", "Đề nghị tăng cường tuyên truyền"])
    editor.speeches.add_row(["Bùi Thị Mai", "Hiệu trưởng", "Nhất trí"])
    editor.speeches.table.setCurrentCell(1, 0)
    qtbot.mouseClick(editor.speeches.btn_up, Qt.MouseButton.LeftButton)

    qtbot.keyClicks(editor.votes_for, "8")
    qtbot.keyClicks(editor.votes_other, "2")
    assert [label.text() for label in editor.vote_rates] == ["80,00%", "", "20,00%"]

    qtbot.mouseClick(editor.btn_save, Qt.MouseButton.LeftButton)
    assert not editor.problems.isVisible(), editor.problems.text()
    assert editor.was_saved

    [conf] = list_conferences(db)
    detail = get_conference_detail(db, conf.uuid)
    assert conf.title == "Hội nghị học tập Nghị quyết 57-NQ/TW"
    assert conf.format == "ket_hop" and conf.reg_number == 1
    assert conf.chair_name == "Phạm Quang Vinh"
    assert (conf.votes_for, conf.votes_against, conf.votes_other) == (8, None, 2)
    assert detail.document_uuids == [doc.uuid]
    assert [(p.name, p.level) for p in detail.presenters] == [("Nguyễn Văn Hùng", "tinh")]
    assert [(b.name, b.attendees) for b in detail.bridge_points] == [
        ("Điểm cầu Thôn Đông", 1250),
        ("Điểm cầu Thôn Tây", 30),
    ]
    assert [s.speaker for s in detail.discussion] == ["Bùi Thị Mai", "Hoàng Văn Nam"]
    # The roster came with it: everyone present except the excused member.
    sheet = {line.full_name: line.status for line in attendance_sheet(db, conf.uuid)}
    assert len(sheet) == len(members)
    assert sheet["Phạm Văn Khánh"] == "excused"
    assert {s for n, s in sheet.items() if n != "Phạm Văn Khánh"} == {"present"}
    assert not editor.has_changes()


def test_end_before_start_is_refused_and_nothing_saved(qtbot, db):  # noqa: F811
    make_unit(db)
    editor = _editor(qtbot, db)
    editor.title.setText("Hội nghị quán triệt")
    editor.starts.setDateTime(QDateTime(QDate(2025, 3, 5), QTime(14, 0)))
    editor.ends.setDateTime(QDateTime(QDate(2025, 3, 5), QTime(8, 0)))
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert editor.problems.isVisible()
    assert "Thời gian kết thúc phải sau thời gian bắt đầu." in editor.problems.text()
    assert list_conferences(db) == []
    assert not editor.was_saved


def test_duplicate_number_and_bad_counts_are_refused(qtbot, db):  # noqa: F811
    make_unit(db)
    first = make_conference(db, "Hội nghị thứ nhất")
    conf = first.conference
    conf.reg_number, conf.term = 1, "2025-2030"
    save_conference(db, first)
    editor = _editor(qtbot, db)
    editor.term.setText("2025-2030")
    editor.reg_number.setValue(1)
    editor.title.setText("Hội nghị thứ hai")
    editor.bridges.add_row(["Điểm cầu Thôn Đông", "", "-5"])
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    text = editor.problems.text()
    assert "Số biên bản 01 đã dùng trong nhiệm kỳ 2025-2030" in text
    assert "Số người dự tại điểm cầu “Điểm cầu Thôn Đông” không được âm." in text
    assert [c.title for c in list_conferences(db)] == ["Hội nghị thứ nhất"]

    editor.bridges.table.item(0, 2).setText("năm mươi")
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert "phải là một số" in editor.problems.text()

    editor.bridges.table.item(0, 2).setText("50")
    qtbot.mouseClick(editor.btn_next_number, Qt.MouseButton.LeftButton)
    assert editor.reg_number.value() == 2
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not editor.problems.isVisible()
    assert sorted(c.reg_number for c in list_conferences(db)) == [1, 2]


def test_closing_with_unsaved_changes_asks(qtbot, db, monkeypatch):  # noqa: F811
    make_unit(db)
    detail = make_conference(db, "Hội nghị cũ")
    editor = _editor(qtbot, db, detail.conference.id)

    asked = _answer(monkeypatch)  # no question expected: nothing changed yet
    qtbot.mouseClick(editor.btn_close, Qt.MouseButton.LeftButton)
    assert asked == [] and not editor.isVisible()

    editor = _editor(qtbot, db, detail.conference.id)
    editor.title.setText("Hội nghị đã sửa tên")
    asked = _answer(
        monkeypatch,
        QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Discard,
    )
    qtbot.mouseClick(editor.btn_close, Qt.MouseButton.LeftButton)
    assert editor.isVisible()  # Hủy: stay
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert not editor.isVisible()  # Không lưu: gone, nothing written
    assert asked == ["Hội nghị có thay đổi chưa lưu. Bạn có muốn lưu trước khi đóng?"] * 2
    assert get_conference(db, detail.conference.uuid).title == "Hội nghị cũ"

    editor = _editor(qtbot, db, detail.conference.id)
    editor.title.setText("Hội nghị đã sửa tên")
    _answer(monkeypatch, QMessageBox.StandardButton.Save)
    editor.close()
    assert not editor.isVisible()
    assert get_conference(db, detail.conference.uuid).title == "Hội nghị đã sửa tên"


def test_attendance_change_alone_counts_as_unsaved(qtbot, db, monkeypatch):  # noqa: F811
    make_unit(db)
    detail = make_conference(db)
    editor = _editor(qtbot, db, detail.conference.id)
    editor.sheet.model.mark([0], "absent_no_reason")
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    editor.reject()
    assert len(asked) == 1 and editor.isVisible()


def test_final_minutes_ask_before_editing(qtbot, db, monkeypatch):  # noqa: F811
    make_unit(db)
    detail = make_conference(db)
    mark_final(db, detail.conference.uuid)

    asked = _answer(monkeypatch, QMessageBox.StandardButton.No)
    assert open_conference_editor(None, db, detail.conference.id) is False
    assert asked == ["Biên bản đã in để ký. Bạn vẫn muốn sửa?"]

    def edit_and_save(editor):
        editor.title.setText("Hội nghị (sửa sau khi in)")
        assert editor.save()
        return 0

    monkeypatch.setattr(ConferenceEditor, "exec", edit_and_save)
    _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    assert open_conference_editor(None, db, detail.conference.id) is True
    conf = get_conference(db, detail.conference.uuid)
    assert conf.title == "Hội nghị (sửa sau khi in)"
    assert conf.status == "draft"  # to be printed and signed again


def test_new_conference_defaults(qtbot, db):  # noqa: F811
    editor = _editor(qtbot, db)
    today = dt.date.today()
    assert editor.starts.dateTime().date() == QDate(today.year, today.month, today.day)
    assert editor.ends.dateTime() > editor.starts.dateTime()
    assert editor.windowTitle() == "Hội nghị mới"


def test_ctrl_s_takes_in_the_cell_being_typed(qtbot, db):  # noqa: F811
    editor = _editor(qtbot, db)
    editor.title.setText("Hội nghị trực tuyến")
    editor.tabs.setCurrentIndex(2)
    qtbot.mouseClick(editor.bridges.btn_add, Qt.MouseButton.LeftButton)
    cell_editor = QApplication.focusWidget()
    assert editor.bridges.table.viewport().isAncestorOf(cell_editor)
    qtbot.keyClicks(cell_editor, "Diem cau xa")
    qtbot.keyClick(cell_editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert editor.was_saved, editor.problems.text()
    [conf] = list_conferences(db)
    assert [b.name for b in get_conference_detail(db, conf.uuid).bridge_points] == [
        "Diem cau xa"
    ]


def test_guest_without_a_name_is_refused(qtbot, db):  # noqa: F811
    """The minutes name each guest: "đồng chí , Chủ tịch UBND xã" must not reach paper."""
    make_unit(db)
    detail = make_conference(db)
    editor = _editor(qtbot, db, detail.conference.id)
    editor.tabs.setCurrentWidget(editor.guests_page)
    editor.guests.add_row(["", "Chủ tịch UBND xã"])
    assert not editor.save()
    assert "Có khách mời chưa nhập họ tên." in editor.problems.text()
    assert get_conference_detail(db, detail.conference.uuid).guests == []

    editor.guests.table.item(0, 0).setText("Lê Văn Hòa")
    assert editor.save()
    guests = get_conference_detail(db, detail.conference.uuid).guests
    assert [(g.name, g.position_title) for g in guests] == [("Lê Văn Hòa", "Chủ tịch UBND xã")]


def test_votes_with_a_decimal_point_are_refused(qtbot, db):  # noqa: F811
    """"1.5" phiếu is a slip of the finger, not fifteen votes: it is refused."""
    make_unit(db)
    detail = make_conference(db)
    editor = _editor(qtbot, db, detail.conference.id)
    editor.tabs.setCurrentWidget(editor.conclusion_page)
    editor.votes_for.setText("1.5")
    assert not editor.save()
    assert "Số phiếu tán thành “1.5” phải là một số." in editor.problems.text()
    assert get_conference(db, detail.conference.uuid).votes_for is None
    # Read as 1.015 (a dot groups thousands), more than the 8 members there: a slip too.
    editor.votes_for.setText("1.015")
    assert not editor.save()
    assert "Tổng số phiếu biểu quyết (1.015) nhiều hơn số người dự hội nghị (8)." in (
        editor.problems.text()
    )
    assert get_conference(db, detail.conference.uuid).votes_for is None
    editor.votes_for.setText("7")
    assert editor.save()
    assert get_conference(db, detail.conference.uuid).votes_for == 7


def test_votes_may_come_from_everyone_at_the_bridge_points(qtbot, db):  # noqa: F811
    make_unit(db)
    detail = make_conference(db)
    editor = _editor(qtbot, db, detail.conference.id)
    editor.format.setCurrentIndex(editor.format.findData("ket_hop"))
    editor.bridges.add_row(["Điểm cầu Thôn Đông", "Trần Văn Đức", "1.250"])
    editor.votes_for.setText("1.200")
    editor.votes_against.setText("58")
    assert editor.save(), editor.problems.text()  # 8 members + 1.250 at the bridge point
    assert get_conference(db, detail.conference.uuid).votes_for == 1200
    editor.votes_against.setText("59")
    assert not editor.save()
    assert "Tổng số phiếu biểu quyết (1.259) nhiều hơn số người dự hội nghị (1.258)." in (
        editor.problems.text()
    )


def test_a_deleted_document_is_named_with_what_to_do(qtbot, db):  # noqa: F811
    """A studied document deleted from the register stops Lưu: the message names it and
    says how to go on, instead of only "không còn trong sổ"."""
    from models.store import tombstone_row

    make_unit(db)
    document = make_document(db)
    detail = make_conference(db, document_uuids=[document.uuid])
    # Here a studied document cannot be deleted; its deletion can still arrive in a
    # package from the office that keeps it.
    tombstone_row(db, "documents", document.uuid)
    editor = _editor(qtbot, db, detail.conference.id)
    editor.title.setText("Hội nghị học tập Nghị quyết 57 (sửa)")
    assert not editor.save()
    assert "Văn bản 57-NQ/TW đã bị xóa khỏi sổ văn bản: hãy bỏ chọn văn bản này" in (
        editor.problems.text()
    )
    editor.tabs.setCurrentWidget(editor.documents_page)
    editor.doc_chosen.setCurrentRow(0)
    editor._remove_document()
    assert editor.save()
    assert get_conference_detail(db, detail.conference.uuid).document_uuids == []


def test_a_new_conferences_roster_follows_its_date_and_keeps_the_marks(qtbot, db):  # noqa: F811
    """Typed in late, a conference lists who had joined the Party by its day; marks
    already made stay on those who remain, and the saved sheet is the one shown."""
    from models.organisation import Member, get_member, save_member

    members = make_unit(db)
    first = get_member(db, next(iter(members.values())))
    newcomer = save_member(db, Member(chi_bo_uuid=first.chi_bo_uuid, full_name="Vi Văn Mới",
                                      joined_on="2025-05-01"))
    editor = _editor(qtbot, db)

    def names() -> set[str]:
        return {line.full_name for line in editor.sheet.model._lines}

    assert "Vi Văn Mới" in names()  # a conference today
    editor.sheet.model.mark([0], "absent_no_reason")
    marked = editor.sheet.model.line(0).member_uuid
    editor.starts.setDateTime(QDateTime(QDate(2025, 4, 20), QTime(8, 0)))
    editor.ends.setDateTime(QDateTime(QDate(2025, 4, 20), QTime(11, 0)))
    assert "Vi Văn Mới" not in names()
    assert (marked, "absent_no_reason", "") in editor.sheet.pending_marks()
    assert editor.sheet.totals().members == len(members)
    editor.title.setText("Hội nghị học tập Nghị quyết 57 (nhập bù)")
    assert editor.save(), editor.problems.text()
    saved = get_conference_detail(db, list_conferences(db)[0].uuid)
    sheet = attendance_sheet(db, saved.conference.uuid)
    assert newcomer.uuid not in {line.member_uuid for line in sheet}
    assert {line.member_uuid: line.status for line in sheet}[marked] == "absent_no_reason"
    assert "Vi Văn Mới" not in names()


def test_another_offices_votes_do_not_block_this_units_attendance(qtbot, db):  # noqa: F811
    """An upper-level conference counts its votes against its own attendance: a unit
    following it marks its members without being told its 9 are fewer than 500 votes."""
    make_unit(db)
    detail = make_conference(db)
    db.execute("UPDATE conferences SET owner_unit = 'cap-tren', votes_for = 500 WHERE uuid = ?",
               [detail.conference.uuid])
    editor = _editor(qtbot, db, detail.conference.id)
    assert editor.save(), editor.problems.text()
    assert get_conference(db, detail.conference.uuid).votes_for == 500
