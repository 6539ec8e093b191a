"""Setting offices up and the upper level's bulk work, from the Đồng bộ USB page: a
setup file issued and taken in, every package on a stick at once, the catalogue sent
down and received."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

import gui.sync.shared
from gui.sync.page import SyncPage
from gui.sync.units import NewUnitDialog
from models import exchange_log
from models.db import open_database
from models.documents import Document, list_documents, save_document
from models.organisation import get_member
from models.settings import get_settings
from sync.consolidation import key_summary
from sync.import_export import export_package
from tests.gui_fixtures import OFFSCREEN_NOISE, answers, type_text  # noqa: F401  (fixture)
from tests.usb_helpers import Office, add_members, unit_office, upper_office

pytestmark = OFFSCREEN_NOISE
YES = QMessageBox.StandardButton.Yes
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture(autouse=True)
def stick(tmp_path, monkeypatch) -> Path:
    """One USB drive plugged in."""
    folder = tmp_path / "stick"
    folder.mkdir()
    monkeypatch.setattr(gui.sync.shared, "list_removable_drives",
                        lambda: [("USB (E:)", folder)])
    return folder


def open_page(qtbot, office: Office) -> SyncPage:
    page = SyncPage(office.db)
    qtbot.addWidget(page)
    page.resize(1180, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


def fill_new_unit_dialog(name: str, abbr: str) -> list[str]:
    """Answer the dialog once it opens, by typing, as a clerk would."""
    seen: list[str] = []

    def answer():
        dialog = next((w for w in QApplication.topLevelWidgets()
                       if isinstance(w, NewUnitDialog) and w.isVisible()), None)
        if dialog is None:
            QTimer.singleShot(20, answer)
            return
        seen.append(dialog.windowTitle())
        dialog.ok_button.click()  # empty: refused in place, the dialog stays
        seen.extend(dialog.errors.problems())
        type_text(dialog.name, name)
        type_text(dialog.abbr, abbr)
        dialog.ok_button.click()

    QTimer.singleShot(0, answer)
    return seen


def test_new_unit_is_set_up_from_the_page_and_takes_its_file(
    qtbot, tmp_path, stick, answers, monkeypatch  # noqa: F811
):
    upper = upper_office(tmp_path)
    page = open_page(qtbot, upper)
    tab = page.units_tab
    assert tab.summary.text().startswith("Chưa có đơn vị nào.")
    assert tab.chooser.folder() == stick

    seen = fill_new_unit_dialog("Đảng ủy xã Cẩm Giàng", "ĐU Cẩm Giàng")
    qtbot.mouseClick(tab.new_button, LEFT)

    assert seen == ["Cấp tệp thiết lập cho đơn vị mới", "Chưa nhập tên đơn vị.",
                    "Chưa nhập chữ viết tắt."]
    (setup_file,) = stick.glob("*.snqs")
    assert setup_file.name == "SNQ_THIETLAP_DU-CAM-GIANG.snqs"
    upper_print = key_summary(upper.db).signing_fingerprint
    assert tab.result.text().startswith("Đã cấp tệp thiết lập cho Đảng ủy xã Cẩm Giàng.")
    assert upper_print in tab.result.text()
    (row,) = tab.model.rows()
    assert (row["name"], row["status"], row["warn"]) == (
        "Đảng ủy xã Cẩm Giàng", "Chưa gửi gói nào", True)

    # At the commune: a new register, not set up yet, cannot send.
    unit_path = tmp_path / "xa" / "so.db"
    unit = Office(unit_path, open_database(unit_path))
    unit_page = open_page(qtbot, unit)
    send = unit_page.send_tab
    assert not send.send_button.isEnabled()
    assert "chưa nhận tệp thiết lập của cấp trên" in send.setup_notice.text()
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *args, **kwargs: (str(setup_file), "")))

    answers(YES)  # the upper level's fingerprint was read over the phone
    assert send.setup_row.isHidden()
    qtbot.mouseClick(send.setup_now_button, LEFT)

    assert upper_print in answers.asked[0]
    assert "Tệp thiết lập của Đảng bộ tỉnh Thái Nguyên cấp cho Đảng ủy xã Cẩm Giàng." in (
        answers.asked[0])
    assert send.result.text().startswith("Đã nhận tệp thiết lập của Đảng bộ tỉnh Thái Nguyên.")
    assert send.send_button.isEnabled()
    assert send.setup_notice.isHidden() and send.setup_now_button.isHidden()
    assert send.setup_button.isVisible()  # for a file issued again later
    assert send.upper_line.text() == (
        f"Gửi cho: Đảng bộ tỉnh Thái Nguyên. Dấu vân tay khóa của cấp trên: {upper_print}")
    settings = get_settings(unit.db)
    assert settings.unit_uuid == row["uuid"] and settings.unit_name == "Đảng ủy xã Cẩm Giàng"
    assert [d.symbol for d in list_documents(unit.db)] == ["57-NQ/TW"]  # the catalogue came too
    unit.db.conn.close()
    upper.db.conn.close()


def test_upper_level_takes_every_package_on_the_stick(
    qtbot, tmp_path, stick, answers  # noqa: F811
):
    upper = upper_office(tmp_path)
    units = [
        unit_office(tmp_path, upper, f"xa-{i}", name, abbr)
        for i, (name, abbr) in enumerate([("Đảng ủy xã Nà Pài", "ĐU Nà Pài"),
                                          ("Đảng ủy xã Bản Cầu", "ĐU Bản Cầu")])
    ]
    members = [add_members(u, "Chi bộ thôn Đông", [f"Đảng viên {i}"])[0]
               for i, u in enumerate(units)]
    for unit in units:
        export_package(unit.db, stick)
    (stick / "SNQ_HONG.snq").write_bytes(b"not a package at all")
    page = open_page(qtbot, upper)
    page.show_tab(page.receive_tab)
    tab = page.receive_tab
    qtbot.waitUntil(lambda: tab.packages.rowCount() == 3)  # read once the tab is shown
    notes = {row["file_name"]: row["note"] for row in tab.packages.rows()}
    assert notes["SNQ_HONG.snq"].startswith("Không đọc được: ")

    qtbot.mouseClick(tab.all_button, LEFT)

    outcomes = [row["outcome"] for row in tab.batch.rows()]
    prints = [key_summary(unit.db).signing_fingerprint for unit in units]
    # Their first packages: each key is pinned, and its fingerprint shown to be read
    # over the phone, as a single package's preview would have asked.
    assert sorted(outcomes) == [
        "Đảng ủy xã Bản Cầu: đã nhận 2 mới, 0 cập nhật, 0 xóa, 0 xung đột; lần đầu nhận gói, "
        f"dấu vân tay khóa ký: {prints[1]}",
        "Đảng ủy xã Nà Pài: đã nhận 2 mới, 0 cập nhật, 0 xóa, 0 xung đột; lần đầu nhận gói, "
        f"dấu vân tay khóa ký: {prints[0]}",
    ]
    assert tab.batch_table.isVisible() and not tab.plan_table.isVisible()
    assert tab.summary.text().startswith("Đã nhận 2 gói, 0 gói không nhận.")
    assert ("Nếu nhận nhầm, có thể hoàn tác cả lần nhận này ở thẻ “Nhật ký gửi, nhận”."
            in tab.summary.text())
    assert "2 đơn vị gửi gói lần đầu: khóa ký của họ đã được ghi nhận." in tab.summary.text()
    for member in members:
        assert get_member(upper.db, member.uuid).full_name == member.full_name
    assert [r["status"] for r in page.units_tab.model.rows()] == ["Đã gửi", "Đã gửi"]
    assert len(exchange_log.import_log(upper.db)) == 2

    # The next packages from the same units: nothing new to check.
    for unit in units:
        export_package(unit.db, stick)
    tab.scan()
    qtbot.mouseClick(tab.all_button, LEFT)
    assert all("lần đầu" not in row["outcome"] for row in tab.batch.rows())
    assert "lần đầu" not in tab.summary.text()
    for unit in units:
        unit.db.conn.close()
    upper.db.conn.close()


def test_the_newest_stick_is_undone_from_the_log_tab(
    qtbot, tmp_path, stick, answers  # noqa: F811
):
    upper = upper_office(tmp_path)
    unit = unit_office(tmp_path, upper, "xa-0", "Đảng ủy xã Nà Pài", "ĐU Nà Pài")
    member = add_members(unit, "Chi bộ thôn Đông", ["Nguyễn Văn An"])[0]
    export_package(unit.db, stick)
    page = open_page(qtbot, upper)
    page.show_tab(page.receive_tab)
    qtbot.waitUntil(lambda: page.receive_tab.packages.rowCount() == 1)
    qtbot.mouseClick(page.receive_tab.all_button, LEFT)
    member.full_name = "Nguyễn Văn Anh"
    from models.organisation import save_member
    save_member(unit.db, member)
    export_package(unit.db, stick)
    page.receive_tab.scan()
    qtbot.mouseClick(page.receive_tab.all_button, LEFT)
    assert get_member(upper.db, member.uuid).full_name == "Nguyễn Văn Anh"

    page.show_tab(page.log_tab)
    bar = page.log_tab.undo_bar
    assert bar.isVisible() and bar.button.isEnabled()
    assert bar.notice.text().startswith("Lần nhận gói gần nhất: 2 gói, lúc ")
    answers(YES)
    qtbot.mouseClick(bar.button, LEFT)

    assert answers.asked[0].startswith("Hoàn tác lần nhận 2 gói lúc ")
    assert get_member(upper.db, member.uuid).full_name == "Nguyễn Văn An"
    assert bar.notice.text().startswith("Đã hoàn tác lần nhận 2 gói: bỏ ")
    assert bar.isVisible() and not bar.button.isVisible()
    # The stick (both packages on it, the old one again too) is gone from the log.
    assert len(exchange_log.import_log(upper.db)) == 1

    # An edit after a stick: the bar says why it cannot be undone any more.
    page.show_tab(page.receive_tab)
    qtbot.mouseClick(page.receive_tab.all_button, LEFT)
    document = next(d for d in list_documents(upper.db)
                    if d.owner_unit == get_settings(upper.db).unit_uuid)
    document.title += " (sửa)"
    save_document(upper.db, document)
    page.refresh()
    assert not bar.button.isEnabled()
    assert "Sổ đã thay đổi sau lần nhận này nên không hoàn tác được nữa" in bar.notice.text()
    unit.db.conn.close()
    upper.db.conn.close()


def test_catalogue_goes_down_and_the_unit_takes_it(
    qtbot, tmp_path, stick, answers  # noqa: F811
):
    upper = upper_office(tmp_path)
    unit = unit_office(tmp_path, upper, "xa", "Đảng ủy xã Nà Pài", "ĐU Nà Pài")
    add_members(unit, "Chi bộ thôn Đông", ["Nguyễn Văn An"])
    from sync.import_export import import_package

    import_package(upper.db, export_package(unit.db, stick).target_path)
    for path in stick.iterdir():
        path.unlink()
    save_document(upper.db, Document(
        type_code="CT", symbol="05-CT/TW", level_code="TW", issuer="Bộ Chính trị",
        issued_on="2016-05-15", term="XII", title="Về đẩy mạnh học tập và làm theo Bác"))
    page = open_page(qtbot, upper)
    tab = page.units_tab
    assert not tab.catalogue_button.isEnabled()
    tab.table.selectionModel().select(
        tab.proxy.index(0, 0),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
    )
    assert tab.catalogue_button.isEnabled()

    qtbot.mouseClick(tab.catalogue_button, LEFT)

    (catalogue,) = stick.glob("*.snq")
    assert tab.result.text().startswith(f"Đảng ủy xã Nà Pài: đã ghi {catalogue.name}")

    unit_page = open_page(qtbot, unit)
    unit_page.show_tab(unit_page.receive_tab)
    receive = unit_page.receive_tab
    qtbot.waitUntil(lambda: receive.packages.rowCount() == 1)
    assert receive.packages.rows()[0]["kind_text"] == "Danh mục cấp trên"
    qtbot.mouseClick(receive.preview_button, LEFT)
    assert receive.summary.text().startswith("Gói danh mục của Đảng bộ tỉnh Thái Nguyên")
    assert "Nếu nhận: 1 mới" in receive.summary.text()
    assert receive.key_notice.isHidden()  # the upper level's key came with the setup file

    qtbot.mouseClick(receive.apply_button, LEFT)

    assert receive.result.text().startswith("Đã nhận gói của Đảng bộ tỉnh Thái Nguyên: 1 mới")
    assert sorted(d.symbol for d in list_documents(unit.db)) == ["05-CT/TW", "57-NQ/TW"]
    unit.db.conn.close()
    upper.db.conn.close()
