"""Fixtures and sample records shared by the GUI tests and the listing tests.

Import the fixtures into a test module with ``from tests.gui_fixtures import *``
(pytest then finds them there).
"""
from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from sqlite_utils import Database

from models.conferences import Conference, ConferenceDetail, save_conference
from models.db import open_database
from models.documents import Document, save_document
from models.organisation import ChiBo, Member, save_chi_bo, save_member
from models.outreach import Activity, save_activity
from models.plans import Plan, PlanDetail, Task, save_plan
from models.settings import get_settings, save_settings

__all__ = [
    "OFFSCREEN_NOISE",
    "answers",
    "db",
    "large_text",
    "make_sample",
    "ready_db",
    "type_text",
    "ui_settings",
    "window",
]

# The offscreen platform warns whenever a window's size hints change; that says
# nothing about the program, so GUI test modules set ``pytestmark = OFFSCREEN_NOISE``.
OFFSCREEN_NOISE = pytest.mark.qt_log_ignore(
    r"This plugin does not support propagateSizeHints\(\)"
)


@pytest.fixture
def db(db_path: Path) -> Database:
    database = open_database(db_path)
    yield database
    database.conn.close()


@pytest.fixture
def ready_db(db: Database) -> Database:
    """A register past the first start, with a few records of every kind."""
    settings = dataclasses.replace(
        get_settings(db),
        unit_name="Đảng ủy xã Cẩm Giàng",
        unit_abbr="ĐU",
        place="Cẩm Giàng",
        initialised=True,
    )
    save_settings(db, settings)
    make_sample(db)
    return db


@pytest.fixture
def large_text(qapp):
    """``large_text(scale)`` sets the program's text size; the font before it comes back
    after the test, so a size never leaks into the next test."""
    from gui.widgets.fonts import apply_text_scale

    previous = qapp.font()
    yield lambda scale: apply_text_scale(qapp, scale)
    qapp.setFont(previous)


@pytest.fixture
def ui_settings(tmp_path: Path):
    """Window state kept in a file of the test's own, never the user's QSettings."""
    from PySide6.QtCore import QSettings

    return QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)


def type_text(widget, text: str, *, clear: bool = False) -> None:
    """Type ``text`` into ``widget`` as key presses, one character at a time.

    ``qtbot.keyClicks`` only knows ASCII keys (it aborts on "Đ"); a key event
    carrying the character as its text is what a Vietnamese keyboard sends.
    """
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    widget.setFocus()
    if clear:
        widget.selectAll()
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_Delete, Qt.KeyboardModifier.NoModifier)
            )
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
            )


class Answers:
    """Answers for the message boxes a test expects, in order; records what was asked."""

    def __init__(self) -> None:
        self.queue: list = []
        self.asked: list[str] = []

    def __call__(self, *buttons) -> Answers:
        self.queue.extend(buttons)
        return self


@pytest.fixture
def answers(monkeypatch) -> Answers:
    """Patch ``QMessageBox.exec``: each box takes the next queued answer.

    A box nobody expected fails the test (an unexpected question would block a user too).
    """
    from PySide6.QtWidgets import QMessageBox

    given = Answers()

    def fake_exec(box: QMessageBox) -> int:
        given.asked.append(box.text())
        if not given.queue:
            raise AssertionError(f"Unexpected message box: {box.text()}")
        answer = given.queue.pop(0)
        return int(answer.value if hasattr(answer, "value") else answer)

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return given


@pytest.fixture
def window(qtbot, ready_db: Database, db_path: Path, ui_settings):
    from gui.window.main_window import MainWindow

    main = MainWindow(ready_db, db_path, ui_settings)
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    qtbot.waitExposed(main)
    return main


def make_sample(db: Database) -> dict[str, str]:
    """Two chi bộ, five members, three documents, a conference, a plan, an activity."""
    thon = save_chi_bo(db, ChiBo(name="Chi bộ thôn Đông", kind="Chi bộ thôn", position=1))
    truong = save_chi_bo(db, ChiBo(name="Chi bộ Trường Tiểu học", kind="Chi bộ trường học"))
    names = ["Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Phạm Thị Dung", "Hoàng Văn Em"]
    members = []
    for index, name in enumerate(names):
        members.append(
            save_member(
                db,
                Member(
                    chi_bo_uuid=(thon if index < 3 else truong).uuid,
                    full_name=name,
                    gender="Nữ" if "Thị" in name else "Nam",
                    birth_year=1960 + index * 5,
                    official=index != 4,
                    excused=index == 0,
                ),
            )
        )
    nq57 = save_document(
        db,
        Document(
            type_code="NQ",
            symbol="57-NQ/TW",
            level_code="TW",
            issuer="Bộ Chính trị",
            issued_on="22/12/2024",
            term="XIII",
            title="Về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo",
        ),
    )
    ct = save_document(
        db,
        Document(
            type_code="CT",
            symbol="05-CT/TW",
            level_code="TW",
            issuer="Bộ Chính trị",
            issued_on="15/05/2016",
            term="XII",
            title="Về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
        ),
    )
    du = save_document(
        db,
        Document(
            type_code="KH",
            symbol="12-KH/ĐU",
            level_code="ĐU",
            issuer="Đảng ủy xã",
            issued_on="10/01/2025",
            term="2020-2025",
            title="Kế hoạch của Đảng ủy xã về học tập nghị quyết năm 2025",
        ),
    )
    conference = save_conference(
        db,
        ConferenceDetail(
            conference=Conference(
                kind="hoc_tap",
                format="truc_tiep",
                title="Hội nghị học tập Nghị quyết 57",
                starts_at="2025-02-10T08:00",
                place="Hội trường Đảng ủy",
                term="2020-2025",
                reg_number=1,
            ),
            document_uuids=[nq57.uuid],
        ),
    )
    plan = save_plan(
        db,
        PlanDetail(
            plan=Plan(
                title="Kế hoạch thực hiện Nghị quyết 57",
                kind="KH",
                number=3,
                term="2020-2025",
                issued_on="01/03/2025",
                document_uuid=nq57.uuid,
            ),
            tasks=[
                Task(content="Tuyên truyền trên loa truyền thanh", deadline="2025-04-30"),
                Task(content="Tổng kết", deadline="2099-12-31", status="in_progress"),
            ],
        ),
    )
    activity = save_activity(
        db,
        Activity(
            held_on="15/03/2025",
            channel="Hệ thống truyền thanh cơ sở",
            description="Phát tin về Nghị quyết 57",
            document_uuid=nq57.uuid,
            quantity=4,
            measure="lượt phát",
            reach=1200,
        ),
    )
    return {
        "chi_bo": thon.uuid,
        "chi_bo_2": truong.uuid,
        "member": members[1].uuid,
        "excused_member": members[0].uuid,
        "document": nq57.uuid,
        "document_2": ct.uuid,
        "document_3": du.uuid,
        "conference": conference.conference.uuid,
        "plan": plan.plan.uuid,
        "activity": activity.uuid,
    }
