"""The attendance of a large conference typed from the paper sheet, keys counted.

1,200 members in 40 chi bộ, 78 absent with a reason. A new conference's sheet
starts with everyone present (the banner says so); the clerk marks only the
absentees: the number on the printed sign-in sheet, L, the reason's digit, and
the search box is ready for the next number. No mouse.
"""
from __future__ import annotations

import random

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from gui.conferences.editor import ConferenceEditor
from models.attendance import attendance_sheet
from tests.gui_fixtures import answers  # noqa: F401  (fixture)
from tests.test_gui_conference_support import (  # noqa: F401  (db is a fixture)
    OFFSCREEN_NOISE,
    db,
    make_unit,
)

pytestmark = OFFSCREEN_NOISE
MEMBERS, CHI_BO, ABSENT = 1200, 40, 78
SURNAMES = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đỗ", "Bùi")
MIDDLES = ("Văn", "Thị", "Đình", "Quốc", "Thị Phương", "Minh")
GIVEN = ("An", "Bình", "Cường", "Dung", "Giang", "Thảo", "Hà", "Long", "Mai", "Nam")


class Keyboard:
    """Sends each key to whatever has the focus, as the keyboard would, and counts it."""

    def __init__(self, qtbot):
        self.qtbot = qtbot
        self.count = 0

    def press(self, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
        self.count += 1
        self.qtbot.keyClick(QApplication.focusWidget(), key, modifier)

    def type(self, text: str) -> None:
        for char in text:
            self.count += 1
            self.qtbot.keyClicks(QApplication.focusWidget(), char)


def test_1200_members_78_absent_by_keyboard(qtbot, db, answers):  # noqa: F811
    rng = random.Random(14)
    unit = {
        f"Chi bộ thôn {n + 1}": [
            (f"{rng.choice(SURNAMES)} {rng.choice(MIDDLES)} {rng.choice(GIVEN)}", False)
            for _ in range(MEMBERS // CHI_BO)
        ]
        for n in range(CHI_BO)
    }
    make_unit(db, unit)
    editor = ConferenceEditor(db, None)
    qtbot.addWidget(editor)
    editor.title.setText("Hội nghị học tập Nghị quyết 57")  # the rest of the editor is not counted
    with qtbot.waitActive(editor):
        editor.show()
        editor.activateWindow()
    sheet = editor.sheet
    reasons = sheet._reasons
    assert len(sheet.model.lines) == MEMBERS and len(reasons) >= 2
    # The paper: the sign-in sheet printed for all chi bộ, numbered 1…1,200 in the
    # sheet's order; the clerk reads the numbers of those who did not sign.
    paper = {number: line for number, line in enumerate(sheet.model.lines, start=1)}
    absent = {number: rng.randrange(min(len(reasons), 9)) for number in
              rng.sample(sorted(paper), ABSENT)}

    keys = Keyboard(qtbot)
    # From the editor's first field to the sheet: Ctrl+Tab to the tab, then Alt+T (Tìm tên).
    while editor.tabs.currentIndex() != editor.attendance_tab:
        keys.press(Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    keys.press(Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is sheet.search
    assert sheet.starts_present.isVisible()
    for number, reason in absent.items():
        keys.type(str(number))
        keys.press(Qt.Key.Key_L)
        # The clerk sees the list of reasons come up (its window takes the keyboard).
        qtbot.waitUntil(lambda: QApplication.focusWidget() is getattr(sheet._picker, "list", 0))
        keys.press(Qt.Key.Key_1 + reason)  # the reason picker: its number
        # …and the search box is back, its number selected, ready for the next one.
        qtbot.waitUntil(lambda: QApplication.focusWidget() is sheet.search)
        assert sheet.search.selectedText() == str(number)
    # Lưu.
    keys.press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    assert editor.problems.isHidden(), editor.problems.text()
    assert not editor.has_changes()
    saved = attendance_sheet(db, editor.detail.conference.uuid)
    marks = {line.member_uuid: (line.status, line.reason) for line in saved
             if line.status != "present"}
    expected = {paper[n].member_uuid: ("absent_reason", reasons[r]) for n, r in absent.items()}
    assert marks == expected
    assert len(saved) == MEMBERS
    print(f"\nKeystrokes for {MEMBERS:,} members, {ABSENT} absent: {keys.count}")
    assert keys.count <= 450
