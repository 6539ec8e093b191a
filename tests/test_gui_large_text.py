"""Large text on a 1366×768 screen: lists, forms and check boxes still fit and read."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from gui.conferences.attendance_sheet import NAME_SAMPLE
from gui.widgets.tablemodel import STRETCH_LEAST_CHARS
from tests.gui_fixtures import *  # noqa: F403
from tests.gui_fixtures import OFFSCREEN_NOISE

pytestmark = OFFSCREEN_NOISE

LISTS = [
    ("documents", None), ("conferences", None), ("plans", None), ("outreach", None),
    ("reflections", None), ("organisation", "members"), ("organisation", "chi_bo"),
    ("organisation", "groups"),
]


def _scaled(qtbot, widget, scale: float) -> None:
    """Wait until ``widget`` has the text size just applied (it comes by posted events)."""
    wanted = QApplication.instance().font().pointSizeF()
    qtbot.waitUntil(lambda: widget.font().pointSizeF() == wanted)
    assert abs(wanted - 11.0 * scale) < 0.1


@pytest.mark.parametrize("scale", [1.0, 1.5])
def test_every_list_fits_without_scrolling_sideways(qtbot, window, large_text, scale):
    large_text(scale)
    for key, tab in LISTS:
        window.show_page(key)
        page = window.current_page()
        if tab is not None:
            page.tabs.setCurrentWidget(getattr(page, tab))
            page = getattr(page, tab)
        table, holder = page.table, window._holders[key]
        _scaled(qtbot, table, scale)

        def fits(table=table, holder=holder) -> bool:
            return (
                table.horizontalHeader().length() <= table.viewport().width()
                and not table.horizontalScrollBar().isVisible()
                and not holder.horizontalScrollBar().isVisible()
            )

        qtbot.waitUntil(fits)
        char = table.fontMetrics().averageCharWidth()
        header = table.horizontalHeader()
        for index, column in enumerate(page.columns):
            width = header.sectionSize(index)
            if column.stretch:  # the column read most keeps a readable width
                assert width >= STRETCH_LEAST_CHARS * char, (key, column.key, width)
            else:  # nothing squeezed to nothing
                assert width >= 4 * char, (key, column.key, width)
        # The search box still says what it is for.
        assert page.search.width() >= 18 * page.search.fontMetrics().averageCharWidth()


def test_member_names_stay_readable_with_large_text(qtbot, window, large_text):
    large_text(1.5)
    window.show_page("organisation")
    members = window.current_page().members
    _scaled(qtbot, members.table, 1.5)
    assert members.columns[0].key == "full_name"
    # A long full name is shown whole; the chi bộ gives way first. The columns are
    # fitted again to the new text size by posted events: wait for it, not a moment.
    header, metrics = members.table.horizontalHeader(), members.table.fontMetrics()
    qtbot.waitUntil(lambda: header.sectionSize(0) >= metrics.horizontalAdvance(NAME_SAMPLE))


def test_side_bar_follows_the_text_size(qtbot, window, large_text):
    """The side bar takes what its longest title needs, no more, at every text size."""
    side, pages = window.sidebar.parentWidget(), window.sidebar

    def snug() -> bool:
        metrics = pages.fontMetrics()
        longest = max(metrics.horizontalAdvance(pages.item(i).text()) for i in range(pages.count()))
        # Item padding (2 × 10 px), side margins (2 × 6 px) and a little air.
        room = side.width() - longest
        return 32 <= room <= 32 + 3 * metrics.averageCharWidth()

    large_text(1.0)
    _scaled(qtbot, pages, 1.0)
    qtbot.waitUntil(snug)
    normal = side.width()
    large_text(1.5)
    _scaled(qtbot, pages, 1.5)
    qtbot.waitUntil(lambda: side.width() > normal)
    assert snug()
    large_text(1.0)
    _scaled(qtbot, pages, 1.0)
    qtbot.waitUntil(lambda: side.width() == normal)


@pytest.mark.parametrize("scale", [1.0, 1.5])
def test_chi_bo_combo_is_as_wide_as_the_name_field(qtbot, window, large_text, scale):
    """A drop-down list in a form grows with the form, like the line edits beside it."""
    large_text(scale)
    window.show_page("organisation")
    members = window.current_page().members
    members.table.selectRow(0)
    editor = members.make_editor(members.selected_row())
    qtbot.addWidget(editor)
    editor.show()
    _scaled(qtbot, editor.chi_bo, scale)
    for width in (900, 1300):
        editor.resize(width, editor.height())
        qtbot.waitUntil(lambda: editor.chi_bo.width() == editor.full_name.width())
        assert editor.chi_bo.width() > editor.chi_bo.minimumSizeHint().width()
    editor._baseline = editor.snapshot()
    editor.done(0)


@pytest.mark.parametrize("scale", [1.0, 1.5])
def test_plan_task_content_keeps_a_readable_width(qtbot, window, large_text, scale):
    large_text(scale)
    window.show_page("plans")
    page = window.current_page()
    page.table.selectRow(0)
    editor = page.make_editor(page.selected_row())
    qtbot.addWidget(editor)
    editor.show()
    editor.resize(1366, 728)  # as large as a 1366×768 screen allows
    view = editor.task_view
    _scaled(qtbot, view, scale)
    char = view.fontMetrics().averageCharWidth()
    header = view.horizontalHeader()
    qtbot.waitUntil(lambda: header.length() <= view.viewport().width())
    assert editor.tasks.headers[0] == "Nội dung"
    assert header.sectionSize(0) >= 30 * char
    assert not view.horizontalScrollBar().isVisible()
    editor._baseline = editor.snapshot()
    editor.done(0)


def test_page_titles_follow_the_text_size(qtbot, window, large_text):
    """Titles chosen at 100% grow with the text when Cài đặt makes it larger."""
    large_text(1.0)
    window.show_page("documents")
    title = window.current_page().heading
    window.show_page("overview")
    overview = window.current_page().heading
    before = title.font().pointSizeF(), overview.font().pointSizeF()
    large_text(1.5)
    assert title.font().pointSizeF() == pytest.approx(before[0] * 1.5, abs=0.2)
    assert overview.font().pointSizeF() == pytest.approx(before[1] * 1.5, abs=0.2)
    assert title.font().bold()
