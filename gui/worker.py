"""Long work on a worker thread, with a progress dialog and a Hủy button.

The work is a plain function ``work(progress)`` from the models: it calls
``progress(done, total)`` now and then and stops when that returns False. It
runs on a ``QThread`` while the window keeps painting; the function must open
its own database connection (SQLite connections belong to one thread at a time).
"""
from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from models.errors import UserError

Progress = Callable[[int, int], bool]


@dataclass
class Outcome:
    """How the work ended: ``ok`` with ``value``, ``cancelled``, or ``error`` (a sentence)."""

    ok: bool = False
    cancelled: bool = False
    value: Any = None
    error: str = ""


class _Job(QObject):
    progressed = Signal(int, int)
    ended = Signal()

    def __init__(self, work: Callable[[Progress], Any]):
        super().__init__()
        self._work = work
        self._cancel = threading.Event()
        self.outcome = Outcome()

    @Slot()
    def run(self) -> None:
        try:
            value = self._work(self._report)
            if self._cancel.is_set():
                self.outcome.cancelled = True
            else:
                self.outcome.ok = True
                self.outcome.value = value
        except UserError as exc:
            if self._cancel.is_set():
                self.outcome.cancelled = True  # the work stopped as asked, by raising
            else:
                self.outcome.error = str(exc)
        except Exception as exc:  # noqa: BLE001 — shown to the person instead of a crash
            self.outcome.error = f"{type(exc).__name__}: {exc}"
        finally:
            self.ended.emit()

    def _report(self, done: int, total: int) -> bool:
        self.progressed.emit(done, total)
        return not self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()


class _Relay(QObject):
    """Lives in the window's thread, so progress reaches the dialog safely."""

    def __init__(self, dialog: QProgressDialog, loop: QEventLoop, job: _Job):
        super().__init__()
        self._dialog = dialog
        self._loop = loop
        self._job = job

    @Slot(int, int)
    def progressed(self, done: int, total: int) -> None:
        if self._dialog.wasCanceled():
            self._job.cancel()  # cancelled by Esc or by closing the dialog
            return
        if self._dialog.maximum() != total:
            self._dialog.setMaximum(max(total, 0))
        self._dialog.setValue(min(done, total) if total > 0 else 0)

    @Slot()
    def ended(self) -> None:
        self._loop.quit()


def run_with_progress(
    parent: QWidget | None, title: str, label: str, work: Callable[[Progress], Any]
) -> Outcome:
    """Run ``work`` on a thread behind a cancellable progress dialog; wait for it."""
    dialog = QProgressDialog(label, QCoreApplication.translate("Worker", "Hủy"), 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setMinimumWidth(dialog.fontMetrics().averageCharWidth() * 50)

    loop = QEventLoop()
    thread = QThread()
    job = _Job(work)
    job.moveToThread(thread)
    relay = _Relay(dialog, loop, job)
    job.progressed.connect(relay.progressed, Qt.ConnectionType.QueuedConnection)
    job.ended.connect(relay.ended, Qt.ConnectionType.QueuedConnection)
    thread.started.connect(job.run)

    def cancel() -> None:
        job.cancel()
        dialog.setLabelText(QCoreApplication.translate("Worker", "Đang dừng…"))

    dialog.canceled.connect(cancel)
    dialog.show()
    thread.start()
    loop.exec()
    thread.quit()
    thread.wait()
    dialog.close()
    dialog.deleteLater()
    return job.outcome

