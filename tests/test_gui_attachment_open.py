"""Mở tệp on a document's attached file: each file opens as itself, and opening it
again while Word still holds the first copy just opens it again."""
from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices

from gui.documents import editor as document_editor
from models.documents import attach_file
from models.listing import document_rows
from tests.gui_fixtures import *  # noqa: F403
from tests.gui_fixtures import OFFSCREEN_NOISE

pytestmark = OFFSCREEN_NOISE


def _open_attachment(qtbot, window, uuid: str) -> None:
    window.show_page("documents")
    page = window.current_page()
    page.select_uuid(uuid)
    page.edit_selected()
    editor = page.current_editor()
    editor.files.setCurrentRow(0)
    qtbot.mouseClick(editor.open_button, Qt.MouseButton.LeftButton)
    editor.reject()


def test_two_files_of_the_same_name_open_as_themselves_even_while_one_is_open(
    qtbot, window, ready_db, tmp_path, monkeypatch
):
    opened: list[Path] = []
    monkeypatch.setattr(QDesktopServices, "openUrl",
                        lambda url: opened.append(Path(url.toLocalFile())) or True)
    monkeypatch.setattr(tempfile, "gettempdir", lambda: str(tmp_path / "Temp của Hằng"))
    documents = [r["uuid"] for r in document_rows(ready_db)][:2]
    for number, uuid in enumerate(documents):
        source = tmp_path / f"bản {number}" / "Nghị quyết.pdf"
        source.parent.mkdir()
        source.write_bytes(f"%PDF-1.4 văn bản {number}".encode())
        attach_file(ready_db, uuid, source)

    _open_attachment(qtbot, window, documents[0])
    _open_attachment(qtbot, window, documents[1])
    assert [p.name for p in opened] == ["Nghị quyết.pdf", "Nghị quyết.pdf"]
    assert opened[0] != opened[1]
    assert [p.read_bytes().decode() for p in opened] == [
        "%PDF-1.4 văn bản 0", "%PDF-1.4 văn bản 1"
    ]

    # Word keeps the first copy open (and the clerk typed into it): the next look is a
    # fresh copy of what the register holds, in a folder of its own.
    opened[0].write_bytes(b"edited in Word")
    _open_attachment(qtbot, window, documents[0])
    assert opened[2] != opened[0] and opened[2].parent != opened[0].parent
    assert opened[2].read_bytes().decode() == "%PDF-1.4 văn bản 0"
    assert opened[0].read_bytes() == b"edited in Word"
    assert [p.name for p in opened[2].parent.iterdir()] == ["Nghị quyết.pdf"]
    # Only this account may enter the folder a copy is opened from.
    if os.name == "posix":
        assert all(stat.S_IMODE(p.parent.stat().st_mode) == 0o700 for p in opened)


def test_a_program_or_script_is_listed_as_saved_only_and_never_opened(
    qtbot, window, ready_db, tmp_path, monkeypatch
):
    opened: list[Path] = []
    monkeypatch.setattr(QDesktopServices, "openUrl",
                        lambda url: opened.append(Path(url.toLocalFile())) or True)
    monkeypatch.setattr(tempfile, "gettempdir", lambda: str(tmp_path / "Temp"))
    said: list[str] = []
    monkeypatch.setattr(document_editor, "show_message",
                        lambda parent, title, text, warning=False: said.append(text))
    uuid = [r["uuid"] for r in document_rows(ready_db)][0]
    # "Báo cáo\u202efdp.exe" shows as "Báo cáoexe.pdf" where bidi overrides are obeyed.
    source = tmp_path / "Báo cáo\u202efdp.exe"
    source.write_bytes(b"MZ\x90\x00")
    attach_file(ready_db, uuid, source)

    window.show_page("documents")
    page = window.current_page()
    page.select_uuid(uuid)
    page.edit_selected()
    editor = page.current_editor()
    assert [editor.files.item(i).text() for i in range(editor.files.count())] == [
        "Báo cáofdp.exe (chỉ lưu bản sao)"
    ]
    editor.files.setCurrentRow(0)
    qtbot.mouseClick(editor.open_button, Qt.MouseButton.LeftButton)
    editor.reject()
    assert opened == []
    assert len(said) == 1 and "Báo cáofdp.exe" in said[0] and "chỉ lưu bản sao" in said[0]
    assert not (tmp_path / "Temp").exists() or not any((tmp_path / "Temp").iterdir())
