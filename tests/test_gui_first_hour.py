"""A clerk's first hour: the traps a newcomer fell into, each driven through the widget."""
from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog

from gui.conferences.attendance_dialogs import MakeupDialog
from gui.conferences.editor import ConferenceEditor
from gui.organisation.editors import MemberEditor
from gui.window.main_window import MainWindow
from models.listing import conference_rows, document_rows, member_rows
from models.settings import get_settings, save_settings
from tests.gui_fixtures import *  # noqa: F403
from tests.gui_fixtures import OFFSCREEN_NOISE, type_text

pytestmark = OFFSCREEN_NOISE
LEFT = Qt.MouseButton.LeftButton


def _show(qtbot, widget):
    qtbot.addWidget(widget)
    with qtbot.waitActive(widget):
        widget.show()
        widget.activateWindow()
    return widget


def test_a_double_click_opens_one_editor(qtbot, window, ready_db, monkeypatch):
    window.show_page("documents")
    page = window.current_page()
    made = []
    build = page.make_editor

    def counted(row):
        editor = build(row)
        made.append(editor)
        return editor

    monkeypatch.setattr(page, "make_editor", counted)
    index = page.proxy.index(0, 1)
    where = page.table.visualRect(index).center()
    qtbot.mouseClick(page.table.viewport(), LEFT, pos=where)
    qtbot.mouseDClick(page.table.viewport(), LEFT, pos=where)
    assert len(made) == 1
    assert made[0].isVisible()
    made[0].close()


def test_no_progress_box_is_left_behind_a_refused_print(qtbot, window, ready_db, monkeypatch):
    """The sample conference has no chair: the minutes are refused with one message.
    When that message shows, the "Chuẩn bị bản in" box must be gone, not waiting to
    pop up over it a few seconds later."""
    window.show_page("conferences")
    page = window.current_page()
    page.select_uuid(conference_rows(ready_db)[0]["uuid"])
    seen = []

    def answer(box):
        boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog)]
        seen.append((box.windowTitle(), boxes))
        return int(QMessageBox.StandardButton.Ok.value)

    monkeypatch.setattr(QMessageBox, "exec", answer)
    qtbot.mouseClick(page.preview_button, LEFT)
    assert [title for title, _ in seen] == ["Chưa in được"]
    assert seen[0][1] == []


def _close_unsaved(qtbot, editor, answers):
    answers(QMessageBox.StandardButton.Discard)
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert not editor.isVisible()


def test_a_new_conference_starts_typing_in_its_name(qtbot, ready_db, answers):
    editor = _show(qtbot, ConferenceEditor(ready_db, None))
    assert QApplication.focusWidget() is editor.title
    qtbot.keyClicks(QApplication.focusWidget(), "Hoi nghi thang 5")
    assert editor.title.text() == "Hoi nghi thang 5"
    _close_unsaved(qtbot, editor, answers)


def test_enter_in_the_document_search_adds_the_document(qtbot, ready_db, answers):
    editor = _show(qtbot, ConferenceEditor(ready_db, None))
    editor.tabs.setCurrentWidget(editor.documents_page)
    type_text(editor.doc_search, "05-CT")
    qtbot.keyClick(editor.doc_search, Qt.Key.Key_Return)
    chosen = [editor.doc_chosen.item(i).text() for i in range(editor.doc_chosen.count())]
    assert len(chosen) == 1 and "05-CT/TW" in chosen[0]
    assert editor.isVisible()  # Enter added; it neither saved nor closed
    _close_unsaved(qtbot, editor, answers)


def test_required_presenter_fields_are_marked(qtbot, ready_db):
    editor = _show(qtbot, ConferenceEditor(ready_db, None))
    editor.tabs.setCurrentWidget(editor.documents_page)
    table = editor.presenters.table
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers == ["Họ và tên (*)", "Cấp báo cáo viên", "Chức vụ", "Nội dung trình bày (*)"]
    assert editor.presenters_note.isVisible()
    assert "(*) phải ghi" in editor.presenters_note.text()


def test_the_makeup_dialog_keeps_its_place_after_tab(qtbot):
    recorded = []
    dialog = MakeupDialog(
        ["Đỗ Thị Huệ"], None, lambda *args: recorded.append(args) or []
    )
    _show(qtbot, dialog)
    assert QApplication.focusWidget() is dialog.date
    # As on paper: the whole date, Tab, the place, Tab, the note, Enter.
    qtbot.keyClicks(QApplication.focusWidget(), "05/03/2025")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.place
    qtbot.keyClicks(QApplication.focusWidget(), "Nha van hoa thon")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "buoi toi")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert recorded == [("2025-03-05", "Nha van hoa thon", "buoi toi")]
    assert not dialog.isVisible()


def test_a_new_sheet_says_everyone_starts_present(qtbot, ready_db):
    editor = _show(qtbot, ConferenceEditor(ready_db, None))
    editor.tabs.setCurrentIndex(editor.attendance_tab)
    assert editor.sheet.starts_present.isVisible()
    assert "“Có mặt”" in editor.sheet.starts_present.text()
    totals = editor.sheet.totals()
    assert totals.present == totals.eligible > 0
    saved = _show(qtbot, ConferenceEditor(ready_db, conference_rows(ready_db)[0]["id"]))
    saved.tabs.setCurrentIndex(saved.attendance_tab)
    assert not saved.sheet.starts_present.isVisible()


