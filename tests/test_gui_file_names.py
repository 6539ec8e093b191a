"""The names the Save dialogs propose: what the clerk would call the file."""
from __future__ import annotations

from pathlib import Path

from gui.printing.jobs import minutes_job, signin_job
from gui.widgets.xlsx_export import safe_file_name
from models.conferences import get_conference_detail, save_conference
from models.oserrors import name_problem
from tests.factories import add_conference, small_commune

LONG_TITLE = (
    "Hội nghị quán triệt, triển khai Kế hoạch số 20-KH/ĐU và Nghị quyết số 19-NQ/ĐU "
    "của Ban Chấp hành Đảng bộ xã"
)


def test_symbols_keep_their_shape_and_long_titles_are_cut_at_a_word(qapp, tmp_path: Path):
    fx = small_commune(tmp_path / "Tài liệu" / "sổ.db")
    detail = add_conference(fx, reg_number=12)
    detail.conference.title = LONG_TITLE
    saved = save_conference(fx.db, detail)
    conference = get_conference_detail(fx.db, saved.conference.uuid).conference.id
    for job in (minutes_job(conference), signin_job(conference)):
        name = job.file_name(job.load(fx.db))
        assert name_problem(name) is None
        assert "20-KH-ĐU" in name and name.endswith(".pdf")
        stem = name.removesuffix(".pdf")
        assert len(stem) <= 80
        # Cut between words: the last word is a whole word of the title.
        assert stem.split()[-1] in LONG_TITLE.replace("/", "-").split()


def test_names_from_a_mac_are_written_composed(qapp):
    decomposed = "Ke\u0302\u0301 hoa\u0323ch"  # "Kế hoạch" as macOS spells it
    assert safe_file_name(decomposed, ".pdf") == "Kế hoạch.pdf"


def test_nothing_usable_falls_back_to_a_word(qapp):
    assert safe_file_name(' ?*: . ', ".xlsx") == "Danh sách.xlsx"
