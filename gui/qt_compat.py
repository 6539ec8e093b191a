"""A correction for PySide6 6.12.0, applied once when ``gui`` is imported.

PySide6 6.12.0 returns ``True`` from ``SignalInstance.emit()`` without taking a
reference to it. On Python 3.11, where ``True`` is an ordinary counted object,
every emit from Python code then lowers its count by one, and after a few
hundred emits the interpreter aborts ("bool_dealloc: deallocating True"),
taking unsaved work with it. The bug is measured first, so that on a fixed
PySide6 nothing is changed. (PySide6_Pdf, which the preview needs, exists only
for 6.12, so going back to 6.11 is not an option.)
"""
from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, Signal, SignalInstance

_PATCHED = False


class _Probe(QObject):
    ping = Signal()


def _emit_drops_a_reference_to_true() -> bool:
    probe = _Probe()
    rounds = 64
    before = sys.getrefcount(True)
    for _ in range(rounds):
        probe.ping.emit()
    lost = before - sys.getrefcount(True)
    for _ in range(max(lost, 0)):  # give back what the probe itself took
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))
    return lost >= rounds // 2


def apply() -> bool:
    """Patch ``SignalInstance.emit`` if this PySide6 has the bug; True if patched."""
    global _PATCHED
    if _PATCHED or not _emit_drops_a_reference_to_true():
        return _PATCHED
    original = SignalInstance.emit

    def emit(self, *args):  # type: ignore[no-untyped-def]
        result = original(self, *args)
        if result is True:
            ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))
        return result

    SignalInstance.emit = emit
    _PATCHED = True
    return True
