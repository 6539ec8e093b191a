"""PySide6 6.12.0 on Python 3.11 loses a reference to None on every slot call
and to True on every emit from Python; without ``gui.refcounts`` the program
aborts after a few thousand. Run in a subprocess, where an abort is the point."""
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

SCRIPT = r"""
import sys
{guard}
from PySide6.QtCore import QCoreApplication, QObject, Signal

app = QCoreApplication([])


class Source(QObject):
    ping = Signal(int)


source = Source()
received = []
source.ping.connect(lambda n: received.append(n))
for number in range(20000):
    source.ping.emit(number)
print(len(received))
"""


def run(guard: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-c", SCRIPT.format(guard=guard)], cwd=ROOT,
                          capture_output=True, text=True, env=env, timeout=120)


def test_many_signals_survive_with_the_guard():
    result = run("import gui")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "20000"


def test_the_fault_is_real_without_the_guard():
    """If a fixed PySide6 is ever pinned, this fails and the guard can go."""
    result = run("")
    if sys.version_info >= (3, 12):
        assert result.returncode == 0
    else:
        assert result.returncode != 0 and "dealloc" in result.stderr
