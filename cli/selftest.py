"""``selftest``: the built program checks itself in a temporary folder.

It opens the window offscreen on a small demo register and shows every page
(a page whose module the build left out fails it), prints the minutes of a
conference to PDF, shows that PDF as the print preview does (QtPdf) and sends
it to a printer (QtPrintSupport, printing to a file), backs up and restores the
register, and makes a USB round trip (an upper level issues a setup file, a unit
applies it and exports, the upper level imports). Exit code 0 only if all of it
worked. Nothing outside the temporary folder is touched.
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
import traceback
from collections.abc import Callable
from pathlib import Path

from models import demo
from models.conferences import list_conferences
from models.db import open_database
from models.i18n import N_, _
from models.settings import get_settings, save_settings


def register(subparsers: argparse._SubParsersAction) -> None:
    check = subparsers.add_parser(
        "selftest", help=_(
            "tự kiểm tra chương trình (cửa sổ, in PDF, gói USB) trong thư mục tạm"
        )
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

    from gui.window.app import create_application
    from gui.window.main_window import MainWindow

    path = folder / "cua-so" / "so.db"
    db = _register(path, "Đảng ủy xã Cẩm Giàng", "ĐU", "unit", members=60)
    app = create_application("vi")
    window = MainWindow(db, path, settings=QSettings(str(folder / "ui.ini"),
                                                     QSettings.Format.IniFormat))
    window.backup_on_close = False
    window.resize(1366, 768)
    window.show()
    pages = window.sidebar.count()
    # An error inside a slot does not reach this function; the hook catches it.
    raised: list[BaseException] = []
    previous_hook = sys.excepthook
    sys.excepthook = lambda _type, exc, _tb: raised.append(exc)
    try:
        for row in range(pages):
            window.sidebar.setCurrentRow(row)
            QApplication.processEvents()
            title = window.sidebar.item(row).text()
            if raised:
                raise RuntimeError(_(
                    "trang “{title}” lỗi: {value!r}"
                ).format(title=title, value=raised[0]))
            if window.keys[row] not in window.pages:
                raise RuntimeError(_("trang “{title}” không mở được").format(title=title))
            if window.grab().isNull():
                raise RuntimeError(_("trang “{title}” không vẽ được").format(title=title))
    finally:
        sys.excepthook = previous_hook
        window.close()
        app.processEvents()
        db.conn.close()
    return _("mở cửa sổ và {pages} trang").format(pages=pages)


def check_pdf(folder: Path) -> str:
    from reports.loaders import load_minutes, print_settings
    from reports.minutes import render_minutes

    db = _register(folder / "in" / "so.db", "Đảng ủy xã Cẩm Giàng", "ĐU", "unit", members=60)
    conference = list_conferences(db)[0]
    target = folder / "bien-ban.pdf"
    pages = render_minutes(load_minutes(db, conference.id), target,
                           print_settings(get_settings(db)))
    if not target.read_bytes().startswith(b"%PDF") or pages < 1:
        raise RuntimeError(_("tệp PDF không hợp lệ"))
    db.conn.close()
    return _("in biên bản {pages} trang").format(pages=pages)


def check_preview(folder: Path) -> str:
    """The minutes as the print preview shows them (QtPdf) and as a printer gets them."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QPainter
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPrintSupport import QPrinter

    from gui.window.app import create_application

    create_application("vi")
    check_pdf(folder)
    document = QPdfDocument()
    if document.load(str(folder / "bien-ban.pdf")) != QPdfDocument.Error.None_:
        raise RuntimeError(_("QtPdf không đọc được biên bản"))
    shown = document.pageCount()
    page = document.render(0, QSize(420, 594))
    inked = sum(
        page.pixelColor(x, y).lightness() < 128
        for x in range(0, page.width(), 3)
        for y in range(0, page.height(), 3)
    )
    if inked == 0:
        raise RuntimeError(_("trang xem trước trống"))
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = folder / "may-in.pdf"
    printer.setOutputFileName(str(printed))
    painter = QPainter()
    if not painter.begin(printer):
        raise RuntimeError(_("không mở được máy in"))
    painter.drawImage(painter.viewport(), page)
    painter.end()
    document.close()
    if not printed.read_bytes().startswith(b"%PDF"):
        raise RuntimeError(_("bản in ra tệp không hợp lệ"))
    return _("xem trước {shown} trang và in ra máy in (tệp)").format(shown=shown)


