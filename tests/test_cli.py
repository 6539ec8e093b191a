"""The headless commands, run as a clerk or a script would run them."""
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run(*args, data_dir=None):
    env = {**os.environ, "SNQ_DATA_DIR": str(data_dir)} if data_dir else None
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *map(str, args)],
                          capture_output=True, text=True, encoding="utf-8", env=env, timeout=120)


def test_demo_then_stats_json_and_search(tmp_path):
    db = tmp_path / "x.db"
    made = run("--db", db, "demo", "--members", "250", "--years", "2", "--chi-bo", "10")
    assert made.returncode == 0, made.stderr
    assert "Đã tạo dữ liệu mẫu" in made.stdout
    # What was made is said in the clerk's words, not as the names of tables.
    assert "250 đảng viên" in made.stdout and "10 chi bộ" in made.stdout
    assert not any(key in made.stdout for key in ("members", "chi_bo", "attendance"))
    stats = run("--db", db, "stats", "--json")
    assert stats.returncode == 0, stats.stderr
    data = json.loads(stats.stdout)
    assert set(data) >= {"period", "conferences", "study", "plans", "outreach", "reflections"}
    assert set(data["conferences"]) >= {"total", "in_person", "online", "hybrid",
                                        "bridge_points", "attendances"}
    assert data["conferences"]["total"] == 20
    row = data["study"][0]
    assert set(row) >= {"document_id", "document", "eligible", "studied", "excused", "rate"}
    assert set(data["plans"]) >= {"total", "tasks_done", "tasks_in_progress", "tasks_overdue"}
    assert set(data["reflections"]) >= {"expected", "submitted"}
    channel = next(iter(data["outreach"].values()))
    assert set(channel) >= {"activities", "reach"}
    found = run("--db", db, "search", "dang uy")
    assert found.returncode == 0 and "Đảng ủy" in found.stdout
    period = run("--db", db, "stats", "--from", "01/01/2026", "--to", "31/12/2026", "--json")
    assert json.loads(period.stdout)["period"] == {"from": "2026-01-01", "to": "2026-12-31",
                                                   "unit": None}
    listed = run("--db", db, "list", "conferences", "--json")
    assert len(json.loads(listed.stdout)) == 20
    assert run("--db", db, "check").returncode == 0


def test_errors_are_vietnamese_with_exit_codes(tmp_path):
    db = tmp_path / "x.db"
    bad_usage = run("--db", db, "list", "bogus")
    assert bad_usage.returncode == 2 and "lựa chọn không hợp lệ" in bad_usage.stderr
    missing = run("--db", db, "search")
    assert missing.returncode == 2 and "thiếu tham số" in missing.stderr
    bad_range = run("--db", db, "stats", "--from", "2026-02-01", "--to", "2026-01-01")
    assert bad_range.returncode == 1 and "phải sau ngày bắt đầu" in bad_range.stderr
    bad_date = run("--db", db, "stats", "--from", "31/02/2026")
    assert bad_date.returncode == 2 and "không hợp lệ" in bad_date.stderr
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database" * 200)
    broken = run("--db", junk, "check")
    assert broken.returncode == 1 and "Lỗi:" in broken.stderr


def test_init_sets_unit_and_default_db_lives_in_data_folder(tmp_path):
    made = run("init", "--unit-name", "Đảng ủy phường Phan Đình Phùng", "--unit-abbr", "ĐU",
               "--upper-name", "Đảng bộ tỉnh Thái Nguyên", "--place", "Phan Đình Phùng",
               "--role", "unit", data_dir=tmp_path)
    assert made.returncode == 0, made.stderr
    assert (tmp_path / "so-nghi-quyet.db").exists()
    version = run("version", data_dir=tmp_path)
    assert "Sổ Nghị quyết" in version.stdout


def test_check_finds_damage(tmp_path):
    db = tmp_path / "x.db"
    run("--db", db, "demo", "--members", "100", "--years", "1", "--chi-bo", "4")
    import sqlite3

    conn = sqlite3.connect(db)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    data = bytearray(db.read_bytes())
    page = 4096
    for offset in range(page * 3, page * 8):
        data[offset] = 0xA5
    db.write_bytes(bytes(data))
    result = run("--db", db, "check")
    assert result.returncode == 1


def test_backup_and_restore_commands(tmp_path):
    db = tmp_path / "x.db"
    run("--db", db, "demo", "--members", "60", "--years", "1", "--chi-bo", "3")
    taken = run("--db", db, "backup")
    assert taken.returncode == 0, taken.stderr
    copy = Path(taken.stdout.strip())
    assert copy.exists() and copy.parent == tmp_path / "backups"
    assert "Sao lưu" in run("--db", db, "backups").stdout
    damaged = tmp_path / "hong.db"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)
    before = db.read_bytes()
    refused = run("--db", db, "restore", damaged)
    assert refused.returncode == 1 and "hỏng" in refused.stderr
    assert db.read_bytes() == before
    other = tmp_path / "danh-ba.db"  # a sound SQLite file of another program
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE contacts (name TEXT)")
    con.execute("PRAGMA user_version = 3")
    con.commit()
    con.close()
    refused = run("--db", db, "restore", other)
    assert refused.returncode == 1
    assert "“danh-ba.db” không phải là bản sao lưu của Sổ Nghị quyết" in refused.stderr
    assert db.read_bytes() == before
    assert not list((tmp_path / "backups").glob("*truoc-khoi-phuc*"))
    restored = run("--db", db, "restore", copy)
    assert restored.returncode == 0 and "Đã khôi phục" in restored.stdout
    assert run("--db", db, "check").returncode == 0


def test_settings_are_read_and_set_with_the_windows_checks(tmp_path):
    db = tmp_path / "x.db"
    made = run("--db", db, "init", "--unit-name", "Đảng bộ tỉnh A", "--role", "upper",
               "--leader-name", "Lê Văn Bình", "--leader-position", "Bí thư Tỉnh ủy")
    assert made.returncode == 0, made.stderr
    shown = json.loads(run("--db", db, "settings", "--json").stdout)
    assert (shown["leader_name"], shown["leader_position"]) == ("Lê Văn Bình", "Bí thư Tỉnh ủy")
    # Refused whole, every problem said: nothing of it is written.
    bad = run("--db", db, "settings", "target_rate=120", "silent_days=x", "foo=1",
              "leader_name=Trần Văn Cường")
    assert bad.returncode == 1
    assert "“x” phải là một số" in bad.stderr and "“foo=1” không phải một cài đặt" in bad.stderr
    assert "Tỷ lệ học tập mục tiêu phải trong khoảng 1–100%." in bad.stderr
    assert json.loads(run("--db", db, "settings", "--json").stdout)["leader_name"] == "Lê Văn Bình"
    good = run("--db", db, "settings", "text_scale=1,5", "leader_name=Trần Văn Cường")
    assert good.returncode == 0, good.stderr
    shown = json.loads(run("--db", db, "settings", "--json").stdout)
    assert (shown["text_scale"], shown["leader_name"]) == (1.5, "Trần Văn Cường")
    listed = run("--db", db, "settings").stdout
    assert "leader_name = Trần Văn Cường    # họ tên người ký" in listed