def test_first_start_opens_maximised_then_as_left(qtbot, ready_db, db_path, ui_settings):
    first = MainWindow(ready_db, db_path, ui_settings)
    qtbot.addWidget(first)
    first.backup_on_close = False
    first.show_first_time()
    assert first.isMaximized()
    first.showNormal()
    first.resize(900, 600)
    first.close()
    again = MainWindow(ready_db, db_path, ui_settings)
    qtbot.addWidget(again)
    again.show_first_time()
    assert not again.isMaximized()


def test_the_title_names_the_unit_once(window):
    # The system adds the program's name after it ("… — Sổ Nghị quyết").
    assert window.windowTitle() == "Đảng ủy xã Cẩm Giàng"


def test_a_member_before_any_chi_bo_says_what_to_do(qtbot, db, db_path, ui_settings):
    save_settings(db, dataclasses.replace(get_settings(db), unit_name="Đảng ủy xã A",
                                          initialised=True))
    main = _show(qtbot, MainWindow(db, db_path, ui_settings))
    main.show_page("organisation")
    organisation = main.current_page()
    organisation.tabs.setCurrentWidget(organisation.members)
    qtbot.keyClick(main, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = organisation.members.current_editor()
    assert isinstance(editor, MemberEditor)
    assert editor.notice.isVisible() and "chưa có chi bộ nào" in editor.notice.text()
    type_text(editor.full_name, "Vũ Văn Giang")
    qtbot.mouseClick(editor.save_button, LEFT)
    assert editor.errors.problems() == [editor.no_chi_bo_text()]
    assert member_rows(db) == [] and document_rows(db) == []


def test_an_empty_register_shows_the_first_steps_ticked_as_done(qtbot, db, db_path, ui_settings):
    from models.conferences import Conference, ConferenceDetail, save_conference
    from models.documents import Document, save_document
    from models.organisation import ChiBo, Member, save_chi_bo, save_member

    save_settings(db, dataclasses.replace(get_settings(db), unit_name="Đảng ủy xã A",
                                          initialised=True))
    main = _show(qtbot, MainWindow(db, db_path, ui_settings))
    main.show_page("overview")
    box = main.current_page().first_steps
    assert box.isVisible()
    assert [box.marks[k].text() for k, _p, _t in box.steps] == ["☐"] * 5
    # "Mở" beside the first step goes to the page that does it.
    qtbot.mouseClick(box.buttons["members"], LEFT)
    assert main.current_key() == "organisation"

    chi_bo = save_chi_bo(db, ChiBo(name="Chi bộ thôn Đông"))
    save_member(db, Member(chi_bo_uuid=chi_bo.uuid, full_name="Nguyễn Văn An"))
    save_document(db, Document(type_code="NQ", symbol="57-NQ/TW", level_code="TW",
                               issuer="Bộ Chính trị", title="Về khoa học, công nghệ"))
    main.show_page("overview")
    assert [box.marks[k].text() for k, _p, _t in box.steps] == ["☑", "☑", "☐", "☐", "☐"]
    assert not box.buttons["members"].isVisible() and box.buttons["conference"].isVisible()
    save_conference(db, ConferenceDetail(conference=Conference(
        kind="hoc_tap", format="truc_tiep", title="Hội nghị", starts_at="2025-02-10T08:00")))
    main.show_page("documents")
    main.show_page("overview")
    assert [box.marks[k].text() for k, _p, _t in box.steps] == ["☑", "☑", "☑", "☑", "☐"]
    db.execute("UPDATE conferences SET status = 'final'")
    main.show_page("documents")
    main.show_page("overview")
    assert not box.isVisible()  # all done: the overview is the year's figures again


def _help_shown(qtbot):
    from gui.widgets.help import HelpDialog

    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), HelpDialog))
    dialog = QApplication.activeModalWidget()
    text = dialog.text
    # The section asked for is the one at the top of the help.
    top = text.cursorForPosition(text.viewport().rect().topLeft()).block().text()
    return dialog, top


def test_f1_opens_the_help_of_what_is_in_front(qtbot, window, ready_db):
    window.show_page("organisation")
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialog, top = _help_shown(qtbot)
    assert top == "Tổ chức đảng"
    dialog.close()

    editor = _show(qtbot, ConferenceEditor(ready_db, conference_rows(ready_db)[0]["id"]))
    editor.tabs.setCurrentIndex(editor.attendance_tab)
    qtbot.keyClick(editor.sheet.search, Qt.Key.Key_F1)
    dialog, top = _help_shown(qtbot)
    assert top == "Điểm danh"
    assert "gõ số thứ tự trên danh sách ký" in dialog.text.toPlainText().casefold()
    dialog.close()


def test_the_help_is_kept_in_both_languages_with_the_same_sections():
    import re

    from gui.widgets.help import help_html
    from tests.test_gui_i18n import _vietnamese

    vi, en = help_html("vi"), help_html("en")
    sections = re.findall(r'id="(\w+)"', vi)
    assert sections == re.findall(r'id="(\w+)"', en) and len(sections) >= 14
    from gui.window.pages import PAGE_FACTORIES

    assert set(PAGE_FACTORIES) <= set(sections)  # every page has its own
    english = re.sub(r"<[^>]+>", " ", en)
    assert [line for line in english.splitlines() if _vietnamese(line)] == []
