"""Long work on a thread behind a progress dialog that can be cancelled."""
from __future__ import annotations

import threading
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton

from gui.worker import run_with_progress
from models.errors import ValidationError
from tests.gui_fixtures import OFFSCREEN_NOISE

pytestmark = OFFSCREEN_NOISE


def test_work_runs_off_the_window_thread_and_returns_its_value(qapp):
    seen = {}

    def work(progress):
        seen["thread"] = threading.current_thread()
        for done in range(1, 6):
            assert progress(done, 5)
        return "xong"

    outcome = run_with_progress(None, "Thử", "Đang làm…", work)
    assert outcome.ok and outcome.value == "xong" and not outcome.cancelled
    assert seen["thread"] is not threading.main_thread()


def test_cancel_stops_the_work(qapp):
    stopped = threading.Event()

    def work(progress):
        for done in range(100_000):
            if not progress(done, 100_000):
                stopped.set()
                return "dừng"
            time.sleep(0.001)
        return "hết"

    def press_cancel():
        dialogs = [
            w for w in QApplication.topLevelWidgets()
            if isinstance(w, QProgressDialog) and w.isVisible()
        ]
        if dialogs:
            button = dialogs[0].findChild(QPushButton)
            assert button.text() == "Hủy"
            button.click()
        else:
            QTimer.singleShot(10, press_cancel)

    QTimer.singleShot(10, press_cancel)
    outcome = run_with_progress(None, "Thử", "Đang làm…", work)
    assert outcome.cancelled and not outcome.ok
    assert stopped.is_set()


def test_refused_work_reports_the_sentence(qapp):
    def work(progress):
        raise ValidationError("Tệp không đúng định dạng.")

    outcome = run_with_progress(None, "Thử", "Đang làm…", work)
    assert not outcome.ok and outcome.error == "Tệp không đúng định dạng."
