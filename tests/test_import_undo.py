"""A stick of packages undone from its undo record: the register exactly as before it.

A stick (``import_packages``) no longer takes a whole copy of the register first; it
keeps, in each package's own transaction, the rows it overwrote and where its new rows
begin (``models.import_undo``). Undoing must give back every row of every table an
import writes, as it was, and the same indicator figures; and must refuse, writing
nothing, once the register changed after the stick.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from models import import_undo, indicators
from models.backup_names import REASON_IMPORT, REASON_UNDO, list_backups
from models.cipher import sqlite as sqlite3
from models.conferences import (
    Conference,
    ConferenceDetail,
    get_conference_detail,
    save_conference,
)
from models.db import open_database
from models.documents import list_documents, save_document
from models.import_undo import RECORDED, UndoError
from models.organisation import delete_member, list_members, save_member
from models.report_texts import ReportKey, load_texts, save_texts
from models.settings import get_settings
from models.worker_db import open_worker_database
from sync.demo_units import make_unit_packages
from sync.errors import RegisterChangedError
from sync.import_export import (
    commit_import,
    export_package,
    import_package,
    import_packages,
    prepare_import,
)
from tests.usb_helpers import unit_office, upper_office

UNTIL = dt.date(2026, 6, 30)
TODAY = dt.date(2026, 7, 1)


def _rows(db) -> dict[str, list[tuple]]:
    """Every row of every table an import writes, with its rowid: undoing must give
    back the same rows at the same places, not merely equal content."""
    return {
        table: db.execute(f"SELECT rowid, * FROM {table} ORDER BY rowid").fetchall()
        for table in RECORDED
    }


def _figures(db) -> dict:
    units = [r[0] for r in db.execute("SELECT uuid FROM units WHERE role = 'unit'")]
    return {
        "all": indicators.compute_stats(db, today=TODAY),
        **{unit: indicators.compute_stats(db, unit=unit, today=TODAY) for unit in units},
    }


@pytest.fixture
def province(tmp_path):
    """An upper level that took a first stick from two demo communes."""
    upper = upper_office(tmp_path)
    made = make_unit_packages(upper.db, 2, workdir=tmp_path / "units", members=40,
                              years=1, until=UNTIL)
    first = import_packages(upper.db, made.packages)
    assert not first.refused
    units = sorted((tmp_path / "units").glob("don-vi-*/so-nghi-quyet.db"))
    yield upper, units, tmp_path
    upper.db.conn.close()


def _own_document(db):
    own = get_settings(db).unit_uuid
    return next(d for d in list_documents(db) if d.owner_unit == own)


def _second_stick(units: list[Path], stick: Path) -> list[Path]:
    """A month at the communes: a member renamed, one removed, one new; packages out."""
    stick.mkdir(exist_ok=True)
    packages = []
    for path in units:
        db = open_database(path)
        try:
            members = list_members(db)
            members[0].full_name += " (đã đổi tên)"
            save_member(db, members[0])
            delete_member(db, members[1].uuid)
            new = members[2]
            new.id, new.uuid, new.full_name = None, None, "Đảng viên mới chuyển đến"
            save_member(db, new)
            packages.append(export_package(db, stick).target_path)
        finally:
            db.conn.close()
    return packages


def test_a_stick_undone_gives_back_every_row_and_figure_as_before(province):
    upper, units, root = province
    before, figures = _rows(upper.db), _figures(upper.db)
    backups = {b.path for b in list_backups(upper.path)}

    stick = import_packages(upper.db, _second_stick(units, root / "stick2"))

    assert not stick.refused and len(stick.reports) == 2
    assert _rows(upper.db) != before
    # No whole copy of the register was taken for the stick: its undo record is the
    # way back.
    assert {b.path for b in list_backups(upper.path)} == backups
    receipt = import_undo.newest_receipt(upper.db)
    assert receipt is not None and receipt.packages == 2 and receipt.undoable

    result = import_undo.undo_newest_receipt(upper.db, upper.path)

    assert result.packages == 2 and result.rows_removed > 0 and result.rows_restored > 0
    assert _rows(upper.db) == before
    assert _figures(upper.db) == figures
    assert import_undo.newest_receipt(upper.db) is None
    # The register as it was just before the undo is kept whole, in case.
    assert result.backup_path in {b.path for b in list_backups(upper.path)}
    assert [b.reason for b in list_backups(upper.path) if b.path == result.backup_path] == [
        REASON_UNDO]


def test_the_packages_of_an_undone_stick_go_in_again(province):
    upper, units, root = province
    packages = _second_stick(units, root / "stick2")
    import_packages(upper.db, packages)
    taken = _rows(upper.db)
    import_undo.undo_newest_receipt(upper.db, upper.path)

    # Their log lines went with the undo: the same files are new to the register again.
    again = import_packages(upper.db, packages)

    assert not again.refused and all(r.plan.totals().updated for r in again.reports)
    after = _rows(upper.db)
    for table in RECORDED:
        if table not in ("import_log", "export_log", "units"):  # times of receipt differ
            assert after[table] == taken[table], table


def test_the_first_stick_undone_leaves_only_the_upper_levels_own_rows(tmp_path):
    upper = upper_office(tmp_path)
    made = make_unit_packages(upper.db, 2, workdir=tmp_path / "units", members=30,
                              years=1, until=UNTIL)
    before, figures = _rows(upper.db), _figures(upper.db)

    import_packages(upper.db, made.packages)
    assert upper.db.execute("SELECT COUNT(*) FROM attendance").fetchone()[0] > 0
    import_undo.undo_newest_receipt(upper.db, upper.path)

    # The figures are made again in the undo's transaction, ready for the overview.
    for table in ("stat_dirty", "stat_dirty_conf", "stat_dirty_doc"):
        assert upper.db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0] == 0
    assert upper.db.execute("SELECT COUNT(*) FROM stat_unit_conf").fetchone()[0] == 0
    assert _rows(upper.db) == before
    assert _figures(upper.db) == figures
    assert upper.db.execute("SELECT COUNT(*) FROM attendance").fetchone()[0] == 0
    upper.db.conn.close()


def test_undo_is_refused_once_the_register_changed_after_the_stick(province):
    upper, units, root = province
    import_packages(upper.db, _second_stick(units, root / "stick2"))
    document = _own_document(upper.db)
    document.title += " (sửa sau khi nhận)"
    save_document(upper.db, document)
    after_edit = _rows(upper.db)
    backups = list_backups(upper.path)

    with pytest.raises(UndoError, match="Sổ đã có thay đổi sau lần nhận gói này"):
        import_undo.undo_newest_receipt(upper.db, upper.path)

    assert _rows(upper.db) == after_edit
    assert list_backups(upper.path) == backups
    receipt = import_undo.newest_receipt(upper.db)
    assert receipt is not None and not receipt.undoable


def test_undo_is_refused_once_a_catalogue_went_down_after_the_stick(province):
    """Sending the catalogue (which confirms the stick's packages to the communes)
    writes only the export log, which the change counter does not see: undoing would
    drop that line, so it too ends the undo."""
    upper, units, root = province
    import_packages(upper.db, _second_stick(units, root / "stick2"))
    unit = next(r[0] for r in upper.db.execute("SELECT uuid FROM units WHERE role = 'unit'"))
    (root / "down").mkdir()
    export_package(upper.db, root / "down", unit=unit)

    receipt = import_undo.newest_receipt(upper.db)
    assert receipt is not None and not receipt.undoable
    with pytest.raises(UndoError, match="nhận hay gửi gói khác"):
        import_undo.undo_newest_receipt(upper.db, upper.path)


def _impatient(db):
    """Another window's connection that gives up on a busy register at once (the window
    waits ten seconds)."""
    db.conn.execute("PRAGMA busy_timeout = 50")
    return db


def test_another_window_cannot_write_while_the_stick_goes_in_and_the_stick_stays_undoable(
    province,
):
    """The stick is one transaction: a write by another window waits for its end (here
    it gives up), so nothing slips between its packages unrecorded."""
    upper, units, root = province
    other = _impatient(open_worker_database(upper.path))
    packages = _second_stick(units, root / "stick2")
    refused: list[str] = []

    def meanwhile(step, index, total):
        if index == 1:  # between the two packages, another window saves a document
            document = _own_document(other)
            document.title += " (sửa ở cửa sổ khác)"
            with pytest.raises(sqlite3.OperationalError, match="locked") as raised:
                save_document(other, document)
            refused.append(str(raised.value))
        return True

    stick = import_packages(upper.db, packages, progress=meanwhile)

    assert refused and len(stick.reports) == 2 and not stick.refused
    receipt = import_undo.newest_receipt(upper.db)
    assert receipt is not None and receipt.packages == 2 and receipt.undoable
    # Once the stick is in, the other window writes, and the stick can no longer be
    # undone without losing that write.
    document = _own_document(other)
    document.title += " (sửa ở cửa sổ khác)"
    save_document(other, document)
    other.conn.close()
    assert not import_undo.newest_receipt(upper.db).undoable


def test_a_new_stick_replaces_the_record_and_nothing_to_undo_is_said_plainly(province):
    upper, units, root = province
    import_packages(upper.db, _second_stick(units, root / "stick2"))
    first = import_undo.newest_receipt(upper.db)
    after_second = _rows(upper.db)
    import_packages(upper.db, _second_stick(units, root / "stick3"))
    second = import_undo.newest_receipt(upper.db)
    assert first is not None and second is not None and second.id != first.id
    assert upper.db.execute(
        "SELECT COUNT(*) FROM undo_rows WHERE receipt != ?", [second.id]
    ).fetchone()[0] == 0

    import_undo.undo_newest_receipt(upper.db, upper.path)
    assert _rows(upper.db) == after_second  # only the newest stick is undone
    with pytest.raises(UndoError, match="Không có lần nhận gói nào để hoàn tác"):
        import_undo.undo_newest_receipt(upper.db, upper.path)


def test_a_single_package_is_undone_the_same_way_and_a_refused_one_keeps_the_record(
    province,
):
    upper, units, root = province
    stick = import_packages(upper.db, _second_stick(units, root / "stick2"))
    before_stick, kept = _rows(upper.db), import_undo.newest_receipt(upper.db)
    package = _second_stick(units[:1], root / "stick3")[0]
    prepared = prepare_import(upper.db, package)
    # Someone edits between the preview and the import: refused, and the stick's
    # record is not replaced by the refused package's.
    document = _own_document(upper.db)
    document.title += " (sửa)"
    save_document(upper.db, document)
    with pytest.raises(RegisterChangedError):
        commit_import(upper.db, prepared)
    assert import_undo.newest_receipt(upper.db).id == kept.id == stick.receipt
    before = _rows(upper.db)
    assert before != before_stick

    report = import_package(upper.db, package)

    assert report.receipt is not None and report.receipt != stick.receipt
    assert not any(b.reason == REASON_IMPORT for b in list_backups(upper.path))
    assert import_undo.newest_receipt(upper.db).packages == 1
    import_undo.undo_newest_receipt(upper.db, upper.path)
    assert _rows(upper.db) == before


# --- cases found in review --------------------------------------------------------


@pytest.fixture
def offices(tmp_path):
    upper = upper_office(tmp_path)
    unit = unit_office(tmp_path, upper, "cam-giang", "Đảng ủy xã Cẩm Giàng", "ĐU Cẩm Giàng")
    (tmp_path / "stick").mkdir()
    yield tmp_path, upper, unit
    upper.db.conn.close()
    unit.db.conn.close()


def _conference(unit, number: int | None, title: str):
    return save_conference(unit.db, ConferenceDetail(conference=Conference(
        kind="hoc_tap", format="truc_tiep", title=title, starts_at="2025-03-05T08:00",
        reg_number=number, term="2025-2030")))


def _send(root, unit, upper):
    return import_packages(upper.db, [export_package(unit.db, root / "stick").target_path])


def test_a_swap_of_minutes_numbers_is_undone(offices):
    """The unit swapped two minutes numbers: undoing puts each back although, row by
    row, each meets the other's number (unique among live conferences)."""
    root, upper, unit = offices
    first, second = _conference(unit, 1, "Hội nghị A"), _conference(unit, 2, "Hội nghị B")
    _send(root, unit, upper)
    before = _rows(upper.db)
    for detail, number in ((first, 9), (second, 1), (first, 2)):
        detail = get_conference_detail(unit.db, detail.conference.uuid)
        detail.conference.reg_number = number
        save_conference(unit.db, detail)
    _send(root, unit, upper)

    import_undo.undo_newest_receipt(upper.db, upper.path)

    assert _rows(upper.db) == before


