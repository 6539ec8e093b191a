"""Shared test set-up: headless Qt, and a fresh database per test."""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Registers are encrypted with a key kept in this folder (never the desktop's keyring);
# the commands the tests start inherit it.
os.environ.setdefault("SNQ_KEY_DIR", tempfile.mkdtemp(prefix="snq-test-keys-"))
os.environ.setdefault("QT_QUICK_BACKEND", "software")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pytest  # noqa: E402

from models import keystore  # noqa: E402

# One key for the whole run, its recovery code taken as already shown: the tests of
# the code's first showing use a key store of their own.
keystore.ensure_key()
keystore.mark_recovery_code_shown()


@pytest.fixture(autouse=True)
def _collect_on_gui_thread(request):
    """As in the program (gui.window.app.create_application): cycles are collected on the
    GUI thread only, never on a background task's thread."""
    if "qapp" in request.fixturenames or "qtbot" in request.fixturenames:
        from gui.widgets import collector

        collector.install(request.getfixturevalue("qapp"))
        yield
        collector.uninstall()  # tests without Qt run as Python runs them
    else:
        yield


@pytest.hookimpl(hookwrapper=True, trylast=True)
def pytest_runtest_teardown(item, nextitem):
    """Background work a test left running ends before any fixture closes its register.

    Otherwise a page's load could end during the next test and read from a
    connection already closed (seen in CI as a setup error of an unrelated test).
    """
    if "gui.widgets.tasks" in sys.modules:
        from gui.widgets.tasks import finish_running_tasks

        finish_running_tasks()
    yield
    # A test that spoke English (the window's or the CLI's language) leaves Vietnamese.
    from models import i18n

    i18n.set_language("vi")


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "so-nghi-quyet.db"
