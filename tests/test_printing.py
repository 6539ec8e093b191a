"""Printed documents filled from the register (loaders), through the commands."""
import subprocess
import sys
from pathlib import Path

import openpyxl

from models.attendance import set_attendance
from models.plans import Plan, PlanDetail, Task, save_plan
from models.settings import get_settings, save_settings
from tests.factories import add_conference, small_commune
from tests.reports_pdf import all_text, squash

ROOT = Path(__file__).resolve().parent.parent


def run(*args):
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *map(str, args)],
                          capture_output=True, text=True, encoding="utf-8", timeout=120)


def commune(tmp_path):
    fx = small_commune(tmp_path / "p.db")
    settings = get_settings(fx.db)
    settings.leader_name = "Lường Văn Thắng"
    save_settings(fx.db, settings)
    conf = add_conference(fx, starts_at="2023-03-05T08:00", reg_number=12).conference
    set_attendance(fx.db, conf.uuid, [
        (fx.members["Đặng Thị Bình"].uuid, "absent_reason", "Ốm đau"),
        (fx.members["Đỗ Minh Đức"].uuid, "absent_no_reason", ""),
    ])
    fx.conf = conf
    return fx


def test_minutes_from_the_register(tmp_path):
    fx = commune(tmp_path)
    out = tmp_path / "bien-ban.pdf"
    result = run("--db", tmp_path / "p.db", "minutes", fx.conf.id, "--out", out, "--final",
                 "--excused-annex")
    assert result.returncode == 0, result.stderr
    text = squash(all_text(out))
    assert "PHỤ LỤC Danh sách đảng viên được miễn công tác và sinh hoạt đảng" in text
    for expected in ("ĐẢNG BỘ TỈNH THÁI NGUYÊN", "ĐẢNG ỦY XÃ CẨM GIÀNG", "Số 12-BB/ĐU",
                     "Cẩm Giàng, ngày 05 tháng 3 năm 2023", "BIÊN BẢN",
                     "Vào hồi 8 giờ 00 phút", "Đặng Thị Bình", "Ốm đau", "Đỗ Minh Đức",
                     "Lường Văn Cao", "NGƯỜI GHI BIÊN BẢN", "CHỦ TRÌ HỘI NGHỊ",
                     "Vũ Văn Thành", "Hoàng Thị Hạnh", "57-NQ/TW"):
        assert expected in text, expected
    status = fx.db.execute("SELECT status FROM conferences WHERE id = ?", [fx.conf.id])
    assert status.fetchone()[0] == "final"


def test_minutes_missing_data_listed_no_file(tmp_path):
    fx = small_commune(tmp_path / "p.db")
    conf = add_conference(fx).conference  # no register number yet
    fx.db.execute("UPDATE conferences SET chair_name = '' WHERE id = ?", [conf.id])
    fx.db.conn.commit()
    out = tmp_path / "bien-ban.pdf"
    result = run("--db", tmp_path / "p.db", "minutes", conf.id, "--out", out)
    assert result.returncode == 1
    assert "số biên bản" in result.stderr and "người chủ trì" in result.stderr
    assert not out.exists()


def test_signin_plan_and_report(tmp_path):
    fx = commune(tmp_path)
    db_path = tmp_path / "p.db"
    sheet = tmp_path / "ky.pdf"
    assert run("--db", db_path, "signin", fx.conf.id, "--out", sheet).returncode == 0
    text = squash(all_text(sheet))
    assert "Nguyễn Văn An" in text and "Lường Văn Cao" not in text  # excused: not on the sheet
    plan = save_plan(fx.db, PlanDetail(
        plan=Plan(title="Kế hoạch thực hiện Nghị quyết số 57-NQ/TW", number=5,
                  issued_on="2023-04-01", document_uuid=fx.document.uuid),
        tasks=[Task(content="Quán triệt đến các chi bộ", lead="Ban Xây dựng Đảng",
                    deadline="2023-05-31", output="Biên bản hội nghị")]))
    plan_pdf = tmp_path / "kh.pdf"
    result = run("--db", db_path, "plan", plan.plan.id, "--out", plan_pdf)
    assert result.returncode == 0, result.stderr
    text = squash(all_text(plan_pdf))
    assert "Số 05-KH/ĐU" in text and "Quán triệt đến các chi bộ" in text and "T/M" in text
    report = tmp_path / "bc.pdf"
    result = run("--db", db_path, "report", "--number", "3", "--date", "2023-04-10",
                 "--out", report)
    assert result.returncode == 0, result.stderr
    text = squash(all_text(report))
    assert "Số 03-BC/ĐU" in text and "04/06 đảng viên" in text and "66,67%" in text


def test_report_workbook_has_real_numbers(tmp_path):
    commune(tmp_path)
    out = tmp_path / "so-lieu.xlsx"
    result = run("--db", tmp_path / "p.db", "report", "--to", "2023-12-31", "--out", out)
    assert result.returncode == 0, result.stderr
    book = openpyxl.load_workbook(out)
    cells = {row[0]: row[1:] for row in book["Theo chi bộ"].iter_rows(min_row=2, values_only=True)}
    assert cells["Chi bộ thôn Nà Pài"][:3] == (3, 2, 1)
    assert cells["Chi bộ Trường Tiểu học"][:2] == (3, 2)
    assert abs(cells["Chi bộ thôn Nà Pài"][3] - 2 / 3) < 1e-9
    summary = {r[0]: r[1] for r in book["Tổng hợp"].iter_rows(min_row=2, values_only=True)}
    assert summary["Hội nghị"] == 1 and isinstance(summary["Lượt người tham dự"], int)
    assert book["Theo chi bộ"].freeze_panes == "A2"
