import datetime as dt

import pytest

from models.vntext import (
    document_date_line,
    fold,
    format_date,
    format_int,
    format_percent,
    format_ratio,
    parse_date,
    parse_int,
    search_key,
    time_phrase,
)


def test_fold_handles_d_bar_and_accents_and_case():
    assert fold("Đảng ủy xã Cẩm Giàng") == "dang uy xa cam giang"
    assert fold("ĐẢNG CỘNG SẢN") == "dang cong san"
    # NFD input (as some keyboards and files give it) folds the same
    import unicodedata

    assert fold(unicodedata.normalize("NFD", "Nghị quyết")) == "nghi quyet"


def test_search_key_splits_symbols():
    assert search_key("Số 57-NQ/TW") == "so 57 nq tw"


def test_vietnamese_number_styles():
    assert format_int(16100) == "16.100"
    assert format_int(1438000) == "1.438.000"
    assert format_percent(99.1643) == "99,16%"
    assert format_ratio(35599, 35900) == "35.599/35.900, đạt 99,16%"
    assert format_ratio(0, 0) == "0/0"


def test_dates_on_screen_and_in_documents():
    assert format_date("2023-03-05") == "05/03/2023"
    assert parse_date("5/3/2023") == dt.date(2023, 3, 5)
    assert document_date_line("Cẩm Giàng", "2023-03-05") == "Cẩm Giàng, ngày 05 tháng 3 năm 2023"
    # month zero-padded only for January and February
    assert document_date_line("Cẩm Giàng", "2023-02-15").endswith("ngày 15 tháng 02 năm 2023")
    assert document_date_line("Cẩm Giàng", "2023-11-20").endswith("ngày 20 tháng 11 năm 2023")
    assert time_phrase("2023-03-05T08:00") == "8 giờ 00 phút"


def test_bad_date_message_is_vietnamese():
    with pytest.raises(ValueError, match="không hợp lệ"):
        parse_date("31/02/2023")
    with pytest.raises(ValueError, match="năm phải ghi đủ 4 chữ số"):
        parse_date("5/3/23")


def test_whole_numbers_as_typed():
    assert [parse_int(t) for t in ("1200", "1.200", "1 200", " 7 ", "-5", "1.234.567", "")] == [
        1200, 1200, 1200, 7, -5, 1234567, None
    ]
    for bad in ("1.5", "1,5", "12.34", "1.2345", "mười", "1..200"):
        with pytest.raises(ValueError):
            parse_int(bad)


def test_format_size_reads_as_a_clerk_expects():
    from models.vntext import format_size

    assert format_size(0) == "0 KB"
    assert format_size(12_400) == "12 KB"
    assert format_size(340_200_000) == "340 MB"
    assert format_size(1_234_000_000) == "1,2 GB"
