"""argparse speaks Vietnamese through its own gettext domain, not a patch."""
from __future__ import annotations

import argparse
import ast
import gettext
import inspect
import os
import re
import subprocess
import sys
from pathlib import Path

from cli.app import run
from resources import LOCALE_DIR

ROOT = Path(__file__).resolve().parent.parent
PO = LOCALE_DIR / "vi" / "LC_MESSAGES" / "argparse.po"


def _unquote(chunks: list[str]) -> str:
    # PO strings use C escapes (\n, \", \\), which Python string literals share.
    return "".join(ast.literal_eval(f'"{chunk}"') for chunk in chunks)


def po_entries() -> dict[str, str]:
    """msgid -> msgstr (msgstr[0] for plurals) of the .po source, header left out."""
    entries: dict[str, str] = {}
    for block in PO.read_text(encoding="utf-8").split("\n\n"):
        lines = [line for line in block.splitlines() if not line.startswith("#")]
        fields: dict[str, list[str]] = {}
        key = ""
        for line in lines:
            match = re.match(r'^(msgid|msgid_plural|msgstr(?:\[0\])?)\s+"(.*)"$', line)
            if match:
                key = match.group(1)
                fields[key] = [match.group(2)]
            elif line.startswith('"') and key:
                fields[key].append(line[1:-1])
        msgid = _unquote(fields.get("msgid", []))
        if msgid:
            entries[msgid] = _unquote(fields.get("msgstr", fields.get("msgstr[0]", [])))
    return entries


def test_compiled_catalogue_matches_its_source() -> None:
    catalogue = gettext.translation("argparse", str(LOCALE_DIR), languages=["vi"])
    entries = po_entries()
    assert len(entries) > 15
    for msgid, msgstr in entries.items():
        assert msgstr, f"untranslated: {msgid!r}"
        assert catalogue.gettext(msgid) == msgstr, f"run msgfmt again: {msgid!r}"


def test_every_translated_message_is_one_argparse_still_asks_for() -> None:
    source = inspect.getsource(argparse)
    for msgid in po_entries():
        assert repr(msgid)[1:-1] in source or msgid in source, msgid


def test_argparse_itself_is_not_patched() -> None:
    import cli.app  # noqa: F401  (importing the CLI must leave argparse alone)

    assert argparse._ is gettext.gettext  # type: ignore[attr-defined]


def test_help_and_errors_in_vietnamese_and_english() -> None:
    def main(*words: str) -> subprocess.CompletedProcess[str]:
        env = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LANG", "LC_ALL")}
        return subprocess.run([sys.executable, str(ROOT / "main.py"), *words],
                              capture_output=True, text=True, env=env, timeout=60)

    help_vi = main("stats", "--help")
    assert "tùy chọn:" in help_vi.stdout and "hiện hướng dẫn này rồi thoát" in help_vi.stdout
    missing = main("stats", "--from")
    assert missing.returncode == 2
    assert "tham số --from: cần một giá trị" in missing.stderr
    assert missing.stderr.startswith("Cách dùng: ")
    english = main("--lang", "en", "stats", "--from")
    assert english.returncode == 2
    assert "argument --from: expected one argument" in english.stderr
    assert english.stderr.startswith("usage: ")


def test_the_language_is_named_only_while_parsing(tmp_path: Path) -> None:
    os.environ.pop("LANGUAGE", None)
    assert run(["--db", str(tmp_path / "so.db"), "version"]) == 0
    assert "LANGUAGE" not in os.environ  # a PDF viewer started later keeps the user's language
