"""``selftest``: the built program checks itself in a temporary folder.

It opens the window offscreen on a small demo register and shows every page,
prints the minutes of a conference to PDF, and makes a USB round trip (an upper
level issues a setup file, a unit applies it and exports, the upper level
imports). Exit code 0 only if all of it worked. Nothing outside the temporary
folder is touched.
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import tempfile
import traceback
from collections.abc import Callable
from pathlib import Path

from models import demo
from models.conferences import list_conferences
from models.db import open_database
from models.settings import get_settings, save_settings


def register(subparsers: argparse._SubParsersAction) -> None:
    check = subparsers.add_parser(
        "selftest", help="tự kiểm tra chương trình (cửa sổ, in PDF, gói USB) trong thư mục tạm"
    )
    check.set_defaults(handler=cmd_selftest)


def _register(path: Path, name: str, abbr: str, role: str, members: int = 0):
    db = open_database(path)
    settings = get_settings(db)
    settings.unit_name, settings.unit_abbr, settings.role = name, abbr, role
    settings.upper_name, settings.place = "Đảng bộ tỉnh Thái Nguyên", "Cẩm Giàng"
    settings.leader_name, settings.initialised = "Lường Văn Thắng", True
    save_settings(db, settings)
    if members:
        demo.generate(db, members=members, years=1, chi_bo=4, until=dt.date.today())
    return db


def check_window(folder: Path) -> str:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from gui.app import create_application
    from gui.main_window import MainWindow

    path = folder / "cua-so" / "so.db"
    db = _register(path, "Đảng ủy xã Cẩm Giàng", "ĐU", "unit", members=60)
    app = create_application("vi")
    window = MainWindow(db, path, settings=QSettings(str(folder / "ui.ini"),
                                                     QSettings.Format.IniFormat))
    window.backup_on_close = False
    window.resize(1366, 768)
    window.show()
    pages = window.sidebar.count()
    for row in range(pages):
        window.sidebar.setCurrentRow(row)
        QApplication.processEvents()
        if window.grab().isNull():
            raise RuntimeError(f"trang {row + 1} không vẽ được")
    window.close()
    app.processEvents()
    db.conn.close()
    return f"mở cửa sổ và {pages} trang"


def check_pdf(folder: Path) -> str:
    from reports.loaders import load_minutes, print_settings
    from reports.minutes import render_minutes

    db = _register(folder / "in" / "so.db", "Đảng ủy xã Cẩm Giàng", "ĐU", "unit", members=60)
    conference = list_conferences(db)[0]
    target = folder / "bien-ban.pdf"
    pages = render_minutes(load_minutes(db, conference.id), target,
                           print_settings(get_settings(db)))
    if not target.read_bytes().startswith(b"%PDF") or pages < 1:
        raise RuntimeError("tệp PDF không hợp lệ")
    return f"in biên bản {pages} trang"


def check_usb(folder: Path) -> str:
    from sync.enrolment import apply_setup_file, setup_unit
    from sync.exchange import export_package, import_package

    upper_path = folder / "cap-tren" / "so.db"
    upper = _register(upper_path, "Đảng ủy tỉnh", "TU", "upper")
    stick = folder / "usb"
    stick.mkdir()
    issued = setup_unit(upper, upper_path, stick, name="Đảng ủy xã Cẩm Giàng", abbr="ĐU")
    unit_path = folder / "don-vi" / "so.db"
    unit = open_database(unit_path)
    apply_setup_file(unit, unit_path, issued.written.target_path)
    demo.generate(unit, members=40, years=1, chi_bo=3, until=dt.date.today())
    package = export_package(unit, unit_path, stick)
    report = import_package(upper, upper_path, package.target_path)
    received = report.plan.totals().new
    if not report.applied or received == 0:
        raise RuntimeError("cấp trên không nhận được dữ liệu của đơn vị")
    return f"gửi và nhận gói USB ({received} bản ghi)"


CHECKS: tuple[tuple[str, Callable[[Path], str]], ...] = (
    ("Cửa sổ", check_window),
    ("In PDF", check_pdf),
    ("Gói USB", check_usb),
)


def cmd_selftest(args: argparse.Namespace) -> int:
    failed = 0
    with tempfile.TemporaryDirectory(prefix="snq-selftest-") as temp:
        os.environ["SNQ_DATA_DIR"] = temp  # nothing of the user's data folder is touched
        for name, check in CHECKS:
            folder = Path(temp) / name.replace(" ", "-")
            folder.mkdir()
            try:
                print(f"{name}: đạt — {check(folder)}")
            except Exception as exc:  # every failure is reported, then the next check runs
                failed += 1
                print(f"{name}: KHÔNG ĐẠT — {exc}")
                traceback.print_exc()
    print("Tự kiểm tra: " + ("đạt." if not failed else f"{failed} phần không đạt."))
    return 0 if not failed else 1
