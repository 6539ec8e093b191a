"""Background work: result, cancel, errors, its own connection, a GUI that keeps answering."""
from __future__ import annotations

import threading
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QPushButton

from gui.widgets.tasks import BackgroundTask, run_in_background, run_with_database
from models.errors import ValidationError
from models.organisation import ChiBo, list_chi_bo, save_chi_bo
from tests.test_gui_conference_support import OFFSCREEN_NOISE, db  # noqa: F401  (fixture)

pytestmark = OFFSCREEN_NOISE


def _visible_progress_dialog() -> QProgressDialog | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QProgressDialog) and widget.isVisible():
            return widget
    return None


def test_result_comes_back_with_progress(qtbot):
    steps = []

    def work(progress, count):
        for i in range(count):
            steps.append(progress(i + 1, count, f"Bước {i + 1}"))
        return count * 2

    assert run_in_background(None, "Tính thử", work, 5) == 10
    assert steps == [True] * 5


def test_cancel_stops_the_worker(qtbot):
    seen = {"stopped_early": False, "rounds": 0}

    def work(progress):
        # Stops only when told to; gives up after about 20 s so a broken cancel fails the test.
        for _ in range(2000):
            seen["rounds"] += 1
            if not progress(seen["rounds"], 0, "Đang làm…"):
                seen["stopped_early"] = True
                return "stopped"
            time.sleep(0.01)
        return "finished"

    clicked = []

    def press_cancel():
        dialog = _visible_progress_dialog()
        if dialog is None:
            QTimer.singleShot(20, press_cancel)
            return
        button = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Hủy")
        clicked.append(dialog.labelText())
        button.click()

    QTimer.singleShot(0, press_cancel)
    result = run_in_background(None, "Việc dài", work)
    assert clicked, "the progress dialog never showed"
    assert seen["stopped_early"] is True
    assert result is None


def test_error_is_reported_in_vietnamese(qtbot, monkeypatch):
    shown = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda parent, title, text: shown.append(text))
    )

    def refused(progress):
        raise ValidationError(["Sổ này đã có dữ liệu."])

    def broken(progress):
        raise RuntimeError("đĩa đầy")

    assert run_in_background(None, "Nhập gói", refused) is None
    assert run_in_background(None, "Xuất gói", broken) is None
    assert shown[0] == "Sổ này đã có dữ liệu."
    assert "Công việc “Xuất gói” bị dừng vì gặp lỗi" in shown[1]
    assert "đĩa đầy" in shown[1]


def test_worker_has_its_own_connection(qtbot, db):  # noqa: F811
    main_thread = threading.get_ident()

    def work(progress, worker_db, name):
        assert worker_db.conn is not db.conn
        save_chi_bo(worker_db, ChiBo(name=name))
        return threading.get_ident()

    worker_thread = run_with_database(None, "Ghi thử", db, work, "Chi bộ Thôn Bắc")
    assert worker_thread is not None and worker_thread != main_thread
    assert [c.name for c in list_chi_bo(db)] == ["Chi bộ Thôn Bắc"]


def test_gui_keeps_answering_while_waiting(qtbot):
    answered = threading.Event()

    def work(progress):
        # Waits for the GUI thread: if run_in_background blocked it, this would time out.
        return answered.wait(10)

    QTimer.singleShot(50, answered.set)
    assert run_in_background(None, "Chờ", work) is True


def test_signals_api_reports_result(qtbot):
    task = BackgroundTask(lambda progress, a, b: a + b, 2, 3)
    with qtbot.waitSignal(task.finished, timeout=5000) as blocker:
        task.start()
    assert blocker.args == [5]
    qtbot.waitUntil(lambda: not task.is_running())
