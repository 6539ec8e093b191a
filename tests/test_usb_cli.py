"""The usb commands, run as a clerk or a script would run them."""
from __future__ import annotations

import re

from tests.test_cli import run


def test_setup_export_import_and_the_tables(tmp_path):
    upper, unit, stick = tmp_path / "tinh" / "so.db", tmp_path / "xa" / "so.db", tmp_path / "usb"
    stick.mkdir()
    made = run("--db", upper, "init", "--unit-name", "Đảng bộ tỉnh Thái Nguyên",
               "--unit-abbr", "TU", "--role", "upper")
    assert made.returncode == 0, made.stderr

    issued = run("--db", upper, "setup-unit", "--name", "Đảng ủy xã Cẩm Giàng",
                 "--abbr", "ĐU Cẩm Giàng", "--out", stick)
    assert issued.returncode == 0, issued.stderr
    assert "Đã cấp tệp thiết lập cho Đảng ủy xã Cẩm Giàng" in issued.stdout
    setup_file = stick / "SNQ_THIETLAP_DU-CAM-GIANG.snqs"
    assert setup_file.exists()

    applied = run("--db", unit, "apply-setup", setup_file)
    assert applied.returncode == 0, applied.stderr
    assert "Đã nhận tệp thiết lập" in applied.stdout
    assert run("--db", unit, "demo", "--members", "60", "--years", "1",
               "--chi-bo", "3").returncode == 0

    exported = run("--db", unit, "export", "--out", stick)
    assert exported.returncode == 0, exported.stderr
    package = exported.stdout.strip()
    assert package.startswith(str(stick)) and package.endswith(".snq")

    preview = run("--db", upper, "import", package, "--dry-run")
    assert preview.returncode == 0, preview.stderr
    assert preview.stdout.startswith("XEM TRƯỚC (chưa ghi gì vào sổ):")
    assert re.search(r"đảng viên: 60 mới, 0 cập nhật, 0 xóa", preview.stdout)
    units_before = run("--db", upper, "units")
    assert "Chưa gửi gói nào" in units_before.stdout

    imported = run("--db", upper, "import", package)
    assert imported.returncode == 0, imported.stderr
    assert "Lần đầu nhận gói của đơn vị này" in imported.stdout
    assert "Đã nhận:" in imported.stdout

    units = run("--db", upper, "units")
    assert units.returncode == 0
    row = next(line for line in units.stdout.splitlines() if "Cẩm Giàng" in line).split("\t")
    assert row[4] == "Đã gửi 0 ngày trước" and row[5] == "60"

    keys = run("--db", upper, "keys")
    unit_keys = run("--db", unit, "keys")
    own = re.search(r"Khóa ký của đơn vị này: (\S+)", unit_keys.stdout).group(1)
    assert f"Đơn vị Đảng ủy xã Cẩm Giàng: {own}" in keys.stdout

    log = run("--db", upper, "usb-log")
    assert "NHẬN\tĐảng ủy xã Cẩm Giàng" in log.stdout and "GỬI\tĐảng ủy xã Cẩm Giàng" in log.stdout

    conflicts = run("--db", upper, "conflicts")
    assert conflicts.returncode == 0 and "(0 xung đột chờ xử lý)" in conflicts.stderr
    resolve = run("--db", upper, "resolve", "7", "--keep", "here")
    assert resolve.returncode == 1 and resolve.stderr.startswith("Lỗi: ")


def test_refused_package_exits_1_with_the_message(tmp_path):
    db, bad = tmp_path / "so.db", tmp_path / "hong.snq"
    bad.write_bytes(b"\x89SNQ\r\n\x1a\n\x00\x01" + b"\x00" * 10)
    assert run("--db", db, "init", "--role", "upper").returncode == 0

    refused = run("--db", db, "import", bad)

    assert refused.returncode == 1
    assert refused.stderr.startswith("Lỗi: ")
    assert "Traceback" not in refused.stderr
    missing = run("--db", db, "import", tmp_path / "khong-co.snq")
    assert missing.returncode == 1 and "Không đọc được tệp" in missing.stderr
    at_unit = run("--db", tmp_path / "xa.db", "export", "--out", tmp_path)
    assert at_unit.returncode == 1 and "Chưa nhận tệp thiết lập của cấp trên" in at_unit.stderr


def test_demo_units_builds_and_imports_unit_registers(tmp_path):
    db = tmp_path / "tinh" / "so.db"
    made = run("--db", db, "demo-units", "2", "--members", "40", "--workdir", tmp_path / "dv")
    assert made.returncode == 0, made.stderr
    assert "[1/2] Đang tạo sổ của Đảng ủy xã Bản Cầu" in made.stderr
    assert "Đã tạo 2 sổ đơn vị mẫu" in made.stdout
    units = run("--db", db, "units").stdout
    assert "Đảng ủy xã Nà Pài" in units and "Đảng ủy xã Bản Cầu" in units
    assert len(list((tmp_path / "dv").glob("don-vi-*/so-nghi-quyet.db"))) == 2
    stats = run("--db", db, "stats", "--json")
    assert '"total": 13' in stats.stdout  # 6 conferences in each unit + the broadcast


