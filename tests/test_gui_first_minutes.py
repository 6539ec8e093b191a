"""From an empty data folder to the first saved minutes, through the window alone.

First start, one chi bộ, three members, one document, one in-person conference,
attendance, preview, Lưu PDF: every click, key and field typed is one action,
counted. Run with ``-s`` to see the count.
"""
from __future__ import annotations

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from gui.printing.preview import PrintPreviewDialog
from gui.window.first_start import FirstStartDialog
from gui.window.main_window import MainWindow
from models.attendance import attendance_sheet
from models.conferences import list_conferences
from models.db import open_database
from tests.gui_fixtures import *  # noqa: F403  (fixtures: answers, ui_settings)
from tests.gui_fixtures import OFFSCREEN_NOISE, type_text
from tests.reports_pdf import squash
from tests.test_gui_conference_support import when_modal

pytestmark = OFFSCREEN_NOISE
LEFT = Qt.MouseButton.LeftButton
GOAL = 60


class Actions:
    """The clerk's hands: each click, key or field typed in counts one."""

    def __init__(self, qtbot):
        self.qtbot = qtbot
        self.count = 0

    def click(self, widget: QWidget, pos=None) -> None:
        self.count += 1
        if pos is None:
            self.qtbot.mouseClick(widget, LEFT)
        else:
            self.qtbot.mouseClick(widget, LEFT, pos=pos)

    def key(self, widget: QWidget, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
        self.count += 1
        if not widget.window().isActiveWindow():
            # A desktop gives the window the keyboard back when a dialog closes; the
            # test platform leaves none active.
            widget.window().activateWindow()
            self.qtbot.waitUntil(widget.window().isActiveWindow)
        self.qtbot.keyClick(widget, key, modifier)

    def fill(self, field: QWidget, text: str) -> None:
        """Into a field: a click on it unless the cursor is already there, then the text."""
        # A dialog just opened takes the keyboard as the clerk looks at it (the test
        # platform activates windows a moment later than a desktop does).
        self.qtbot.waitUntil(field.window().isActiveWindow)
        if QApplication.focusWidget() is not field:
            self.count += 1
        self.count += 1
        type_text(field, text, clear=True)

    def page(self, window: MainWindow, key: str) -> None:
        item = window.sidebar.item(window.keys.index(key))
        self.click(window.sidebar.viewport(), window.sidebar.visualItemRect(item).center())

    def tab(self, tabs, widget: QWidget) -> None:
        bar = tabs.tabBar()
        self.click(bar, bar.tabRect(tabs.indexOf(widget)).center())


def test_first_minutes_from_an_empty_folder(qtbot, tmp_path, ui_settings, answers, monkeypatch):
    db_path = tmp_path / "du-lieu" / "so-nghi-quyet.db"
    db_path.parent.mkdir()
    hands = Actions(qtbot)
    # What run_gui does: the window, then the register, then the first start.
    window = MainWindow(None, db_path, ui_settings)
    window.backup_on_close = False
    qtbot.addWidget(window)
    window.show_first_time()
    db = open_database(db_path)
    try:
        first = FirstStartDialog(db, window)
        qtbot.addWidget(first)
        with qtbot.waitActive(first):
            first.show()
        hands.fill(first.unit_name, "Đảng ủy xã Cẩm Giàng")
        hands.fill(first.place, "Cẩm Giàng")
        hands.fill(first.leader_name, "Lường Văn Thắng")
        hands.fill(first.leader_position, "Bí thư Đảng ủy")
        hands.click(first.start_button)
        assert first.result() == FirstStartDialog.DialogCode.Accepted
        window.attach(db)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)

        # Bắt đầu, step 1: the organisation page, on its chi bộ tab since there is none.
        overview = window.current_page()
        hands.click(overview.first_steps.buttons["members"])
        organisation = window.current_page()
        assert organisation.current() is organisation.chi_bo
        hands.key(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        editor = organisation.chi_bo.current_editor()
        hands.fill(editor.name, "Chi bộ thôn Đông")
        hands.click(editor.save_button)
        hands.tab(organisation.tabs, organisation.members)
        for name in ("Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường"):
            hands.key(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
            editor = organisation.members.current_editor()
            assert editor.chi_bo.currentText() == "Chi bộ thôn Đông"  # the only one
            hands.fill(editor.full_name, name)
            hands.click(editor.save_button)
        assert organisation.members.proxy.rowCount() == 3

        hands.page(window, "documents")
        hands.key(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        editor = window.current_page().current_editor()
        hands.fill(editor.symbol, "57-NQ/TW")
        hands.fill(editor.issuer, "Bộ Chính trị")
        hands.fill(editor.issued_on, "22/12/2024")
        hands.fill(editor.title_field, "Về đột phá phát triển khoa học, công nghệ")
        hands.click(editor.save_button)
        assert not editor.isVisible(), editor.errors.problems()

        hands.page(window, "conferences")
        pdf = tmp_path / "bien-ban.pdf"

        def file_dialog(*_args) -> tuple[str, str]:
            hands.count += 1  # the file's name typed, Enter
            return str(pdf), "PDF (*.pdf)"

        monkeypatch.setattr(QFileDialog, "getSaveFileName", file_dialog)
        done: list[str] = []

        def in_the_editor(conference) -> None:
            hands.fill(conference.title, "Hội nghị học tập Nghị quyết 57")  # already focused
            hands.fill(conference.secretary, "Hoàng Thị Hạnh")
            hands.fill(conference.secretary_position, "Văn phòng Đảng ủy")
            hands.tab(conference.tabs, conference.documents_page)
            hands.fill(conference.doc_search, "57")
            hands.key(conference.doc_search, Qt.Key.Key_Return)
            hands.tab(conference.tabs, conference.conclusion_page)
            hands.fill(conference.conclusion, "Các chi bộ tổ chức học tập đầy đủ.")
            hands.tab(conference.tabs, conference.sheet)
            hands.fill(conference.sheet.search, "2")  # Trần Thị Bình did not sign
            hands.key(conference.sheet.search, Qt.Key.Key_L)
            qtbot.waitUntil(lambda: conference.sheet._picker is not None
                            and conference.sheet._picker.isVisible())
            hands.key(conference.sheet._picker.list, Qt.Key.Key_1)
            # Xem trước: saved first (asked, "Lưu"), then the preview.
            answers(QMessageBox.StandardButton.Save)
            hands.count += 1  # the click on "Lưu" in that question
            hands.click(conference.btn_preview)
            preview = next(w for w in QApplication.topLevelWidgets()
                           if isinstance(w, PrintPreviewDialog) and w.isVisible())
            hands.click(preview.save_button)
            hands.click(preview.close_button)
            hands.click(conference.btn_close)
            done.append("yes")

        when_modal(in_the_editor)
        hands.key(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        assert done == ["yes"]
    finally:
        for widget in QApplication.topLevelWidgets():
            widget.hide()

    assert answers.asked == ["Bản in lấy từ sổ dữ liệu, nên hội nghị cần được lưu trước. Lưu ngay?"]
    [conference] = list_conferences(db)
    absent = [(line.full_name, line.reason) for line in attendance_sheet(db, conference.uuid)
              if line.status != "present"]
    assert absent == [("Trần Thị Bình", "Ốm đau")]
    text = squash(" ".join(page.extract_text() for page in PdfReader(pdf).pages))
    for words in ("BIÊN BẢN", "Hội nghị học tập Nghị quyết 57", "57-NQ/TW", "Lường Văn Thắng",
                  "Hoàng Thị Hạnh", "Trần Thị Bình"):
        assert squash(words) in text, words
    print(f"\nActions from an empty folder to the saved minutes: {hands.count}")
    assert hands.count < GOAL
    db.conn.close()

