"""Data and helpers shared by the conference, overview and background-task GUI tests.

Everything is made through the models functions, as the program itself would.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

from models.attendance import attendance_sheet
from models.conferences import Conference, ConferenceDetail, save_conference
from models.db import open_database
from models.documents import Document, save_document
from models.organisation import ChiBo, Member, save_chi_bo, save_member

# The offscreen platform says this whenever a window with a layout is shown; it is
# about the test platform, not the program.
OFFSCREEN_NOISE = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

UNIT = {
    "Chi bộ Thôn Đông": [
        ("Nguyễn Thị Lan", False),
        ("Trần Văn Đức", False),
        ("Lê Thị Hồng", False),
        ("Phạm Văn Khánh", True),
    ],
    "Chi bộ Thôn Tây": [
        ("Hoàng Văn Nam", False),
        ("Đỗ Thị Huệ", False),
        ("Vũ Đình Tùng", False),
    ],
    "Chi bộ Trường Tiểu học": [
        ("Bùi Thị Mai", False),
        ("Đặng Quốc Bảo", False),
    ],
}


@pytest.fixture
def db(db_path: Path):
    database = open_database(db_path)
    yield database
    database.conn.close()


def make_unit(db, unit: dict | None = None) -> dict[str, str]:
    """Chi bộ and members; returns member name -> uuid."""
    members = {}
    for position, (chi_bo_name, people) in enumerate((unit or UNIT).items()):
        chi_bo = save_chi_bo(db, ChiBo(name=chi_bo_name, position=position))
        for index, (name, excused) in enumerate(people):
            member = save_member(
                db,
                Member(
                    chi_bo_uuid=chi_bo.uuid,
                    full_name=name,
                    excused=excused,
                    official=index != 1,
                ),
            )
            members[name] = member.uuid
    return members


def make_document(db, symbol: str = "57-NQ/TW", title: str | None = None) -> Document:
    return save_document(
        db,
        Document(
            type_code="NQ",
            symbol=symbol,
            title=title or "Về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo",
            issuer="Bộ Chính trị",
            issued_on="2024-12-22",
            term="XIII",
        ),
    )


def make_conference(
    db, title: str = "Hội nghị học tập Nghị quyết 57", starts_at: str = "2025-03-05T08:00",
    document_uuids: list[str] | None = None, status: str = "draft",
) -> ConferenceDetail:
    detail = save_conference(
        db,
        ConferenceDetail(
            conference=Conference(
                kind="hoc_tap",
                format="truc_tiep",
                title=title,
                starts_at=starts_at,
                ends_at=starts_at[:11] + "11:00",
                place="Hội trường Đảng ủy",
                status=status,
            ),
            document_uuids=document_uuids or [],
        ),
    )
    return detail


def statuses(db, conference_uuid: str) -> dict[str, tuple[str, str]]:
    """Member name -> (status, reason) as stored."""
    return {
        line.full_name: (line.status, line.reason)
        for line in attendance_sheet(db, conference_uuid)
    }


def when_modal(action: Callable[[QWidget], None], timeout_ms: int = 5000) -> None:
    """Run ``action(dialog)`` on the next modal dialog, from inside its event loop."""
    waited = [0]

    def poll() -> None:
        modal = QApplication.activeModalWidget()
        if modal is not None and modal.isVisible():
            action(modal)
            return
        waited[0] += 20
        if waited[0] < timeout_ms:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
