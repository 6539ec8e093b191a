
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
