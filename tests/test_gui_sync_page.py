"""The Đồng bộ USB page, driven through its widgets: a unit sends its package to a
folder, the upper level previews it and takes it in, a damaged package and a
changed key are refused, a conflict is settled from its dialog."""
from __future__ import annotations

import datetime as dt
import shutil
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QMessageBox,
    QProgressDialog,
    QPushButton,
)

import gui.sync.jobs
import gui.sync.shared
from gui.sync.conflicts import ConflictDialog
from gui.sync.page import SyncPage
from models import (
    backup,
    backup_names,
    exchange_conflicts,
    exchange_log,
    exchange_snapshot,
    exchange_units,
    restore,
)
from models.errors import NotFoundError
from models.organisation import get_member
from models.paths import keys_dir
from models.vntext import format_date
from sync.consolidation import key_summary
from sync.errors import PackageError
from sync.import_export import export_package, import_package, prepare_import
from tests.gui_fixtures import (  # noqa: F401  (fixtures)
    OFFSCREEN_NOISE,
    answers,
    large_text,
    ui_settings,
)
from tests.usb_helpers import add_members, diverge_after_restore, dump, unit_office, upper_office

pytestmark = OFFSCREEN_NOISE
YES = QMessageBox.StandardButton.Yes
NO = QMessageBox.StandardButton.No
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture(autouse=True)
def no_drives(monkeypatch):
    """No USB drive unless a test plugs one in: the PC running the tests may have one."""
    monkeypatch.setattr(gui.sync.shared, "list_removable_drives", lambda: [])


@pytest.fixture
def offices(tmp_path):
    upper = upper_office(tmp_path)
    unit = unit_office(tmp_path, upper, "cam-giang", "Đảng ủy xã Cẩm Giàng", "ĐU Cẩm Giàng")
    members = add_members(unit, "Chi bộ thôn Nà Pài",
                          ["Nguyễn Văn An", "Lường Thị Bình", "Hoàng Văn Cường"])
    stick = tmp_path / "stick"
    stick.mkdir()
    yield tmp_path, upper, unit, members, stick
    upper.db.conn.close()
    unit.db.conn.close()


def open_page(qtbot, office) -> SyncPage:
    page = SyncPage(office.db)
    qtbot.addWidget(page)
    page.resize(1180, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


def cells(tab_model, key: str) -> list:
    return [row[key] for row in tab_model.rows()]


def table_texts(view) -> list[list[str]]:
    model = view.model()
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def unit_uuid(office) -> str:
    return exchange_snapshot.catalogue_owners(office.db)[0]


def choose_file(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *args, **kwargs: (str(path), "")))


def test_unit_sends_its_package_to_the_stick(qtbot, offices, answers, monkeypatch):  # noqa: F811
    _root, _upper, unit, _members, stick = offices
    monkeypatch.setattr(gui.sync.shared, "list_removable_drives",
                        lambda: [("KINGSTON (E:)", stick)])
    page = open_page(qtbot, unit)
    tab = page.send_tab

    assert page.current_tab() is tab
    assert not page.tab_shown(page.units_tab)
    assert tab.chooser.combo.currentText() == f"Ổ USB KINGSTON (E:) — {stick}"
    assert tab.upper_line.text().startswith("Gửi cho: Đảng bộ tỉnh Thái Nguyên.")
    assert tab.last_line.text() == "Chưa gửi gói dữ liệu nào lên cấp trên."
    assert tab.last_line.level == "warning"

    qtbot.mouseClick(tab.send_button, LEFT)

    (written,) = stick.glob("*.snq")
    assert written.name.startswith("SNQ_DU-CAM-GIANG_")
    assert not list(stick.glob("~*"))
    result = tab.result.text()
    assert result.startswith("Đã ghi gói dữ liệu gửi Đảng bộ tỉnh Thái Nguyên (toàn bộ dữ liệu): ")
    assert f"Tệp trên USB: {written}" in result
    assert "đọc lại từ USB và so khớp với bản gốc: đúng" in result
    assert tab.result.level == "ok"
    assert cells(tab.model, "file_name") == [written.name]
    assert tab.last_line.text().startswith("Tháng này đã gửi. Lần gửi gần nhất: ")
    (logged,) = exchange_log.export_log(unit.db)
    assert logged.file_name == written.name and logged.counts["members"] == 3
    log_rows = page.log_tab.model.rows()
    assert ("Gửi gói dữ liệu", written.name, "4 bản ghi") in [
        (r["what"], r["file_name"], r["content"]) for r in log_rows]
    assert page.row_count_text() == "1 lần nhận, 1 lần gửi hay cấp tệp"


