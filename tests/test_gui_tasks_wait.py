"""Waiting for background work before the register is let go (quitting, restoring)."""
from __future__ import annotations

import threading

from PySide6.QtWidgets import QApplication

from gui.widgets.tasks import (
    BackgroundTask,
    finish_running_tasks,
    has_running_tasks,
    wait_for_running_tasks,
)


def test_waiting_returns_once_the_work_is_done_and_its_end_is_reported(qapp):
    started = threading.Event()
    release = threading.Event()

    def work(_progress):
        started.set()
        release.wait()
        return 42

    results: list[object] = []
    task = BackgroundTask(work)
    task.finished.connect(results.append)
    task.start()
    assert started.wait(60) and has_running_tasks()
    waited = threading.Event()

    def wait() -> None:
        wait_for_running_tasks()
        waited.set()

    # Waited for on a helper thread only so that a regression fails instead of hanging.
    helper = threading.Thread(target=wait, daemon=True)
    helper.start()
    release.set()
    assert waited.wait(60), "wait_for_running_tasks never returned"
    QApplication.processEvents()
    assert not has_running_tasks()
    assert results == []  # asked to stop: the work's end is reported as cancelled


def test_finishing_delivers_every_end_including_work_started_by_an_end(qapp):
    """What a page does when its load ends (start another load, read the register)
    happens inside finish_running_tasks, while the register is still open."""
    ends: list[str] = []
    follow_ups: list[BackgroundTask] = []

    def start(name: str, then: str | None) -> None:
        task = BackgroundTask(lambda _progress: name)
        task.ended.connect(lambda: ends.append(name))
        if then is not None:
            task.ended.connect(lambda: start(then, None))
        follow_ups.append(task)
        task.start()

    start("first", "second")
    finish_running_tasks()
    assert ends == ["first", "second"]
    assert not has_running_tasks()
