"""Python's cycle collector, run only on the window's thread.

CPython collects reference cycles in whichever thread happens to allocate
when a threshold is crossed. When that is a worker thread (a background task
opening its own connection, say) and the garbage holds a Qt object (a dialog
dropped without a parent, a model, a widget kept alive by a lambda connected
to its own signal), Qt destroys that object off the GUI thread and the
program dies with a segmentation fault. The test suite showed exactly that,
about one run in two.

So automatic collection is switched off once the application exists, and the
same generational collection (same thresholds) is run from a timer on the GUI
thread instead. Reference counting, which frees nearly everything, is not
affected; only cycles wait for the next tick.
"""
from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer

INTERVAL_MS = 500

_collector: GuiThreadCollector | None = None


class GuiThreadCollector(QObject):
    """Does what the automatic collector would have done, on the GUI thread."""

    def __init__(self, parent: QObject, interval_ms: int = INTERVAL_MS):
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.collect_due)
        self.resume()

    def resume(self) -> None:
        self._timer.start()
        gc.disable()

    def pause(self) -> None:
        """Automatic collection again, e.g. once the window's work is over."""
        self._timer.stop()
        gc.enable()

    def collect_due(self) -> int:
        """Collect the oldest generation past its threshold; the number of objects found."""
        due = [
            generation
            for generation, (count, threshold) in enumerate(
                zip(gc.get_count(), gc.get_threshold(), strict=False)
            )
            if threshold and count > threshold
        ]
        return gc.collect(due[-1]) if due else 0


def install(app: QCoreApplication) -> GuiThreadCollector:
    """Move cycle collection to ``app``'s thread, once; safe to call again."""
    global _collector
    assert QThread.currentThread() is app.thread(), "the collector belongs to the GUI thread"
    if _collector is None:
        _collector = GuiThreadCollector(app)
    else:
        _collector.resume()
    return _collector


def uninstall() -> None:
    """Give collection back to Python (a command that used the window and goes on
    without an event loop, where the timer would never run)."""
    if _collector is not None:
        _collector.pause()
