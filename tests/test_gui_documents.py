"""The document list and editor, driven as a clerk would: type, Lưu, see the row."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from gui.documents.editor import DocumentEditor
from models.listing import document_rows
from models.sealed_files import read_file
from tests.gui_fixtures import *  # noqa: F403
from tests.gui_fixtures import OFFSCREEN_NOISE, type_text

pytestmark = OFFSCREEN_NOISE
Button = QMessageBox.StandardButton


def _documents_page(window):
    window.show_page("documents")
    return window.current_page()


def _cells(page, column_key):
    column = [c.key for c in page.columns].index(column_key)
    proxy = page.proxy
    return [proxy.index(r, column).data() for r in range(proxy.rowCount())]


def _new_document(qtbot, page) -> DocumentEditor:
    qtbot.keyClick(page.window(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = page.current_editor()
    assert isinstance(editor, DocumentEditor) and editor.isVisible()
    return editor


def test_new_document_typed_and_saved_appears_in_the_list(qtbot, window, ready_db):
    page = _documents_page(window)
    editor = _new_document(qtbot, page)
    assert editor.type_combo.currentData() == "NQ"  # the register's commonest kind
    type_text(editor.symbol, "05-CT/TW")
    editor.symbol.editingFinished.emit()
    assert editor.type_combo.currentData() == "CT"  # read from the symbol
    type_text(editor.symbol, "21-NQ/TW", clear=True)
    editor.symbol.editingFinished.emit()
    assert editor.type_combo.currentData() == "NQ"
    assert editor.level_combo.currentData() == "TW"
    type_text(editor.issuer, "Ban Chấp hành Trung ương")
    type_text(editor.issued_on, "16/6/2022")
    type_text(editor.term, "XIII")
    type_text(editor.title_field, "Về tăng cường củng cố, xây dựng tổ chức cơ sở đảng")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)

    assert not editor.isVisible()
    assert "21-NQ/TW" in _cells(page, "symbol")
    row = next(r for r in document_rows(ready_db) if r["symbol"] == "21-NQ/TW")
    assert row["issued_on"] == "2022-06-16" and row["type_name"] == "Nghị quyết"
    assert page.selected_row()["symbol"] == "21-NQ/TW"
    assert window.count_label.text() == "4 văn bản"
    date_column = [c.key for c in page.columns].index("issued_on")
    shown = page.proxy.index(page.table.currentIndex().row(), date_column).data()
    assert shown == "16/06/2022"


def test_duplicate_number_is_refused_in_red_and_nothing_is_saved(qtbot, window, ready_db):
    page = _documents_page(window)
    before = len(document_rows(ready_db))
    editor = _new_document(qtbot, page)
    type_text(editor.symbol, "57-NQ/TW")
    type_text(editor.term, "XIII")
    type_text(editor.title_field, "Nhập trùng")
    type_text(editor.issued_on, "31/02/2024")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)

    assert editor.isVisible()
    assert editor.errors.isVisible()
    problems = editor.errors.problems()
    assert any("31/02/2024" in p for p in problems)
    type_text(editor.issued_on, "22/12/2024", clear=True)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.isVisible()
    assert any("57-NQ/TW đã có trong sổ" in p for p in editor.errors.problems())
    assert len(document_rows(ready_db)) == before
    assert editor.title_field.text() == "Nhập trùng"  # what was typed stays for fixing


def test_closing_with_unsaved_changes_asks(qtbot, window, ready_db, answers):
    page = _documents_page(window)
    editor = _new_document(qtbot, page)
    type_text(editor.symbol, "09-CT/TW")
    type_text(editor.title_field, "Chỉ thị mới")

    answers(Button.Cancel)
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert answers.asked == ["Bạn có muốn lưu các thay đổi?"]
    assert editor.isVisible()

    answers(Button.Discard)
    qtbot.mouseClick(editor.close_button, Qt.MouseButton.LeftButton)
    assert not editor.isVisible()
    assert "09-CT/TW" not in {r["symbol"] for r in document_rows(ready_db)}


def test_answering_save_when_closing_saves(qtbot, window, ready_db, answers):
    page = _documents_page(window)
    editor = _new_document(qtbot, page)
    type_text(editor.symbol, "09-CT/TW")
    type_text(editor.title_field, "Chỉ thị mới")
    answers(Button.Save)
    editor.close()
    assert not editor.isVisible()
    assert "09-CT/TW" in {r["symbol"] for r in document_rows(ready_db)}


def test_closing_an_unchanged_editor_does_not_ask(qtbot, window, answers):
    page = _documents_page(window)
    page.select_uuid(page.proxy.row_at(0)["uuid"])
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    editor = page.current_editor()
    assert editor.isVisible() and editor.symbol.text()
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert not editor.isVisible() and answers.asked == []


def test_editing_changes_the_row(qtbot, window, ready_db):
    page = _documents_page(window)
    target = next(r for r in document_rows(ready_db) if r["symbol"] == "05-CT/TW")
    page.select_uuid(target["uuid"])
    page.edit_selected()
    editor = page.current_editor()
    type_text(editor.issuer, "Bộ Chính trị khóa XII", clear=True)
    qtbot.waitUntil(editor.isActiveWindow)
    qtbot.keyClick(editor.issuer, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not editor.isVisible()
    assert "Bộ Chính trị khóa XII" in _cells(page, "issuer")


def test_delete_asks_then_the_deleted_view_restores(qtbot, window, ready_db, answers):
    page = _documents_page(window)
    target = next(r for r in document_rows(ready_db) if r["symbol"] == "05-CT/TW")
    page.select_uuid(target["uuid"])
    page.table.setFocus()

    answers(Button.No)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert "05-CT/TW" in _cells(page, "symbol")
    assert "05-CT/TW" in answers.asked[0]

    answers(Button.Yes)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert "05-CT/TW" not in _cells(page, "symbol")

    qtbot.mouseClick(page.deleted_button, Qt.MouseButton.LeftButton)
    assert _cells(page, "symbol") == ["05-CT/TW"]
    assert "đã xóa" in window.count_label.text()
    page.select_uuid(target["uuid"])
    qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
    assert _cells(page, "symbol") == []
    qtbot.mouseClick(page.deleted_button, Qt.MouseButton.LeftButton)
    assert "05-CT/TW" in _cells(page, "symbol")


def test_attaching_a_file_keeps_a_copy_in_the_data_folder(qtbot, window, ready_db, tmp_path):
    from models.documents import list_attachments
    from models.paths import attachments_dir

    source = tmp_path / "nghi-quyet-57.pdf"
    source.write_bytes(b"%PDF-1.4 noi dung")
    page = _documents_page(window)
    target = next(r for r in document_rows(ready_db) if r["symbol"] == "57-NQ/TW")
    page.select_uuid(target["uuid"])
    page.edit_selected()
    editor = page.current_editor()
    editor.add_attachment_paths([source])
    assert editor.is_dirty()
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    files = list_attachments(ready_db, target["uuid"])
    assert [f.file_name for f in files] == ["nghi-quyet-57.pdf"]
    assert read_file(attachments_dir(window.db_path) / files[0].stored_name) == (
        b"%PDF-1.4 noi dung"
    )
    files_column = [c.key for c in page.columns].index("files")
    row = page.table.currentIndex().row()
    assert page.proxy.index(row, files_column).data() == "1"


def test_a_file_too_large_to_send_is_refused_when_picked(
    qtbot, window, ready_db, tmp_path, answers
):
    from models.documents import MAX_ATTACHMENT_BYTES

    small, big = tmp_path / "to-trinh.pdf", tmp_path / "bản quét.pdf"
    small.write_bytes(b"%PDF-1.4")
    with big.open("wb") as handle:  # sparse: no 50 MB written to the test disk
        handle.truncate(MAX_ATTACHMENT_BYTES + 1)
    page = _documents_page(window)
    target = next(r for r in document_rows(ready_db) if r["symbol"] == "57-NQ/TW")
    page.select_uuid(target["uuid"])
    page.edit_selected()
    editor = page.current_editor()
    answers(Button.Ok)
    editor.add_attachment_paths([big, small])
    assert len(answers.asked) == 1
    assert "Tệp “bản quét.pdf” quá lớn để đính kèm (tối đa 50 MB)" in answers.asked[0]
    assert editor._pending_files == [small]


def test_pasted_decomposed_accents_are_stored_composed_and_still_refuse_a_duplicate(
    qtbot, window, ready_db
):
    """Text pasted from a PDF arrives decomposed (NFD); it must not slip past the
    duplicate check that the same words typed would meet."""
    import unicodedata

    page = _documents_page(window)
    editor = _new_document(qtbot, page)
    type_text(editor.symbol, "07-NQ/ĐU")
    editor.symbol.editingFinished.emit()
    editor.term.setText("Kho\u0301a XIII")  # pasted: o + combining acute
    editor.title_field.setText("Nghi\u0323 quyê\u0301t về chuyển đổi số")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert not editor.isVisible()
    row = next(r for r in document_rows(ready_db) if r["symbol"] == "07-NQ/ĐU")
    assert row["title"] == unicodedata.normalize("NFC", "Nghị quyết về chuyển đổi số")
    assert row["term"] == "Khóa XIII" and unicodedata.is_normalized("NFC", row["term"])

    type_text(page.search, "nghi quyet chuyen doi")
    assert _cells(page, "symbol") == ["07-NQ/ĐU"]

    editor = _new_document(qtbot, page)
    type_text(editor.symbol, "07-NQ/ĐU")
    type_text(editor.term, "Khóa XIII")  # the same term typed (composed)
    type_text(editor.title_field, "Bản trùng số")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.isVisible()
    assert any("đã có trong sổ" in p for p in editor.errors.problems())
    assert [r["symbol"] for r in document_rows(ready_db)].count("07-NQ/ĐU") == 1


def test_a_studied_document_is_not_deleted_and_the_clerk_is_told_why(
    qtbot, window, ready_db, answers
):
    page = _documents_page(window)
    target = next(r for r in document_rows(ready_db) if r["symbol"] == "57-NQ/TW")
    page.select_uuid(target["uuid"])
    answers(Button.Yes, Button.Ok)
    page.delete_selected()
    assert len(answers.asked) == 2
    assert "Văn bản 57-NQ/TW được học tập ở 1 hội nghị và có 1 chương trình, kế hoạch" in (
        answers.asked[1]
    )
    assert "57-NQ/TW" in _cells(page, "symbol")
    assert "57-NQ/TW" in {r["symbol"] for r in document_rows(ready_db)}
