"""The main window: pages, shortcuts, remembered state, status bar, settings, text size."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from gui.widgets.help import HelpDialog
from gui.widgets.language import install_language
from gui.window.app import create_application
from gui.window.main_window import MainWindow
from gui.window.pages import PAGE_FACTORIES
from models.backup import take_backup
from models.backup_names import REASON_AUTO, REASON_MANUAL, backups_usage, list_backups
from models.listing import conference_rows
from models.settings import get_settings
from models.vntext import format_size
from tests.gui_fixtures import *  # noqa: F403
from tests.gui_fixtures import OFFSCREEN_NOISE, type_text

pytestmark = OFFSCREEN_NOISE
Button = QMessageBox.StandardButton


def test_side_bar_lists_every_page_in_order(window):
    titles = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    assert titles == [
        "Tổng quan", "Văn bản", "Hội nghị", "Kế hoạch hành động", "Tuyên truyền",
        "Thu hoạch", "Tổ chức đảng", "Đồng bộ USB", "Cài đặt",
    ]
    assert window.windowTitle() == "Đảng ủy xã Cẩm Giàng"  # the system adds the name


@pytest.mark.parametrize("scale", [1.0, 1.5])
def test_every_page_fits_1366_by_768(qtbot, window, large_text, scale):
    large_text(scale)
    room_width = 1366 - window.sidebar.parentWidget().width()
    for key in PAGE_FACTORIES:
        window.show_page(key)
        qtbot.wait(1)
        needed = window.minimumSizeHint()
        assert needed.width() <= 1366 and needed.height() <= 740, (key, needed)
        page = window.pages[key].minimumSizeHint()
        assert page.width() <= room_width, (key, page)
        if key != "overview":  # the overview is taller: it scrolls down, never sideways
            assert page.height() <= 680, (key, page)


@pytest.mark.parametrize("scale", [1.0, 1.5])
def test_overview_rearranges_for_large_text(qtbot, window, large_text, scale):
    """With large text the charts go under the list of what needs doing: nothing is cut
    off at the right and the page never scrolls sideways."""
    large_text(scale)
    window.show_page("overview")
    overview = window.current_page()
    holder = window._holders["overview"]
    # The new text size reaches the page through posted events, and the page may pass
    # through narrower arrangements while the side bar and the window are laid out again.
    qtbot.waitUntil(lambda: overview.arrangement[1:] == (2, scale == 1.0))
    assert overview.minimumSizeHint().width() <= holder.viewport().width()
    assert not holder.horizontalScrollBar().isVisible()

    def inside() -> bool:
        right = holder.viewport().width()
        return all(w.geometry().right() <= right for w in overview.cards + overview.charts)

    qtbot.waitUntil(inside)  # once the page is laid out again


def test_window_remembers_page_and_size(qtbot, ready_db, db_path, ui_settings):
    first = MainWindow(ready_db, db_path, ui_settings)
    qtbot.addWidget(first)
    first.show()
    first.resize(700, 500)  # the offscreen screen is 800×600; a restored window fits it
    chosen = first.size()  # no narrower than the pages allow
    first.show_page("plans")
    first.close()
    second = MainWindow(ready_db, db_path, ui_settings)
    qtbot.addWidget(second)
    assert second.current_key() == "plans"
    assert second.size() == chosen and chosen.height() == 500


def test_status_bar_shows_the_newest_backup(window):
    assert window.backup_label.text() == "Sao lưu gần nhất: chưa có"
    take_backup(window.db_path, REASON_MANUAL, now=dt.datetime(2025, 3, 1, 8, 0))
    take_backup(window.db_path, REASON_MANUAL, now=dt.datetime(2025, 3, 5, 14, 30))
    window.update_backup_label()
    count, size = backups_usage(window.db_path)
    assert count == 2
    assert window.backup_label.text() == (
        f"Sao lưu gần nhất: 14:30 05/03/2025 · 2 bản sao lưu, {format_size(size)}"
    )
    assert format_size(size).endswith(("KB", "MB"))


def test_closing_the_window_keeps_a_backup_of_the_changes(qtbot, ready_db, db_path, ui_settings):
    main = MainWindow(ready_db, db_path, ui_settings)
    qtbot.addWidget(main)
    main.show()
    assert list_backups(db_path) == []
    main.close()
    backups = list_backups(db_path)
    assert len(backups) == 1 and backups[0].reason == REASON_AUTO
    again = MainWindow(ready_db, db_path, ui_settings)
    qtbot.addWidget(again)
    assert again.backup_label.text().startswith("Sao lưu gần nhất: ")
    again.close()
    assert len(list_backups(db_path)) == 1  # nothing changed: no second copy


def test_f1_opens_the_help(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_F1)
    helps = [w for w in QApplication.topLevelWidgets() if isinstance(w, HelpDialog)]
    assert helps and helps[-1].isVisible()
    assert "Ctrl+N" in helps[-1].text.toPlainText()
    helps[-1].close()


def test_settings_saved_with_ctrl_s_and_title_follows(qtbot, window, ready_db):
    window.show_page("settings")
    page = window.current_page()
    type_text(page.unit_name, "Đảng ủy phường Tân Bình", clear=True)
    type_text(page.place, "Tân Bình", clear=True)
    page.margins["margin_left_mm"].setValue(25)
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    saved = get_settings(ready_db)
    assert (saved.unit_name, saved.place, saved.margin_left_mm) == (
        "Đảng ủy phường Tân Bình", "Tân Bình", 25.0
    )
    assert window.windowTitle() == "Đảng ủy phường Tân Bình"
    assert page.saved_label.text() == "Đã lưu cài đặt."


def test_bad_settings_are_refused_in_red(qtbot, window, ready_db, answers):
    window.show_page("settings")
    page = window.current_page()
    page.margins["margin_top_mm"].setValue(2)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.errors.problems() == ["Lề trang phải trong khoảng 5–60 mm."]
    assert get_settings(ready_db).margin_top_mm == 20.0
    answers(Button.Discard)  # closing the window still asks about the unsaved change
    window.close()
    assert answers.asked == ["Bạn có muốn lưu các thay đổi?"]
    assert get_settings(ready_db).margin_top_mm == 20.0


def test_leaving_settings_with_changes_asks(qtbot, window, ready_db, answers):
    window.show_page("settings")
    page = window.current_page()
    type_text(page.term, "2030-2035", clear=True)
    answers(Button.Cancel)
    window.sidebar.setCurrentRow(1)
    assert window.current_key() == "settings" and window.shown_page() is page
    answers(Button.Save)
    window.sidebar.setCurrentRow(1)
    assert window.current_key() == "documents"
    assert get_settings(ready_db).term == "2030-2035"


def test_larger_text_from_settings_applies_at_once(qtbot, window, ready_db, large_text):
    large_text(1.0)
    window.show_page("settings")
    page = window.current_page()
    page.text_scale.setCurrentIndex(page.text_scale.findData(1.3))
    assert page.text_scale.currentText() == "130%"
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert get_settings(ready_db).text_scale == 1.3
    assert QApplication.instance().font().pointSizeF() == pytest.approx(14.3)


def test_conference_list_deletes_and_restores(qtbot, window, ready_db, answers):
    window.show_page("conferences")
    page = window.current_page()
    uuid = conference_rows(ready_db)[0]["uuid"]
    page.select_uuid(uuid)
    answers(Button.Yes)
    page.delete_selected()
    assert conference_rows(ready_db) == []
    page.set_showing_deleted(True)
    page.select_uuid(uuid)
    page.restore_selected()
    assert [r["uuid"] for r in conference_rows(ready_db)] == [uuid]
    row = conference_rows(ready_db)[0]
    assert (row["present"], row["eligible"]) == (4, 4)  # its attendance came back too


def test_english_translation_loads(qtbot, ready_db, db_path, ui_settings):
    app = create_application("en")
    try:
        main = MainWindow(ready_db, db_path, ui_settings)
        qtbot.addWidget(main)
        titles = [main.sidebar.item(i).text() for i in range(main.sidebar.count())]
        assert titles[:3] == ["Overview", "Documents", "Conferences"]
        main.show_page("documents")
        assert main.current_page().new_button.text() == "New"
    finally:
        install_language(app, "vi")
    assert app.font().family() == "Noto Sans"


@pytest.mark.parametrize("scale", [1.0, 1.5])
def test_every_editor_fits_1366_by_768(qtbot, window, ready_db, large_text, scale):
    from gui.documents.reflections import ReflectionSheet
    from gui.window.first_start import FirstStartDialog

    large_text(scale)
    editors = []
    for key, tab in (
        ("documents", None), ("plans", None), ("outreach", None),
        ("organisation", "members"), ("organisation", "chi_bo"), ("organisation", "groups"),
    ):
        window.show_page(key)
        page = window.current_page()
        page = getattr(page, tab) if tab else page
        editors.append(page.make_editor(None))
        page.table.selectRow(0)
        editors.append(page.make_editor(page.selected_row()))
    document = next(r["uuid"] for r in window.page("reflections").fetch_rows(False))
    editors.append(ReflectionSheet(ready_db, document))
    editors.append(FirstStartDialog(ready_db))
    for editor in editors:
        needed = editor.minimumSizeHint()
        assert needed.width() <= 1366 and needed.height() <= 728, (type(editor), needed)
        editor.deleteLater()


def test_overview_items_open_where_the_work_is(qtbot, window, ready_db):
    from gui.plans.editor import PlanEditor
    from models.listing import document_rows, plan_rows
    from models.plans import get_plan_detail

    plan = plan_rows(ready_db)[0]
    task = get_plan_detail(ready_db, plan["uuid"]).tasks[0]
    window.open_item("task", task.uuid)
    assert window.current_key() == "plans"
    editor = window.current_page().current_editor()
    assert isinstance(editor, PlanEditor) and editor.record_uuid == plan["uuid"]
    editor.done(0)

    doc = next(r for r in document_rows(ready_db) if r["symbol"] == "57-NQ/TW")
    window.open_item("study", doc["uuid"])
    page = window.current_page()
    assert window.current_key() == "conferences" and page.search.text() == "57-NQ/TW"
    assert page.proxy.rowCount() == 1

    window.open_item("reflection", doc["uuid"])
    sheet = window.current_page().current_editor()
    assert window.current_key() == "reflections" and sheet.document_uuid == doc["uuid"]
    sheet.done(0)


def test_settings_status_bar_names_the_list_it_counts(window):
    window.show_page("settings")
    page = window.current_page()
    count = len(page.lookups.model.rows())
    assert window.count_label.text() == f"Danh mục “Loại văn bản”: {count} mục"
    page.lookups.list_combo.setCurrentIndex(page.lookups.list_combo.findData("channel"))
    assert window.count_label.text().startswith("Danh mục “Hình thức tuyên truyền”: ")


def test_text_sizes_offered_fit_the_screen():
    from gui.settings.page import text_scales_for

    # An office PC's 1366-pixel screen: up to 150%, at which every window fits (above).
    assert max(text_scales_for(1366)) == 1.5
    assert max(text_scales_for(1600)) == 1.75
    assert max(text_scales_for(1920)) == 2.0
    assert 1.3 in text_scales_for(800)


def test_conference_editor_fits_the_screen_at_each_size_offered(qtbot, ready_db, large_text):
    """The widest window, at the largest text size offered on each screen width."""
    from gui.conferences.editor import ConferenceEditor
    from gui.settings.page import text_scales_for

    app = QApplication.instance()
    for width in (1366, 1600, 1920):
        large_text(max(text_scales_for(width)))
        editor = ConferenceEditor(ready_db, None)
        qtbot.addWidget(editor)
        editor.show()
        qtbot.waitUntil(lambda e=editor: e.font().pointSizeF() == app.font().pointSizeF())
        assert editor.minimumSizeHint().width() <= width, width
        editor.close()


def test_a_lookup_of_the_upper_level_opens_read_only_and_looks_it(qtbot, ready_db):
    from PySide6.QtGui import QPalette

    from gui.settings.page import LookupEditor
    from models.lookups import list_lookups

    item = list_lookups(ready_db, "channel")[0]
    ready_db.execute("UPDATE lookups SET owner_unit = 'cap-tren' WHERE uuid = ?", [item.uuid])
    editor = LookupEditor(ready_db, "channel", item.uuid)
    qtbot.addWidget(editor)
    editor.show()
    assert editor.notice.isVisible() and "chỉ xem" in editor.notice.text()
    assert editor.name.isReadOnly() and not editor.save_button.isVisible()
    palette = editor.name.palette()
    assert palette.color(QPalette.ColorRole.Base) == palette.color(QPalette.ColorRole.Window)
