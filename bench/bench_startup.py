"""Time from process start to a shown main window, on a demo commune of 2,500
members and 3 years, against a bare PySide6 window started the same way in the
same run. Each start is a fresh Python process (offscreen); runs alternate
between them so that the shared machine's noise falls on all.

Two moments are timed: the window shown (run_gui shows it before opening the
register) and its first page filled. ``run_gui`` is timed called directly and
through ``main.py`` started as a clerk starts it: no arguments, the register
in the user's data folder (here ``XDG_DATA_HOME`` points at the demo one).

    python -m bench.bench_startup [--members 2500] [--years 3] [--repeat 7]
"""
from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

BARE = """
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication([])
window = QMainWindow()
window.setCentralWidget(QLabel("Sổ Nghị quyết"))
window.resize(1366, 768)
window.show()
app.processEvents()
print("shown", flush=True)
"""

# The real run_gui(), told to report when the window shows and when the first
# page is filled (attach() has built it), then to stop.
APP = """
import sys
sys.path.insert(0, {root!r})
from pathlib import Path
from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from gui.window import main_window

QSettings.setDefaultFormat(QSettings.Format.IniFormat)
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, {settings!r})

show_first_time = main_window.MainWindow.show_first_time


def show_and_report(self):
    # As the bare window does it: shown, its events processed, then the line.
    show_first_time(self)
    QCoreApplication.processEvents()
    print("shown", flush=True)


attach = main_window.MainWindow.attach


def attach_and_stop(self, db):
    self.settings.setValue("window/page", {page!r})
    attach(self, db)
    QCoreApplication.processEvents()
    print("ready", flush=True)
    QTimer.singleShot(0, QCoreApplication.quit)


main_window.MainWindow.show_first_time = show_and_report
main_window.MainWindow.attach = attach_and_stop
if {through_main!r}:
    import runpy
    sys.argv = ["main.py"]
    runpy.run_path(str(Path({root!r}) / "main.py"), run_name="__main__")
else:
    from gui.window.app import run_gui

    run_gui(Path({db!r}))
"""


def time_start(code: str, data_home: str) -> dict[str, float]:
    """Seconds from starting ``python -c code`` until each line it prints ("shown", "ready")."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_DATA_HOME": data_home}
    env.pop("SNQ_DATA_DIR", None)
    # Started as a clerk starts it: from compiled bytecode (the warm-up run
    # writes it), not recompiling every module as PYTHONDONTWRITEBYTECODE would.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    start = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
        text=True, env=env, cwd=ROOT,
    )
    seen: dict[str, float] = {}
    # A window that waits for a click (a dialog nobody answers) must not hang the run.
    watchdog = threading.Timer(120, process.kill)
    watchdog.start()
    try:
        for line in process.stdout or ():
            seen.setdefault(line.strip(), time.perf_counter() - start)
        process.wait()
    finally:
        watchdog.cancel()
    if "shown" not in seen:
        raise SystemExit(f"the window did not start (exit code {process.returncode})")
    return seen


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--members", type=int, default=2500)
    parser.add_argument("--years", type=int, default=3)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from models import demo, keystore
    from models.db import open_database
    from models.settings import get_settings, save_settings

    with tempfile.TemporaryDirectory() as folder:
        # A key store of its own (the child processes inherit it), never the user's.
        os.environ[keystore.KEY_DIR_ENV] = str(Path(folder) / "keys")
        data_home = str(Path(folder) / "data")
        # Where models.paths.default_db_path() looks on Linux with that XDG_DATA_HOME.
        db_path = Path(data_home) / "SoNghiQuyet" / "so-nghi-quyet.db"
        db_path.parent.mkdir(parents=True)
        db = open_database(db_path)
        counts = demo.generate(
            db, members=args.members, years=args.years, chi_bo=60, until=dt.date(2026, 11, 25)
        )
        # A clerk's everyday start: set up, recovery code seen (no first-start dialogs).
        save_settings(db, dataclasses.replace(get_settings(db), initialised=True))
        keystore.mark_recovery_code_shown()
        db.conn.close()
        print(
            f"demo register: {counts['members']:,} members, {counts['conferences']} conferences, "
            f"{counts['attendance']:,} attendance rows"
        )
        settings = str(Path(folder) / "qsettings")
        codes = {
            "bare PySide6 window": BARE,
            "overview": APP.format(root=str(ROOT), db=str(db_path), settings=settings,
                                   page="overview", through_main=False),
            "member list": APP.format(root=str(ROOT), db=str(db_path), settings=settings,
                                      page="organisation", through_main=False),
            "overview, started by main.py": APP.format(
                root=str(ROOT), db=str(db_path), settings=settings, page="overview",
                through_main=True,
            ),
        }
        for code in codes.values():
            time_start(code, data_home)  # warm the file cache once
        times: dict[tuple[str, str], list[float]] = {}
        for _ in range(args.repeat):
            for name, code in codes.items():
                for event, seconds in time_start(code, data_home).items():
                    times.setdefault((name, event), []).append(seconds)
        medians = {key: statistics.median(values) for key, values in times.items()}
        baseline = medians[("bare PySide6 window", "shown")]
        print(f"bare PySide6 window shown: {baseline * 1000:.0f} ms (median of {args.repeat})")
        for name in ("overview", "member list", "overview, started by main.py"):
            shown, ready = medians[(name, "shown")], medians[(name, "ready")]
            print(
                f"run_gui, last page {name}: window shown {shown * 1000:.0f} ms "
                f"({shown / baseline:.2f}x the bare window; goal within 1.5x), "
                f"page filled {ready * 1000:.0f} ms ({ready / baseline:.2f}x)"
            )


if __name__ == "__main__":
    main()
