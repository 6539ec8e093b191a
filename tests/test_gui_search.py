"""Searching without accents, filters, sorting, and the row count in the status bar."""
from __future__ import annotations

from PySide6.QtCore import Qt

from gui.widgets.tablemodel import Column, FoldFilterProxy, RowTableModel
from tests.gui_fixtures import *  # noqa: F403
from tests.gui_fixtures import OFFSCREEN_NOISE

pytestmark = OFFSCREEN_NOISE


def _column(page, key):
    index = [c.key for c in page.columns].index(key)
    return [page.proxy.index(r, index).data() for r in range(page.proxy.rowCount())]


def test_accent_free_search_finds_dang_uy(qtbot, window):
    window.show_page("documents")
    page = window.current_page()
    assert page.proxy.rowCount() == 3
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search.hasFocus()
    qtbot.keyClicks(page.search, "dang uy")
    titles = _column(page, "title")
    issuers = _column(page, "issuer")
    assert titles == ["Kế hoạch của Đảng ủy xã về học tập nghị quyết năm 2025"]
    assert all("Đảng ủy" in f"{t} {i}" for t, i in zip(titles, issuers, strict=True))
    assert window.count_label.text() == "Đang hiển thị 1/3 văn bản"
    page.search.clear()
    assert page.proxy.rowCount() == 3
    assert window.count_label.text() == "3 văn bản"


def test_every_word_must_match(qtbot, window):
    window.show_page("documents")
    page = window.current_page()
    qtbot.keyClicks(page.search, "nghi quyet KHOA HOC")
    assert _column(page, "symbol") == ["57-NQ/TW"]
    page.search.clear()
    qtbot.keyClicks(page.search, "nghi quyet thuy san")
    assert page.proxy.rowCount() == 0


def test_member_search_and_chi_bo_filter(qtbot, window):
    window.show_page("organisation")
    page = window.current_page().current()
    assert page.proxy.rowCount() == 5
    combo = next(c for s, c in page._filter_combos if s.key == "chi_bo")
    combo.setCurrentIndex(combo.findData("Chi bộ Trường Tiểu học"))
    assert sorted(_column(page, "full_name")) == ["Hoàng Văn Em", "Phạm Thị Dung"]
    qtbot.keyClicks(page.search, "hoang")
    assert _column(page, "full_name") == ["Hoàng Văn Em"]
    assert window.count_label.text() == "Đang hiển thị 1/5 đảng viên"


def test_year_filter_lists_years_newest_first(window):
    window.show_page("documents")
    page = window.current_page()
    combo = next(c for s, c in page._filter_combos if s.key == "year")
    assert [combo.itemText(i) for i in range(combo.count())] == ["Mọi năm", "2025", "2024", "2016"]
    combo.setCurrentIndex(combo.findData(2016))
    assert _column(page, "symbol") == ["05-CT/TW"]


def test_sorting_by_a_column(qtbot, window):
    window.show_page("documents")
    page = window.current_page()
    column = [c.key for c in page.columns].index("issued_on")
    page.table.sortByColumn(column, Qt.SortOrder.AscendingOrder)
    assert _column(page, "issued_on") == ["15/05/2016", "22/12/2024", "10/01/2025"]
    page.table.sortByColumn(column, Qt.SortOrder.DescendingOrder)
    assert _column(page, "issued_on") == ["10/01/2025", "22/12/2024", "15/05/2016"]


def test_thousands_of_rows_filter_by_folded_words(qapp):
    model = RowTableModel([Column("name", "Tên", stretch=True), Column("n", "Số", "int")])
    rows = [{"name": f"Đảng viên số {i} thôn Đông", "n": i * 1000} for i in range(5000)]
    rows.append({"name": "Bí thư Đảng ủy", "n": 1})
    model.set_rows(rows)
    proxy = FoldFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_query("DANG UY")
    assert proxy.rowCount() == 1 and proxy.index(0, 0).data() == "Bí thư Đảng ủy"
    proxy.set_query("")
    assert proxy.rowCount() == 5001
    assert proxy.index(2, 1).data() == "2.000"  # Vietnamese thousands