def test_cancelled_send_writes_nothing(qtbot, offices, answers, monkeypatch):  # noqa: F811
    _root, _upper, unit, _members, stick = offices
    page = open_page(qtbot, unit)
    tab = page.send_tab
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        staticmethod(lambda *args, **kwargs: str(stick)))
    qtbot.mouseClick(tab.chooser.pick_button, LEFT)
    assert tab.chooser.folder() == stick

    real = gui.sync.jobs.export_package

    def slow_export(db, folder, *, unit=None, progress=None, full=False):
        # Holds the worker at its first step until Hủy is pressed (20 s at most).
        for _ in range(2000):
            if progress("Đang đọc dữ liệu", 0, 10) is False:
                break
            time.sleep(0.01)
        return real(db, folder, unit=unit, progress=progress, full=full)

    def press_cancel():
        dialog = next((w for w in QApplication.topLevelWidgets()
                       if isinstance(w, QProgressDialog) and w.isVisible()), None)
        if dialog is None:
            QTimer.singleShot(20, press_cancel)
            return
        next(b for b in dialog.findChildren(QPushButton) if b.text() == "Hủy").click()

    monkeypatch.setattr(gui.sync.jobs, "export_package", slow_export)
    QTimer.singleShot(0, press_cancel)
    qtbot.mouseClick(tab.send_button, LEFT)

    assert list(stick.iterdir()) == []
    assert tab.result.text() == "Đã hủy; không có tệp nào được ghi ra USB."
    assert exchange_log.export_log(unit.db) == []


def test_upper_level_previews_then_takes_the_package(qtbot, offices, answers, monkeypatch):  # noqa: F811
    _root, upper, unit, members, stick = offices
    written = export_package(unit.db, stick)
    page = open_page(qtbot, upper)
    assert page.current_tab() is page.units_tab
    (row,) = page.units_tab.model.rows()
    assert (row["name"], row["status"], row["warn"]) == (
        "Đảng ủy xã Cẩm Giàng", "Chưa gửi gói nào", True)

    page.show_tab(page.receive_tab)
    tab = page.receive_tab
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        staticmethod(lambda *args, **kwargs: str(stick)))
    qtbot.mouseClick(tab.chooser.pick_button, LEFT)
    assert cells(tab.packages, "file_name") == [written.target_path.name]
    assert tab.found.text() == f"Tìm thấy 1 gói trong {stick}."
    assert tab.selected_file() == written.target_path  # the only package is chosen
    assert not tab.apply_button.isEnabled()

    qtbot.mouseClick(tab.preview_button, LEFT)

    summary = tab.summary.text()
    assert summary.startswith("Gói dữ liệu của Đảng ủy xã Cẩm Giàng, lập lúc ")
    assert "Nếu nhận: 4 mới, 0 cập nhật, 0 xóa, 0 không đổi, 0 xung đột." in summary
    fingerprint = key_summary(unit.db).signing_fingerprint
    assert fingerprint in tab.key_notice.text()
    assert table_texts(tab.plan_table) == [
        ["Chi bộ", "1", "0", "0", "0", "0"],
        ["Đảng viên", "3", "0", "0", "0", "0"],
    ]
    with pytest.raises(NotFoundError):  # a preview writes nothing
        get_member(upper.db, members[0].uuid)
    assert tab.apply_button.isEnabled()

    answers(YES)  # the fingerprint was read over the phone
    qtbot.mouseClick(tab.apply_button, LEFT)

    assert fingerprint in answers.asked[0]
    assert tab.result.text().startswith(
        "Đã nhận gói của Đảng ủy xã Cẩm Giàng: 4 mới, 0 cập nhật, 0 xóa.")
    assert get_member(upper.db, members[1].uuid).full_name == "Lường Thị Bình"
    assert not tab.apply_button.isEnabled()
    (row,) = page.units_tab.model.rows()
    assert row["status"] == "Đã gửi" and not row["warn"]
    assert row["fingerprint"] == fingerprint and row["members"] == 3
    shown = table_texts(page.units_tab.table)[0]
    assert shown[:4] == ["Đảng ủy xã Cẩm Giàng", format_date(dt.date.today()), "0", "Đã gửi"]
    assert page.log_tab.model.rows()[0]["content"] == "4 mới, 0 cập nhật, 0 xóa"


