"""Every command's error paths with ``--lang en``: English messages, no Vietnamese left
outside the register's own data (the names the test typed in)."""
from __future__ import annotations

import re
import unicodedata

import pytest

from cli.app import run
from models import i18n
from tests.test_cli import run as run_process

# What the test itself types (user data) may come back in a message, quoted.
USER_DATA = ("Đảng ủy xã Cẩm Giàng", "ĐU Cẩm Giàng", "Cẩm Giàng", "Đảng bộ tỉnh", "ĐU")
# The program's name, and what a clerk types quoted as an example, are Vietnamese by nature.
QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")
PROPER_NAMES = ("Sổ Nghị quyết", "Số 15-BC/")


def vietnamese_left(text: str) -> list[str]:
    """The lines of ``text`` that still hold Vietnamese, user data taken out."""
    left = []
    for line in QUOTED.sub("", text).splitlines():
        bare = line
        for words in USER_DATA + PROPER_NAMES:
            bare = bare.replace(words, "")
        decomposed = unicodedata.normalize("NFD", bare)
        if any(unicodedata.combining(c) for c in decomposed) or "đ" in bare.casefold():
            left.append(line)
    return left


@pytest.fixture
def english(capsys):
    """Runs a command in English in this process: (exit code, stdout, stderr)."""

    def command(*words: object) -> tuple[int, str, str]:
        try:
            code = run(["--lang", "en", *map(str, words)])
        except SystemExit as stop:  # argparse's usage errors
            code = stop.code
        out, err = capsys.readouterr()
        return code, out, err

    yield command
    i18n.set_language("vi")


def test_usage_errors_are_english(english, tmp_path):
    db = tmp_path / "so.db"
    cases = [
        ("list", "bogus"),
        ("search",),
        ("stats", "--from", "31/02/2026"),
        ("init", "--role", "nobody"),
        ("minutes", "abc"),
        ("resolve", "1", "--keep", "neither"),
    ]
    for words in cases:
        code, out, err = english("--db", db, *words)
        assert code == 2, words
        assert err.startswith("usage: "), (words, err)
        assert vietnamese_left(err) == [], (words, err)


def test_a_missing_register_is_refused_in_english(english, tmp_path):
    gone = tmp_path / "gone" / "so.db"
    readers = [("list", "documents"), ("stats",), ("search", "dang uy"), ("check",),
               ("minutes", "1", "--out", tmp_path / "x.pdf"),
               ("signin", "1", "--out", tmp_path / "s.pdf"),
               ("plan", "1", "--out", tmp_path / "p.pdf"),
               ("report", "--out", tmp_path / "r.pdf"), ("backup",), ("units",),
               ("conflicts",), ("usb-log",)]
    for words in readers:
        code, out, err = english("--db", gone, *words)
        assert code == 1, (words, err)
        assert err.startswith("Error: "), (words, err)
        assert "not found" in err or "folder" in err, (words, err)
        assert vietnamese_left(err) == [], (words, err)


def test_refused_input_is_explained_in_english(english, tmp_path):
    db = tmp_path / "so.db"
    assert english("--db", db, "init", "--unit-name", "Đảng ủy xã Cẩm Giàng",
                   "--unit-abbr", "ĐU", "--upper-name", "Đảng bộ tỉnh")[0] == 0
    assert english("--db", db, "demo", "--members", "30", "--years", "1", "--chi-bo", "2")[0] == 0
    bad_file = tmp_path / "notes.txt"
    bad_file.write_text("hello", encoding="utf-8")
    refused = {
        "date range": ("stats", "--from", "2026-02-01", "--to", "2026-01-01"),
        "setting name": ("settings", "colour=red"),
        "setting value": ("settings", "target_rate=500"),
        "setting form": ("settings", "nonsense"),
        "no conference": ("minutes", "99999", "--out", tmp_path / "m.pdf"),
        "no plan": ("plan", "99999", "--out", tmp_path / "p.pdf"),
        "report extension": ("report", "--out", tmp_path / "r.txt"),
        "minutes extension": ("minutes", "1", "--out", tmp_path / "m.txt"),
        "member list": ("import-members", tmp_path / "missing.xlsx"),
        "backup file": ("restore", tmp_path / "missing.db"),
        "package file": ("import", tmp_path / "missing.snq"),
        "not a package": ("import", bad_file),
        "not a setup file": ("apply-setup", bad_file),
        "export without setup": ("export", "--out", tmp_path),
        "setup at a unit": ("setup-unit", "--name", "X", "--abbr", "X", "--out", tmp_path),
        "no conflict": ("resolve", "7", "--keep", "here"),
        "demo twice": ("demo", "--members", "5"),
        "demo units at a unit": ("demo-units", "2"),
        "unit moved": ("unit-moved", "no-such-unit", "--to", "Tỉnh ủy"),
    }
    for name, words in refused.items():
        code, out, err = english("--db", db, *words)
        assert code == 1, (name, code, out, err)
        assert err.startswith("Error: "), (name, err)
        assert vietnamese_left(err) == [], (name, err)


def test_a_document_that_cannot_print_says_what_is_missing_in_english(english, tmp_path):
    db = tmp_path / "so.db"
    assert english("--db", db, "init", "--unit-name", "Đảng ủy xã Cẩm Giàng",
                   "--unit-abbr", "ĐU")[0] == 0
    assert english("--db", db, "demo", "--members", "30", "--years", "1", "--chi-bo", "2")[0] == 0
    # No upper level and no signer: the plan cannot print yet.
    code, out, err = english("--db", db, "plan", "1", "--out", tmp_path / "p.pdf")
    assert code == 1
    assert err.startswith("Error: Cannot print the ")
    assert "Fill them in, then print again." in err
    assert vietnamese_left(err) == []


