"""Mở tệp on a document's attached file: each file opens as itself, and opening it
again while Word still holds the first copy just opens it again."""
from __future__ import annotations

import pathlib
import tempfile
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices

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
        attach_file(ready_db, window.db_path, uuid, source)

    _open_attachment(qtbot, window, documents[0])
    _open_attachment(qtbot, window, documents[1])
    assert [p.name for p in opened] == ["Nghị quyết.pdf", "Nghị quyết.pdf"]
    assert opened[0] != opened[1]
    assert [p.read_bytes().decode() for p in opened] == [
        "%PDF-1.4 văn bản 0", "%PDF-1.4 văn bản 1"
    ]

    # Word keeps the first copy open: on Windows it cannot be replaced.
    real_replace = pathlib.Path.replace

    def held_by_word(self, target):
        if Path(target) == opened[0]:
            raise PermissionError(13, "The process cannot access the file")
        return real_replace(self, target)

    monkeypatch.setattr(pathlib.Path, "replace", held_by_word)
    _open_attachment(qtbot, window, documents[0])
    assert opened[2] == opened[0]
    assert opened[0].read_bytes().decode() == "%PDF-1.4 văn bản 0"
    assert [p.name for p in opened[0].parent.iterdir()] == ["Nghị quyết.pdf"]
