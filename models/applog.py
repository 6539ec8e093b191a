"""The program's log file, and what happens on an unexpected error.

The log is the only record a support person gets from an office PC, so it is
a rotating UTF-8 file (1 MB × 5) with each unexpected exception's traceback.
The GUI shows the person a short Vietnamese summary and where the log is.
"""
from __future__ import annotations

import logging
import os
import sys
import threading
import traceback
from collections.abc import Callable
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from models.i18n import _

LOG_FILE_NAME = "so-nghi-quyet.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(process)d %(threadName)s] %(message)s"
# Marks the handler this module installed, so that setting up again replaces it.
_MARK = "_so_nghi_quyet_handler"
_SUMMARY_LIMIT = 300

log = logging.getLogger(__name__)

ErrorCallback = Callable[[str, Path | None], None]


class _PrivateFileHandler(RotatingFileHandler):
    """A rotating log each of whose files only the register's user may read (POSIX)."""

    def _open(self):  # noqa: ANN202 (the base class's own signature)
        stream = super()._open()
        if os.name == "posix":
            os.chmod(self.baseFilename, 0o600)
        return stream


class _PrivateFormatter(logging.Formatter):
    """Tracebacks without the exceptions' own messages: a message may quote a record
    (a member's name, a birth date), and the log holds no personal data."""

    def format(self, record: logging.LogRecord) -> str:
        # Another handler may have cached its own rendering, messages and all.
        cached, record.exc_text = record.exc_text, None
        try:
            return super().format(record)
        finally:
            record.exc_text = cached

    def formatException(self, ei) -> str:  # noqa: ANN001, N802 (logging's own names)
        chain: list[BaseException] = []
        error = ei[1]
        while error is not None and error not in chain:
            chain.append(error)
            error = error.__cause__ or (None if error.__suppress_context__ else error.__context__)
        parts = []
        for error in reversed(chain):
            parts.append("Traceback (most recent call last):\n")
            parts.extend(traceback.format_tb(error.__traceback__))
            parts.append(f"{type(error).__module__}.{type(error).__qualname__} ({_HIDDEN})\n")
        return "".join(parts).rstrip("\n")


_HIDDEN = "nội dung lỗi không ghi vào nhật ký vì có thể chứa dữ liệu cá nhân"


def setup_logging(log_folder: Path, level: int = logging.INFO) -> Path:
    """Send the root logger to a rotating file in ``log_folder``; return its path.

    Calling it again (another database opened) moves logging to the new folder.
    """
    folder = Path(log_folder)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOG_FILE_NAME
    handler = _PrivateFileHandler(
        path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"
    )
    handler.setFormatter(_PrivateFormatter(_FORMAT))
    setattr(handler, _MARK, True)
    root = logging.getLogger()
    close_logging()
    root.addHandler(handler)
    root.setLevel(level)
    logging.captureWarnings(True)
    return path


def current_log_path() -> Path | None:
    """The file :func:`setup_logging` writes to, if it was called."""
    for handler in logging.getLogger().handlers:
        if getattr(handler, _MARK, False) and isinstance(handler, RotatingFileHandler):
            return Path(handler.baseFilename)
    return None


def close_logging() -> None:
    """Detach and close the file handler (before the log folder is moved or removed)."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, _MARK, False):
            root.removeHandler(handler)
            handler.close()


def error_summary(exc: BaseException) -> str:
    """One short Vietnamese sentence for a dialog; the details go to the log."""
    detail = " ".join(str(exc).split())
    head = f"{type(exc).__name__}: {detail}" if detail else type(exc).__name__
    if len(head) > _SUMMARY_LIMIT:
        head = head[: _SUMMARY_LIMIT - 1] + "…"
    return (
        _(
            "Chương trình gặp một lỗi ngoài dự kiến ({head}). Những gì đã lưu vẫn còn nguyên; "
            "việc đang làm dở có thể chưa được lưu."
        ).format(head=head)
    )


def install_excepthook(
    callback: ErrorCallback,
    explain: Callable[[BaseException], str | None] | None = None,
) -> Callable[[], None]:
    """Log every uncaught exception with its traceback, then call ``callback``.

    ``callback(summary, log_path)`` gets :func:`error_summary` and the log
    file (``None`` if logging was not set up). Exceptions of other threads
    reach it on that thread: a GUI must hand them to its own thread before
    showing anything. Ctrl+C keeps its usual behaviour. Returns a function
    that puts the previous hooks back. ``explain(exc)`` may give the sentence
    instead (a full disk or a pulled stick said as such, not as "unexpected").
    """
    previous_hook = sys.excepthook
    previous_thread_hook = threading.excepthook

    def report(
        exc_type: type[BaseException],
        exc: BaseException | None,
        tb: TracebackType | None,
        where: str,
    ) -> None:
        log.critical("Lỗi ngoài dự kiến %s", where, exc_info=(exc_type, exc, tb))
        try:
            error = exc if exc is not None else exc_type()
            told = explain(error) if explain is not None else None
            callback(told or error_summary(error), current_log_path())
        except Exception:
            # The dialog itself failed; the log still has the original error.
            log.exception("Không hiện được thông báo lỗi")

    def hook(
        exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            previous_hook(exc_type, exc, tb)
            return
        report(exc_type, exc, tb, "")

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if issubclass(args.exc_type, SystemExit):
            return
        name = args.thread.name if args.thread is not None else "?"
        report(args.exc_type, args.exc_value, args.exc_traceback, _(
            "trong luồng {name}"
        ).format(name=name))

    sys.excepthook = hook
    threading.excepthook = thread_hook

    def uninstall() -> None:
        sys.excepthook = previous_hook
        threading.excepthook = previous_thread_hook

    return uninstall
