"""Reference cycles holding Qt objects are collected on the GUI thread, never on a
worker's (where destroying a widget crashes the program)."""
from __future__ import annotations

import gc
import threading
import weakref

from PySide6.QtCore import QObject

from gui.widgets import collector


class _Cycle:
    pass


def _allocate_a_lot(kept: list) -> None:
    # Far past the first generation's threshold: CPython would collect here.
    kept.extend([index] for index in range(50_000))


def test_cycles_wait_for_the_gui_thread(qtbot, qapp):
    collector.install(qapp)
    assert not gc.isenabled()
    collected_in: list[str] = []
    cycle = _Cycle()
    cycle.itself = cycle
    cycle.qt_object = QObject()
    weakref.finalize(cycle, lambda: collected_in.append(threading.current_thread().name))
    del cycle

    kept: list = []
    worker = threading.Thread(target=_allocate_a_lot, args=(kept,), name="viec-nen")
    worker.start()
    worker.join()
    assert collected_in == []

    qtbot.waitUntil(lambda: bool(collected_in), timeout=5000)
    assert collected_in == [threading.main_thread().name]


def test_installing_twice_keeps_one_collector(qapp):
    assert collector.install(qapp) is collector.install(qapp)


def test_uninstall_gives_collection_back_to_python(qapp):
    collector.install(qapp)
    assert not gc.isenabled()
    collector.uninstall()
    assert gc.isenabled()
    collector.install(qapp)
    assert not gc.isenabled()
