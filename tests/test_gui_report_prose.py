"""The clerk edits the study report's prose in the window; the printout uses it, and the
text stays with the report for the next time."""
from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from gui.printing.dialogs import StudyReportDialog
from models.attendance import set_attendance
from models.report_texts import load_texts
from models.settings import get_settings, save_settings
from reports.report_prose import CAUSES, PROPOSALS, SHORTCOMINGS
from tests.factories import add_conference, small_commune
from tests.gui_fixtures import *  # noqa: F403  (fixtures: answers, ui_settings)
from tests.gui_fixtures import OFFSCREEN_NOISE, type_text
from tests.reports_pdf import squash

pytestmark = OFFSCREEN_NOISE


@pytest.fixture
def commune(db_path: Path):
    fx = small_commune(db_path)
    settings = get_settings(fx.db)
    settings.leader_name = "Lường Văn Thắng"
    save_settings(fx.db, settings)
    conf = add_conference(fx, starts_at="2025-03-05T08:00", reg_number=12).conference
    set_attendance(fx.db, conf.uuid, [
        (fx.members["Đặng Thị Bình"].uuid, "absent_reason", "Ốm đau"),
    ])
    yield fx
    fx.db.conn.close()


def _preview_text(dialog) -> str:
    dialog.show_preview()
    shown = dialog.preview
    text = squash(" ".join(p.extract_text() for p in PdfReader(
        io.BytesIO(shown.rendered.data)).pages))
    shown.close()
    return text


def test_period_choice_fills_the_dates(qtbot, commune):
    dialog = StudyReportDialog(commune.db)
    qtbot.addWidget(dialog)
    dialog.year.setValue(2025)
    dialog.period.setCurrentIndex(dialog.period.findData("q3"))
    assert (dialog.start.text(), dialog.end.text()) == ("01/07/2025", "30/09/2025")
    dialog.period.setCurrentIndex(dialog.period.findData("year"))
    assert (dialog.start.text(), dialog.end.text()) == ("01/01/2025", "31/12/2025")


def test_edited_prose_goes_into_the_printout_and_is_kept(qtbot, commune):
    dialog = StudyReportDialog(commune.db)
    qtbot.addWidget(dialog)
    dialog.year.setValue(2025)
    dialog.period.setCurrentIndex(dialog.period.findData("year"))
    dialog.number.setText("15")
    dialog.date.setText("20/12/2025")
    dialog.show()

    dialog.edit_prose()
    editor = dialog.prose_editor
    qtbot.addWidget(editor)
    # The draft is written from the figures: one absentee not caught up.
    assert "Còn 01 lượt đảng viên vắng mặt chưa được học bù." in \
        editor.editors[SHORTCOMINGS].toPlainText()
    editor.editors[CAUSES].clear()
    type_text(editor.editors[CAUSES], "Đường vào thôn Nà Pài bị sạt lở trong mùa mưa.")
    editor.editors[PROPOSALS].setPlainText(
        "Đề nghị Tỉnh ủy hỗ trợ 01 bộ thiết bị điểm cầu.\n\nĐề nghị tập huấn báo cáo viên.")
    assert editor.save()

    stored = load_texts(commune.db, dialog.choice().key(None))
    assert stored[CAUSES] == ["Đường vào thôn Nà Pài bị sạt lở trong mùa mưa."]
    assert stored[PROPOSALS] == ["Đề nghị Tỉnh ủy hỗ trợ 01 bộ thiết bị điểm cầu.",
                                 "Đề nghị tập huấn báo cáo viên."]
    text = _preview_text(dialog)
    assert "BÁO CÁO Kết quả học tập, quán triệt, triển khai thực hiện các nghị quyết, chỉ thị " \
           "của Đảng năm 2025" in text
    assert "3. Nguyên nhân Đường vào thôn Nà Pài bị sạt lở trong mùa mưa. IV." in text
    assert "Đề nghị Tỉnh ủy hỗ trợ 01 bộ thiết bị điểm cầu. Đề nghị tập huấn báo cáo viên." \
        in text

    # Opened again for the same report, the editor shows the clerk's words.
    dialog.edit_prose()
    again = dialog.prose_editor
    qtbot.addWidget(again)
    assert again.editors[CAUSES].toPlainText() == \
        "Đường vào thôn Nà Pài bị sạt lở trong mùa mưa."
    again.reset()  # back to the draft
    assert load_texts(commune.db, dialog.choice().key(None)) == {}
    assert "Đường vào thôn Nà Pài" not in _preview_text(dialog)
