"""Pictures of every page and dialog, to be looked at as a clerk would.

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python -m tests.screenshots \\
        --lang en --scale 1.5 --out /tmp/shots

A demo commune is written to a fresh register in a temporary folder (its key there too,
never this PC's key store); the window is shown at 1,366 x 768, each page of the side bar
is grabbed, then each dialog the fit-the-screen test opens, every tab of those that have
tabs. The PNGs are named ``<lang>-<scale>-<page or dialog>[-<tab>].png``. A development
tool: nothing in the suite runs it, and it judges nothing; the eye does.
"""
from __future__ import annotations

import argparse
import dataclasses
import os
import re
import tempfile
import time
import unicodedata
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget


def _slug(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text.lower().replace("đ", "d"))
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", "-", plain).strip("-") or "page"


def _settle(app: QApplication, page: QWidget | None = None, rounds: int = 30) -> None:
    """Let layouts, lazy pages and a page's background load (up to 30 s) finish."""
    loading = getattr(page, "is_loading", None)
    deadline = time.monotonic() + 30
    while loading is not None and loading() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)
    for _ in range(rounds):
        app.processEvents()


def _save(widget: QWidget, out: Path, name: str) -> Path:
    target = out / f"{name}.png"
    widget.grab().save(str(target))
    return target


def _fill(db, members: int) -> None:
    from models import demo
    from models.settings import get_settings, save_settings

    demo.generate(db, members=members, years=2, chi_bo=max(3, members // 40))
    save_settings(db, dataclasses.replace(get_settings(db), initialised=True))


def shoot(lang: str, scale: float, out: Path, members: int) -> list[Path]:
    from gui.widgets.fonts import apply_text_scale
    from gui.window.app import create_application
    from gui.window.main_window import MainWindow
    from models.db import open_database
    from tests.test_gui_fits_screen import _dialogs

    app = create_application(lang)
    apply_text_scale(app, scale)
    folder = Path(tempfile.mkdtemp(prefix="snq-shots-"))
    path = folder / "so-nghi-quyet.db"
    db = open_database(path)
    _fill(db, members)
    prefix = f"{lang}-{scale:g}"
    saved: list[Path] = []

    window = MainWindow(db, path, QSettings(str(folder / "ui.ini"), QSettings.Format.IniFormat))
    window.backup_on_close = False
    window.resize(1366, 768)
    window.show()
    for key in window.keys:
        window.show_page(key)
        _settle(app, window.current_page())
        saved.append(_save(window, out, f"{prefix}-page-{_slug(key)}"))
    window.close()

    for name, make in _dialogs(db, path).items():
        dialog = make()
        dialog.show()
        _settle(app)
        tabs = getattr(dialog, "tabs", None)
        if tabs is None:
            saved.append(_save(dialog, out, f"{prefix}-{_slug(name)}"))
        else:
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                _settle(app, rounds=5)
                saved.append(
                    _save(dialog, out, f"{prefix}-{_slug(name)}-{_slug(tabs.tabText(index))}")
                )
        dialog.hide()
        dialog.deleteLater()
    _settle(app, rounds=5)
    db.conn.close()
    return saved


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=["vi", "en"], default="vi")
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--members", type=int, default=400)
    parser.add_argument("--out", type=Path, default=Path("shots"))
    args = parser.parse_args(argv)
    # The demo register's key stays in its own folder, never in this PC's key store.
    os.environ.setdefault("SNQ_KEY_DIR", tempfile.mkdtemp(prefix="snq-shots-keys-"))
    args.out.mkdir(parents=True, exist_ok=True)
    for path in shoot(args.lang, args.scale, args.out, args.members):
        print(path)


if __name__ == "__main__":
    main()
