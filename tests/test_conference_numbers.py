"""Minutes numbers are the owner's: a conference the upper level broadcast (followed here
at a bridge point) carries the upper level's number, which may equal one of ours."""
from __future__ import annotations

import pytest

from models.conferences import get_conference_detail, save_conference
from models.errors import ValidationError
from tests.factories import add_conference, small_commune


def _upper_conference(db, number: int) -> None:
    db.execute(
        "INSERT INTO conferences (uuid, owner_unit, revision, updated_at, kind, format, title, "
        "starts_at, reg_number, term) VALUES ('conf-up', 'upper', 1, '2025-01-01', "
        "'quan_triet', 'truc_tuyen', 'Hội nghị trực tuyến toàn tỉnh', '2025-05-05T08:00', ?, "
        "'2025-2030')",
        [number],
    )


def test_a_followed_conference_with_our_number_still_saves(tmp_path):
    fx = small_commune(tmp_path / "so.db")
    add_conference(fx, reg_number=5)
    _upper_conference(fx.db, 5)
    saved = save_conference(fx.db, get_conference_detail(fx.db, "conf-up"))
    assert saved.conference.reg_number == 5
    assert fx.db.execute(
        "SELECT owner_unit, revision FROM conferences WHERE uuid = 'conf-up'"
    ).fetchone() == ("upper", 1)  # not ours: left as the upper level sent it


def test_our_own_numbers_still_may_not_repeat(tmp_path):
    fx = small_commune(tmp_path / "so.db")
    add_conference(fx, reg_number=5)
    _upper_conference(fx.db, 6)
    with pytest.raises(ValidationError, match="Số biên bản 05 đã dùng"):
        add_conference(fx, reg_number=5)
    add_conference(fx, reg_number=6)  # the upper level's 6 is not ours