def check_backup(folder: Path) -> str:
    from models.backup import take_backup
    from models.backup_check import check_integrity
    from models.backup_names import REASON_MANUAL
    from models.listing import member_rows
    from models.restore import restore

    path = folder / "so.db"
    db = _register(path, "Đảng ủy xã Cẩm Giàng", "ĐU", "unit", members=30)
    members = len(member_rows(db))
    db.conn.close()
    copy = take_backup(path, REASON_MANUAL)
    if check_integrity(copy):
        raise RuntimeError(_("bản sao lưu không đạt kiểm tra"))
    restore(path, copy)
    db = open_database(path)
    try:
        if len(member_rows(db)) != members:
            raise RuntimeError(_("khôi phục không đủ dữ liệu"))
    finally:
        db.conn.close()
    return _("sao lưu và khôi phục {members} đảng viên").format(members=members)


def check_usb(folder: Path) -> str:
    from sync.enrolment import apply_setup_file, setup_unit
    from sync.import_export import export_package, import_package

    upper_path = folder / "cap-tren" / "so.db"
    upper = _register(upper_path, "Đảng ủy tỉnh", "TU", "upper")
    unit_path = folder / "don-vi" / "so.db"
    unit = open_database(unit_path)
    # Closed before the temporary folder is removed: Windows refuses to delete open files.
    try:
        stick = folder / "usb"
        stick.mkdir()
        issued = setup_unit(upper, stick, name="Đảng ủy xã Cẩm Giàng", abbr="ĐU")
        apply_setup_file(unit, issued.written.target_path)
        demo.generate(unit, members=40, years=1, chi_bo=3, until=dt.date.today())
        package = export_package(unit, stick)
        report = import_package(upper, package.target_path)
        received = report.plan.totals().new
    finally:
        unit.conn.close()
        upper.conn.close()
    if not report.applied or received == 0:
        raise RuntimeError(_("cấp trên không nhận được dữ liệu của đơn vị"))
    return _("gửi và nhận gói USB ({received} bản ghi)").format(received=received)


def _collection_back_to_python() -> None:
    """A window check moves cycle collection to the event loop's timer (gui.widgets.collector);
    the checks after it run without an event loop."""
    if "gui.widgets.collector" in sys.modules:
        sys.modules["gui.widgets.collector"].uninstall()


def check_encryption(folder: Path) -> str:
    """The register is encrypted (SQLCipher is in the build), and on Windows the key store
    the program uses is the Credential Manager (keyring's back end is in the build)."""
    from models.cipher import is_plain

    path = folder / "so.db"
    _register(path, "Đảng ủy xã Cẩm Giàng", "ĐU", "unit").conn.close()
    if is_plain(path) or "Cẩm Giàng".encode() in path.read_bytes():
        raise RuntimeError(_("sổ dữ liệu không được mã hoá"))
    if os.name == "nt":
        import keyring

        backend = type(keyring.get_keyring()).__module__
        if not backend.startswith("keyring.backends.Windows"):
            raise RuntimeError(_(
                "không dùng được kho khóa của Windows ({backend})"
            ).format(backend=backend))
        return _("sổ được mã hoá; khóa giữ trong Windows Credential Manager")
    return _("sổ được mã hoá")


CHECKS: tuple[tuple[str, Callable[[Path], str]], ...] = (
    (N_("Cửa sổ"), check_window),
    (N_("In PDF"), check_pdf),
    (N_("Xem trước và in"), check_preview),
    (N_("Sao lưu"), check_backup),
    (N_("Gói USB"), check_usb),
    (N_("Mã hoá"), check_encryption),
)


def cmd_selftest(args: argparse.Namespace) -> int:
    failed = 0
    with tempfile.TemporaryDirectory(prefix="snq-selftest-") as temp:
        os.environ["SNQ_DATA_DIR"] = temp  # nothing of the user's data folder is touched
        # Nor the user's key store: the test registers get a key of their own.
        os.environ["SNQ_KEY_DIR"] = str(Path(temp) / "khoa")
        for name, check in CHECKS:
            folder = Path(temp) / name.replace(" ", "-")
            folder.mkdir()
            try:
                print(_("{name}: đạt — {folder}").format(name=_(name), folder=check(folder)))
            except Exception as exc:  # every failure is reported, then the next check runs
                failed += 1
                print(_("{name}: KHÔNG ĐẠT — {exc}").format(name=_(name), exc=exc))
                traceback.print_exc()
            finally:
                _collection_back_to_python()
    print(_("Tự kiểm tra: ") + (_("đạt.") if not failed else _(
        "{failed} phần không đạt."
    ).format(failed=failed)))
    return 0 if not failed else 1
