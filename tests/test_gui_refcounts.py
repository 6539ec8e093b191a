"""Tens of thousands of signals into Python must not crash the program (PySide6 6.12, Py 3.11)."""
from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

SCRIPT = textwrap.dedent(
    """
    import os, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    sys.path.insert(0, {root!r})
    import gui  # noqa: F401  (the protection comes with the package)
    from PySide6.QtCore import QObject, Signal
    from PySide6.QtWidgets import QApplication, QLineEdit

    class Source(QObject):
        changed = Signal(int)

    app = QApplication([])
    typed = []
    field = QLineEdit()
    field.textChanged.connect(lambda text: typed.append(1))
    source = Source()
    source.changed.connect(lambda n: None)
    for n in range(30000):
        field.setText(str(n))
        source.changed.emit(n)
    print(len(typed))
    """
)


def test_thirty_thousand_signals_into_python_keep_the_program_alive():
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT.format(root=str(ROOT))],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.split()[-1] == "30000"