def test_import_waits_for_the_window_that_has_the_register_open(tmp_path):
    from models.instance_lock import InstanceLock
    from sync.import_export import export_package
    from tests.usb_helpers import add_members, dump, unit_office, upper_office

    upper = upper_office(tmp_path)
    unit = unit_office(tmp_path, upper, "xa", "Đảng ủy xã Cẩm Giàng", "ĐU Cẩm Giàng")
    add_members(unit, "Chi bộ thôn Nà Pài", ["Nguyễn Văn An"])
    package = export_package(unit.db, tmp_path / "usb").target_path
    before = dump(upper.db)

    with InstanceLock(upper.path):
        refused = run("--db", upper.path, "import", package)
        preview = run("--db", upper.path, "import", package, "--dry-run")

    assert refused.returncode == 1
    assert "đang được mở ở một cửa sổ khác" in refused.stderr
    assert dump(upper.reopen().db) == before
    assert preview.returncode == 0, preview.stderr
    taken = run("--db", upper.path, "import", package)
    assert taken.returncode == 0, taken.stderr
    assert "Nguyễn Văn An" in [m[0] for m in upper.reopen().db.execute(
        "SELECT full_name FROM members").fetchall()]


def test_export_waits_for_the_window_that_has_the_register_open(tmp_path):
    """An export writes the register's log of what was sent: one writer at a time."""
    from models.instance_lock import InstanceLock
    from tests.usb_helpers import unit_office, upper_office

    upper = upper_office(tmp_path)
    unit = unit_office(tmp_path, upper, "xa", "Đảng ủy xã Cẩm Giàng", "ĐU Cẩm Giàng")
    stick = tmp_path / "usb-2"
    stick.mkdir()
    with InstanceLock(unit.path):
        refused = run("--db", unit.path, "export", "--out", stick)
    assert refused.returncode == 1
    assert "đang được mở ở một cửa sổ khác" in refused.stderr
    assert list(stick.iterdir()) == []
    sent = run("--db", unit.path, "export", "--out", stick)
    assert sent.returncode == 0, sent.stderr
    assert [p.suffix for p in stick.iterdir()] == [".snq"]


def test_conflicts_are_listed_in_words_a_clerk_reads(tmp_path):
    from sync.import_export import export_package, import_package
    from tests.usb_helpers import add_members, diverge_after_restore, unit_office, upper_office

    upper = upper_office(tmp_path)
    unit = unit_office(tmp_path, upper, "xa", "Đảng ủy xã Cẩm Giàng", "ĐU Cẩm Giàng")

    def send():
        written = export_package(unit.db, tmp_path / "usb")
        import_package(upper.db, written.target_path)

    (an,) = add_members(unit, "Chi bộ thôn Nà Pài", ["Nguyễn Văn An"])
    diverge_after_restore(unit, an.uuid, send)
    send()

    listed = run("--db", upper.path, "conflicts")

    assert listed.returncode == 0, listed.stderr
    assert "đảng viên: Nguyễn Văn Ân — của Đảng ủy xã Cẩm Giàng" in listed.stdout
    assert "Họ và tên: trong sổ “Nguyễn Văn Ân” — trong gói “Nguyễn Văn Anh”" in listed.stdout
    assert "full_name" not in listed.stdout


def test_import_all_then_undo_import(tmp_path):
    """A stick taken whole from the command line, then undone: the units show no
    package again, and a second undo has nothing to undo."""
    upper, stick = tmp_path / "tinh" / "so.db", tmp_path / "usb"
    stick.mkdir()
    assert run("--db", upper, "init", "--unit-name", "Đảng bộ tỉnh Thái Nguyên",
               "--unit-abbr", "TU", "--role", "upper").returncode == 0
    for seed, folder, name, abbr in ((1, "xa1", "Đảng ủy xã Cẩm Giàng", "ĐU Cẩm Giàng"),
                                     (2, "xa2", "Đảng ủy xã Bản Cầu", "ĐU Bản Cầu")):
        unit = tmp_path / folder / "so.db"
        issued = run("--db", upper, "setup-unit", "--name", name, "--abbr", abbr, "--out", stick)
        assert issued.returncode == 0, issued.stderr
        setup_file = next(stick.glob("SNQ_THIETLAP_*.snqs"))
        assert run("--db", unit, "apply-setup", setup_file).returncode == 0
        setup_file.unlink()
        # Different seeds: the demo's own documents get uuids from the seed.
        assert run("--db", unit, "demo", "--members", "40", "--years", "1",
                   "--chi-bo", "3", "--seed", seed).returncode == 0
        assert run("--db", unit, "export", "--out", stick).returncode == 0
    (stick / "SNQ_HONG.snq").write_bytes(b"not a package at all")

    taken = run("--db", upper, "import-all", stick)

    assert taken.returncode == 1, taken.stderr  # one file refused, the others taken
    lines = taken.stdout.splitlines()
    taken_line = r"SNQ_DU-CAM-GIANG_.*\.snq: Đảng ủy xã Cẩm Giàng: [\d.]+ mới, 0 cập nhật"
    assert any(re.match(taken_line, x) for x in lines)
    assert any(x.startswith("SNQ_HONG.snq: KHÔNG NHẬN: ") for x in lines)
    assert "Đã nhận 2 gói, 1 gói không nhận." in taken.stderr
    assert "lệnh undo-import hoàn tác cả lần nhận này" in taken.stderr
    assert "40" in run("--db", upper, "units").stdout

    undone = run("--db", upper, "undo-import")

    assert undone.returncode == 0, undone.stderr
    assert undone.stdout.startswith("Đã hoàn tác lần nhận 2 gói: bỏ ")
    assert "Bản sao lưu trước khi hoàn tác: " in undone.stderr
    units = run("--db", upper, "units").stdout
    assert units.count("Chưa gửi gói nào") == 2
    again = run("--db", upper, "undo-import")
    assert again.returncode == 1
    assert "Không có lần nhận gói nào để hoàn tác." in again.stderr
