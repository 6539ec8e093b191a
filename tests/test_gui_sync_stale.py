"""“Nhận gói này” after the register changed since the preview: the clerk reads why,
nothing is taken, and “Xem trước lại” shows what the package would do now.

The preview and the import run on two worker connections (gui/sync/jobs.py); the
change here comes through a third (the window's own, or the command line's)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

import gui.sync.shared
from gui.sync.page import SyncPage
from models import exchange_log
from models.documents import Document, save_document
from models.errors import NotFoundError
from models.organisation import get_member
from models.worker_db import open_worker_database
from sync.consolidation import key_summary
from sync.import_export import export_package, import_package
from tests.gui_fixtures import OFFSCREEN_NOISE, answers  # noqa: F401  (fixtures)
from tests.test_gui_sync_page import no_drives  # noqa: F401  (autouse fixture)
from tests.test_usb_stale_preview import offices  # noqa: F401  (fixture)
from tests.usb_helpers import dump

pytestmark = OFFSCREEN_NOISE
YES = QMessageBox.StandardButton.Yes
LEFT = Qt.MouseButton.LeftButton


def previewed(qtbot, upper, stick, monkeypatch) -> SyncPage:
    """The upper level's page, its receive tab showing the stick's only package previewed."""
    page = SyncPage(upper.db)
    qtbot.addWidget(page)
    page.resize(1180, 700)
    page.show()
    qtbot.waitExposed(page)
    page.show_tab(page.receive_tab)
    tab = page.receive_tab
    monkeypatch.setattr(gui.sync.shared.QFileDialog, "getExistingDirectory",
                        staticmethod(lambda *args, **kwargs: str(stick)))
    qtbot.mouseClick(tab.chooser.pick_button, LEFT)
    qtbot.mouseClick(tab.preview_button, LEFT)
    return page


def plan_rows(tab) -> list[list[str]]:
    model = tab.plan_table.model()
    return [[model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def test_a_register_changed_after_the_preview_is_said_and_previewed_again(
    qtbot, offices, answers, monkeypatch  # noqa: F811
):
    upper, unit, members, stick = offices
    package = export_package(unit.db, stick).target_path
    page = previewed(qtbot, upper, stick, monkeypatch)
    tab = page.receive_tab
    assert "Nếu nhận: 4 mới, 0 cập nhật" in tab.summary.text()
    assert tab.repreview_button.isHidden()
    # Meanwhile a document is saved on another connection (the command line, another
    # window of the program).
    elsewhere = open_worker_database(upper.path)
    save_document(elsewhere, Document(
        type_code="KL", symbol="12-KL/TU", level_code="TINH", issuer="Tỉnh ủy",
        issued_on="2025-02-01", term="XX", title="Kết luận về công tác chuyển đổi số"))
    elsewhere.conn.close()
    before = dump(upper.db)

    answers(YES)  # the first key's fingerprint was read over the phone
    qtbot.mouseClick(tab.apply_button, LEFT)

    assert len(answers.asked) == 1  # that question only: no error box, no traceback
    shown = tab.summary.text()  # one notice, in place of the counts that no longer hold
    assert shown.startswith(f"Sổ đã thay đổi kể từ lúc xem trước gói “{package.name}”")
    assert "Gói chưa được nhận, sổ không bị ghi gì." in shown
    assert tab.summary.level == "warning"
    assert tab.refusal_notice.text() == ""
    assert tab.plan.rowCount() == 0  # the preview's counts no longer hold
    assert not tab.apply_button.isEnabled()
    assert tab.repreview_button.isVisible() and tab.repreview_button.text() == "Xem trước lại"
    assert dump(upper.db) == before
    assert exchange_log.import_log(upper.db) == []
    with pytest.raises(NotFoundError):
        get_member(upper.db, members[0].uuid)

    qtbot.mouseClick(tab.repreview_button, LEFT)

    assert "Nếu nhận: 4 mới, 0 cập nhật, 0 xóa, 0 không đổi, 0 xung đột." in tab.summary.text()
    assert key_summary(unit.db).signing_fingerprint in tab.key_notice.text()
    assert tab.refusal_notice.text() == "" and tab.repreview_button.isHidden()
    assert plan_rows(tab) == [["Chi bộ", "1", "0", "0", "0", "0"],
                              ["Đảng viên", "3", "0", "0", "0", "0"]]
    answers(YES)
    qtbot.mouseClick(tab.apply_button, LEFT)
    assert tab.result.text().startswith(
        "Đã nhận gói của Đảng ủy xã Cẩm Giàng: 4 mới, 0 cập nhật, 0 xóa.")
    assert get_member(upper.db, members[1].uuid).full_name == "Lường Thị Bình"
    assert len(exchange_log.import_log(upper.db)) == 1


def test_the_package_taken_elsewhere_meanwhile_is_not_taken_again_blindly(
    qtbot, offices, answers, monkeypatch  # noqa: F811
):
    """The preview said "4 new"; the command line took the same package meanwhile. The
    window says so instead of reporting an import the preview no longer describes."""
    upper, unit, members, stick = offices
    package = export_package(unit.db, stick).target_path
    page = previewed(qtbot, upper, stick, monkeypatch)
    tab = page.receive_tab
    assert "Nếu nhận: 4 mới" in tab.summary.text()
    elsewhere = open_worker_database(upper.path)
    import_package(elsewhere, package)
    elsewhere.conn.close()

    answers(YES)
    qtbot.mouseClick(tab.apply_button, LEFT)

    assert "Sổ đã thay đổi kể từ lúc xem trước gói" in tab.summary.text()
    assert tab.result.text() == ""  # no "Đã nhận" for what this click did not do
    assert len(exchange_log.import_log(upper.db)) == 1

    qtbot.mouseClick(tab.repreview_button, LEFT)

    summary = tab.summary.text()
    assert "Nếu nhận: 0 mới, 0 cập nhật, 0 xóa, 4 không đổi, 0 xung đột." in summary
    assert "Gói này đã được nhận lúc" in summary
    assert "Gói không có gì mới so với sổ." in summary
    assert tab.key_notice.text() == ""  # the key was pinned by that import
    qtbot.mouseClick(tab.apply_button, LEFT)  # no question: the key is known now
    assert tab.result.text().startswith(
        "Đã nhận gói của Đảng ủy xã Cẩm Giàng: 0 mới, 0 cập nhật, 0 xóa.")
    assert get_member(upper.db, members[0].uuid).full_name == "Nguyễn Văn An"
