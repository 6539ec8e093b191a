"""Writing packages to a stick, file names, and finding removable drives."""
from __future__ import annotations

import datetime as dt
import errno
import hashlib
import io
import pathlib
from pathlib import Path

import pytest

from sync import transfer
from sync.errors import SizeLimitError, TransferError

DATA = b"\x89SNQ\r\n\x1a\n" + bytes(range(256)) * 10000  # 2.4 MiB: three chunks


def test_package_reaches_the_stick_and_stays_on_the_pc(tmp_path):
    stick, staging = tmp_path / "usb", tmp_path / "exports"
    stick.mkdir()

    written = transfer.write_package_to(stick, DATA, "SNQ_DUCG_2025-03-05_0800.snq",
                                        staging_dir=staging)

    assert written.target_path == stick / "SNQ_DUCG_2025-03-05_0800.snq"
    assert written.local_path == staging / "SNQ_DUCG_2025-03-05_0800.snq"
    assert written.target_path.read_bytes() == DATA
    assert written.local_path.read_bytes() == DATA
    assert written.sha256 == hashlib.sha256(DATA).hexdigest()
    assert written.size == len(DATA)
    assert [p.name for p in stick.iterdir()] == ["SNQ_DUCG_2025-03-05_0800.snq"]
    assert [p.name for p in staging.iterdir()] == ["SNQ_DUCG_2025-03-05_0800.snq"]


def test_unfinished_copies_older_than_a_day_are_swept_from_the_stick(tmp_path):
    import os
    import time

    stick = tmp_path / "usb"
    stick.mkdir()
    stale = stick / "~SNQ_DUCG_2025-03-01_0800.1a2b3c4d.part"
    fresh = stick / "~SNQ_DUCG_2025-03-05_0759.5e6f7a8b.part"  # another PC writing now
    theirs = stick / "~$Bao cao.docx.part"  # not ours: never touched
    for path in (stale, fresh, theirs):
        path.write_bytes(b"half")
    two_days_ago = time.time() - 2 * 24 * 3600
    os.utime(stale, (two_days_ago, two_days_ago))
    os.utime(theirs, (two_days_ago, two_days_ago))

    transfer.write_package_to(stick, DATA, "SNQ_DUCG_2025-03-05_0800.snq",
                              staging_dir=tmp_path / "exports")

    assert sorted(p.name for p in stick.iterdir()) == sorted(
        [fresh.name, theirs.name, "SNQ_DUCG_2025-03-05_0800.snq"]
    )


def test_existing_package_on_the_stick_is_not_overwritten(tmp_path):
    stick = tmp_path / "usb"
    stick.mkdir()
    (stick / "SNQ_DUCG.snq").write_bytes(b"older package")

    written = transfer.write_package_to(stick, DATA, "SNQ_DUCG.snq", staging_dir=tmp_path / "s")

    assert written.target_path.name == "SNQ_DUCG_2.snq"
    assert (stick / "SNQ_DUCG.snq").read_bytes() == b"older package"


class _FullStick(io.RawIOBase):
    """A file on a stick that fills up after ``room`` bytes."""

    def __init__(self, real, room: int) -> None:
        self.real, self.room = real, room

    def writable(self) -> bool:
        return True

    def write(self, data) -> int:
        if len(data) > self.room:
            self.real.write(bytes(data[: self.room]))
            self.room = 0
            raise OSError(errno.ENOSPC, "No space left on device")
        self.room -= len(data)
        return self.real.write(data)

    def fileno(self) -> int:
        return self.real.fileno()

    def flush(self) -> None:
        self.real.flush()

    def close(self) -> None:
        super().close()
        self.real.close()


def _fill_stick_after(monkeypatch, stick: Path, room: int) -> None:
    real_open = pathlib.Path.open

    def fake_open(self, mode="r", *args, **kwargs):
        handle = real_open(self, mode, *args, **kwargs)
        return _FullStick(handle, room) if self.parent == stick and "x" in mode else handle

    monkeypatch.setattr(pathlib.Path, "open", fake_open)


def test_full_stick_leaves_nothing_that_looks_like_a_package(tmp_path, monkeypatch):
    stick, staging = tmp_path / "usb", tmp_path / "exports"
    stick.mkdir()
    _fill_stick_after(monkeypatch, stick, room=1_500_000)

    with pytest.raises(TransferError) as refused:
        transfer.write_package_to(stick, DATA, "SNQ_DUCG.snq", staging_dir=staging)

    assert list(stick.iterdir()) == []
    local = staging / "SNQ_DUCG.snq"
    assert local.read_bytes() == DATA
    assert str(refused.value) == (
        f"Không chép được gói vào “{stick}”: ổ đĩa đã đầy. Gói vẫn được giữ trên máy tại "
        f"“{local}”; hãy kiểm tra USB rồi chép lại."
    )


def test_stick_pulled_out_leaves_only_a_part_file(tmp_path, monkeypatch):
    stick = tmp_path / "usb"
    stick.mkdir()
    _fill_stick_after(monkeypatch, stick, room=100)

    def stick_gone(self, missing_ok=False):
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(pathlib.Path, "unlink", stick_gone)

    with pytest.raises(TransferError):
        transfer.write_package_to(stick, DATA, "SNQ_DUCG.snq", staging_dir=tmp_path / "s")

    left = [p.name for p in stick.iterdir()]
    assert len(left) == 1 and left[0].startswith("~SNQ_DUCG.") and left[0].endswith(".part")
    assert not any(name.endswith(".snq") for name in left)


