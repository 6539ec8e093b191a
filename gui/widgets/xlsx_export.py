"""Xuất Excel: a list, as it is shown, into a workbook the office can sort and sum.

The rows are those the list shows (searched, filtered, sorted as on screen), the
columns its visible columns with their headings; numbers go in as numbers and
dates as dates (``Column.value``), so Excel can work with them. The workbook is
written on a worker: a list of thousands of members takes a moment.
"""
from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QTableView, QWidget

from gui.widgets.common import show_message
from gui.widgets.tablemodel import Column, FoldFilterProxy
from gui.widgets.tasks import run_in_background
from models.oserrors import usable_name
from models.vntext import show_int as format_int
from sheets import FORMAT_PERCENT, SheetError, SheetSpec, write_workbook

FORMAT_PLAIN_NUMBER = "0"  # years and numbers in a list: 1985, not 1.985
translate = QCoreApplication.translate  # lupdate finds translate("Context", "…")


def safe_file_name(text: str, suffix: str, *, limit: int = 80) -> str:
    """A file name from a title: no characters Windows refuses, not too long.

    A document's symbol keeps its shape ("20-KH/ĐU" becomes "20-KH-ĐU"), and a long
    title is cut at a word, not inside one.
    """
    text = unicodedata.normalize("NFC", text).replace("/", "-")
    name = " ".join(usable_name(text, "").split())
    if len(name) > limit:
        cut = name[: limit + 1].rsplit(" ", 1)[0] if " " in name[:limit] else name[:limit]
        name = cut.rstrip(" .,;-–")
    return (name or translate("Excel", "Danh sách")) + suffix


def documents_folder() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(found) if found else Path.home()
    return folder if folder.is_dir() else Path.home()


def ask_save_path(parent: QWidget | None, title: str, suggested: str, kind: str) -> Path | None:
    """The save dialog, starting in Documents; ``kind`` is "pdf", "xlsx" or "docx".
    ``None``: Hủy."""
    filters = {
        "pdf": translate("Excel", "Tệp PDF (*.pdf)"),
        "xlsx": translate("Excel", "Bảng tính Excel (*.xlsx)"),
        "docx": translate("Excel", "Văn bản Word (*.docx)"),
    }
    chosen, _filter = QFileDialog.getSaveFileName(
        parent, title, str(documents_folder() / suggested), filters[kind]
    )
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() != f".{kind}":
        path = path.with_name(path.name + f".{kind}")
    return path


def visible_columns(view: QTableView, columns: Sequence[Column]) -> list[Column]:
    """The columns the clerk sees, in the order they see them."""
    header = view.horizontalHeader()
    shown = [i for i in range(len(columns)) if not view.isColumnHidden(i)]
    return [columns[i] for i in sorted(shown, key=header.visualIndex)]


def sheet_of(
    title: str, view: QTableView, proxy: FoldFilterProxy, columns: Sequence[Column]
) -> SheetSpec:

    """The list as shown: visible rows in their order, visible columns, typed values."""
    chosen = visible_columns(view, columns)
    rows = [[column.value(row) for column in chosen] for row in proxy.visible_rows()]
    formats: dict[int | str, str] = {}
    for index, column in enumerate(chosen):
        if column.kind == "percent":
            formats[index] = FORMAT_PERCENT
        elif column.kind == "text" and any(isinstance(r[index], int) for r in rows):
            formats[index] = FORMAT_PLAIN_NUMBER
    return SheetSpec(
        title=title,
        headers=[column.title for column in chosen],
        rows=rows,
        number_formats=formats,
    )


def _write(_progress: Any, path: Path, sheet: SheetSpec) -> bool | str:
    """On the worker: True once written, or the clerk's message if it could not be."""
    try:
        write_workbook(path, [sheet])
    except SheetError as exc:
        return str(exc)
    return True


def export_list(
    parent: QWidget | None,
    title: str,
    view: QTableView,
    proxy: FoldFilterProxy,
    columns: Sequence[Column],
) -> Path | None:
    """Ask where, write the list as shown, say where it went. ``None`` if nothing was written."""
    dialog_title = translate("Excel", "Xuất Excel")
    path = ask_save_path(parent, dialog_title, safe_file_name(title, ".xlsx"), "xlsx")
    if path is None:
        return None
    sheet = sheet_of(title, view, proxy, columns)
    outcome = run_in_background(
        parent, translate("Excel", "Đang ghi tệp Excel"), _write, path, sheet
    )
    if isinstance(outcome, str):
        show_message(parent, dialog_title, outcome, warning=True)
        return None
    if outcome is not True:
        return None  # cancelled, or the failure has been shown
    count = len(sheet.rows) if isinstance(sheet.rows, list) else 0
    show_message(
        parent,
        dialog_title,
        translate("Excel", "Đã ghi {count} dòng vào tệp:\n{path}").format(
            count=format_int(count), path=path
        ),
    )
    return path
