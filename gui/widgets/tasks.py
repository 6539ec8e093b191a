"""Long work off the GUI thread: a progress dialog with Hủy, and the window never freezes.

``run_in_background(parent, title, fn, *args)`` calls ``fn(progress, *args)`` on a
worker thread. ``progress(done, total=0, text="")`` updates the dialog and
returns ``False`` once the user has pressed Hủy, so that ``fn`` can stop at a
safe point (it should finish or roll back its transaction, never stop mid-way).

A sqlite3 connection belongs to the thread that opened it: work that touches
the register should use ``run_with_database``, which gives ``fn`` its own
connection to the same file.
"""
from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QThread, QTimer, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from models.errors import UserError
from models.register import Register
from models.worker_db import open_worker_database

log = logging.getLogger(__name__)


Progress = Callable[..., bool]

# A job that reports a million steps must not flood the GUI thread's queue.
_PROGRESS_INTERVAL = 0.05
# Quick jobs finish before the dialog would only flash on screen.
_SHOW_AFTER_MS = 300


class _Worker(QObject):
    progressed = Signal(int, int, str)
    done = Signal(object, object)  # result, exception (one of them is None)

    def __init__(self, fn: Callable[..., Any], args: tuple, cancel: threading.Event):
        super().__init__()
        self._fn = fn
        self._args = args
        self._cancel = cancel
        self._last = 0.0

    def _progress(self, done: int = 0, total: int = 0, text: str = "") -> bool:
        now = time.monotonic()
        if now - self._last >= _PROGRESS_INTERVAL or (total and done >= total):
            self._last = now
            self.progressed.emit(int(done), int(total), str(text))
        return not self._cancel.is_set()

    @Slot()
    def run(self) -> None:
        try:
            result = self._fn(self._progress, *self._args)
        except Exception as exc:  # reported on the GUI thread, never lost
            log.exception("Background work failed")
            self.done.emit(None, exc)
        else:
            self.done.emit(result, None)


_RUNNING: set[BackgroundTask] = set()


class BackgroundTask(QObject):
    """One piece of work on its own thread, reported through signals.

    ``finished(result)`` when ``fn`` returns without a cancel, ``cancelled()``
    after Hủy (once ``fn`` has returned), ``failed(exception)`` if it raised.
    Exactly one of the three is emitted; then ``ended()``.
    """

    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    ended = Signal()

    def __init__(self, fn: Callable[..., Any], *args: Any, parent: QObject | None = None):
        super().__init__(parent)
        self._cancel = threading.Event()
        self._thread = QThread()
        self._worker = _Worker(fn, args, self._cancel)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.progressed.connect(self.progress, Qt.ConnectionType.QueuedConnection)
        self._worker.done.connect(self._on_done, Qt.ConnectionType.QueuedConnection)
        self._running = False

    def start(self) -> None:
        app = QCoreApplication.instance()
        if app is not None and not app.property("so_nq_tasks_guard"):
            app.setProperty("so_nq_tasks_guard", True)
            app.aboutToQuit.connect(wait_for_running_tasks)
        self._running = True
        # Held until the work ends, so that a closed window cannot destroy a running thread.
        _RUNNING.add(self)
        self._thread.start()

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def is_running(self) -> bool:
        return self._running

    @Slot(object, object)
    def _on_done(self, result: Any, error: BaseException | None) -> None:
        self._thread.quit()
        self._thread.wait()
        self._running = False
        _RUNNING.discard(self)
        if error is not None:
            self.failed.emit(error)
        elif self._cancel.is_set():
            self.cancelled.emit()
        else:
            self.finished.emit(result)
        self.ended.emit()


def has_running_tasks() -> bool:
    """True while any background work has not yet reported its end."""
    return bool(_RUNNING)


def wait_for_running_tasks() -> None:
    """Before the program quits: ask running work to stop and let it finish cleanly."""
    for task in list(_RUNNING):
        task.cancel()
    for task in list(_RUNNING):
        # The thread's loop is normally ended by _on_done on the window's thread,
        # which runs no more once the program quits: end it here, after the work.
        task._thread.quit()
        task._thread.wait()


def finish_running_tasks() -> None:
    """Stop all background work and deliver its last signals, while the register is open.

    Ending work can start more (a page asked to refresh while it loaded does so
    when the load ends), hence the loop.
    """
    while has_running_tasks():
        wait_for_running_tasks()
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)


