"""What the clerk sees of the conference editor when the lists are long or the text large:
make-up sessions readable, the attendance names wide enough, every tab in sight."""
from __future__ import annotations

import dataclasses
import itertools

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView

from gui.conferences.attendance_model import COL_CHI_BO, COL_NAME, COL_NUMBER
from gui.conferences.attendance_sheet import NAME_SAMPLE
from gui.conferences.editor import ConferenceEditor
from models.attendance import record_makeup, set_attendance
from models.conferences import save_conference
from models.vntext import name_key
from tests.gui_fixtures import large_text  # noqa: F401  (fixture)
from tests.test_gui_conference_support import (  # noqa: F401  (db is a fixture)
    OFFSCREEN_NOISE,
    db,
    make_conference,
    make_unit,
)

pytestmark = OFFSCREEN_NOISE

SURNAMES = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ")
MIDDLES = ("Văn", "Thị", "Đình", "Quốc", "Thị Phương")
GIVEN = ("An", "Bình", "Cường", "Dung", "Giang", "Thảo")


def _big_unit(count: int) -> dict:
    names = [
        f"{s} {m} {g}" for s, m, g in itertools.islice(
            itertools.product(SURNAMES, MIDDLES, GIVEN), count
        )
    ]
    half = count // 2
    return {
        "Chi bộ Cơ quan Đảng ủy - Ủy ban nhân dân xã": [(n, False) for n in names[:half]],
        "Chi bộ Thôn Đông Hưng 2": [(n, False) for n in names[half:]],
    }


def _open(qtbot, db, conference_id, width=1366, height=740) -> ConferenceEditor:  # noqa: F811
    editor = ConferenceEditor(db, conference_id)
    qtbot.addWidget(editor)
    editor.resize(width, height)
    editor.show()
    qtbot.waitExposed(editor)
    return editor


def test_a_makeup_session_of_many_members_is_one_readable_row(qtbot, db):  # noqa: F811
    members = make_unit(db, _big_unit(150))
    detail = make_conference(db, starts_at="2025-03-05T08:00")
    uuid = detail.conference.uuid
    absent = sorted(members.values())[:142]
    set_attendance(db, uuid, [(m, "absent_reason", "Ốm đau") for m in absent])
    record_makeup(db, uuid, "2025-03-12", absent, "Nhà văn hóa thôn Đông", "")

    editor = _open(qtbot, db, detail.conference.id)
    editor.tabs.setCurrentIndex(editor.tabs.count() - 1)
    table = editor.makeup
    qtbot.waitUntil(lambda: table.viewport().height() > 100)
    assert table.rowCount() == 1
    # The row is on screen and no taller than a line or two of text.
    viewport = table.viewport().rect()
    assert table.rowHeight(0) < viewport.height()
    assert table.rowHeight(0) <= 3 * table.fontMetrics().height()
    assert viewport.contains(table.visualItemRect(table.item(0, 0)))
    texts = [table.item(0, c).text() for c in range(table.columnCount())]
    assert texts[0] == "12/03/2025" and texts[1] == "Nhà văn hóa thôn Đông"
    assert texts[3] == "142"
    assert texts[4].endswith(" và 139 đồng chí khác")
    assert table.verticalScrollMode() == QAbstractItemView.ScrollMode.ScrollPerPixel
    # Everyone who caught up is listed under the chosen session.
    assert editor.makeup_names_title.text() == (
        "Những đồng chí học bù ngày 12/03/2025 (142 đồng chí):"
    )
    assert editor.makeup_names.count() == 142
    listed = [editor.makeup_names.item(i).toolTip() for i in range(142)]
    names = {name for name, uuid_ in members.items() if uuid_ in absent}
    assert set(listed) == names
    # In the order Vietnamese lists are kept: by given name, "Bình" before "Cường".
    assert listed == sorted(names, key=name_key)
    assert listed[0].endswith(" An") and listed[-1].endswith(" Thảo")
    # Each name is whole on screen, not cut to "Hoàng Ngọ…".
    names_list = editor.makeup_names
    for i in range(names_list.count()):
        item = names_list.item(i)
        shown = names_list.visualItemRect(item).width()
        assert shown >= names_list.fontMetrics().horizontalAdvance(item.text()), item.text()
    assert editor.makeup_summary.text().startswith("1 buổi học bù · 142/142 đồng chí")


