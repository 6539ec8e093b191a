"""Registers damaged on purpose, and ``run_gui`` driven from inside its own event loop."""
from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from sqlite_utils import Database

from models import demo
from models.db import open_database
from models.documents import Document, save_document
from models.listing import document_rows
from models.settings import get_settings, save_settings
from tests.crypt_helpers import keyed_connect

LATE_SYMBOL = "99-NQ/ĐU"


def build_register(path: Path) -> Database:
    """A set-up register with a small demo commune: a few hundred pages on disk."""
    db = open_database(path)
    save_settings(
        db,
        dataclasses.replace(
            get_settings(db), unit_name="Đảng ủy xã Cẩm Giàng", unit_abbr="ĐU",
            place="Cẩm Giàng", initialised=True,
        ),
    )
    demo.generate(db, members=60, years=1, chi_bo=3, until=dt.date(2025, 6, 1))
    return db


def add_late_document(db: Database) -> None:
    """A record entered after the backup: a restore must take the register back before it."""
    save_document(
        db,
        Document(
            type_code="NQ", symbol=LATE_SYMBOL, level_code="ĐU", issuer="Đảng ủy xã",
            issued_on="01/06/2025", term="2025-2030", title="Nghị quyết nhập sau khi sao lưu",
        ),
    )


def symbols(db: Database) -> set[str]:
    return {row["symbol"] for row in document_rows(db)}


def damage(path: Path) -> bytes:
    """Fold the WAL into the file, then overwrite pages in its middle, as a bad disk would.

    Returns the damaged bytes, to show later that nothing wrote to the file.
    """
    con = keyed_connect(path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    data = bytearray(path.read_bytes())
    page = 4096
    assert len(data) > page * 20
    for offset in range(page * 3, page * 8):
        data[offset] = 0xA5
    path.write_bytes(bytes(data))
    return bytes(data)


def after_attach(monkeypatch, step: Callable[[object], None]) -> list[BaseException]:
    """Call ``step(window)`` once ``run_gui``'s window has its register and its loop runs.

    Whatever happens in ``step``, the window is closed afterwards so that
    ``run_gui`` returns (a failing step must not leave the test waiting); what
    the step raised is in the returned list, for the test to raise again.
    """
    from gui.window.main_window import MainWindow

    original = MainWindow.attach
    errors: list[BaseException] = []

    def attach(self, db):
        original(self, db)
        if getattr(self, "_test_step_done", False):
            return  # a restore from the window attaches again

        def run() -> None:
            self._test_step_done = True
            try:
                step(self)
            except BaseException as exc:  # noqa: BLE001 — raised again by the test
                errors.append(exc)
            finally:
                QTimer.singleShot(0, lambda: _close(self))

        QTimer.singleShot(0, run)

    monkeypatch.setattr(MainWindow, "attach", attach)
    return errors


def _close(window) -> None:
    """Close the window; its closing ends ``run_gui``'s loop unless another window is shown.

    Quitting twice would leave a second quit waiting in the queue, to end the
    next test's event loops early.
    """
    window.close()
    if any(w.isVisible() for w in QApplication.topLevelWidgets()):
        QApplication.instance().quit()
