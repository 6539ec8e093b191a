"""The log file and the handler of unexpected errors."""
from __future__ import annotations

import logging
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from models import applog

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def restore_root_logger() -> Iterator[None]:
    root = logging.getLogger()
    level = root.level
    yield
    applog.close_logging()
    root.setLevel(level)
    logging.captureWarnings(False)


def test_setup_logging_writes_vietnamese_in_utf8(
    tmp_path: Path, restore_root_logger: None
) -> None:
    path = applog.setup_logging(tmp_path / "logs")
    logging.getLogger("models.thu").info("Đã lưu hội nghị “Học tập Nghị quyết”")
    applog.close_logging()

    assert path == tmp_path / "logs" / applog.LOG_FILE_NAME
    text = path.read_text(encoding="utf-8")
    assert "INFO models.thu" in text
    assert "Đã lưu hội nghị “Học tập Nghị quyết”" in text


def test_setting_up_again_moves_the_log_without_doubling_lines(
    tmp_path: Path, restore_root_logger: None
) -> None:
    first = applog.setup_logging(tmp_path / "a")
    second = applog.setup_logging(tmp_path / "b")
    logging.getLogger("models.thu").warning("Một dòng")
    assert applog.current_log_path() == second
    applog.close_logging()

    assert "Một dòng" not in first.read_text(encoding="utf-8")
    assert second.read_text(encoding="utf-8").count("Một dòng") == 1
    assert applog.current_log_path() is None


def test_the_log_rotates_and_keeps_five_old_files(
    tmp_path: Path, restore_root_logger: None
) -> None:
    path = applog.setup_logging(tmp_path)
    line = "Ghi chú dài " + "x" * 1000
    for _ in range(8000):  # about 8 MB
        logging.getLogger("models.thu").info(line)
    applog.close_logging()

    names = sorted(p.name for p in tmp_path.iterdir())
    expected = [applog.LOG_FILE_NAME] + [f"{applog.LOG_FILE_NAME}.{i}" for i in range(1, 6)]
    assert names == sorted(expected)
    assert all((tmp_path / n).stat().st_size <= applog.MAX_BYTES for n in names)
    assert path.stat().st_size > 0


def test_error_summary_is_short_and_vietnamese() -> None:
    summary = applog.error_summary(ValueError("Ngày “31/02/2023” không hợp lệ\n" + "y" * 1000))

    assert summary.startswith("Chương trình gặp một lỗi ngoài dự kiến (ValueError: Ngày")
    assert "Những gì đã lưu vẫn còn nguyên" in summary
    assert len(summary) < 500 and "\n" not in summary


CRASHER = r"""
import sys, threading
from pathlib import Path
from models import applog

applog.setup_logging(Path(sys.argv[1]))

def show(summary, log_path):
    print("CALLBACK|" + summary + "|" + str(log_path), flush=True)

applog.install_excepthook(show)

def worker_fails():
    raise RuntimeError("Lỗi trong luồng nền")

def open_conference():
    raise ValueError("Không tìm thấy hội nghị số 7")

worker = threading.Thread(target=worker_fails, name="xuat-goi")
worker.start()
worker.join()
open_conference()
"""


def test_an_uncaught_error_is_logged_then_shown(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONIOENCODING": "utf-8"}
    done = subprocess.run(
        [sys.executable, "-c", CRASHER, str(tmp_path)],
        capture_output=True, text=True, encoding="utf-8", env=env, timeout=60,
    )

    log_path = tmp_path / applog.LOG_FILE_NAME
    calls = [line.split("|") for line in done.stdout.splitlines() if line.startswith("CALLBACK|")]
    assert [(c[1].split("(")[1].split(":")[0], c[2]) for c in calls] == [
        ("RuntimeError", str(log_path)),
        ("ValueError", str(log_path)),
    ]
    assert "Không tìm thấy hội nghị số 7" in calls[1][1]
    text = log_path.read_text(encoding="utf-8")
    assert "Lỗi ngoài dự kiến trong luồng xuat-goi" in text
    assert "Traceback (most recent call last)" in text
    assert "in open_conference" in text and "in worker_fails" in text
    # The message may quote a record: the type and the frames are logged, not the words.
    assert "builtins.ValueError (nội dung lỗi không ghi" in text
    assert "hội nghị số 7" not in text


def test_a_failing_callback_is_logged_and_hooks_can_be_removed(
    tmp_path: Path, restore_root_logger: None
) -> None:
    path = applog.setup_logging(tmp_path)
    before = (sys.excepthook, threading.excepthook)

    def broken(summary: str, log_path: Path | None) -> None:
        raise OSError("hộp thoại không mở được")

    uninstall = applog.install_excepthook(broken)
    try:
        raise KeyError("so_hieu")
    except KeyError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    uninstall()
    applog.close_logging()

    assert (sys.excepthook, threading.excepthook) == before
    text = path.read_text(encoding="utf-8")
    assert "builtins.KeyError (nội dung lỗi không ghi" in text
    assert "KeyError: 'so_hieu'" not in text
    assert "Không hiện được thông báo lỗi" in text and "builtins.OSError" in text
    assert "OSError: hộp thoại không mở được" not in text