def error_message(title: str, error: BaseException) -> str:
    """What the clerk reads when background work fails."""
    if isinstance(error, UserError):
        return str(error)
    return QCoreApplication.translate(
        "tasks",
        "Công việc “{title}” bị dừng vì gặp lỗi: {error}\n\n"
        "Hãy thử lại. Nếu vẫn lỗi, hãy báo cho người hỗ trợ kèm nội dung này.",
    ).format(title=title, error=f"{type(error).__name__}: {error}")


def wait_with_dialog(
    parent: QWidget | None, title: str, task: BackgroundTask, *, cancellable: bool = True
) -> None:
    """Start ``task`` and wait for it behind a modal progress dialog (shown after a
    moment), keeping the window painted. Connect to the task's signals first.

    Without ``cancellable`` the dialog has no Hủy: for work that must not stop half-way.
    """
    dialog = QProgressDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(title + "…")
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setMinimumDuration(0)
    dialog.setRange(0, 0)
    dialog.setMinimumWidth(max(420, dialog.fontMetrics().averageCharWidth() * 60))
    if cancellable:
        dialog.setCancelButtonText(QCoreApplication.translate("tasks", "Hủy"))
    else:
        dialog.setCancelButton(None)
    dialog.hide()
    loop = QEventLoop()

    def on_progress(done: int, total: int, text: str) -> None:
        if task.is_cancelled():
            return
        if total > 0:
            dialog.setRange(0, total)
            dialog.setValue(min(done, total))
        else:
            dialog.setRange(0, 0)
        if text:
            dialog.setLabelText(text)

    def on_cancel() -> None:
        if not cancellable:
            return
        task.cancel()
        # Keep the dialog (and its modality) until the work has really stopped.
        dialog.setLabelText(
            QCoreApplication.translate("tasks", "Đang dừng, xin chờ trong giây lát…")
        )
        dialog.setCancelButton(None)
        dialog.setRange(0, 0)
        if task.is_running():
            dialog.show()

    def show_if_running() -> None:
        if task.is_running() and not task.is_cancelled():
            dialog.show()

    task.progress.connect(on_progress)
    task.ended.connect(loop.quit)
    dialog.canceled.connect(on_cancel)
    timer = QTimer(dialog)
    timer.setSingleShot(True)
    timer.timeout.connect(show_if_running)
    task.start()
    timer.start(_SHOW_AFTER_MS)
    if task.is_running():
        loop.exec()
    timer.stop()
    dialog.canceled.disconnect(on_cancel)
    task.progress.disconnect(on_progress)
    # reset() stops the dialog's own timer, which would otherwise show it a moment
    # later; and it goes now, not on deleteLater: a message box shown next (“Chưa in
    # được”) runs a nested event loop in which a deferred delete never comes, and the
    # stale box popped up over that message and took the keyboard.
    dialog.reset()
    dialog.hide()
    shiboken6.delete(dialog)


def run_in_background(
    parent: QWidget | None, title: str, fn: Callable[..., Any], *args: Any
) -> Any | None:
    """Run ``fn(progress, *args)`` on a worker thread behind a modal progress dialog.

    Returns what ``fn`` returned; ``None`` if the user cancelled or ``fn``
    raised (the error has then been shown in a message box). The GUI keeps
    painting and answering while waiting.
    """
    task = BackgroundTask(fn, *args)
    outcome: dict[str, Any] = {}
    task.finished.connect(lambda result: outcome.update(result=result))
    task.failed.connect(lambda error: outcome.update(error=error))
    wait_with_dialog(parent, title, task)

    if task.is_cancelled():
        # Work stopped at the clerk's request may end by raising (e.g. a rollback).
        return None
    if "error" in outcome:
        QMessageBox.warning(parent, title, error_message(title, outcome["error"]))
        return None
    return outcome.get("result")


def run_with_database(
    parent: QWidget | None, title: str, db: Register, fn: Callable[..., Any], *args: Any
) -> Any | None:
    """Like ``run_in_background``, calling ``fn(progress, worker_db, *args)``.

    ``worker_db`` is the worker's own connection to the file ``db`` has open,
    closed when ``fn`` returns.
    """
    path = db.path

    def job(progress: Progress, *job_args: Any) -> Any:
        worker_db = open_worker_database(path)
        try:
            return fn(progress, worker_db, *job_args)
        finally:
            worker_db.conn.close()

    return run_in_background(parent, title, job, *args)