def test_copy_that_reads_back_differently_is_refused(tmp_path, monkeypatch):
    stick = tmp_path / "usb"
    stick.mkdir()
    monkeypatch.setattr(transfer, "_read_back_digest", lambda path: "0" * 64)

    with pytest.raises(TransferError) as refused:
        transfer.write_package_to(stick, DATA, "SNQ_DUCG.snq", staging_dir=tmp_path / "s")

    assert "không khớp với gói gốc" in str(refused.value)
    assert list(stick.iterdir()) == []


def test_local_disk_failure_is_reported(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_bytes(b"")
    with pytest.raises(TransferError) as refused:
        transfer.write_package_to(tmp_path, DATA, "x.snq", staging_dir=blocker / "exports")
    assert "Không ghi được gói vào thư mục" in str(refused.value)


def test_file_name_must_be_bare(tmp_path):
    with pytest.raises(ValueError):
        transfer.write_package_to(tmp_path, DATA, "../x.snq", staging_dir=tmp_path)


def test_file_names_a_clerk_can_read():
    when = dt.datetime(2025, 3, 5, 8, 7)
    assert transfer.package_file_name("ĐUCG", when) == "SNQ_DUCG_2025-03-05_0807.snq"
    assert transfer.package_file_name("ĐU xã Cẩm Giàng", when) == (
        "SNQ_DU-XA-CAM-GIANG_2025-03-05_0807.snq"
    )
    assert transfer.package_file_name("  ", when) == "SNQ_DONVI_2025-03-05_0807.snq"
    assert transfer.package_file_name("Đảng bộ / Phường 3", when) == (
        "SNQ_DANG-BO-PHUONG-3_2025-03-05_0807.snq"
    )
    assert transfer.setup_file_name("ĐUCG") == "SNQ_THIETLAP_DUCG.snqs"
    assert transfer.package_file_name("x" * 100, when).startswith("SNQ_" + "X" * 40 + "_")


def test_reading_a_package_file_respects_the_limit(tmp_path):
    path = tmp_path / "p.snq"
    path.write_bytes(DATA)
    assert transfer.read_package_bytes(path, max_bytes=len(DATA)) == DATA
    with pytest.raises(SizeLimitError) as refused:
        transfer.read_package_bytes(path, max_bytes=1000)
    assert "quá lớn" in str(refused.value)
    with pytest.raises(TransferError) as missing:
        transfer.read_package_bytes(tmp_path / "missing.snq", max_bytes=1000)
    # the folder is there: a wrong name, not a pulled stick
    assert "không có tệp này trong thư mục" in str(missing.value)
    assert "rút ra" not in str(missing.value)
    with pytest.raises(TransferError) as gone:
        transfer.read_package_bytes(tmp_path / "E" / "p.snq", max_bytes=1000)
    assert "USB có thể đã bị rút ra" in str(gone.value)


def _fake_linux(root: Path, mounted: list[str], folders: list[str]) -> None:
    for folder in folders:
        (root / folder.lstrip("/")).mkdir(parents=True)
    escaped = [m.replace(" ", "\\040") for m in mounted]
    lines = ["/dev/sda2 / ext4 rw 0 0"] + [
        f"/dev/sd{chr(98 + i)}1 {m} vfat rw,nosuid 0 0" for i, m in enumerate(escaped)
    ]
    (root / "proc" / "self").mkdir(parents=True)
    (root / "proc" / "self" / "mounts").write_text("\n".join(lines) + "\n")


def test_removable_drives_on_linux(tmp_path):
    _fake_linux(
        tmp_path,
        mounted=["/media/anh/USB DISK", "/run/media/anh/KINGSTON", "/media/sdd1"],
        folders=["/media/anh/USB DISK", "/media/anh/da-rut-ra", "/run/media/anh/KINGSTON",
                 "/media/sdd1", "/media/cdrom-trong"],
    )

    drives = transfer.list_removable_drives(root=tmp_path, user="anh")

    assert drives == [
        ("KINGSTON", tmp_path / "run/media/anh/KINGSTON"),
        ("sdd1", tmp_path / "media/sdd1"),
        ("USB DISK", tmp_path / "media/anh/USB DISK"),
    ]


def test_no_removable_drives_on_linux(tmp_path):
    _fake_linux(tmp_path, mounted=[], folders=["/media/anh/old"])
    assert transfer.list_removable_drives(root=tmp_path, user="anh") == []
    assert transfer.list_removable_drives(root=tmp_path / "nothing", user="anh") == []


class _FakeKernel32:
    """GetLogicalDrives & co. for C: (fixed), D: (card reader, no card), E: and F: (USB)."""

    def __init__(self) -> None:
        self.error_mode_calls: list[int] = []

    def GetLogicalDrives(self) -> int:  # noqa: N802 - the Windows API's name
        return 0b111100

    def GetDriveTypeW(self, root: str) -> int:  # noqa: N802
        return 3 if root == "C:\\" else 2

    def GetVolumeInformationW(self, root, buffer, size, *rest) -> int:  # noqa: N802
        labels = {"E:\\": "KINGSTON", "F:\\": ""}
        if root not in labels:
            return 0
        buffer.value = labels[root]
        return 1

    def SetThreadErrorMode(self, mode, previous) -> int:  # noqa: N802
        self.error_mode_calls.append(mode)
        return 1


def test_removable_drives_on_windows():
    kernel32 = _FakeKernel32()
    drives = transfer._windows_drives(kernel32)
    assert drives == [("KINGSTON (E:)", Path("E:\\")), ("Ổ USB (F:)", Path("F:\\"))]
    assert kernel32.error_mode_calls == [1, 0]
