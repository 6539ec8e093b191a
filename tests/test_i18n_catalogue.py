"""The English catalogue of the program's own messages (gettext domain ``snq``):
complete, current with the code, compiled, and looked up at the right moment."""
from __future__ import annotations

import ast
import gettext
import re
import sys
import unicodedata
from pathlib import Path

import pytest

from models import i18n

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
import i18n_catalogue as catalogue  # noqa: E402

# Names and examples a clerk types stay Vietnamese in an English sentence (quoted).
QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")
PROPER = ("Sổ Nghị quyết", "Nam", "Nữ", "ĐU", "Số 15-BC/", "Chính thức", "Dự bị")


def _vietnamese(text: str) -> bool:
    text = QUOTED.sub("", text)
    for name in PROPER:
        text = text.replace(name, "")
    decomposed = unicodedata.normalize("NFD", text)
    return any(unicodedata.combining(c) for c in decomposed) or "đ" in text.casefold()


def _fields(text: str) -> set[str]:
    return {re.split(r"[:!]", f)[0] for f in re.findall(r"\{([^{}]*)\}", text)}


def test_the_catalogue_holds_every_message_of_the_code_and_no_other():
    in_code = set(catalogue.messages_in_code())
    in_file = {(e.msgid, e.plural) for e in catalogue.read_po()}
    assert in_code - in_file == set(), "run: python scripts/i18n_catalogue.py extract"
    assert in_file - in_code == set(), "run: python scripts/i18n_catalogue.py extract"
    assert len(in_file) > 900


def test_every_message_is_translated_into_english():
    entries = catalogue.read_po()
    assert [e.msgid for e in entries if not e.translated] == []  # none empty, none fuzzy
    assert [e.msgid for e in entries if any(_vietnamese(s) for s in e.strings)] == []
    # Every {field} the code fills in is in the translation, and no other.
    assert [e.msgid for e in entries
            if any(_fields(s) != _fields(e.msgid) for s in e.strings)] == []
    # Tabs and line breaks lay out a command's output: the same ones in both languages.
    assert [e.msgid for e in entries
            if any(s.count(c) != e.msgid.count(c) for s in e.strings for c in "\t\n\\")] == []


def test_the_compiled_catalogue_is_current_with_its_source():
    assert catalogue.MO.read_bytes() == catalogue.mo_bytes(catalogue.read_po()), (
        "run: python scripts/i18n_catalogue.py compile"
    )
    english = gettext.translation("snq", str(i18n.LOCALE_DIR), languages=["en"])
    for entry in catalogue.read_po()[:50]:
        if entry.plural is None:
            assert english.gettext(entry.msgid) == entry.strings[0]


def test_nothing_is_translated_when_a_module_is_imported():
    """A message looked up at import time would stay in the language of that moment."""
    early = []
    for folder in catalogue.FOLDERS:
        for path in sorted((ROOT / folder).rglob("*.py")):
            tree = ast.parse(path.read_text("utf-8"))

            def visit(node: ast.AST, inside: bool, path: Path = path) -> None:
                if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
                    inside = True
                if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                        and node.func.id in ("_", "ngettext") and not inside):
                    early.append(f"{path.relative_to(ROOT)}:{node.lineno}")
                for child in ast.iter_child_nodes(node):
                    visit(child, inside)

            visit(tree, False)
    assert early == []


def test_i18n_imports_no_other_models_module():
    tree = ast.parse((ROOT / "models" / "i18n.py").read_text("utf-8"))
    imported = [
        node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
    ] + [alias.name for node in ast.walk(tree) if isinstance(node, ast.Import)
         for alias in node.names]
    assert [name for name in imported if name.startswith("models")] == []


@pytest.fixture
def english():
    i18n.set_language("en")
    yield
    i18n.set_language("vi")


def test_messages_labels_and_lists_follow_the_language(english, db_path):
    from models.conferences import FORMATS
    from models.db import open_database
    from models.errors import ValidationError
    from models.lookups import shown_name
    from models.organisation import ChiBo, save_chi_bo

    assert FORMATS["truc_tiep"] == "In person"
    assert dict(FORMATS.items())["ket_hop"] == "Hybrid"
    assert FORMATS.source("ket_hop") == "Kết hợp"  # what search text stores
    assert shown_name("Nghị quyết") == "Resolution"
    assert shown_name("Nghị quyết của tôi") == "Nghị quyết của tôi"  # typed by the clerk
    with pytest.raises(ValidationError) as refused:
        save_chi_bo(open_database(db_path), ChiBo(name=" "))
    assert refused.value.problems == ["The Party cell's name is missing."]
    i18n.set_language("vi")
    assert FORMATS["truc_tiep"] == "Trực tiếp"
    assert i18n._("Chưa nhập tên chi bộ.") == "Chưa nhập tên chi bộ."


def test_an_unknown_language_falls_back_to_vietnamese():
    i18n.set_language("fr")
    try:
        assert i18n.current_language() == "vi"
        assert i18n._("Chưa nhập tên chi bộ.") == "Chưa nhập tên chi bộ."
    finally:
        i18n.set_language("vi")


def test_no_module_that_translates_binds_the_name_underscore():
    """``for key, _ in pairs`` in a module that calls ``_()`` makes ``_`` a string there:
    the message would fail as "'str' object is not callable" (ruff lets ``_`` pass)."""
    bound = []
    for folder in (*catalogue.FOLDERS, "gui"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            tree = ast.parse(path.read_text("utf-8"))
            if not any(isinstance(node, ast.ImportFrom) and node.module == "models.i18n"
                       and any(alias.name == "_" for alias in node.names)
                       for node in ast.walk(tree)):
                continue
            bound += [
                f"{path.relative_to(ROOT)}:{node.lineno}" for node in ast.walk(tree)
                if (isinstance(node, ast.Name) and node.id == "_"
                    and isinstance(node.ctx, ast.Store))
                or (isinstance(node, ast.arg) and node.arg == "_")
            ]
    assert bound == []
