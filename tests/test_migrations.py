
import pytest

from models import schema
from models.db import open_database
from models.errors import DatabaseFileError
from tests.crypt_helpers import keyed_connect


def test_new_file_gets_current_version_and_identity(db_path):
    db = open_database(db_path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    unit = db.execute("SELECT value FROM settings WHERE key = 'unit_uuid'").fetchone()[0]
    assert len(unit) == 36
    codes = {r[0] for r in db.execute("SELECT code FROM lookups WHERE list = 'doc_type'")}
    expected = {"NQ", "CT", "KL", "QĐi", "QĐ", "HD", "KH", "CTr", "BC", "BB", "TB", "CV", "TTr"}
    assert expected <= codes
    # reopening changes nothing
    db.conn.close()
    again = open_database(db_path)
    assert again.execute("SELECT value FROM settings WHERE key = 'unit_uuid'").fetchone()[0] == unit


def test_file_from_newer_program_is_refused_untouched(db_path):
    open_database(db_path).conn.close()
    conn = keyed_connect(db_path)
    conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    before = db_path.read_bytes()
    with pytest.raises(DatabaseFileError, match="phiên bản mới hơn"):
        open_database(db_path)
    assert db_path.read_bytes() == before


def test_failed_migration_step_leaves_file_as_it_was(db_path, monkeypatch):
    db = open_database(db_path)
    db.execute("INSERT INTO settings(key, value) VALUES ('marker', 'x')")
    db.conn.commit()
    db.conn.close()
    broken = (
        "CREATE TABLE new_things (id INTEGER PRIMARY KEY)",
        "ALTER TABLE settings ADD COLUMN note TEXT",
        "THIS IS NOT SQL",
    )
    current = schema.SCHEMA_VERSION
    monkeypatch.setattr(schema, "MIGRATIONS", (*schema.MIGRATIONS, broken))
    monkeypatch.setattr("models.db.MIGRATIONS", (*schema.MIGRATIONS, broken))
    monkeypatch.setattr("models.db.SCHEMA_VERSION", len(schema.MIGRATIONS) + 1)
    with pytest.raises(DatabaseFileError, match="giữ nguyên"):
        open_database(db_path)
    conn = keyed_connect(db_path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == current
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert "new_things" not in tables
    columns = [r[1] for r in conn.execute("PRAGMA table_info(settings)")]
    assert "note" not in columns
    assert conn.execute("SELECT value FROM settings WHERE key='marker'").fetchone() == ("x",)
    # a copy was taken before the migration ran
    backups = list((db_path.parent / "backups").glob(f"*truoc-nang-cap-v{current}*.db"))
    assert len(backups) == 1
    copy = keyed_connect(backups[0])
    assert copy.execute("SELECT value FROM settings WHERE key='marker'").fetchone() == ("x",)


def test_not_a_register_is_refused(tmp_path):
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(DatabaseFileError, match="không phải là sổ dữ liệu|hỏng"):
        open_database(junk)


# --- migration 4: the register's change counter ---------------------------------------


def _schema(con) -> set[tuple[str, str, str]]:
    return {(kind, name, sql) for kind, name, sql in con.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL")}


def _register_at(path, version: int) -> None:
    """A register as that version of the program left it."""
    con = keyed_connect(path)
    for statements in schema.MIGRATIONS[:version]:
        for statement in statements:
            con.execute(statement)
    con.execute(f"PRAGMA user_version = {version}")
    con.commit()
    con.close()


def test_a_version_3_register_gets_the_counter_and_ends_as_a_new_one(tmp_path):
    import dataclasses

    from models import indicator_store
    from models.attendance import set_attendance
    from models.db import integrity_problems
    from models.documents import Document, save_document
    from models.import_plan import register_stamp
    from models.organisation import ChiBo, Member, save_chi_bo, save_member
    from tests.factories import Fixture, add_conference

    old = tmp_path / "cu" / "so.db"
    old.parent.mkdir()
    _register_at(old, 3)  # before the counter
    db = open_database(old)
    fresh = open_database(tmp_path / "moi" / "so.db")

    assert db.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
    assert _schema(db.conn) == _schema(fresh.conn)  # upgraded or new: one schema
    triggers = {r[0] for r in db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'tr_changes_%'")}
    assert triggers == {f"tr_changes_{t}_{e}" for t in schema.CHANGE_COUNTED
                        for e in ("insert", "update", "delete")}
    assert not any(t.startswith("stat_") for t in schema.CHANGE_COUNTED)
    assert db.execute("SELECT id FROM register_changes").fetchall() == [(1,)]
    assert integrity_problems(db) == []  # ``check`` takes the new table and its rules

    fx = Fixture(db)
    cell = save_chi_bo(db, ChiBo(name="Chi bộ thôn Nà Pài"))
    an = save_member(db, Member(chi_bo_uuid=cell.uuid, full_name="Nguyễn Văn An"))
    binh = save_member(db, Member(chi_bo_uuid=cell.uuid, full_name="Lường Thị Bình"))
    fx.document = save_document(db, Document(
        type_code="NQ", symbol="57-NQ/TW", level_code="TW", issuer="Bộ Chính trị",
        issued_on="2024-12-22", term="XIII", title="Nghị quyết về chuyển đổi số"))
    conference = add_conference(fx).conference
    set_attendance(db, conference.uuid, [(an.uuid, "present", ""),
                                          (binh.uuid, "absent_no_reason", "")])
    assert indicator_store.refresh(db)

    before = register_stamp(db)
    save_member(db, dataclasses.replace(an, full_name="Nguyễn Văn Ân"))
    assert register_stamp(db) > before  # a member's edit counts
    set_attendance(db, conference.uuid, [(binh.uuid, "present", "")])
    assert indicator_store.dirty_owners(db) == [db.unit_uuid]  # figures to make again
    edited = register_stamp(db)

    assert indicator_store.refresh(db)  # the figures made again: stat_* written
    with db.atomic():
        indicator_store.refresh_owner(db, db.unit_uuid)  # and the owner's whole, again

    assert db.execute("SELECT present FROM stat_unit_conf").fetchall() == [(2,)]
    assert indicator_store.dirty_owners(db) == []
    assert register_stamp(db) == edited  # the figures' caches count for nothing
    fresh.conn.close()
    db.conn.close()


def test_settings_an_import_never_reads_do_not_count(db_path):
    """A report's edited text, or the Settings page saved with nothing changed, leaves a
    preview standing; a new unit name (which the import reads) does not."""
    import dataclasses
    import datetime as dt

    from models.import_plan import register_stamp
    from models.report_texts import PREFIX, ReportKey, forget_texts, save_texts
    from models.settings import get_settings, save_settings

    db = open_database(db_path)
    save_settings(db, get_settings(db))  # every key stored once, as after set-up
    key = ReportKey("unit", dt.date(2026, 1, 1), dt.date(2026, 6, 30))
    assert key.text().startswith(PREFIX)
    before = register_stamp(db)
    save_texts(db, key, {"Kết quả": ["Đoạn văn người dùng đã sửa."]})
    forget_texts(db, key)
    save_settings(db, get_settings(db))  # saved again, nothing changed
    assert register_stamp(db) == before
    save_settings(db, dataclasses.replace(get_settings(db), unit_name="Đảng ủy xã Nà Pài"))
    assert register_stamp(db) > before
    db.conn.close()


# --- migration 8: no covering index by conference -------------------------------------


def test_a_version_7_register_drops_the_covering_index_and_reads_a_conference_by_its_key(
    tmp_path,
):
    path = tmp_path / "so.db"
    _register_at(path, 7)

    def indexes(db) -> set[str]:
        return {r[0] for r in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'attendance'")}

    con = keyed_connect(path)
    assert "ix_attendance_cover" in indexes(con)
    con.close()
    db = open_database(path)
    assert "ix_attendance_cover" not in indexes(db)
    assert {"ux_attendance", "ix_attendance_owner", "ix_attendance_member"} <= indexes(db)
    assert _schema(db.conn) == _schema(open_database(tmp_path / "moi" / "so.db").conn)
    # A conference's lines are still found through its key, not by reading every line.
    plan = " ".join(r[3] for r in db.execute(
        "EXPLAIN QUERY PLAN SELECT status, COUNT(*) FROM attendance "
        "WHERE conference_uuid = ? AND deleted = 0 GROUP BY status", ["x"]))
    assert "ux_attendance (conference_uuid=?)" in plan, plan
