"""Every dialog usable on a 1,366×768 screen with the text at 150%, in both languages:
no wider or taller than the screen, every button inside it, and shown whole."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QApplication

from gui.widgets.language import install_language
from gui.window.app import create_application
from models.listing import conference_rows, document_rows
from tests.gui_fixtures import *  # noqa: F403
from tests.gui_fixtures import OFFSCREEN_NOISE

pytestmark = OFFSCREEN_NOISE
# The usable part of a 1,366×768 screen: the task bar and the title bar take ~70 px.
SCREEN = QRect(0, 0, 1366, 768 - 70)


def _dialogs(db, db_path):
    from gui.conferences.attendance_dialogs import MakeupDialog, ReasonPicker
    from gui.conferences.editor import ConferenceEditor
    from gui.documents.editor import DocumentEditor
    from gui.documents.reflections import ReflectionSheet
    from gui.organisation.editors import ChiBoEditor, GroupEditor, MemberEditor
    from gui.plans.editor import PlanEditor
    from gui.plans.outreach import ActivityEditor
    from gui.printing.dialogs import SigninDialog, StudyReportDialog
    from gui.settings.backups import BackupChooser, BackupDialog
    from gui.settings.page import LookupEditor
    from gui.sync.units import NewUnitDialog
    from gui.widgets.help import HelpDialog
    from gui.window.first_start import FirstStartDialog
    from gui.window.recovery import RecoveryDialog

    conference = conference_rows(db)[0]
    document = document_rows(db)[0]["uuid"]
    return {
        "conference editor": lambda: ConferenceEditor(db, conference["id"]),
        "new conference": lambda: ConferenceEditor(db, None),
        "chi bộ": lambda: ChiBoEditor(db),
        "member": lambda: MemberEditor(db),
        "group": lambda: GroupEditor(db),
        "document": lambda: DocumentEditor(db),
        "plan": lambda: PlanEditor(db),
        "activity": lambda: ActivityEditor(db),
        "reflections": lambda: ReflectionSheet(db, document),
        "first start": lambda: FirstStartDialog(db),
        "help": lambda: HelpDialog(),
        "make-up": lambda: MakeupDialog(["Nguyễn Văn An"] * 20, dt.date(2025, 1, 1),
                                        lambda *a: []),
        "reason": lambda: ReasonPicker(["Ốm đau", "Đi công tác"], "Nguyễn Văn An"),
        "sign-in sheet": lambda: SigninDialog(db, conference["uuid"], conference["title"]),
        "study report": lambda: StudyReportDialog(db),
        "backups": lambda: BackupDialog(db_path),
        "new unit": lambda: NewUnitDialog(),
        "backup chooser": lambda: BackupChooser(db_path),
        "damaged register": lambda: RecoveryDialog(
            db_path, ["database disk image is malformed"], None
        ),
        "list entry": lambda: LookupEditor(db, "absence_reason"),
    }


def _scrolls(widget, dialog) -> bool:
    """Inside a scrolled area: reached by scrolling, it may lie outside the view."""
    parent = widget.parentWidget()
    while parent is not None and parent is not dialog:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_every_dialog_fits_1366_by_768_at_150_percent(
    qtbot, ready_db, db_path, large_text, lang
):
    create_application(lang)
    large_text(1.5)
    too_big: dict[str, list[str]] = {}
    try:
        for name, make in _dialogs(ready_db, db_path).items():
            dialog = make()
            qtbot.addWidget(dialog)
            dialog.show()
            # As wide as it asks, up to the screen (the test platform's screen is smaller).
            hint = dialog.sizeHint().expandedTo(dialog.size())
            dialog.resize(min(hint.width(), SCREEN.width()), min(hint.height(), SCREEN.height()))
            QApplication.processEvents()
            problems = []
            if dialog.width() > SCREEN.width() or dialog.height() > SCREEN.height():
                problems.append(f"{dialog.width()}×{dialog.height()}")
            for button in dialog.findChildren(QAbstractButton):
                if not button.isVisibleTo(dialog) or not button.text() or _scrolls(button, dialog):
                    continue
                box = QRect(button.mapTo(dialog, button.rect().topLeft()), button.size())
                if not dialog.rect().contains(box):
                    problems.append(f"{button.text()} outside")
                elif button.width() < button.minimumSizeHint().width():
                    problems.append(f"{button.text()} clipped")
            if problems:
                too_big[name] = problems
            dialog.hide()
            dialog.deleteLater()
    finally:
        install_language(QApplication.instance(), "vi")
    assert too_big == {}


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_every_page_fits_1366_by_768_at_150_percent(
    qtbot, ready_db, db_path, ui_settings, large_text, lang
):
    from gui.window.main_window import MainWindow
    from gui.window.pages import PAGE_FACTORIES

    create_application(lang)
    large_text(1.5)
    try:
        window = MainWindow(ready_db, db_path, ui_settings)
        qtbot.addWidget(window)
        window.backup_on_close = False
        window.resize(SCREEN.width(), SCREEN.height())
        window.show()
        room = SCREEN.width() - window.sidebar.parentWidget().width()
        wide = {}
        for key in PAGE_FACTORIES:
            window.show_page(key)
            QApplication.processEvents()
            if window.minimumSizeHint().width() > SCREEN.width() or (
                window.pages[key].minimumSizeHint().width() > room
            ):
                wide[key] = window.pages[key].minimumSizeHint().width()
    finally:
        install_language(QApplication.instance(), "vi")
    assert wide == {}