def test_a_report_text_saved_after_the_stick_is_kept(offices):
    """A report's text moves no change counter (an import does not read it): undoing
    the stick must not take it away."""
    root, upper, unit = offices
    _conference(unit, None, "Hội nghị A")
    _send(root, unit, upper)
    key = ReportKey("consolidated", dt.date(2025, 1, 1), dt.date(2025, 6, 30))
    save_texts(upper.db, key, {"Đánh giá": ["Lời cán bộ gõ sau khi nhận gói."]})

    import_undo.undo_newest_receipt(upper.db, upper.path)

    assert load_texts(upper.db, key) == {"Đánh giá": ["Lời cán bộ gõ sau khi nhận gói."]}


def test_a_stick_refused_whole_leaves_the_previous_record(offices):
    root, upper, unit = offices
    _conference(unit, None, "Hội nghị A")
    _send(root, unit, upper)
    kept = import_undo.newest_receipt(upper.db)
    bad = root / "stick" / "rac.snq"
    bad.write_bytes(b"not a package")

    batch = import_packages(upper.db, [bad])

    assert batch.refused and not batch.reports and batch.receipt is None
    assert import_undo.newest_receipt(upper.db) == kept and kept.undoable


def test_a_package_sent_by_another_window_waits_for_the_stick_then_ends_the_undo(
    offices, tmp_path,
):
    root, upper, unit = offices
    second = unit_office(tmp_path, upper, "ban-cau", "Đảng ủy xã Bản Cầu", "ĐU Bản Cầu")
    _send(root, unit, upper)  # the upper level has the unit's key: it may send down
    _conference(unit, None, "Hội nghị A")
    _conference(second, None, "Hội nghị B")
    files = [export_package(office.db, root / "stick").target_path for office in (unit, second)]
    (root / "down").mkdir()
    other = _impatient(open_worker_database(upper.path))
    owner = get_settings(unit.db).unit_uuid
    refused: list[str] = []

    def meanwhile(step, index, total):
        if index == 1:  # the catalogue would go down from another window, between the two
            with pytest.raises(sqlite3.OperationalError, match="locked") as raised:
                export_package(other, root / "down", unit=owner)
            refused.append(str(raised.value))
        return True

    import_packages(upper.db, files, progress=meanwhile)

    assert refused and list((root / "down").iterdir()) == []
    assert import_undo.newest_receipt(upper.db).undoable
    export_package(other, root / "down", unit=owner)
    other.conn.close()
    second.db.conn.close()

    receipt = import_undo.newest_receipt(upper.db)
    assert receipt is not None and receipt.packages == 2 and not receipt.undoable
