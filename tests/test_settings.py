import pytest

from models.db import open_database
from models.errors import ValidationError
from models.settings import get_settings, save_settings


def test_settings_round_trip_and_validation(db_path):
    db = open_database(db_path)
    settings = get_settings(db)
    unit = settings.unit_uuid
    settings.unit_name = "Đảng ủy phường Phan Đình Phùng"
    settings.role = "upper"
    settings.target_rate = 97.5
    settings.margin_left_mm = 25
    settings.initialised = True
    save_settings(db, settings)
    again = get_settings(open_database(db_path))
    assert again.unit_name == "Đảng ủy phường Phan Đình Phùng" and again.role == "upper"
    assert again.target_rate == 97.5 and again.margin_left_mm == 25 and again.initialised
    assert again.unit_uuid == unit  # the identity never changes with the settings
    again.unit_name = " "
    again.margin_top_mm = 2
    again.role = "boss"
    with pytest.raises(ValidationError) as caught:
        save_settings(db, again)
    assert len(caught.value.problems) == 3
    assert get_settings(db).unit_name == "Đảng ủy phường Phan Đình Phùng"
