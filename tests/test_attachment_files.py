"""Attaching a document's file as clerks have them: accented names (some spelled by
a Mac), a stick pulled out during the copy, a scan far too large to send."""
from __future__ import annotations

import errno
import hashlib
import pathlib
import unicodedata
from pathlib import Path

import pytest

from models.documents import MAX_ATTACHMENT_BYTES, attach_file, list_attachments
from models.errors import ValidationError
from models.sealed_files import MAGIC, read_file
from tests.factories import small_commune

CONTENT = b"%PDF-1.4 Nghi quyet 57" * 1000


def _register(tmp_path: Path):
    path = tmp_path / "Nguyễn Thị Hằng" / "Tài liệu" / "sổ.db"
    path.parent.mkdir(parents=True)
    return small_commune(path), path


def _leftovers(db_path: Path) -> list[str]:
    return sorted(p.name for p in (db_path.parent / "attachments").iterdir())


def test_a_name_spelled_by_a_mac_is_kept_composed(tmp_path: Path):
    fx, db_path = _register(tmp_path)
    stick = tmp_path / unicodedata.normalize("NFD", "USB của Hằng")
    stick.mkdir()
    source = stick / unicodedata.normalize("NFD", "Nghị quyết 57 - Đảng ủy.PDF")
    source.write_bytes(CONTENT)
    attached = attach_file(fx.db, fx.document.uuid, source)
    assert attached.file_name == "Nghị quyết 57 - Đảng ủy.PDF"
    assert [a.file_name for a in list_attachments(fx.db, fx.document.uuid)] == [
        "Nghị quyết 57 - Đảng ủy.PDF"
    ]
    digest = hashlib.sha256(CONTENT).hexdigest()
    assert attached.stored_name == f"{digest}.pdf" and attached.size == len(CONTENT)
    stored = db_path.parent / "attachments" / attached.stored_name
    # Sealed with the register's key on disk; the same bytes once opened with it.
    assert stored.read_bytes().startswith(MAGIC) and CONTENT not in stored.read_bytes()
    assert read_file(stored) == CONTENT
    assert _leftovers(db_path) == [attached.stored_name]


def test_a_stick_pulled_out_during_the_copy_is_a_message_and_leaves_nothing(
    tmp_path: Path, monkeypatch
):
    fx, db_path = _register(tmp_path)
    source = tmp_path / "Kết luận 21.pdf"
    source.write_bytes(CONTENT * 100)
    real_open = pathlib.Path.open

    class PulledOut:
        def __init__(self, handle):
            self.handle, self.reads = handle, 0

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.handle.close()

        def read(self, size=-1):
            self.reads += 1
            if self.reads > 1:
                raise OSError(errno.EIO, "Input/output error")
            return self.handle.read(size)

    def opening(self, mode="r", *args, **kwargs):
        handle = real_open(self, mode, *args, **kwargs)
        return PulledOut(handle) if self == source else handle

    monkeypatch.setattr(pathlib.Path, "open", opening)
    with pytest.raises(ValidationError) as caught:
        attach_file(fx.db, fx.document.uuid, source)
    assert "Kết luận 21.pdf" in str(caught.value) and "rút ra" in str(caught.value)
    assert list_attachments(fx.db, fx.document.uuid) == []
    assert _leftovers(db_path) == []


def test_a_file_too_large_to_send_is_refused_before_copying(tmp_path: Path):
    fx, db_path = _register(tmp_path)
    source = tmp_path / "Bản quét 300dpi.pdf"
    with source.open("wb") as handle:
        handle.truncate(MAX_ATTACHMENT_BYTES + 1)
    with pytest.raises(ValidationError, match="quá lớn để đính kèm"):
        attach_file(fx.db, fx.document.uuid, source)
    assert list_attachments(fx.db, fx.document.uuid) == []
    assert _leftovers(db_path) == []


def test_a_name_windows_refuses_is_opened_under_a_name_it_accepts(tmp_path: Path):
    """The file came in a package from a PC that allowed ':' and '?' in names."""
    from models.documents import viewing_copy
    from models.oserrors import name_problem

    stored = tmp_path / ("ab" * 32 + ".pdf")
    stored.write_bytes(CONTENT)
    opened = viewing_copy(stored, "Báo cáo: quý 1?.pdf", tmp_path / "Temp")
    assert name_problem(opened.name) is None
    assert opened.name == "Báo cáo  quý 1 .pdf" and opened.read_bytes() == CONTENT
    assert sorted(p.name for p in opened.parent.iterdir()) == [opened.name]