def test_first_key_not_confirmed_takes_nothing(qtbot, offices, answers, monkeypatch):  # noqa: F811
    _root, upper, unit, members, stick = offices
    written = export_package(unit.db, stick)
    page = open_page(qtbot, upper)
    page.show_tab(page.receive_tab)
    tab = page.receive_tab
    choose_file(monkeypatch, written.target_path)
    qtbot.mouseClick(tab.file_button, LEFT)  # a file picked by hand is previewed at once
    assert "Nếu nhận: 4 mới" in tab.summary.text()

    answers(NO)
    qtbot.mouseClick(tab.apply_button, LEFT)

    assert exchange_log.import_log(upper.db) == []
    with pytest.raises(NotFoundError):
        get_member(upper.db, members[0].uuid)
    assert tab.apply_button.isEnabled()  # still there to take once the call is made


def test_damaged_package_is_refused_and_changes_nothing(qtbot, offices, answers, monkeypatch):  # noqa: F811
    _root, upper, unit, _members, stick = offices
    written = export_package(unit.db, stick).target_path
    data = bytearray(written.read_bytes())
    # A byte in the middle of the body (docs/package-format.md: the header's length
    # is at offset 10, the body starts at 22 + H and ends before the 64-byte signature).
    # The file's middle can fall in the header of a small package.
    body_start = 22 + int.from_bytes(data[10:14], "big")
    data[(body_start + len(data) - 64) // 2] ^= 0x40
    written.write_bytes(bytes(data))
    with pytest.raises(PackageError) as refused:
        prepare_import(upper.db, written)
    before = dump(upper.db)
    page = open_page(qtbot, upper)
    page.show_tab(page.receive_tab)
    tab = page.receive_tab
    choose_file(monkeypatch, written)

    qtbot.mouseClick(tab.file_button, LEFT)

    assert tab.summary.text() == f"Gói “{written.name}” không được nhận. Sổ không thay đổi gì."
    assert tab.refusal_notice.text() == str(refused.value)
    assert "chữ ký" in tab.refusal_notice.text()
    assert tab.refusal_notice.level == "error"
    assert tab.approve_button.isHidden()
    assert not tab.apply_button.isEnabled()
    assert tab.plan.rowCount() == 0
    assert dump(upper.db) == before
    assert exchange_log.import_log(upper.db) == []


def test_changed_key_is_refused_until_approved_twice(qtbot, offices, answers, monkeypatch):  # noqa: F811
    _root, upper, unit, _members, stick = offices
    import_package(upper.db, export_package(unit.db, stick).target_path)
    old = key_summary(unit.db).signing_fingerprint
    shutil.rmtree(keys_dir(unit.path))  # the unit's PC was reinstalled: new keys
    (late,) = add_members(unit, "Chi bộ thôn Bản Cầu", ["Đinh Thị Dung"])
    second = export_package(unit.db, stick).target_path
    new = key_summary(unit.db).signing_fingerprint
    assert new != old
    page = open_page(qtbot, upper)
    page.show_tab(page.receive_tab)
    tab = page.receive_tab
    choose_file(monkeypatch, second)
    qtbot.mouseClick(tab.file_button, LEFT)

    assert "được ký bằng một khóa khác với khóa đã ghi nhận" in tab.refusal_notice.text()
    assert new in tab.refusal_notice.text() and old in tab.refusal_notice.text()
    assert tab.approve_button.isVisible()
    assert tab.approve_button.text() == "Chấp nhận khóa mới…"
    assert not tab.apply_button.isEnabled()

    answers(NO)  # not compared yet
    qtbot.mouseClick(tab.approve_button, LEFT)
    answers(YES, NO)  # compared, but then thought better of it
    qtbot.mouseClick(tab.approve_button, LEFT)
    assert len(answers.asked) == 3
    assert new in answers.asked[0] and "Chắc chắn chấp nhận khóa mới?" in answers.asked[2]
    assert not tab.apply_button.isEnabled()
    assert exchange_units.get_unit(upper.db, unit_uuid(unit)).key_fingerprint == old

    answers(YES, YES)
    qtbot.mouseClick(tab.approve_button, LEFT)
    assert tab.apply_button.isEnabled()
    assert "Khóa mới của Đảng ủy xã Cẩm Giàng sẽ được ghi nhận" in tab.key_notice.text()
    assert "Nếu nhận: 2 mới" in tab.summary.text()  # the new chi bộ and member
    qtbot.mouseClick(tab.apply_button, LEFT)  # approved twice already: no third question

    assert len(answers.asked) == 5
    assert exchange_units.get_unit(upper.db, unit_uuid(unit)).key_fingerprint == new
    assert get_member(upper.db, late.uuid).full_name == "Đinh Thị Dung"


def test_conflict_is_settled_from_its_dialog(qtbot, offices, answers):  # noqa: F811
    _root, upper, unit, members, stick = offices
    an = members[0]

    def send():
        import_package(upper.db,
                       export_package(unit.db, stick).target_path)

    # yesterday's backup restored, then the member edited again
    diverge_after_restore(unit, an.uuid, send, birth_year=1971)
    send()

    page = open_page(qtbot, upper)
    tab = page.conflicts_tab
    assert page.tab_title(tab) == "Xung đột (1)"
    page.show_tab(tab)
    (row,) = tab.model.rows()
    assert (row["kind"], row["title"], row["owner"], row["fields"]) == (
        "Đảng viên", "Nguyễn Văn Ân", "Đảng ủy xã Cẩm Giàng", 2)

    qtbot.mouseClick(tab.open_button, LEFT)
    dialog = tab.findChild(ConflictDialog)
    assert dialog is not None and dialog.isVisible()
    header = [dialog.table.horizontalHeaderItem(c).text() for c in range(3)]
    assert header == ["Mục", "Trong sổ", "Trong gói"]
    rows = [[dialog.table.item(r, c).text() for c in range(3)]
            for r in range(dialog.table.rowCount())]
    assert rows == [
        ["Họ và tên", "Nguyễn Văn Ân", "Nguyễn Văn Anh"],
        ["Năm sinh", "(để trống)", "1971"],
    ]
    assert get_member(upper.db, an.uuid).full_name == "Nguyễn Văn Ân"  # nothing decided yet

    log = {r["content"] for r in page.log_tab.model.rows()}
    assert "0 mới, 0 cập nhật, 0 xóa, 1 xung đột" in log

    qtbot.mouseClick(dialog.take_button, LEFT)

    assert get_member(upper.db, an.uuid).full_name == "Nguyễn Văn Anh"
    assert exchange_conflicts.list_conflicts(upper.db) == []
    assert tab.model.rowCount() == 0
    assert tab.empty.text() == "Không có xung đột nào chờ xử lý."
    assert page.tab_title(tab) == "Xung đột"


@pytest.mark.parametrize("scale", [1.0, 1.5])
def test_both_roles_fit_1366_by_768(qtbot, offices, ui_settings, large_text, scale):  # noqa: F811
    """Never wider than the screen; at the usual text size not taller either, even with
    a preview's messages shown (larger text scrolls the tab rather than clip it)."""
    from gui.window.main_window import MainWindow

    _root, upper, unit, _members, stick = offices
    export_package(unit.db, stick)
    large_text(scale)
    for office in (upper, unit):
        # Opened on this page: the overview is measured by its own tests.
        ui_settings.setValue("window/page", "sync")
        window = MainWindow(office.db, office.path, ui_settings)
        window.backup_on_close = False
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        page = window.current_page()
        if office is upper:
            page.receive_tab.chooser.set_folder(stick)
            page.receive_tab.preview()
            assert "Nếu nhận: 4 mới" in page.receive_tab.summary.text()
        assert window.minimumSizeHint().width() <= 1366
        for index in range(page.tabs.count()):
            if not page.tabs.isTabVisible(index):
                continue
            page.tabs.setCurrentIndex(index)
            qtbot.wait(1)
            holder = page.tabs.currentWidget()
            needed = holder.widget().minimumSizeHint()
            room = holder.viewport().size()
            where = (page.tabs.tabText(index), needed, room)
            assert needed.width() <= room.width(), where
            if scale == 1.0:
                assert needed.height() <= room.height(), where
        window.close()


def test_unit_unknown_here_is_accepted_after_two_questions(
    qtbot, tmp_path, answers, monkeypatch  # noqa: F811
):
    # The upper level restored a backup older than the unit's setup file: its package
    # now comes from a unit this register does not know.
    upper = upper_office(tmp_path)
    before_setup = backup.take_backup(upper.path, backup_names.REASON_MANUAL)
    unit = unit_office(tmp_path, upper, "cam-giang", "Đảng ủy xã Cẩm Giàng", "ĐU Cẩm Giàng")
    (member,) = add_members(unit, "Chi bộ thôn Nà Pài", ["Nguyễn Văn An"])
    written = export_package(unit.db, tmp_path / "usb").target_path
    upper.db.conn.close()
    restore.restore(upper.path, before_setup)
    upper.reopen()
    try:
        page = open_page(qtbot, upper)
        assert page.units_tab.model.rowCount() == 0
        page.show_tab(page.receive_tab)
        tab = page.receive_tab
        choose_file(monkeypatch, written)
        qtbot.mouseClick(tab.file_button, LEFT)

        assert "chưa có trong danh sách đơn vị" in tab.refusal_notice.text()
        assert tab.approve_button.text() == "Chấp nhận đơn vị mới…"
        answers(YES, YES)
        qtbot.mouseClick(tab.approve_button, LEFT)
        assert "Chắc chắn chấp nhận đơn vị mới?" in answers.asked[1]
        assert "Nếu nhận: 2 mới" in tab.summary.text()

        answers(YES)  # the first package of a unit: its fingerprint is confirmed once more
        qtbot.mouseClick(tab.apply_button, LEFT)

        assert get_member(upper.db, member.uuid).full_name == "Nguyễn Văn An"
        assert [r["name"] for r in page.units_tab.model.rows()] == ["Đảng ủy xã Cẩm Giàng"]
    finally:
        upper.db.conn.close()
        unit.db.conn.close()


def test_after_a_confirmation_only_changes_travel_unless_everything_is_asked(
    qtbot, offices, answers, monkeypatch  # noqa: F811
):
    root, upper, unit, members, stick = offices
    monkeypatch.setattr(gui.sync.shared, "list_removable_drives", lambda: [("USB (E:)", stick)])
    first = export_package(unit.db, root / "stick")
    import_package(upper.db, first.target_path)
    catalogue = export_package(upper.db, root / "stick", unit=unit_uuid(unit))
    import_package(unit.db, catalogue.target_path)
    import dataclasses

    from models.organisation import save_member

    save_member(unit.db, dataclasses.replace(members[0], full_name="Nguyễn Văn Ân"))
    page = open_page(qtbot, unit)
    tab = page.send_tab
    assert not tab.full_box.isChecked()

    qtbot.mouseClick(tab.send_button, LEFT)
    assert "(phần thay đổi kể từ gói cấp trên đã xác nhận nhận được): 1 bản ghi" in (
        tab.result.text())

    tab.full_box.setChecked(True)
    qtbot.mouseClick(tab.send_button, LEFT)
    assert "(toàn bộ dữ liệu): 4 bản ghi" in tab.result.text()
