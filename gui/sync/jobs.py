"""The exchange's long work, run off the GUI thread with its own connection.

Every job is ``job(progress, worker_db, …)`` for ``run_job``. A refusal the
clerk should read (a damaged package, a changed key, a full stick) comes back as
a ``Refusal`` value rather than an exception, so that the page can show it in
place and offer what fits (approving a new key); anything else is a fault and
is shown as such.

``run_job`` is ``gui.widgets.tasks.run_in_background`` with two differences the
exchange needs: work that cannot be stopped half-way (applying a package is
one transaction) shows no Hủy button, and a job stopped by Hủy still hands back
what it finished (packages received before the stop stay received).
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from gui.widgets.common import show_message
from gui.widgets.tasks import BackgroundTask, error_message, wait_with_dialog
from models.errors import UserError
from models.register import Register
from models.worker_db import open_worker_database
from sync.enrolment import IssuedSetup, SetupReport, apply_setup_file, setup_unit
from sync.errors import RegisterChangedError, SignerChangedError, UnknownSenderError
from sync.import_export import (
    BatchResult,
    ExportCancelled,
    ExportedPackage,
    ImportReport,
    PackageListing,
    PreparedImport,
    commit_import,
    export_package,
    import_packages,
    list_packages,
    prepare_import,
)


@dataclass(frozen=True)
class Refusal:
    """Why the exchange said no, in the words ``sync`` wrote for the clerk."""

    message: str
    error: BaseException

    @property
    def new_key(self) -> bool:
        """A sender a person may approve after comparing fingerprints by phone."""
        return isinstance(self.error, (SignerChangedError, UnknownSenderError))

    @property
    def register_changed(self) -> bool:
        """The register was written after the preview: nothing was taken; preview again."""
        return isinstance(self.error, RegisterChangedError)

    @property
    def unknown_sender(self) -> bool:
        return isinstance(self.error, UnknownSenderError)

    @property
    def fingerprint(self) -> str:
        if isinstance(self.error, SignerChangedError):
            return self.error.new_fingerprint
        if isinstance(self.error, UnknownSenderError):
            return self.error.fingerprint
        return ""

    @property
    def sender_name(self) -> str:
        return str(getattr(self.error, "sender_name", ""))


def _refused(error: BaseException) -> Refusal:
    return Refusal(str(error), error)


@dataclass
class JobOutcome:
    result: Any = None
    cancelled: bool = False
    failed: bool = False


def run_job(
    parent: QWidget | None,
    title: str,
    db: Register,
    fn: Callable[..., Any],
    *args: Any,
    cancellable: bool = True,
) -> JobOutcome:
    """Run ``fn(progress, worker_db, *args)`` on a worker thread behind a progress
    dialog (shown after a moment), keeping the window painted; wait for it.

    ``progress(done, total, text)`` returns ``False`` once Hủy was pressed.
    """
    path = db.path
    finished: dict[str, Any] = {}

    def job(progress: Callable[..., bool], *job_args: Any) -> Any:
        worker_db = open_worker_database(path)
        try:
            finished["result"] = fn(progress, worker_db, *job_args)
            return finished["result"]
        finally:
            worker_db.conn.close()

    task = BackgroundTask(job, *args)
    errors: list[BaseException] = []
    task.failed.connect(errors.append)
    wait_with_dialog(parent, title, task, cancellable=cancellable)

    outcome = JobOutcome(result=finished.get("result"), cancelled=task.is_cancelled())
    if errors and not outcome.cancelled:
        outcome.failed = True
        show_message(parent, title, error_message(title, errors[0]), warning=True)
    return outcome


def _steps(progress: Callable[..., bool]) -> Callable[[str, int, int], bool]:
    """The exchange reports (what, done, total); the dialog wants (done, total, what)."""
    return lambda what, done, total: progress(done, total, what)


# --- the jobs ----------------------------------------------------------------


def export_job(
    progress: Callable[..., bool], db: Register, folder: Path,
    unit: str | None = None, full: bool = False,
) -> ExportedPackage | Refusal:
    try:
        return export_package(db, folder, unit=unit, progress=_steps(progress),
                              full=full)
    except ExportCancelled:
        raise
    except UserError as error:
        return _refused(error)


def export_catalogue_job(
    progress: Callable[..., bool], db: Register, folder: Path,
    units: list[tuple[str, str]],
) -> list[tuple[str, ExportedPackage | Refusal]]:
    """The catalogue for each of ``units`` (uuid, name); stops between units on Hủy."""
    results: list[tuple[str, ExportedPackage | Refusal]] = []
    for done, (uuid, name) in enumerate(units):
        if not progress(done, len(units), name):
            break
        try:
            results.append((name, export_package(db, folder, unit=uuid)))
        except UserError as error:
            results.append((name, _refused(error)))
    progress(len(units), len(units), "")
    return results


def list_job(
    progress: Callable[..., bool], _db: Register, folder: Path
) -> list[PackageListing] | Refusal:
    try:
        return list_packages(folder)
    except OSError as error:
        return Refusal(
            QCoreApplication.translate(
                "SyncJobs", "Không đọc được thư mục “{folder}”: {reason}."
            ).format(folder=folder, reason=error.strerror or error),
            error,
        )


def prepare_job(
    progress: Callable[..., bool], db: Register, file: Path, approve: bool
) -> PreparedImport | Refusal:
    try:
        return prepare_import(db, file, approve_new_key=approve)
    except UserError as error:
        return _refused(error)


def commit_job(
    progress: Callable[..., bool], db: Register, prepared: PreparedImport
) -> ImportReport | Refusal:
    try:
        return commit_import(db, prepared)
    except UserError as error:
        return _refused(error)


def import_all_job(
    progress: Callable[..., bool], db: Register, files: list[Path]
) -> BatchResult:
    return import_packages(db, files, progress=_steps(progress))


def setup_job(
    progress: Callable[..., bool], db: Register, file: Path, approve: bool,
    dry_run: bool,
) -> SetupReport | Refusal:
    try:
        return apply_setup_file(db, file, approve_new_key=approve, dry_run=dry_run)
    except UserError as error:
        return _refused(error)


def issue_setup_job(
    progress: Callable[..., bool], db: Register, folder: Path, name: str,
    abbr: str, unit_uuid: str | None,
) -> IssuedSetup | Refusal:
    try:
        return setup_unit(db, folder, name=name, abbr=abbr, unit_uuid=unit_uuid)
    except UserError as error:
        return _refused(error)
