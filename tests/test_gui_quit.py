"""Quitting while background work runs ends the process (it must not hang holding the register)."""
from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

SCRIPT = textwrap.dedent(
    """
    import os, sys, time
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    sys.path.insert(0, {root!r})
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from gui.widgets.tasks import BackgroundTask

    app = QApplication([])

    def slow(progress):
        for _ in range(30):
            time.sleep(0.01)
        return "xong"

    task = BackgroundTask(slow)
    task.start()
    QTimer.singleShot(0, app.quit)  # quit while the work is still running
    app.exec()
    print("ended", flush=True)
    """
)


def test_quitting_during_background_work_ends_the_program():
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT.format(root=str(ROOT))],
        capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "ended"