@pytest.mark.parametrize("scale", [1.0, 1.5])
def test_attendance_names_stay_readable_at_large_text(qtbot, db, large_text, scale):  # noqa: F811
    large_text(scale)
    make_unit(db, _big_unit(150))
    detail = make_conference(db)
    editor = _open(qtbot, db, detail.conference.id)
    editor.tabs.setCurrentIndex(editor.attendance_tab)
    sheet = editor.sheet
    table = sheet.table
    qtbot.waitUntil(lambda: table.isVisible() and table.viewport().width() > 600)
    metrics = table.fontMetrics()
    header = table.horizontalHeader()
    assert table.columnWidth(COL_NAME) >= metrics.horizontalAdvance(NAME_SAMPLE)
    assert table.columnWidth(COL_NUMBER) < table.columnWidth(COL_NAME) / 3
    for column in range(table.model().columnCount()):
        assert table.columnWidth(column) >= header.sectionSizeHint(column), column
    assert not table.horizontalScrollBar().isVisible()
    # Every column lies within what the clerk sees.
    right = max(header.sectionViewportPosition(c) + header.sectionSize(c) for c in range(7))
    assert right <= table.viewport().width()
    # The search box shows its whole hint.
    search = sheet.search
    assert search.width() >= search.fontMetrics().horizontalAdvance(search.placeholderText())
    # A long chi bộ name gives way when the text is large, and is whole in the tooltip.
    chi_bo = table.model().index(0, COL_CHI_BO)
    if scale == 1.5:
        assert table.columnWidth(COL_CHI_BO) < metrics.horizontalAdvance(chi_bo.data())
    assert chi_bo.data() in chi_bo.data(Qt.ItemDataRole.ToolTipRole)


LONG_PLACE = "Hội trường Đảng ủy xã và các điểm cầu thôn Đông Hưng, thôn Tây Sơn"
LONG_POSITION = "Phó Bí thư Thường trực Đảng ủy, Chủ tịch Hội đồng nhân dân xã"


def _long_texts_conference(db):  # noqa: F811
    detail = make_conference(db)
    conference = dataclasses.replace(
        detail.conference, place=LONG_PLACE, chair_name="Vũ Văn Thành",
        chair_position=LONG_POSITION, secretary_name="Hoàng Thị Hạnh",
        secretary_position="Chuyên viên Văn phòng Đảng ủy, phụ trách công tác tuyên giáo",
    )
    return save_conference(db, dataclasses.replace(detail, conference=conference))


@pytest.mark.parametrize("scale", [1.0, 1.5])
def test_long_place_and_positions_show_their_beginning(qtbot, db, large_text, scale):  # noqa: F811
    large_text(scale)
    detail = _long_texts_conference(db)
    editor = _open(qtbot, db, detail.conference.id)
    for field in (editor.place, editor.chair_position, editor.secretary_position):
        assert field.cursorPosition() == 0
        # The first words are on screen (the field does not start mid-word).
        assert field.cursorRect().left() < field.fontMetrics().horizontalAdvance("M") * 2
    # The place has a wide field, wider than a person's name.
    assert editor.place.width() > 2 * editor.chair.width()
    assert editor.place.width() >= editor.place.fontMetrics().horizontalAdvance(LONG_PLACE)
    assert editor.chair_position.width() > editor.chair.width()


@pytest.mark.parametrize("scale", [1.0, 1.5])
def test_every_tab_is_in_sight_and_whole(qtbot, db, large_text, scale):  # noqa: F811
    large_text(scale)
    detail = make_conference(db)
    editor = _open(qtbot, db, detail.conference.id)
    assert editor.minimumSizeHint().width() <= 1366
    bar = editor.tabs.tabBar()
    # As narrow as the clerk can make it, and as wide as a 1366×768 screen.
    for width in (editor.minimumSizeHint().width(), 1366):
        editor.resize(width, 740)
        qtbot.waitUntil(lambda width=width: editor.width() == width)
        for index in range(bar.count()):
            rect = bar.tabRect(index)
            assert bar.rect().contains(rect), (width, bar.tabText(index))
            text = bar.tabText(index)
            assert rect.width() > bar.fontMetrics().horizontalAdvance(text), (width, text)
        assert bar.width() >= bar.sizeHint().width()