def test_a_refused_package_is_explained_in_english(tmp_path):
    db, bad = tmp_path / "so.db", tmp_path / "damaged.snq"
    bad.write_bytes(b"\x89SNQ\r\n\x1a\n\x00\x01" + b"\x00" * 10)
    assert run_process("--db", db, "init", "--role", "upper").returncode == 0
    refused = run_process("--lang", "en", "--db", db, "import", bad)
    assert refused.returncode == 1
    assert refused.stderr.startswith("Error: ") and "Traceback" not in refused.stderr
    assert vietnamese_left(refused.stderr) == []
    assert "data package" in refused.stderr.lower()


def test_outputs_and_help_are_english(english, tmp_path):
    db = tmp_path / "so.db"
    assert english("--db", db, "init", "--unit-name", "Đảng ủy xã Cẩm Giàng",
                   "--unit-abbr", "ĐU")[0] == 0
    assert english("--db", db, "demo", "--members", "40", "--years", "1", "--chi-bo", "2")[0] == 0
    for words in [("stats",), ("check",), ("keys",), ("version",), ("backups",)]:
        code, out, err = english("--db", db, *words)
        assert code == 0, (words, err)
        assert vietnamese_left(out + err) == [], (words, out, err)
    # The settings hold the unit's own words; what names each one is English.
    code, out, _err = english("--db", db, "settings")
    assert code == 0
    assert vietnamese_left("\n".join(line.partition("#")[2] for line in out.splitlines())) == []
    code, out, _err = english("--db", db, "stats")
    assert "Conferences:" in out
    with pytest.raises(SystemExit):
        run(["--lang", "en", "--help"])
    i18n.set_language("vi")


def test_help_of_every_command_is_english(capsys):
    from cli.app import build_parser

    i18n.set_language("en")
    try:
        parser = build_parser("en")
        subparsers = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
        texts = {"main.py": parser.format_help()}
        texts.update({name: sub.format_help() for name, sub in subparsers.choices.items()})
    finally:
        i18n.set_language("vi")
    # argparse wraps help lines: read each text as one line so that quotes stay whole.
    left = {name: vietnamese_left(" ".join(text.split())) for name, text in texts.items()}
    assert {name: lines for name, lines in left.items() if lines} == {}


def test_numbers_and_dates_follow_the_language():
    from models import vntext

    i18n.set_language("en")
    try:
        english = (vntext.show_int(1234), vntext.show_decimal(1234.5, 1),
                   vntext.show_percent(95.5, 1), vntext.show_date("2026-12-04"),
                   vntext.show_datetime("2026-12-04T08:05"))
        printed = (vntext.format_int(1234), vntext.format_date("2026-12-04"))
    finally:
        i18n.set_language("vi")
    assert english == ("1,234", "1,234.5", "95.5%", "2026-12-04", "2026-12-04 08:05")
    assert printed == ("1.234", "04/12/2026")  # printed documents stay Vietnamese
    assert (vntext.show_int(1234), vntext.show_percent(95.5, 1),
            vntext.show_date("2026-12-04")) == ("1.234", "95,5%", "04/12/2026")


def test_the_usb_exchange_speaks_english(english, tmp_path):
    upper, unit, stick = tmp_path / "tinh" / "so.db", tmp_path / "xa" / "so.db", tmp_path / "usb"
    stick.mkdir()
    assert english("--db", upper, "init", "--unit-name", "Đảng bộ tỉnh", "--unit-abbr", "TU",
                   "--role", "upper")[0] == 0
    code, issued, err = english("--db", upper, "setup-unit", "--name", "Đảng ủy xã Cẩm Giàng",
                                "--abbr", "ĐU Cẩm Giàng", "--out", stick)
    assert code == 0, err
    assert issued.startswith("Issued the setup file for Đảng ủy xã Cẩm Giàng")
    (setup_file,) = stick.glob("*.snqs")
    code, applied, err = english("--db", unit, "apply-setup", setup_file)
    assert code == 0, err
    assert english("--db", unit, "demo", "--members", "20", "--years", "1",
                   "--chi-bo", "2")[0] == 0
    code, exported, err = english("--db", unit, "export", "--out", stick)
    assert code == 0, err
    package = exported.strip().splitlines()[-1]
    code, preview, err = english("--db", upper, "import", package, "--dry-run")
    assert code == 0, err
    assert preview.startswith("PREVIEW (nothing written to the register):")
    code, imported, err = english("--db", upper, "import", package)
    assert code == 0, err
    outputs = {"setup": issued, "apply": applied, "preview": preview, "import": imported}
    for words in [("units",), ("keys",), ("usb-log",), ("conflicts",)]:
        code, out, err = english("--db", upper, *words)
        assert code == 0, (words, err)
        outputs[words[0]] = out + err
    assert "RECEIVED\tĐảng ủy xã Cẩm Giàng\t" in outputs["usb-log"]
    assert "Sent 0 days ago" in outputs["units"]
    left = {name: vietnamese_left(text) for name, text in outputs.items()}
    assert {name: lines for name, lines in left.items() if lines} == {}
