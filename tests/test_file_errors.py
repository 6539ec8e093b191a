"""Files a clerk writes where they cannot go: the message is Vietnamese and says why,
and nothing is left under the name they asked for."""
from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from cli.app import run
from models.oserrors import name_problem, reason
from reports.frame import ReportWriteError, write_pdf
from sheets import SheetError, SheetSpec, write_workbook

FOLDER = "Nguyễn Thị Hằng/Tài liệu"
ENGLISH = ("No such file", "Read-only", "Permission denied", "Is a directory", "No space")


def _sheet() -> list[SheetSpec]:
    return [SheetSpec(title="Đảng viên", headers=["Họ và tên"], rows=[["Lê Văn An"]])]


@pytest.mark.parametrize(("code", "words"), [
    (errno.ENOENT, "không tìm thấy thư mục"),
    (errno.EROFS, "chỉ cho đọc"),
    (errno.EACCES, "không có quyền mở hay ghi tệp ở đó"),
    (errno.ENOSPC, "ổ đĩa đã đầy"),
    (errno.EISDIR, "là một thư mục"),
    (errno.ENAMETOOLONG, "quá dài"),
    (errno.EIO, "bị rút ra"),
])
def test_reasons_are_vietnamese(code, words):
    said = reason(OSError(code, os.strerror(code)))
    assert words in said
    assert not any(english in said for english in ENGLISH)


def test_windows_sharing_violation_says_the_file_is_open():
    exc = PermissionError(errno.EACCES, "The process cannot access the file")
    exc.winerror = 32
    assert "đang mở trong chương trình khác" in reason(exc)


@pytest.mark.parametrize("name", ["Báo cáo: tháng 3.pdf", "KH 20-KH/ĐU.pdf", 'a"b.xlsx',
                                  "bb?.pdf", "CON.pdf", "biên bản. "])
def test_names_windows_refuses(name):
    assert name_problem(name)


def test_a_plain_vietnamese_name_is_fine():
    assert name_problem("Biên bản số 01 - Hội nghị quán triệt 20-KH-ĐU.pdf") is None


def test_pdf_into_a_missing_folder_says_so_in_vietnamese(tmp_path: Path):
    target = tmp_path / FOLDER / "không có" / "bb.pdf"
    target.parent.parent.mkdir(parents=True)
    with pytest.raises(ReportWriteError) as caught:
        write_pdf(target, b"%PDF-1.4 ...")
    message = str(caught.value)
    assert "không tìm thấy thư mục" in message
    assert not any(english in message for english in ENGLISH)
    assert not target.parent.exists()


def test_pdf_with_a_forbidden_name_is_refused_and_nothing_written(tmp_path: Path):
    folder = tmp_path / FOLDER
    folder.mkdir(parents=True)
    with pytest.raises(ReportWriteError, match="ký tự không được dùng"):
        write_pdf(folder / "Báo cáo: tháng 3?.pdf", b"%PDF-1.4 ...")
    assert list(folder.iterdir()) == []


def test_workbook_with_a_forbidden_name_is_refused_and_nothing_written(tmp_path: Path):
    folder = tmp_path / FOLDER
    folder.mkdir(parents=True)
    with pytest.raises(SheetError, match="ký tự không được dùng"):
        write_workbook(folder / "Số liệu <quý 1>.xlsx", _sheet())
    assert list(folder.iterdir()) == []


def test_workbook_on_a_write_protected_stick_does_not_blame_disk_space(tmp_path, monkeypatch):
    folder = tmp_path / "USB Hằng"
    folder.mkdir()

    def write_protected(*_args, **_kwargs):
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr("tempfile.mkstemp", write_protected)
    with pytest.raises(SheetError) as caught:
        write_workbook(folder / "Số liệu.xlsx", _sheet())
    message = str(caught.value)
    assert "chỉ cho đọc" in message and "chỗ trống" not in message
    assert list(folder.iterdir()) == []


def test_cli_report_workbook_into_a_missing_folder_is_a_message_not_a_traceback(
    tmp_path: Path, capsys
):
    db = tmp_path / FOLDER / "sổ.db"
    db.parent.mkdir(parents=True)
    assert run(["--db", str(db), "init", "--unit-name", "Đảng ủy xã Cẩm Giàng"]) == 0
    capsys.readouterr()
    target = tmp_path / "không có" / "Số liệu.xlsx"
    assert run(["--db", str(db), "report", "--out", str(target)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("Lỗi: ") and "không có" in err and "Traceback" not in err
    assert not target.exists()


def test_pdf_over_one_open_in_a_viewer_keeps_the_old_file_whole(tmp_path: Path, monkeypatch):
    folder = tmp_path / FOLDER
    folder.mkdir(parents=True)
    target = folder / "Biên bản số 12.pdf"
    target.write_bytes(b"%PDF-1.4 the copy being read")

    def held_open(_src, _dst):
        exc = PermissionError(errno.EACCES, "The process cannot access the file")
        exc.winerror = 32
        raise exc

    monkeypatch.setattr(os, "replace", held_open)
    with pytest.raises(ReportWriteError) as caught:
        write_pdf(target, b"%PDF-1.4 new")
    assert "đang mở trong chương trình khác" in str(caught.value)
    assert "vẫn còn nguyên" in str(caught.value)
    assert target.read_bytes() == b"%PDF-1.4 the copy being read"
    assert [p.name for p in folder.iterdir()] == [target.name]
